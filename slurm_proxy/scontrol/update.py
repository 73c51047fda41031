"""``scontrol update Job...``, ``hold``/``uhold``/``release`` over
``POST /slurm/<v>/job/{id}`` (``src/scontrol/update_job.c``).

The real command builds a ``job_desc_msg_t``; here the same parse fills a neutral
dict, and :func:`rest_body` spells it per API version:

- v0.0.38 takes sbatch-style option values (``time_limit`` minutes, ``hold``),
  ``excluded_nodes``/``constraints``;
- v0.0.39+ take NoVal structs for numbers, ``hold`` true/false (release).

``nice`` is never sent where it crashes slurmrestd: the v0.0.39 data parser, and
v0.0.40 on releases before 23.11.2 (``PARSE_DISABLED(NICE)``).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import quote

from slurm_proxy.adapters.noval import INFINITE, NO_VAL
from slurm_proxy.common import parse
from slurm_proxy.errors import SlurmError

if TYPE_CHECKING:
    from . import Scontrol

NICE_OFFSET = 0x80000000
MEM_PER_CPU = 0x8000000000000000


class Abort(Exception):
    """An update stopped before anything was sent (the message is already printed)."""


def _prefix(tag: str, word: str, minimum: int) -> bool:
    """xstrncasecmp(tag, word, MAX(len(tag), minimum)) == 0."""
    n = max(len(tag), minimum)
    return (
        tag[:n].lower() == word[:n].lower()
        and len(tag) <= len(word)
        or (tag.lower() == word.lower())
    )


def _noval(value: int) -> dict[str, Any]:
    if value == INFINITE:
        return {"set": True, "infinite": True, "number": 0}
    return {"set": True, "infinite": False, "number": value}


def nice_allowed(api: str, release: tuple[int, ...]) -> bool:
    if api == "v0.0.39":
        return False
    return not (api == "v0.0.40" and release < (23, 11, 2))


def rest_body(desc: dict[str, Any], api: str) -> dict[str, Any]:
    """The neutral update description as this API version's job description."""
    old = api == "v0.0.38"
    body: dict[str, Any] = {}
    for key, value in desc.items():
        if key in (
            "name",
            "partition",
            "comment",
            "dependency",
            "qos",
            "account",
            "admin_comment",
            "wckey",
            "reservation",
            "licenses",
            "extra",
            "prefer",
            "burst_buffer",
            "mail_user",
            "tres_per_node",
            "cpus_per_tres",
            "mem_per_tres",
            "tres_bind",
            "tres_freq",
            "tres_per_job",
            "tres_per_socket",
            "tres_per_task",
        ):
            body[key] = value
        elif key == "nice":
            body["nice"] = str(value) if old else value
        elif key == "time_limit":
            if old:
                body["time_limit"] = "UNLIMITED" if value == INFINITE else str(value)
            else:
                body["time_limit"] = _noval(value)
        elif key == "time_min":
            body["time_minimum"] = str(value) if old else _noval(value)
        elif key == "priority":
            body["priority"] = str(value) if old else _noval(value)
        elif key == "begin_time":
            body["begin_time"] = value[1] if old else _noval(value[0])
        elif key == "min_cpus":
            body["minimum_cpus"] = value
        elif key == "max_cpus":
            body["maximum_cpus"] = value
        elif key == "num_tasks":
            body["tasks"] = value
        elif key == "pn_min_cpus":
            body["minimum_cpus_per_node"] = value
        elif key == "mem_per_node":
            body["memory_per_node"] = str(value) if old else _noval(value)
        elif key == "mem_per_cpu":
            body["memory_per_cpu"] = str(value) if old else _noval(value)
        elif key == "exc_nodes":
            # v0.0.38 disables "excluded_nodes" ("Operation not permitted")
            body["exclude_nodes" if old else "excluded_nodes"] = value
        elif key == "req_nodes":
            body["required_nodes"] = value
        elif key == "features":
            body["constraints"] = value
        elif key == "std_out":
            body["standard_output"] = value
        elif key == "std_err":
            body["standard_error"] = value
        elif key == "std_in":
            body["standard_input"] = value
        elif key == "work_dir":
            body["current_working_directory"] = value
        elif key in ("requeue", "reboot", "contiguous"):
            body[key] = bool(value)
        elif key == "hold":
            body["hold"] = value
        elif key == "cpus_per_task":
            body["cpus_per_task"] = value
        elif key == "deadline":
            body["deadline"] = value if not old else str(value)
        elif key == "delay_boot":
            body["delay_boot"] = value
    return body


