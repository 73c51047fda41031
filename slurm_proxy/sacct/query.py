"""Getting sacct's records from slurmrestd: ``GET /slurmdb/<v>/jobs`` with filters.

Server-side filters mirror sacct's ``slurmdb_job_cond_t`` (the server runs the same
slurmdb_jobs_get() the real sacct calls), so the time window, state and step
semantics are slurmdbd's own.  Per version:

- v0.0.38 (22.05): times as ``uts<epoch>`` (a plain epoch is refused, ``:`` in an ISO
  time must be escaped); lists are one CSV value with the comma percent-encoded (a
  raw ``,`` gives 400, repeated keys keep only the last); no user filter (done here);
  the job condition always has the DUP flag (duplicates removed here);
- v0.0.39+: ``users``; v0.0.40+: lists as repeated keys (a CSV value, raw or encoded,
  is refused); v0.0.40/41 still want ``uts<epoch>``, v0.0.42+ take epoch times (0
  refused: left out, which means the same),
  ``disable_truncate_usage_time`` so that the condition carries NO_TRUNC (and not DUP)
  exactly like sacct's.

What the server cannot say is worked out here: the ``show_full`` of each job (the
job line is printed only when the whole job was selected), the CPU times sacct sums
over finished steps, ``-T`` truncation, and the user ids behind ``CANCELLED by``.

22.05 exit codes: its ``dbv0.0.38`` dumper reports every normal exit as 0 (see
:mod:`slurm_proxy.adapters.acct`).  For a FAILED job or step carrying such a value the
raw status is taken from ``GET /slurm/v0.0.38/job/{id}`` while slurmctld still holds
the job (``MinJobAge``); the batch step gets the job's status, a failed srun step the
job's derived exit code when it is the only failed step.  Past MinJobAge nothing holds
the value any more and ``0:0`` (what slurmdbd's REST API says) is printed.
"""

from __future__ import annotations

import grp
import pwd
import urllib.parse
from typing import TYPE_CHECKING, Any, Optional

from ..adapters.acct import (
    JOB_COMPLETE,
    JOB_FAILED,
    JOB_STATE_BASE,
    STREAMED,
    AcctJob,
    exit_code_from_json,
    jobs_from_slurmdb,
    streamed_jobs,
)
from ..adapters.noval import NO_VAL
from ..common import states
from ..errors import SlurmError
from .options import Params, Selected, state_display

if TYPE_CHECKING:
    from ..session import Session

JOB_REVOKED = states.JOB_REVOKED
JOB_RESIZING = states.JOB_RESIZING


class AccountingDisabled(Exception):
    """The server has no /slurmdb endpoints (no slurmdbd behind slurmrestd)."""


def api_num(api: str) -> int:
    return int(api.rsplit(".", 1)[1])


def _quote(value: str) -> str:
    return urllib.parse.quote(str(value), safe="")


def build_query(
    p: Params, api: str, users: Optional[list[str]], clusters: Optional[list[str]]
) -> list[tuple[str, str]]:
    n = api_num(api)
    q: list[tuple[str, str]] = []

    def add_list(key: str, values: Optional[list[str]]) -> None:
        if not values:
            return
        if n >= 40:
            q.extend((key, v) for v in values)
        else:
            q.append((key, ",".join(values)))

    def add_time(key: str, value: int) -> None:
        if not value:
            return
        # v0.0.38-41 parse a bare epoch as a broken date ("Parsing of N for timestamp
        # failed", 422 on 24.11); their parser takes Slurm's "uts<epoch>" form
        q.append((key, f"uts{value}" if n < 42 else str(value)))

    add_time("start_time", p.usage_start)
    add_time("end_time", p.usage_end)
    if p.steps:
        ids = [s.query_str() for s in p.steps]
        if n < 40 and len(ids) == 1 and ids[0].replace(".", "", 1).isdigit():
            # a lone "12.1" would reach slurmdbd as the float 12.100000: a CSV list
            # keeps it a string (slurmdbd drops the duplicate)
            ids *= 2
        add_list("step", ids)
    if users is not None:
        add_list("users", users)
    add_list("account", p.accounts)
    add_list("partition", p.partitions)
    add_list("job_name", p.jobnames)
    add_list("cluster", clusters)
    add_list("constraints", p.constraints)
    add_list("association", p.associations)
    add_list("wckey", p.wckeys)
    add_list("reason", p.reasons)
    if p.groups:
        add_list("groups" if n >= 40 else "group", p.groups)
    if p.qos:
        add_list("qos", [x for x in p.qos.split(",") if x])
    if p.nodes:
        q.append(("node", p.nodes))
    if p.states:
        add_list("state", [state_display(s) for s in p.states])
    if p.no_steps:
        q.append(("skip_steps", "true"))
    if n >= 40:
        q.append(("disable_truncate_usage_time", "true"))
        if p.duplicates:
            q.append(("show_duplicates", "true"))
        if p.whole_hetjob is True:
            q.append(("whole_hetjob", "true"))
        elif p.whole_hetjob is False:
            q.append(("disable_whole_hetjob", "true"))
        if p.batch_script:
            q.append(("show_batch_script", "true"))
    return q


