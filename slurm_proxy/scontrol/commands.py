"""scontrol's command words (``_process_command``, ``_show_it``, ``_update_it`` of
``src/scontrol/scontrol.c``) and the show/ping handlers."""

from __future__ import annotations

import json
import os
import time
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import quote

from slurm_proxy.adapters.jobs import Job, jobs_from_response
from slurm_proxy.adapters.nodes import nodes_from_response
from slurm_proxy.adapters.noval import NO_VAL
from slurm_proxy.adapters.partitions import partitions_from_response
from slurm_proxy.common import hostlist
from slurm_proxy.errors import SlurmError

from . import update
from .help import help_text
from .show_job import sprint_job
from .show_node import slurmd_port, sprint_node
from .show_part import sprint_partition

if TYPE_CHECKING:
    from . import Scontrol

_FATAL_KINDS = ("config", "auth", "connect", "timeout", "tls")


def _kw(tag: str, word: str, minimum: int) -> bool:
    from . import _kw as kw

    return kw(tag, word, minimum)


def _ncase(a: str, b: str, n: int) -> bool:
    from . import ncase_eq

    return ncase_eq(a, b, n)


# Commands the REST API does not offer (to a user): the real keyword and its
# minimum abbreviation.
_UNSUPPORTED = (
    ("cancel_reboot", 3),
    ("completing", 2),
    ("create", 2),
    ("errnumstr", 2),
    ("errnostr", 2),
    ("getaddrs", 8),
    ("gethost", 7),
    ("hash_file", 15),
    ("hash", 9),
    ("pidinfo", 3),
    ("power", 2),
    ("reboot_nodes", 3),
    ("reconfigure", 3),
    ("requeue", 3),
    ("suspend", 2),
    ("resume", 3),
    ("top", 3),
    ("token", 3),
    ("wait_job", 2),
    ("setdebugflags", 9),
    ("fsdampeningfactor", 3),
    ("fairsharedampeningfactor", 3),
    ("setdebug", 2),
    ("schedloglevel", 3),
    ("write", 5),
    ("takeover", 8),
    ("shutdown", 8),
    ("delete", 1),
    ("listpids", 1),
    ("listjobs", 1),
    ("liststeps", 1),
    ("getent", 6),
    ("notify", 1),
    ("callerid", 3),
)


def dispatch(sc: Scontrol, argv: list[str]) -> None:
    tag = argv[0]
    argc = len(argv)
    if _kw(tag, "all", 2):
        sc.all_flag = True
    elif _kw(tag, "cluster", 2):
        sc.unsupported("cluster")
    elif _kw(tag, "details", 1):
        if argc > 1:
            sc.too_many(tag)
            return
        sc.detail_flag = True
    elif _kw(tag, "exit", 2):
        if argc > 1:
            sc.too_many(tag)
        sc.exit_flag = True
    elif _kw(tag, "help", 2):
        if argc > 1:
            sc.too_many(tag)
        sc.out(help_text(sc.release))
    elif _kw(tag, "hide", 2):
        sc.all_flag = False
        sc.detail_flag = False
    elif _kw(tag, "oneliner", 1):
        if argc > 1:
            sc.too_many(tag)
        sc.one_liner = True
    elif _kw(tag, "ping", 3):
        if argc > 1:
            sc.too_many(tag)
        else:
            ping(sc)
    elif _ncase(tag, "\\q", 2) or _kw(tag, "quiet", 4):
        if argc > 1:
            sc.too_many(tag)
        sc.quiet = 1
    elif _kw(tag, "quit", 4):
        if argc > 1:
            sc.too_many(tag)
        sc.exit_flag = True
    elif _ncase(tag, "requeuehold", 11):
        if argc < 2:
            sc.too_few(tag)
        else:
            sc.unsupported(tag)
    elif (
        _ncase(tag, "hold", 4)
        or _ncase(tag, "holdu", 5)
        or _ncase(tag, "uhold", 5)
        or _kw(tag, "release", 3)
    ):
        if argc < 2:
            sc.too_few(tag)
            return
        for job_str in argv[1:]:
            rc, text = update.hold(sc, tag, job_str)
            if rc:
                sc.printf_error("slurm_suspend error", text)
    elif _kw(tag, "show", 3):
        show(sc, argv)
    elif _kw(tag, "update", 1):
        if argc < 2:
            sc.exit_code = 1
            sc.errout(f"too few arguments for {tag} keyword\n")
            return
        update_it(sc, argv[1:])
    elif _kw(tag, "verbose", 4):
        if argc > 1:
            sc.exit_code = 1
            sc.errout(f"too many arguments for {tag} keyword\n")
        sc.quiet = -1
    elif _kw(tag, "version", 4):
        if argc > 1:
            sc.exit_code = 1
            sc.errout(f"too many arguments for {tag} keyword\n")
        sc.print_version()
    else:
        for word, minimum in _UNSUPPORTED:
            if _kw(tag, word, minimum):
                sc.unsupported(word)
                return
        sc.exit_code = 1
        sc.errout(f"invalid keyword: {tag}\n")


