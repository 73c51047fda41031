"""squeue's output fields: ``-o %X`` letters, ``-O Name`` names, headers and printers.

Each printer returns the text for one job and whether squeue truncates it to the
field width (``cut``); :func:`pad` then applies squeue's ``_print_str`` rules:

- right-justified (``.``) with a width: ``%Ns``, truncated to N only when ``cut``;
- left-justified with a width: ``%.Ns`` (always truncated) padded to N;
- width 0: the text as it is.

Widths count bytes, like printf.  A C NULL string prints ``(null)`` (glibc).
The field set and a few printers differ per release (``since``/``until``).
"""

from __future__ import annotations

import time as _systime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..adapters.jobs import CORE_SPEC_THREAD, MEM_PER_CPU, Job
from ..common import hostlist, states, timefmt

NO_VAL = 0xFFFFFFFE
INFINITE = 0xFFFFFFFF
NO_VAL16 = 0xFFFE
INFINITE16 = 0xFFFF

CONVERT_NUM_UNIT_EXACT = 0x1
CONVERT_NUM_UNIT_NO = 0x2
UNIT_NONE, UNIT_KILO, UNIT_MEGA = 0, 1, 2

Release = tuple[int, int]


@dataclass
class Ctx:
    """What printers need besides the job."""

    release: Release = (24, 11)
    env: Mapping[str, str] = field(default_factory=dict)
    now: int = 0
    convert_flags: int = CONVERT_NUM_UNIT_EXACT
    expand_patterns: bool = False
    bitstr_len_set: bool = False  # SLURM_BITSTR_LEN in the environment (or -r)


SKIP = object()  # the printer prints nothing at all (not even padding)
Printer = Callable[[Job, Ctx], "tuple[object, bool]"]


# -- printing primitives ---------------------------------------------------------------
def pad(text: Optional[str], width: int, right: bool, cut: bool) -> str:
    """squeue's ``_print_str``."""
    if text is None:
        text = "(null)"
    if width <= 0:
        return text
    if text.isascii():
        if right:
            out = text.rjust(width)
            return out[:width] if cut else out
        return text[:width].ljust(width)
    raw = text.encode("utf-8", "surrogateescape")
    if right:
        raw = raw.rjust(width)
        if cut:
            raw = raw[:width]
    else:
        raw = raw[:width].ljust(width)
    return raw.decode("utf-8", "replace")


