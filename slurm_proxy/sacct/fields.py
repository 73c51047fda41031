"""sacct's columns: which value each field prints for a job or a step, and how.

Follows src/sacct/print.c and src/common/print_fields.c of the release the server
runs (differences between 22.05 and 26.05 are tested by ``ctx.rel``).  Values come
from :mod:`slurm_proxy.adapters.acct` records, which keep Slurm's C conventions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Union

from ..adapters.acct import (
    JOB_CANCELLED,
    JOB_STATE_BASE,
    TRES_CPU,
    TRES_ENERGY,
    TRES_FS_DISK,
    TRES_MEM,
    TRES_NODE,
    TRES_PAGES,
    TRES_VMEM,
    AcctJob,
    AcctStep,
    Tres,
    tres_count,
)
from ..adapters.noval import INFINITE, INFINITE16, INFINITE64, NO_VAL, NO_VAL16, NO_VAL64
from ..common import states
from . import fmt
from .fieldtab import ALIASES, TABLES

PARSABLE_ENDING = 1  # -p
PARSABLE_NO_ENDING = 2  # -P

CPU_TIME_ADJ = 1000
Record = Union[AcctJob, AcctStep]


@dataclass
class Field:
    width: int
    name: str
    routine: str
    ptype: str


def field_table(family: str) -> list[Field]:
    """A fresh copy of the release's table (``%N`` widths change these copies)."""
    rows = TABLES[ALIASES.get(family, family)]
    return [Field(w, n, r, p) for w, n, r, p in rows]


@dataclass
class Ctx:
    rel: tuple[int, int]
    env: Mapping[str, str]
    parsable: int = 0
    delimiter: Optional[str] = None
    units: int = NO_VAL
    convert_flags: int = fmt.CONVERT_NUM_UNIT_EXACT
    expand_patterns: bool = False
    now: int = 0
    uid_of: Callable[[Optional[str]], Optional[int]] = lambda name: None
    gid_of: Callable[[Optional[str]], int] = lambda name: NO_VAL
    qos_id_of: Callable[[Optional[str]], Optional[int]] = lambda name: None
    warnings: list[str] = field(default_factory=list)


# --- state / job id strings ----------------------------------------------------------------

job_state_string = states.job_state_string


_CB32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def sluid_number(sluid: Optional[str]) -> int:
    """str2sluid(): the 64-bit SLUID (26.05's job db index) from ``sXXXXXXXXXXXXX``."""
    if not sluid or len(sluid) != 14 or sluid[0] not in "sS":
        return NO_VAL64
    value = 0
    for ch in sluid[1:].upper():
        idx = _CB32.find(ch)
        if idx < 0:
            return NO_VAL64
        value = (value << 5) | idx
    return value & 0xFFFFFFFFFFFFFFFF


def _hexmask_to_ranges(mask: str) -> tuple[str, list[int]]:
    """bit_unfmt_hexmask() + bit_fmt(): "0x1E" -> "1-4"."""
    try:
        value = int(mask, 16)
    except ValueError:
        return mask, []
    bits = [i for i in range(value.bit_length()) if value >> i & 1]
    return _fmt_ranges(bits), bits


def _fmt_ranges(bits: list[int]) -> str:
    parts: list[str] = []
    i = 0
    while i < len(bits):
        j = i
        while j + 1 < len(bits) and bits[j + 1] == bits[j] + 1:
            j += 1
        parts.append(str(bits[i]) if i == j else f"{bits[i]}-{bits[j]}")
        i = j + 1
    return ",".join(parts)


