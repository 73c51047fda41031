"""Record the cassettes of tests/cassette from the live clusters (make cassettes)."""

from __future__ import annotations

import json
import os
import tempfile

import pytest

from tests.cassette.cases import CASES
from tests.cassette.recording import RECORDING, CassetteCase, paths, vcr_for
from tests.cassette.test_cassettes import _env
from tests.support.diff import run_proxy, run_real

pytestmark = pytest.mark.skipif(
    not RECORDING, reason="recording runs only with SLURM_PROXY_RECORD=1 (make cassettes)"
)


def test_record(cluster_api: tuple) -> None:
    cluster, api = cluster_api
    for case in CASES:
        record_case(cluster, api, case)


def record_case(cluster: object, api: str, case: CassetteCase) -> None:

    yaml_path, meta_path = paths(cluster.release, api, case)  # type: ignore[attr-defined]
    yaml_path.parent.mkdir(parents=True, exist_ok=True)
    if yaml_path.exists():
        os.unlink(yaml_path)
    real = run_real(cluster, case.prog, list(case.argv), env={"TZ": "UTC"})
    with tempfile.TemporaryDirectory() as cache, vcr_for(record=True).use_cassette(str(yaml_path)):
        got = run_proxy(cluster, case.prog, list(case.argv), env=_env(api, cache))
    meta_path.write_text(
        json.dumps(
            {
                "url": cluster.url,
                "prog": case.prog,
                "argv": list(case.argv),  # type: ignore
                "note": case.note,
                "real": {"stdout": real.stdout, "stderr": real.stderr, "rc": real.rc},
            },
            indent=1,
        )
        + "\n"
    )
    assert got == real, (
        f"{case.prog} {' '.join(case.argv)} on {cluster!r} {api}\n"
        f"=== proxy\n{got}\n=== real\n{real}"
    )
