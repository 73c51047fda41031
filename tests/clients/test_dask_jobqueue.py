"""dask-jobqueue's SLURMCluster, unmodified, through the proxy's shims.

SLURMCluster writes a worker script (``#SBATCH -J/-e/-o/-n/-N/--cpus-per-task/--mem/-t``
lines) to a temporary file, runs ``sbatch FILE`` (deleting the file as soon as sbatch
returns; the job id is the first integer of its output) and ``scancel ID`` when a worker
is retired.  The workers are dask worker processes started by the jobs on this host,
connecting back to the scheduler that runs in the test.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SlurmEnv, need_client

TIMEOUT = 90


def _squeue(job_ids: list[str]) -> list[str]:
    """``squeue -h -t all -o "%A %T" -j ID,...`` through the proxy (the test's PATH)."""
    r = subprocess.run(
        ["squeue", "-h", "-t", "all", "-o", "%A %T", "-j", ",".join(job_ids)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


def test_dask_jobqueue_slurmcluster(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    need_client("dask_jobqueue")
    from dask.distributed import Client
    from dask_jobqueue import SLURMCluster

    cluster = SLURMCluster(
        cores=1,
        processes=1,
        memory="200MB",
        walltime="00:05:00",
        python=sys.executable,
        log_directory=str(client_workdir / "logs"),
        scheduler_options={"host": "127.0.0.1"},
        worker_extra_args=["--host", "127.0.0.1"],
        job_name="sp-dask",
    )
    job_ids: list[str] = []
    try:
        assert "#SBATCH --mem=" in cluster.job_script()
        with Client(cluster, timeout="30s") as client:
            cluster.scale(jobs=2)
            client.wait_for_workers(2, timeout=TIMEOUT)
            job_ids = sorted(str(j.job_id) for j in cluster.workers.values())
            assert len(job_ids) == 2 and all(i.isdigit() for i in job_ids), job_ids

            futures = client.map(lambda x: x * x, range(100))
            total = client.submit(sum, futures)
            assert total.result(timeout=TIMEOUT) == sum(x * x for x in range(100))
            ran_on = client.run(lambda: "ok")
            assert len(ran_on) == 2  # both workers (one per job) answered

            running = _squeue(job_ids)
            assert sorted(line.split()[0] for line in running) == job_ids
            assert {line.split()[1] for line in running} == {"RUNNING"}
    finally:
        cluster.close()

    # close() retired both workers: one `scancel ID` each, exit status 0
    cancelled = sorted(c.argv[1] for c in slurm_env.calls("scancel"))
    assert cancelled == job_ids
    assert {c.rc for c in slurm_env.calls("scancel")} == {0}
    submits = slurm_env.calls("sbatch")
    assert len(submits) == 2 and {c.rc for c in submits} == {0}

    # and the jobs leave the queue: squeue (through the proxy) shows them finished
    deadline = time.monotonic() + TIMEOUT
    while True:
        states = {line.split()[1] for line in _squeue(job_ids)}
        if not states & {"PENDING", "RUNNING", "COMPLETING"}:
            break
        if time.monotonic() > deadline:
            pytest.fail(f"dask worker jobs {job_ids} still active after close(): {states}")
        time.sleep(0.5)
    assert states == {"CANCELLED"}, states  # scancel came before the workers' own exit
