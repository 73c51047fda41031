"""Every recorded job response of every API version converts to Job records.

Sources: shared/recorded (live-22.05 v0.0.36-38, live-24.11 v0.0.40-42, live-26.05
v0.0.42-45, Slurm-web v0.0.39-44 for 23.02 .. 25.11).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from slurm_proxy.adapters import jobs as J
from slurm_proxy.adapters.noval import INFINITE, NO_VAL
from slurm_proxy.common import states
from tests.support.recorded import RECORDED  # noqa: E402


def _version(path: Path, body: dict[str, Any]) -> str:
    m = re.search(r"v0\.0\.\d+", str(path.relative_to(RECORDED)))
    if m:
        return m.group(0)
    meta = body.get("meta") or {}
    plugin = meta.get("plugin") or {}
    m = re.search(r"v0\.0\.\d+", str(plugin.get("data_parser") or plugin.get("type") or ""))
    return m.group(0) if m else "v0.0.38"


def _job_files() -> list[Path]:
    if not RECORDED.exists():
        return []
    out = []
    for path in sorted(RECORDED.rglob("*.json")):
        name = path.name
        if "requests" in path.parts:  # request bodies, not answers
            continue
        if "slurmdb" in name or "state" in name:
            continue
        if not re.search(r"(^|-)jobs?(-|\.|$)|slurm-job|v41-jobs-list", name):
            continue
        try:
            body = json.loads(path.read_text())
        except ValueError:
            continue
        if isinstance(body, dict) and isinstance(body.get("jobs"), list) and body["jobs"]:
            out.append(path)
    return out


FILES = _job_files()


@pytest.mark.skipif(not FILES, reason="shared/recorded is not available")
def test_there_are_recordings_of_every_version() -> None:
    versions = {_version(p, json.loads(p.read_text())) for p in FILES}
    assert {
        "v0.0.38",
        "v0.0.39",
        "v0.0.40",
        "v0.0.41",
        "v0.0.42",
        "v0.0.43",
        "v0.0.44",
        "v0.0.45",
    } <= versions


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(RECORDED)) for p in FILES])
def test_every_recorded_job_converts(path: Path) -> None:
    body = json.loads(path.read_text())
    version = _version(path, body)
    jobs = J.jobs_from_response(version, body)
    assert len(jobs) == len(body["jobs"])
    for job, raw in zip(jobs, body["jobs"]):
        assert job.job_id == int(raw["job_id"]) and job.job_id > 0
        assert states.job_state_string(job.job_state) != "?"
        assert job.time_limit == INFINITE or job.time_limit == NO_VAL or job.time_limit >= 0
        assert job.submit_time > 0
        assert job.exit_code == NO_VAL or 0 <= job.exit_code <= 0xFFFF
        assert job.partition and (job.user_name or version in ("v0.0.36", "v0.0.37"))
        assert job.display_id()
        assert job.version == version and job.raw is raw
        copy = job.copy()
        assert copy.job_id == job.job_id and copy is not job


def _one(rel: str, job_id: int) -> J.Job:
    body = json.loads((RECORDED / rel).read_text())
    version = _version(RECORDED / rel, body)
    return next(j for j in J.jobs_from_response(version, body) if j.job_id == job_id)


pytestmark = pytest.mark.skipif(not RECORDED.exists(), reason="no recordings")


def test_v0038_raw_values() -> None:
    job = _one("live-22.05/job-exit3.json", 8)
    assert job.exit_code == 768  # exit 3 as a wait status
    assert states.job_state_string(job.job_state) == "FAILED"
    assert job.time_limit == INFINITE  # null in v0.0.38 is INFINITE
    assert job.nice == 0 and job.cpus_per_task == 1
    cancelled = _one("live-22.05/job-cancelled.json", 2)
    assert cancelled.exit_code == 15 and cancelled.time_limit == 20


def test_v0038_array_tasks() -> None:
    jobs = J.jobs_from_response(
        "v0.0.38", json.loads((RECORDED / "live-22.05/jobs-while-array-running.json").read_text())
    )
    tasks = sorted((j.array_task_id, j.job_id) for j in jobs if j.array_job_id == 3)
    assert tasks == [(0, 5), (1, 6), (2, 7), (3, 3)]
    assert [j.display_id() for j in jobs if j.job_id == 6] == ["3_1"]


def test_v0042_pending_array_and_het() -> None:
    arr = _one("live-24.11/jobs-v0.0.42.json", 18)
    assert arr.array_task_str == "2-3%2" and arr.array_task_id == NO_VAL
    assert arr.display_id() == "18_[2-3%2]" and arr.array_max_tasks == 2
    assert arr.state_reason == "JobArrayTaskLimit"
    het = _one("live-24.11/jobs-v0.0.42.json", 15)
    assert (het.het_job_id, het.het_job_offset, het.display_id()) == (15, 0, "15+0")
    task = _one("live-24.11/jobs-v0.0.42.json", 20)
    assert (task.array_job_id, task.array_task_id, task.display_id()) == (18, 0, "18_0")
    dep = _one("live-24.11/jobs-v0.0.42.json", 19)
    assert dep.dependency == "afterok:18_*(unfulfilled)" and dep.nodes is None
    assert dep.time_limit == INFINITE and dep.start_time == 0


def test_v0045_fields() -> None:
    job = _one("live-26.05/jobs-v0.0.45.json", 1)
    assert job.exit_code == 0 and job.derived_ec == 0
    assert job.std_out == "/tmp/rest44-%j.out" and job.std_out_expanded == "/tmp/rest44-1.out"
    assert job.std_err is None
    assert job.sluid == "sE5HM8AEV3SZ00"
    assert job.container_type is None and job.shared == 0xFFFE


@pytest.mark.parametrize(
    "value, raw",
    [
        ({"status": ["SUCCESS"], "return_code": {"set": True, "number": 0}}, 0),
        ({"status": ["ERROR"], "return_code": {"set": True, "number": 3}}, 768),
        (
            {
                "status": ["SIGNALED"],
                "return_code": {"set": False},
                "signal": {"id": {"set": True, "number": 15}, "name": "TERM"},
            },
            15,
        ),
        ({"status": ["PENDING"]}, NO_VAL),
        ({"set": True, "infinite": False, "number": 256}, 256),
        (9, 9),
        (None, NO_VAL),
    ],
)
def test_exit_codes(value: Any, raw: int) -> None:
    assert J._exit_raw(value) == raw


@pytest.mark.parametrize(
    "text, parsed",
    [
        ("17", (17, NO_VAL, 0, 0)),
        ("15+1", (15, NO_VAL, 14, 1)),
        ("20_0", (20, 0, 0, 0)),
        ("18_*", (18, NO_VAL, 0, 0)),
    ],
)
def test_state_ids(text: str, parsed: tuple[int, int, int, int]) -> None:
    assert J.parse_state_id(text) == parsed


@pytest.mark.parametrize(
    "rel", sorted(str(p.relative_to(RECORDED)) for p in RECORDED.rglob("jobs-state-*.json"))
)
def test_jobs_state_records(rel: str) -> None:
    body = json.loads((RECORDED / rel).read_text())
    version = _version(RECORDED / rel, body)
    records = J.states_from_response(version, body)
    assert len(records) == len(body["jobs"])
    for job, raw in zip(records, body["jobs"]):
        assert str(job.job_id) == re.split(r"[_+]", raw["job_id"])[0]
        assert states.job_state_string(job.job_state) in raw["state"]


def test_job_defaults_and_unknown_field() -> None:
    job = J.Job(job_id=5, name="x")
    assert job.array_task_id == NO_VAL and job.display_id() == "5"
    with pytest.raises(TypeError):
        J.Job(bogus=1)
