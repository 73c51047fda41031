"""Version-neutral accounting records from ``GET /slurmdb/<v>/jobs`` and ``/job/{id}``.

One :class:`AcctJob` (with its :class:`AcctStep` list) per record slurmdbd returned,
whatever the API version (v0.0.38 .. v0.0.45).  The fields hold what Slurm's
``slurmdb_job_rec_t`` / ``slurmdb_step_rec_t`` hold, with the C conventions, so that
``sacct`` can print them the way the real one does:

- states are Slurm's ``job_state`` numbers (base state in the low byte, flags above),
  rebuilt from the names slurmrestd prints;
- exit codes are raw ``wait()`` statuses (``exit 3`` -> 768, SIGTERM -> 15), rebuilt
  from the decoded ``{status, return_code, signal}`` objects; ``NO_VAL`` when pending;
- strings slurmrestd printed as ``""`` (its rendering of a C NULL) are ``None``;
- unset numbers are ``NO_VAL``/``NO_VAL64``, infinite ones ``INFINITE``, unset times 0;
- TRES lists stay lists of :class:`Tres` (type, name, id, count, and for the step
  maxima/minima the node and task that hold them).

Shapes per version (from the recorded responses and Slurm's parsers):

- v0.0.38 (22.05, ``dbv0.0.38``): plain integers, ``null`` for NO_VAL *and* INFINITE;
  ``state.current`` and step ``state`` are strings; step ``step.id`` is ``"batch"``,
  ``"extern"`` or a number, with ``step.job_id`` and ``step.het.component`` beside it;
  ``required.memory``.  **Defect of 22.05.8**: every exit code that is a normal exit
  is dumped as ``{"status": "SUCCESS", "return_code": 0}`` (the dumper tests
  ``WIFEXITED`` first and never reads the status); only signals survive.  Such values
  are marked ``exit_lossy`` so that ``sacct`` can repair them from slurmctld.
- v0.0.39 (23.02 .. 24.05): NoVal structs, exit codes ``{status: str, return_code: int}``
  (correct), step id ``{"job_id": n, "step_id": "batch"}``; states still strings.
- v0.0.40+: states are flag lists, exit codes ``{status: [..], return_code: NoVal,
  signal: {id: NoVal, name}}``; step ``step.id`` is ``"<job>.<step>[+<het>]"``;
  ``required.memory_per_cpu``/``memory_per_node``.  v0.0.41+ job times plain integers,
  step times NoVal structs (v0.0.42+).  v0.0.43 adds ``stdout_expanded`` etc.,
  ``segment_size``; v0.0.44 ``sluid``/``original_sluid`` (26.05), ``submit_line`` on
  steps; ``qosreq``, ``restart_cnt``, ``failed_node`` come and go: every optional key
  is read with a default.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from ..common import states
from .noval import INFINITE, INFINITE64, NO_VAL, NO_VAL64, flags, number, plain, text

# --- job_state: the word of slurm.h (see slurm_proxy.common.states) -------------------
JOB_PENDING = states.JOB_PENDING
JOB_COMPLETE = states.JOB_COMPLETE
JOB_CANCELLED = states.JOB_CANCELLED
JOB_FAILED = states.JOB_FAILED
JOB_STATE_BASE = states.JOB_STATE_BASE

# --- step ids (slurm.h) ----------------------------------------------------------------
SLURM_PENDING_STEP = 0xFFFFFFFD
SLURM_EXTERN_CONT = 0xFFFFFFFC
SLURM_BATCH_SCRIPT = 0xFFFFFFFB
SLURM_INTERACTIVE_STEP = 0xFFFFFFFA
_STEP_NAMES = {
    "batch": SLURM_BATCH_SCRIPT,
    "extern": SLURM_EXTERN_CONT,
    "pending": SLURM_PENDING_STEP,
    "tbd": SLURM_PENDING_STEP,
    "interactive": SLURM_INTERACTIVE_STEP,
}

# --- TRES ids (src/common/slurmdb_defs.h) ------------------------------------------------
TRES_CPU = 1
TRES_MEM = 2
TRES_ENERGY = 3
TRES_NODE = 4
TRES_BILLING = 5
TRES_FS_DISK = 6
TRES_VMEM = 7
TRES_PAGES = 8


@dataclass
class Tres:
    """One TRES count; ``count`` keeps the C uint64 (NO_VAL64 / INFINITE64 possible)."""

    type: str
    name: Optional[str]
    id: int
    count: int
    node: Optional[str] = None
    task: Optional[int] = None

    @property
    def label(self) -> str:
        """``cpu``, ``gres/gpu``: how Slurm names a TRES in its strings."""
        return f"{self.type}/{self.name}" if self.name else self.type


@dataclass
class AcctStep:
    job: AcctJob = field(repr=False)
    step_id: int = NO_VAL
    het_comp: int = NO_VAL
    stepname: Optional[str] = None
    state: int = JOB_PENDING
    requid_user: Optional[str] = None  # None: nobody asked (requid INFINITE)
    exitcode: int = NO_VAL
    exit_lossy: bool = False
    nnodes: int = 0
    nodes: Optional[str] = None
    ntasks: int = 0
    start: int = 0
    end: int = 0
    elapsed: int = 0
    suspended: int = 0
    timelimit: int = INFINITE
    tot_cpu_sec: int = 0
    tot_cpu_usec: int = 0
    user_cpu_sec: int = 0
    user_cpu_usec: int = 0
    sys_cpu_sec: int = 0
    sys_cpu_usec: int = 0
    req_cpufreq_min: int = NO_VAL
    req_cpufreq_max: int = NO_VAL
    req_cpufreq_gov: str = "Unknown"
    task_dist: Optional[str] = None
    act_cpufreq: int = 0
    consumed_energy: int = NO_VAL64
    tres_alloc: list[Tres] = field(default_factory=list)
    # step statistics: TRES usage in (read) / out (write), max/min carry node+task
    usage_in_max: list[Tres] = field(default_factory=list)
    usage_in_min: list[Tres] = field(default_factory=list)
    usage_in_ave: list[Tres] = field(default_factory=list)
    usage_in_tot: list[Tres] = field(default_factory=list)
    usage_out_max: list[Tres] = field(default_factory=list)
    usage_out_min: list[Tres] = field(default_factory=list)
    usage_out_ave: list[Tres] = field(default_factory=list)
    usage_out_tot: list[Tres] = field(default_factory=list)
    submit_line: Optional[str] = None
    container: Optional[str] = None
    std_out: Optional[str] = None
    std_err: Optional[str] = None
    std_in: Optional[str] = None

    @property
    def step_id_str(self) -> str:
        """``batch``, ``extern``, ``0``, ``0+1`` (Slurm's log_build_step_id_str)."""
        sid = self.step_id
        names = {
            SLURM_BATCH_SCRIPT: "batch",
            SLURM_EXTERN_CONT: "extern",
            SLURM_PENDING_STEP: "TBD",
            SLURM_INTERACTIVE_STEP: "interactive",
        }
        out = names.get(sid, str(sid))
        if self.het_comp != NO_VAL:
            out += f"+{self.het_comp}"
        return out


@dataclass
class AcctJob:
    jobid: int = 0
    array_job_id: int = 0
    array_task_id: int = NO_VAL
    array_task_str: Optional[str] = None
    array_max_tasks: int = 0
    het_job_id: int = 0
    het_job_offset: int = NO_VAL
    jobname: Optional[str] = None
    user: Optional[str] = None
    group: Optional[str] = None
    account: Optional[str] = None
    partition: Optional[str] = None
    qos: Optional[str] = None
    qos_req: Optional[str] = None
    cluster: Optional[str] = None
    association_id: int = NO_VAL  # not in v0.0.38/39 records
    state: int = JOB_PENDING
    state_reason_prev: Optional[str] = None
    requid_user: Optional[str] = None
    exitcode: int = NO_VAL
    derived_ec: int = NO_VAL
    exit_lossy: bool = False
    derived_lossy: bool = False
    submit: int = 0
    eligible: int = 0
    start: int = 0
    end: int = 0
    elapsed: int = 0
    suspended: int = 0
    timelimit: int = NO_VAL
    nodes: Optional[str] = None
    alloc_nodes: int = 0
    req_cpus: int = 0
    req_mem: int = NO_VAL64  # MB; per CPU when req_mem_per_cpu
    req_mem_per_cpu: bool = False
    tres_alloc: list[Tres] = field(default_factory=list)
    tres_req: list[Tres] = field(default_factory=list)
    tot_cpu_sec: int = 0
    tot_cpu_usec: int = 0
    user_cpu_sec: int = 0
    user_cpu_usec: int = 0
    sys_cpu_sec: int = 0
    sys_cpu_usec: int = 0
    priority: int = NO_VAL
    comment: Optional[str] = None  # derived_es: the user's --comment
    admin_comment: Optional[str] = None
    system_comment: Optional[str] = None
    work_dir: Optional[str] = None
    constraints: Optional[str] = None
    container: Optional[str] = None
    flags: list[str] = field(default_factory=list)
    wckey: Optional[str] = None
    resv_name: Optional[str] = None
    resv_req: Optional[str] = None
    resvid: int = 0
    restart_cnt: int = 0
    licenses: Optional[str] = None
    extra: Optional[str] = None
    failed_node: Optional[str] = None
    mcs_label: Optional[str] = None
    used_gres: Optional[str] = None
    std_out: Optional[str] = None
    std_err: Optional[str] = None
    std_in: Optional[str] = None
    std_out_expanded: Optional[str] = None
    std_err_expanded: Optional[str] = None
    std_in_expanded: Optional[str] = None
    submit_line: Optional[str] = None
    segment_size: int = 0
    sluid: Optional[str] = None
    original_sluid: Optional[str] = None
    exclusive: Optional[str] = None
    oversubscribe: Optional[str] = None
    steps: list[AcctStep] = field(default_factory=list)
    # sacct prints the job line only when the query selected the whole job
    show_full: bool = True

    @property
    def base_state(self) -> int:
        return self.state & JOB_STATE_BASE


# --- small readers ----------------------------------------------------------------------


_PATHS: dict[str, list[str]] = {}


def _get(obj: Any, path: str, default: Any = None) -> Any:
    keys = _PATHS.get(path)
    if keys is None:  # split once per path, not once per job (hot on 10,000-job answers)
        keys = _PATHS[path] = path.split("/")
    cur = obj
    for key in keys:
        if not isinstance(cur, dict) or key not in cur:
            return default
        cur = cur[key]
    return cur


def _u32(value: Any, null: int = NO_VAL) -> int:
    """A uint32 field; v0.0.38 prints both NO_VAL and INFINITE as null (``null``)."""
    if value is None:
        return null
    return number(value, 32)


def _u64(value: Any) -> int:
    if value is None:
        return NO_VAL64
    return number(value, 64)


def _time(value: Any) -> int:
    """A time_t.  ``null`` (v0.0.38's uint32 dumper) and an unset NoVal struct
    (TIMESTAMP_NO_VAL) both stand for NO_VAL, which sacct prints as "None"."""
    if value is None:
        return NO_VAL
    if isinstance(value, dict):
        if value.get("infinite"):
            return INFINITE
        if not value.get("set", True):
            return NO_VAL
        value = value.get("number", 0)
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def state_from_json(value: Any) -> int:
    """``"COMPLETED"`` (v0.0.38/39) or ``["CANCELLED", "REQUEUED"]`` -> job_state."""
    if isinstance(value, list):
        return states.from_names([str(v) for v in value])
    return states.from_names(None if value is None else str(value))


def exit_code_from_json(value: Any) -> tuple[int, bool]:
    """A decoded exit code object (or a raw integer) -> (wait status, lossy).

    ``lossy`` is True for the 22.05 ``dbv0.0.3x`` shape, where ``SUCCESS``/``0`` is
    printed for *every* normal exit (see the module notes).
    """
    if value is None:
        return NO_VAL, False
    if isinstance(value, bool):
        return int(value), False
    if isinstance(value, int):  # /slurm v0.0.38: the raw status
        return value & 0xFFFFFFFF, False
    if isinstance(value, dict) and "set" in value and "status" not in value:
        return number(value, 32), False  # v0.0.39 /slurm: NoVal struct around the raw
    if not isinstance(value, dict):
        return NO_VAL, False
    status = value.get("status")
    statuses = (
        [str(s).upper() for s in status]
        if isinstance(status, list)
        else ([str(status).upper()] if status is not None else [])
    )
    rc_raw = value.get("return_code")
    rc = plain(rc_raw, 0) if rc_raw is not None else 0
    signal = value.get("signal")
    sig = 0
    if isinstance(signal, dict):
        sig = plain(signal.get("id", signal.get("signal_id")), 0)
    # v0.0.38/v0.0.39 shape: a plain status string; its dumper never reads the status
    lossy = isinstance(status, str) and "signal" not in value and not isinstance(rc_raw, dict)
    if "PENDING" in statuses:
        return NO_VAL, False
    if "SIGNALED" in statuses:
        return sig & 0x7F, False
    if "CORE_DUMPED" in statuses:
        return 0x80 | (sig & 0x7F), False
    if "INVALID" in statuses:
        return rc & 0xFFFFFFFF, False
    if "ERROR" in statuses or "SUCCESS" in statuses:
        return (rc & 0xFF) << 8, lossy and rc == 0 and "SUCCESS" in statuses
    return (rc & 0xFF) << 8, False


def tres_list(value: Any) -> list[Tres]:
    """A TRES list of any version (v0.0.38 ``count: null`` is NO_VAL64)."""
    out: list[Tres] = []
    if not isinstance(value, list):
        return out
    for item in value:
        if not isinstance(item, dict):
            continue
        count = item.get("count")
        if count is None:
            count_v = NO_VAL64
        else:
            count_v = number(count, 64)
        task = item.get("task")
        out.append(
            Tres(
                type=str(item.get("type") or ""),
                name=text(item.get("name")),
                id=plain(item.get("id"), 0),
                count=count_v,
                node=text(item.get("node")),
                task=None if task is None else plain(task, 0),
            )
        )
    return out


def _step_id(raw: Any) -> tuple[int, int]:
    """(step_id, het component) from every version's ``step.id`` shape."""
    het = NO_VAL
    if isinstance(raw, dict):  # v0.0.39: {"job_id": n, "step_id": "batch", ...}
        het_raw = raw.get("step_het_component", raw.get("het_component"))
        if het_raw is not None:
            het = _u32(het_raw)
        raw = raw.get("step_id")
    if isinstance(raw, bool):
        return int(raw), het
    if isinstance(raw, int):
        return raw & 0xFFFFFFFF, het
    if isinstance(raw, dict):
        return number(raw, 32), het
    s = str(raw or "")
    if "." in s:  # v0.0.40+: "15.batch", "15.0+1", "15_3.0"?
        s = s.split(".", 1)[1]
    if "+" in s:
        s, het_s = s.split("+", 1)
        try:
            het = int(het_s)
        except ValueError:
            pass
    low = s.lower()
    if low in _STEP_NAMES:
        return _STEP_NAMES[low], het
    try:
        return int(s) & 0xFFFFFFFF, het
    except ValueError:
        return NO_VAL, het


_GOVERNORS = {
    "CONSERVATIVE": "Conservative",
    "ONDEMAND": "OnDemand",
    "PERFORMANCE": "Performance",
    "POWERSAVE": "PowerSave",
    "USERSPACE": "UserSpace",
    "SCHEDUTIL": "SchedUtil",
}


def _cpufreq_gov(value: Any) -> str:
    """CPU/governor as sacct prints it (cpu_freq_to_string()).

    v0.0.40+ already print the string ("0", "Unknown", "Performance"); v0.0.38 prints
    the governor bits as a flag list, where NO_VAL sets them all (-> "Unknown").
    """
    if value is None:
        return "Unknown"
    if isinstance(value, list):
        if not value:
            return "0"
        if len(value) == 1 and str(value[0]).upper() in _GOVERNORS:
            return _GOVERNORS[str(value[0]).upper()]
        return "Unknown"
    return str(value)


def _cpufreq(value: Any) -> int:
    """statistics/CPU/actual_frequency: a C double dumped by an integer dumper.

    v0.0.40+ (UINT64) hand over the double's bits, which are turned back into the
    value here; v0.0.38 (UINT32) keeps only the low half of them, which is 0 for
    every frequency a CPU has: the value is lost there.
    """
    raw = plain(value, 0)
    if raw >= 1 << 32:
        (freq,) = struct.unpack("<d", struct.pack("<Q", raw & 0xFFFFFFFFFFFFFFFF))
        return int(freq) if freq == freq and 0 <= freq < 1 << 62 else 0
    return raw


def _lenient_user(value: Any) -> Optional[str]:
    """kill_request_user: ``null`` (22.05) or ``""`` mean requid INFINITE/unknown."""
    return text(value)


# --- records ----------------------------------------------------------------------------


def step_from_json(job: AcctJob, raw: dict[str, Any]) -> AcctStep:
    step = AcctStep(job=job)
    step.step_id, step.het_comp = _step_id(_get(raw, "step/id"))
    het = _get(raw, "step/het/component")
    if het is not None and step.het_comp == NO_VAL:
        step.het_comp = _u32(het)
    step.stepname = text(_get(raw, "step/name"))
    step.state = state_from_json(raw.get("state"))
    step.requid_user = _lenient_user(raw.get("kill_request_user"))
    step.exitcode, step.exit_lossy = exit_code_from_json(raw.get("exit_code"))
    step.nnodes = plain(_get(raw, "nodes/count"), 0)
    step.nodes = text(_get(raw, "nodes/range"))
    step.ntasks = plain(_get(raw, "tasks/count"), 0)
    step.start = _time(_get(raw, "time/start"))
    step.end = _time(_get(raw, "time/end"))
    step.elapsed = plain(_get(raw, "time/elapsed"), 0)
    step.suspended = plain(_get(raw, "time/suspended"), 0)
    step.timelimit = _u32(_get(raw, "time/limit"), INFINITE)
    step.tot_cpu_sec = plain(_get(raw, "time/total/seconds"), 0)
    step.tot_cpu_usec = plain(_get(raw, "time/total/microseconds"), 0)
    step.user_cpu_sec = plain(_get(raw, "time/user/seconds"), 0)
    step.user_cpu_usec = plain(_get(raw, "time/user/microseconds"), 0)
    step.sys_cpu_sec = plain(_get(raw, "time/system/seconds"), 0)
    step.sys_cpu_usec = plain(_get(raw, "time/system/microseconds"), 0)
    step.req_cpufreq_min = _u32(_get(raw, "CPU/requested_frequency/min"))
    step.req_cpufreq_max = _u32(_get(raw, "CPU/requested_frequency/max"))
    step.req_cpufreq_gov = _cpufreq_gov(_get(raw, "CPU/governor"))
    step.task_dist = text(_get(raw, "task/distribution"))
    step.act_cpufreq = _cpufreq(_get(raw, "statistics/CPU/actual_frequency"))
    step.consumed_energy = _u64(_get(raw, "statistics/energy/consumed"))
    step.tres_alloc = tres_list(_get(raw, "tres/allocated"))
    step.usage_in_max = tres_list(_get(raw, "tres/requested/max"))
    step.usage_in_min = tres_list(_get(raw, "tres/requested/min"))
    step.usage_in_ave = tres_list(_get(raw, "tres/requested/average"))
    step.usage_in_tot = tres_list(_get(raw, "tres/requested/total"))
    step.usage_out_max = tres_list(_get(raw, "tres/consumed/max"))
    step.usage_out_min = tres_list(_get(raw, "tres/consumed/min"))
    step.usage_out_ave = tres_list(_get(raw, "tres/consumed/average"))
    step.usage_out_tot = tres_list(_get(raw, "tres/consumed/total"))
    step.submit_line = text(raw.get("submit_line"))
    step.container = text(raw.get("container"))
    step.std_out = text(_get(raw, "step/stdout"))
    step.std_err = text(_get(raw, "step/stderr"))
    step.std_in = text(_get(raw, "step/stdin"))
    return step


def job_from_json(raw: dict[str, Any]) -> AcctJob:
    job = AcctJob()
    job.jobid = plain(raw.get("job_id"), 0)
    job.array_job_id = plain(_get(raw, "array/job_id"), 0)
    job.array_task_id = _u32(_get(raw, "array/task_id"))
    job.array_task_str = text(_get(raw, "array/task"))
    job.array_max_tasks = plain(_get(raw, "array/limits/max/running/tasks"), 0)
    job.het_job_id = plain(_get(raw, "het/job_id"), 0)
    job.het_job_offset = _u32(_get(raw, "het/job_offset"))
    # slurmdbd's fix-ups (as_mysql_jobacct_process.c): old rows keep 0 for "unset"
    if not job.array_job_id and job.array_task_id in (0, NO_VAL):
        job.array_task_id = NO_VAL
    if not job.het_job_id and job.het_job_offset in (0, NO_VAL):
        job.het_job_offset = NO_VAL
    job.jobname = text(raw.get("name"))
    user = raw.get("user")
    job.user = text(user.get("name") if isinstance(user, dict) else user)
    group = raw.get("group")
    job.group = text(group.get("name") if isinstance(group, dict) else group)
    job.account = text(raw.get("account"))
    job.partition = text(raw.get("partition"))
    qos = raw.get("qos")
    job.qos = text(qos.get("name") if isinstance(qos, dict) else qos)
    job.qos_req = text(raw.get("qosreq"))
    job.cluster = text(raw.get("cluster"))
    job.association_id = _u32(_get(raw, "association/id"))
    job.state = state_from_json(_get(raw, "state/current"))
    job.state_reason_prev = text(_get(raw, "state/reason"))
    job.requid_user = _lenient_user(raw.get("kill_request_user"))
    job.exitcode, job.exit_lossy = exit_code_from_json(raw.get("exit_code"))
    job.derived_ec, job.derived_lossy = exit_code_from_json(raw.get("derived_exit_code"))
    job.submit = _time(_get(raw, "time/submission"))
    job.eligible = _time(_get(raw, "time/eligible"))
    job.start = _time(_get(raw, "time/start"))
    job.end = _time(_get(raw, "time/end"))
    job.elapsed = plain(_get(raw, "time/elapsed"), 0)
    job.suspended = plain(_get(raw, "time/suspended"), 0)
    # v0.0.38 prints NO_VAL and INFINITE alike as null; a job without --time in a
    # partition without a limit holds INFINITE once it was scheduled, while one that
    # never ran (held, cancelled while pending) keeps NO_VAL ("Partition_Limit")
    started = job.eligible not in (0, NO_VAL) and job.start not in (0, NO_VAL)
    job.timelimit = _u32(_get(raw, "time/limit"), INFINITE if started else NO_VAL)
    job.tot_cpu_sec = plain(_get(raw, "time/total/seconds"), 0)
    job.tot_cpu_usec = plain(_get(raw, "time/total/microseconds"), 0)
    job.user_cpu_sec = plain(_get(raw, "time/user/seconds"), 0)
    job.user_cpu_usec = plain(_get(raw, "time/user/microseconds"), 0)
    job.sys_cpu_sec = plain(_get(raw, "time/system/seconds"), 0)
    job.sys_cpu_usec = plain(_get(raw, "time/system/microseconds"), 0)
    job.nodes = text(raw.get("nodes"))
    job.alloc_nodes = plain(raw.get("allocation_nodes"), 0)
    job.req_cpus = plain(_get(raw, "required/CPUs"), 0)
    per_cpu = _get(raw, "required/memory_per_cpu")
    per_node = _get(raw, "required/memory_per_node")
    if isinstance(per_cpu, dict) and per_cpu.get("set"):
        job.req_mem, job.req_mem_per_cpu = plain(per_cpu, 0), True
    elif per_node is not None:
        job.req_mem = _u64(per_node)
    elif _get(raw, "required/memory") is not None:
        job.req_mem = _u64(_get(raw, "required/memory"))
    job.tres_alloc = tres_list(_get(raw, "tres/allocated"))
    job.tres_req = tres_list(_get(raw, "tres/requested"))
    job.priority = _u32(raw.get("priority"))
    job.comment = text(_get(raw, "comment/job"))
    job.admin_comment = text(_get(raw, "comment/administrator"))
    job.system_comment = text(_get(raw, "comment/system"))
    job.work_dir = text(raw.get("working_directory"))
    job.constraints = text(raw.get("constraints"))
    job.container = text(raw.get("container"))
    job.flags = flags(raw.get("flags"))
    wckey = raw.get("wckey")
    job.wckey = text(wckey.get("wckey") if isinstance(wckey, dict) else wckey)
    resv = raw.get("reservation")
    if isinstance(resv, dict):
        name = resv.get("name")
        # dbv0.0.38 dumps the name through its uint32 dumper: 0 means none
        job.resv_name = None if isinstance(name, int) else text(name)
        job.resv_req = text(resv.get("requested"))
        job.resvid = plain(resv.get("id"), 0)
    job.restart_cnt = plain(raw.get("restart_cnt"), 0)
    job.licenses = text(raw.get("licenses"))
    job.extra = text(raw.get("extra"))
    job.failed_node = text(raw.get("failed_node"))
    job.mcs_label = text(_get(raw, "mcs/label"))
    job.used_gres = text(raw.get("used_gres"))
    job.std_out = text(raw.get("stdout"))
    job.std_err = text(raw.get("stderr"))
    job.std_in = text(raw.get("stdin"))
    job.std_out_expanded = text(raw.get("stdout_expanded"))
    job.std_err_expanded = text(raw.get("stderr_expanded"))
    job.std_in_expanded = text(raw.get("stdin_expanded"))
    job.submit_line = text(raw.get("submit_line"))
    job.segment_size = plain(raw.get("segment_size"), 0)
    job.sluid = text(raw.get("sluid"))
    job.original_sluid = text(raw.get("original_sluid"))
    job.exclusive = text(raw.get("exclusive"))
    job.oversubscribe = text(raw.get("oversubscribe"))
    steps = raw.get("steps")
    if isinstance(steps, list):
        job.steps = [step_from_json(job, s) for s in steps if isinstance(s, dict)]
    return job


def jobs_from_slurmdb(body: dict[str, Any]) -> list[AcctJob]:
    """Every job record of a ``/slurmdb/<v>/jobs`` or ``/job/{id}`` answer."""
    jobs = body.get("jobs")
    if not isinstance(jobs, list):
        return []
    return [job_from_json(j) for j in jobs if isinstance(j, dict)]


def _job_or_none(raw: Any) -> Optional[AcctJob]:
    return job_from_json(raw) if isinstance(raw, dict) else None


# the ``each`` argument of a request whose ``jobs`` become records while the answer is
# parsed (Session.request): a 10,000-job answer never exists as a tree of dicts
STREAMED: tuple[str, Callable[[Any], Optional[AcctJob]]] = ("jobs", _job_or_none)


def streamed_jobs(body: dict[str, Any]) -> list[AcctJob]:
    """The records of an answer parsed with :data:`STREAMED`."""
    jobs = body.get("jobs")
    return [j for j in jobs if isinstance(j, AcctJob)] if isinstance(jobs, list) else []


def tres_count(tres: list[Tres], tres_id: int) -> int:
    """slurmdb_find_tres_count_in_string(): INFINITE64 when the id is absent."""
    for item in tres:
        if item.id == tres_id:
            return item.count
    return INFINITE64


__all__ = [
    "AcctJob",
    "AcctStep",
    "Tres",
    "jobs_from_slurmdb",
    "STREAMED",
    "streamed_jobs",
    "job_from_json",
    "step_from_json",
    "exit_code_from_json",
    "state_from_json",
    "tres_list",
    "tres_count",
]
