"""Version-neutral job records from ``GET /slurm/<v>/jobs``, ``/job/{id}`` and ``/jobs/state``.

One :class:`Job` per job record, whatever the API version (v0.0.38 .. v0.0.45).  Like
the node adapter, fields keep Slurm's ``job_info_t`` conventions so that squeue and
scontrol can follow the real printers test for test:

- numbers unset on the C side are ``NO_VAL`` / ``NO_VAL16`` / ``NO_VAL64``, unlimited
  ones ``INFINITE``; ``time_limit`` and ``time_min`` are minutes;
- times are epoch seconds, ``0`` when unset;
- ``job_state`` is the C state word (see :mod:`slurm_proxy.common.states`);
- ``exit_code`` / ``derived_ec`` are raw wait statuses (``exit 3`` -> 768, signal 9 ->
  9) or ``NO_VAL``; v0.0.40+ report them decoded and are re-encoded here;
- ``nice`` is the signed nice value (``NICE_OFFSET`` already removed);
- strings slurmrestd printed as ``""`` or ``null`` (its rendering of a C NULL) are
  ``None``; the printers decide what a NULL looks like (squeue prints ``(null)``).

Shapes per version (read from the recorded responses in ``shared/recorded``):

- v0.0.38 (22.05): plain integers, ``null`` for NO_VAL and for INFINITE
  (``time_limit`` null = UNLIMITED), ``job_state`` one ``job_state_string`` word,
  ``exit_code`` the raw wait status, ``nice`` null for 0;
- v0.0.39 (23.02..24.05): NoVal structs ``{set, infinite, number}`` for most numbers,
  times still plain integers, ``job_state`` one word, ``exit_code`` a NoVal struct
  around the raw status, ``shared``/``exclusive`` flag lists;
- v0.0.40 .. v0.0.45: times are NoVal structs too, ``job_state`` a list (base first,
  then flags), ``exit_code`` decoded ``{status:[..], return_code, signal:{id,name}}``;
  v0.0.42 drops ``exclusive``/``oversubscribe``/``show_flags`` and adds
  ``priority_by_partition``; v0.0.43 adds ``*_expanded`` paths (and returns the raw
  ``standard_output`` pattern again; v0.0.42 returns it already expanded),
  ``licenses_allocated``, ``segment_size``; v0.0.44 ``step_id`` (with the SLUID) and
  ``submit_line``; v0.0.45 ``container_type``.
- ``/jobs/state`` (v0.0.40+ on 24.05+): ``{"job_id": "<id>", "state": [..]}`` where
  the id string is ``N``, ``N+OFFSET`` (het component N) or ``N_TASK`` (N is the
  record's own job id, not the array's: the array job id is not recoverable).

Performance: squeue may face 10,000 jobs (about 85 MB of JSON).  Records are built
straight from the raw JSON dicts with a few inlined helpers; the generated attrs
models are never instantiated on this path, because building them for every key
of every job costs seconds at that size.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from ..common import states
from ..errors import SlurmError
from .noval import INFINITE, INFINITE16, NO_VAL, NO_VAL16, NO_VAL64

NICE_OFFSET = 0x80000000
MEM_PER_CPU = 0x8000000000000000
CORE_SPEC_THREAD = 0x8000

_NEWER = ("v0.0.40", "v0.0.41", "v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45")


class Job:
    """One job record (``job_info_t`` as squeue and scontrol see it)."""

    __slots__ = (
        "job_id",
        "array_job_id",
        "array_task_id",
        "array_task_str",
        "array_max_tasks",
        "het_job_id",
        "het_job_offset",
        "het_job_id_set",
        "name",
        "user_id",
        "user_name",
        "group_id",
        "group_name",
        "account",
        "partition",
        "qos",
        "job_state",
        "state_reason",
        "state_desc",
        "priority",
        "priority_by_partition",
        "nice",
        "time_limit",
        "time_min",
        "submit_time",
        "eligible_time",
        "accrue_time",
        "start_time",
        "end_time",
        "suspend_time",
        "pre_sus_time",
        "preempt_time",
        "resize_time",
        "deadline",
        "last_sched_eval",
        "nodes",
        "sched_nodes",
        "req_nodes",
        "exc_nodes",
        "batch_host",
        "alloc_node",
        "num_nodes",
        "num_cpus",
        "num_tasks",
        "max_cpus",
        "max_nodes",
        "cpus_per_task",
        "pn_min_cpus",
        "pn_min_memory",
        "pn_min_tmp_disk",
        "features",
        "cluster_features",
        "prefer",
        "dependency",
        "command",
        "work_dir",
        "std_out",
        "std_err",
        "std_in",
        "std_out_expanded",
        "std_err_expanded",
        "std_in_expanded",
        "exit_code",
        "derived_ec",
        "comment",
        "admin_comment",
        "system_comment",
        "batch_flag",
        "batch_features",
        "reboot",
        "requeue",
        "restart_cnt",
        "contiguous",
        "core_spec",
        "sockets_per_node",
        "cores_per_socket",
        "threads_per_core",
        "ntasks_per_node",
        "ntasks_per_socket",
        "ntasks_per_core",
        "ntasks_per_board",
        "ntasks_per_tres",
        "sockets_per_board",
        "boards_per_node",
        "shared",
        "licenses",
        "licenses_allocated",
        "wckey",
        "resv_name",
        "mcs_label",
        "network",
        "burst_buffer",
        "burst_buffer_state",
        "container",
        "container_id",
        "container_type",
        "cluster",
        "tres_req_str",
        "tres_alloc_str",
        "tres_bind",
        "tres_freq",
        "tres_per_job",
        "tres_per_node",
        "tres_per_socket",
        "tres_per_task",
        "cpus_per_tres",
        "mem_per_tres",
        "assoc_id",
        "profile",
        "delay_boot",
        "wait4switch",
        "req_switch",
        "fed_origin",
        "fed_siblings_active",
        "fed_siblings_viable",
        "cron",
        "segment_size",
        "mail_type",
        "mail_user",
        "billable_tres",
        "gres_detail",
        "flags",
        "cpu_freq_min",
        "cpu_freq_max",
        "cpu_freq_gov",
        "selinux_context",
        "extra",
        "failed_node",
        "hold",
        "sluid",
        "submit_line",
        "job_size_str",
        "raw",
        "version",
    )

    job_id: int
    array_job_id: int
    array_task_id: int
    array_task_str: Optional[str]
    array_max_tasks: int
    het_job_id: int
    het_job_offset: int
    het_job_id_set: Optional[str]
    name: Optional[str]
    user_id: int
    user_name: Optional[str]
    group_id: int
    group_name: Optional[str]
    account: Optional[str]
    partition: Optional[str]
    qos: Optional[str]
    job_state: int
    state_reason: str
    state_desc: Optional[str]
    priority: int
    priority_by_partition: Optional[list[tuple[str, int]]]
    nice: int
    time_limit: int
    time_min: int
    submit_time: int
    eligible_time: int
    accrue_time: int
    start_time: int
    end_time: int
    suspend_time: int
    pre_sus_time: int
    preempt_time: int
    resize_time: int
    deadline: int
    last_sched_eval: int
    nodes: Optional[str]
    sched_nodes: Optional[str]
    req_nodes: Optional[str]
    exc_nodes: Optional[str]
    batch_host: Optional[str]
    alloc_node: Optional[str]
    num_nodes: int
    num_cpus: int
    num_tasks: int
    max_cpus: int
    max_nodes: int
    cpus_per_task: int
    pn_min_cpus: int
    pn_min_memory: int
    pn_min_tmp_disk: int
    features: Optional[str]
    cluster_features: Optional[str]
    prefer: Optional[str]
    dependency: Optional[str]
    command: Optional[str]
    work_dir: Optional[str]
    std_out: Optional[str]
    std_err: Optional[str]
    std_in: Optional[str]
    std_out_expanded: Optional[str]
    std_err_expanded: Optional[str]
    std_in_expanded: Optional[str]
    exit_code: int
    derived_ec: int
    comment: Optional[str]
    admin_comment: Optional[str]
    system_comment: Optional[str]
    batch_flag: int
    batch_features: Optional[str]
    reboot: int
    requeue: int
    restart_cnt: int
    contiguous: int
    core_spec: int
    sockets_per_node: int
    cores_per_socket: int
    threads_per_core: int
    ntasks_per_node: int
    ntasks_per_socket: int
    ntasks_per_core: int
    ntasks_per_board: int
    ntasks_per_tres: int
    sockets_per_board: int
    boards_per_node: int
    shared: int
    licenses: Optional[str]
    licenses_allocated: Optional[str]
    wckey: Optional[str]
    resv_name: Optional[str]
    mcs_label: Optional[str]
    network: Optional[str]
    burst_buffer: Optional[str]
    burst_buffer_state: Optional[str]
    container: Optional[str]
    container_id: Optional[str]
    container_type: Optional[str]
    cluster: Optional[str]
    tres_req_str: Optional[str]
    tres_alloc_str: Optional[str]
    tres_bind: Optional[str]
    tres_freq: Optional[str]
    tres_per_job: Optional[str]
    tres_per_node: Optional[str]
    tres_per_socket: Optional[str]
    tres_per_task: Optional[str]
    cpus_per_tres: Optional[str]
    mem_per_tres: Optional[str]
    assoc_id: int
    profile: Optional[str]
    delay_boot: int
    wait4switch: int
    req_switch: int
    fed_origin: Optional[str]
    fed_siblings_active: Optional[str]
    fed_siblings_viable: Optional[str]
    cron: bool
    segment_size: int
    mail_type: Optional[str]
    mail_user: Optional[str]
    billable_tres: Optional[float]
    gres_detail: Optional[list[Any]]
    flags: Optional[list[Any]]
    cpu_freq_min: int
    cpu_freq_max: int
    cpu_freq_gov: int
    selinux_context: Optional[str]
    extra: Optional[str]
    failed_node: Optional[str]
    hold: bool
    sluid: Optional[str]
    submit_line: Optional[str]
    job_size_str: Optional[str]
    raw: Optional[dict[str, Any]]
    version: Optional[str]

    # defaults: what an empty job_info_t holds (also used for /jobs/state records)
    DEFAULTS: dict[str, Any] = {
        "job_id": 0,
        "array_job_id": 0,
        "array_task_id": NO_VAL,
        "array_task_str": None,
        "array_max_tasks": 0,
        "het_job_id": 0,
        "het_job_offset": 0,
        "het_job_id_set": None,
        "name": None,
        "user_id": 0,
        "user_name": None,
        "group_id": 0,
        "group_name": None,
        "account": None,
        "partition": None,
        "qos": None,
        "job_state": 0,
        "state_reason": "None",
        "state_desc": None,
        "priority": 0,
        "priority_by_partition": None,
        "nice": 0,
        "time_limit": NO_VAL,
        "time_min": 0,
        "submit_time": 0,
        "eligible_time": 0,
        "accrue_time": 0,
        "start_time": 0,
        "end_time": 0,
        "suspend_time": 0,
        "pre_sus_time": 0,
        "preempt_time": 0,
        "resize_time": 0,
        "deadline": 0,
        "last_sched_eval": 0,
        "nodes": None,
        "sched_nodes": None,
        "req_nodes": None,
        "exc_nodes": None,
        "batch_host": None,
        "alloc_node": None,
        "num_nodes": 0,
        "num_cpus": 0,
        "num_tasks": 0,
        "max_cpus": 0,
        "max_nodes": 0,
        "cpus_per_task": NO_VAL16,
        "pn_min_cpus": 0,
        "pn_min_memory": 0,
        "pn_min_tmp_disk": 0,
        "features": None,
        "cluster_features": None,
        "prefer": None,
        "dependency": None,
        "command": None,
        "work_dir": None,
        "std_out": None,
        "std_err": None,
        "std_in": None,
        "std_out_expanded": None,
        "std_err_expanded": None,
        "std_in_expanded": None,
        "exit_code": 0,
        "derived_ec": 0,
        "comment": None,
        "admin_comment": None,
        "system_comment": None,
        "batch_flag": 0,
        "batch_features": None,
        "reboot": 0,
        "requeue": 0,
        "restart_cnt": 0,
        "contiguous": 0,
        "core_spec": NO_VAL16,
        "sockets_per_node": NO_VAL16,
        "cores_per_socket": NO_VAL16,
        "threads_per_core": NO_VAL16,
        "ntasks_per_node": 0,
        "ntasks_per_socket": NO_VAL16,
        "ntasks_per_core": NO_VAL16,
        "ntasks_per_board": 0,
        "ntasks_per_tres": 0,
        "sockets_per_board": 0,
        "boards_per_node": NO_VAL16,
        "shared": NO_VAL16,
        "licenses": None,
        "licenses_allocated": None,
        "wckey": None,
        "resv_name": None,
        "mcs_label": None,
        "network": None,
        "burst_buffer": None,
        "burst_buffer_state": None,
        "container": None,
        "container_id": None,
        "container_type": None,
        "cluster": None,
        "tres_req_str": None,
        "tres_alloc_str": None,
        "tres_bind": None,
        "tres_freq": None,
        "tres_per_job": None,
        "tres_per_node": None,
        "tres_per_socket": None,
        "tres_per_task": None,
        "cpus_per_tres": None,
        "mem_per_tres": None,
        "assoc_id": 0,
        "profile": None,
        "delay_boot": 0,
        "wait4switch": 0,
        "req_switch": 0,
        "fed_origin": None,
        "fed_siblings_active": None,
        "fed_siblings_viable": None,
        "cron": False,
        "segment_size": 0,
        "mail_type": None,
        "mail_user": None,
        "billable_tres": None,
        "gres_detail": None,
        "flags": None,
        "cpu_freq_min": NO_VAL,
        "cpu_freq_max": NO_VAL,
        "cpu_freq_gov": NO_VAL,
        "selinux_context": None,
        "extra": None,
        "failed_node": None,
        "hold": False,
        "sluid": None,
        "submit_line": None,
        "job_size_str": None,
        "raw": None,
        "version": None,
    }

    def __init__(self, **values: Any) -> None:
        for name, default in self.DEFAULTS.items():
            setattr(self, name, values.pop(name, default))
        if values:
            raise TypeError(f"unknown Job fields: {', '.join(sorted(values))}")

    def __repr__(self) -> str:
        return (
            f"Job(job_id={self.job_id}, name={self.name!r}, "
            f"state={states.job_state_string(self.job_state)})"
        )

    def copy(self) -> Job:
        new = Job.__new__(Job)
        for name in self.__slots__:
            setattr(new, name, getattr(self, name))
        return new

    # -- identity as the commands print it -------------------------------------------
    @property
    def is_array(self) -> bool:
        return bool(self.array_task_str) or self.array_task_id != NO_VAL

    def display_id(self) -> str:
        """squeue's ``%i`` / scontrol's id: ``A_T``, ``A_[range]``, ``H+O`` or ``N``."""
        if self.array_task_str:
            return f"{self.array_job_id}_[{self.array_task_str}]"
        if self.array_task_id != NO_VAL:
            return f"{self.array_job_id}_{self.array_task_id}"
        if self.het_job_id:
            return f"{self.het_job_id}+{self.het_job_offset}"
        return str(self.job_id)


# -- value helpers (inlined where hot) ---------------------------------------------------
def _s(value: Any) -> Optional[str]:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or None
    return str(value)


def _n32(value: Any, null: int = NO_VAL) -> int:
    """A uint32 field: NoVal struct, plain int, or null (= ``null``)."""
    if value.__class__ is dict:
        if value.get("infinite"):
            return INFINITE
        if not value.get("set"):
            return null
        value = value.get("number", 0)
    if value is None:
        return null
    if value.__class__ is int:
        return (
            value & 0xFFFFFFFF if value >= 0 else (INFINITE if value == -1 else value & 0xFFFFFFFF)
        )
    try:
        return int(value) & 0xFFFFFFFF
    except (TypeError, ValueError, OverflowError):
        return null


def _n16(value: Any, null: int = NO_VAL16) -> int:
    if value.__class__ is dict:
        if value.get("infinite"):
            return INFINITE16
        if not value.get("set"):
            return null
        value = value.get("number", 0)
    if value is None:
        return null
    try:
        v = int(value)
    except (TypeError, ValueError, OverflowError):
        return null
    return INFINITE16 if v == -1 else v & 0xFFFF


def _n64(value: Any, null: int = NO_VAL64) -> int:
    if value.__class__ is dict:
        if value.get("infinite"):
            return 0xFFFFFFFFFFFFFFFF
        if not value.get("set"):
            return null
        value = value.get("number", 0)
    if value is None:
        return null
    try:
        return int(value) & 0xFFFFFFFFFFFFFFFF
    except (TypeError, ValueError, OverflowError):
        return null


def _t(value: Any) -> int:
    """A time_t; unset -> 0, infinite -> INFINITE (as slurmctld would hold it)."""
    if value.__class__ is dict:
        if value.get("infinite"):
            return INFINITE
        if not value.get("set"):
            return 0
        value = value.get("number", 0)
    if value is None:
        return 0
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return 0


def _b(value: Any) -> int:
    if value.__class__ is dict:
        value = value.get("number", 0) if value.get("set") else 0
    return 1 if value else 0


def _exit_raw(value: Any) -> int:
    """A wait status from any version's exit code spelling."""
    if value is None:
        return NO_VAL
    if value.__class__ is int:
        return value & 0xFFFFFFFF
    if not isinstance(value, dict):
        return NO_VAL
    if "status" not in value:  # v0.0.39 NoVal struct around the raw status
        return _n32(value)
    status = value.get("status") or []
    if not isinstance(status, list):  # a string (v0.0.38 slurmdb), or junk
        status = [status]
    names = {str(s).upper() for s in status}
    if "PENDING" in names:
        return NO_VAL
    signal = value.get("signal") or {}
    sig = _n32(signal.get("id") if isinstance(signal, dict) else None, null=0)
    code = _n32(value.get("return_code"), null=0)
    if "SIGNALED" in names:
        return sig & 0x7F
    if "CORE_DUMPED" in names:
        return 0x80 | (sig & 0x7F)
    if "INVALID" in names:
        return code
    return (code & 0xFF) << 8