# --- job id lists (_is_job_id / _next_job_id) -------------------------------------------
def split_job_ids(job_str: Optional[str]) -> Optional[list[str]]:
    """The job ids of a ``1,2,5_[1-3],7+1`` list, or None when it is not one."""
    if job_str is None:
        return None
    have_plus = have_under = False
    bracket = 0
    chars = list(job_str)
    for i, ch in enumerate(chars):
        if ch == "+":
            if have_plus:
                return None
            have_plus = True
        elif ch == "_":
            if have_under:
                return None
            have_under = True
        elif ch == "[":
            bracket += 1
        elif ch == "]":
            bracket -= 1
        elif ch == "-":
            if bracket == 0 and not have_under:
                return None
        elif ch in ", ":
            if bracket == 0:
                chars[i] = "^"
                have_plus = have_under = False
        elif not ch.isdigit():
            return None
    if bracket != 0:
        return None
    out: list[str] = []
    for token in "".join(chars).split("^"):
        if not token:
            continue
        task = None
        if "_" in token:
            head, _, rest = token.partition("_")
            task = rest[1:].split("]")[0] if rest.startswith("[") else rest
        else:
            head = token
        if "[" in head:
            from slurm_proxy.common import hostlist

            try:
                ids = hostlist.expand(head)
            except hostlist.HostlistError:
                return out
        else:
            ids = [head]
        for jid in ids:
            out.append(f"{jid}_{task}" if task else jid)
    return out


