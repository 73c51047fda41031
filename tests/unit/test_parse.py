"""Slurm value syntaxes (slurm_proxy.common.parse) against Slurm's own rules."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slurm_proxy.common import parse
from slurm_proxy.common.parse import (
    INFINITE,
    INFINITE16,
    KILL_JOB_BATCH,
    KILL_JOB_RESV,
    NO_VAL,
    NO_VAL64,
    ParseError,
    SignalSpec,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("60", 60),
        ("1:00:00", 60),
        ("0:3600", 60),
        ("1-00:00:00", 1440),
        ("1-0", 1440),
        ("1-", 1440),
        ("2-12", 3600),
        ("2-12:30", 3630),
        ("0:30", 1),  # 30 s rounds up to a minute
        ("0:61", 2),
        ("100:00:00", 6000),  # hours above 24 (Nextflow)
        ("0", 0),
        ("UNLIMITED", INFINITE),
        ("infinite", INFINITE),
        ("-1", INFINITE),
        ("", NO_VAL),
        ("abc", NO_VAL),
        ("1:2:3:4", NO_VAL),
        ("1-2-3", NO_VAL),
        (":5", NO_VAL),
        ("5:", NO_VAL),
        ("1h", NO_VAL),
        (" 5", NO_VAL),
        ("1:-5", NO_VAL),
    ],
)
def test_time_str2mins(text: str, minutes: int) -> None:
    assert parse.time_str2mins(text) == minutes


def test_time_limit_zero_means_infinite() -> None:
    assert parse.parse_time_limit("0") == INFINITE
    assert parse.parse_time_limit("bad") is None
    assert parse.parse_time_limit("5") == 5


def test_time_negative_days_wrap_like_c() -> None:
    # "-5": sscanf reads -5 days; Slurm then rounds toward zero
    assert parse.time_str2secs("-5") == (-432000) & 0xFFFFFFFF
    assert parse.time_str2mins("-5") == (-7199) & 0xFFFFFFFF


@given(st.text(alphabet="0123456789-:", max_size=12))
def test_time_never_raises(text: str) -> None:
    value = parse.time_str2mins(text)
    assert 0 <= value <= 0xFFFFFFFF


@pytest.mark.parametrize(
    ("text", "mb"),
    [
        ("2048", 2048),
        ("2048M", 2048),
        ("2048m", 2048),
        ("15G", 15360),
        ("4g", 4096),
        ("10GB", 10240),
        ("10gb", 10240),
        ("1T", 1048576),
        ("1024K", 1),
        ("1K", 1),
        ("1025k", 2),
        ("0", 0),
        ("+5", 5),
        (" 5", 5),
        ("5 ", NO_VAL64),
        ("5B", NO_VAL64),
        ("5MiB", NO_VAL64),
        ("5P", NO_VAL64),
        ("-5", NO_VAL64),
        ("", NO_VAL64),
        ("G", NO_VAL64),
        ("1.5G", NO_VAL64),
        ("99999999999999999999", NO_VAL64),
    ],
)
def test_str_to_mbytes(text: str, mb: int) -> None:
    assert parse.str_to_mbytes(text) == mb


def test_mbytes_to_str() -> None:
    assert parse.mbytes_to_str(2048) == "2G"
    assert parse.mbytes_to_str(1000) == "1000"
    assert parse.mbytes_to_str(0) == "0?"  # sic: Slurm never breaks out for 0
    assert parse.mbytes_to_str(1048576) == "1T"


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("B:USR2@30", SignalSpec(12, 30, KILL_JOB_BATCH)),
        ("USR2@90", SignalSpec(12, 90, 0)),
        ("KILL", SignalSpec(9, 60, 0)),
        ("SIGTERM", SignalSpec(15, 60, 0)),
        ("sigterm", SignalSpec(15, 60, 0)),
        ("10", SignalSpec(10, 60, 0)),
        ("R:TERM@5", SignalSpec(15, 5, KILL_JOB_RESV)),
        ("RB:TERM", SignalSpec(15, 60, KILL_JOB_RESV | KILL_JOB_BATCH)),
        ("BR:TERM", SignalSpec(15, 60, KILL_JOB_RESV | KILL_JOB_BATCH)),
        ("BUSR1", SignalSpec(10, 60, KILL_JOB_BATCH)),
        ("USR1@", SignalSpec(10, 0, 0)),
        ("BOGUS", None),
        ("0", None),
        ("USR1@x", None),
        ("USR1@-1", None),
        ("USR1@70000", None),
        ("", None),
    ],
)
def test_signal(text: str, spec: object) -> None:
    assert parse.get_signal_opts(text) == spec


def test_mail_type() -> None:
    assert parse.parse_mail_type("END,FAIL") == parse.MAIL_JOB_END | parse.MAIL_JOB_FAIL
    assert parse.parse_mail_type("none") == 0
    assert parse.parse_mail_type("bogus") == INFINITE16
    assert parse.parse_mail_type("end,bogus") == parse.MAIL_JOB_END
    assert parse.parse_mail_type("TIME_LIMIT_80") == parse.MAIL_JOB_TIME80


def test_parse_int() -> None:
    assert parse.parse_int("--cpus-per-task", "4", True) == 4
    with pytest.raises(ParseError, match='Invalid numeric value "0" for --cpus-per-task.'):
        parse.parse_int("--cpus-per-task", "0", True)
    with pytest.raises(ParseError, match='Invalid numeric value "4x" for'):
        parse.parse_int("--cpus-per-task", "4x", True)
    with pytest.raises(ParseError, match=r"Numeric argument \(2147483647\) too large"):
        parse.parse_int("--ntasks", "2147483647", True)


def test_node_counts() -> None:
    assert parse.verify_node_count("2") == (2, 2, None)
    assert parse.verify_node_count("1-3") == (1, 3, None)
    assert parse.verify_node_count("-3") == (1, 3, None)
    assert parse.verify_node_count("2k") == (2048, 2048, None)
    assert parse.verify_node_count("1,4-6") == (1, 6, "1,4-6")
    with pytest.raises(ParseError, match='"x" is not a valid node count'):
        parse.verify_node_count("x")
    with pytest.raises(ParseError, match="Maximum node count 1 is less than minimum node count 3"):
        parse.verify_node_count("3-1")


# -- begin times: a fixed "now" in the local zone -----------------------------------------
NOW = time.mktime((2025, 6, 15, 10, 30, 0, 0, 0, -1))


def local(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> int:
    return int(time.mktime((y, mo, d, h, mi, s, 0, 0, -1)))


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("2025-07-01", local(2025, 7, 1)),
        ("2025-07-01T12:34", local(2025, 7, 1, 12, 34)),
        ("2025-07-01T12:34:56", local(2025, 7, 1, 12, 34, 56)),
        ("16:00", local(2025, 6, 15, 16, 0)),
        ("09:00", local(2025, 6, 16, 9, 0)),  # already past today: tomorrow
        ("4:00 PM", local(2025, 6, 15, 16, 0)),
        ("noon", local(2025, 6, 15, 12, 0)),
        ("midnight", local(2025, 6, 16, 0, 0)),
        ("teatime", local(2025, 6, 15, 16, 0)),
        ("tomorrow", local(2025, 6, 16)),
        ("today", local(2025, 6, 15)),  # Slurm: midnight today (already past)
        ("now", int(NOW)),
        ("now+1hour", int(NOW) + 3600),
        ("now+60", int(NOW) + 60),
        ("now+2days", int(NOW) + 2 * 86400),
        ("now-5minutes", int(NOW) - 300),
        ("0701", local(2025, 7, 1)),
        ("07/01", local(2025, 7, 1)),
        ("07/01/26", local(2026, 7, 1)),
        ("01/01", local(2026, 1, 1)),  # earlier in the year: next year
        ("07/01-10:00", local(2025, 7, 1, 10, 0)),
        ("uts1750000000", 1750000000),
    ],
)
def test_parse_time(text: str, expect: int) -> None:
    assert parse.parse_time(text, now=NOW) == (expect, None)


@pytest.mark.parametrize(
    ("text", "pos"),
    [
        ("bogus", 0),
        ("25:00", 0),
        ("12:60", 3),
        ("now+", 3),
        ("now+1x", 4),
        ("13/01", 0),
        ("2025-13-01", 5),
        ("uts5", 0),
    ],
)
def test_parse_time_errors(text: str, pos: int) -> None:
    assert parse.parse_time(text, now=NOW) == (0, f"Invalid time specification (pos={pos}): {text}")


@given(st.text(max_size=20))
def test_parse_time_never_raises(text: str) -> None:
    value, err = parse.parse_time(text, now=NOW)
    assert isinstance(value, int)
    assert err is None or err.startswith("Invalid time specification")
