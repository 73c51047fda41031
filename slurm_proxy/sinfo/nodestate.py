"""Node state names exactly as Slurm prints them, per release.

``long_name`` is ``node_state_string()`` (``IDLE``, ``DRAINED*``, ``MIXED-`` ...),
``compact_name`` is ``node_state_string_compact()`` (``idle``/``drain``/``mix`` once
lower-cased by sinfo), ``complete_name`` is ``node_state_string_complete()``
(``IDLE+DRAIN``, as ``scontrol show node`` prints ``State=``).  Each takes the
``node_state`` bit set of :mod:`slurm_proxy.adapters.nodes` and the server's release as
a tuple, because the tables changed between releases (read from
``src/common/slurm_protocol_defs.c`` of each release):

- <= 23.11: bit 4 is NET (``PERFCTRS``/``NPC``); no BLOCKED, no UNDRAIN;
- 24.05+: BLOCKED (``BLOCKED``/``BLOCK``), ``UNDRAIN``;
- 25.05+: bit 4 is EXTERNAL (``EXTERNAL``/``EXT``);
- 25.11+: ``DYNAMIC_FUTURE``/``DYNAMIC_NORM`` names;
- 26.05+: a failing MIXED node is ``FAILING``.
"""

from __future__ import annotations

from slurm_proxy.adapters.nodes import (
    NODE_RESUME,
    NODE_STATE_ALLOCATED,
    NODE_STATE_BASE,
    NODE_STATE_BLOCKED,
    NODE_STATE_CLOUD,
    NODE_STATE_COMPLETING,
    NODE_STATE_DOWN,
    NODE_STATE_DRAIN,
    NODE_STATE_DYNAMIC_FUTURE,
    NODE_STATE_DYNAMIC_NORM,
    NODE_STATE_EXTERNAL,
    NODE_STATE_FAIL,
    NODE_STATE_FLAGS,
    NODE_STATE_FUTURE,
    NODE_STATE_IDLE,
    NODE_STATE_INVALID_REG,
    NODE_STATE_MAINT,
    NODE_STATE_MIXED,
    NODE_STATE_NO_RESPOND,
    NODE_STATE_PLANNED,
    NODE_STATE_POWER_DOWN,
    NODE_STATE_POWER_DRAIN,
    NODE_STATE_POWER_UP,
    NODE_STATE_POWERED_DOWN,
    NODE_STATE_POWERING_DOWN,
    NODE_STATE_POWERING_UP,
    NODE_STATE_REBOOT_CANCEL,
    NODE_STATE_REBOOT_ISSUED,
    NODE_STATE_REBOOT_REQUESTED,
    NODE_STATE_RES,
    NODE_STATE_UNDRAIN,
    NODE_STATE_UNKNOWN,
)

Release = tuple[int, ...]

_BASE_NAMES = {
    NODE_STATE_DOWN: "DOWN",
    NODE_STATE_IDLE: "IDLE",
    NODE_STATE_ALLOCATED: "ALLOCATED",
    4: "ERROR",
    NODE_STATE_MIXED: "MIXED",
    NODE_STATE_FUTURE: "FUTURE",
    NODE_STATE_UNKNOWN: "UNKNOWN",
}


