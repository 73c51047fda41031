"""Fuzz the error path: mutated real responses into errors.from_response, the transport's
JSON decoding and the session's answer check.

Property: nothing but :class:`SlurmError` ever comes out, and its text is one printable
line (the commands print it after ``<prog>: error: ``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slurm_proxy.errors import SlurmError, from_response
from slurm_proxy.http import Response
from slurm_proxy.session import Session
from tests.fuzz import seeds
from tests.fuzz.conftest import EXAMPLES, FUZZ, FUZZ_EXTRA
from tests.fuzz.mutate import json_values, mutate, pick

if not seeds.available():
    if __import__("os").environ.get("CI", "").lower() in ("true", "1", "yes"):
        raise RuntimeError(f"recorded responses missing under CI=true: {seeds.RECORDED}")
    pytest.skip(f"no recorded responses at {seeds.RECORDED}", allow_module_level=True)

RESPONSES = seeds.responses()
STATUSES = sorted(
    {r.status for r in RESPONSES} | {0, 100, 199, 204, 302, 403, 429, 503, 504, 599, 999}
)
CTYPES = sorted(
    {r.ctype for r in RESPONSES}
    | {
        "",
        "text/html",
        "text/html; charset=utf-8",
        "application/json; charset=utf-8",
        "application/problem+json",
        "application/octet-stream",
        "TEXT/PLAIN",
        "json",
    }
)
KINDS = {"config", "auth", "connect", "timeout", "tls", "protocol", "server"}


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    """A recorded body, mutated as JSON (then re-serialised) or as bytes."""
    resp = pick(draw(st.data()), RESPONSES, "seed")
    body = resp.body
    how = draw(
        st.sampled_from(["json", "json", "bytes", "truncate", "raw", "nest", "constants"]),
        label="how",
    )
    if how == "json":
        try:
            doc = json.loads(body)
        except ValueError:
            how = "bytes"
        else:
            data = draw(st.data())
            indent = draw(st.sampled_from([None, 2]))
            if isinstance(doc, (dict, list)):
                doc = mutate(data, doc)
            else:
                doc = draw(json_values)
            return json.dumps(doc, indent=indent).encode()
    if how == "bytes":
        out = bytearray(body)
        for _ in range(draw(st.integers(1, 8))):
            pos = draw(st.integers(0, len(out)))
            what = draw(st.sampled_from(["insert", "replace", "delete"]))
            chunk = draw(
                st.binary(min_size=1, max_size=8)
                | st.sampled_from(
                    [
                        b"\xff",
                        b"\xc3",
                        b"\x00",
                        b"\r\n",
                        b"\x1b[2J",
                        b'"',
                        b"{",
                        b"}",
                        b"[",
                        b"]",
                        b",",
                        b"\\u",
                    ]
                )
            )
            if what == "insert" or not out:
                out[pos:pos] = chunk
            elif what == "replace":
                out[pos : pos + len(chunk)] = chunk
            else:
                del out[pos : pos + draw(st.integers(1, 16))]
        return bytes(out)
    if how == "truncate":
        return body[: draw(st.integers(0, max(0, len(body) - 1)))]
    if how == "nest":  # deeper than any recursion limit
        depth = draw(st.sampled_from([100, 5_000, 200_000]))
        return b"[" * depth + b"]" * draw(st.sampled_from([0, depth]))
    if how == "constants":
        return draw(
            st.sampled_from(
                [
                    b'{"errors": NaN}',
                    b'{"n": Infinity}',
                    b"[-Infinity]",
                    b'{"x": 1e400}',
                    b"1" * 5000,
                    b'{"a": ' + b"9" * 5000 + b"}",
                    b"\xef\xbb\xbf{}",
                    b"null",
                    b'"text"',
                    b"[]",
                ]
            )
        )
    return body


def _check_error(err: Any, status: int) -> None:
    assert isinstance(err, SlurmError), err
    assert isinstance(err.text, str) and err.text, err
    assert "\n" not in err.text and "\r" not in err.text and "\x1b" not in err.text
    assert all(c.isprintable() for c in err.text), repr(err.text)
    assert err.kind in KINDS
    assert err.status == status


@FUZZ
@given(
    status=st.sampled_from(STATUSES) | st.integers(0, 999),
    ctype=st.sampled_from(CTYPES) | st.text(max_size=30),
    content=mutated_bytes(),
)
def test_from_response(status: int, ctype: str, content: bytes) -> None:
    EXAMPLES["errors.from_response"] += 1
    _check_error(from_response(status, ctype, content), status)


@FUZZ_EXTRA
@given(status=st.sampled_from(STATUSES), ctype=st.sampled_from(CTYPES), content=mutated_bytes())
def test_session_answer(status: int, ctype: str, content: bytes) -> None:
    """Session._json / Response.json: a dict back, or a SlurmError; nothing else."""
    EXAMPLES["session._json + Response.json"] += 1
    response = Response(status, ctype.lower(), content, {})
    sess = Session.__new__(Session)
    try:
        body = sess._json(response)
    except SlurmError as err:
        _check_error(err, status)
    else:
        assert isinstance(body, dict)
        if status != 304:
            assert 200 <= status < 300
        _assert_finite(body)


def _assert_finite(value: Any) -> None:
    """The transport hands the adapters no NaN or infinity (JSON has none)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, float):
            assert v == v and v not in (float("inf"), float("-inf")), v
        elif isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


def test_recorded_responses_unmutated() -> None:
    """Every recorded non-2xx response gives a clean error as it is."""
    n = 0
    for resp in RESPONSES:
        if not 200 <= resp.status < 300:
            _check_error(from_response(resp.status, resp.ctype, resp.body), resp.status)
            n += 1
    assert n > 100
