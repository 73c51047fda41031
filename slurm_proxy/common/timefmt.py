"""How Slurm's commands print times.

- :func:`elapsed` is squeue's ``_print_secs``: ``M:SS``, ``H:MM:SS``, ``D-HH:MM:SS``,
  ``INVALID`` below zero or beyond a year (``TIME``, ``TIME_LEFT``, ``TIME_LIMIT``);
- :func:`secs2time_str` / :func:`mins2time_str` (parse_time.c): ``HH:MM:SS`` or
  ``D-HH:MM:SS``, ``UNLIMITED`` for INFINITE, ``INVALID`` when negative (scontrol,
  sacct, sinfo);
- :func:`make_time_str` is ``slurm_make_time_str``: ``%Y-%m-%dT%H:%M:%S`` in local
  time, ``Unknown`` for 0 and INFINITE, ``None`` for NO_VAL, honouring
  ``SLURM_TIME_FORMAT`` (``standard``, ``relative`` or a strftime format).
"""

from __future__ import annotations

import time as _time
from collections.abc import Mapping
from typing import Optional

NO_VAL = 0xFFFFFFFE
INFINITE = 0xFFFFFFFF
YEAR_SECONDS = 365 * 24 * 60 * 60


def _c_div(a: int, b: int) -> int:
    """C integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _c_mod(a: int, b: int) -> int:
    return a - b * _c_div(a, b)


def elapsed(seconds: int) -> str:
    """squeue's ``_print_secs``."""
    if seconds < 0 or seconds > YEAR_SECONDS:
        return "INVALID"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}-{hours:02d}:{minutes:02d}:{secs:02d}"
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def secs2time_str(seconds: int) -> str:
    if seconds == INFINITE:
        return "UNLIMITED"
    secs = _c_mod(seconds, 60)
    minutes = _c_mod(_c_div(seconds, 60), 60)
    hours = _c_mod(_c_div(seconds, 3600), 24)
    days = _c_div(seconds, 86400)
    if days < 0 or hours < 0 or minutes < 0 or secs < 0:
        return "INVALID"
    if days:
        return f"{days}-{hours:02d}:{minutes:02d}:{secs:02d}"
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def mins2time_str(minutes: int) -> str:
    if minutes == INFINITE:
        return "UNLIMITED"
    minutes &= 0xFFFFFFFF  # uint32_t argument
    mins = minutes % 60
    hours = minutes // 60 % 24
    days = minutes // 1440
    if days:
        return f"{days}-{hours:02d}:{mins:02d}:00"
    return f"{hours:02d}:{mins:02d}:00"


def _relative_format(when: _time.struct_time, now: float) -> str:
    today = _time.localtime(now)
    distance = (1000 * when.tm_year + (when.tm_yday - 1)) - (
        1000 * today.tm_year + (today.tm_yday - 1)
    )
    if distance == -1:
        return "Ystday %H:%M"
    if distance == 0:
        return "%H:%M:%S"
    if distance == 1:
        return "Tomorr %H:%M"
    if distance < -365 or distance > 365:
        return "%-d %b %Y"
    if distance < -1 or distance > 6:
        return "%-d %b %H:%M"
    return "%a %H:%M"


def make_time_str(
    t: int, env: Optional[Mapping[str, str]] = None, now: Optional[float] = None
) -> str:
    """``slurm_make_time_str`` (local time of this process)."""
    if t in (0, INFINITE):
        return "Unknown"
    if t == NO_VAL:
        return "None"
    try:
        when = _time.localtime(t)
    except (OverflowError, OSError, ValueError):
        return "Unknown"
    fmt = "%Y-%m-%dT%H:%M:%S"
    user = (env or {}).get("SLURM_TIME_FORMAT")
    if not user or user == "standard":
        pass
    elif user == "relative":
        fmt = _relative_format(when, _time.time() if now is None else now)
    elif "%" in user and len(user) < 32:
        fmt = user
    text = _time.strftime(fmt, when)
    return text if text else "#" * 31