def update_it(sc: Scontrol, argv: list[str]) -> None:
    """_update_it(): find what is being updated."""
    kinds = set()
    for i, arg in enumerate(argv):
        if "=" in arg:
            tag = arg.split("=", 1)[0]
            if tag[-1:] in ("+", "-"):
                tag = tag[:-1]
        else:
            tag = arg
        if _kw(tag, "NodeName", 3):
            kinds.add("node")
        elif _kw(tag, "PartitionName", 3):
            kinds.add("partition")
        elif _kw(tag, "JobId", 3) or _kw(tag, "JobNAME", 3):
            kinds.add("job")
        elif _kw(tag, "StepId", 4):
            kinds.add("step")
        elif _kw(tag, "FrontendName", 2):
            kinds.add("frontend")
        elif _kw(tag, "ReservationName", 3):
            kinds.add("reservation")
        elif _kw(tag, "SlurmctldDebug", 2):
            kinds.add("debug")
        elif (
            _kw(tag, "SuspendExcNodes", 11)
            or _kw(tag, "SuspendExcParts", 11)
            or _kw(tag, "SuspendExcStates", 11)
        ):
            kinds.add("suspend_exc")
        del i
    if "job" in kinds:
        try:
            rc = update.update_job(sc, argv)
        except update.Abort:
            return
        if rc:
            sc.exit_code = 1
        return
    for kind, what in (
        ("step", "update StepId"),
        ("reservation", "update Reservation"),
        ("node", "update NodeName"),
        ("frontend", "update FrontendName"),
        ("partition", "update PartitionName"),
        ("debug", "update SlurmctldDebug"),
        ("suspend_exc", "update SuspendExc"),
    ):
        if kind in kinds:
            sc.unsupported(what)
            return
    sc.exit_code = 1
    sc.errout(
        'No valid entity in update command\nInput line must include "NodeName", '
        '"PartitionName", "Reservation", "JobId", or "SlurmctldDebug"\n'
    )


