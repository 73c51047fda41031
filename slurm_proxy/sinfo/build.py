"""How sinfo turns nodes and partitions into output lines (``src/sinfo/sinfo.c``).

Every line is one :class:`Group` (``sinfo_data_t``): the nodes of one partition that
agree on everything the format prints (state, features, ...; with ``-e`` also on
CPUs, memory, ...).  Nodes are visited partition by partition, in the controller's
node order, and join the first group that matches; then the groups are sorted
(``-S``, default ``#P,-t``: partition table order, then state, highest first).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Optional

from slurm_proxy.adapters.nodes import (
    NODE_STATE_ALLOCATED,
    NODE_STATE_BASE,
    NODE_STATE_COMPLETING,
    NODE_STATE_DOWN,
    NODE_STATE_DRAIN,
    NODE_STATE_END,
    NODE_STATE_FLAGS,
    NODE_STATE_IDLE,
    NODE_STATE_MIXED,
    NODE_STATE_NO_RESPOND,
    Node,
)
from slurm_proxy.adapters.partitions import PART_FLAG_DEFAULT, PART_FLAG_ROOT_ONLY, Partition
from slurm_proxy.common import hostlist

from . import nodestate
from .fields import Format


@dataclass
class StateFilter:
    state: int
    negate: bool = False


@dataclass
class Params:
    all_flag: bool = False
    dead_nodes: bool = False
    exact_match: bool = False
    future_flag: bool = False
    no_header: bool = False
    iterate: int = 0
    long_output: bool = False
    no_convert: bool = False
    node_flag: bool = False
    nodes: Optional[str] = None
    node_name_single: bool = False
    part_list: Optional[list[str]] = None
    responding_nodes: bool = False
    list_reasons: bool = False
    summarize: bool = False
    sort: Optional[str] = None
    states: Optional[str] = None
    state_list: Optional[list[StateFilter]] = None
    state_list_and: bool = False
    reservation_flag: bool = False
    verbose: int = 0
    mimetype: Optional[str] = None
    data_parser: Optional[str] = None
    format: Optional[str] = None
    fmt: Format = field(default_factory=Format)
    def_format: bool = False
    part_field_flag: bool = False
    node_field_flag: bool = False
    filtering: bool = False
    clusters: Optional[str] = None
    cluster_preempt_mode: int = 0  # PREEMPT_MODE_OFF unless the server says otherwise

    @property
    def match(self) -> set[str]:
        return self.fmt.match


@dataclass
class Group:
    part: Optional[Partition]
    part_inx: int
    nodes: hostlist.Hostlist = field(default_factory=hostlist.Hostlist)
    node_addr: hostlist.Hostlist = field(default_factory=hostlist.Hostlist)
    hostnames: hostlist.Hostlist = field(default_factory=hostlist.Hostlist)
    names: set[str] = field(default_factory=set)
    addrs: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    first: Optional[Node] = None
    node_state: int = 0
    features: Optional[str] = None
    features_act: Optional[str] = None
    gres: Optional[str] = None
    gres_used: Optional[str] = None
    comment: Optional[str] = None
    extra: Optional[str] = None
    reason: Optional[str] = None
    reason_time: int = 0
    reason_user: Optional[str] = None
    resv_name: Optional[str] = None
    min_cpus: int = 0
    max_cpus: int = 0
    min_sockets: int = 0
    max_sockets: int = 0
    min_cores: int = 0
    max_cores: int = 0
    min_threads: int = 0
    max_threads: int = 0
    min_disk: int = 0
    max_disk: int = 0
    min_mem: int = 0
    max_mem: int = 0
    min_weight: int = 0
    max_weight: int = 0
    min_cpu_load: int = 0
    max_cpu_load: int = 0
    min_free_mem: int = 0
    max_free_mem: int = 0
    port: int = 0
    max_cpus_per_node: int = 0
    version: Optional[str] = None
    alloc_memory: int = 0
    nodes_alloc: int = 0
    nodes_idle: int = 0
    nodes_other: int = 0
    nodes_total: int = 0
    cpus_alloc: int = 0
    cpus_idle: int = 0
    cpus_other: int = 0
    cpus_total: int = 0
    cluster_name: Optional[str] = None


def ranged(hl: hostlist.Hostlist) -> str:
    return hl.ranged()


# --- state filters (-t) -----------------------------------------------------------------
def _state_equal(i: int, text: str, release: tuple[int, ...]) -> bool:
    low = text.lower()
    if nodestate.compact_name(i, release).lower().startswith(low):
        return True
    if nodestate.long_name(i, release).lower().startswith(low):
        return True
    if release >= (26, 5):
        for name in nodestate.flag_names(i & NODE_STATE_FLAGS, release):
            if name.lower().startswith(low):
                return True
    return False


def _prefix(word: str, text: str) -> bool:
    return word.lower().startswith(text.lower())


def node_state_id(text: str, release: tuple[int, ...]) -> int:
    """_node_state_id(): a state name or prefix to a state (or -1)."""
    from slurm_proxy.adapters import nodes as n

    for i in range(NODE_STATE_END):
        if _state_equal(i, text, release):
            return i
    if release >= (24, 5) and (_prefix("BLOCKED", text) or _prefix("BLOCK", text)):
        return n.NODE_STATE_BLOCKED
    if release >= (26, 5) and (_prefix("INVALID_REG", text) or _prefix("INVAL", text)):
        return n.NODE_STATE_INVALID_REG
    if _prefix("PLANNED", text) or _prefix("PLND", text):
        return n.NODE_STATE_PLANNED
    if _prefix("DRAIN", text):
        return NODE_STATE_DRAIN
    if _prefix("DRAINED", text):
        return NODE_STATE_DRAIN | NODE_STATE_IDLE
    if _prefix("RESV", text) or _prefix("RESERVED", text):
        return n.NODE_STATE_RES
    if release < (24, 5) and (_prefix("PERFCTRS", text) or _prefix("NPC", text)):
        return n.NODE_STATE_NET
    if _prefix("DRAINING", text) or _prefix("DRNG", text):
        return NODE_STATE_DRAIN | NODE_STATE_ALLOCATED
    checks = []
    if release >= (26, 5):
        checks += [n.NODE_STATE_DYNAMIC_FUTURE, n.NODE_STATE_DYNAMIC_NORM]
    checks.append(NODE_STATE_COMPLETING)
    for flag in checks:
        if _state_equal(flag, text, release):
            return flag
    if _prefix("NO_RESPOND", text):
        return NODE_STATE_NO_RESPOND
    checks = [n.NODE_STATE_POWER_UP] if release >= (26, 5) else []
    checks += [
        n.NODE_STATE_POWERING_DOWN,
        n.NODE_STATE_POWERED_DOWN,
        n.NODE_STATE_POWER_DOWN,
        n.NODE_STATE_POWERING_UP,
        n.NODE_STATE_FAIL,
        n.NODE_STATE_MAINT,
        n.NODE_STATE_REBOOT_REQUESTED,
        n.NODE_STATE_REBOOT_ISSUED,
        n.NODE_STATE_CLOUD,
    ]
    if release >= (26, 5):
        checks.append(n.NODE_STATE_EXTERNAL)
    for flag in checks:
        if _state_equal(flag, text, release):
            return flag
    return -1


def node_state_list(release: tuple[int, ...]) -> str:
    """_node_state_list(): the 'valid states' text."""
    from slurm_proxy.adapters import nodes as n

    names = [nodestate.long_name(0, release)]
    for i in range(1, NODE_STATE_END):
        if release >= (26, 5) and i == 4:
            continue
        names.append(nodestate.long_name(i, release))
    if release >= (24, 5):
        names += ["DRAIN", "DRAINED", "DRAINING", "NO_RESPOND", "RESERVED", "PLANNED", "BLOCKED"]
    else:
        names += ["DRAIN", "DRAINED", "DRAINING", "NO_RESPOND", "RESERVED", "PERFCTRS"]
    flags = [
        n.NODE_STATE_CLOUD,
        NODE_STATE_COMPLETING,
        n.NODE_STATE_POWERING_DOWN,
        n.NODE_STATE_POWERED_DOWN,
        n.NODE_STATE_POWER_DOWN,
        n.NODE_STATE_POWERING_UP,
    ]
    if release >= (26, 5):
        flags += [n.NODE_STATE_POWER_UP, n.NODE_STATE_INVALID_REG]
    flags += [
        n.NODE_STATE_FAIL,
        n.NODE_STATE_MAINT,
        n.NODE_STATE_REBOOT_REQUESTED,
        n.NODE_STATE_REBOOT_ISSUED,
    ]
    if release >= (26, 5):
        flags += [n.NODE_STATE_EXTERNAL, n.NODE_STATE_DYNAMIC_FUTURE, n.NODE_STATE_DYNAMIC_NORM]
    elif release < (24, 5):
        flags.append(n.NODE_STATE_PLANNED)
    names += [nodestate.long_name(f, release) for f in flags]
    return ",".join(names).lower()


class StateListError(Exception):
    def __init__(self, bad: str) -> None:
        super().__init__(bad)
        self.bad = bad


def build_state_list(text: str, params: Params, release: tuple[int, ...]) -> list[StateFilter]:
    if text.lower() == "all":
        out = [StateFilter(i) for i in range(NODE_STATE_END)]
        return out + [StateFilter(NODE_STATE_DRAIN), StateFilter(NODE_STATE_COMPLETING)]
    seps = ",&+" if release >= (26, 5) else ",&"
    if "&" in text or (release >= (26, 5) and "+" in text):
        params.state_list_and = True
    out = []
    for word in _strtok(text, seps):
        negate = False
        if release >= (26, 5) and word[:1] in ("~", "!"):
            negate = True
            word = word[1:]
        state = node_state_id(word, release)
        if state < 0:
            raise StateListError(word)
        out.append(StateFilter(state, negate))
    return out


def _strtok(text: str, seps: str) -> list[str]:
    out, cur = [], ""
    for ch in text:
        if ch in seps:
            if cur:
                out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _is_draining(state: int) -> bool:
    base = state & NODE_STATE_BASE
    return bool(state & NODE_STATE_DRAIN) and (
        base in (NODE_STATE_ALLOCATED, NODE_STATE_MIXED) or bool(state & NODE_STATE_COMPLETING)
    )


def _is_drained(state: int) -> bool:
    return bool(state & NODE_STATE_DRAIN) and not _is_draining(state)


def _state_matches(want: int, node: Node) -> bool:
    if want == NODE_STATE_DRAIN:
        return node.has(NODE_STATE_DRAIN)
    if _is_draining(want):
        return _is_draining(node.state)
    if _is_drained(want):
        return _is_drained(node.state)
    if want & NODE_STATE_FLAGS:
        return bool(want & node.state)
    if want == NODE_STATE_ALLOCATED:
        return node.alloc_cpus > 0
    return (node.state & NODE_STATE_BASE) == want


def filter_out(node: Node, params: Params, wanted: Optional[hostlist.Hostset]) -> bool:
    """_filter_out(): True when the node must not be reported."""
    if wanted is not None and not wanted.find(node.name):
        return True
    if params.dead_nodes and not node.has(NODE_STATE_NO_RESPOND):
        return True
    if params.responding_nodes and node.has(NODE_STATE_NO_RESPOND):
        return True
    if params.state_list:
        match = False
        for sf in params.state_list:
            match = _state_matches(sf.state, node)
            if sf.negate:
                match = not match
            if not params.state_list_and and match:
                break
            if params.state_list_and and not match:
                break
        if not match:
            return True
    return False


# --- grouping ----------------------------------------------------------------------------
def _xstrcmp(a: Optional[str], b: Optional[str]) -> bool:
    """True when xstrcmp() would say they differ."""
    return a != b


def _match_part(g: Group, part: Partition, params: Params) -> bool:
    if params.list_reasons:
        return True
    if g.part is part:
        return True
    if g.part is None:
        return False
    m = params.match
    o = g.part
    if "partition" in m and part.name != o.name:
        return False
    if "avail" in m and part.state_up != o.state_up:
        return False
    if "groups" in m and part.allow_groups != o.allow_groups:
        return False
    if "job_size" in m and (part.min_nodes != o.min_nodes or part.max_nodes != o.max_nodes):
        return False
    if "default_time" in m and part.default_time != o.default_time:
        return False
    if "max_time" in m and part.max_time != o.max_time:
        return False
    if "root" in m and (part.flags & PART_FLAG_ROOT_ONLY) != (o.flags & PART_FLAG_ROOT_ONLY):
        return False
    if "oversubscribe" in m and part.max_share != o.max_share:
        return False
    if "preempt_mode" in m and part.preempt_mode != o.preempt_mode:
        return False
    if "priority_tier" in m and part.priority_tier != o.priority_tier:
        return False
    if "priority_job_factor" in m and part.priority_job_factor != o.priority_job_factor:
        return False
    return not ("max_cpus_per_node" in m and part.max_cpus_per_node != o.max_cpus_per_node)


def _match_node(g: Group, node: Node, params: Params, release: tuple[int, ...]) -> bool:
    if params.node_flag:
        return False
    m = params.match
    if "hostnames" in m and (node.node_hostname or "") not in g.hosts:
        return False
    if "node_addr" in m and (node.node_addr or "") not in g.addrs:
        return False
    pairs = (
        ("extra", node.extra, g.extra),
        ("features", node.features, g.features),
        ("features_act", node.features_act, g.features_act),
        ("gres", node.gres, g.gres),
        ("gres_used", node.gres_used, g.gres_used),
        ("comment", node.comment, g.comment),
        ("reason", node.reason, g.reason),
    )
    for flag, a, b in pairs:
        if flag in m and _xstrcmp(a, b):
            return False
    if "reason_timestamp" in m and node.reason_time != g.reason_time:
        return False
    if "reason_user" in m and node.reason_user != g.reason_user:
        return False
    if "resv_name" in m and _xstrcmp(node.resv_name, g.resv_name):
        return False
    if "state" in m and (
        nodestate.long_name(node.state, release) != nodestate.long_name(g.node_state, release)
    ):
        return False
    if "state_complete" in m and (
        nodestate.complete_name(node.state, release)
        != nodestate.complete_name(g.node_state, release)
    ):
        return False
    if "alloc_mem" in m and node.alloc_memory != g.alloc_memory:
        return False
    if not params.exact_match:
        return True
    checks: tuple[tuple[str, object, object], ...] = (
        ("cpus", node.cpus, g.min_cpus),
        ("sockets", node.sockets, g.min_sockets),
        ("cores", node.cores, g.min_cores),
        ("threads", node.threads, g.min_threads),
        ("disk", node.tmp_disk, g.min_disk),
        ("memory", node.real_memory, g.min_mem),
        ("weight", node.weight, g.min_weight),
        ("cpu_load", node.cpu_load, g.min_cpu_load),
        ("free_mem", node.free_mem, g.min_free_mem),
        ("port", node.port, g.port),
    )
    for flag, val, want in checks:
        if flag in m and val != want:
            return False
    if "sct" in m and (
        node.sockets != g.min_sockets or node.cores != g.min_cores or node.threads != g.min_threads
    ):
        return False
    # the C compares the version pointers: only the group's own first node matches
    return not ("version" in m and node is not g.first)


def _update(g: Group, node: Node, params: Params) -> None:
    if g.nodes_total == 0:
        g.first = node
        g.node_state = node.state
        g.features, g.features_act = node.features, node.features_act
        g.gres, g.gres_used = node.gres, node.gres_used
        g.comment, g.extra, g.reason = node.comment, node.extra, node.reason
        g.reason_time, g.reason_user = node.reason_time, node.reason_user
        g.resv_name = node.resv_name
        g.min_cpus = g.max_cpus = node.cpus
        g.min_sockets = g.max_sockets = node.sockets
        g.min_cores = g.max_cores = node.cores
        g.min_threads = g.max_threads = node.threads
        g.min_disk = g.max_disk = node.tmp_disk
        g.min_mem = g.max_mem = node.real_memory
        g.port = node.port
        g.min_weight = g.max_weight = node.weight
        g.min_cpu_load = g.max_cpu_load = node.cpu_load
        g.min_free_mem = g.max_free_mem = node.free_mem
        g.max_cpus_per_node = g.part.max_cpus_per_node if g.part is not None else 0
        g.version = node.version
    elif node.name in g.names:
        return
    else:
        for attr, value in (
            ("cpus", node.cpus),
            ("sockets", node.sockets),
            ("cores", node.cores),
            ("threads", node.threads),
            ("disk", node.tmp_disk),
            ("mem", node.real_memory),
            ("weight", node.weight),
            ("cpu_load", node.cpu_load),
            ("free_mem", node.free_mem),
        ):
            if getattr(g, "min_" + attr) > value:
                setattr(g, "min_" + attr, value)
            if getattr(g, "max_" + attr) < value:
                setattr(g, "max_" + attr, value)
    if node.name not in g.names:
        g.names.add(node.name)
        g.nodes.push_host(node.name)
    m = params.match
    if "node_addr" in m and (node.node_addr or "") not in g.addrs:
        g.addrs.add(node.node_addr or "")
        g.node_addr.push_host(node.node_addr or "")
    if "hostnames" in m and (node.node_hostname or "") not in g.hosts:
        g.hosts.add(node.node_hostname or "")
        g.hostnames.push_host(node.node_hostname or "")
    base = node.state & NODE_STATE_BASE
    if base in (NODE_STATE_ALLOCATED, NODE_STATE_MIXED) or node.has(NODE_STATE_COMPLETING):
        g.nodes_alloc += 1
    elif node.has(NODE_STATE_DRAIN) or base == NODE_STATE_DOWN:
        g.nodes_other += 1
    else:
        g.nodes_idle += 1
    g.nodes_total += 1
    used = node.alloc_cpus
    g.cpus_alloc += used
    g.cpus_total += node.cpus
    g.alloc_memory = node.alloc_memory
    if node.has(NODE_STATE_DRAIN) or base == NODE_STATE_DOWN:
        g.cpus_other += node.cpus - used
    else:
        g.cpus_idle += node.cpus - used


def _insert(
    groups: list[Group],
    inx: int,
    part: Partition,
    node: Node,
    params: Params,
    release: tuple[int, ...],
) -> None:
    for g in groups:
        if not _match_part(g, part, params):
            continue
        if g.nodes_total and not _match_node(g, node, params, release):
            continue
        _update(g, node, params)
        return
    g = Group(part=part, part_inx=inx)
    _update(g, node, params)
    groups.append(g)


def group_nodes(
    params: Params, parts: list[Partition], nodes: list[Node], release: tuple[int, ...]
) -> list[Group]:
    """_build_sinfo_data()."""
    groups: list[Group] = []
    if not params.node_flag and "partition" in params.match:
        for j, part in enumerate(parts):
            if not params.part_list or part.name in params.part_list:
                groups.append(Group(part=part, part_inx=j))
    visible = nodes
    if params.filtering:
        wanted = hostlist.Hostset(params.nodes) if params.nodes else None
        visible = [n for n in nodes if not filter_out(n, params, wanted)]
    for j, part in enumerate(parts):
        if params.filtering and params.part_list and part.name not in params.part_list:
            continue
        for node in visible:
            if part.name in node.partitions:
                _insert(groups, j, part, node, params, release)
    for g in groups:
        g.nodes.uniq()
        g.node_addr.uniq()
        g.hostnames.uniq()
    return groups


# --- sorting (sort.c) ----------------------------------------------------------------------
def _i32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def _cmp(a: int, b: int) -> int:
    return (a > b) - (a < b)


def _cmp_str(a: Optional[str], b: Optional[str]) -> int:
    a, b = a or "", b or ""
    return _cmp(a.encode(), b.encode())  # type: ignore[arg-type]


def _hl_cmp(h1: hostlist.Hostlist, h2: hostlist.Hostlist) -> int:
    r1 = h1.ranges[0] if h1.ranges else None
    r2 = h2.ranges[0] if h2.ranges else None
    if r1 is None or r2 is None:
        return hostlist._prefix_cmp(r1, r2)
    return hostlist._range_cmp(r1, r2)


def _part_attr(g: Group, attr: str, default: int = 0) -> int:
    return int(getattr(g.part, attr)) if g.part is not None else default


def _sort_key(letter: str, part_order: bool):
    def by_int(fn):
        return lambda a, b: _cmp(fn(a), fn(b))

    table = {
        "a": by_int(lambda g: _part_attr(g, "state_up")),
        "A": by_int(lambda g: g.nodes_alloc),
        "F": by_int(lambda g: g.nodes_alloc),
        "b": lambda a, b: _cmp_str(a.features_act, b.features_act),
        "c": by_int(lambda g: g.min_cpus),
        "d": by_int(lambda g: g.min_disk),
        "D": by_int(lambda g: g.nodes_total),
        "E": lambda a, b: _cmp_str(a.reason, b.reason),
        "f": lambda a, b: _cmp_str(a.features, b.features),
        "g": lambda a, b: _cmp_str(
            a.part.allow_groups if a.part else None, b.part.allow_groups if b.part else None
        ),
        "h": by_int(lambda g: _part_attr(g, "max_share")),
        "H": by_int(lambda g: g.reason_time),
        "l": by_int(lambda g: _part_attr(g, "max_time")),
        "m": by_int(lambda g: g.min_mem),
        "M": by_int(lambda g: _part_attr(g, "preempt_mode")),
        "n": lambda a, b: _hl_cmp(a.hostnames, b.hostnames),
        "N": lambda a, b: _hl_cmp(a.nodes, b.nodes),
        "o": lambda a, b: _hl_cmp(a.node_addr, b.node_addr),
        "O": by_int(lambda g: g.min_cpu_load),
        "e": by_int(lambda g: g.min_free_mem),
        "p": by_int(lambda g: _part_attr(g, "priority_tier")),
        "S": by_int(lambda g: _part_attr(g, "priority_job_factor")),
        "r": by_int(lambda g: _part_attr(g, "flags") & PART_FLAG_ROOT_ONLY),
        "s": by_int(_job_size),
        "t": lambda a, b: _i32(_i32(a.node_state) - _i32(b.node_state)),
        "T": lambda a, b: _i32(_i32(a.node_state) - _i32(b.node_state)),
        "u": lambda a, b: _cmp_str(a.reason_user, b.reason_user),
        "U": lambda a, b: _cmp_str(a.reason_user, b.reason_user),
        "V": lambda a, b: _cmp_str(a.cluster_name, b.cluster_name),
        "w": by_int(lambda g: g.min_weight),
        "X": by_int(lambda g: g.min_sockets),
        "Y": by_int(lambda g: g.min_cores),
        "Z": by_int(lambda g: g.min_threads),
        "z": lambda a, b: (
            _cmp(a.min_sockets, b.min_sockets)
            or _cmp(a.min_cores, b.min_cores)
            or _cmp(a.min_threads, b.min_threads)
        ),
    }
    if letter in ("P", "R"):
        if part_order:
            return lambda a, b: _cmp(a.part_inx, b.part_inx)
        return lambda a, b: _cmp_str(
            a.part.name if a.part else None, b.part.name if b.part else None
        )
    return table.get(letter)


def _job_size(g: Group) -> int:
    if g.part is None:
        return 0
    v = g.part.max_nodes
    if v != 0xFFFFFFFF:
        v = (v + g.part.min_nodes) & 0xFFFFFFFF
    return v


def sort_groups(groups: list[Group], params: Params) -> list[Group]:
    spec = params.sort
    if spec is None:
        spec = "N" if params.node_flag else "#P,-t"
    for i in range(len(spec) - 1, -1, -1):
        c = spec[i]
        if c in ",#+-":
            continue
        reverse = i > 0 and spec[i - 1] == "-"
        part_order = i > 0 and spec[i - 1] == "#"
        cmp = _sort_key(c, part_order)
        if cmp is None:
            continue
        if reverse:
            base_cmp = cmp

            def cmp(a, b, _c=base_cmp):
                return -_c(a, b)

        groups = sorted(groups, key=functools.cmp_to_key(cmp))
    return groups


def field_sizes(groups: list[Group]) -> tuple[int, int]:
    node_w = 9
    part_w = 9
    for g in groups:
        node_w = max(node_w, len(ranged(g.nodes)))
        if g.part is not None and g.part.name:
            w = len(g.part.name) + (1 if g.part.flags & PART_FLAG_DEFAULT else 0)
            part_w = max(part_w, w)
    return node_w, part_w