def _core_spec(raw: dict[str, Any]) -> int:
    core = raw.get("core_spec")
    thread = raw.get("thread_spec")
    if core is None and thread is None:
        return NO_VAL16
    try:
        thread_i = int(thread) if thread is not None else 0
        core_i = int(core) if core is not None else 0
    except (TypeError, ValueError, OverflowError):
        return NO_VAL16
    if thread_i == 0x7FFE:
        return NO_VAL16
    if thread_i:
        return thread_i | CORE_SPEC_THREAD
    return core_i


_SHARED = {"none": 0, "oversubscribe": 1, "shared": 1, "user": 2, "mcs": 3, "topo": 5}


def _shared(value: Any) -> int:
    if value is None:
        return NO_VAL16
    if isinstance(value, list):
        for v in value:
            if str(v).lower() in _SHARED:
                return _SHARED[str(v).lower()]
        return NO_VAL16
    if isinstance(value, str):
        return _SHARED.get(value.lower(), NO_VAL16)
    return _n16(value)


def _memory(raw: dict[str, Any]) -> int:
    per_cpu = raw.get("memory_per_cpu")
    per_node = raw.get("memory_per_node")
    cpu = _n64(per_cpu)
    if cpu not in (NO_VAL64, 0xFFFFFFFFFFFFFFFF) and per_cpu is not None:
        return cpu | MEM_PER_CPU
    node = _n64(per_node)
    if node in (NO_VAL64, 0xFFFFFFFFFFFFFFFF):
        return 0
    return node