# --- show ------------------------------------------------------------------------------------
def show(sc: Scontrol, argv: list[str]) -> None:
    argc = len(argv)
    if argc < 2:
        sc.too_few(argv[0])
        return
    word = argv[1]
    allow_opt = _kw(word, "assoc_mgr", 0) or _kw(word, "bbstat", 0) or _kw(word, "dwstat", 0)
    if argc > 3 and not allow_opt:
        sc.too_many(argv[0])
        return
    tag = word
    val: Optional[str]
    if "=" in word:
        tag, _, val = word.partition("=")
    elif argc == 3:
        val = argv[2]
    else:
        val = None
    if _kw(tag, "aliases", 1):
        sc.unsupported("show aliases")
    elif _kw(tag, "bbstat", 2) or _kw(tag, "dwstat", 2) or _kw(tag, "burstbuffer", 2):
        sc.unsupported("show burstbuffer")
    elif _kw(tag, "assoc_mgr", 2) or _kw(tag, "cache", 2):
        sc.unsupported("show assoc_mgr")
    elif _kw(tag, "config", 1):
        show_config(sc)
    elif _kw(tag, "daemons", 1):
        if val:
            sc.too_many(argv[0])
        else:
            sc.unsupported("show daemons")
    elif _kw(tag, "Federations", 1):
        sc.unsupported("show federation")
    elif _kw(tag, "FrontendName", 1):
        sc.unsupported("show frontend")
    elif _kw(tag, "hostnames", 5):
        show_hostnames(sc, val if val is not None else sc.inv.env.get("SLURM_NODELIST"))
    elif _kw(tag, "hostlist", 5):
        if not val:
            sc.exit_code = 1
            sc.errout("invalid encode argument\n")
            sc.out(help_text(sc.release))
        elif encode_hostlist(sc, val, False):
            sc.exit_code = 1
    elif _kw(tag, "hostlistsorted", 9):
        if not val:
            sc.exit_code = 1
            sc.errout("invalid encode argument\n")
            sc.out(help_text(sc.release))
        elif encode_hostlist(sc, val, True):
            sc.exit_code = 1
    elif _kw(tag, "jobs", 1) or _kw(tag, "jobid", 1):
        show_job(sc, val)
    elif _kw(tag, "licenses", 2):
        sc.unsupported("show licenses")
    elif _kw(tag, "nodes", 1):
        show_node(sc, val)
    elif _kw(tag, "partitions", 2) or _kw(tag, "partitionname", 2):
        show_partition(sc, val)
    elif _kw(tag, "reservations", 1) or _kw(tag, "reservationname", 1):
        sc.unsupported("show reservation")
    elif _kw(tag, "slurmd", 2):
        sc.unsupported("show slurmd")
    elif _kw(tag, "steps", 2):
        sc.unsupported("show steps")
    elif _kw(tag, "topology", 1):
        sc.unsupported("show topology")
    else:
        sc.exit_code = 1
        if sc.quiet != 1:
            space = "" if sc.release >= (26, 5) else " "
            sc.errout(f"invalid entity:{tag} for keyword:{argv[0]}{space}\n")


def show_hostnames(sc: Scontrol, node_list: Optional[str]) -> None:
    if not node_list:
        sc.error("host list is empty")
        return
    try:
        names = hostlist.expand(node_list)
    except hostlist.HostlistError:
        sc.errout(f"Invalid hostlist: {node_list}\n")
        return
    sc.out("".join(f"{n}\n" for n in names))


def encode_hostlist(sc: Scontrol, arg: str, sort: bool) -> int:
    path = "/dev/stdin" if arg == "-" else arg
    text = path
    if path.startswith("/"):
        try:
            if path == "/dev/stdin":
                data = sc.inv.stdin.read()
                raw = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
            else:
                with open(os.path.join(sc.inv.cwd, path), encoding="utf-8", errors="replace") as fh:
                    raw = fh.read()
        except OSError:
            sc.errout(f"Can not open {path}\n")
            return 1
        raw = raw.replace("\n", ",")
        while ",," in raw:
            raw = raw.replace(",,", ",")
        text = raw
    try:
        hl = hostlist.Hostlist(text)
    except hostlist.HostlistError:
        sc.errout(f"Invalid hostlist: {text}\n")
        return 1
    if sort:
        hl.uniq()
    sc.out(hl.ranged() + "\n")
    return 0


def _fatal(exc: SlurmError) -> bool:
    return exc.kind in _FATAL_KINDS


def _json_dump(sc: Scontrol, body: dict[str, Any]) -> None:
    if sc.mime_type == "yaml":
        from slurm_proxy.sinfo.query import _yaml

        sc.out(_yaml(body))
    else:
        sc.out(json.dumps(body, indent=2) + "\n")


# --- show job ------------------------------------------------------------------------------
def _task_in(job: Job, task: int) -> bool:
    if task == NO_VAL or task == job.array_task_id:
        return True
    spec = job.array_task_str
    if not spec:
        return False
    for part in spec.split("%")[0].split(","):
        rng, _, step = part.partition(":")
        lo_s, _, hi_s = rng.partition("-")
        try:
            lo = int(lo_s)
            hi = int(hi_s) if hi_s else lo
            inc = int(step) if step else 1
        except ValueError:
            continue
        if lo <= task <= hi and (task - lo) % inc == 0:
            return True
    return False


