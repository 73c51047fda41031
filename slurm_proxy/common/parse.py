"""Slurm's value syntaxes, parsed the way the Slurm commands parse them.

Each function mirrors one of Slurm's own parsers (``src/common/parse_time.c``,
``src/common/proc_args.c``), including the C library behaviour they rely on
(``strtol`` skipping blanks and accepting a sign, ``sscanf("%d")`` wrapping to
``int``), so that what the real command accepts, the proxy accepts, with the same
result, and what it rejects, the proxy rejects.

Sentinels follow Slurm: ``NO_VAL`` (invalid) and ``INFINITE`` (unlimited) for 32-bit
values, ``NO_VAL64`` for sizes, ``INFINITE16`` for 16-bit values.
"""

from __future__ import annotations

import time as _time
from typing import NamedTuple, Optional

INFINITE16 = 0xFFFF
NO_VAL16 = 0xFFFE
INFINITE = 0xFFFFFFFF
NO_VAL = 0xFFFFFFFE
INFINITE64 = 0xFFFFFFFFFFFFFFFF
NO_VAL64 = 0xFFFFFFFFFFFFFFFE

LONG_MAX = 2**63 - 1
LONG_MIN = -(2**63)
INT_MAX = 2**31 - 1
INT_MIN = -(2**31)

_C_SPACE = " \t\n\v\f\r"


# -- C library helpers -----------------------------------------------------------------------
def wrap_int(value: int) -> int:
    """``value`` as a C ``int`` (two's complement wrap, what gcc does on overflow)."""
    return ((value + 2**31) % 2**32) - 2**31


def wrap_int64(value: int) -> int:
    return ((value + 2**63) % 2**64) - 2**63


def strtol(text: str, start: int = 0) -> tuple[int, int, bool]:
    """C ``strtol(text + start, &end, 10)``: (value, end index, overflowed).

    ``end == start`` when no digits were found (C leaves ``endptr`` at the start).
    Overflow clamps to ``LONG_MAX``/``LONG_MIN`` like glibc (and sets errno).
    """
    i = start
    n = len(text)
    while i < n and text[i] in _C_SPACE:
        i += 1
    negative = False
    if i < n and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    digits_start = i
    while i < n and "0" <= text[i] <= "9":
        i += 1
    if i == digits_start:
        return 0, start, False
    value = int(text[digits_start:i])
    if negative:
        value = -value
    if value > LONG_MAX:
        return LONG_MAX, i, True
    if value < LONG_MIN:
        return LONG_MIN, i, True
    return value, i, False


def _c_div(a: int, b: int) -> int:
    """C integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def is_whitespace(text: str) -> bool:
    """Slurm's ``xstring_is_whitespace``: only C ``isspace`` characters (or empty)."""
    return all(c in _C_SPACE for c in text)


def _at(text: str, i: int) -> str:
    """``text[i]`` with C string semantics: NUL past the end."""
    return text[i] if 0 <= i < len(text) else "\0"


def _scan_ints(text: str, separators: str) -> list[int]:
    """``sscanf(text, "%d<s0>%d<s1>%d...")``: the ints converted before the first mismatch."""
    values: list[int] = []
    pos = 0
    for index in range(len(separators) + 1):
        value, end, _over = strtol(text, pos)
        if end == pos:
            break
        values.append(wrap_int(value))
        pos = end
        if index == len(separators):
            break
        if _at(text, pos) != separators[index]:
            break
        pos += 1
    return values


# -- durations: time_str2secs / time_str2mins ------------------------------------------------
def _is_valid_timespec(text: str) -> bool:
    digit = dash = colon = 0
    in_digit = False
    for c in text:
        if "0" <= c <= "9":
            if not in_digit:
                digit += 1
                in_digit = True
        elif c == "-":
            in_digit = False
            dash += 1
            if colon:
                return False
        elif c == ":":
            in_digit = False
            colon += 1
        else:
            return False
    if not digit or dash > 1 or colon > 2:
        return False
    if dash:
        if (colon == 1 and digit < 3) or (colon == 2 and digit < 4):
            return False
    elif (colon == 1 and digit < 2) or (colon == 2 and digit < 3):
        return False
    return True