def encode(q: list[tuple[str, str]]) -> str:
    return "&".join(f"{_quote(k)}={_quote(v)}" for k, v in q)


def _is_missing(exc: SlurmError) -> bool:
    return exc.status == 404 and exc.body is None


def get_jobs(
    sess: Session, p: Params, users: Optional[list[str]], clusters: Optional[list[str]]
) -> tuple[list[AcctJob], dict[str, Any]]:
    query = encode(build_query(p, sess.api, users, clusters))
    path = "/slurmdb/{v}/jobs" + ("?" + query if query else "")
    try:
        if p.mimetype:  # --json/--yaml reprint the answer itself
            body = sess.request("GET", path)
        else:
            body = sess.request("GET", path, each=STREAMED)
    except SlurmError as exc:
        if _is_missing(exc):
            raise AccountingDisabled() from None
        raise
    return (jobs_from_slurmdb(body) if p.mimetype else streamed_jobs(body)), body


def all_cluster_names(sess: Session) -> list[str]:
    try:
        body = sess.request("GET", "/slurmdb/{v}/clusters")
    except SlurmError as exc:
        if _is_missing(exc):
            raise AccountingDisabled() from None
        raise
    names = []
    for c in body.get("clusters") or []:
        if isinstance(c, dict) and c.get("name"):
            names.append(str(c["name"]))
    return names


# --- what the server does not do ----------------------------------------------------------


def dedupe(jobs: list[AcctJob]) -> list[AcctJob]:
    """slurmdbd without JOBCOND_FLAG_DUP: only the newest record of a job id, no REVOKED."""
    newest: dict[tuple[Optional[str], int], AcctJob] = {}
    for job in jobs:
        key = (job.cluster, job.jobid)
        cur = newest.get(key)
        if cur is None or job.submit > cur.submit:
            newest[key] = job
    keep = {id(j) for j in newest.values()}
    return [
        j
        for j in jobs
        if (id(j) in keep or j.state & JOB_STATE_BASE == JOB_RESIZING) and not j.state & JOB_REVOKED
    ]


def apply_selection(jobs: list[AcctJob], steps: list[Selected]) -> None:
    """show_full and the step filter slurmdbd applies for ``-j`` (as_mysql_jobacct_process)."""
    if not steps:
        return
    for job in jobs:
        wanted: list[int] = []
        full = True
        for sel in steps:
            if sel.job_id not in (job.jobid, job.het_job_id, job.array_job_id):
                continue
            if sel.array_task_id != NO_VAL and sel.array_task_id != job.array_task_id:
                continue
            if sel.het_job_offset != NO_VAL and sel.het_job_offset != job.het_job_offset:
                continue
            if sel.step_id == NO_VAL:
                full = True
                break
            wanted.append(sel.step_id)
            full = False
        job.show_full = full
        if wanted:
            job.steps = [s for s in job.steps if s.step_id in wanted]


def filter_users(jobs: list[AcctJob], users: Optional[list[str]]) -> list[AcctJob]:
    if users is None:
        return jobs
    return [j for j in jobs if j.user in users]


def aggregate_cpu(jobs: list[AcctJob]) -> None:
    """get_data(): a job's CPU times are the sum over its finished steps."""
    for job in jobs:
        for step in job.steps:
            if step.state < JOB_COMPLETE:
                continue
            job.tot_cpu_sec += step.tot_cpu_sec
            job.tot_cpu_usec += step.tot_cpu_usec
            job.user_cpu_sec += step.user_cpu_sec
            job.user_cpu_usec += step.user_cpu_usec
            job.sys_cpu_sec += step.sys_cpu_sec
            job.sys_cpu_usec += step.sys_cpu_usec


def truncate(jobs: list[AcctJob], start: int, end: int, now: int) -> None:
    """``-T``: what slurmdbd does to times without JOBCOND_FLAG_NO_TRUNC."""
    if not end or end > now:
        end = now
    for job in jobs:
        if job.end and job.start > job.end:
            job.start = job.end
        if job.start and job.start < start:
            job.start = start
        if not job.end or job.end > end:
            job.end = end
        if not job.start:
            job.start = job.end
        job.elapsed = job.end - job.start
        if start:
            for step in job.steps:
                if step.start and step.start < start:
                    step.start = start
                if not step.start and step.end:
                    step.start = step.end
                if not step.end or step.end > end:
                    step.end = end
                if step.start and step.end and step.start > step.end:
                    step.start = step.end = 0