def show_job(sc: Scontrol, job_id_str: Optional[str]) -> None:
    job_id = 0
    array_id = het_offset = NO_VAL
    if job_id_str:
        if any(not (c.isdigit() or c in "_+") for c in job_id_str):
            sc.exit_code = 1
            sc.perror("scontrol_print_job error", "Invalid job id specified")
            return
        head, task_sep, rest = job_id_str.partition("_")
        job_id = int(_digits(head) or "0") & 0xFFFFFFFF
        if task_sep:
            task_s, _, het_s = rest.partition("+")
            array_id = int(_digits(task_s) or "0")
            if "+" in rest:
                het_offset = int(_digits(het_s) or "0")
        elif "+" in head:
            het_offset = int(_digits(head.partition("+")[2]) or "0")
    sess = sc.sess
    try:
        if job_id:
            body = sess.request("GET", f"/slurm/{{v}}/job/{job_id}")
        else:
            body = sess.request("GET", "/slurm/{v}/jobs")
    except SlurmError as exc:
        if _fatal(exc):
            raise
        if sc.mime_type:
            _json_dump(sc, exc.body or {"jobs": [], "errors": []})
        sc.exit_code = 1
        sc.perror("slurm_load_jobs error", exc.text)
        return
    if sc.mime_type:
        _json_dump(sc, body)
        return
    if job_id and sess.api == "v0.0.45":
        _borrow(sc, f"/slurm/v0.0.44/job/{job_id}", body, "jobs", "job_id", "shared")
    elif job_id and sess.api in ("v0.0.42", "v0.0.43") and sc.release >= (26, 5):
        _borrow(
            sc, f"/slurm/v0.0.44/job/{job_id}", body, "jobs", "job_id", "submit_line", "step_id"
        )
    jobs = jobs_from_response(sess.api, body)
    if sc.quiet == -1:
        from slurm_proxy.common import timefmt

        stamp = body.get("last_update")
        from slurm_proxy.adapters.noval import timestamp

        sc.out(
            f"last_update_time={timefmt.make_time_str(timestamp(stamp), sc.inv.env)}, "
            f"records={len(jobs)}\n"
        )
    threads = _threads(sc) if sc.detail_flag else {}
    now = int(time.time())
    printed = 0
    chunks = []
    for job in jobs:
        if het_offset != NO_VAL and job.het_job_offset != het_offset:
            continue
        if not _task_in(job, array_id):
            continue
        shown = job
        if array_id != NO_VAL and job.array_task_str:
            shown = job.copy()
            shown.array_task_str = None
            shown.array_task_id = array_id
        text = sprint_job(
            shown,
            sc.release,
            one_liner=sc.one_liner,
            detail=sc.detail_flag,
            env=sc.inv.env,
            now=now,
            node_info=threads,
        )
        if text:
            chunks.append(text)
        printed += 1
    sc.out("".join(chunks))
    if printed == 0:
        if job_id_str:
            sc.exit_code = 1
            if sc.quiet != 1:
                if array_id != NO_VAL:
                    sc.out(f"Job {job_id}_{array_id} not found\n")
                elif het_offset != NO_VAL:
                    sc.out(f"Job {job_id}+{het_offset} not found\n")
                else:
                    sc.out(f"Job {job_id} not found\n")
        elif sc.quiet != 1:
            sc.out("No jobs in the system\n")


