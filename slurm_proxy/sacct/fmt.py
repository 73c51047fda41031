"""The number and time renderings sacct uses (Slurm's convert_num_unit2(),
secs2time_str(), mins2time_str(), slurm_make_time_str() and sacct's own
_elapsed_time()), reimplemented from their documented behaviour."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Optional

from ..adapters.noval import INFINITE, NO_VAL
from ..common import timefmt

# convert flags (slurm_protocol_api.h)
CONVERT_NUM_UNIT_EXACT = 0x1
CONVERT_NUM_UNIT_NO = 0x2
CONVERT_NUM_UNIT_RAW = 0x4

UNIT_NONE, UNIT_KILO, UNIT_MEGA, UNIT_GIGA, UNIT_TERA, UNIT_PETA, UNIT_UNKNOWN = range(7)
_UNIT_CHARS = ["", "K", "M", "G", "T", "P", "?"]


def unit_type(char: str) -> Optional[int]:
    """get_unit_type(): K/M/G/T/P (any case) -> UNIT_*; None when invalid."""
    if not char:
        return None
    idx = "KMGTP".find(char.upper())
    return None if idx < 0 else idx + 1


def _c_int64(num: float) -> int:
    # C's (int64_t) cast of a double truncates toward zero
    try:
        return int(num)
    except (OverflowError, ValueError):
        return 0


def convert_num_unit2(num: float, orig_type: int, spec_type: int, divisor: int, flags: int) -> str:
    if _c_int64(num) == 0:
        return "0"
    if spec_type != NO_VAL:
        while spec_type < orig_type:
            num *= divisor
            orig_type -= 1
        while spec_type > orig_type:
            num /= divisor
            orig_type += 1
    elif flags & CONVERT_NUM_UNIT_RAW:
        orig_type = UNIT_NONE
    elif flags & CONVERT_NUM_UNIT_NO:
        pass
    elif flags & CONVERT_NUM_UNIT_EXACT:
        # convert until precision would be lost (half values still count)
        while num >= divisor and int(num) % (divisor // 2) == 0:
            num /= divisor
            orig_type += 1
    else:
        while num >= divisor:
            num /= divisor
            orig_type += 1
    if orig_type < UNIT_NONE or orig_type > UNIT_PETA:
        orig_type = UNIT_UNKNOWN
    whole = int(num) if num >= 0 else -int(-num)
    if float(whole) == num:
        return f"{whole}{_UNIT_CHARS[orig_type]}"
    return f"{num:.2f}{_UNIT_CHARS[orig_type]}"


def convert_num_unit(num: float, orig_type: int, spec_type: int, flags: int) -> str:
    return convert_num_unit2(num, orig_type, spec_type, 1024, flags)


secs2time_str = timefmt.secs2time_str
mins2time_str = timefmt.mins2time_str


def elapsed_time(secs: int, usecs: int) -> str:
    """sacct's _elapsed_time(): TotalCPU, UserCPU, SystemCPU, AveCPU, MinCPU."""
    if usecs >= 1000000:
        secs += usecs // 1000000
        usecs = usecs % 1000000
    subsec = usecs // 1000 if usecs > 0 else 0
    seconds = secs % 60
    minutes = (secs // 60) % 60
    hours = (secs // 3600) % 24
    days = secs // 86400
    if days:
        return f"{days}-{hours:02d}:{minutes:02d}:{seconds:02d}"
    if hours:
        return f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    if subsec:
        return f"{minutes:02d}:{seconds:02d}.{subsec:03d}"
    return f"00:{minutes:02d}:{seconds:02d}"


def make_time_str(
    value: int, size: int, env: Mapping[str, str], warn: Optional[list[str]] = None
) -> str:
    """slurm_make_time_str() into a buffer of ``size`` bytes (incl. the NUL).

    snprintf() truncates "Unknown"/"None"; a strftime() result that does not fit
    is replaced by '#'s, as Slurm does.
    """
    if value >= 1 << 63:
        value -= 1 << 64
    fmt_env = env.get("SLURM_TIME_FORMAT")
    if (
        warn is not None
        and fmt_env
        and fmt_env not in ("standard", "relative")
        and ("%" not in fmt_env or len(fmt_env) >= 32)
    ):
        warn.append(f"invalid SLURM_TIME_FORMAT = '{fmt_env}'")
    out = timefmt.make_time_str(value, env)
    if value in (0, INFINITE, NO_VAL):
        return out[: max(size - 1, 0)]
    if len(out.encode()) >= size or out == "#" * 31:
        return "#" * max(size - 1, 0)
    return out
