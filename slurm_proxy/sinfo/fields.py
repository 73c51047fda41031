"""sinfo's output fields: the format table, format parsing and the field printers.

The table is ``fmt_data[]`` of ``src/sinfo/opts.c`` (24.05+; 22.05-23.11 used an
if-chain with the same letters and names, minus ``Reservation``/``%i`` in 22.05).
Printing follows ``src/sinfo/print.c``: every field goes through ``_print_str``
(C printf semantics: ``%Ns`` right-justifies without cutting, ``%.Ns`` cuts,
then the result is cut to the width and padded; a NULL string prints ``(null)``,
or nothing when cut below 6 characters, as glibc does).
"""

from __future__ import annotations

import time as _time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

from slurm_proxy.adapters.noval import INFINITE, NO_VAL, NO_VAL16, NO_VAL64
from slurm_proxy.adapters.partitions import (
    PART_FLAG_DEFAULT,
    PART_FLAG_ROOT_ONLY,
    PARTITION_DOWN,
    PARTITION_DRAIN,
    PARTITION_INACTIVE,
    PARTITION_UP,
    PREEMPT_MODE_CANCEL,
    PREEMPT_MODE_GANG,
    PREEMPT_MODE_OFF,
    PREEMPT_MODE_PRIORITY,
    PREEMPT_MODE_REQUEUE,
    PREEMPT_MODE_SUSPEND,
    PREEMPT_MODE_WITHIN,
    SHARED_FORCE,
)
from slurm_proxy.common import timefmt

from . import nodestate

if TYPE_CHECKING:
    from .build import Group, Params

Printer = Callable[["Ctx", "Optional[Group]", int, bool], str]


@dataclass
class Ctx:
    """What the printers need besides the group: options, release, environment."""

    params: Params
    release: tuple[int, ...]
    env: dict[str, str]
    node_field_size: int = 0
    part_field_size: int = 0


# --- C printf helpers ---------------------------------------------------------------
def c_str(text: Optional[str], width: int, right: bool, cut: bool = True) -> str:
    """sinfo's ``_print_str``: a NULL (None) string behaves as glibc prints it."""
    if width == 0:
        out = "(null)" if text is None else text
    elif right:
        out = "(null)" if text is None else text
        out = out.rjust(width)
        if cut:
            out = out[:width]
    else:
        if text is None:
            out = "(null)" if width >= 6 else ""
        else:
            out = text
        out = out[:width]
    if len(out) < width:
        out += " " * (width - len(out))
    return out


