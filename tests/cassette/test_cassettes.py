"""Replay every recorded cassette (no cluster needed); record them with make cassettes."""

from __future__ import annotations

import json
import re
import tempfile

import pytest

from tests.cassette.cases import CASES
from tests.cassette.recording import (
    DATA,
    REPLAY_TOKEN,
    paths,
    recorded,
    vcr_for,
)
from tests.support.diff import Result, run_proxy

JWT = re.compile(rb"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.")
CASES_BY_NAME = {c.name: c for c in CASES}


class _Recorded:
    """Enough of a Cluster for run_proxy: URL and a stand-in token."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.token = REPLAY_TOKEN


def _env(api: str, cache: str) -> dict[str, str]:
    # pin the version: the cassette holds exactly one ping for negotiation
    return {
        "SLURM_PROXY_API_VERSION": api,
        "SLURM_PROXY_CACHE_DIR": cache,
        "SLURM_USER_NAME": "slurmtest",
        "TZ": "UTC",
    }


@pytest.mark.parametrize(
    "release, api, name",
    recorded()
    or [pytest.param("-", "-", "-", marks=pytest.mark.skip(reason="no cassettes recorded yet"))],
)
def test_replay(release: str, api: str, name: str) -> None:
    if name not in CASES_BY_NAME:
        pytest.fail(f"cassette {release}/{api}/{name} has no case in tests/cassette/cases.py")
    case = CASES_BY_NAME[name]
    yaml_path, meta_path = paths(release, api, case)
    meta = json.loads(meta_path.read_text())
    with tempfile.TemporaryDirectory() as cache, vcr_for(record=False).use_cassette(str(yaml_path)):
        got = run_proxy(_Recorded(meta["url"]), case.prog, list(case.argv), env=_env(api, cache))
    want = Result(meta["real"]["stdout"], meta["real"]["stderr"], meta["real"]["rc"])
    assert got == want, f"{case.prog} {' '.join(case.argv)}\n=== proxy\n{got}\n=== real\n{want}"


def test_no_secrets_in_cassettes() -> None:
    for path in DATA.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not JWT.search(data), f"JWT-shaped string in {path}"
            assert b"x-slurm-user-token" not in data.lower(), f"token header kept in {path}"