# --- sending ---------------------------------------------------------------------------------
def _results_errors(body: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = []
    results = body.get("results")
    if isinstance(results, list):
        for item in results:
            if not isinstance(item, dict):
                continue
            code = item.get("error_code") or 0
            if code:
                out.append(
                    (
                        str(item.get("job_id", "")),
                        str(item.get("error") or ""),
                        str(item.get("why") or ""),
                    )
                )
    return out


def send_update(sc: Scontrol, job_id: str, desc: dict[str, Any]) -> tuple[int, str]:
    """POST one update; (0, "") or (errno, strerror) of the failure."""
    sess = sc.sess
    api = sess.api
    if "nice" in desc and not nice_allowed(api, sc.release):
        raise SlurmError(
            f"Nice can not be updated through slurmrestd {api} on Slurm "
            f"{sess.release} (the server crashes on it); "
            "use API v0.0.40+ on Slurm 23.11.2 or later"
        )
    if api == "v0.0.38":
        # v0.0.38 has no field for these, or accepts the field and drops it
        # ("name": HTTP 200, the job keeps its name)
        for key, word in (("min_cpus", "NumCPUs"), ("max_cpus", "NumCPUs"), ("name", "JobName")):
            if key in desc:
                raise SlurmError(f"update {word}: not available through slurmrestd {api}")
    body = rest_body(desc, api)
    try:
        answer = sess.request("POST", "/slurm/{v}/job/" + quote(job_id, safe="_+[]-,"), json=body)
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        return exc.errno or 1, exc.text
    from slurm_proxy.errors import first_error

    errno, text, description = first_error(answer)
    if text or description:
        return errno or 1, text or description
    errs = _results_errors(answer)
    if errs:
        jid, text, _why = errs[0]
        return 1, text
    return 0, ""


def update_job(sc: Scontrol, argv: list[str]) -> int:
    """scontrol_update_job(): returns the rc the caller turns into exit code 1."""
    desc: dict[str, Any] = {}
    job_id_str: Optional[str] = None
    name: Optional[str] = None
    update_cnt = 0
    err = sc.inv.err
    i = 0
    while i < len(argv):
        arg = argv[i]
        add_info = None
        if "=" in arg:
            tag, _, val = arg.partition("=")
            if tag and tag[-1] in "+-":
                add_info = tag[-1]
                tag = tag[:-1]
        elif _prefix(arg, "Nice", 2):
            desc["nice"] = 100
            update_cnt += 1
            i += 1
            continue
        elif _prefix(arg, "ResetAccrueTime", 3):
            sc.unsupported("update ResetAccrueTime")
            raise Abort()
        elif i + 1 < len(argv):
            tag, val = arg, argv[i + 1]
            i += 1
        else:
            sc.exit_code = 1
            err.write(f"Invalid input: {arg}\nRequest aborted\n")
            return -1
        i += 1
        taglen = len(tag)

        def match(word: str, minimum: int, tag: str = tag) -> bool:
            n = max(len(tag), minimum)
            return tag[:n].lower() == word[:n].lower() and len(tag) <= len(word)

        if match("JobId", 3):
            job_id_str = val
            continue
        if match("Comment", 3):
            desc["comment"] = val
        elif match("AdminComment", 6):
            if add_info:
                sc.error("Invalid syntax, AdminComment can not be added/subtracted from.")
                sc.exit_code = 1
                return 0
            desc["admin_comment"] = val
        elif match("TimeLimit", 5):
            sign = None
            if val[:1] in ("+", "-"):
                if add_info:
                    sc.error("Invalid syntax, variations of +=- are not accepted.")
                    sc.exit_code = 1
                    return 0
                sign = val[0]
                val = val[1:]
            limit = parse.time_str2mins(val)
            if limit == NO_VAL:
                sc.error("Invalid TimeLimit value")
                sc.exit_code = 1
                return 0
            if add_info or sign:
                sign = sign or add_info
                if not job_id_str:
                    sc.error("JobId must precede TimeLimit increment or decrement")
                    sc.exit_code = 1
                    return 0
                current = _job_time(sc, job_id_str)
                if current is None:
                    sc.exit_code = 1
                    return 0
                if current == INFINITE:
                    sc.error("Cannot increment/decrement TimeLimit when set to UNLIMITED.")
                    sc.exit_code = 1
                    return 0
                if sign == "+":
                    limit += current
                elif limit > current:
                    sc.error(
                        f"TimeLimit decrement larger than current time limit ({limit} > {current})"
                    )
                    sc.exit_code = 1
                    return 0
                else:
                    limit = current - limit
                add_info = None
            desc["time_limit"] = limit
        elif match("TimeMin", 5):
            tmin = parse.time_str2mins(val)
            if tmin == NO_VAL:
                sc.error("Invalid TimeMin value")
                sc.exit_code = 1
                return 0
            desc["time_min"] = tmin
        elif match("Priority", 2):
            prio = parse.parse_uint32(val)
            if prio is None:
                sc.error(f"Invalid Priority value: {val}")
                sc.exit_code = 1
                return 0
            desc["priority"] = prio
        elif match("Nice", 2):
            nice = _strtoll(val)
            if abs(nice) > NICE_OFFSET - 3:
                sc.error(f"Nice value out of range (+/- {NICE_OFFSET - 3}). Value ignored")
                sc.exit_code = 1
                return 0
            desc["nice"] = nice
        elif match("CPUsPerTask", 9):
            value = _uint16(val)
            if value is None:
                sc.error(f"Invalid CPUsPerTask value: {val}")
                sc.exit_code = 1
                return 0
            desc["cpus_per_task"] = value
        elif match("NumCPUs", 6):
            lo, _, hi = val.partition("-")
            try:
                lo_i = int(lo)
                hi_i = int(hi) if hi else 0
            except ValueError:
                lo_i, hi_i = 0, 0
            if lo_i <= 0 or (hi_i and hi_i < lo_i):
                sc.error(f"Invalid NumCPUs value: {val}")
                sc.exit_code = 1
                return 0
            desc["min_cpus"] = lo_i
            if hi_i:
                desc["max_cpus"] = hi_i
        elif match("NumTasks", 8) or match("ReqProcs", 8):
            value32 = parse.parse_uint32(val)
            if value32 is None:
                sc.error(f"Invalid NumTasks value: {val}")
                sc.exit_code = 1
                return 0
            desc["num_tasks"] = value32
        elif match("Requeue", 4):
            value = _uint16(val)
            if value is None:
                sc.error(f"Invalid Requeue value: {val}")
                sc.exit_code = 1
                return 0
            desc["requeue"] = value
        elif match("MinCPUsNode", 4):
            value = _uint16(val)
            if value is None:
                sc.error(f"Invalid MinCPUsNode value: {val}")
                sc.exit_code = 1
                return 0
            desc["pn_min_cpus"] = value
        elif match("MinMemoryNode", 10):
            mem = _uint64(val)
            if mem is None:
                sc.error(f"Invalid MinMemoryNode value: {val}")
                sc.exit_code = 1
                return 0
            desc["mem_per_node"] = mem
        elif match("MinMemoryCPU", 10):
            mem = _uint64(val)
            if mem is None:
                sc.error(f"Invalid MinMemoryCPU value: {val}")
                sc.exit_code = 1
                return 0
            desc["mem_per_cpu"] = mem
        elif match("Partition", 2):
            desc["partition"] = val
        elif match("QOS", 2):
            desc["qos"] = val
        elif match("ReservationName", 3):
            desc["reservation"] = val
        elif match("Name", 2) or match("JobName", 4):
            desc["name"] = val
            name = val
        elif match("WCKey", 1):
            desc["wckey"] = val
        elif match("StdErr", 6):
            desc["std_err"] = val
        elif match("StdIn", 5):
            desc["std_in"] = val
        elif match("StdOut", 6):
            desc["std_out"] = val
        elif match("ExcNodeList", 3):
            desc["exc_nodes"] = val
        elif match("NodeList", 8) or match("ReqNodeList", 8):
            desc["req_nodes"] = val
        elif match("Features", 1):
            desc["features"] = val
        elif match("Prefer", 3):
            desc["prefer"] = val
        elif match("Account", 1):
            desc["account"] = val
        elif match("BurstBuffer", 1):
            desc["burst_buffer"] = val
        elif match("Dependency", 1):
            desc["dependency"] = val
        elif match("Licenses", 1):
            desc["licenses"] = val
        elif match("EligibleTime", 2) or match("StartTime", 2):
            when, problem = parse.parse_time(val)
            if problem:
                sc.errout(problem + "\n")  # parse_time() prints it bare
            if when:
                desc["begin_time"] = (max(when, int(time.time())), val)
            else:
                continue
        elif match("Extra", 3):
            desc["extra"] = val
        elif match("Reboot", 3):
            low = val.lower()
            if low and "yes".startswith(low):
                desc["reboot"] = 1
            elif low and "no".startswith(low):
                desc["reboot"] = 0
            else:
                sc.error(f"Invalid reboot value: {val}")
                sc.exit_code = 1
                return 0
        elif match("Contiguous", 3):
            low = val.lower()
            if low and "yes".startswith(low):
                desc["contiguous"] = 1
            elif low and "no".startswith(low):
                desc["contiguous"] = 0
            else:
                sc.error(f"Invalid Contiguous value: {val}")
                sc.exit_code = 1
                return 0
        elif match("WorkDir", 2):
            desc["work_dir"] = val
        elif match("MailUser", 5):
            desc["mail_user"] = val
        elif match("TresPerNode", 8) or match("Gres", 2):
            desc["tres_per_node"] = val
        elif any(
            match(w, m)
            for w, m in (
                ("CpusPerTres", 9),
                ("MemPerTres", 5),
                ("TresBind", 5),
                ("TresFreq", 5),
                ("TresPerJob", 8),
                ("TresPerSocket", 8),
                ("TresPerTask", 8),
            )
        ):
            key = {
                "cpuspertres": "cpus_per_tres",
                "mempertres": "mem_per_tres",
                "tresbind": "tres_bind",
                "tresfreq": "tres_freq",
                "tresperjob": "tres_per_job",
                "trespersocket": "tres_per_socket",
                "trespertask": "tres_per_task",
            }
            full = next(k for k in key if k.startswith(tag.lower()[: max(taglen, 5)]))
            desc[key[full]] = val
        elif any(
            match(w, m)
            for w, m in (
                ("SiteFactor", 5),
                ("ArrayTaskThrottle", 10),
                ("Clusters", 8),
                ("ClusterFeatures", 8),
                ("DelayBoot", 5),
                ("ReqNodes", 8),
                ("NumNodes", 8),
                ("ReqSockets", 4),
                ("ReqCores", 4),
                ("TasksPerNode", 2),
                ("ReqThreads", 4),
                ("MinTmpDiskNode", 5),
                ("Switches", 5),
                ("wait-for-switch", 5),
                ("OverSubscribe", 2),
                ("Shared", 2),
                ("CoreSpec", 4),
                ("ThreadSpec", 4),
                ("EndTime", 2),
                ("UserID", 3),
                ("Deadline", 3),
                ("MailType", 5),
            )
        ):
            sc.unsupported(f"update {tag}")
            raise Abort()
        else:
            sc.exit_code = 1
            err.write(f"Update of this parameter is not supported: {arg}\nRequest aborted\n")
            return 0
        update_cnt += 1
        if add_info:
            sc.error(f"Option {tag} does not accept [+|-]= syntax")
            sc.exit_code = 1
            return 0
    if update_cnt == 0:
        sc.exit_code = 1
        err.write("No changes specified\n")
        return 0
    if job_id_str is None and name is not None:
        job_id_str = _job_name2id(sc, name)
        if not job_id_str:
            sc.exit_code = 1
            return 0
        if sc.sess.api == "v0.0.38":
            # the name only selected the jobs: renaming them to it changes nothing,
            # and v0.0.38 cannot rename (send_update refuses "name" there)
            desc.pop("name", None)
    if job_id_str is None:
        sc.error("No job ID specified")
        sc.exit_code = 1
        return 0
    ids = split_job_ids(job_id_str)
    if ids is None:
        sc.exit_code = 1
        err.write(f"Invalid job id specified for job {job_id_str}\n")
        return 2017
    rc = 0
    for jid in ids:
        code, text = send_update(sc, jid, desc)
        if code:
            rc = max(rc, code)
            sc.exit_code = 1
            if sc.quiet != 1:
                err.write(f"{text} for job {jid}\n")
    return rc


def _job_name2id(sc: Scontrol, name: str) -> Optional[str]:
    from slurm_proxy.adapters.jobs import jobs_from_response

    try:
        body = sc.sess.request("GET", "/slurm/{v}/jobs")
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        sc.error(f"Could not load state information: {exc.text}")
        return None
    jobs = jobs_from_response(sc.sess.api, body)
    if not jobs:
        sc.error(f"JobName {name} not found")
        return None
    ids = []
    for job in jobs:
        if job.name != name:
            continue
        if job.array_task_id != NO_VAL:
            ids.append(f"{job.array_job_id}_{job.array_task_id}")
        else:
            ids.append(str(job.job_id))
    if not ids:
        sc.error(f"No jobs with name '{name}'")
        return None
    return ",".join(ids)


def _job_time(sc: Scontrol, job_id_str: str) -> Optional[int]:
    from slurm_proxy.adapters.jobs import jobs_from_response

    head, _, task = job_id_str.partition("_")
    if not head.isdigit() or (task and not task.isdigit()):
        sc.error(f"Invalid job ID {job_id_str}")
        return None
    try:
        body = sc.sess.request("GET", "/slurm/{v}/job/" + head)
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        sc.error(f"Could not load state information for job {job_id_str}: {exc.text}")
        return None
    jobs = jobs_from_response(sc.sess.api, body)
    if not jobs:
        sc.error(f"Job ID {job_id_str} not found")
        return None
    if len(jobs) == 1:
        return jobs[0].time_limit
    if not task:
        sc.error("TimeLimit increment/decrement not supported for job arrays")
        return None
    for job in jobs:
        if job.array_task_id == int(task) or job.job_id == int(head):
            return job.time_limit
    return NO_VAL


# --- hold / release ----------------------------------------------------------------------------
def hold(sc: Scontrol, op: str, job_str: str) -> tuple[int, str]:
    """scontrol_hold(): (rc, strerror of rc)."""
    for pfx in ("JobID=", "Job="):
        if job_str[: len(pfx)].lower() == pfx.lower():
            job_str = job_str[len(pfx) :]
    low = op.lower()
    desc: dict[str, Any] = {"hold": not low.startswith("rel")}
    ids = split_job_ids(job_str)
    err = sc.inv.err
    rc, rc_text = 0, ""
    if ids is not None:
        for jid in ids:
            code, text = send_update(sc, jid, desc)
            if code:
                if code >= rc:
                    rc, rc_text = code, text
                sc.exit_code = 1
                if sc.quiet != 1:
                    err.write(f"{text} for job {jid}\n")
        return rc, rc_text
    if job_str[:5].lower() == "name=":
        name = job_str[5:]
    elif job_str[:8].lower() == "jobname=":
        name = job_str[8:]
    else:
        sc.exit_code = 1
        if sc.quiet != 1:
            err.write(f"Invalid job id specified for job {job_str}\n")
        return 2017, "Invalid job id specified"
    from slurm_proxy.adapters.jobs import jobs_from_response
    from slurm_proxy.common import states

    try:
        body = sc.sess.request("GET", "/slurm/{v}/jobs")
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        return 1, exc.text
    for job in jobs_from_response(sc.sess.api, body):
        if job.name != name:
            continue
        if not states.is_pending(job.job_state):
            if job.array_task_id != NO_VAL:
                continue
            if rc <= 2072:
                rc, rc_text = max(rc, 2072), "Job is no longer pending execution"
        if job.array_task_str:
            jid = f"{job.array_job_id}_{job.array_task_str}"
        elif job.array_task_id != NO_VAL:
            jid = f"{job.array_job_id}_{job.array_task_id}"
        else:
            jid = str(job.job_id)
        code, text = send_update(sc, jid, desc)
        if code:
            if code >= rc:
                rc, rc_text = code, text
            sc.exit_code = 1
            if sc.quiet != 1:
                err.write(f"{text} for job {jid}\n")
    return rc, rc_text


# --- small parsers ----------------------------------------------------------------------------
def _strtoll(text: str) -> int:
    text = text.strip()
    sign = 1
    if text[:1] in ("+", "-"):
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    digits = ""
    for ch in text:
        if not ch.isdigit():
            break
        digits += ch
    return sign * int(digits) if digits else 0


def _uint16(text: str) -> Optional[int]:
    value = parse.parse_uint32(text)
    if value is None or value > 0xFFFF:
        return None
    return value


def _uint64(text: str) -> Optional[int]:
    text = text.strip()
    if not text or not text.isdigit():
        return None
    return int(text)