def secs_str(seconds: int) -> str:
    """sinfo's ``_print_secs`` (no INVALID check, unlike squeue's)."""
    secs = seconds % 60
    minutes = (seconds // 60) % 60
    hours = (seconds // 3600) % 24
    days = seconds // 86400
    if days:
        return f"{days}-{hours:02d}:{minutes:02d}:{secs:02d}"
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def convert_num_unit(num: float, exact: bool = True, no_convert: bool = False) -> str:
    """convert_num_unit(num, UNIT_NONE, NO_VAL, CONVERT_NUM_UNIT_EXACT [|NO])."""
    if int(num) == 0:
        return "0"
    unit = 0
    if no_convert:
        pass
    elif exact:
        while num >= 1024 and int(num) % 512 == 0:
            num /= 1024
            unit += 1
    units = ["", "K", "M", "G", "T", "P"]
    suffix = units[unit] if unit < len(units) else "?"
    if float(int(num)) == num:
        return f"{int(num)}{suffix}"
    return f"{num:.2f}{suffix}"


def _min_max(lo: int, hi: int, rng: bool, lo_s: str, hi_s: str, infinite: int) -> str:
    if hi == lo:
        return hi_s
    if rng:
        if hi == infinite:
            return f"{lo_s}-infinite"
        return f"{lo_s}-{hi_s}"
    return f"{lo_s}+"


def min_max_16(ctx: Ctx, lo: int, hi: int, rng: bool) -> str:
    conv = ctx.params.no_convert
    return _min_max(
        lo,
        hi,
        rng,
        convert_num_unit(lo, no_convert=conv),
        convert_num_unit(hi, no_convert=conv),
        0xFFFF,
    )


def min_max_32(ctx: Ctx, lo: int, hi: int, rng: bool, suffix: bool) -> str:
    if suffix:
        conv = ctx.params.no_convert
        lo_s = convert_num_unit(lo, no_convert=conv)
        hi_s = convert_num_unit(hi, no_convert=conv)
    else:
        lo_s, hi_s = str(lo & 0xFFFFFFFF), str(hi & 0xFFFFFFFF)
    return _min_max(lo, hi, rng, lo_s, hi_s, INFINITE)


def _cpu_load_str(v: int) -> str:
    return "N/A" if v == NO_VAL else f"{v / 100.0:.2f}"


def _u64_str(v: int) -> str:
    return "N/A" if v == NO_VAL64 else str(v)


def _min_max_plain(lo: str, hi: str, same: bool, rng: bool) -> str:
    if same:
        return hi
    return f"{lo}-{hi}" if rng else f"{lo}+"


def preempt_mode_string(mode: int) -> str:
    """preempt_mode_string() of src/common/slurm_protocol_defs.c."""
    if mode == PREEMPT_MODE_OFF:
        return "OFF"
    if mode == PREEMPT_MODE_GANG:
        return "GANG"
    parts = []
    if mode & PREEMPT_MODE_SUSPEND:
        parts.append("SUSPEND")
    elif mode & PREEMPT_MODE_REQUEUE:
        parts.append("REQUEUE")
    elif mode & PREEMPT_MODE_CANCEL:
        parts.append("CANCEL")
    if mode & PREEMPT_MODE_PRIORITY:
        parts.append("PRIORITY")
    if mode & PREEMPT_MODE_GANG:
        parts.append("GANG")
    if mode & PREEMPT_MODE_WITHIN:
        parts.append("WITHIN")
    return ",".join(parts) if parts else "UNKNOWN"


def oversubscribe_string(
    part_max_share: int, release: tuple[int, ...], display: Optional[str] = None
) -> str:
    if display is not None:
        return display
    force = part_max_share & SHARED_FORCE
    val = part_max_share & ~SHARED_FORCE
    if val == 0:
        return "NO" if release >= (26, 5) else "EXCLUSIVE"
    if force:
        return f"FORCE:{val}"
    if val == 1:
        return "NO"
    return f"YES:{val}"


def _uid_of(name: Optional[str]) -> Optional[int]:
    if not name:
        return None
    try:
        import pwd

        return pwd.getpwnam(name).pw_uid
    except (KeyError, ImportError):
        return None


# --- the printers (one per field) ---------------------------------------------------
def _p(
    header: str,
    value: Callable[[Ctx, Group], Optional[str]],
    cut_header: bool = True,
    width_of: Optional[Callable[[Ctx], int]] = None,
) -> Printer:
    def printer(ctx: Ctx, g: Optional[Group], width: int, right: bool) -> str:
        if width_of is not None:
            width = width_of(ctx)
        if g is None:
            return c_str(header, width, right, cut_header)
        return c_str(value(ctx, g), width, right)

    return printer


def _avail(ctx: Ctx, g: Group) -> str:
    if g.part is None:
        return "n/a"
    return {
        PARTITION_UP: "up",
        PARTITION_DOWN: "down",
        PARTITION_DRAIN: "drain",
        PARTITION_INACTIVE: "inactive",
    }.get(g.part.state_up, "unknown")


def _cpus_aiot(ctx: Ctx, g: Group) -> str:
    return f"{g.cpus_alloc}/{g.cpus_idle}/{g.cpus_other}/{g.cpus_total}"


def _sct(ctx: Ctx, g: Group) -> str:
    return ":".join(
        (
            min_max_16(ctx, g.min_sockets, g.max_sockets, False),
            min_max_16(ctx, g.min_cores, g.max_cores, False),
            min_max_16(ctx, g.min_threads, g.max_threads, False),
        )
    )


def _groups(ctx: Ctx, g: Group) -> Optional[str]:
    if g.part is None:
        return "n/a"
    return g.part.allow_groups if g.part.allow_groups else "all"


def _alloc_nodes(ctx: Ctx, g: Group) -> Optional[str]:
    if g.part is None:
        return "n/a"
    return g.part.allow_alloc_nodes if g.part.allow_alloc_nodes else "all"


def _memory(ctx: Ctx, g: Group) -> str:
    return _min_max_plain(_u64_str(g.min_mem), _u64_str(g.max_mem), g.min_mem == g.max_mem, False)


def _partition(ctx: Ctx, g: Group, width: int) -> str:
    if g.part is None:
        return "n/a"
    name = g.part.name
    if g.part.flags & PART_FLAG_DEFAULT:
        if len(name) < width or width == 0:
            name += "*"
        elif width > 0:
            name = name[: width - 1] + "*" + name[width:]
    return name


def _print_partition(ctx: Ctx, g: Optional[Group], width: int, right: bool) -> str:
    if ctx.params.part_field_flag:
        width = ctx.part_field_size
    if g is None:
        return c_str("PARTITION", width, right)
    return c_str(_partition(ctx, g, width), width, right)


def _print_partition_name(ctx: Ctx, g: Optional[Group], width: int, right: bool) -> str:
    if ctx.params.part_field_flag:
        width = ctx.part_field_size
    if g is None:
        return c_str("PARTITION", width, right)
    return c_str("n/a" if g.part is None else g.part.name, width, right)


def _print_hostlist(header: str, attr: str) -> Printer:
    def printer(ctx: Ctx, g: Optional[Group], width: int, right: bool) -> str:
        if ctx.params.node_field_flag and attr != "node_addr":
            width = ctx.node_field_size
        if g is None:
            return c_str(header, width, right, cut=False)
        from .build import ranged

        return c_str(ranged(getattr(g, attr)), width, right)

    return printer


def _preempt(ctx: Ctx, g: Group) -> str:
    mode = g.part.preempt_mode if g.part is not None else NO_VAL16
    if mode == NO_VAL16:
        mode = ctx.params.cluster_preempt_mode
    return preempt_mode_string(mode)


def _reason(ctx: Ctx, g: Group) -> str:
    reason = g.reason if g.reason is not None else "none"
    if reason.startswith("(null)"):
        reason = "none"
    return reason


def _root(ctx: Ctx, g: Group) -> str:
    if g.part is None:
        return "n/a"
    return "yes" if g.part.flags & PART_FLAG_ROOT_ONLY else "no"


def _oversubscribe(ctx: Ctx, g: Group) -> str:
    assert g.part is not None
    return oversubscribe_string(g.part.max_share, ctx.release, g.part.oversubscribe_str)


def _size(ctx: Ctx, g: Group) -> str:
    if g.part is None:
        return "n/a"
    lo, hi = g.part.min_nodes, g.part.max_nodes
    if lo < 1 and hi > 0:
        lo = 1
    return min_max_32(ctx, lo, hi, True, True)


def _state(kind: str) -> Callable[[Ctx, Group], str]:
    def value(ctx: Ctx, g: Group) -> str:
        if not g.nodes_total:
            return "n/a"
        if kind == "compact":
            return nodestate.compact_name(g.node_state, ctx.release).lower()
        if kind == "complete":
            return nodestate.complete_name(g.node_state, ctx.release).lower()
        return nodestate.long_name(g.node_state, ctx.release).lower()

    return value


def _max_time(ctx: Ctx, g: Group) -> str:
    if g.part is None:
        return "n/a"
    if g.part.max_time == INFINITE:
        return "infinite"
    return secs_str(g.part.max_time * 60)


def _default_time(ctx: Ctx, g: Group) -> str:
    if g.part is None or g.part.default_time == NO_VAL:
        return "n/a"
    if g.part.default_time == INFINITE:
        return "infinite"
    return secs_str(g.part.default_time * 60)


def _timestamp(ctx: Ctx, g: Group) -> str:
    if not g.reason_time:
        return "Unknown"
    return timefmt.make_time_str(g.reason_time, ctx.env)


def _user(ctx: Ctx, g: Group) -> str:
    if g.reason_user is None:
        return "Unknown"
    return g.reason_user


def _user_long(ctx: Ctx, g: Group) -> str:
    if g.reason_user is None:
        return "Unknown"
    uid = _uid_of(g.reason_user)
    return f"{g.reason_user}({uid if uid is not None else '?'})"


def _max_cpus_per_node(ctx: Ctx, g: Group) -> str:
    if g.part is not None and g.part.max_cpus_per_node == INFINITE:
        return "UNLIMITED"
    return str(g.max_cpus_per_node & 0xFFFFFFFF)


def _version(ctx: Ctx, g: Group) -> str:
    return g.version if g.version is not None else "N/A"


def _cluster(ctx: Ctx, g: Group) -> str:
    return g.cluster_name if g.cluster_name is not None else "N/A"


def _resv(ctx: Ctx, g: Group) -> str:
    return g.resv_name or ""


def _cpu_load(ctx: Ctx, g: Group) -> str:
    return _min_max_plain(
        _cpu_load_str(g.min_cpu_load),
        _cpu_load_str(g.max_cpu_load),
        g.min_cpu_load == g.max_cpu_load,
        True,
    )


def _free_mem(ctx: Ctx, g: Group) -> str:
    return _min_max_plain(
        _u64_str(g.min_free_mem), _u64_str(g.max_free_mem), g.min_free_mem == g.max_free_mem, True
    )


def _prio(attr: str) -> Callable[[Ctx, Group], str]:
    def value(ctx: Ctx, g: Group) -> str:
        v = getattr(g.part, attr) if g.part is not None else 0
        return min_max_16(ctx, v, v, True)

    return value


def _print_prefix(ctx: Ctx, g: Optional[Group], width: int, right: bool) -> str:
    return ""


PRINTERS: dict[str, Printer] = {
    "alloc_mem": _p("ALLOCMEM", lambda c, g: str(g.alloc_memory)),
    "alloc_nodes": _p("ALLOCNODES", _alloc_nodes),
    "avail": _p("AVAIL", _avail),
    "cluster": _p("CLUSTER", _cluster),
    "comment": _p("COMMENT", lambda c, g: g.comment),
    "cores": _p("CORES", lambda c, g: min_max_16(c, g.min_cores, g.max_cores, False)),
    "cpus": _p("CPUS", lambda c, g: min_max_32(c, g.min_cpus, g.max_cpus, False, True)),
    "cpu_load": _p("CPU_LOAD", _cpu_load),
    "cpus_aiot": _p("CPUS(A/I/O/T)", _cpus_aiot),
    "default_time": _p("DEFAULTTIME", _default_time),
    "disk": _p("TMP_DISK", lambda c, g: min_max_32(c, g.min_disk, g.max_disk, False, False)),
    "extra": _p("EXTRA", lambda c, g: g.extra),
    "features": _p("AVAIL_FEATURES", lambda c, g: g.features),
    "features_act": _p("ACTIVE_FEATURES", lambda c, g: g.features_act),
    "free_mem": _p("FREE_MEM", _free_mem),
    "gres": _p("GRES", lambda c, g: g.gres),
    "gres_used": _p("GRES_USED", lambda c, g: g.gres_used),
    "groups": _p("GROUPS", _groups),
    "max_cpus_per_node": _p("MAX_CPUS_PER_NODE", _max_cpus_per_node),
    "memory": _p("MEMORY", _memory),
    "node_addr": _print_hostlist("NODE_ADDR", "node_addr"),
    "nodes_ai": _p("NODES(A/I)", lambda c, g: f"{g.nodes_alloc}/{g.nodes_idle}"),
    "nodes_aiot": _p(
        "NODES(A/I/O/T)",
        lambda c, g: f"{g.nodes_alloc}/{g.nodes_idle}/{g.nodes_other}/{g.nodes_total}",
    ),
    "node_hostnames": _print_hostlist("HOSTNAMES", "hostnames"),
    "node_list": _print_hostlist("NODELIST", "nodes"),
    "nodes_t": _p("NODES", lambda c, g: str(g.nodes_total)),
    "oversubscribe": _p("OVERSUBSCRIBE", _oversubscribe),
    "partition": _print_partition,
    "partition_name": _print_partition_name,
    "port": _p("PORT", lambda c, g: min_max_16(c, g.port, g.port, False)),
    "preempt_mode": _p("PREEMPT_MODE", _preempt),
    "priority_job_factor": _p("PRIO_JOB_FACTOR", _prio("priority_job_factor")),
    "priority_tier": _p("PRIO_TIER", _prio("priority_tier")),
    "reason": _p("REASON", _reason),
    "resv_name": _p("RESERVATION", _resv),
    "root": _p("ROOT", _root),
    "size": _p("JOB_SIZE", _size),
    "sockets": _p("SOCKETS", lambda c, g: min_max_16(c, g.min_sockets, g.max_sockets, False)),
    "sct": _p("S:C:T", _sct),
    "state_compact": _p("STATE", _state("compact")),
    "state_complete": _p("STATECOMPLETE", _state("complete")),
    "state_long": _p("STATE", _state("long")),
    "threads": _p("THREADS", lambda c, g: min_max_16(c, g.min_threads, g.max_threads, False)),
    "time": _p("TIMELIMIT", _max_time),
    "timestamp": _p("TIMESTAMP", _timestamp),
    "user": _p("USER", _user),
    "user_long": _p("USER", _user_long),
    "version": _p("VERSION", _version),
    "weight": _p("WEIGHT", lambda c, g: min_max_32(c, g.min_weight, g.max_weight, False, False)),
    "prefix": _print_prefix,
    "invalid": _print_prefix,
}


# --- the field table --------------------------------------------------------------------
@dataclass(frozen=True)
class FieldDef:
    name: str  # the --Format name ("" when it has none)
    letter: str  # the --format letter ("" when it has none)
    printer: str  # key of PRINTERS
    match: frozenset[str] = frozenset()  # what groups must agree on
    hidden: bool = False


def _f(name: str, letter: str, printer: str, *match: str, hidden: bool = False) -> FieldDef:
    return FieldDef(name, letter, printer, frozenset(match), hidden)


# fmt_data[] of 24.05+ (the order matters: --helpformat and first-match of letters)
FIELDS: tuple[FieldDef, ...] = (
    _f("AllocMem", "", "alloc_mem", "alloc_mem"),
    _f("AllocNodes", "S", "alloc_nodes"),
    _f("Available", "a", "avail", "avail"),
    _f("Cluster", "V", "cluster"),
    _f("Comment", "", "comment", "comment"),
    _f("Cores", "Y", "cores", "cores"),
    _f("CPUs", "c", "cpus", "cpus"),
    _f("CPUsLoad", "O", "cpu_load", "cpu_load"),
    _f("CPUsState", "C", "cpus_aiot", "cpus"),
    _f("DefaultTime", "L", "default_time", "default_time"),
    _f("Disk", "d", "disk", "disk"),
    _f("Extra", "", "extra", "extra"),
    _f("Features", "f", "features", "features"),
    _f("features_act", "b", "features_act", "features_act"),
    _f("FreeMem", "e", "free_mem", "free_mem"),
    _f("Gres", "G", "gres", "gres"),
    _f("GresUsed", "G", "gres_used", "gres_used"),
    _f("Groups", "g", "groups", "groups"),
    _f("MaxCPUsPerNode", "B", "max_cpus_per_node", "max_cpus_per_node"),
    _f("Memory", "m", "memory", "memory"),
    _f("NodeAddr", "o", "node_addr", "node_addr"),
    _f("NodeAI", "A", "nodes_ai"),
    _f("NodeAIOT", "F", "nodes_aiot"),
    _f("NodeHost", "n", "node_hostnames", "hostnames"),
    _f("NodeList", "N", "node_list"),
    _f("Nodes", "D", "nodes_t"),
    _f("OverSubscribe", "h", "oversubscribe"),
    _f("Partition", "P", "partition", "partition"),
    _f("PartitionName", "R", "partition_name", "partition"),
    _f("Port", "", "port", "port"),
    _f("PreemptMode", "M", "preempt_mode", "preempt_mode"),
    _f("PriorityJobFactor", "I", "priority_job_factor", "priority_job_factor"),
    _f("PriorityTier", "p", "priority_tier", "priority_tier"),
    _f("Reason", "E", "reason", "reason"),
    _f("Reservation", "i", "resv_name", "resv_name"),
    _f("Root", "r", "root", "root"),
    _f("Share", "h", "oversubscribe", "oversubscribe", hidden=True),
    _f("Size", "s", "size", "job_size"),
    _f("Sockets", "X", "sockets", "sockets"),
    _f("SocketCoreThread", "z", "sct", "sct"),
    _f("StateCompact", "t", "state_compact", "state"),
    _f("StateComplete", "", "state_complete", "state_complete"),
    _f("StateLong", "T", "state_long", "state"),
    _f("Threads", "Z", "threads", "threads"),
    _f("Time", "l", "time", "max_time"),
    _f("TimeStamp", "H", "timestamp", "reason_timestamp"),
    _f("User", "u", "user", "reason_user"),
    _f("UserLong", "U", "user_long", "reason_user"),
    _f("Version", "v", "version", "version"),
    _f("Weight", "w", "weight", "weight"),
)

# The 24.05 table gives OverSubscribe no match flag (only "Share" has one), while the
# if-chain of 22.05-23.11 set it for both spellings.
_OLD_OVERSUBSCRIBE = _f("OverSubscribe", "h", "oversubscribe", "oversubscribe")


def fields_for(release: tuple[int, ...]) -> list[FieldDef]:
    out = []
    for f in FIELDS:
        if release < (23, 2) and f.name == "Reservation":
            continue
        if release < (24, 5) and f.name == "OverSubscribe":
            f = _OLD_OVERSUBSCRIBE
        out.append(f)
    return out


@dataclass
class Item:
    printer: str
    width: int = 0
    right: bool = False
    suffix: Optional[str] = None


@dataclass
class Format:
    items: list[Item] = field(default_factory=list)
    match: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)  # lines for stderr


def _get_prefix(fmt: str) -> tuple[Optional[str], str]:
    pos = fmt.find("%")
    if pos < 0:
        return fmt, fmt
    if pos == 0:
        return None, fmt
    return fmt[:pos], fmt[pos:]


def _strtok(text: str, seps: str) -> list[str]:
    tokens = []
    cur = ""
    for ch in text:
        if ch in seps:
            if cur:
                tokens.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        tokens.append(cur)
    return tokens


def parse_format(fmt: str, release: tuple[int, ...], out: Optional[Format] = None) -> Format:
    """``-o``: ``%[.][size]letter`` items; text before the first ``%`` is a prefix."""
    out = out or Format()
    table = fields_for(release)
    prefix, rest = _get_prefix(fmt)
    if prefix is not None:
        out.items.append(Item("prefix", 0, False, prefix))
    format_all = fmt.lower() == "%all"
    if format_all:
        rest = "%a" + "".join(f"|%{chr(c)}" for c in range(ord("b"), ord("z") + 1))
        rest += "".join(f"|%{chr(c)} " for c in range(ord("A"), ord("Z") + 1))
    tokens = _strtok(rest, "%")
    if tokens and not rest.startswith("%"):
        tokens = tokens[1:]  # the prefix itself
    for token in tokens:
        i = 0
        right = False
        if token[i : i + 1] == ".":
            right = True
            i += 1
        size = 0
        while i < len(token) and token[i].isdigit():
            size = size * 10 + int(token[i])
            i += 1
        letter = token[i : i + 1]
        suffix = token[i + 1 :]
        found = next((f for f in table if f.letter and f.letter == letter), None)
        if found is not None:
            out.match |= found.match
            out.items.append(Item(found.printer, size, right, suffix))
        elif format_all:
            continue
        else:
            out.items.append(Item("invalid", size, right, "%" + token))
            out.errors.append(f"Invalid node format specification: {letter}")
    return out


def parse_long_format(fmt: str, release: tuple[int, ...], prog: str) -> Format:
    """``-O``: ``name[:[.][size][suffix]]`` items separated by commas."""
    out = Format()
    table = fields_for(release)
    old_chain = release < (24, 5)
    for token in _strtok(fmt, ","):
        name, colon, spec = token.partition(":")
        right = False
        size = 20
        suffix: Optional[str] = None
        if colon:
            if spec.startswith("."):
                right = True
                spec = spec[1:]
            j = 0
            sign = ""
            if spec[:1] in "+-" and spec[:1]:
                sign, spec = spec[0], spec[1:]
            while j < len(spec) and spec[j].isdigit():
                j += 1
            size = int(sign + spec[:j]) if spec[:j] else 0
            if spec[j:]:
                suffix = spec[j:]
        if name.lower() == "all":
            parse_format("%all", release, out)
            if old_chain:
                continue
        found = None
        for f in table:
            if f.name and f.name.lower() == name.lower():
                found = f
                break
        if old_chain and name.lower() == "share":
            found = _OLD_OVERSUBSCRIBE
        if found is not None:
            out.match |= found.match
            out.items.append(Item(found.printer, size, right, suffix))
        else:
            out.items.append(Item("invalid", size, right, suffix))
            out.errors.append(f"{prog}: error: Invalid job format specification: {name}")
    return out


def help_format(release: tuple[int, ...]) -> str:
    """--helpformat: the letters, eight per line."""
    lines = ""
    cnt = 0
    for f in fields_for(release):
        if not f.letter or f.hidden:
            continue
        if cnt & 8:
            cnt = 0
            lines += "\n"
        cnt += 1
        lines += f"%{f.letter:<5}"
    return lines + "\n"


def help_long_format(release: tuple[int, ...]) -> str:
    """--helpFormat: the names, four per line."""
    lines = ""
    cnt = 0
    for f in fields_for(release):
        if not f.name or f.hidden:
            continue
        if cnt & 4:
            cnt = 0
            lines += "\n"
        cnt += 1
        lines += f"{f.name:<20}"
    return lines + "\n"


def now_date(env: dict[str, str]) -> str:
    """print_date(): ``%a %b %d %T %Y`` of the local time."""
    return _time.strftime("%a %b %d %H:%M:%S %Y", _time.localtime())
