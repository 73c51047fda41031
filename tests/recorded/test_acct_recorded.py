"""Every recorded ``/slurmdb/<v>/job(s)`` response through the accounting adapter.

Source: ``../shared/recorded/`` (22.05 v0.0.38, Slurm-web's 23.02 .. 25.11 v0.0.39-44,
24.11 v0.0.40-42, 26.05 v0.0.42-45).  Each job record must become an
:class:`AcctJob` with sane values, and known records must read as the real sacct
printed them.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import pytest

from slurm_proxy.adapters import acct
from slurm_proxy.adapters.noval import INFINITE, NO_VAL, NO_VAL64
from slurm_proxy.common import states

REPO = Path(__file__).resolve().parents[2]
RECORDED = (REPO / ".." / "shared" / "recorded").resolve()

pytestmark = pytest.mark.recorded


def _files() -> list[Path]:
    if not RECORDED.is_dir():
        return []
    out = []
    for path in sorted(RECORDED.rglob("*.json")):
        name = path.name
        if not name.startswith(("slurmdb-job", "err-unknown-jobid-slurmdb")):
            continue
        out.append(path)
    return out


FILES = _files()


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text())
    assert isinstance(data, dict)
    return data


@pytest.mark.skipif(not FILES, reason=f"no recordings at {RECORDED}")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(RECORDED)) for p in FILES])
def test_every_recorded_job_converts(path: Path) -> None:
    body = _load(path)
    raw_jobs = body.get("jobs") or []
    jobs = acct.jobs_from_slurmdb(body)
    assert len(jobs) == len(raw_jobs)
    for raw, job in zip(raw_jobs, jobs):
        assert job.jobid == raw["job_id"] > 0
        assert states.base(job.state) < states.JOB_END
        assert job.exitcode == NO_VAL or 0 <= job.exitcode <= 0xFFFF
        assert job.submit > 0
        assert job.user
        assert job.cluster
        assert job.timelimit == INFINITE or job.timelimit == NO_VAL or job.timelimit < 10**6
        for tres in job.tres_alloc + job.tres_req:
            assert tres.type and tres.id > 0
            assert tres.count >= 0
        assert len(job.steps) == len(raw.get("steps") or [])
        for step in job.steps:
            assert step.job is job
            assert step.step_id != NO_VAL
            assert step.stepname
            assert states.base(step.state) < states.JOB_END


def _job(rel: str, job_id: int) -> acct.AcctJob:
    jobs = acct.jobs_from_slurmdb(_load(RECORDED / rel))
    return next(j for j in jobs if j.jobid == job_id)


needs_recordings = pytest.mark.skipif(not RECORDED.is_dir(), reason="no recordings")


@needs_recordings
def test_2205_exit3_is_marked_lossy() -> None:
    job = _job("live-22.05/slurmdb-v0.0.38-job-8.json", 8)
    assert job.jobname == "exit3"
    assert states.base(job.state) == states.JOB_FAILED
    # the job ran `exit 3`; dbv0.0.38 says SUCCESS/0 for it (notes/slurmrestd.md 6.5)
    assert job.exitcode == 0 and job.exit_lossy
    assert job.steps[0].step_id == acct.SLURM_BATCH_SCRIPT
    assert job.steps[0].exit_lossy
    assert job.timelimit == INFINITE  # null in v0.0.38, eligible job
    assert [t.label for t in job.tres_req] == ["cpu", "mem", "node", "billing"]
    assert acct.tres_count(job.tres_alloc, acct.TRES_ENERGY) == NO_VAL64


@needs_recordings
def test_2605_completed_record() -> None:
    job = _job("live-26.05/slurmdb-jobs-v0.0.45.json", 15)
    assert job.jobname == "envdict"
    assert states.base(job.state) == states.JOB_COMPLETE
    assert job.exitcode == 0 and not job.exit_lossy
    assert job.sluid == "sE5HM8AEYYYJ00"
    assert job.association_id == 4
    assert job.priority == 1
    assert job.timelimit == INFINITE
    assert job.work_dir == "/tmp"
    step = job.steps[0]
    assert step.step_id_str == "batch"
    assert step.tot_cpu_usec == 3127
    assert step.req_cpufreq_gov == "0"


@needs_recordings
@pytest.mark.parametrize(
    "api,release",
    [
        ("v0.0.41", "25.11.0"),
        ("v0.0.43", "25.11.0"),
        ("v0.0.44", "25.11.0"),
        ("v0.0.42", "24.11.5"),
        ("v0.0.41", "24.05.3"),
    ],
)
def test_slurmweb_failed_and_timeout(api: str, release: str) -> None:
    failed = acct.jobs_from_slurmdb(
        _load(RECORDED / "slurm-web" / api / release / "slurmdb-job-failed.json")
    )[0]
    assert states.base(failed.state) == states.JOB_FAILED
    assert failed.exitcode == 1 << 8  # prints 1:0
    timeout = acct.jobs_from_slurmdb(
        _load(RECORDED / "slurm-web" / api / release / "slurmdb-job-timeout.json")
    )[0]
    assert states.base(timeout.state) == states.JOB_TIMEOUT
    batch = timeout.steps[0]
    assert states.base(batch.state) == states.JOB_CANCELLED
    assert batch.exitcode == 15  # prints 0:15


def test_exit_code_shapes() -> None:
    f = acct.exit_code_from_json
    assert f({"status": "SUCCESS", "return_code": 0}) == (0, True)  # v0.0.38/39
    assert f(
        {"status": "SIGNALED", "return_code": 0, "signal": {"signal_id": 15, "name": "Terminated"}}
    ) == (15, False)
    assert f({"status": "PENDING", "return_code": 0}) == (NO_VAL, False)
    assert f(
        {
            "status": ["ERROR"],
            "return_code": {"set": True, "number": 3},
            "signal": {"id": {"set": False}, "name": ""},
        }
    ) == (768, False)
    assert f(
        {
            "status": ["SIGNALED"],
            "return_code": {"set": False},
            "signal": {"id": {"set": True, "number": 9}, "name": "KILL"},
        }
    ) == (9, False)
    assert f(768) == (768, False)  # /slurm/v0.0.38 raw status
    assert f(None) == (NO_VAL, False)


def test_step_id_shapes() -> None:
    job = acct.AcctJob(jobid=7)
    for raw, want in [
        ("batch", "batch"),
        (3, "3"),
        ("7.extern", "extern"),
        ("7.0+1", "0+1"),
        ({"job_id": 7, "step_id": "batch"}, "batch"),
        ("7.interactive", "interactive"),
    ]:
        step = acct.step_from_json(job, {"step": {"id": raw, "name": "x"}})
        assert step.step_id_str == want


def test_state_shapes() -> None:
    assert acct.state_from_json("CANCELLED") == states.JOB_CANCELLED
    assert acct.state_from_json(["CANCELLED", "REQUEUED"]) == (
        states.JOB_CANCELLED | states.JOB_REQUEUE
    )
    assert acct.state_from_json(None) == states.JOB_PENDING


def test_cpufreq_double_bits() -> None:
    job = acct.AcctJob(jobid=1)
    (bits,) = struct.unpack("<Q", struct.pack("<d", 2440000.0))
    raw = {
        "step": {"id": "1.batch", "name": "batch"},
        "statistics": {"CPU": {"actual_frequency": bits}},
    }
    assert acct.step_from_json(job, raw).act_cpufreq == 2440000