def time_str2secs(text: Optional[str]) -> int:
    """Seconds in ``min``, ``min:sec``, ``h:m:s``, ``d-h``, ``d-h:m``, ``d-h:m:s``.

    Returns ``NO_VAL`` when invalid and ``INFINITE`` for ``-1``/``infinite``/``unlimited``
    (any case); other results are the C ``int`` as an unsigned 32-bit value.
    """
    if not text:
        return NO_VAL
    if text.lower() in ("-1", "infinite", "unlimited"):
        return INFINITE
    if "\0" in text or not _is_valid_timespec(text):
        return NO_VAL
    d = h = m = s = 0
    if "-" in text:
        got = _scan_ints(text, "-::")
        d, h, m, s = (got + [0, 0, 0, 0])[:4]
        d = wrap_int(d * 86400)
        h = wrap_int(h * 3600)
        m = wrap_int(m * 60)
    else:
        got = _scan_ints(text, "::")
        if len(got) == 3:
            h, m, s = got
            h = wrap_int(h * 3600)
            m = wrap_int(m * 60)
        else:
            first, second = (got + [0, 0])[:2]
            s = second
            m = wrap_int(first * 60)
            h = 0
    return wrap_int(d + h + m + s) & 0xFFFFFFFF


def time_str2mins(text: Optional[str]) -> int:
    """Minutes, rounded up from :func:`time_str2secs` (same sentinels)."""
    secs = time_str2secs(text)
    if secs in (INFINITE, NO_VAL):
        return secs
    minutes = _c_div(wrap_int(wrap_int(secs) + 59), 60)
    return minutes & 0xFFFFFFFF


def parse_time_limit(text: str) -> Optional[int]:
    """``--time``/``--time-min`` as sbatch sets them: None when invalid; 0 means INFINITE."""
    minutes = time_str2mins(text)
    if minutes == NO_VAL:
        return None
    if minutes == 0:
        return INFINITE
    return minutes


def mins2time_str(minutes: int) -> str:
    if minutes == INFINITE:
        return "UNLIMITED"
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}-{hours:02d}:{mins:02d}:00"
    return f"{hours:02d}:{mins:02d}:00"


# -- sizes: str_to_mbytes ---------------------------------------------------------------------
def str_to_mbytes(text: str) -> int:
    """Megabytes in ``N[K|M|G|T][B]`` (any case); ``NO_VAL64`` when invalid."""
    value, end, over = strtol(text)
    if over:
        return NO_VAL64
    if end == 0:
        return NO_VAL64
    if value < 0:
        return NO_VAL64
    rest = text[end:]
    if rest:
        unit = rest[0].lower()
        tail = rest[1:]
        if unit not in "kmgt" or tail not in ("", "B", "b"):
            return NO_VAL64
        if unit == "k":
            value = _c_div(wrap_int64(value + 1023), 1024)
        elif unit == "g":
            value = wrap_int64(value * 1024)
        elif unit == "t":
            value = wrap_int64(value * 1024 * 1024)
    return value & 0xFFFFFFFFFFFFFFFF


def mbytes_to_str(mbytes: int) -> str:
    units = "MGTP"
    i = 0
    while i < len(units):
        if mbytes and mbytes % 1024:
            break
        mbytes //= 1024
        i += 1
    if i == len(units):
        return f"{mbytes}?"
    if units[i] == "M":
        return str(mbytes)
    return f"{mbytes}{units[i]}"


