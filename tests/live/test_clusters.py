"""The real clusters themselves (no slurm-proxy code): REST, the real CLI, the shared
job directory, accounting.  If these fail, every other live test is meaningless."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import Callable, Optional, TypeVar

from tests.support.clusters import SERVED_APIS, Cluster, env_file, user_ids

T = TypeVar("T")

ALL_VERSIONS = [f"v0.0.{n}" for n in range(36, 47)]


def wait_for(fn: Callable[[], Optional[T]], what: str, timeout: float = 60) -> T:
    """Poll ``fn`` until it returns something truthy; fail with ``what`` after timeout."""
    end = time.monotonic() + timeout
    delay = 0.05
    while True:
        value = fn()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


def test_env_file(cluster: Cluster) -> None:
    path = env_file(cluster.release)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text()
    assert "SLURM_JWT_ROOT" not in text
    assert cluster.versions == SERVED_APIS[cluster.release]
    assert cluster.slurm_version.startswith(cluster.release + ".")
    assert cluster.user == "slurmtest" and cluster.accounting
    assert cluster.jobdir == "/srv/slurm-jobs"
    assert bool(cluster.chroot) == (cluster.release != "22.05")


def test_ping_and_diag(cluster_api) -> None:
    c, api = cluster_api
    r = c.rest("GET", f"/slurm/{api}/ping")
    assert r.status == 200, r.body
    assert r.content_type.startswith("application/json")
    assert r.json()["pings"], r.body
    # /ping answers 200 even with a bad token; /diag really authenticates
    d = c.rest("GET", f"/slurm/{api}/diag")
    assert d.status == 200, d.body


def test_bad_token_rejected(cluster: Cluster) -> None:
    r = cluster.rest("GET", f"/slurm/{cluster.api}/diag", token="not-a-jwt")
    assert r.status >= 400


def test_unsupported_versions_are_text_404(cluster: Cluster) -> None:
    for api in ALL_VERSIONS:
        if api in cluster.versions:
            continue
        r = cluster.rest("GET", f"/slurm/{api}/ping")
        assert r.status == 404, (api, r.status, r.body)
        assert r.content_type.startswith("text/plain"), (api, r.content_type)


def test_real_cli_version_and_squeue(cluster: Cluster) -> None:
    v = cluster.real(["sbatch", "--version"])
    assert v.returncode == 0, v.stderr
    assert v.stdout.decode().split() == ["slurm-wlm", cluster.slurm_version]
    r = cluster.real(["squeue", "--me", "-h", "-o", "%i %t"])
    assert r.returncode == 0, r.stderr
    assert r.stderr == b""
    root = cluster.real(["squeue", "-h", "-t", "all"], user=None)
    assert root.returncode == 0, root.stderr


def _job_done_in_sacct(cluster: Cluster, job_id: str) -> Optional[str]:
    r = cluster.real(
        ["sacct", "-j", job_id, "-n", "-P", "-X", "-o", "JobIDRaw,State,ExitCode,User"]
    )
    line = r.stdout.decode().strip()
    return line if r.returncode == 0 and "COMPLETED" in line else None


def test_real_sbatch_shared_jobdir_and_sacct(cluster: Cluster, jobdir: Path) -> None:
    script = jobdir / "job.sh"
    script.write_text('#!/bin/sh\necho "job $SLURM_JOB_ID uid $(id -u) cwd $(pwd)"\n')
    script.chmod(0o755)
    r = cluster.real(
        ["sbatch", "--parsable", "-J", "sp-live", "-t", "1", "-o", "out-%j.txt", "job.sh"],
        cwd=jobdir,
    )
    assert r.returncode == 0, r.stderr
    job_id = r.stdout.decode().strip().split(";")[0]
    assert job_id.isdigit(), r.stdout

    out = jobdir / f"out-{job_id}.txt"
    text = wait_for(lambda: out.exists() and out.read_text(), f"{out} to be written")
    uid, gid = user_ids("slurmtest")
    assert text == f"job {job_id} uid {uid} cwd {jobdir}\n"
    st = out.stat()
    assert (st.st_uid, st.st_gid) == (uid, gid)

    line = wait_for(lambda: _job_done_in_sacct(cluster, job_id), f"sacct to show job {job_id}")
    assert line == f"{job_id}|COMPLETED|0:0|slurmtest"


def test_real_sbatch_stdin_and_env(cluster: Cluster, jobdir: Path) -> None:
    r = cluster.real(
        ["sbatch", "--parsable", "-t", "1", "-o", "stdin-%j.txt"],
        stdin=b'#!/bin/sh\necho "from stdin $SP_LIVE_MARK $SLURM_CLUSTER_NAME"\n',
        cwd=jobdir,
        env_extra={"SP_LIVE_MARK": "mark-42"},
    )
    assert r.returncode == 0, r.stderr
    job_id = r.stdout.decode().strip().split(";")[0]
    out = jobdir / f"stdin-{job_id}.txt"
    text = wait_for(lambda: out.exists() and out.read_text(), f"{out} to be written")
    assert text == f"from stdin mark-42 {cluster.name}\n"


def test_second_user(cluster: Cluster) -> None:
    user2 = cluster.user2
    token = cluster.mint_token(user2, lifespan=600)
    d = cluster.rest("GET", f"/slurm/{cluster.api}/diag", token=token, user=user2)
    assert d.status == 200, d.body
    uid, _ = user_ids(user2)
    r = cluster.real(["id", "-u"], user=user2)
    assert r.stdout.decode().strip() == str(uid)
    q = cluster.real(["sacctmgr", "-n", "-P", "show", "assoc", f"user={user2}", "format=user"])
    assert q.stdout.decode().split() == [user2], q.stderr


def test_no_slurm_jwt_leaks_into_real_cli(cluster: Cluster, monkeypatch) -> None:
    # with SLURM_JWT set, root's real CLI would switch to auth/jwt and fail
    monkeypatch.setenv("SLURM_JWT", cluster.token)
    monkeypatch.setenv("SLURM_CONF", "/nonexistent/slurm.conf")
    r = cluster.real(["env"], user=None)
    names = {line.split("=", 1)[0] for line in r.stdout.decode().splitlines()}
    assert not {n for n in names if n.startswith("SLURM")}
    assert r.returncode == 0
    q = cluster.real(["squeue", "-h"], user=None)
    assert q.returncode == 0, q.stderr
    assert os.environ["SLURM_JWT"] == cluster.token
