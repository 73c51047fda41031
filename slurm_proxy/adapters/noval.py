"""Slurm's "no value" and "infinite" numbers, as every API version spells them.

Slurm keeps unset and unlimited numbers as magic values of the C type (``NO_VAL``,
``INFINITE``, ...).  slurmrestd turns them into JSON differently per version:

- v0.0.38: ``null`` for unset, ``-1`` for unlimited on some fields, the raw value on
  others (``4294967295``);
- v0.0.39+: a struct ``{"set": bool, "infinite": bool, "number": n}``; ``set`` false
  and ``infinite`` false is unset; a few fields stay plain integers.

The records in :mod:`slurm_proxy.adapters` keep the C values, so the printing code can
follow the real commands' tests (``== NO_VAL``, ``== INFINITE``) one to one.
"""

from __future__ import annotations

from typing import Any, Optional

NO_VAL = 0xFFFFFFFE
INFINITE = 0xFFFFFFFF
NO_VAL16 = 0xFFFE
INFINITE16 = 0xFFFF
NO_VAL64 = 0xFFFFFFFFFFFFFFFE
INFINITE64 = 0xFFFFFFFFFFFFFFFF

_WIDTH = {16: (NO_VAL16, INFINITE16), 32: (NO_VAL, INFINITE), 64: (NO_VAL64, INFINITE64)}


def number(value: Any, bits: int = 32, default: Optional[int] = None) -> int:
    """A JSON number of any version as the C value of a ``bits``-wide unsigned field.

    ``null`` / missing / unset struct -> NO_VAL; infinite struct or ``-1`` -> INFINITE;
    other negative numbers wrap like the C cast would.
    """
    no_val, infinite = _WIDTH[bits]
    if default is None:
        default = no_val
    if value is None:
        return default
    if isinstance(value, dict):
        if value.get("infinite"):
            return infinite
        if not value.get("set", "number" in value):
            return default
        value = value.get("number", 0)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        value = int(value)
    if isinstance(value, str):
        try:
            value = int(value)
        except ValueError:
            return default
    if not isinstance(value, int):
        return default
    if value == -1:
        return infinite
    return value & ((1 << bits) - 1)


def plain(value: Any, default: int = 0) -> int:
    """A number the C side keeps as a plain int (no magic values): NoVal structs open."""
    if value.__class__ is int:  # the common case first (sacct calls this ~25 times a job)
        return value
    if isinstance(value, dict):
        if not value.get("set", True) or value.get("infinite"):
            return default
        value = value.get("number", default)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return default
    return default


def timestamp(value: Any) -> int:
    """A time_t: unset / NO_VAL / null all become 0 ("None" in the commands)."""
    if isinstance(value, dict):
        if not value.get("set") or value.get("infinite"):
            return 0
        value = value.get("number", 0)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return 0
    return int(value)


def text(value: Any) -> Optional[str]:
    """A C string: slurmrestd prints NULL as "" (or null), so both become None."""
    if value.__class__ is str:  # the common case first
        return value or None
    if value is None:
        return None
    if isinstance(value, list):
        value = ",".join(str(v) for v in value)
    value = str(value)
    return value if value != "" else None


def flags(value: Any) -> list[str]:
    """A flag array (v0.0.39+), a single string (v0.0.38) or nothing, upper-cased."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value.upper()] if value else []
    if isinstance(value, list):
        return [str(v).upper() for v in value]
    return []
