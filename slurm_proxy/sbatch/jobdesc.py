"""The submit request: sbatch's job description, rendered per slurmrestd API version.

:func:`describe` turns verified options into the fields of Slurm's
``job_desc_msg_t`` exactly as ``slurm_opt_create_job_desc()`` and sbatch's
``_fill_job_desc_from_opts()`` fill them (C field names, C sentinels), so that the
job slurmctld creates is the job the real sbatch would have created.

:func:`render` writes that description as the JSON body of
``POST /slurm/<v>/job/submit``:

- v0.0.38 (22.05): slurmrestd runs sbatch's own option parser on the keys
  (``_parse_job_desc`` in ``openapi/v0.0.38``), so values are sent as sbatch option
  arguments (``"time_limit": "60"``, ``"begin_time": "uts<epoch>"``,
  ``"signal": "B:USR2@30"``), the script at the top level and the environment as a
  dict; unknown keys are rejected by the server (400).
- v0.0.39+: a data_parser plugin fills ``job_desc_msg_t`` directly, so every derived
  field sbatch computes (``minimum_cpus``, ``minimum_cpus_per_node``, flags) is sent
  explicitly; numbers that are NoVal structs in the schema are sent as
  ``{"set", "infinite", "number"}``; the environment is a list of ``K=V``;
  ``current_working_directory`` is required; the script goes into ``job.script``.
- ``nice`` is never sent to v0.0.39, nor to v0.0.40 before 23.11.2 (slurmrestd
  aborts parsing it there); the caller warns instead.
"""

from __future__ import annotations

from typing import Any, Optional

from ..common import parse
from ..common.parse import INFINITE, NO_VAL, NO_VAL16, NO_VAL64
from . import opt as O  # noqa: N812
from .opt import Opt

MEM_PER_CPU = 0x8000000000000000
NICE_OFFSET = 0x80000000

_FLAG_NAMES = (
    (O.KILL_INV_DEP, "KILL_INVALID_DEPENDENCY"),
    (O.NO_KILL_INV_DEP, "NO_KILL_INVALID_DEPENDENCY"),
    (O.SPREAD_JOB, "SPREAD_JOB"),
    (O.USE_MIN_NODES, "PREFER_MINIMUM_NODE_COUNT"),
    (O.JOB_NTASKS_SET, "EXACT_TASK_COUNT_REQUESTED"),
    (O.JOB_CPUS_SET, "EXACT_CPU_COUNT_REQUESTED"),
    (O.EXPEDITED_REQUEUE, "EXPEDITED_REQUEUE"),
)
_SHARED_NAMES = {
    O.JOB_SHARED_NONE: "none",
    O.JOB_SHARED_OK: "oversubscribe",
    O.JOB_SHARED_USER: "user",
    O.JOB_SHARED_MCS: "mcs",
    O.JOB_SHARED_TOPO: "topo",
}
_SHARED_CLI = {
    O.JOB_SHARED_NONE: "exclusive",
    O.JOB_SHARED_OK: "oversubscribe",
    O.JOB_SHARED_USER: "user",
    O.JOB_SHARED_MCS: "mcs",
    O.JOB_SHARED_TOPO: "topo",
}


class Unsendable(Exception):
    """An option this API version has no field for (never dropped silently)."""


def _tres(prefix: str, spec: Optional[str], existing: Optional[str] = None) -> Optional[str]:
    """Slurm's ``xfmt_tres``: ``2`` -> ``gres/gpu:2``, each list element prefixed."""
    if not spec:
        return existing
    parts = [f"{prefix}:{tok}" for tok in spec.split(",") if tok]
    return ",".join(([existing] if existing else []) + parts)