def sort_jobs(jobs: list[AcctJob]) -> list[AcctJob]:
    """get_data()'s list_sort(): submit time, then array job, array task, job id."""
    return sorted(jobs, key=lambda j: (j.submit, j.array_job_id, j.array_task_id, j.jobid))


def repair_exit_codes_2205(sess: Session, jobs: list[AcctJob]) -> None:
    """Undo the 22.05 dbv0.0.38 exit code defect from slurmctld's records (see above)."""
    for job in jobs:
        failed_steps = [
            s for s in job.steps if s.exit_lossy and s.state & JOB_STATE_BASE == JOB_FAILED
        ]
        job_needs = job.exit_lossy and job.state & JOB_STATE_BASE == JOB_FAILED
        if not job_needs and not failed_steps:
            continue
        try:
            body = sess.request("GET", f"/slurm/{{v}}/job/{job.jobid}")
        except SlurmError:
            continue
        raw = None
        for rec in body.get("jobs") or []:
            if isinstance(rec, dict) and rec.get("job_id") == job.jobid:
                raw = rec
                break
        if raw is None:
            continue
        code, _ = exit_code_from_json(raw.get("exit_code"))
        derived, _ = exit_code_from_json(raw.get("derived_exit_code"))
        if job_needs and code != NO_VAL:
            job.exitcode = code
            job.exit_lossy = False
        if job.derived_lossy and derived != NO_VAL:
            job.derived_ec = derived
            job.derived_lossy = False
        others = [s for s in failed_steps if s.stepname != "batch"]
        for step in failed_steps:
            if step.stepname == "batch" and code != NO_VAL:
                step.exitcode = code
                step.exit_lossy = False
            elif len(others) == 1 and derived != NO_VAL:
                step.exitcode = derived
                step.exit_lossy = False


class UidResolver:
    """User name -> uid, for ``CANCELLED by <uid>`` and the UID field.

    slurmdbd's REST API prints user *names*; the uid comes from slurmctld's RPC
    statistics (``/slurm/<v>/diag``: every user who cancelled a job made an RPC), then
    from this host's password database.
    """

    def __init__(self, sess: Session, local_first: bool = False) -> None:
        self.sess = sess
        self.local_first = local_first
        self._map: Optional[dict[str, int]] = None

    def _load(self) -> dict[str, int]:
        if self._map is None:
            self._map = {}
            try:
                body = self.sess.request("GET", "/slurm/{v}/diag")
            except SlurmError:
                body = {}
            stats = body.get("statistics") if isinstance(body, dict) else None
            for item in (stats or {}).get("rpcs_by_user") or []:
                if (
                    isinstance(item, dict)
                    and item.get("user")
                    and isinstance(item.get("user_id"), int)
                ):
                    self._map[str(item["user"])] = int(item["user_id"])
        return self._map

    @staticmethod
    def _local(name: str) -> Optional[int]:
        try:
            return pwd.getpwnam(name).pw_uid
        except (KeyError, OSError):
            return None

    def __call__(self, name: Optional[str]) -> Optional[int]:
        if not name:
            return None
        if name.isdigit():
            return int(name)
        if self.local_first:
            uid = self._local(name)
            if uid is not None:
                return uid
        found = self._load().get(name)
        if found is not None:
            return found
        return self._local(name)


class QosResolver:
    def __init__(self, sess: Session) -> None:
        self.sess = sess
        self._map: Optional[dict[str, int]] = None

    def __call__(self, name: Optional[str]) -> Optional[int]:
        if not name:
            return None
        if self._map is None:
            self._map = {}
            try:
                body = self.sess.request("GET", "/slurmdb/{v}/qos")
            except SlurmError:
                body = {}
            for q in body.get("qos") or body.get("QOS") or []:
                if isinstance(q, dict) and q.get("name") is not None:
                    qid = q.get("id")
                    if isinstance(qid, int):
                        self._map[str(q["name"])] = qid
        return self._map.get(name)


def local_gid(name: Optional[str]) -> int:
    """GID: slurmrestd prints the group's name; its number comes from this host."""
    if not name:
        return NO_VAL
    if name.isdigit():
        return int(name)
    try:
        return grp.getgrnam(name).gr_gid
    except (KeyError, OSError):
        return NO_VAL
