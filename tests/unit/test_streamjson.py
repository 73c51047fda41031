"""streamjson.loads_list: the same answer as errors.loads, whatever the window size."""

from __future__ import annotations

import json
from typing import Any

import pytest

from slurm_proxy.adapters import acct
from slurm_proxy.adapters import jobs as jobs_adapter
from slurm_proxy.errors import loads
from slurm_proxy.streamjson import loads_list
from tests.support.recorded import RECORDED

GOOD = [
    b'{"jobs": [1, 2.5, {"a": "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"}, [], -12345e-2], '
    b'"x": 123, "meta": {"k": [1, 2]}, "errors": []}',
    b"{}",
    b'{ "jobs" : [ ] }',
    b'{"a":1,"jobs":[{"n":"z"}],"b":true,"c":null,"d":-0.5e3,"jobs2":[1]}',
    b'  {"jobs":[10,20]}\n',
    b'{"jobs": {"not": "a list"}}',
    b'{"a": "\\u00e9\\"\\\\", "jobs": ["\\ud83d\\ude00"]}',
    b"[1, 2]",  # not an object: parsed the ordinary way
]

BAD = [
    b'{"jobs": [1,}',
    b'{"jobs": [NaN]}',
    b'{"a": Infinity}',
    b'{"a": 1e400}',
    b'{"a":1} x',
    b'{"a" 1}',
    b'{"jobs":[1 2]}',
    b'{"a":1',
    b'{"jobs":[1',
    b'{"a":"\xff"}',
    b'{"a":tru}',
    b'{"a":1,}',
    b"{1: 2}",
    b'{"a": ' + b"[" * 100000 + b"]" * 100000 + b"}",
]


def _tag(value: Any) -> Any:
    return ("seen", value)


@pytest.mark.parametrize("doc", GOOD)
def test_same_result_as_loads_at_every_window_size(doc: bytes) -> None:
    ref = loads(doc)
    if isinstance(ref, dict) and isinstance(ref.get("jobs"), list):
        ref["jobs"] = [_tag(v) for v in ref["jobs"]]
    for chunk in (1, 2, 3, 5, 7, 11, 64, 1 << 20):
        assert loads_list(doc, "jobs", _tag, chunk=chunk) == ref, chunk


@pytest.mark.parametrize("doc", BAD)
def test_malformed_is_a_value_error_like_loads(doc: bytes) -> None:
    with pytest.raises(ValueError):
        loads(doc)
    for chunk in (1, 3, 1 << 20):
        with pytest.raises(ValueError):
            loads_list(doc, "jobs", _tag, chunk=chunk)


@pytest.mark.parametrize(
    "path, version",
    [
        ("live-22.05/jobs-while-array-running.json", "v0.0.38"),
        ("live-24.11/jobs-v0.0.40.json", "v0.0.40"),
        ("live-24.11/jobs-v0.0.42.json", "v0.0.42"),
        ("live-26.05/bearer-auth-v0.0.44-jobs.json", "v0.0.44"),
    ],
)
def test_streamed_job_records_equal_the_plain_ones(path: str, version: str) -> None:
    """A recorded ``GET /jobs`` (pretty-printed as slurmrestd sends it): the records
    built while parsing with small windows are those built from the whole answer."""
    file = RECORDED / path
    if not file.exists():
        pytest.skip(f"no recording {path}")
    content = file.read_bytes()
    plain = jobs_adapter.jobs_from_response(version, json.loads(content))
    each = jobs_adapter.streamed(lambda: version)
    body = loads_list(content, each[0], each[1], chunk=997)
    streamed = jobs_adapter.streamed_jobs(body)
    assert plain, "the recording holds jobs"
    slots = [s for s in jobs_adapter.Job.__slots__ if s != "raw"]
    assert [[getattr(j, s) for s in slots] for j in streamed] == [
        [getattr(j, s) for s in slots] for j in plain
    ]
    assert all(j.raw is None for j in streamed)


def test_streamed_accounting_records_equal_the_plain_ones() -> None:
    files = [RECORDED / "live-22.05/slurmdb-jobs.json"]
    files += sorted(RECORDED.glob("live-*/slurmdb-jobs-v*.json"))[::3]
    files = [f for f in files if (json.loads(f.read_bytes()) or {}).get("jobs")]
    if not files:
        pytest.skip("no recorded /slurmdb jobs answer")
    for file in files:
        content = file.read_bytes()
        plain = acct.jobs_from_slurmdb(json.loads(content))
        body = loads_list(content, *acct.STREAMED, chunk=501)
        assert [_acct(j) for j in acct.streamed_jobs(body)] == [_acct(j) for j in plain], file
        assert plain, file


def _acct(job: acct.AcctJob) -> Any:
    """A job's fields, its steps' fields without their link back to the job."""
    steps = [{k: v for k, v in vars(s).items() if k != "job"} for s in job.steps]
    return {**{k: v for k, v in vars(job).items() if k != "steps"}, "steps": steps}
