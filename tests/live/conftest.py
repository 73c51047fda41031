"""Fixtures for the live tests: the real Slurm clusters run by scripts/cluster/clusterctl.

    cluster      a tests.support.clusters.Cluster, parametrized over 22.05, 24.11, 26.05
    cluster_api  a ClusterAPI(cluster, api) pair, parametrized over every REST version
                 each release serves (22.05: v0.0.38; 24.11: v0.0.40-42; 26.05: v0.0.42-45)
    jobdir       a fresh /srv/slurm-jobs/<release>/<test name>/ for the test's cluster

A missing cluster skips the test with the reason, except under CI=true, where it fails:
CI must never pass by skipping its live tests.  Every test under tests/live is marked
``live``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple, Optional

import pytest

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parents[1]
if str(_REPO) not in sys.path:  # `tests.support` is importable however pytest is started
    sys.path.insert(0, str(_REPO))

from tests.support.clusters import RELEASES, SERVED_APIS, Cluster, probe  # noqa: E402


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _unavailable(reason: str) -> None:
    if in_ci():
        pytest.fail(f"live cluster unavailable under CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


_probed: dict[str, tuple[Optional[Cluster], str]] = {}


def get_cluster(release: str) -> Cluster:
    """The running cluster of ``release``; skips (locally) or fails (CI) when absent."""
    if release not in _probed:
        _probed[release] = probe(release)
    cluster, reason = _probed[release]
    if cluster is None:
        _unavailable(reason)
    assert cluster is not None
    return cluster


class ClusterAPI(NamedTuple):
    cluster: Cluster
    api: str  # "v0.0.41"

    @property
    def release(self) -> str:
        return self.cluster.release


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.live)


@pytest.fixture(scope="session", params=RELEASES, ids=list(RELEASES))
def cluster(request: pytest.FixtureRequest) -> Cluster:
    return get_cluster(request.param)


_API_PARAMS = [(r, v) for r in RELEASES for v in SERVED_APIS[r]]


@pytest.fixture(scope="session", params=_API_PARAMS, ids=[f"{r}-{v}" for r, v in _API_PARAMS])
def cluster_api(request: pytest.FixtureRequest) -> ClusterAPI:
    release, api = request.param
    cluster = get_cluster(release)
    if api not in cluster.versions:
        _unavailable(f"Slurm {release} at {cluster.url} does not serve {api} ({cluster.env_file})")
    return ClusterAPI(cluster, api)


@pytest.fixture
def jobdir(request: pytest.FixtureRequest) -> Path:
    """/srv/slurm-jobs/<release>/<test name>/, emptied, mode 1777, owned by slurmtest."""
    if "cluster_api" in request.fixturenames:
        c: Cluster = request.getfixturevalue("cluster_api").cluster
    else:
        c = request.getfixturevalue("cluster")
    return c.jobpath(request.node.name)