def array_task_str(job: AcctJob, env: Mapping[str, str]) -> str:
    """xlate_array_task_str(): the hex mask of a pending array job, as a range."""
    raw = job.array_task_str or ""
    if len(raw) >= 3 and raw[1] == "x":
        text, bits = _hexmask_to_ranges(raw)
        if bits:
            first, last = bits[0], bits[-1]
            if last - first > 10 and len(bits) > 5 and first + 1 not in bits:
                steps = {b - a for a, b in zip(bits, bits[1:])}
                if len(steps) == 1:
                    text = f"{first}-{last}:{steps.pop()}"
                    return text + (f"%{job.array_max_tasks}" if job.array_max_tasks else "")
        try:
            bitstr_len = int(env.get("SLURM_BITSTR_LEN", "64"))
        except ValueError:
            bitstr_len = 64
        if bitstr_len < 0:
            bitstr_len = 64
        bitstr_len = min(bitstr_len, 4096)
        if bitstr_len > 0 and len(text) > bitstr_len - 1:
            text = text[: bitstr_len - 1]
        if bitstr_len > 0 and len(text) > bitstr_len - 3:
            text = text[: bitstr_len - 4] + "..."
        raw = text
    if job.array_max_tasks:
        raw += f"%{job.array_max_tasks}"
    return raw


def job_id_str(job: AcctJob, env: Mapping[str, str]) -> str:
    """slurmdb_get_job_id_str()"""
    if job.array_task_str:
        return f"{job.array_job_id}_[{array_task_str(job, env)}]"
    if job.array_task_id != NO_VAL:
        return f"{job.array_job_id}_{job.array_task_id}"
    if job.het_job_id:
        return f"{job.het_job_id}+{job.het_job_offset}"
    return str(job.jobid)


# --- helpers mirroring print.c ------------------------------------------------------------


def _job_cpus(job: AcctJob, ctx: Ctx) -> int:
    tres = job.tres_alloc
    if ctx.rel < (23, 2) and not tres:  # 22.05 falls back to the request
        tres = job.tres_req
    count = tres_count(tres, TRES_CPU)
    return 0 if count == INFINITE64 else count


def _step_cpus(step: AcctStep, ctx: Ctx) -> int:
    count = tres_count(step.tres_alloc, TRES_CPU)
    if count == INFINITE64:
        return _job_cpus(step.job, ctx)
    return count


def _usage(step: AcctStep, which: str) -> list[Tres]:
    return list(getattr(step, "usage_" + which))


def _tres_cnt(obj: Record, tres_id: int, which: str) -> int:
    if not isinstance(obj, AcctStep):
        return NO_VAL64
    count = tres_count(_usage(obj, which), tres_id)
    return NO_VAL64 if count == INFINITE64 else count


def _tres_node(obj: Record, tres_id: int, which: str) -> Optional[str]:
    if not isinstance(obj, AcctStep):
        return None
    for item in _usage(obj, which):
        if item.id == tres_id:
            return item.node
    return None


def _tres_task(obj: Record, tres_id: int, which: str) -> int:
    if not isinstance(obj, AcctStep):
        return NO_VAL
    for item in _usage(obj, which):
        if item.id == tres_id:
            return NO_VAL if item.task is None else item.task & 0xFFFFFFFF
    return NO_VAL


def _small_double(dub: Optional[float], ctx: Ctx) -> str:
    if dub is None:
        return ""
    if dub > 1:
        return fmt.convert_num_unit(dub, fmt.UNIT_MEGA, ctx.units, ctx.convert_flags)
    if dub > 0:
        return f"{dub:.2f}M"
    return "0"


def _num_none(value: int, ctx: Ctx) -> str:
    if value == NO_VAL64:
        return ""
    return fmt.convert_num_unit(float(value), fmt.UNIT_NONE, ctx.units, ctx.convert_flags)


