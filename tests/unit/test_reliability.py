"""Cluster-free checks of the reliability fixes in the core (the fault tier checks the same
against a live slurmrestd, tests/faults/)."""

from __future__ import annotations

import time
from email.utils import formatdate

import pytest

from slurm_proxy.errors import SlurmError, from_response, loads, one_line
from slurm_proxy.http import Response, retry_after


@pytest.mark.parametrize(
    "raw, want",
    [
        ("plain text", "plain text"),
        ("two\nlines", "two lines"),
        ("crlf\r\n", "crlf"),
        ("SSH-2.0-OpenSSH_9.2p1\r\n", "SSH-2.0-OpenSSH_9.2p1"),
        ("\x1b[31mred\x1b[0m", "[31mred [0m"),
        ("bidi \u202eevil", "bidi evil"),
        ("bom \ufeff{}", "bom {}"),
        ("tab\tand\x00nul", "tab and nul"),
        ("é ü \U0001f600", "é ü \U0001f600"),
    ],
)
def test_one_line(raw: str, want: str) -> None:
    assert one_line(raw) == want
    assert SlurmError(raw).text == want


def test_server_text_cannot_add_lines() -> None:
    body = b'{"errors": [{"error_number": 2017, "error": "bad\\nsbatch: fake line\\u001b[2J"}]}'
    err = from_response(404, "application/json", body)
    assert err.text == "bad sbatch: fake line [2J" and err.errno == 2017
    err = from_response(500, "text/plain", b"\x1b]0;title\x07first line\nsecond\n")
    assert "\n" not in err.text and "\x1b" not in err.text


@pytest.mark.parametrize(
    "content",
    [b"[1e400]", b'{"a": NaN}', b"Infinity", b"-Infinity", b"[" * 100_000 + b"]" * 100_000],
)
def test_loads_rejects_what_json_does_not_allow(content: bytes) -> None:
    with pytest.raises(ValueError):
        loads(content)
    with pytest.raises(SlurmError, match="malformed JSON"):
        Response(200, "application/json", content, {}).json()
    err = from_response(500, "application/json", content)
    assert isinstance(err, SlurmError) and "\n" not in err.text


def test_loads_keeps_finite_numbers() -> None:
    assert loads(b'{"a": 1.5, "b": 18446744073709551615, "c": -1e300}') == {
        "a": 1.5,
        "b": 2**64 - 1,
        "c": -1e300,
    }


def test_502_from_slurmrestd_without_errors_is_the_controller() -> None:
    """24.11 answers /partitions with 502 and errors[] empty when slurmctld is down."""
    body = b'{"errors": [], "warnings": [], "meta": {"plugin": {"type": "openapi/slurmctld"}}}'
    err = from_response(502, "application/json", body)
    assert err.errno == 1800
    assert err.text == "Unable to contact slurm controller (connect failure)"
    # a gateway's own JSON 502 (no slurmrestd meta) says nothing about slurmctld
    assert from_response(502, "application/json", b'{"message": "x"}').errno is None


@pytest.mark.parametrize(
    "value, low, high",
    [
        (None, None, None),
        ("", None, None),
        ("0", 0, 0),
        ("1.5", 1.5, 1.5),
        ("-3", 0, 0),
        ("nan", None, None),
        ("inf", None, None),
        ("soon", None, None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0, 0),
    ],
)
def test_retry_after(value: str, low: float, high: float) -> None:
    got = retry_after(value)
    if low is None:
        assert got is None
    else:
        assert got is not None and low <= got <= high


def test_retry_after_http_date_in_the_future() -> None:
    got = retry_after(formatdate(time.time() + 120, usegmt=True))
    assert got is not None and 110 <= got <= 121
