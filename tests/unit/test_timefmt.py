"""Slurm's time printers (slurm_proxy.common.timefmt)."""

from __future__ import annotations

import time

import pytest

from slurm_proxy.common import timefmt as T


@pytest.mark.parametrize(
    "secs, text",
    [
        (0, "0:00"),
        (59, "0:59"),
        (61, "1:01"),
        (3600, "1:00:00"),
        (86399, "23:59:59"),
        (86400, "1-00:00:00"),
        (90061, "1-01:01:01"),
        (-1, "INVALID"),
        (T.YEAR_SECONDS + 1, "INVALID"),
        (T.YEAR_SECONDS, "365-00:00:00"),
    ],
)
def test_elapsed(secs: int, text: str) -> None:
    assert T.elapsed(secs) == text


@pytest.mark.parametrize(
    "secs, text",
    [
        (0, "00:00:00"),
        (3661, "01:01:01"),
        (86400 + 5, "1-00:00:05"),
        (T.INFINITE, "UNLIMITED"),
        (-5, "INVALID"),
    ],
)
def test_secs2time_str(secs: int, text: str) -> None:
    assert T.secs2time_str(secs) == text


@pytest.mark.parametrize(
    "mins, text",
    [
        (0, "00:00:00"),
        (5, "00:05:00"),
        (1440, "1-00:00:00"),
        (T.INFINITE, "UNLIMITED"),
    ],
)
def test_mins2time_str(mins: int, text: str) -> None:
    assert T.mins2time_str(mins) == text


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_make_time_str(utc: None) -> None:
    assert T.make_time_str(0) == "Unknown"
    assert T.make_time_str(T.INFINITE) == "Unknown"
    assert T.make_time_str(T.NO_VAL) == "None"
    assert T.make_time_str(1795645282) == "2026-11-25T22:21:22"
    assert T.make_time_str(1795645282, {"SLURM_TIME_FORMAT": "%s"}) == "1795645282"
    assert T.make_time_str(1795645282, {"SLURM_TIME_FORMAT": "standard"}) == "2026-11-25T22:21:22"
    assert T.make_time_str(1795645282, {"SLURM_TIME_FORMAT": "no-percent"}) == "2026-11-25T22:21:22"


def test_relative(utc: None) -> None:
    now = 1795645282.0
    assert T.make_time_str(1795645282 - 10, {"SLURM_TIME_FORMAT": "relative"}, now) == "22:21:12"
    assert (
        T.make_time_str(1795645282 - 86400, {"SLURM_TIME_FORMAT": "relative"}, now)
        == "Ystday 22:21"
    )
    assert (
        T.make_time_str(1795645282 + 86400, {"SLURM_TIME_FORMAT": "relative"}, now)
        == "Tomorr 22:21"
    )
    assert (
        T.make_time_str(1795645282 - 400 * 86400, {"SLURM_TIME_FORMAT": "relative"}, now)
        == "21 Oct 2025"
    )