def _profile(value: Any) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or None
    return str(value)


def _prio_by_partition(value: Any) -> Optional[list[tuple[str, int]]]:
    if not isinstance(value, list) or not value:
        return None
    out = []
    for item in value:
        if isinstance(item, dict):
            out.append((str(item.get("partition") or ""), _n32(item.get("priority"), 0)))
    return out or None


def _nice(value: Any) -> int:
    if value is None:
        return 0
    try:
        v = int(value.get("number", 0) if isinstance(value, dict) else value)
    except (TypeError, ValueError, OverflowError):
        return 0
    if v >= NICE_OFFSET // 2:  # a raw C value (offset still in)
        v -= NICE_OFFSET
    return v


def from_json(version: str, raw: dict[str, Any], keep_raw: bool = True) -> Job:
    """One job record of a ``jobs`` list, any API version.  ``keep_raw=False`` drops
    the raw dict (scontrol reads it; squeue does not, and on a large queue the dicts
    cost several times the answer's size in memory)."""
    g = raw.get
    job = Job.__new__(Job)
    newer = version in _NEWER
    state_raw = g("job_state")
    job.job_state = states.from_names(state_raw)
    job.job_id = _n32(g("job_id"), 0)
    job.array_job_id = _n32(g("array_job_id"), 0)
    job.array_task_id = _n32(g("array_task_id"))
    job.array_task_str = _s(g("array_task_string"))
    job.array_max_tasks = _n32(g("array_max_tasks"), 0)
    job.het_job_id = _n32(g("het_job_id"), 0)
    job.het_job_offset = _n32(g("het_job_offset"), 0)
    job.het_job_id_set = _s(g("het_job_id_set"))
    job.name = _s(g("name"))
    job.user_id = _n32(g("user_id"), 0)
    job.user_name = _s(g("user_name"))
    job.group_id = _n32(g("group_id"), 0)
    job.group_name = _s(g("group_name"))
    job.account = _s(g("account"))
    job.partition = _s(g("partition"))
    job.qos = _s(g("qos"))
    job.state_reason = _s(g("state_reason")) or "None"
    job.state_desc = _s(g("state_description"))
    job.priority = _n32(g("priority"))
    job.priority_by_partition = _prio_by_partition(g("priority_by_partition"))
    job.nice = _nice(g("nice"))
    # v0.0.38 prints null for INFINITE time limits (and never NO_VAL: slurmctld
    # resolves an unset limit to the partition's)
    job.time_limit = _n32(
        g("time_limit"), INFINITE if not newer and not isinstance(g("time_limit"), dict) else NO_VAL
    )
    job.time_min = _n32(g("time_minimum"), 0)
    job.submit_time = _t(g("submit_time"))
    job.eligible_time = _t(g("eligible_time"))
    job.accrue_time = _t(g("accrue_time"))
    job.start_time = _t(g("start_time"))
    job.end_time = _t(g("end_time"))
    job.suspend_time = _t(g("suspend_time"))
    job.pre_sus_time = _t(g("pre_sus_time"))
    job.preempt_time = _t(g("preempt_time"))
    job.resize_time = _t(g("resize_time"))
    job.deadline = _t(g("deadline"))
    job.last_sched_eval = _t(g("last_sched_evaluation"))
    job.nodes = _s(g("nodes"))
    job.sched_nodes = _s(g("scheduled_nodes"))
    job.req_nodes = _s(g("required_nodes"))
    job.exc_nodes = _s(g("excluded_nodes"))
    job.batch_host = _s(g("batch_host"))
    job.alloc_node = _s(g("allocating_node"))
    job.num_nodes = _n32(g("node_count"), 0)
    cpus = g("cpus")
    if cpus is None:  # v0.0.38 prints null when num_tasks is unset; use the request
        res = g("job_resources")
        cpus = (
            res.get("allocated_cpus") or res.get("allocated_cores")
            if isinstance(res, dict)
            else None
        )
        if not cpus:
            cpus = _n32(g("minimum_cpus_per_node"), 1) * max(_n32(g("node_count"), 1), 1)
    job.num_cpus = _n32(cpus, 0)
    job.num_tasks = _n32(g("tasks"))
    job.max_cpus = _n32(g("max_cpus"), 0)
    job.max_nodes = _n32(g("max_nodes"), 0)
    # v0.0.38 prints null whenever cpu_frequency_minimum is unset (a 22.05 bug)
    job.cpus_per_task = _n16(g("cpus_per_task"), 1 if "cpus_per_task" in raw else NO_VAL16)
    job.pn_min_cpus = _n16(g("minimum_cpus_per_node"), 0)
    job.pn_min_memory = _memory(raw)
    job.pn_min_tmp_disk = _n32(g("minimum_tmp_disk_per_node"), 0)
    job.features = _s(g("features"))
    job.cluster_features = _s(g("cluster_features"))
    job.prefer = _s(g("prefer"))
    job.dependency = _s(g("dependency"))
    job.command = _s(g("command"))
    job.work_dir = _s(g("current_working_directory"))
    job.std_out = _s(g("standard_output"))
    job.std_err = _s(g("standard_error"))
    job.std_in = _s(g("standard_input"))
    job.std_out_expanded = _s(g("stdout_expanded"))
    job.std_err_expanded = _s(g("stderr_expanded"))
    job.std_in_expanded = _s(g("stdin_expanded"))
    job.exit_code = _exit_raw(g("exit_code"))
    job.derived_ec = _exit_raw(g("derived_exit_code"))
    job.comment = _s(g("comment"))
    job.admin_comment = _s(g("admin_comment"))
    job.system_comment = _s(g("system_comment"))
    job.batch_flag = _b(g("batch_flag"))
    job.batch_features = _s(g("batch_features"))
    job.reboot = _b(g("reboot"))
    job.requeue = _b(g("requeue"))
    job.restart_cnt = _n32(g("restart_cnt"), 0)
    job.contiguous = _b(g("contiguous"))
    job.core_spec = _core_spec(raw)
    job.sockets_per_node = _n16(g("sockets_per_node"))
    job.cores_per_socket = _n16(g("cores_per_socket"))
    job.threads_per_core = _n16(g("threads_per_core"))
    job.ntasks_per_node = _n16(g("tasks_per_node"), NO_VAL16)
    job.ntasks_per_socket = _n16(g("tasks_per_socket"))
    job.ntasks_per_core = _n16(g("tasks_per_core"))
    job.ntasks_per_board = _n16(g("tasks_per_board"), 0)
    job.ntasks_per_tres = _n16(g("tasks_per_tres"), 0)
    job.sockets_per_board = _n16(g("sockets_per_board"), 0)
    job.boards_per_node = 0  # not in any API version; what slurmctld holds unless set
    job.shared = _shared(g("shared"))
    job.licenses = _s(g("licenses"))
    job.licenses_allocated = _s(g("licenses_allocated"))
    job.wckey = _s(g("wckey"))
    job.resv_name = _s(g("resv_name"))
    job.mcs_label = _s(g("mcs_label"))
    job.network = _s(g("network"))
    job.burst_buffer = _s(g("burst_buffer"))
    job.burst_buffer_state = _s(g("burst_buffer_state"))
    job.container = _s(g("container"))
    job.container_id = _s(g("container_id"))
    job.container_type = _s(g("container_type"))
    job.cluster = _s(g("cluster"))
    job.tres_req_str = _s(g("tres_req_str"))
    job.tres_alloc_str = _s(g("tres_alloc_str"))
    job.tres_bind = _s(g("tres_bind"))
    job.tres_freq = _s(g("tres_freq"))
    job.tres_per_job = _s(g("tres_per_job"))
    job.tres_per_node = _s(g("tres_per_node"))
    job.tres_per_socket = _s(g("tres_per_socket"))
    job.tres_per_task = _s(g("tres_per_task"))
    job.cpus_per_tres = _s(g("cpus_per_tres"))
    job.mem_per_tres = _s(g("memory_per_tres"))
    job.assoc_id = _n32(g("association_id"), 0)
    job.profile = _profile(g("profile"))
    job.delay_boot = _n32(g("delay_boot"), 0)
    job.wait4switch = _n32(g("maximum_switch_wait_time"), 0)
    job.req_switch = _n32(g("required_switches", g("minimum_switches")), 0)
    job.fed_origin = _s(g("federation_origin"))
    job.fed_siblings_active = _s(g("federation_siblings_active"))
    job.fed_siblings_viable = _s(g("federation_siblings_viable"))
    job.cron = bool(g("cron"))
    job.segment_size = _n16(g("segment_size"), 0)
    job.mail_type = _s(g("mail_type"))
    job.mail_user = _s(g("mail_user"))
    bill = g("billable_tres")
    if isinstance(bill, dict):
        bill = bill.get("number") if bill.get("set") else None
    job.billable_tres = bill
    job.gres_detail = g("gres_detail") or None
    job.flags = g("flags") or None
    job.cpu_freq_min = _n32(g("cpu_frequency_minimum"))
    job.cpu_freq_max = _n32(g("cpu_frequency_maximum"))
    job.cpu_freq_gov = _n32(g("cpu_frequency_governor"))
    job.selinux_context = _s(g("selinux_context"))
    job.extra = _s(g("extra"))
    job.failed_node = _s(g("failed_node"))
    job.hold = bool(g("hold"))
    step = g("step_id")
    job.sluid = _s(step.get("sluid")) if isinstance(step, dict) else None
    job.submit_line = _s(g("submit_line"))
    job.job_size_str = _s(g("job_size_str"))
    job.raw = raw if keep_raw else None
    job.version = version
    return job