def _borrow(
    sc: Scontrol, path: str, body: dict[str, Any], kind: str, key: str, *fields: str
) -> None:
    """Fill one field the session's API version lacks from a newer version of the
    same server (one extra request, only for a single job or node):

    - v0.0.45 dumps every job's ``shared`` as ``[]`` (26.05 split it into the
      OverSubscribe and Exclusive settings and dumps neither); v0.0.44 still has it;
    - v0.0.42/43 have no job ``submit_line`` nor ``step_id`` (26.05 prints
      SubmitLine= and, with -d, the SLUID): v0.0.44 has both;
    - v0.0.42..44 have no node ``suspend_time`` (26.05 prints SuspendTime=): v0.0.45.
    """
    try:
        newer = sc.sess.request("GET", path)
    except SlurmError:
        return
    found = {}
    for raw in newer.get(kind) or []:
        if isinstance(raw, dict):
            found[raw.get(key)] = raw
    for raw in body.get(kind) or []:
        if not isinstance(raw, dict) or raw.get(key) not in found:
            continue
        for field in fields:
            value = found[raw.get(key)].get(field)
            if value or (value is not None and field != "shared"):
                raw[field] = value


def _digits(text: str) -> str:
    out = ""
    for ch in text:
        if not ch.isdigit():
            break
        out += ch
    return out


def _threads(sc: Scontrol) -> dict[str, tuple[int, int]]:
    """Threads per core and cores per socket of every node (for ``-d`` CPU_IDs)."""
    try:
        body = sc.sess.request("GET", "/slurm/{v}/nodes")
    except SlurmError as exc:
        if _fatal(exc):
            raise
        return {}
    return {n.name: (n.threads, n.cores) for n in nodes_from_response(body)}


# --- show node --------------------------------------------------------------------------------
def _node_flags(sc: Scontrol) -> str:
    if sc.sess.api in ("v0.0.38", "v0.0.39"):
        return ""
    flags = ["MIXED"]
    if sc.all_flag:
        flags.insert(0, "ALL")
    if sc.detail_flag:
        flags.append("DETAIL")
    if sc.future_flag:
        flags.append("FUTURE")
    return "?" + "&".join(f"flags={f}" for f in flags)


def show_node(sc: Scontrol, node_list: Optional[str]) -> None:
    sess = sc.sess
    try:
        body = sess.request("GET", "/slurm/{v}/nodes" + _node_flags(sc))
    except SlurmError as exc:
        if _fatal(exc):
            raise
        sc.exit_code = 1
        sc.perror("slurm_load_node error", exc.text)
        return
    if sess.api in ("v0.0.42", "v0.0.43", "v0.0.44") and sc.release >= (26, 5) and not sc.mime_type:
        _borrow(sc, "/slurm/v0.0.45/nodes" + _node_flags(sc), body, "nodes", "name", "suspend_time")
    nodes = nodes_from_response(body)
    port = slurmd_port(nodes)
    if sc.mime_type:
        if node_list:
            try:
                wanted = hostlist.expand(node_list)
            except hostlist.HostlistError:
                wanted = []
            body = dict(body)
            body["nodes"] = [
                raw
                for name in wanted
                for raw in (body.get("nodes") or [])
                if isinstance(raw, dict) and raw.get("name") == name
            ][: len(nodes)]
        _json_dump(sc, body)
        return
    if node_list is None:
        if not nodes:
            if sc.quiet != 1:
                sc.out("No nodes in the system\n")
            return
        sc.out(
            "".join(
                sprint_node(n, sc.release, sc.one_liner, sc.inv.env, port, sc.detail_flag)
                for n in nodes
            )
        )
        return
    try:
        names = hostlist.expand(node_list)
    except hostlist.HostlistError:
        sc.exit_code = 1
        if sc.quiet != 1:
            sc.errout(f"unable to parse node list {node_list}\n")
        return
    by_name = {n.name: n for n in nodes}
    for name in names:
        node = by_name.get(name)
        if node is None:
            sc.exit_code = 1
            if sc.quiet != 1:
                sc.out(f"Node {name} not found\n")
            continue
        sc.out(sprint_node(node, sc.release, sc.one_liner, sc.inv.env, port, sc.detail_flag))


