"""Real server-side faults: slurmrestd, slurmctld and slurmdbd stopped.

By default nothing of the shared clusters is touched: a slurmrestd of our own
(tests/faults/extra_restd.py) runs the 24.11 chroot's real binary on a free port, with a
copy of the cluster's slurm.conf whose SlurmctldPort / AccountingStoragePort point at a
loopback port that refuses connections, which is what slurmrestd meets when the daemon
is stopped.  ``SP_FAULTS_REAL_STOPS=1`` adds tests that really stop the 24.11 cluster's
slurmctld / slurmdbd for a few seconds and always restart them (clusterctl start), for
checking that the emulation says the same; never run those while others use the cluster.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import assert_clean_failure, need_root, run_cmd, unavailable
from tests.faults.extra_restd import ExtraRestd
from tests.faults.faultproxy import FaultProxy, RefusedPort
from tests.support.clusters import CLUSTERCTL, Cluster, clean_env

from .test_transport_faults import COMMANDS

HAVE = {prog for prog, _ in COMMANDS}
ARGV = dict(COMMANDS)

# slurmrestd 24.11 itself spends ~9 s on every request that needs slurmctld when the
# controller refuses connections (Slurm's own connect retries); one attempt per command
# here, and one test that counts the GET retries.
NO_RETRY = {"SLURM_PROXY_RETRIES": "0", "SLURM_PROXY_READ_TIMEOUT": "30"}
CTLD_BOUND = 20.0


@pytest.fixture(scope="module")
def chroot(upstream: Cluster) -> str:
    need_root()
    if not upstream.chroot:
        unavailable("the 24.11 cluster has no chroot")
    return upstream.chroot


@pytest.fixture(scope="module")
def ctld_down(chroot: str) -> Iterator[ExtraRestd]:
    with RefusedPort() as dead, ExtraRestd(chroot, ctld_port=dead.port) as restd:
        yield restd


@pytest.fixture(scope="module")
def dbd_down(chroot: str) -> Iterator[ExtraRestd]:
    with RefusedPort() as dead, ExtraRestd(chroot, dbd_port=dead.port) as restd:
        yield restd


@pytest.fixture
def cache() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="sp-faults-cache-") as d:
        yield d


# -- slurmrestd stopped ---------------------------------------------------------------------
def test_slurmrestd_stopped(
    chroot: str, upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    restd = ExtraRestd(chroot).start()
    try:
        url = restd.url
        up = run_cmd(url, upstream.token, "slurm-proxy", ["ping"], cache=cache)
        assert up.rc == 0 and "Slurm 24.11" in up.stdout, up.result
    finally:
        restd.stop()
    # the negotiation cache is warm: the command's own request meets the closed port
    for prog in sorted(HAVE):
        run = run_cmd(url, upstream.token, prog, ARGV[prog], cache=cache)
        fault_table.append(("slurmrestd stopped", prog, run.stderr, run.rc, run.seconds))
        assert_clean_failure(
            run,
            prog,
            max_seconds=5.0,
            contains=rf"Unable to contact slurmrestd at {url}: "
            r"Connection refused",
        )


# -- slurmctld stopped ------------------------------------------------------------------------
def test_slurmctld_stopped_ping(
    ctld_down: ExtraRestd, upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    """/ping answers 200 with the controller DOWN: slurm-proxy ping reports it, exit 0."""
    run = run_cmd(ctld_down.url, upstream.token, "slurm-proxy", ["ping"], cache=cache)
    fault_table.append(("slurmctld stopped", "slurm-proxy", run.stdout, run.rc, run.seconds))
    assert run.rc == 0, run.result
    assert "slurmctld vm DOWN (primary)" in run.stdout


@pytest.mark.parametrize("prog", [p for p in ("squeue", "sinfo") if p in HAVE])
def test_slurmctld_stopped(
    prog: str, ctld_down: ExtraRestd, upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    run = run_cmd(ctld_down.url, upstream.token, prog, ARGV[prog], cache=cache, env=NO_RETRY)
    fault_table.append(("slurmctld stopped", prog, run.stderr, run.rc, run.seconds))
    # the real commands: "slurm_load_jobs error: Unable to contact slurm controller
    # (connect failure)" (squeue), "slurm_load_partitions: Unable to ..." (sinfo)
    assert_clean_failure(
        run,
        prog,
        max_seconds=CTLD_BOUND,
        contains=r"Unable to contact slurm controller \(connect failure\)$",
    )


def test_slurmctld_stopped_get_is_retried(
    ctld_down: ExtraRestd, upstream: Cluster, cache: str
) -> None:
    """502 from slurmrestd is retried for a GET (1 + SLURM_PROXY_RETRIES requests)."""
    with FaultProxy(ctld_down.url, lifetime=120) as fp:
        warm = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=cache)
        assert warm.rc == 0, warm.result
        fp.set("pass")
        session_env = {"SLURM_PROXY_RETRIES": "1", "SLURM_PROXY_READ_TIMEOUT": "30"}
        run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=cache, env=session_env)
        assert run.rc == 0  # /ping needs no controller
        fp.set("pass")
        from tests.faults.test_transport_faults import _attempt, _session

        sess = _session(fp.url, upstream.token, cache)
        sess.transport.retries = 1
        sess.transport.read_timeout = 30
        started = time.monotonic()
        outcome = _attempt(sess, "GET", "/slurm/{v}/diag", None)
        elapsed = time.monotonic() - started
        sess.close()
    assert getattr(outcome, "errno", None) == 1800, outcome
    assert fp.count("GET") == 2
    assert elapsed < 2 * CTLD_BOUND


# -- slurmdbd stopped -------------------------------------------------------------------------
def test_slurmdbd_stopped(
    dbd_down: ExtraRestd, upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    if "sacct" not in HAVE:
        pytest.skip("sacct is not written yet")
    run = run_cmd(dbd_down.url, upstream.token, "sacct", ARGV["sacct"], cache=cache)
    fault_table.append(("slurmdbd stopped", "sacct", run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, "sacct", max_seconds=8.0, contains=r"Unable to connect to database")


@pytest.mark.parametrize("prog", [p for p in ("slurm-proxy", "squeue") if p in HAVE])
def test_slurmdbd_stopped_others_unaffected(
    prog: str, dbd_down: ExtraRestd, upstream: Cluster, cache: str
) -> None:
    run = run_cmd(
        dbd_down.url,
        upstream.token,
        prog,
        ARGV[prog],
        cache=cache,
        env={"SLURM_PROXY_READ_TIMEOUT": "60"},
    )
    assert run.rc == 0 and run.stderr == "", run.result


def test_slurmdbd_stopped_sinfo(
    dbd_down: ExtraRestd, upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    """slurmrestd 24.11 looks TRES up in slurmdbd for /partitions: without slurmdbd it
    answers 500 ``{"error_number": 111, "error": "Connection refused", "description":
    "Slurmdb query failed", "source": "slurmdb_tres_get"}`` (the real sinfo, which asks
    slurmctld, still works)."""
    if "sinfo" not in HAVE:
        pytest.skip("sinfo is not written yet")
    run = run_cmd(
        dbd_down.url,
        upstream.token,
        "sinfo",
        [],
        cache=cache,
        env={"SLURM_PROXY_READ_TIMEOUT": "60"},
    )
    fault_table.append(("slurmdbd stopped", "sinfo", run.stderr or run.stdout, run.rc, run.seconds))
    if run.rc != 0:
        assert_clean_failure(run, "sinfo", max_seconds=8.0)


# -- opt-in: really stop the 24.11 daemons (a few seconds, always restarted) ------------------
REAL = os.environ.get("SP_FAULTS_REAL_STOPS", "") in ("1", "yes", "true")


def _pid_of(chroot: str, pidfile: str, comm: tuple[str, ...]) -> int:
    pid = int(Path(chroot, pidfile.lstrip("/")).read_text().split()[0])
    assert os.path.realpath(f"/proc/{pid}/root") == os.path.realpath(chroot)
    assert Path(f"/proc/{pid}/comm").read_text().strip() in comm
    return pid


def _stop_pid(pid: int) -> None:
    os.kill(pid, 15)
    for _ in range(150):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        except OSError:
            return
        if state == "Z":
            return
        time.sleep(0.1)
    os.kill(pid, 9)


def _restart(release: str) -> None:
    subprocess.run(
        [str(CLUSTERCTL), "start", release],
        env=clean_env(),
        timeout=300,
        check=False,
        capture_output=True,
    )


@pytest.mark.skipif(not REAL, reason="set SP_FAULTS_REAL_STOPS=1 to stop real daemons")
@pytest.mark.parametrize(
    "daemon, pidfile, comm, prog, expected",
    [
        (
            "slurmctld",
            "/run/slurmctld.pid",
            ("slurmctld",),
            "squeue",
            r"Unable to contact slurm controller \(connect failure\)$",
        ),
        ("slurmdbd", "/run/slurmdbd.pid", ("slurmdbd",), "sacct", r"Unable to connect to database"),
    ],
)
def test_real_daemon_stopped(
    daemon: str,
    pidfile: str,
    comm: tuple[str, ...],
    prog: str,
    expected: str,
    chroot: str,
    upstream: Cluster,
    cache: str,
    fault_table: list[Any],
) -> None:
    if prog not in HAVE:
        pytest.skip(f"{prog} is not written yet")
    warm = run_cmd(upstream.url, upstream.token, "slurm-proxy", ["ping"], cache=cache)
    assert warm.rc == 0, warm.result
    pid = _pid_of(chroot, pidfile, comm)
    try:
        _stop_pid(pid)
        run = run_cmd(upstream.url, upstream.token, prog, ARGV[prog], cache=cache, env=NO_RETRY)
    finally:
        _restart(upstream.release)
    fault_table.append((f"{daemon} stopped (real)", prog, run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, prog, max_seconds=CTLD_BOUND, contains=expected)
