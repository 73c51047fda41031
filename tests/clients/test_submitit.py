"""submitit (facebookincubator/submitit), unmodified, through the proxy's shims.

submitit writes a batch script with ``#SBATCH --key=value`` lines and submits it with
``sbatch FILE`` (it parses ``job <N>`` from the output), learns job states from
``sacct -o JobID,State,NodeList --parsable2 -j ID [-j ID ...]`` (columns found by their
header names) and cancels with ``scancel ID`` (check_call: the exit status must be 0).
The job runs ``srun ... python -m submitit.core._submit FOLDER`` on the host, as root.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any, Callable

import pytest

from .conftest import SlurmEnv, need_client

#: upper bound for a job of a few seconds to be seen finished (the 2-core host is shared)
TIMEOUT = 90


def _executor(folder: Path, **params: Any) -> Any:
    submitit = need_client("submitit")
    ex = submitit.AutoExecutor(folder=folder, cluster="slurm")
    ex.update_parameters(timeout_min=5, cpus_per_task=1, **params)
    return ex


def _until(what: str, check: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.5)


def _final_state(job: Any) -> str:
    """The state sacct reports once the job has left the queue (forced sacct calls)."""
    running = ("PENDING", "RUNNING", "COMPLETING", "UNKNOWN", "")
    _until(
        f"sacct to report job {job.job_id} finished",
        lambda: job.get_info(mode="force").get("State", "") not in running,
    )
    return str(job.get_info(mode="cache")["State"])


def _sacct_calls(env: SlurmEnv, job_id: str) -> list[list[str]]:
    calls = [c for c in env.calls("sacct") if job_id.split("_")[0] in c.argv]
    assert calls, f"submitit never ran sacct for {job_id}: {env.calls()}"
    assert all(c.rc == 0 for c in calls), calls
    return [c.argv for c in calls]


def test_submitit_result(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    ex = _executor(client_workdir / "log", name="sp-result")
    token = uuid.uuid4().hex

    def work(a: int, b: int) -> str:
        import socket

        return f"{token}:{a**b}:{socket.gethostname()}"

    job = ex.submit(work, 2, 10)
    _until(f"job {job.job_id} to finish", job.done)
    value, _, host = job.result().rpartition(":")
    assert value == f"{token}:1024"
    assert _final_state(job) == "COMPLETED"
    info = job.get_info(mode="cache")
    assert info["NodeList"] and info["NodeList"] != "None assigned"

    [submit] = slurm_env.calls("sbatch")
    assert submit.rc == 0 and submit.argv[1].endswith(".sh")
    first = _sacct_calls(slurm_env, job.job_id)[0]
    assert first == ["sacct", "-o", "JobID,State,NodeList", "--parsable2", "-j", job.job_id]
    assert host  # the job ran and reported its node


def test_submitit_failure(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    submitit = need_client("submitit")
    ex = _executor(client_workdir / "log", name="sp-fail")
    marker = f"failing-{uuid.uuid4().hex}"

    def fail() -> None:
        raise ValueError(marker)

    job = ex.submit(fail)
    _until(f"job {job.job_id} to finish", job.done)
    with pytest.raises(submitit.core.utils.FailedJobError) as info:
        job.result()
    assert marker in str(info.value) and "ValueError" in str(info.value)
    assert _final_state(job) == "FAILED"
    _sacct_calls(slurm_env, job.job_id)


def test_submitit_cancel(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    submitit = need_client("submitit")
    ex = _executor(client_workdir / "log", name="sp-cancel")

    def sleepy() -> int:
        time.sleep(300)
        return 0

    job = ex.submit(sleepy)
    _until(f"job {job.job_id} to run", lambda: job.get_info(mode="force").get("State") == "RUNNING")
    job.cancel(check=True)  # check_call(["scancel", id])
    _until(f"job {job.job_id} to be seen done", lambda: job.done(force_check=True))
    state = job.state
    assert state.startswith("CANCELLED"), state  # "CANCELLED by 0"
    # result() waits up to 15 s for a result file a slow shared filesystem might still
    # deliver; this one is local (submitit's own tests set it to 0 too)
    job._results_timeout_s = 1
    with pytest.raises(submitit.core.utils.UncompletedJobError):
        job.result()
    assert [c.rc for c in slurm_env.calls("scancel")] == [0]
    assert slurm_env.calls("scancel")[0].argv == ["scancel", job.job_id]


def test_submitit_map_array(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    ex = _executor(client_workdir / "log", name="sp-array", slurm_array_parallelism=4)
    inputs = [3, 5, 7, 11]

    def square(x: int) -> int:
        return x * x

    jobs = ex.map_array(square, inputs)
    assert len({j.job_id.split("_")[0] for j in jobs}) == 1  # one array job
    assert sorted(j.job_id.split("_")[1] for j in jobs) == ["0", "1", "2", "3"]
    for j in jobs:
        _until(f"array task {j.job_id} to finish", j.done)
    assert [j.result() for j in jobs] == [x * x for x in inputs]
    assert {_final_state(j) for j in jobs} == {"COMPLETED"}
    assert len(slurm_env.calls("sbatch")) == 1
    _sacct_calls(slurm_env, jobs[0].job_id)