# --- show partition ---------------------------------------------------------------------------
def show_partition(sc: Scontrol, name: Optional[str]) -> None:
    from slurm_proxy.sinfo.query import mark_default

    sess = sc.sess
    api = sess.api
    query = ""
    if api not in ("v0.0.38", "v0.0.39") and not sc.all_flag:
        query = "?flags=LOCAL"
    try:
        body = sess.request("GET", "/slurm/{v}/partitions" + query)
    except SlurmError as exc:
        if _fatal(exc):
            raise
        sc.exit_code = 1
        sc.perror("slurm_load_partitions error", exc.text)
        return
    parts = partitions_from_response(body)
    from slurm_proxy.adapters.partitions import PART_FLAG_HIDDEN

    if api == "v0.0.38" and not sc.all_flag:
        parts = [p for p in parts if not p.flags & PART_FLAG_HIDDEN]
    everything: Optional[int] = len(parts) if not query else None
    if parts and not parts[0].flags_known and everything is None:
        try:
            everything = len(partitions_from_response(sess.request("GET", "/slurm/{v}/partitions")))
        except SlurmError:
            everything = None
    mark_default(sc, parts, everything)  # type: ignore[arg-type]
    chosen = [p for p in parts if name is None or p.name == name]
    if name is not None:
        chosen = chosen[:1]
    if sc.mime_type:
        body = dict(body)
        body["partitions"] = [p.raw for p in chosen]
        _json_dump(sc, body)
        return
    sc.out("".join(sprint_partition(p, sc.release, sc.one_liner) for p in chosen))
    if not chosen:
        if name is not None:
            sc.exit_code = 1
            if sc.quiet != 1:
                sc.out(f"Partition {name} not found\n")
        elif sc.quiet != 1:
            sc.out("No partitions in the system\n")


# --- ping / config ----------------------------------------------------------------------------
def _ping_lines(sc: Scontrol) -> tuple[list[str], bool, bool]:
    body = sc.sess.request("GET", "/slurm/{v}/ping")
    pings = [p for p in body.get("pings") or [] if isinstance(p, dict)]
    lines = []
    any_up = False
    down = False
    # 26.05 names a controller reached through -M by its cluster (24.11 and 22.05 by its
    # host; the releases in between are not checked): the REST answer has the host only
    label = sc.cluster_label if sc.release >= (26, 5) else None
    for offset, ping in enumerate(pings):
        status = ping.get("pinged", ping.get("ping"))
        if status is None and "responding" in ping:
            up = bool(ping.get("responding"))
        else:
            up = str(status).upper() == "UP"
        if up:
            any_up = True
        else:
            down = True
        if offset == 0:
            mode = "primary"
        elif offset == 1 and len(pings) == 2:
            mode = "backup"
        else:
            mode = f"backup{offset}"
        host = label or ping.get("hostname")
        lines.append(f"Slurmctld({mode}) at {host} is {'UP' if up else 'DOWN'}\n")
    return lines, any_up, down


def ping(sc: Scontrol) -> None:
    try:
        lines, any_up, down = _ping_lines(sc)
    except SlurmError as exc:
        if _fatal(exc):
            raise
        sc.exit_code = 1
        sc.error(exc.text)
        return
    sc.exit_code = 0 if any_up else 1
    sc.out("".join(lines))
    if down and os.getuid() == 0:
        sc.out(
            "*****************************************\n"
            "** RESTORE SLURMCTLD DAEMON TO SERVICE **\n"
            "*****************************************\n"
        )


def show_config(sc: Scontrol) -> None:
    from .config import print_config

    api = sc.sess.api
    if api not in ("v0.0.45",) and not api.startswith("v0.0.4") or api < "v0.0.45":
        sc.unsupported(
            f"show config (slurmrestd {api} has no /conf endpoint; it "
            "exists from API v0.0.45, Slurm 26.05)"
        )
        return
    try:
        body = sc.sess.request("GET", "/slurm/{v}/conf")
    except SlurmError as exc:
        if _fatal(exc):
            raise
        sc.printf_error("slurm_load_ctl_conf error", exc.text)
        return
    print_config(sc, body)
    sc.out("\n")
    ping(sc)


def _quote(text: str) -> str:
    return quote(text, safe="")