def _records(body: Any) -> list[Any]:
    jobs = body.get("jobs") if isinstance(body, dict) else None
    return jobs if isinstance(jobs, list) else []


def jobs_from_response(version: str, body: dict[str, Any]) -> list[Job]:
    """Every job of a ``GET /jobs`` or ``GET /job/{id}`` answer (non-objects skipped)."""
    return [from_json(version, raw) for raw in _records(body) if isinstance(raw, dict)]


def streamed(version: Callable[[], str]) -> tuple[str, Callable[[Any], Optional[Job]]]:
    """The ``each`` argument of a request whose ``jobs`` are to become records while
    the answer is parsed (without their raw dicts); :func:`streamed_jobs` collects
    them.  ``version`` is asked per record: a re-negotiation may change it."""

    def convert(raw: Any) -> Optional[Job]:
        return from_json(version(), raw, keep_raw=False) if isinstance(raw, dict) else None

    return "jobs", convert


def streamed_jobs(body: dict[str, Any]) -> list[Job]:
    """The records of an answer parsed with :func:`streamed`."""
    return [job for job in _records(body) if isinstance(job, Job)]


def parse_state_id(text: str) -> tuple[int, int, int, int]:
    """``/jobs/state`` id string -> (job_id, array_task_id, het_job_id, het_offset).

    ``array_task_id`` is NO_VAL for non-array ids (and for ``N_*``).  Raises
    SlurmError (protocol) for a string that is no job id.
    """
    try:
        return _parse_state_id(str(text).strip())
    except (TypeError, ValueError, OverflowError):
        raise SlurmError(
            f"slurmrestd sent an unreadable job id {text!r} in /jobs/state", kind="protocol"
        ) from None


