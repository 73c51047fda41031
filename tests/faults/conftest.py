"""Fixtures of the fault tier: live slurmrestd behind a fault-injecting proxy.

Reuses the live tier's cluster fixtures (a missing cluster skips locally and fails under
CI=true).  Every test here is marked ``live``.

    upstream      the 24.11 cluster (tests.support.clusters.Cluster)
    fault_proxy   a FaultProxy in front of it, module-scoped, reset to ``pass`` per test
    proxy_run     run a command in-process against a URL with tight timeouts
    fault_table   collects (fault, command, stderr, rc, seconds) rows; written as a
                  markdown table to $SLURM_PROXY_FAULT_TABLE at the end when set
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parents[1]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from tests.faults.faultproxy import FaultProxy  # noqa: E402
from tests.live.conftest import (  # noqa: E402,F401  (fixtures re-exported for this tier)
    ClusterAPI,
    cluster,
    cluster_api,
    get_cluster,
    in_ci,
)
from tests.support.clusters import Cluster  # noqa: E402
from tests.support.diff import Result, run_proxy  # noqa: E402

# Timeouts the fault tests run with: small, so that every fault is over in seconds.
CONNECT_TIMEOUT = 1.0
READ_TIMEOUT = 2.0
RETRIES = 2
FAST_ENV = {
    "SLURM_PROXY_CONNECT_TIMEOUT": str(CONNECT_TIMEOUT),
    "SLURM_PROXY_READ_TIMEOUT": str(READ_TIMEOUT),
    "SLURM_PROXY_RETRIES": str(RETRIES),
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.live)


def unavailable(reason: str) -> None:
    """Skip locally, fail under CI=true (CI must never pass by skipping)."""
    if in_ci():
        pytest.fail(f"unavailable under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


def need_root() -> None:
    if os.geteuid() != 0:
        unavailable("needs root (chroot, daemons of the test clusters)")


@pytest.fixture(scope="session")
def upstream() -> Cluster:
    return get_cluster("24.11")


@dataclass
class Target:
    """Enough of a Cluster for tests.support.diff.run_proxy: a URL and a token."""

    url: str
    token: str


@dataclass
class Run:
    result: Result
    seconds: float

    @property
    def rc(self) -> int:
        return self.result.rc

    @property
    def stdout(self) -> str:
        return self.result.stdout

    @property
    def stderr(self) -> str:
        return self.result.stderr


def run_cmd(
    url: str,
    token: str,
    prog: str,
    argv: list[str],
    *,
    cache: str,
    env: Optional[dict[str, str]] = None,
) -> Run:
    full = {
        **FAST_ENV,
        "SLURM_PROXY_CACHE_DIR": cache,
        "SLURM_USER_NAME": "slurmtest",
        "TZ": "UTC",
        **(env or {}),
    }
    started = time.monotonic()
    result = run_proxy(Target(url, token), prog, argv, env=full)
    return Run(result, time.monotonic() - started)


@pytest.fixture(scope="module")
def fault_proxy(upstream: Cluster) -> Iterator[FaultProxy]:
    with FaultProxy(upstream.url, lifetime=600) as fp:
        yield fp


@pytest.fixture
def fp(fault_proxy: FaultProxy) -> Iterator[FaultProxy]:
    fault_proxy.set("pass")
    yield fault_proxy
    fault_proxy.set("pass")


@pytest.fixture(scope="module")
def warm_cache(fault_proxy: FaultProxy, upstream: Cluster) -> Iterator[str]:
    """A negotiation cache that already knows the fault proxy's URL (so a fault hits the
    command's own request, not the version probe)."""
    with tempfile.TemporaryDirectory(prefix="sp-faults-cache-") as cache:
        fault_proxy.set("pass")
        r = run_cmd(fault_proxy.url, upstream.token, "slurm-proxy", ["ping"], cache=cache)
        assert r.rc == 0, r.result
        yield cache


_ROWS: list[tuple[str, str, str, int, float]] = []


@pytest.fixture(scope="session")
def fault_table() -> Iterator[list[tuple[str, str, str, int, float]]]:
    yield _ROWS
    out = os.environ.get("SLURM_PROXY_FAULT_TABLE")
    if out and _ROWS:
        lines = [
            "| fault | command | stderr (stdout when rc=0) | exit | seconds |",
            "|---|---|---|---|---|",
        ]
        for fault, prog, text, rc, secs in sorted(_ROWS, key=lambda r: (r[0], r[1])):
            cell = text.strip().replace("|", "\\|").replace("\n", "<br>")
            lines.append(f"| {fault} | {prog} | `{cell}` | {rc} | {secs:.2f} |")
        Path(out).write_text("\n".join(lines) + "\n")


def assert_clean_failure(run: Run, prog: str, *, max_seconds: float, contains: Any = None) -> str:
    """One line on stderr, Slurm-style, exit 1, no traceback, in bounded time."""
    err = run.stderr
    assert run.rc == 1, run.result
    assert "Traceback" not in err and "Traceback" not in run.stdout, run.result
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), f"not one line:\n{run.result}"
    line = lines[0]
    assert "\r" not in line and "\x1b" not in line, repr(line)
    # "<prog>: error: ..." (Slurm's error()), or what the real command prints for a failed
    # API call: "slurm_load_jobs error: ..." (squeue), "slurm_load_partitions: ..." (sinfo)
    assert re.match(rf"({re.escape(prog)}: error: |slurm_load_\w+(?: error)?: )", line), line
    assert run.seconds < max_seconds, f"took {run.seconds:.1f}s > {max_seconds}s: {line}"
    if contains is not None:
        assert re.search(contains, line), f"{contains!r} not in {line!r}"
    return line