# -- integers -----------------------------------------------------------------------------
class ParseError(ValueError):
    """A value Slurm rejects; ``message`` is the text after ``<prog>: error: ``."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_int(name: str, value: Optional[str], positive: bool) -> int:
    """Slurm's ``parse_int`` (``--cpus-per-task``, ``--ntasks``, ...)."""
    if value is None:
        raise ParseError(f'Invalid numeric value "(null)" for {name}.')
    result, end, _over = strtol(value)
    if end != len(value) or result < 0 or (positive and result <= 0):
        raise ParseError(f'Invalid numeric value "{value}" for {name}.')
    if result >= INT_MAX:
        raise ParseError(f"Numeric argument ({result}) too large for {name}.")
    return result


def parse_uint32(value: str) -> Optional[int]:
    """Slurm's ``parse_uint32``: a whole decimal below ``NO_VAL``, else None."""
    result, end, over = strtol(value)
    if end != len(value) or over or result < 0 or result >= NO_VAL:
        return None
    return result


# -- node counts ------------------------------------------------------------------------------
def str_to_nodes(text: str) -> tuple[int, str]:
    """Slurm's ``str_to_nodes``: (count or -1, leftover)."""
    num, end, _over = strtol(text)
    if end == 0:
        return -1, text
    rest = text[end:]
    if rest[:1] in ("k", "K"):
        num *= 1024
        rest = rest[1:]
    if rest[:1] in ("m", "M"):
        num *= 1024 * 1024
        rest = rest[1:]
    if num < 0 or num > INT_MAX:
        return -1, rest
    return num, rest


class NodeCount(NamedTuple):
    min_nodes: int
    max_nodes: int
    job_size_str: Optional[str]


def _bit_list(text: str) -> Optional[list[int]]:
    """Sizes listed as ``1,3-5,8-16:4`` (Slurm ``bit_unfmt``); None when malformed."""
    sizes: set[int] = set()
    for part in text.split(","):
        step = 1
        if ":" in part:
            part, step_text = part.split(":", 1)
            if not step_text.isdigit() or int(step_text) < 1:
                return None
            step = int(step_text)
        lo_text, dash, hi_text = part.partition("-")
        if not lo_text.isdigit() or (dash and not hi_text.isdigit()):
            return None
        lo = int(lo_text)
        hi = int(hi_text) if dash else lo
        if hi < lo:
            return None
        sizes.update(range(lo, hi + 1, step))
    return sorted(sizes)


def _fmt_ranges(values: list[int]) -> str:
    out: list[str] = []
    start = prev = values[0]
    for v in values[1:] + [-2]:
        if v == prev + 1:
            prev = v
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = v
    return ",".join(out)


def verify_node_count(arg: str) -> NodeCount:
    """``-N/--nodes``: ``N``, ``min-max``, or a size list ``1,4-8:2`` (raises ParseError)."""
    if "," in arg or ":" in arg:
        top = 0
        for tok in [t for t in arg.replace("-", ",").replace(":", ",").split(",") if t]:
            num, end, _over = strtol(tok)
            if end == 0 or end != len(tok) or num >= 16384:
                raise ParseError(f'"{tok}" is not a valid node count')
            top = max(top, num)
        sizes = _bit_list(arg)
        if not sizes:
            raise ParseError(f'"{arg}" is not a valid node count')
        lo, hi, size_str = sizes[0], sizes[-1], _fmt_ranges(sizes)
    elif "-" in arg:
        min_text, _dash, max_text = arg.partition("-")
        lo, left = str_to_nodes(min_text)
        if not is_whitespace(left):
            raise ParseError(f'"{min_text}" is not a valid node count')
        if lo < 0:
            lo = 1
        hi, left = str_to_nodes(max_text)
        if not is_whitespace(left):
            raise ParseError(f'"{max_text}" is not a valid node count')
        size_str = None
    else:
        lo, left = str_to_nodes(arg)
        hi = lo
        if not is_whitespace(left):
            raise ParseError(f'"{arg}" is not a valid node count')
        if lo < 0:
            raise ParseError(f'"{arg}" is not a valid node count')
        size_str = None
    if hi != 0 and hi < lo:
        raise ParseError(f"Maximum node count {hi} is less than minimum node count {lo}")
    return NodeCount(lo, hi, size_str)