def _parse_state_id(text: str) -> tuple[int, int, int, int]:
    if "+" in text:
        head, _, off = text.partition("+")
        job_id, offset = int(head), int(off)
        return job_id, NO_VAL, job_id - offset, offset
    if "_" in text:
        head, _, task = text.partition("_")
        if task.isdigit():
            return int(head), int(task), 0, 0
        return int(head), NO_VAL, 0, 0
    return int(text), NO_VAL, 0, 0


def from_state_json(version: str, raw: dict[str, Any]) -> Job:
    """One ``/jobs/state`` entry as a sparse Job (only ids and state are known).

    For an array task the array job id is unknown; ``array_job_id`` holds the record's
    own job id then (what slurmrestd prints before the ``_``).
    """
    job = Job()
    job_id, task, het, offset = parse_state_id(raw.get("job_id", "0"))
    job.job_id = job_id
    if task != NO_VAL:
        job.array_job_id = job_id
        job.array_task_id = task
    job.het_job_id = het
    job.het_job_offset = offset
    job.job_state = states.from_names(raw.get("state"))
    job.raw = raw
    job.version = version
    return job


def states_from_response(version: str, body: dict[str, Any]) -> list[Job]:
    """Every entry of a ``/jobs/state`` answer; entries without a usable id are skipped."""
    out = []
    for raw in _records(body):
        if not isinstance(raw, dict):
            continue
        try:
            out.append(from_state_json(version, raw))
        except SlurmError:
            continue
    return out