def _flag_table(release: Release) -> list[tuple[int, str]]:
    """node_state_flags[] in table order (it decides the '+' order of complete names)."""
    table: list[tuple[int, str]] = []
    if release >= (24, 5):
        table.append((NODE_STATE_BLOCKED, "BLOCKED"))
    table += [
        (NODE_STATE_CLOUD, "CLOUD"),
        (NODE_STATE_COMPLETING, "COMPLETING"),
        (NODE_STATE_DRAIN, "DRAIN"),
        (NODE_STATE_DYNAMIC_FUTURE, "DYNAMIC_FUTURE"),
        (NODE_STATE_DYNAMIC_NORM, "DYNAMIC_NORM"),
    ]
    if release >= (25, 5):
        table.insert(0, (NODE_STATE_EXTERNAL, "EXTERNAL"))
    table += [
        (NODE_STATE_INVALID_REG, "INVALID_REG"),
        (NODE_STATE_FAIL, "FAIL"),
        (NODE_STATE_MAINT, "MAINTENANCE"),
        (NODE_STATE_POWER_DOWN, "POWER_DOWN"),
        (NODE_STATE_POWER_UP, "POWER_UP"),
    ]
    if release < (24, 5):
        table.append((1 << 4, "PERFCTRS"))
    table += [
        (NODE_STATE_POWERED_DOWN, "POWERED_DOWN"),
        (NODE_STATE_REBOOT_REQUESTED, "REBOOT_REQUESTED"),
        (NODE_STATE_REBOOT_ISSUED, "REBOOT_ISSUED"),
        (NODE_STATE_RES, "RESERVED"),
        (NODE_RESUME, "RESUME"),
        (NODE_STATE_NO_RESPOND, "NOT_RESPONDING"),
        (NODE_STATE_PLANNED, "PLANNED"),
        (NODE_STATE_POWERING_UP, "POWERING_UP"),
        (NODE_STATE_POWERING_DOWN, "POWERING_DOWN"),
    ]
    return table


def base_name(state: int) -> str:
    return _BASE_NAMES.get(state & NODE_STATE_BASE, "INVALID")


def flag_names(state: int, release: Release) -> list[str]:
    """node_state_flag_string_single() repeated: the flag names in table order."""
    flags = state & NODE_STATE_FLAGS
    out = []
    for bit, name in _flag_table(release):
        if flags & bit:
            out.append(name)
            flags &= ~bit
    while flags:
        out.append("?")
        flags &= flags - 1
    return out


def complete_name(state: int, release: Release) -> str:
    return base_name(state) + "".join("+" + f for f in flag_names(state, release))


def _suffix(s: int, no_resp: bool = True) -> str:
    """The one-character marks shared by most states, in Slurm's order."""
    if s & NODE_STATE_MAINT:
        return "$"
    if s & NODE_STATE_REBOOT_ISSUED:
        return "^"
    if s & NODE_STATE_REBOOT_REQUESTED:
        return "@"
    if s & NODE_STATE_POWERING_UP:
        return "#"
    if s & NODE_STATE_POWERING_DOWN:
        return "%"
    if s & NODE_STATE_POWERED_DOWN:
        return "~"
    if s & NODE_STATE_POWER_DOWN:
        return "!"
    if no_resp and s & NODE_STATE_NO_RESPOND:
        return "*"
    return ""


