"""What to do when a submit got no answer: find the job, never submit again.

A submit that failed before a byte left this host was retried by the transport (it
cannot have created anything).  One that got no answer after it was sent (read
timeout, connection reset, truncated answer) may or may not have created a job.
Sending it again could run someone's work twice, so instead we look for the job:
same user, same name, same working directory, submitted between the moment we sent
the request (less a margin for clock skew) and now, and not already handed out by an
earlier sbatch of this user (every printed job id is appended to a small journal next
to the negotiation cache).  Exactly one such job is ours.  None after a short wait
means nothing was created; several (identical submissions from elsewhere at the same
moment) cannot be told apart, and the user is told how to check.
"""

from __future__ import annotations

import os
import time
from typing import Any, Optional

from ..errors import SlurmError
from ..negotiate import cache_path

# How far the controller's clock may be off ours, and how long the server may still be
# working on the request after our read timed out.
CLOCK_MARGIN = 60.0
SETTLE_SECONDS = (0.2, 0.5, 1.0, 2.0, 4.0)


def _number(value: Any) -> Optional[int]:
    if isinstance(value, dict):  # v0.0.39+ NoVal {set, infinite, number}
        if not value.get("set", True) or value.get("infinite"):
            return None
        value = value.get("number")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def _job_fields(request: dict[str, Any]) -> tuple[Optional[str], Optional[str]]:
    job = request.get("job") or {}
    return job.get("name"), job.get("current_working_directory")


def candidates(
    body: dict[str, Any], user: str, request: dict[str, Any], sent_at: float
) -> list[int]:
    name, cwd = _job_fields(request)
    found = set()
    for job in body.get("jobs") or []:
        if not isinstance(job, dict) or job.get("user_name") != user:
            continue
        if name is not None and job.get("name") != name:
            continue
        if cwd is not None and job.get("current_working_directory") != cwd:
            continue
        submitted = _number(job.get("submit_time"))
        if submitted is None or submitted < sent_at - CLOCK_MARGIN:
            continue
        # an array shows up as several records; the submit answered with the array's id
        job_id = _number(job.get("array_job_id")) or _number(job.get("job_id"))
        if job_id:
            found.add(job_id)
    return sorted(found)


def journal_path(env: dict[str, str]) -> str:
    return os.path.join(os.path.dirname(cache_path(env)), "submitted-jobs")


def remember(env: dict[str, str], url: str, job_id: int) -> None:
    """Note a job id this user's sbatch printed (best effort: a cache, not a record)."""
    path = journal_path(env)
    line = f"{time.time():.0f} {job_id} {url}\n"
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line.encode())  # one write: appends from processes don't interleave
            if os.fstat(fd).st_size > 256 * 1024:
                _trim(path)
        finally:
            os.close(fd)
    except OSError:
        pass


def _trim(path: str) -> None:
    horizon = time.time() - 4 * CLOCK_MARGIN
    with open(path, encoding="utf-8", errors="replace") as fh:
        keep = [
            ln for ln in fh if ln.split(" ", 1)[0].isdigit() and int(ln.split(" ", 1)[0]) >= horizon
        ]
    tmp = f"{path}.{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(keep)
    os.replace(tmp, path)


def handed_out(env: dict[str, str], url: str, since: float) -> set[int]:
    found: set[int] = set()
    try:
        with open(journal_path(env), encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if (
                    len(parts) == 3
                    and parts[2] == url
                    and parts[0].isdigit()
                    and parts[1].isdigit()
                    and int(parts[0]) >= since
                ):
                    found.add(int(parts[1]))
    except OSError:
        pass
    return found


def find_submitted(sess: Any, request: dict[str, Any], sent_at: float) -> list[int]:
    """Job ids that this request may have created (see the module doc)."""
    for delay in SETTLE_SECONDS:
        time.sleep(delay)
        try:
            body = sess.request("GET", "/slurm/{v}/jobs")
        except SlurmError:
            continue
        taken = handed_out(sess.env, sess.url, sent_at - 2 * CLOCK_MARGIN)
        found = [j for j in candidates(body, sess.user, request, sent_at) if j not in taken]
        if found:
            return found
    return []


def explain(prog: str, found: list[int], exc: SlurmError) -> str:
    if not found:
        return (
            f"{prog}: error: Batch job submission failed: {exc.text}; no job was "
            "created (checked with the controller)"
        )
    ids = ", ".join(str(j) for j in found)
    return (
        f"{prog}: error: Batch job submission may have succeeded: {exc.text}; jobs that "
        f"match it: {ids}. Check with `squeue --me` before submitting again"
    )