def convert_num_unit(num: float, orig_type: int, flags: int, divisor: int = 1024) -> str:
    """convert_num_unit2() with spec_type NO_VAL."""
    if int(num) == 0:
        return "0"
    units = "\0KMGTP?"
    if flags & CONVERT_NUM_UNIT_NO:
        pass
    elif flags & CONVERT_NUM_UNIT_EXACT:
        while num >= divisor and int(num) % (divisor // 2) == 0:
            num /= divisor
            orig_type += 1
    else:
        while num >= divisor:
            num /= divisor
            orig_type += 1
    if orig_type < 0 or orig_type > 5:
        orig_type = 6
    unit = units[orig_type].replace("\0", "")
    i = int(num)
    if float(i) == num:
        return f"{i}{unit}"
    return f"{num:.2f}{unit}"


def time_used(job: Job, now: int) -> int:
    """job_time_used()."""
    state = job.job_state
    if job.start_time == 0 or states.is_pending(state):
        return 0
    if states.is_suspended(state):
        return job.pre_sus_time
    end = now if (states.is_running(state) or job.end_time == 0) else job.end_time
    if job.suspend_time:
        return (end - job.suspend_time) + job.pre_sus_time
    return end - job.start_time


def _time(t: int, ctx: Ctx) -> str:
    return timefmt.make_time_str(t, ctx.env) if t else "N/A"


def _u32(v: int) -> str:
    return str(v & 0xFFFFFFFF)


def _i32(v: int) -> str:
    v &= 0xFFFFFFFF
    return str(v - (1 << 32) if v >= 1 << 31 else v)


def _exit(v: int) -> str:
    if v & 0x7F and (v & 0x7F) != 0x7F:  # WIFSIGNALED
        return f"0:{v & 0x7F}"
    if v & 0x7F == 0:  # WIFEXITED
        return f"{(v >> 8) & 0xFF}:0"
    return "0:0"


def _na(v: Optional[str]) -> str:
    return v if v else "N/A"


def _nodes(text: Optional[str]) -> str:
    """slurm_sort_node_list_str(): a hostset's ranged string ("" for NULL)."""
    if text is None:
        return ""
    return hostlist.sort_node_list(text) or ""


def reason_text(job: Job) -> str:
    return job.state_desc if job.state_desc is not None else (job.state_reason or "None")


_PROFILE = {
    "NOT_SET": "NotSet",
    "NONE": "None",
    "ENERGY": "Energy",
    "LUSTRE": "Lustre",
    "NETWORK": "Network",
    "TASK": "Task",
}


def _profile(job: Job) -> str:
    if not job.profile:
        return "NotSet"
    names = [n.strip().upper() for n in job.profile.split(",") if n.strip()]
    if not names or "NOT_SET" in names or "NOTSET" in names:
        return "NotSet"
    if "NONE" in names:
        return "None"
    if "ALL" in names:
        names = ["ENERGY", "LUSTRE", "NETWORK", "TASK"]
    order = ["ENERGY", "LUSTRE", "NETWORK", "TASK"]
    return ",".join(_PROFILE[n] for n in order if n in names)


def _share(job: Job, release: Release) -> str:
    if release >= (25, 11):  # job_oversubscribe_string()
        return "YES" if job.shared == 1 else "NO"
    return {0: "NO", 1: "YES", 2: "USER", 3: "MCS", 5: "TOPO"}.get(job.shared, "OK")


def _sct_part(v: int, ctx: Ctx) -> str:
    return "*" if v == NO_VAL16 else convert_num_unit(float(v), UNIT_NONE, ctx.convert_flags)


def _std_out(job: Job, ctx: Ctx) -> Optional[str]:
    if ctx.release < (23, 2):
        if job.std_out:
            return job.std_out
        return f"{job.work_dir}/slurm-{job.job_id}.out"
    path = job.std_out
    if path is None and job.batch_flag and ctx.release < (25, 11):
        path = (
            f"{job.work_dir}/slurm-%A_%a.out"
            if job.array_job_id
            else f"{job.work_dir}/slurm-%j.out"
        )
    if ctx.expand_patterns:
        return job.std_out_expanded or path
    return path


def _std_err(job: Job, ctx: Ctx) -> Optional[str]:
    if ctx.release < (23, 2):
        if not job.batch_flag:
            return "N/A"
        if job.std_err:
            return job.std_err
        if job.std_out:
            return job.std_out
        return f"{job.work_dir}/slurm-{job.job_id}.out"
    if ctx.expand_patterns:
        return job.std_err_expanded or job.std_err
    return job.std_err


def _std_in(job: Job, ctx: Ctx) -> Optional[str]:
    if ctx.expand_patterns and ctx.release >= (23, 2):
        return job.std_in_expanded or job.std_in
    return job.std_in


def _job_id(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.array_task_str:
        return f"{job.array_job_id}_[{job.array_task_str}]", not ctx.bitstr_len_set
    if job.array_task_id != NO_VAL:
        return f"{job.array_job_id}_{job.array_task_id}", True
    if job.het_job_id:
        return f"{job.het_job_id}+{job.het_job_offset}", True
    return str(job.job_id), True


def _reason_list(job: Job, ctx: Ctx) -> tuple[object, bool]:
    st = job.job_state
    b = states.base(st)
    if not states.is_completing(st) and (
        b == states.JOB_PENDING
        or states.is_stage_out(st)
        or b in (states.JOB_TIMEOUT, states.JOB_OOM, states.JOB_DEADLINE, states.JOB_FAILED)
    ):
        return f"({reason_text(job)})", True
    return _nodes(job.nodes), False


def _time_left(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.time_limit == INFINITE:
        return "UNLIMITED", True
    if job.time_limit == NO_VAL:
        return "NOT_SET", True
    return timefmt.elapsed(job.time_limit * 60 - time_used(job, ctx.now)), False


def _time_limit(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.time_limit == INFINITE:
        return "UNLIMITED", True
    if job.time_limit == NO_VAL:
        return "NOT_SET", True
    return timefmt.elapsed(job.time_limit * 60), False


def _end_time(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.time_limit == INFINITE and job.end_time > ctx.now:
        return "NONE", True
    return _time(job.end_time, ctx), True


def _pending_time(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.start_time and job.start_time < ctx.now:
        return str(job.start_time - job.submit_time), True
    return str(ctx.now - job.submit_time), True


def _priority(job: Job, ctx: Ctx) -> tuple[object, bool]:
    return "%16.14f" % (float(job.priority) / float(0xFFFFFFFF)), True


def _core_spec(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.core_spec == NO_VAL16:
        return "N/A", True
    if job.core_spec & CORE_SPEC_THREAD:
        return f"{job.core_spec & ~CORE_SPEC_THREAD} Threads", True
    return str(job.core_spec), True


def _ntasks(v: int) -> tuple[object, bool]:
    return ("N/A" if v in (NO_VAL16, INFINITE16) else str(v)), True


def _derived(v: int, ctx: Ctx) -> tuple[object, bool]:
    if ctx.release < (23, 2):
        return _i32(v), True
    if v == NO_VAL:
        return SKIP, True
    return _exit(v), True


def _sibs_raw(text: Optional[str]) -> str:
    return text or "NA"


def _group_name(job: Job, ctx: Ctx) -> tuple[object, bool]:
    if job.group_name:
        return job.group_name, True
    return (str(job.group_id) if ctx.release < (23, 2) else "nobody"), True


def _max_or(v: int, other: int) -> tuple[object, bool]:
    return _i32(v if v != 0 else other), True


def _str(attr: str) -> Printer:
    def fn(job: Job, ctx: Ctx) -> tuple[object, bool]:
        return getattr(job, attr), True

    return fn


def _na_str(attr: str) -> Printer:
    def fn(job: Job, ctx: Ctx) -> tuple[object, bool]:
        return _na(getattr(job, attr)), True

    return fn


def _int(attr: str) -> Printer:
    def fn(job: Job, ctx: Ctx) -> tuple[object, bool]:
        return _i32(getattr(job, attr)), True

    return fn


def _uint(attr: str) -> Printer:
    def fn(job: Job, ctx: Ctx) -> tuple[object, bool]:
        return _u32(getattr(job, attr)), True

    return fn


def _tm(attr: str) -> Printer:
    def fn(job: Job, ctx: Ctx) -> tuple[object, bool]:
        return _time(getattr(job, attr), ctx), True

    return fn


def _secs(attr: str, mult: int = 1, cut: bool = True) -> Printer:
    def fn(job: Job, ctx: Ctx) -> tuple[object, bool]:
        return timefmt.elapsed(getattr(job, attr) * mult), cut

    return fn


@dataclass(frozen=True)
class Field:
    name: Optional[str]  # -O name (None: only a letter)
    letter: str  # -o letter ("" when none)
    header: str
    fn: Printer
    hidden: bool = False
    since: Release = (0, 0)
    until: Release = (99, 0)  # first release without it
    header_cut: bool = True
    name_since: Release = (0, 0)  # -O name known only from this release


def _f(name: Optional[str], letter: str, header: str, fn: Printer, **kw: object) -> Field:
    return Field(name, letter, header, fn, **kw)  # type: ignore[arg-type]


# Order matters: -O names are matched first to last (case-insensitively), and
# --helpformat/--helpFormat list them in this order (opts.c fmt_data_job[]).
JOB_FIELDS: tuple[Field, ...] = (
    _f("Account", "a", "ACCOUNT", _str("account")),
    _f("AccrueTime", "", "ACCRUE_TIME", _tm("accrue_time")),
    _f("admin_comment", "", "ADMIN_COMMENT", _str("admin_comment")),
    _f("AllocNodes", "", "ALLOC_NODES", _str("alloc_node")),
    _f("AllocSID", "", "ALLOC_SID", lambda j, c: ("0", True)),
    _f(
        "ArrayJobId",
        "F",
        "ARRAY_JOB_ID",
        lambda j, c: (_u32(j.array_job_id if j.is_array else j.job_id), True),
    ),
    _f(
        "ArrayTaskId",
        "K",
        "ARRAY_TASK_ID",
        lambda j, c: (
            j.array_task_str
            if j.array_task_str
            else (_u32(j.array_task_id) if j.array_task_id != NO_VAL else "N/A"),
            True,
        ),
    ),
    _f("AssocId", "", "ASSOC_ID", _int("assoc_id")),
    _f("BatchFlag", "", "BATCH_FLAG", _int("batch_flag")),
    _f(
        "BatchHost",
        "B",
        "EXEC_HOST",
        lambda j, c: ((j.batch_host if j.batch_flag else j.alloc_node) or "n/a", True),
    ),
    _f(
        "BoardsPerNode",
        "",
        "BOARDS_PER_NODE",
        lambda j, c: ("N/A" if j.boards_per_node == NO_VAL16 else str(j.boards_per_node), True),
    ),
    _f("BurstBuffer", "", "BURST_BUFFER", _str("burst_buffer")),
    _f("BurstBufferState", "", "BURST_BUFFER_STATE", _str("burst_buffer_state")),
    _f("Cluster", "", "CLUSTER", _str("cluster")),
    _f("ClusterFeature", "", "CLUSTER_FEATURES", _str("cluster_features")),
    _f("Command", "o", "COMMAND", _str("command")),
    _f("Comment", "k", "COMMENT", _str("comment")),
    _f("Container", "", "CONTAINER", _str("container")),
    _f("ContainerId", "", "CONTAINERID", _str("container_id"), since=(24, 5)),
    _f("ContainerType", "", "CONTAINERTYPE", _str("container_type"), since=(26, 5)),
    _f("Contiguous", "O", "CONTIGUOUS", _int("contiguous")),
    _f("Cores", "I", "CORES_PER_SOCKET", lambda j, c: (_sct_part(j.cores_per_socket, c), True)),
    _f("CoreSpec", "X", "CORE_SPEC", _core_spec),
    _f(
        "CPUsPerTask",
        "",
        "CPUS_PER_TASK",
        lambda j, c: ("N/A" if j.cpus_per_task == NO_VAL16 else str(j.cpus_per_task), True),
    ),
    _f(
        "cpus-per-task",
        "",
        "CPUS_PER_TASK",
        lambda j, c: ("N/A" if j.cpus_per_task == NO_VAL16 else str(j.cpus_per_task), True),
    ),
    _f("cpus-per-tres", "", "CPUS_PER_TRES", _na_str("cpus_per_tres")),
    _f("CronJob", "", "CRON_JOB", lambda j, c: ("Yes" if j.cron else "No", True), since=(25, 5)),
    _f("Deadline", "", "DEADLINE", _tm("deadline")),
    _f("DelayBoot", "", "DELAY_BOOT", _secs("delay_boot")),
    _f("Dependency", "E", "DEPENDENCY", _str("dependency")),
    _f("DerivedEC", "", "DERIVED_EC", lambda j, c: _derived(j.derived_ec, c)),
    _f("EligibleTime", "", "ELIGIBLE_TIME", _tm("eligible_time")),
    _f("EndTime", "e", "END_TIME", _end_time),
    _f("ExcNodes", "x", "EXC_NODES", lambda j, c: (_nodes(j.exc_nodes), False), name_since=(24, 5)),
    _f(
        "Exclusive",
        "",
        "EXCLUSIVE",
        lambda j, c: ({0: "NO", 1: "NODE", 2: "USER", 3: "MCS"}.get(j.shared, "NO"), True),
        since=(26, 5),
    ),
    _f("exit_code", "", "EXIT_CODE", lambda j, c: _derived(j.exit_code, c)),
    _f("Feature", "f", "FEATURES", _str("features")),
    _f("Gres", "b", "TRES_PER_NODE", _na_str("tres_per_node"), hidden=True),
    _f("GroupId", "G", "GROUP", _uint("group_id")),
    _f("GroupName", "g", "GROUP", _group_name),
    _f(
        "HetJobId",
        "",
        "HET_JOB_ID",
        lambda j, c: (_u32(j.het_job_id) if j.het_job_id else "N/A", True),
    ),
    _f(
        "HetJobIdSet",
        "",
        "HET_JOB_ID_SET",
        lambda j, c: (j.het_job_id_set if j.het_job_id else "N/A", True),
    ),
    _f(
        "HetJobOffset",
        "",
        "HET_JOB_OFFSET",
        lambda j, c: (_u32(j.het_job_offset) if j.het_job_id else "N/A", True),
    ),
    _f("JobArrayId", "i", "JOBID", _job_id),
    _f("JobId", "A", "JOBID", _uint("job_id")),
    _f("LastSchedEval", "", "LAST_SCHED_EVAL", _tm("last_sched_eval")),
    _f("Licenses", "W", "LICENSES", _str("licenses")),
    _f("LicensesAlloc", "", "LICENSES_ALLOC", _str("licenses_allocated"), since=(25, 5)),
    _f("MaxCPUs", "", "MAX_CPUS", lambda j, c: _max_or(j.max_cpus, j.num_cpus)),
    _f("MaxNodes", "", "MAX_NODES", lambda j, c: _max_or(j.max_nodes, j.num_nodes)),
    _f("mem-per-tres", "", "MEM_PER_TRES", _na_str("mem_per_tres")),
    _f("MCSLabel", "", "MCSLABEL", _str("mcs_label")),
    _f(
        "MinCPUs",
        "c",
        "MIN_CPUS",
        lambda j, c: (convert_num_unit(float(j.pn_min_cpus), UNIT_NONE, c.convert_flags), True),
    ),
    _f(
        "MinMemory",
        "m",
        "MIN_MEMORY",
        lambda j, c: (
            convert_num_unit(float(j.pn_min_memory & ~MEM_PER_CPU), UNIT_MEGA, c.convert_flags),
            True,
        ),
    ),
    _f("MinTime", "", "TIME_MIN", _secs("time_min", 60)),
    _f(
        "MinTmpDisk",
        "d",
        "MIN_TMP_DISK",
        lambda j, c: (convert_num_unit(float(j.pn_min_tmp_disk), UNIT_MEGA, c.convert_flags), True),
    ),
    _f("Name", "j", "NAME", _str("name")),
    _f("Network", "", "NETWORK", _str("network")),
    _f("Nice", "y", "NICE", lambda j, c: (str(j.nice), True)),
    _f("NodeList", "N", "NODELIST", lambda j, c: (_nodes(j.nodes), False), header_cut=False),
    _f("NTPerCore", "", "NTASKS_PER_CORE", lambda j, c: _ntasks(j.ntasks_per_core)),
    _f("NTPerNode", "", "NTASKS_PER_NODE", lambda j, c: _ntasks(j.ntasks_per_node)),
    _f("NTPerSocket", "", "NTASKS_PER_SOCKET", lambda j, c: _ntasks(j.ntasks_per_socket)),
    _f("NTPerBoard", "", "NTASKS_PER_BOARD", lambda j, c: _ntasks(j.ntasks_per_board)),
    _f("NumCPUs", "C", "CPUS", _uint("num_cpus")),
    _f("NumNodes", "D", "NODES", _int("num_nodes")),
    _f("NumTasks", "", "TASKS", _uint("num_tasks")),
    _f("Origin", "", "ORIGIN", lambda j, c: (j.fed_origin or "NA", True)),
    _f(
        "OriginRaw",
        "",
        "ORIGIN_RAW",
        lambda j, c: (str(j.job_id >> 26) if j.job_id >> 26 else "NA", True),
    ),
    _f("OverSubscribe", "h", "OVER_SUBSCRIBE", lambda j, c: (_share(j, c.release), True)),
    _f(
        "PackJobId",
        "",
        "HET_JOB_ID",
        lambda j, c: (_u32(j.het_job_id) if j.het_job_id else "N/A", True),
        hidden=True,
    ),
    _f(
        "PackJobIdSet",
        "",
        "HET_JOB_ID_SET",
        lambda j, c: (j.het_job_id_set if j.het_job_id else "N/A", True),
        hidden=True,
    ),
    _f(
        "PackJobOffset",
        "",
        "HET_JOB_OFFSET",
        lambda j, c: (_u32(j.het_job_offset) if j.het_job_id else "N/A", True),
        hidden=True,
    ),
    _f("Partition", "P", "PARTITION", _str("partition")),
    _f("PendingTime", "", "PENDING_TIME", _pending_time),
    _f(
        "PreemptTime",
        "",
        "PREEMPT_TIME",
        lambda j, c: (
            "UNLIMITED"
            if j.preempt_time == INFINITE
            else "NOT_SET"
            if j.preempt_time == NO_VAL
            else _time(j.preempt_time, c),
            True,
        ),
    ),
    _f("Prefer", "", "PREFER", _str("prefer")),
    _f("Priority", "p", "PRIORITY", _priority),
    _f("PriorityLong", "Q", "PRIORITY", _uint("priority")),
    _f("Profile", "", "PROFILE", lambda j, c: (_profile(j), True)),
    _f("QOS", "q", "QOS", _str("qos")),
    _f("Reason", "r", "REASON", lambda j, c: (reason_text(j), True)),
    _f("ReasonList", "R", "NODELIST(REASON)", _reason_list, header_cut=False),
    _f("Reboot", "", "REBOOT", _int("reboot")),
    _f("ReqNodes", "n", "REQ_NODES", lambda j, c: (_nodes(j.req_nodes), False)),
    _f("ReqSwitch", "", "REQ_SWITCH", _int("req_switch")),
    _f("Requeue", "", "REQUEUE", _int("requeue")),
    _f("Reservation", "v", "RESERVATION", _str("resv_name")),
    _f(
        "ResizeTime",
        "",
        "RESIZE_TIME",
        lambda j, c: (
            (timefmt.elapsed(j.resize_time * 60), True) if j.resize_time else ("N/A", False)
        ),
    ),
    _f("RestartCnt", "", "RESTART_COUNT", _int("restart_cnt")),
    _f("SchedNodes", "Y", "SCHEDNODES", lambda j, c: (j.sched_nodes, False), header_cut=False),
    _f(
        "SCT",
        "z",
        "S:C:T",
        lambda j, c: (
            f"{_sct_part(j.sockets_per_node, c)}:{_sct_part(j.cores_per_socket, c)}"
            f":{_sct_part(j.threads_per_core, c)}",
            True,
        ),
    ),
    _f(
        "SegmentSize",
        "",
        "SEGMENT_SIZE",
        lambda j, c: (_i32(j.segment_size) if j.segment_size else "N/A", True),
        since=(25, 5),
    ),
    _f(
        "SiblingsActive",
        "",
        "ACTIVE_SIBLINGS",
        lambda j, c: (_sibs_raw(j.fed_siblings_active), True),
    ),
    _f("SiblingsActiveRaw", "", "ACTIVE_SIBLINGS_RAW", lambda j, c: ("NA", True)),
    _f(
        "SiblingsViable",
        "",
        "VIABLE_SIBLINGS",
        lambda j, c: (_sibs_raw(j.fed_siblings_viable), True),
    ),
    _f("SiblingsViableRaw", "", "VIALBLE_SIBLINGS_RAW", lambda j, c: ("NA", True)),
    _f("Shared", "h", "OVER_SUBSCRIBE", lambda j, c: (_share(j, c.release), True), hidden=True),
    _f("SLUID", "s", "SLUID", _str("sluid"), since=(25, 11)),
    _f("Sockets", "H", "SOCKETS_PER_NODE", lambda j, c: (_sct_part(j.sockets_per_node, c), True)),
    _f("SPerBoard", "", "SOCKETS_PER_BOARD", _int("sockets_per_board")),
    _f("StartTime", "S", "START_TIME", _tm("start_time")),
    _f("State", "T", "STATE", lambda j, c: (states.job_state_string(j.job_state), True)),
    _f(
        "StateCompact", "t", "ST", lambda j, c: (states.job_state_string_compact(j.job_state), True)
    ),
    _f("StdErr", "", "STDERR", lambda j, c: (_std_err(j, c), True)),
    _f("StdIn", "", "STDIN", lambda j, c: (_std_in(j, c), True)),
    _f("StdOut", "", "STDOUT", lambda j, c: (_std_out(j, c), True)),
    _f("SubmitTime", "V", "SUBMIT_TIME", _tm("submit_time")),
    _f("system_comment", "", "SYSTEM_COMMENT", _str("system_comment")),
    _f("Threads", "J", "THREADS_PER_CORE", lambda j, c: (_sct_part(j.threads_per_core, c), True)),
    _f("TimeLeft", "L", "TIME_LEFT", _time_left),
    _f("TimeLimit", "l", "TIME_LIMIT", _time_limit),
    _f("TimeUsed", "M", "TIME", lambda j, c: (timefmt.elapsed(time_used(j, c.now)), False)),
    _f(
        "Tres",
        "",
        "TRES_ALLOC",
        lambda j, c: (j.tres_alloc_str or j.tres_req_str or "N/A", True),
        hidden=True,
    ),
    _f(
        "tres-alloc",
        "",
        "TRES_ALLOC",
        lambda j, c: (j.tres_alloc_str or j.tres_req_str or "N/A", True),
    ),
    _f("tres-bind", "", "TRES_BIND", _na_str("tres_bind")),
    _f("tres-freq", "", "TRES_FREQ", _na_str("tres_freq")),
    _f("tres-per-job", "", "TRES_PER_JOB", _na_str("tres_per_job")),
    _f("tres-per-node", "", "TRES_PER_NODE", _na_str("tres_per_node"), hidden=True),
    _f("tres-per-socket", "", "TRES_PER_SOCKET", _na_str("tres_per_socket")),
    _f("tres-per-task", "", "TRES_PER_TASK", _na_str("tres_per_task")),
    _f("UserId", "U", "UID", _uint("user_id")),
    _f("UserName", "u", "USER", lambda j, c: (j.user_name or "nobody", True)),
    _f("Wait4Switch", "", "WAIT4SWITCH", _secs("wait4switch")),
    _f("WCKey", "w", "WCKEY", _str("wckey")),
    _f("WorkDir", "Z", "WORK_DIR", _str("work_dir")),
    # 22.05 only: %s / selectjobinfo (select/cons_tres prints nothing)
    _f("selectjobinfo", "s", "", lambda j, c: ("", True), until=(24, 5)),
)


def available(fieldspec: Field, release: Release) -> bool:
    return fieldspec.since <= release < fieldspec.until


def by_letter(letter: str, release: Release) -> Optional[Field]:
    """The field of an ``-o %X`` letter in that release, or None."""
    for f in JOB_FIELDS:
        if f.letter == letter and not f.hidden and available(f, release):
            return f
    for f in JOB_FIELDS:  # hidden letters (%b, %h) still work
        if f.letter == letter and available(f, release):
            return f
    return None


def by_name(name: str, release: Release) -> Optional[Field]:
    """The field of an ``-O Name`` in that release (case-insensitive), or None."""
    low = name.lower()
    if release < (24, 5) and low.startswith("numtask"):  # 22.05 matched a prefix
        low = "numtasks"
    for f in JOB_FIELDS:
        if (
            f.name is not None
            and f.name.lower() == low
            and available(f, release)
            and release >= f.name_since
        ):
            return f
    return None


@dataclass
class Column:
    """One parsed format element: a field (or None for a prefix/invalid token)."""

    fieldspec: Optional[Field]
    width: int = 0
    right: bool = False
    suffix: Optional[str] = None


def render_header(columns: list[Column]) -> str:
    out = []
    for col in columns:
        f = col.fieldspec
        if f is not None:
            out.append(pad(f.header, col.width, col.right, f.header_cut))
        if col.suffix:
            out.append(col.suffix)
    return "".join(out)


def render_job(job: Job, columns: list[Column], ctx: Ctx) -> str:
    out = []
    for col in columns:
        f = col.fieldspec
        if f is not None:
            text, cut = f.fn(job, ctx)
            if text is not SKIP:
                out.append(pad(text, col.width, col.right, cut))  # type: ignore[arg-type]
        if col.suffix:
            out.append(col.suffix)
    return "".join(out)


def now() -> int:
    return int(_systime.time())