def _name(state: int, release: Release, compact: bool) -> str:
    s = state
    base = s & NODE_STATE_BASE
    drain = bool(s & NODE_STATE_DRAIN)
    comp = bool(s & NODE_STATE_COMPLETING)
    maint = bool(s & NODE_STATE_MAINT)
    no_resp = bool(s & NODE_STATE_NO_RESPOND)
    reboot = bool(s & NODE_STATE_REBOOT_REQUESTED)
    reboot_issued = bool(s & NODE_STATE_REBOOT_ISSUED)

    def pick(long: str, short: str) -> str:
        return short if compact else long

    if s & NODE_STATE_INVALID_REG:
        return "INVAL"
    if maint and not (drain or base in (NODE_STATE_ALLOCATED, NODE_STATE_DOWN, NODE_STATE_MIXED)):
        return "MAINT*" if no_resp else "MAINT"
    if (reboot or reboot_issued) and base not in (NODE_STATE_ALLOCATED, NODE_STATE_MIXED):
        word = pick("REBOOT", "BOOT")
        if reboot_issued:
            return word + "^"
        return word + ("*" if no_resp else "")
    if drain:
        if comp or base in (NODE_STATE_ALLOCATED, NODE_STATE_MIXED):
            return pick("DRAINING", "DRNG") + _suffix(s)
        return pick("DRAINED", "DRAIN") + _suffix(s)
    if s & NODE_STATE_FAIL:
        failing_bases = [NODE_STATE_ALLOCATED]
        if release >= (26, 5):
            failing_bases.append(NODE_STATE_MIXED)
        word = pick("FAILING", "FAILG") if (comp or base in failing_bases) else "FAIL"
        return word + ("*" if no_resp else "")
    if compact:
        s_cmp = base  # node_state_string_compact() compares the base state here
    else:
        s_cmp = s
    if s_cmp == NODE_STATE_REBOOT_ISSUED:
        return pick("REBOOT_ISSUED", "BOOT^")
    if s_cmp == NODE_STATE_REBOOT_CANCEL:
        return pick("CANCEL_REBOOT", "CANC_R")
    if release >= (25, 5) and s_cmp == NODE_STATE_EXTERNAL:
        return pick("EXTERNAL", "EXT")
    if s_cmp == NODE_STATE_CLOUD:
        return "CLOUD"
    if s_cmp == NODE_STATE_POWER_DOWN:
        return pick("POWER_DOWN", "POW_DN")
    if s_cmp == NODE_STATE_POWER_UP:
        return pick("POWER_UP", "POW_UP")
    if s_cmp == NODE_STATE_POWERING_DOWN:
        return pick("POWERING_DOWN", "POWRING_DN")
    if s_cmp == NODE_STATE_POWERED_DOWN:
        return pick("POWERED_DOWN", "POWERED_DN")
    if s_cmp == NODE_STATE_POWERING_UP:
        return "POWERING_UP"
    if not compact and release >= (24, 5) and s == NODE_STATE_UNDRAIN:
        return "UNDRAIN"
    if not compact and release >= (25, 11):
        if s == NODE_STATE_DYNAMIC_FUTURE:
            return "DYNAMIC_FUTURE"
        if s == NODE_STATE_DYNAMIC_NORM:
            return "DYNAMIC_NORM"
    if base == NODE_STATE_DOWN:
        return "DOWN" + _suffix(s)
    if base == NODE_STATE_ALLOCATED:
        word = pick("ALLOCATED", "ALLOC")
        mark = _suffix(s)
        if not mark and comp:
            mark = "+"
        return word + mark
    if comp:
        return pick("COMPLETING", "COMP") + _suffix(s)
    if base == NODE_STATE_IDLE:
        mark = _suffix(s)
        if mark:
            return "IDLE" + mark
        if release < (24, 5) and s & (1 << 4):
            return pick("PERFCTRS", "NPC")
        if s & NODE_STATE_RES:
            return pick("RESERVED", "RESV")
        if release >= (24, 5) and s & NODE_STATE_BLOCKED:
            return pick("BLOCKED", "BLOCK")
        if s & NODE_STATE_PLANNED:
            return pick("PLANNED", "PLND")
        return "IDLE"
    if base == NODE_STATE_MIXED:
        mark = _suffix(s)
        if not mark and s & NODE_STATE_PLANNED:
            mark = "-"
        return pick("MIXED", "MIX") + mark
    if base == NODE_STATE_FUTURE:
        return pick("FUTURE", "FUTR") + _suffix(s)
    if s & NODE_RESUME:
        return pick("RESUME", "RESM")
    if base == NODE_STATE_UNKNOWN:
        return pick("UNKNOWN", "UNK") + ("*" if no_resp else "")
    return "?"


def long_name(state: int, release: Release) -> str:
    """node_state_string()."""
    return _name(state, release, compact=False)


def compact_name(state: int, release: Release) -> str:
    """node_state_string_compact()."""
    return _name(state, release, compact=True)


__all__ = [
    "base_name",
    "flag_names",
    "complete_name",
    "long_name",
    "compact_name",
    "NODE_STATE_POWER_DRAIN",
]