# -- signals ----------------------------------------------------------------------------------
SIGNALS = (
    ("HUP", 1), ("INT", 2), ("QUIT", 3), ("ABRT", 6), ("KILL", 9), ("ALRM", 14),
    ("TERM", 15), ("CHLD", 17), ("USR1", 10), ("USR2", 12), ("PIPE", 13), ("URG", 23),
    ("CONT", 18), ("STOP", 19), ("TSTP", 20), ("TTIN", 21), ("TTOU", 22), ("XCPU", 24),
)  # fmt: skip
SIGNAL_NAMES = {number: name for name, number in SIGNALS}


def sig_name2num(name: str) -> int:
    """``9``, ``KILL``, ``SIGKILL``, ``sigkill``... to a number; 0 when unknown."""
    value, end, _over = strtol(name)
    if end != 0:
        return wrap_int(value) if is_whitespace(name[end:]) else 0
    rest = name.lstrip(_C_SPACE)
    if rest[:3].upper() == "SIG":
        rest = rest[3:]
    for sig, number in SIGNALS:
        if rest[: len(sig)].upper() == sig and is_whitespace(rest[len(sig) :]):
            return number
    return 0


KILL_JOB_BATCH = 0x0001
KILL_JOB_RESV = 0x0080  # warn_flags bits (slurm.h)


class SignalSpec(NamedTuple):
    signal: int
    time: int  # seconds before the end
    flags: int  # KILL_JOB_BATCH / KILL_JOB_RESV


def get_signal_opts(arg: Optional[str]) -> Optional[SignalSpec]:
    """``--signal=[R][B][:]<sig>[@<time>]``; None when Slurm rejects it."""
    if arg is None:
        return None
    flags = 0
    text = arg
    if text[:1] in ("R", "r"):
        flags |= KILL_JOB_RESV
        text = text[1:]
    if text[:1] in ("B", "b"):
        flags |= KILL_JOB_BATCH
        text = text[1:]
    if text[:1] in ("R", "r"):
        flags |= KILL_JOB_RESV
        text = text[1:]
    if text[:1] == ":":
        text = text[1:]
    name, at, when = text.partition("@")
    number = sig_name2num(name) & 0xFFFF  # Slurm casts to uint16_t before checking
    if number < 1:
        return None
    if not at:
        return SignalSpec(number, 60, flags)
    seconds, end, _over = strtol(when)
    if seconds < 0 or seconds > 0xFFFF:
        return None
    if end != len(when):
        return None
    return SignalSpec(number, seconds, flags)


# -- mail types ------------------------------------------------------------------------------
MAIL_JOB_BEGIN = 0x0001
MAIL_JOB_END = 0x0002
MAIL_JOB_FAIL = 0x0004
MAIL_JOB_REQUEUE = 0x0008
MAIL_JOB_TIME100 = 0x0010
MAIL_JOB_TIME90 = 0x0020
MAIL_JOB_TIME80 = 0x0040
MAIL_JOB_TIME50 = 0x0080
MAIL_JOB_STAGE_OUT = 0x0100
MAIL_ARRAY_TASKS = 0x0200
MAIL_INVALID_DEPEND = 0x0400

