"""Version negotiation, its cache, and `slurm-proxy ping` against every live slurmrestd."""

from __future__ import annotations

import json
import re
import tempfile

from slurm_proxy import negotiate
from tests.support.diff import run_proxy

NEWEST = {"22.05": "v0.0.38", "24.11": "v0.0.42", "26.05": "v0.0.45"}


def ping(cluster: object, **env: str):
    return run_proxy(cluster, "slurm-proxy", ["ping"], env=env)


def requests_in(stderr: str) -> list[str]:
    return re.findall(r"debug: (GET|POST|DELETE) (\S+) -> (\S+)", stderr)


def test_ping_negotiates_the_newest_version(cluster) -> None:
    with tempfile.TemporaryDirectory() as cache:
        got = ping(cluster, SLURM_PROXY_CACHE_DIR=cache)
    assert got.rc == 0, got
    want = NEWEST[cluster.release]
    assert got.stdout.startswith(
        f"slurmrestd {cluster.url}: API {want}, Slurm {cluster.slurm_version}, slurmctld "
    ), got
    assert " UP (primary), " in got.stdout and got.stderr == ""


def test_pinned_version(cluster_api) -> None:
    cluster, api = cluster_api
    with tempfile.TemporaryDirectory() as cache:
        got = ping(cluster, SLURM_PROXY_CACHE_DIR=cache, SLURM_PROXY_API_VERSION=api)
    assert got.rc == 0 and f": API {api}, " in got.stdout, got


def test_warm_cache_costs_no_extra_request(cluster) -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = ping(cluster, SLURM_PROXY_CACHE_DIR=cache, SLURM_PROXY_DEBUG="1")
        warm = ping(cluster, SLURM_PROXY_CACHE_DIR=cache, SLURM_PROXY_DEBUG="1")
    versions = negotiate.supported_versions()
    probes = versions.index(NEWEST[cluster.release]) + 1
    assert len(requests_in(cold.stderr)) == probes + 1, cold.stderr
    assert len(requests_in(warm.stderr)) == 1, warm.stderr
    assert cold.stdout.split(", ")[:3] == warm.stdout.split(", ")[:3]


def test_stale_cache_is_renegotiated(cluster) -> None:
    """A cached version the server no longer serves (an upgrade) is dropped and re-probed."""
    stale = "v0.0.44" if cluster.release != "26.05" else "v0.0.38"
    with tempfile.TemporaryDirectory() as cache:
        env = {"HOME": cache, "SLURM_PROXY_CACHE_DIR": cache}
        negotiate.remember(
            env,
            negotiate.ServerInfo(
                url=cluster.url, api=stale, release="x", accounting=None, checked=9e12
            ),
        )
        got = ping(cluster, **env, SLURM_PROXY_DEBUG="1")
        with open(negotiate.cache_path(env)) as fh:
            stored = json.load(fh)[cluster.url]
    assert got.rc == 0 and f"API {NEWEST[cluster.release]}," in got.stdout, got
    assert stored["api"] == NEWEST[cluster.release]
    assert requests_in(got.stderr)[0][2] == "404"


def test_bad_token_is_a_one_line_error(cluster) -> None:
    got = run_proxy(
        cluster,
        "slurm-proxy",
        ["ping"],
        env={
            "SLURM_JWT": "not-a-token",
            "SLURM_USER_NAME": "slurmtest",
            "SLURM_PROXY_API_VERSION": NEWEST[cluster.release],
        },
    )
    # /ping itself does not check tokens on 24.11+; it answers that the controller is DOWN
    if got.rc == 0:
        assert "DOWN" in got.stdout, got
    else:
        assert got.stderr.startswith("slurm-proxy: error: ") and got.stderr.count("\n") == 1, got
    assert "not-a-token" not in got.stdout + got.stderr