def tres_string(
    tres: list[Tres], ctx: Ctx, *, convert: bool, bytes_flag: bool, node_task: str = ""
) -> Optional[str]:
    """slurmdb_make_tres_string_from_simple(): ``billing=1,cpu=1,mem=2000M,node=1``.

    ``node_task``: "node" prints the node holding the value, "task" its task id.
    """
    items: list[str] = []
    spec = ctx.units if convert else NO_VAL
    flags = ctx.convert_flags if convert else fmt.CONVERT_NUM_UNIT_RAW
    for item in tres:
        if item.id <= 0:
            continue
        if node_task == "node":
            if item.node is None:
                continue
            value = item.node
        elif node_task == "task":
            # slurmrestd prints task 0 for a TRES missing from the task id string;
            # the accounting plugins never put energy there
            if item.task is None or item.id == TRES_ENERGY:
                continue
            value = str(item.task)
        else:
            count = item.count
            if count == NO_VAL64:
                continue
            if count == INFINITE64:
                value = "NONE"
            elif bytes_flag:
                if item.id == TRES_CPU:
                    value = fmt.secs2time_str(count // CPU_TIME_ADJ)
                elif (item.name or "").lower() == "gpuutil":
                    value = str(count)
                else:
                    value = fmt.convert_num_unit(float(count), fmt.UNIT_NONE, spec, flags)
            elif (
                item.id == TRES_MEM
                or (item.name or "").lower() == "gpumem"
                or item.type.lower() == "bb"
            ):
                value = fmt.convert_num_unit(float(count), fmt.UNIT_MEGA, spec, flags)
            else:
                value = str(count)
        label = item.label if item.type else str(item.id)
        items.append(f"{label}={value}")
    if not items:
        return None
    return ",".join(sorted(items))


def _exit_str(code: int, ctx: Ctx, *, minus128: bool) -> str:
    if code == NO_VAL:
        return ""
    rc = sig = 0
    if code & 0x7F and (code & 0x7F) != 0x7F:  # WIFSIGNALED
        sig = code & 0x7F
    elif code & 0x7F == 0:  # WIFEXITED
        rc = (code >> 8) & 0xFF
    if minus128 and rc >= 128:
        rc -= 128
    return f"{rc}:{sig}"


def _derived_str(code: int) -> str:
    rc = sig = 0
    if code == NO_VAL:
        pass
    elif code & 0x7F and (code & 0x7F) != 0x7F:
        sig = code & 0x7F
    elif code & 0x7F == 0:
        rc = (code >> 8) & 0xFF
    return f"{rc}:{sig}"


_JOB_FLAGS = {
    "NOT_SET": 0x1,
    "STARTED_ON_SUBMIT": 0x2,
    "STARTED_ON_SCHEDULE": 0x4,
    "STARTED_ON_BACKFILL": 0x8,
    "START_RECEIVED": 0x10,
}


def _flags_str(job: AcctJob, ctx: Ctx) -> Optional[str]:
    bits = 0
    for flag in job.flags:
        bits |= _JOB_FLAGS.get(flag, 0)
    if not bits:
        return None
    out = ""
    if bits & 0x1:
        out = "SchedNotSet"
    elif bits & 0x2:
        out = "SchedSubmit"
    elif bits & 0x4:
        out = "SchedMain"
    elif bits & 0x8:
        out = "SchedBackfill"
    if bits & 0x10:
        word = "StartRecieved" if ctx.rel < (23, 2) else "StartReceived"
        out += ("," if out else "") + word
    return out or None


_CPU_FREQ = {
    0x80000001: "Low",
    0x80000002: "Medium",
    0x80000004: "Highm1",
    0x80000003: "High",
    0x88000000: "Conservative",
    0x82000000: "Performance",
    0x81000000: "PowerSave",
    0x80800000: "UserSpace",
    0x84000000: "OnDemand",
    0x80400000: "SchedUtil",
}


def _cpu_freq_str(value: int) -> str:
    if value in _CPU_FREQ:
        return _CPU_FREQ[value]
    if value & 0x80000000:  # CPU_FREQ_RANGE_FLAG; also catches NO_VAL, as in Slurm
        return "Unknown"
    return fmt.convert_num_unit2(float(value), fmt.UNIT_KILO, NO_VAL, 1000, 0)


def _planned(job: AcctJob, ctx: Ctx, cpus: bool) -> int:
    if not job.eligible or job.eligible == INFINITE:
        return 0
    if ctx.rel >= (23, 2) and not cpus and job.start == NO_VAL and job.end:
        secs = job.end - job.eligible
    elif job.start:
        secs = job.start - job.eligible
    else:
        secs = ctx.now - job.eligible
    if cpus:
        secs *= job.req_cpus
    return secs & 0xFFFFFFFFFFFFFFFF


def _expand(path: Optional[str], job: AcctJob, expanded: Optional[str]) -> Optional[str]:
    if expanded:
        return expanded
    return path


# --- the value of one field for one record -----------------------------------------------


def value_of(ptype: str, obj: Record, ctx: Ctx) -> Any:
    job: AcctJob = obj.job if isinstance(obj, AcctStep) else obj
    step: Optional[AcctStep] = obj if isinstance(obj, AcctStep) else None

    if ptype == "ALLOC_CPUS":
        return _step_cpus(step, ctx) if step else _job_cpus(job, ctx)
    if ptype in ("ALLOC_NODES", "REQ_NODES", "NNODES"):
        if step:
            n, tres = step.nnodes, step.tres_alloc
        elif ptype == "ALLOC_NODES":
            n, tres = job.alloc_nodes, job.tres_alloc
        elif ptype == "REQ_NODES":
            n, tres = 0, job.tres_req
        else:
            n, tres = job.alloc_nodes, (job.tres_alloc or job.tres_req)
        if not n and tres:
            c = tres_count(tres, TRES_NODE)
            if c != INFINITE64:
                n = c & 0xFFFFFFFF
        if ptype == "NNODES":
            return n
        flags = ctx.convert_flags
        spec = NO_VAL if ptype == "ALLOC_NODES" else ctx.units
        return fmt.convert_num_unit(float(n), fmt.UNIT_NONE, spec, flags)
    if ptype == "ACCOUNT":
        return job.account
    if ptype == "ACT_CPUFREQ":
        if not step:
            return ""
        return fmt.convert_num_unit2(
            float(step.act_cpufreq),
            fmt.UNIT_KILO,
            ctx.units,
            1000,
            ctx.convert_flags & ~fmt.CONVERT_NUM_UNIT_EXACT,
        )
    if ptype == "ADMIN_COMMENT":
        return None if step else job.admin_comment
    if ptype == "ASSOCID":
        return job.association_id
    if ptype in ("AVECPU", "MINCPU"):
        v = _tres_cnt(obj, TRES_CPU, "in_ave" if ptype == "AVECPU" else "in_min")
        return None if v == NO_VAL64 else fmt.elapsed_time(v // CPU_TIME_ADJ, 0)
    if ptype in ("AVEDISKREAD", "AVEDISKWRITE", "MAXDISKREAD", "MAXDISKWRITE"):
        which = {
            "AVEDISKREAD": "in_ave",
            "AVEDISKWRITE": "out_ave",
            "MAXDISKREAD": "in_max",
            "MAXDISKWRITE": "out_max",
        }[ptype]
        v = _tres_cnt(obj, TRES_FS_DISK, which)
        return _small_double(None if v == NO_VAL64 else v / (1 << 20), ctx)
    if ptype in ("AVEPAGES", "AVERSS", "AVEVSIZE", "MAXPAGES", "MAXRSS", "MAXVSIZE"):
        tid = {"PAGES": TRES_PAGES, "RSS": TRES_MEM, "VSIZE": TRES_VMEM}[ptype[3:]]
        v = _tres_cnt(obj, tid, "in_ave" if ptype.startswith("AVE") else "in_max")
        return _num_none(v, ctx)
    if ptype.endswith("NODE") and ptype.startswith(("MAX", "MIN")):
        kind = ptype[3:-4]
        tid = {
            "DISKREAD": TRES_FS_DISK,
            "DISKWRITE": TRES_FS_DISK,
            "PAGES": TRES_PAGES,
            "RSS": TRES_MEM,
            "VSIZE": TRES_VMEM,
            "CPU": TRES_CPU,
        }[kind]
        which = (
            "out_max"
            if kind == "DISKWRITE"
            else ("in_min" if ptype.startswith("MIN") else "in_max")
        )
        return _tres_node(obj, tid, which)
    if ptype.endswith("TASK") and ptype.startswith(("MAX", "MIN")):
        kind = ptype[3:-4]
        tid = {
            "DISKREAD": TRES_FS_DISK,
            "DISKWRITE": TRES_FS_DISK,
            "PAGES": TRES_PAGES,
            "RSS": TRES_MEM,
            "VSIZE": TRES_VMEM,
            "CPU": TRES_CPU,
        }[kind]
        which = (
            "out_max"
            if kind == "DISKWRITE"
            else ("in_min" if ptype.startswith("MIN") else "in_max")
        )
        return _tres_task(obj, tid, which)
    if ptype == "BLOCKID":
        return None
    if ptype == "CLUSTER":
        return job.cluster
    if ptype == "COMMENT":
        return None if step else job.comment
    if ptype == "CONSTRAINTS":
        return None if step else job.constraints
    if ptype == "CONTAINER":
        return step.container if step else job.container
    if ptype in ("CONSUMED_ENERGY", "CONSUMED_ENERGY_RAW"):
        if step:
            v = step.consumed_energy
        else:
            v = tres_count(job.tres_alloc, TRES_ENERGY)
            if v == INFINITE64:
                v = 0
        if ptype == "CONSUMED_ENERGY_RAW":
            return v
        if v == NO_VAL64:
            return ""
        return fmt.convert_num_unit2(
            float(v),
            fmt.UNIT_NONE,
            ctx.units,
            1000,
            ctx.convert_flags & ~fmt.CONVERT_NUM_UNIT_EXACT,
        )
    if ptype in ("CPU_TIME", "CPU_TIME_RAW"):
        if step:
            return step.elapsed * _step_cpus(step, ctx)
        return job.elapsed * _job_cpus(job, ctx)
    if ptype in ("DB_INX",):
        return sluid_number(job.sluid)
    if ptype in ("SLUID",):
        return job.sluid
    if ptype == "ORIGINAL_SLUID":
        return job.original_sluid
    if ptype == "DERIVED_EC":
        return "" if step else _derived_str(job.derived_ec)
    if ptype in ("ELAPSED", "ELAPSED_RAW"):
        return step.elapsed if step else job.elapsed
    if ptype == "ELIGIBLE":
        return step.start if step else job.eligible
    if ptype == "END":
        return step.end if step else job.end
    if ptype == "EXITCODE":
        code = step.exitcode if step else job.exitcode
        return _exit_str(code, ctx, minus128=ctx.rel < (25, 11))
    if ptype == "EXTRA":
        return None if step else job.extra
    if ptype == "FAILED_NODE":
        return None if step else job.failed_node
    if ptype == "FLAGS":
        return None if step else _flags_str(job, ctx)
    if ptype == "GID":
        return NO_VAL if step else ctx.gid_of(job.group)
    if ptype == "GROUP":
        return None if step else job.group
    if ptype == "JOBID":
        jid = job_id_str(job, ctx.env)
        return f"{jid}.{step.step_id_str}" if step else jid
    if ptype == "JOBIDRAW":
        return f"{job.jobid}.{step.step_id_str}" if step else str(job.jobid)
    if ptype == "JOBNAME":
        return step.stepname if step else job.jobname
    if ptype == "LAYOUT":
        return step.task_dist if step else None
    if ptype == "LICENSES":
        return None if step else job.licenses
    if ptype == "MCS_LABEL":
        return None if step else job.mcs_label
    if ptype == "NODELIST":
        return step.nodes if step else job.nodes
    if ptype == "NTASKS":
        return step.ntasks if step else NO_VAL
    if ptype == "PRIO":
        return NO_VAL if step else job.priority
    if ptype == "PARTITION":
        return None if step else job.partition
    if ptype == "QOS":
        return None if step else job.qos
    if ptype == "QOSRAW":
        if step:
            return NO_VAL
        qid = ctx.qos_id_of(job.qos)
        return NO_VAL if qid is None else qid
    if ptype == "QOSREQ":
        return None if step else job.qos_req
    if ptype == "REASON":
        return None if step else job.state_reason_prev
    if ptype in ("REQ_CPUFREQ_MIN", "REQ_CPUFREQ_MAX", "REQ_CPUFREQ_GOV"):
        if not step:
            return _cpu_freq_str(NO_VAL)
        if ptype == "REQ_CPUFREQ_GOV":
            return step.req_cpufreq_gov
        attr = "req_cpufreq_min" if ptype == "REQ_CPUFREQ_MIN" else "req_cpufreq_max"
        return _cpu_freq_str(getattr(step, attr))
    if ptype == "REQ_CPUS":
        return _step_cpus(step, ctx) if step else job.req_cpus
    if ptype == "REQ_MEM":
        if step:
            return ""
        v = tres_count(job.tres_req, TRES_MEM)
        if v == INFINITE64:
            if ctx.rel >= (23, 2):
                v = 0
            else:
                return ""
        return fmt.convert_num_unit(float(v), fmt.UNIT_MEGA, ctx.units, ctx.convert_flags)
    if ptype == "RESERVATION":
        return None if step else job.resv_name
    if ptype == "RESERVATION_REQ":
        return None if step else job.resv_req
    if ptype == "RESERVATION_ID":
        return NO_VAL if step or not job.resvid else job.resvid
    if ptype == "RESTART_CNT":
        return NO_VAL16 if step else job.restart_cnt
    if ptype == "SEGMENT_SIZE":
        return NO_VAL16 if step or not job.segment_size else job.segment_size
    if ptype in ("PLANNED", "RESV"):
        return NO_VAL64 if step else _planned(job, ctx, False)
    if ptype == "PLANNED_CPU":
        return NO_VAL64 if step else _planned(job, ctx, True)
    if ptype in ("PLANNED_CPU_RAW", "RESV_CPU"):
        if step:
            return NO_VAL64  # blank for both routines (22.05 prints it as uint64)
        return _planned(job, ctx, True) & 0xFFFFFFFF
    if ptype == "START":
        return step.start if step else job.start
    if ptype == "STATE":
        state = step.state if step else job.state
        requid = step.requid_user if step else job.requid_user
        name = job_state_string(state)
        if (state & JOB_STATE_BASE) == JOB_CANCELLED and requid is not None:
            uid = ctx.uid_of(requid)
            return f"{name} by {uid if uid is not None else requid}"
        return name
    if ptype in ("STDERR", "STDIN", "STDOUT"):
        key = {"STDERR": "err", "STDIN": "in", "STDOUT": "out"}[ptype]
        if step:
            if ctx.rel < (26, 5):
                return None
            return getattr(step, "std_" + key)
        raw = getattr(job, "std_" + key)
        if ctx.expand_patterns:
            return _expand(raw, job, getattr(job, f"std_{key}_expanded"))
        return raw
    if ptype == "SUBMIT":
        return step.start if step else job.submit
    if ptype == "SUBMIT_LINE":
        return step.submit_line if step else job.submit_line
    if ptype == "SUSPENDED":
        return step.suspended if step else job.suspended
    if ptype in ("SYSTEMCPU", "USERCPU", "TOTALCPU"):
        pre = {"SYSTEMCPU": "sys", "USERCPU": "user", "TOTALCPU": "tot"}[ptype]
        return fmt.elapsed_time(getattr(obj, pre + "_cpu_sec"), getattr(obj, pre + "_cpu_usec"))
    if ptype == "SYSTEM_COMMENT":
        return None if step else job.system_comment
    if ptype in ("TIMELIMIT", "TIMELIMIT_RAW"):
        raw_fmt = ptype == "TIMELIMIT_RAW"
        if step:
            if ctx.rel < (26, 5) or step.timelimit == INFINITE:
                return None
            if step.timelimit == NO_VAL:
                return "Partition_Limit"
            if step.timelimit:
                return str(step.timelimit) if raw_fmt else fmt.mins2time_str(step.timelimit)
            return None
        if job.timelimit == INFINITE:
            return "UNLIMITED"
        if job.timelimit == NO_VAL:
            return "Partition_Limit"
        if job.timelimit:
            return str(job.timelimit) if raw_fmt else fmt.mins2time_str(job.timelimit)
        return None
    if ptype == "TRESA":
        return tres_string(
            step.tres_alloc if step else job.tres_alloc, ctx, convert=True, bytes_flag=False
        )
    if ptype == "TRESR":
        return None if step else tres_string(job.tres_req, ctx, convert=True, bytes_flag=False)
    if ptype.startswith("TRESU"):
        if not step:
            return None
        direction = "in" if ptype[5] == "I" else "out"
        rest = ptype[6:]
        which = {
            "A": "ave",
            "T": "tot",
            "M": "max",
            "MN": "max",
            "MT": "max",
            "MI": "min",
            "MIN": "min",
            "MIT": "min",
        }[rest]
        tres = _usage(step, f"{direction}_{which}")
        if rest in ("MN", "MIN"):
            return tres_string(tres, ctx, convert=False, bytes_flag=False, node_task="node")
        if rest in ("MT", "MIT"):
            return tres_string(tres, ctx, convert=False, bytes_flag=False, node_task="task")
        return tres_string(tres, ctx, convert=True, bytes_flag=True)
    if ptype == "UID":
        if step:
            return NO_VAL
        uid = ctx.uid_of(job.user)
        return NO_VAL if uid is None else uid
    if ptype == "USER":
        return None if step else job.user
    if ptype == "WCKEY":
        return None if step else job.wckey
    if ptype == "WCKEYID":
        # slurmrestd prints the key, not its id; no key is id 0
        return NO_VAL if step or job.wckey else 0
    if ptype == "WORK_DIR":
        return None if step else job.work_dir
    if ptype in ("EXCLUSIVE", "OVERSUBSCRIBE"):
        return None if step else getattr(job, ptype.lower())
    return None


# --- print_fields.c -------------------------------------------------------------------------


def _sep(ctx: Ctx, last: bool) -> Optional[str]:
    """The delimiter after a parsable value, or None when not parsable."""
    if not ctx.parsable:
        return None
    if ctx.parsable == PARSABLE_NO_ENDING and last:
        return ""
    return ctx.delimiter if ctx.delimiter is not None else "|"


def _fixed(text: str, width: int) -> str:
    abs_len = abs(width)
    text = text[:abs_len]
    return (text.rjust(abs_len) if width == abs_len else text.ljust(abs_len)) + " "


def render(f: Field, value: Any, ctx: Ctx, last: bool) -> str:
    sep = _sep(ctx, last)
    abs_len = abs(f.width)
    routine = f.routine
    if routine == "str":
        if sep is not None:
            return ("" if value is None else str(value)) + sep
        if value is None:
            return _fixed(" ", f.width)
        text = str(value)
        if len(text) > abs_len:
            text = text[: abs_len - 1] + "+" if abs_len > 0 else ""
        return _fixed(text, f.width)
    if routine in ("uint", "uint32", "uint16", "uint64", "time_from_secs"):
        bits = {"uint16": 16, "uint64": 64, "time_from_secs": 64}.get(routine, 32)
        unset = {16: (NO_VAL16, INFINITE16), 32: (NO_VAL, INFINITE), 64: (NO_VAL64, INFINITE64)}[
            bits
        ]
        v = int(value) & ((1 << bits) - 1) if value is not None else unset[0]
        if v in unset:
            if sep is not None:
                return sep
            return " ".rjust(abs_len) + " " if f.width >= 0 else " ".ljust(abs_len) + " "
        text = fmt.secs2time_str(v) if routine == "time_from_secs" else str(v)
        if sep is not None:
            return text + sep
        return (text.rjust(abs_len) if f.width == abs_len else text.ljust(abs_len)) + " "
    if routine == "date":
        size = 257 if (sep is not None and ctx.rel >= (23, 2)) else abs_len + 1
        text = fmt.make_time_str(int(value or 0), size, ctx.env, ctx.warnings)
        if sep is not None:
            return text + sep
        return _fixed(text, f.width)
    if routine == "sluid":
        text = "" if value is None else str(value)
        if sep is not None:
            return text + sep
        return (text.rjust(abs_len) if f.width == abs_len else text.ljust(abs_len)) + " "
    return render(Field(f.width, f.name, "str", f.ptype), value, ctx, last)


def header_lines(fields: list[Field], ctx: Ctx) -> list[str]:
    if ctx.parsable:
        parts = []
        for i, f in enumerate(fields):
            parts.append(f.name + (_sep(ctx, i == len(fields) - 1) or ""))
        return ["".join(parts)]
    names = "".join(_fixed(f.name, f.width) for f in fields)
    dashes = "".join("-" * abs(f.width) + " " for f in fields)
    return [names, dashes]


def row(fields: list[Field], obj: Record, ctx: Ctx) -> str:
    out = []
    n = len(fields)
    for i, f in enumerate(fields):
        out.append(render(f, value_of(f.ptype, obj, ctx), ctx, i == n - 1))
    return "".join(out)