MAIL_NAMES = {
    "ARRAY_TASKS": MAIL_ARRAY_TASKS,
    "BEGIN": MAIL_JOB_BEGIN,
    "END": MAIL_JOB_END,
    "FAIL": MAIL_JOB_FAIL,
    "INVALID_DEPEND": MAIL_INVALID_DEPEND,
    "REQUEUE": MAIL_JOB_REQUEUE,
    "ALL": MAIL_INVALID_DEPEND
    | MAIL_JOB_BEGIN
    | MAIL_JOB_END
    | MAIL_JOB_FAIL
    | MAIL_JOB_REQUEUE
    | MAIL_JOB_STAGE_OUT,
    "STAGE_OUT": MAIL_JOB_STAGE_OUT,
    "TIME_LIMIT": MAIL_JOB_TIME100,
    "TIME_LIMIT_90": MAIL_JOB_TIME90,
    "TIME_LIMIT_80": MAIL_JOB_TIME80,
    "TIME_LIMIT_50": MAIL_JOB_TIME50,
}
# the names REST's data_parser uses for each bit (JOB_MAIL_FLAGS)
MAIL_REST_NAMES = (
    (MAIL_JOB_BEGIN, "BEGIN"), (MAIL_JOB_END, "END"), (MAIL_JOB_FAIL, "FAIL"),
    (MAIL_JOB_REQUEUE, "REQUEUE"), (MAIL_JOB_TIME100, "TIME=100%"),
    (MAIL_JOB_TIME90, "TIME=90%"), (MAIL_JOB_TIME80, "TIME=80%"),
    (MAIL_JOB_TIME50, "TIME=50%"), (MAIL_JOB_STAGE_OUT, "STAGE_OUT"),
    (MAIL_ARRAY_TASKS, "ARRAY_TASKS"), (MAIL_INVALID_DEPEND, "INVALID_DEPENDENCY"),
)  # fmt: skip


def parse_mail_type(arg: Optional[str]) -> int:
    """``--mail-type`` bits; ``INFINITE16`` when nothing valid was named."""
    if arg is None:
        return INFINITE16
    bits = 0
    none_set = False
    for tok in (t for t in arg.split(",") if t):
        upper = tok.upper()
        if upper == "NONE":
            bits = 0
            none_set = True
            break
        bits |= MAIL_NAMES.get(upper, 0)
    if not bits and not none_set:
        return INFINITE16
    return bits


# -- points in time: parse_time ---------------------------------------------------------------
_UNITS = (
    ("seconds", 1), ("second", 1), ("minutes", 60), ("minute", 60), ("hours", 3600),
    ("hour", 3600), ("days", 86400), ("day", 86400), ("weeks", 604800), ("week", 604800),
)  # fmt: skip


class _Prob(Exception):
    def __init__(self, pos: int) -> None:
        super().__init__(pos)
        self.pos = pos


def _get_delta(s: str, pos: int) -> tuple[int, int]:
    """(new pos, delta seconds) after ``now+``/``now-``; raises _Prob."""
    cnt = 0
    digit = 0
    offset = pos + 1
    while _at(s, offset) not in ("\0", "\n"):
        c = s[offset]
        if c in _C_SPACE:
            offset += 1
            continue
        unit = next(((n, m) for n, m in _UNITS if s[offset : offset + len(n)].lower() == n), None)
        if unit is not None:
            offset += len(unit[0])
            cnt *= unit[1]
            break
        if "0" <= c <= "9":
            cnt = cnt * 10 + int(c)
            digit += 1
            offset += 1
            continue
        raise _Prob(offset - 1)
    if not digit:
        raise _Prob(pos)
    return offset - 1, cnt


