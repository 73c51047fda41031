"""squeue's ordering of its output (``src/squeue/sort.c``).

squeue sorts a list of records with glibc ``qsort``, which is a stable top-down merge
sort, once per key of ``-S`` from the last key to the first, after a first sort by
start time (newest first).  Stable sorts with a consistent comparison are the same in
any implementation, so those use Python's ``sort``; the two comparisons that are not
consistent (start time and node list treat "unset" specially) run through
:func:`msort`, which merges exactly like glibc's ``msort_with_tmp``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from ..adapters.jobs import MEM_PER_CPU, Job
from ..common import hostlist, states
from .fields import INFINITE, NO_VAL, time_used

CLUSTER = "cluster"


@dataclass
class Rec:
    """squeue_job_rec_t: one output row (a job, or a job in one partition with -P)."""

    job: Job
    part_name: Optional[str]
    part_prio: int = 0
    job_prio: int = 0


class SortError(Exception):
    def __init__(self, char: str) -> None:
        super().__init__(char)
        self.char = char


Cmp = Callable[[Rec, Rec], int]


def msort(items: list[Rec], cmp: Cmp) -> list[Rec]:
    """glibc msort: split n/2 | n - n/2, merge taking the left one while cmp <= 0."""
    n = len(items)
    if n <= 1:
        return list(items)
    n1 = n // 2
    left = msort(items[:n1], cmp)
    right = msort(items[n1:], cmp)
    out: list[Rec] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if cmp(left[i], right[j]) <= 0:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def _cstr(value: Optional[str]) -> tuple[bool, bytes]:
    """xstrcmp() order: NULL first, then bytes."""
    return (value is not None, (value or "").encode("utf-8", "surrogateescape"))


def _start_cmp(now: int, reverse: bool) -> Cmp:
    def start(job: Job) -> int:
        if job.job_state == states.JOB_PENDING and job.start_time < now:
            return now
        return job.start_time

    def cmp(a: Rec, b: Rec) -> int:
        if a.job.start_time == 0:
            return 1
        if b.job.start_time == 0:
            return -1
        s1, s2 = start(a.job), start(b.job)
        diff = (s1 > s2) - (s1 < s2)
        return -diff if reverse else diff

    return cmp


def _node_cmp(reverse: bool) -> Cmp:
    def first(nodes: Optional[str]) -> Optional[hostlist.Range]:
        try:
            hl = hostlist.Hostlist(nodes or "")
        except hostlist.HostlistError:
            return None
        hl.uniq()
        return hl.ranges[0] if hl.ranges else None

    def cmp(a: Rec, b: Rec) -> int:
        h1, h2 = first(a.job.nodes), first(b.job.nodes)
        if h1 is None:
            diff = 1
        elif h2 is None:
            diff = -1
        else:
            diff = hostlist._range_cmp(h1, h2)
            diff = (diff > 0) - (diff < 0)
        return -diff if reverse else diff

    return cmp


def _job_id_key(rec: Rec) -> tuple[int, int]:
    j = rec.job
    if j.het_job_id:
        return j.het_job_id, j.het_job_offset
    if j.array_task_id == NO_VAL:
        return j.job_id, j.array_task_id
    return j.array_job_id, j.array_task_id


def _time_left(j: Job, now: int) -> int:
    if j.time_limit in (INFINITE, NO_VAL):
        return INFINITE
    return j.time_limit * 60 - time_used(j, now)


def _keys(now: int) -> dict[str, Callable[[Rec], Any]]:
    return {
        "B": lambda r: (r.job.batch_host or "").encode("utf-8", "surrogateescape"),
        "C": lambda r: r.job.num_cpus,
        "d": lambda r: r.job.pn_min_tmp_disk,
        "D": lambda r: r.job.num_nodes,
        "e": lambda r: r.job.end_time,
        "g": lambda r: _cstr(r.job.group_name),
        "G": lambda r: r.job.group_id,
        "H": lambda r: r.job.sockets_per_node,
        "i": _job_id_key,
        "I": lambda r: r.job.cores_per_socket,
        "j": lambda r: (r.job.name or "").encode("utf-8", "surrogateescape"),
        "J": lambda r: r.job.threads_per_core,
        "l": lambda r: r.job.time_limit,
        "L": lambda r: _time_left(r.job, now),
        "m": lambda r: r.job.pn_min_memory & ~MEM_PER_CPU,
        "M": lambda r: time_used(r.job, now),
        "p": lambda r: (r.part_prio, r.job.priority),
        "P": lambda r: _cstr(r.part_name),
        "Q": lambda r: (r.part_prio, r.job.priority),
        "t": lambda r: states.job_state_string_compact(r.job.job_state),
        "T": lambda r: states.job_state_string(r.job.job_state),
        "u": lambda r: _cstr(r.job.user_name or "nobody"),
        "U": lambda r: r.job.user_id,
        "v": lambda r: _cstr(r.job.resv_name),
        "V": lambda r: r.job.submit_time,
        "z": lambda r: (r.job.sockets_per_node, r.job.cores_per_socket, r.job.threads_per_core),
        CLUSTER: lambda r: _cstr(r.job.cluster),
    }


_NOOP = set("cfhnO")


def sort_by_start_time(recs: list[Rec]) -> list[Rec]:
    """sort_jobs_by_start_time(): runs before sort_job_list, while ``now`` is still 0."""
    return msort(recs, _start_cmp(0, reverse=True))


def sort_jobs(
    recs: list[Rec], spec: Optional[str], now: int, info: Optional[Callable[[str], None]] = None
) -> list[Rec]:
    """sort_job_list(): apply each key of ``spec`` from the last to the first."""
    if spec is None:
        spec = "P,t,-p"
    keys = _keys(now)
    i = len(spec) - 1
    while i >= 0:
        c = spec[i]
        if c in ",+-":
            i -= 1
            continue
        reverse = i > 0 and spec[i - 1] == "-"
        if i + 1 >= len(CLUSTER) and spec[i + 1 - len(CLUSTER) : i + 1].lower() == CLUSTER:
            if i >= len(CLUSTER) and spec[i - len(CLUSTER)] == "-":
                reverse = True
            recs.sort(key=keys[CLUSTER], reverse=reverse)
            i -= len(CLUSTER)
            continue
        if c == "b":
            if info:
                info("Invalid sort specification: b")
        elif c in _NOOP:
            pass
        elif c == "S":
            recs = msort(recs, _start_cmp(now, reverse))
        elif c == "N":
            recs = msort(recs, _node_cmp(reverse))
        elif c in keys:
            recs.sort(key=keys[c], reverse=reverse)
        else:
            raise SortError(c)
        i -= 1
    return recs