def describe(o: Opt, environment: dict[str, str], script: Optional[str]) -> dict[str, Any]:
    """``job_desc_msg_t`` fields (C names; absent = left at slurm_init_job_desc_msg)."""
    d: dict[str, Any] = {}

    def put(name: str, value: Any) -> None:
        if value is not None:
            d[name] = value

    new_gres = (o.release or (99, 0)) >= (23, 11)
    gpu = "gres/gpu" if new_gres else "gres:gpu"
    put("account", o.account)
    if o.begin:
        d["begin_time"] = o.begin
    flags = o.job_flags
    put("comment", o.comment)
    put("cluster_features", o.c_constraint)
    d["contiguous"] = int(o.contiguous)
    if o.cpus_per_gpu:
        d["cpus_per_tres"] = f"{gpu}:{o.cpus_per_gpu}"
    if o.deadline:
        d["deadline"] = o.deadline
    if o.delay_boot != NO_VAL:
        d["delay_boot"] = o.delay_boot
    put("dependency", o.dependency)
    put("extra", o.extra)
    put("exc_nodes", o.exclude)
    put("features", o.constraint)
    put("prefer", o.prefer)
    if o.no_kill:
        d["kill_on_node_fail"] = 0
    put("licenses", o.licenses)
    d["mail_type"] = o.mail_type
    put("mail_user", o.mail_user)
    put("mcs_label", o.mcs_label)
    if o.mem_per_gpu != NO_VAL64:
        d["mem_per_tres"] = f"{gpu}:{o.mem_per_gpu}"
    d["name"] = o.job_name if o.job_name else "sbatch"
    if o.nice != NO_VAL:
        d["nice"] = o.nice  # signed here; NICE_OFFSET is added on the wire where needed
    if o.ntasks_set:
        flags |= O.JOB_NTASKS_SET
        d["num_tasks"] = o.ntasks
    if o.open_mode:
        d["open_mode"] = o.open_mode
    estimated = o.ntasks
    if (
        o.ntasks_per_node > 0
        and o.ntasks_per_node != NO_VAL
        and not o.ntasks_set
        and (o.min_nodes == o.max_nodes or o.max_nodes == 0)
    ):
        estimated = o.min_nodes * o.ntasks_per_node
    if o.overcommit:
        d["min_cpus"] = max(o.min_nodes, 1)
        d["overcommit"] = 1
    elif o.cpus_set:
        d["min_cpus"] = estimated * o.cpus_per_task
    elif o.nodes_set and o.min_nodes == 0:
        d["min_cpus"] = 0
    else:
        d["min_cpus"] = estimated
    put("partition", o.partition)
    if o.isset("H"):
        d["priority"] = 0 if o.hold else INFINITE
    elif o.priority:
        d["priority"] = o.priority
    put("qos", o.qos)
    if o.reboot:
        d["reboot"] = 1
    if o.nodelist:
        from ..common import hostlist

        d["req_nodes"] = hostlist.compress(o.nodelist)
    put("reservation", o.reservation)
    if o.shared != NO_VAL16:
        d["shared"] = o.shared
    if o.time_limit != NO_VAL:
        d["time_limit"] = o.time_limit
    if o.time_min != NO_VAL:
        d["time_min"] = o.time_min
    tres_per_node = _tres(gpu, o.gpus_per_node)
    if o.gres and o.gres.lower() != "none":
        tres_per_node = f"{tres_per_node},{o.gres}" if tres_per_node else o.gres
    put("tres_per_job", _tres(gpu, o.gpus))
    put("tres_per_node", tres_per_node)
    put("tres_per_socket", _tres(gpu, o.gpus_per_socket))
    if new_gres:  # 23.11+: "cpu=N,gres/gpu[:type]=N" (slurm_option_update_tres_per_task)
        per_task = []
        if o.cpus_set and o.cpus_per_task:
            per_task.append(f"cpu={o.cpus_per_task}")
        if o.gpus_per_task:
            first = o.gpus_per_task.split(",")[0]
            kind, sep, count = first.rpartition(":") if ":" in first else first.rpartition("=")
            gpu_str = f"gres/gpu:{kind}" if sep else "gres/gpu"
            per_task.append(f"{gpu_str}={parse.strtol(count)[0]}")
        put("tres_per_task", ",".join(per_task) or None)
    else:
        put("tres_per_task", _tres(gpu, o.gpus_per_task))
    if o.warn_signal:
        d["warn_flags"] = o.warn_flags
        d["warn_signal"] = o.warn_signal
        d["warn_time"] = o.warn_time
    d["work_dir"] = o.chdir
    if o.cpus_set:
        flags |= O.JOB_CPUS_SET
        d["cpus_per_task"] = o.cpus_per_task
    if o.nodes_set:
        d["min_nodes"] = o.min_nodes
        if o.max_nodes:
            d["max_nodes"] = o.max_nodes
            if o.job_size_str:
                d["job_size_str"] = o.job_size_str
    elif o.ntasks_set and o.ntasks_per_node != NO_VAL:
        d["min_nodes"] = -(-o.ntasks // o.ntasks_per_node)
    for attr in (
        "sockets_per_node",
        "cores_per_socket",
        "threads_per_core",
        "ntasks_per_node",
        "ntasks_per_socket",
        "ntasks_per_core",
    ):
        if getattr(o, attr) != NO_VAL:
            d[attr] = getattr(o, attr)
    if o.ntasks_per_gpu != NO_VAL:
        d["ntasks_per_tres"] = o.ntasks_per_gpu
    if o.pn_min_cpus > -1:
        d["pn_min_cpus"] = o.pn_min_cpus
    if o.pn_min_memory != NO_VAL64:
        d["pn_min_memory"] = o.pn_min_memory
    elif o.mem_per_cpu != NO_VAL64:
        d["pn_min_memory"] = o.mem_per_cpu | MEM_PER_CPU
    if o.pn_min_tmp_disk != NO_VAL64:
        d["pn_min_tmp_disk"] = o.pn_min_tmp_disk
    put("wckey", o.wckey)
    put("array_inx", o.array_inx)
    if o.requeue != NO_VAL:
        d["requeue"] = o.requeue
    d["environment"] = environment
    if o.argv:
        d["argv"] = list(o.argv)
    put("std_err", o.efname)
    put("std_in", o.ifname)
    put("std_out", o.ofname)
    if flags:
        d["bitflags"] = flags
    put("script", script)
    return d


# -- rendering ---------------------------------------------------------------------------------
def api_number(api: str) -> int:
    """``"v0.0.42"`` -> 42."""
    return int(api.rsplit(".", 1)[-1])


def nice_allowed(api: str, release: Optional[tuple[int, ...]]) -> bool:
    """slurmrestd cannot parse ``nice`` in v0.0.39, nor in v0.0.40 before 23.11.2."""
    n = api_number(api)
    if n == 39:
        return False
    if n == 40:
        return release is not None and tuple(release) >= (23, 11, 2)
    return True


def _noval(value: int) -> dict[str, Any]:
    if value == INFINITE:
        return {"set": True, "infinite": True, "number": 0}
    return {"set": True, "infinite": False, "number": value}


def render(
    d: dict[str, Any],
    api: str,
    release: Optional[tuple[int, ...]] = None,
    warnings: Optional[list[str]] = None,
) -> dict[str, Any]:
    """The JSON body of ``POST /slurm/<api>/job/submit`` for a :func:`describe` dict.

    Raises :class:`Unsendable` for what this API version cannot carry; appends to
    ``warnings`` what it can only carry approximately.
    """
    n = api_number(api)
    if n <= 38:
        return _render_38(d, warnings if warnings is not None else [])
    return _render_data_parser(d, n, release)


def _render_data_parser(
    d: dict[str, Any], n: int, release: Optional[tuple[int, ...]]
) -> dict[str, Any]:
    job: dict[str, Any] = {}
    # NoVal-typed fields ({set, infinite, number}) and the first version typing them so
    plain_or_struct = {
        "time_limit": 39,
        "time_min": 39,
        "priority": 39,
        "warn_time": 39,
        "begin_time": 40,
        "pn_min_memory": 39,
    }

    def num(name: str, value: int) -> Any:
        since = plain_or_struct.get(name)
        if since is not None and n >= since:
            return _noval(value)
        return value

    simple = {
        "account": "account", "comment": "comment", "cluster_features": "cluster_constraint",
        "dependency": "dependency", "extra": "extra", "features": "constraints",
        "prefer": "prefer", "licenses": "licenses", "mail_user": "mail_user",
        "mcs_label": "mcs_label", "name": "name", "partition": "partition", "qos": "qos",
        "reservation": "reservation", "wckey": "wckey", "array_inx": "array",
        "work_dir": "current_working_directory", "std_err": "standard_error",
        "std_in": "standard_input", "std_out": "standard_output", "exc_nodes": "excluded_nodes",
        "req_nodes": "required_nodes", "cpus_per_tres": "cpus_per_tres",
        "mem_per_tres": "memory_per_tres", "tres_per_job": "tres_per_job",
        "tres_per_node": "tres_per_node", "tres_per_socket": "tres_per_socket",
        "tres_per_task": "tres_per_task", "script": "script",
        "num_tasks": "tasks", "min_cpus": "minimum_cpus", "cpus_per_task": "cpus_per_task",
        "min_nodes": "minimum_nodes", "max_nodes": "maximum_nodes",
        "sockets_per_node": "sockets_per_node", "threads_per_core": "threads_per_core",
        "ntasks_per_node": "tasks_per_node", "ntasks_per_socket": "tasks_per_socket",
        "ntasks_per_core": "tasks_per_core", "ntasks_per_tres": "ntasks_per_tres",
        "pn_min_cpus": "minimum_cpus_per_node", "pn_min_tmp_disk": "temporary_disk_per_node",
        "deadline": "deadline", "delay_boot": "delay_boot",
    }  # fmt: skip
    for key, value in d.items():
        if key in simple:
            job[simple[key]] = value
    if "cores_per_socket" in d:
        if 41 <= n <= 44:
            raise Unsendable(f"--cores-per-socket: slurmrestd API v0.0.{n} has no field for it")
        job["cores_per_socket"] = d["cores_per_socket"]
    if "job_size_str" in d:
        if n < 42:
            raise Unsendable(
                f"--nodes={d['job_size_str']}: node count lists need "
                "slurmrestd API v0.0.42 or later"
            )
        job["nodes"] = d["job_size_str"]
        job.pop("minimum_nodes", None)
        job.pop("maximum_nodes", None)
    if "begin_time" in d:
        job["begin_time"] = num("begin_time", d["begin_time"])
    if d.get("contiguous"):
        job["contiguous"] = True
    if d.get("kill_on_node_fail") == 0:
        job["kill_on_node_fail"] = False
    if d.get("mail_type"):
        job["mail_type"] = [name for bit, name in parse.MAIL_REST_NAMES if d["mail_type"] & bit]
    if "nice" in d:
        if not nice_allowed(f"v0.0.{n}", release):
            raise Unsendable("--nice")
        job["nice"] = d["nice"]
    if "open_mode" in d:
        job["open_mode"] = ["APPEND" if d["open_mode"] == O.OPEN_MODE_APPEND else "TRUNCATE"]
    if d.get("overcommit"):
        job["overcommit"] = True
    if "priority" in d:
        if d["priority"] == 0:
            job["hold"] = True
        else:
            job["priority"] = num("priority", d["priority"])
    if d.get("reboot"):
        job["reboot"] = True
    if "shared" in d:
        job["shared"] = [_SHARED_NAMES[d["shared"]]]
    for key, field in (("time_limit", "time_limit"), ("time_min", "time_minimum")):
        if key in d:
            job[field] = num(key, d[key])
    if "warn_signal" in d:
        flags = []
        if d["warn_flags"] & parse.KILL_JOB_BATCH:
            flags.append("BATCH_JOB")
        if d["warn_flags"] & parse.KILL_JOB_RESV:
            flags.append("RESERVATION_JOB")
        if flags:
            job["kill_warning_flags"] = flags
        job["kill_warning_signal"] = parse.SIGNAL_NAMES.get(d["warn_signal"], str(d["warn_signal"]))
        job["kill_warning_delay"] = num("warn_time", d["warn_time"])
    if "pn_min_memory" in d:
        mem = d["pn_min_memory"]
        if mem & MEM_PER_CPU:
            job["memory_per_cpu"] = num("pn_min_memory", mem & ~MEM_PER_CPU)
        else:
            job["memory_per_node"] = num("pn_min_memory", mem)
    if "requeue" in d:
        job["requeue"] = bool(d["requeue"])
    if "argv" in d:
        job["argv"] = d["argv"]
    if "bitflags" in d:
        job["flags"] = [name for bit, name in _FLAG_NAMES if d["bitflags"] & bit]
    if n >= 42:
        # sbatch leaves oom_kill_step at NO_VAL16 unless --oom-kill-step is given;
        # slurmrestd would otherwise store 0 (shown as OOMKillStep=0)
        job["oom_kill_step"] = NO_VAL16
    job["environment"] = [f"{k}={v}" for k, v in d["environment"].items()]
    body: dict[str, Any] = {"job": job}
    if n == 39 and "script" in job:  # v0.0.39 reads only the top-level script
        body["script"] = job.pop("script")
    return body


def _render_38(d: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    """v0.0.38: option arguments as sbatch takes them (the server parses them)."""
    job: dict[str, Any] = {}
    strings = {
        "account": "account", "comment": "comment", "cluster_features": "cluster_constraint",
        "dependency": "dependency", "features": "constraints", "prefer": "prefer",
        "licenses": "licenses", "mail_user": "mail_user", "mcs_label": "mcs_label",
        "name": "name", "partition": "partition", "qos": "qos", "reservation": "reservation",
        "wckey": "wckey", "array_inx": "array", "work_dir": "current_working_directory",
        "std_err": "standard_error", "std_in": "standard_input", "std_out": "standard_output",
        "exc_nodes": "exclude_nodes", "req_nodes": "nodelist",
    }  # fmt: skip
    for key, field in strings.items():
        if key in d:
            job[field] = d[key]
    ints = {
        "num_tasks": "tasks",
        "cpus_per_task": "cpus_per_task",
        "ntasks_per_node": "tasks_per_node",
        "ntasks_per_socket": "tasks_per_socket",
        "ntasks_per_core": "tasks_per_core",
        "sockets_per_node": "sockets_per_node",
        "cores_per_socket": "cores_per_socket",
        "threads_per_core": "threads_per_core",
        "pn_min_cpus": "minimum_cpus_per_node",
        "pn_min_tmp_disk": "temporary_disk_per_node",
        "ntasks_per_tres": "ntasks_per_gpu",
    }
    for key, field in ints.items():
        if key in d:
            job[field] = d[key]
    for key, option in (
        ("extra", "--extra"),
        ("overcommit", "--overcommit"),
        ("reboot", "--reboot"),
        ("contiguous", "--contiguous"),
        ("job_size_str", "--nodes=<list>"),
    ):
        if d.get(key):
            raise Unsendable(f"{option}: slurmrestd API v0.0.38 does not accept it")
    if "begin_time" in d:
        job["begin_time"] = f"uts{d['begin_time']}"
    if "deadline" in d:
        job["deadline"] = f"uts{d['deadline']}"
    if "delay_boot" in d:
        job["delay_boot"] = f"0:{d['delay_boot']}"  # minutes:seconds
    for key, field in (
        ("cpus_per_tres", "cpus_per_gpu"),
        ("mem_per_tres", "memory_per_gpu"),
        ("tres_per_socket", "gpus_per_socket"),
    ):
        if key in d:
            job[field] = ",".join(t.split(":", 2)[2] for t in d[key].split(","))
    if d.get("kill_on_node_fail") == 0:
        job["no_kill"] = True
    if d.get("mail_type"):
        names = [
            name for name, bit in parse.MAIL_NAMES.items() if name != "ALL" and d["mail_type"] & bit
        ]
        job["mail_type"] = ",".join(names)
    if "nice" in d:
        job["nice"] = d["nice"]
    if "open_mode" in d:
        job["open_mode"] = "append" if d["open_mode"] == O.OPEN_MODE_APPEND else "truncate"
    if "priority" in d:
        if d["priority"] == 0:
            job["hold"] = True
        elif d["priority"] == NO_VAL - 1:
            job["priority"] = "TOP"
        elif d["priority"] != INFINITE:
            job["priority"] = d["priority"]
    if "shared" in d:
        if d["shared"] == O.JOB_SHARED_OK:
            job["oversubscribe"] = True
        else:
            job["exclusive"] = _SHARED_CLI[d["shared"]]
    if "time_limit" in d:
        job["time_limit"] = "UNLIMITED" if d["time_limit"] == INFINITE else str(d["time_limit"])
    if "time_min" in d:
        job["time_minimum"] = "UNLIMITED" if d["time_min"] == INFINITE else str(d["time_min"])
    if "warn_signal" in d:
        prefix = "R" if d["warn_flags"] & parse.KILL_JOB_RESV else ""
        if d["warn_flags"] & parse.KILL_JOB_BATCH:
            # 22.05 accepts the B: flag only inside the sbatch program itself
            warnings.append(
                "--signal=B:...: slurmrestd API v0.0.38 cannot take the B: flag; "
                "the signal will go to all job steps, not only the batch shell"
            )
        name = parse.SIGNAL_NAMES.get(d["warn_signal"], str(d["warn_signal"]))
        job["signal"] = f"{prefix + ':' if prefix else ''}{name}@{d['warn_time']}"
    if "pn_min_memory" in d:
        mem = d["pn_min_memory"]
        if mem & MEM_PER_CPU:
            job["memory_per_cpu"] = mem & ~MEM_PER_CPU
        else:
            job["memory_per_node"] = mem
    if "min_nodes" in d:
        # "N-0" keeps the maximum unset, as sbatch leaves it for -w or -N without a range
        job["nodes"] = f"{d['min_nodes']}-{d.get('max_nodes', 0)}"
    if "requeue" in d:
        job["requeue" if d["requeue"] else "no_requeue"] = True
    if "tres_per_job" in d:
        job["gpus"] = ",".join(t.split(":", 2)[2] for t in d["tres_per_job"].split(","))
    if "tres_per_node" in d:
        job["gres"] = ",".join(
            t.split(":", 1)[1] if t.startswith("gres") else t for t in d["tres_per_node"].split(",")
        )
    if "tres_per_task" in d:
        job["gpus_per_task"] = ",".join(t.split(":", 2)[2] for t in d["tres_per_task"].split(","))
    if len(d.get("argv", ())) > 1:
        # 22.05's argv parser allocates one slot too few and corrupts slurmrestd's heap
        # ("corrupted double-linked list"); without it the script runs without arguments
        raise Unsendable("script arguments: slurmrestd API v0.0.38 cannot take them safely")
    bits = d.get("bitflags", 0)
    if bits & O.KILL_INV_DEP:
        job["kill_on_invalid_dependency"] = True
    elif bits & O.NO_KILL_INV_DEP:
        job["kill_on_invalid_dependency"] = False
    if bits & O.SPREAD_JOB:
        job["spread_job"] = True
    if bits & O.USE_MIN_NODES:
        job["minimum_nodes"] = True
    job["environment"] = dict(d["environment"])
    body: dict[str, Any] = {"job": job}
    if "script" in d:
        body["script"] = d["script"]
    return body