def _get_time(s: str, pos: int) -> tuple[int, int, int, int]:
    """(new pos, hour, minute, second) for ``HH:MM[:SS] [AM|PM]``."""
    off = pos
    if not ("0" <= _at(s, off) <= "9"):
        raise _Prob(off)
    hr = int(s[off])
    off += 1
    if _at(s, off) != ":":
        if not ("0" <= _at(s, off) <= "9"):
            raise _Prob(off)
        hr = hr * 10 + int(s[off])
        off += 1
    if hr > 23:
        raise _Prob(off - 2)
    if _at(s, off) != ":":
        raise _Prob(off)
    off += 1
    if not ("0" <= _at(s, off) <= "9"):
        raise _Prob(off)
    minute = int(s[off])
    off += 1
    if not ("0" <= _at(s, off) <= "9"):
        raise _Prob(off)
    minute = minute * 10 + int(s[off])
    off += 1
    if minute > 59:
        raise _Prob(off - 2)
    sec = 0
    if _at(s, off) == ":":
        off += 1
        if not ("0" <= _at(s, off) <= "9"):
            raise _Prob(off)
        sec = int(s[off])
        off += 1
        if not ("0" <= _at(s, off) <= "9"):
            raise _Prob(off)
        sec = sec * 10 + int(s[off])
        off += 1
        if sec > 59:
            raise _Prob(off - 2)
    while _at(s, off) in _C_SPACE and _at(s, off) != "\0":
        off += 1
    suffix = s[off : off + 2].lower()
    if suffix == "pm":
        hr += 12
        if hr > 23:
            if hr == 24:
                hr = 12
            else:
                raise _Prob(off)
        off += 2
    elif suffix == "am":
        if hr > 11:
            if hr == 12:
                hr = 0
            else:
                raise _Prob(off)
        off += 2
    return off - 1, hr, minute, sec


def _digit(c: str) -> int:
    return ord(c) - ord("0") if c != "\0" else -ord("0")


def _get_date(s: str, pos: int) -> tuple[int, int, int, Optional[int]]:
    """(new pos, month 0-11, mday, tm_year or None) for the date forms."""
    off = pos
    if len(s) >= off + 7 and _at(s, off + 4) == "-" and _at(s, off + 7) == "-":
        yr = 0
        for _ in range(4):
            if not ("0" <= _at(s, off) <= "9"):
                raise _Prob(off)
            yr = yr * 10 + int(s[off])
            off += 1
        off += 1
        mon = _digit(_at(s, off))
        off += 1
        if "0" <= _at(s, off) <= "9":
            mon = mon * 10 + int(s[off])
            off += 1
        if mon < 1 or mon > 12:
            raise _Prob(off - 2)
        off += 1
        if not ("0" <= _at(s, off) <= "9"):
            raise _Prob(off)
        day = int(s[off])
        off += 1
        if "0" <= _at(s, off) <= "9":
            day = day * 10 + int(s[off])
            off += 1
        if day < 1 or day > 31:
            raise _Prob(off - 2)
        return off - 1, mon - 1, day, yr - 1900
    mon = _digit(_at(s, off))
    off += 1
    if "0" <= _at(s, off) <= "9":
        mon = mon * 10 + int(s[off])
        off += 1
    if mon < 1 or mon > 12:
        raise _Prob(off - 2)
    if _at(s, off) in "./" and _at(s, off) != "\0":
        off += 1
    if not ("0" <= _at(s, off) <= "9"):
        raise _Prob(off)
    day = int(s[off])
    off += 1
    if "0" <= _at(s, off) <= "9":
        day = day * 10 + int(s[off])
        off += 1
    if day < 1 or day > 31:
        raise _Prob(off - 2)
    if _at(s, off) in "./" and _at(s, off) != "\0":
        off += 1
    year: Optional[int] = None
    if "0" <= _at(s, off) <= "9":
        yr = int(s[off])
        off += 1
        if not ("0" <= _at(s, off) <= "9"):
            raise _Prob(off)
        yr = yr * 10 + int(s[off])
        off += 1
        if yr:
            year = yr + 100
    return off - 1, mon - 1, day, year


def parse_time(
    text: str, past: bool = False, now: Optional[float] = None
) -> tuple[int, Optional[str]]:
    """Slurm's ``parse_time``: (epoch seconds or 0, the error line it prints or None).

    Forms: ``today``, ``tomorrow``, ``midnight``, ``noon``, ``elevenses``, ``fika``,
    ``teatime``, ``HH:MM[:SS] [AM|PM]``, ``MMDD[YY]``, ``MM/DD[/YY]``, ``MM.DD[.YY]``,
    ``YYYY-MM-DD[THH:MM[:SS]]``, ``now[{+|-}count[unit]]``, ``uts<epoch>``, in local
    time.  0 without an error line means nothing was specified (Slurm treats that
    as invalid too).
    """
    try:
        return _parse_time(text, past, now), None
    except _Prob as prob:
        return 0, f"Invalid time specification (pos={prob.pos}): {text}"


