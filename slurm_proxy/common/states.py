"""Slurm job states: the numeric ``job_state`` word, its names, and how commands print it.

A job state is one base state (low byte) plus flag bits, exactly as ``slurm.h`` lays
it out (the values are identical from 22.05 to 26.05; 24.11 dropped UPDATE_DB and
26.05 added EXPEDITING and GETENV_FAILED).  Keeping the C word lets the commands
reproduce Slurm's tests (``IS_JOB_PENDING`` ...) and the precedence of its printers:

- ``job_state_string`` / ``job_state_string_compact`` (squeue ``%T`` / ``%t``): the
  first flag found in a fixed order wins over the base state (COMPLETING > STAGE_OUT >
  CONFIGURING > [EXPEDITING] > RESIZING > REQUEUED > REQUEUE_FED > REQUEUE_HOLD >
  SPECIAL_EXIT > STOPPED > REVOKED > RESV_DEL_HOLD > SIGNALING), so a completing job
  reads ``CG`` whatever its base state;
- ``job_state_string_complete`` (scontrol's ``JobState=BASE,FLAG,...``).

slurmrestd spells states as names: a list of upper-case names (base first, then flags)
from v0.0.40 on, and one ``job_state_string`` word in v0.0.38/39.  :func:`from_names`
rebuilds the word from either.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Optional, Union

JOB_PENDING = 0
JOB_RUNNING = 1
JOB_SUSPENDED = 2
JOB_COMPLETE = 3
JOB_CANCELLED = 4
JOB_FAILED = 5
JOB_TIMEOUT = 6
JOB_NODE_FAIL = 7
JOB_PREEMPTED = 8
JOB_BOOT_FAIL = 9
JOB_DEADLINE = 10
JOB_OOM = 11
JOB_END = 12

JOB_STATE_BASE = 0x000000FF
JOB_STATE_FLAGS = 0xFFFFFF00

JOB_LAUNCH_FAILED = 1 << 8
JOB_UPDATE_DB = 1 << 9  # until 24.05; 26.05 reuses the bit as GETENV_FAILED
JOB_GETENV_FAILED = 1 << 9
JOB_REQUEUE = 1 << 10
JOB_REQUEUE_HOLD = 1 << 11
JOB_SPECIAL_EXIT = 1 << 12
JOB_RESIZING = 1 << 13
JOB_CONFIGURING = 1 << 14
JOB_COMPLETING = 1 << 15
JOB_STOPPED = 1 << 16
JOB_RECONFIG_FAIL = 1 << 17
JOB_POWER_UP_NODE = 1 << 18
JOB_REVOKED = 1 << 19
JOB_REQUEUE_FED = 1 << 20
JOB_RESV_DEL_HOLD = 1 << 21
JOB_SIGNALING = 1 << 22
JOB_STAGE_OUT = 1 << 23
JOB_EXPEDITING = 1 << 24  # 26.05+

BASE_NAMES = (
    "PENDING",
    "RUNNING",
    "SUSPENDED",
    "COMPLETED",
    "CANCELLED",
    "FAILED",
    "TIMEOUT",
    "NODE_FAIL",
    "PREEMPTED",
    "BOOT_FAIL",
    "DEADLINE",
    "OUT_OF_MEMORY",
)
BASE_COMPACT = ("PD", "R", "S", "CD", "CA", "F", "TO", "NF", "PR", "BF", "DL", "OOM")

# flag precedence of job_state_string(); EXPEDITING has no compact form (it falls
# through to the base state in job_state_string_compact)
_FLAG_ORDER: tuple[tuple[int, str, Optional[str]], ...] = (
    (JOB_COMPLETING, "COMPLETING", "CG"),
    (JOB_STAGE_OUT, "STAGE_OUT", "SO"),
    (JOB_CONFIGURING, "CONFIGURING", "CF"),
    (JOB_EXPEDITING, "EXPEDITING", None),
    (JOB_RESIZING, "RESIZING", "RS"),
    (JOB_REQUEUE, "REQUEUED", "RQ"),
    (JOB_REQUEUE_FED, "REQUEUE_FED", "RF"),
    (JOB_REQUEUE_HOLD, "REQUEUE_HOLD", "RH"),
    (JOB_SPECIAL_EXIT, "SPECIAL_EXIT", "SE"),
    (JOB_STOPPED, "STOPPED", "ST"),
    (JOB_REVOKED, "REVOKED", "RV"),
    (JOB_RESV_DEL_HOLD, "RESV_DEL_HOLD", "RD"),
    (JOB_SIGNALING, "SIGNALING", "SI"),
)

# every flag name slurmrestd may print, to its bit
FLAG_BITS: dict[str, int] = {name: bit for bit, name, _ in _FLAG_ORDER}
FLAG_BITS.update(
    {
        "LAUNCH_FAILED": JOB_LAUNCH_FAILED,
        "UPDATE_DB": JOB_UPDATE_DB,
        "GETENV_FAILED": JOB_GETENV_FAILED,
        "RECONFIG_FAIL": JOB_RECONFIG_FAIL,
        "POWER_UP_NODE": JOB_POWER_UP_NODE,
        "REQUEUE": JOB_REQUEUE,
    }
)
BASE_BITS: dict[str, int] = {name: i for i, name in enumerate(BASE_NAMES)}
BASE_BITS["COMPLETE"] = JOB_COMPLETE
BASE_BITS["OOM"] = JOB_OOM

Release = tuple[int, int]


def base(state: int) -> int:
    return state & JOB_STATE_BASE


def is_pending(state: int) -> bool:
    return base(state) == JOB_PENDING


def is_running(state: int) -> bool:
    return base(state) == JOB_RUNNING


def is_suspended(state: int) -> bool:
    return base(state) == JOB_SUSPENDED


def is_completed(state: int) -> bool:
    """IS_JOB_COMPLETED: a finished base state, completing or not."""
    return base(state) > JOB_SUSPENDED


def is_finished(state: int) -> bool:
    """IS_JOB_FINISHED: finished and not completing."""
    return base(state) > JOB_SUSPENDED and not state & JOB_COMPLETING


def is_completing(state: int) -> bool:
    return bool(state & JOB_COMPLETING)


def is_stage_out(state: int) -> bool:
    return bool(state & JOB_STAGE_OUT)


def job_state_string(state: int) -> str:
    for bit, name, _ in _FLAG_ORDER:
        if state & bit:
            return name
    b = base(state)
    return BASE_NAMES[b] if b < JOB_END else "?"


def job_state_string_compact(state: int) -> str:
    for bit, _, compact in _FLAG_ORDER:
        if compact is not None and state & bit:
            return compact
    b = base(state)
    return BASE_COMPACT[b] if b < JOB_END else "?"


def job_state_string_complete(state: int, release: Release = (99, 0)) -> str:
    """``BASE[,FLAG...]`` as ``scontrol show job`` prints ``JobState``."""
    b = base(state)
    parts = [BASE_NAMES[b] if b < JOB_END else "?"]
    order = [
        (JOB_LAUNCH_FAILED, "LAUNCH_FAILED"),
        (JOB_UPDATE_DB, "UPDATE_DB" if release < (24, 11) else ""),
        (JOB_COMPLETING, "COMPLETING"),
        (JOB_CONFIGURING, "CONFIGURING"),
        (JOB_POWER_UP_NODE, "POWER_UP_NODE"),
        (JOB_RECONFIG_FAIL, "RECONFIG_FAIL"),
        (JOB_RESIZING, "RESIZING"),
        (JOB_REQUEUE, "REQUEUED"),
        (JOB_REQUEUE_FED, "REQUEUE_FED"),
        (JOB_REQUEUE_HOLD, "REQUEUE_HOLD"),
        (JOB_SPECIAL_EXIT, "SPECIAL_EXIT"),
        (JOB_STOPPED, "STOPPED"),
        (JOB_REVOKED, "REVOKED"),
        (JOB_RESV_DEL_HOLD, "RESV_DEL_HOLD"),
        (JOB_SIGNALING, "SIGNALING"),
        (JOB_STAGE_OUT, "STAGE_OUT"),
        (JOB_EXPEDITING, "EXPEDITING"),
    ]
    for bit, name in order:
        if name and state & bit:
            parts.append(name)
    return ",".join(parts)


def from_names(names: Union[str, Iterable[str], None]) -> int:
    """The state word from slurmrestd's spelling (a list of names, or one word).

    A single v0.0.38/39 word that is a flag name (``COMPLETING``...) carries no base
    state; COMPLETED is assumed then (the printers only show the flag).
    """
    if isinstance(names, str):
        names = [names]
    elif not isinstance(names, (list, tuple)):
        return JOB_PENDING
    state = 0
    have_base = False
    for raw in names:
        name = str(raw).upper()
        if name in BASE_BITS:
            if not have_base:
                state |= BASE_BITS[name]
                have_base = True
        elif name in FLAG_BITS:
            state |= FLAG_BITS[name]
    if not have_base and state & (JOB_COMPLETING | JOB_STAGE_OUT):
        state |= JOB_COMPLETE
    return state


def _num_candidates(release: Release) -> list[int]:
    flags = [JOB_COMPLETING, JOB_CONFIGURING]
    if release >= (26, 5):
        flags.append(JOB_EXPEDITING)
    flags += [
        JOB_RESIZING,
        JOB_RESV_DEL_HOLD,
        JOB_REQUEUE,
        JOB_REQUEUE_FED,
        JOB_REQUEUE_HOLD,
        JOB_REVOKED,
        JOB_SIGNALING,
        JOB_SPECIAL_EXIT,
        JOB_STAGE_OUT,
        JOB_STOPPED,
    ]
    return flags


def job_state_num(name: str, release: Release = (99, 0)) -> Optional[int]:
    """job_state_num(): a long or compact name (any case) to a state, or None."""
    low = name.lower()
    for i in range(JOB_END):
        if low in (BASE_NAMES[i].lower(), BASE_COMPACT[i].lower()):
            return i
    for bit in _num_candidates(release):
        if low in (job_state_string(bit).lower(), job_state_string_compact(bit).lower()):
            return bit
    return None


def job_state_list(release: Release = (99, 0)) -> str:
    """The comma list squeue prints after ``Valid job states include:``."""
    names = [BASE_NAMES[i] for i in range(JOB_END)]
    names += [job_state_string(bit) for bit in _num_candidates(release)]
    text = ",".join(names)
    return text.lower() if release >= (24, 5) else text


def matches(wanted: int, state: int) -> bool:
    """squeue/scancel ``-t`` test: a flag matches by bit, a base state exactly."""
    if wanted & JOB_STATE_FLAGS:
        return bool(wanted & state)
    return wanted == state