def _parse_time(s: str, past: bool, now: Optional[float]) -> int:
    if s[:3].lower() == "uts":
        value, end, over = strtol(s, 3)
        if end == 3 or value < 1000000 or over or end != len(s):
            raise _Prob(0)  # Slurm prints pos=0 here (checked against real sacct -S uts5)
        return value
    time_now = int(_time.time() if now is None else now)
    tm_now = _time.localtime(time_now)
    hour = minute = month = mday = year = -1
    second = 0
    pos = 0
    while _at(s, pos) not in ("\0", "\n"):
        c = s[pos]
        lower = s[pos:].lower()
        if c in " \t-T":
            pos += 1
            continue
        if lower.startswith("today"):
            month, mday, year = tm_now.tm_mon - 1, tm_now.tm_mday, tm_now.tm_year - 1900
            pos += 5
            continue
        if lower.startswith("tomorrow"):
            later = _time.localtime(time_now + 86400)
            month, mday, year = later.tm_mon - 1, later.tm_mday, later.tm_year - 1900
            pos += 8
            continue
        named = {"midnight": 0, "noon": 12, "elevenses": 11, "fika": 15, "teatime": 16}
        word = next((w for w in named if lower.startswith(w)), None)
        if word is not None:
            hour, minute, second = named[word], 0, 0
            pos += len(word)
            continue
        if lower.startswith("now"):
            delta = 0
            i = pos + 3
            while True:
                ch = _at(s, i)
                if ch == "+":
                    pos += i
                    pos, delta = _get_delta(s, pos)
                    break
                if ch == "-":
                    pos += i
                    pos, delta = _get_delta(s, pos)
                    delta = -delta
                    break
                if ch in " \t":
                    i += 1
                    continue
                if ch in ("\0", "\n"):
                    pos += i - 1
                    break
                pos += i
                raise _Prob(pos)
            later = _time.localtime(time_now + delta)
            month, mday, year = later.tm_mon - 1, later.tm_mday, later.tm_year - 1900
            hour, minute, second = later.tm_hour, later.tm_min, later.tm_sec
            pos += 1
            continue
        if not ("0" <= c <= "9"):
            raise _Prob(pos)
        if _at(s, pos + 1) == ":" or _at(s, pos + 2) == ":":
            pos, hour, minute, second = _get_time(s, pos)
        else:
            pos, month, mday, got_year = _get_date(s, pos)
            if got_year is not None:
                year = got_year
        pos += 1
    now_hour, now_min = tm_now.tm_hour, tm_now.tm_min
    now_mon, now_mday = tm_now.tm_mon - 1, tm_now.tm_mday
    if hour == -1 and month == -1:
        return 0
    if hour == -1:
        hour, minute = 0, 0
    elif month == -1:
        if past or hour > now_hour or (hour == now_hour and minute > now_min):
            month, mday, year = now_mon, now_mday, tm_now.tm_year - 1900
        else:
            later = _time.localtime(time_now + 86400)
            month, mday, year = later.tm_mon - 1, later.tm_mday, later.tm_year - 1900
    if year == -1:
        this_year = tm_now.tm_year - 1900
        if past:
            year = this_year - 1 if month > now_mon else this_year
        elif (
            month > now_mon
            or (month == now_mon and mday > now_mday)
            or (month == now_mon and mday == now_mday and hour > now_hour)
            or (month == now_mon and mday == now_mday and hour == now_hour and minute > now_min)
        ):
            year = this_year
        else:
            year = this_year + 1
    try:
        return int(_time.mktime((year + 1900, month + 1, mday, hour, minute, second, 0, 0, -1)))
    except (OverflowError, ValueError):
        raise _Prob(pos) from None
