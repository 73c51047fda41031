"""Version-neutral partition records from ``GET /slurm/<v>/partitions`` and
``/partition/{name}``.

:class:`Partition` mirrors Slurm's ``partition_info_t`` with its C conventions
(``INFINITE``/``NO_VAL`` numbers, ``None`` for NULL strings, ``PART_FLAG_*`` bits),
so ``sinfo`` and ``scontrol show partition`` can print it like the real commands.

What each version gives (recorded responses and the data_parser sources):

- v0.0.38: a flat object: ``flags`` (lower-case: default, hidden, no_root, root_only,
  reservation_required, least_loaded_nodes, exclusive_user), ``preemption_mode``,
  ``state`` string, ``-1`` for unlimited and ``null`` for unset; no OverSubscribe,
  MaxCPUsPerSocket, SelectTypeParameters, JobDefaults or timeouts.
- v0.0.39 .. v0.0.44: nested objects (``nodes``, ``maximums``, ``defaults`` ...), NoVal
  structs, ``partition.state`` (v0.0.40+), ``maximums.shares`` (the raw max_share);
  **no partition flags and no preempt mode** (the data_parser skips both), so
  ``flags_known`` / ``preempt_known`` are False and callers must say so or infer.
- v0.0.45: adds ``flags`` (DEFAULT, HIDDEN, ...), ``preempt_mode`` and the display
  strings ``partition.oversubscribe`` / ``partition.exclusive``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from .noval import INFINITE, NO_VAL, NO_VAL16, flags, number, plain, text

PARTITION_INACTIVE = 0x00
PARTITION_DOWN = 0x01
PARTITION_DRAIN = 0x02
PARTITION_UP = 0x03
PARTITION_UNKNOWN = NO_VAL16

PART_FLAG_DEFAULT = 1 << 0
PART_FLAG_HIDDEN = 1 << 1
PART_FLAG_NO_ROOT = 1 << 2
PART_FLAG_ROOT_ONLY = 1 << 3
PART_FLAG_REQ_RESV = 1 << 4
PART_FLAG_LLN = 1 << 5
PART_FLAG_EXCLUSIVE_USER = 1 << 6
PART_FLAG_PDOI = 1 << 7
PART_FLAG_EXCLUSIVE_TOPO = 1 << 16

SHARED_FORCE = 0x8000
MEM_PER_CPU = 0x8000000000000000

PREEMPT_MODE_OFF = 0x0000
PREEMPT_MODE_SUSPEND = 0x0001
PREEMPT_MODE_REQUEUE = 0x0002
PREEMPT_MODE_CANCEL = 0x0008
PREEMPT_MODE_PRIORITY = 0x2000
PREEMPT_MODE_WITHIN = 0x4000
PREEMPT_MODE_GANG = 0x8000

_STATES = {
    "UP": PARTITION_UP,
    "DOWN": PARTITION_DOWN,
    "DRAIN": PARTITION_DRAIN,
    "INACTIVE": PARTITION_INACTIVE,
}

_FLAGS = {
    "DEFAULT": PART_FLAG_DEFAULT,
    "HIDDEN": PART_FLAG_HIDDEN,
    "NO_ROOT": PART_FLAG_NO_ROOT,
    "ROOT_ONLY": PART_FLAG_ROOT_ONLY,
    "REQ_RESV": PART_FLAG_REQ_RESV,
    "RESERVATION_REQUIRED": PART_FLAG_REQ_RESV,
    "LLN": PART_FLAG_LLN,
    "LEAST_LOADED_NODES": PART_FLAG_LLN,
    "EXCLUSIVE_USER": PART_FLAG_EXCLUSIVE_USER,
    "PDOI": PART_FLAG_PDOI,
    "POWER_DOWN_ON_IDLE": PART_FLAG_PDOI,
    "EXCLUSIVE_TOPO": PART_FLAG_EXCLUSIVE_TOPO,
}

_PREEMPT = {
    "DISABLED": PREEMPT_MODE_OFF,
    "OFF": PREEMPT_MODE_OFF,
    "SUSPEND": PREEMPT_MODE_SUSPEND,
    "REQUEUE": PREEMPT_MODE_REQUEUE,
    "CANCEL": PREEMPT_MODE_CANCEL,
    "PRIORITY": PREEMPT_MODE_PRIORITY,
    "GANG_SCHEDULE": PREEMPT_MODE_GANG,
    "GANG": PREEMPT_MODE_GANG,
    "WITHIN": PREEMPT_MODE_WITHIN,
}


@dataclass
class Partition:
    name: str
    nodes: Optional[str] = None  # the configured hostlist expression
    total_nodes: int = 0
    total_cpus: int = 0
    state_up: int = PARTITION_UP
    flags: int = 0
    flags_known: bool = True
    preempt_mode: int = NO_VAL16  # NO_VAL16: the cluster's PreemptMode
    preempt_known: bool = True
    max_time: int = INFINITE
    default_time: int = NO_VAL
    min_nodes: int = 0
    max_nodes: int = INFINITE
    max_cpus_per_node: int = INFINITE
    max_cpus_per_socket: int = INFINITE
    max_share: int = 1
    max_share_known: bool = True
    oversubscribe_str: Optional[str] = None  # v0.0.45 display string
    exclusive_str: Optional[str] = None  # v0.0.45 display string
    priority_job_factor: int = 1
    priority_tier: int = 1
    allow_groups: Optional[str] = None
    allow_accounts: Optional[str] = None
    deny_accounts: Optional[str] = None
    allow_qos: Optional[str] = None
    deny_qos: Optional[str] = None
    allow_alloc_nodes: Optional[str] = None
    alternate: Optional[str] = None
    qos_char: Optional[str] = None
    billing_weights_str: Optional[str] = None
    tres_fmt_str: Optional[str] = None
    def_mem_per_cpu: int = 0  # raw: MEM_PER_CPU bit set for per-CPU values
    max_mem_per_cpu: int = 0
    grace_time: int = 0
    over_time_limit: int = NO_VAL16
    suspend_time: int = NO_VAL
    resume_timeout: int = NO_VAL16
    suspend_timeout: int = NO_VAL16
    job_defaults_str: Optional[str] = None
    cpu_bind: Any = 0  # int (<= v0.0.44) or list of names (v0.0.45)
    select_type: list[str] = field(default_factory=list)
    select_type_known: bool = True
    cluster_name: Optional[str] = None
    nodesets: Optional[str] = None
    topology: Optional[str] = None
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def is_default(self) -> bool:
        return bool(self.flags & PART_FLAG_DEFAULT)

    def has(self, flag: int) -> bool:
        return bool(self.flags & flag)


def _get(d: Any, path: str) -> Any:
    for key in path.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def _mem(raw: Any, per_cpu: Any, per_node: Any) -> int:
    """DefMemPerCPU/MaxMemPerCPU as the C u64: MEM_PER_CPU|n, n (per node) or 0."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw & 0xFFFFFFFFFFFFFFFF
    if isinstance(per_cpu, dict) and per_cpu.get("set") and not per_cpu.get("infinite"):
        return MEM_PER_CPU | plain(per_cpu)
    if isinstance(per_cpu, int) and not isinstance(per_cpu, bool):
        return MEM_PER_CPU | per_cpu
    if isinstance(per_node, dict) and per_node.get("set") and not per_node.get("infinite"):
        return plain(per_node)
    if isinstance(per_node, int) and not isinstance(per_node, bool):
        return per_node
    return 0


def _flag_bits(names: list[str]) -> int:
    bits = 0
    for name in names:
        bits |= _FLAGS.get(name, 0)
    return bits


def _preempt(names: list[str]) -> int:
    if not names or names == ["CLUSTER_GLOBAL"]:
        return NO_VAL16
    mode = 0
    for name in names:
        mode |= _PREEMPT.get(name, 0)
    return mode


def _from_v38(d: dict[str, Any]) -> Partition:
    part = Partition(name=str(d.get("name") or ""), raw=d)
    part.flags = _flag_bits(flags(d.get("flags")))
    part.preempt_mode = _preempt(flags(d.get("preemption_mode")))
    if part.preempt_mode == NO_VAL16:
        part.preempt_mode = PREEMPT_MODE_OFF
    part.allow_alloc_nodes = text(d.get("allowed_allocation_nodes"))
    part.allow_accounts = text(d.get("allowed_accounts"))
    part.allow_groups = text(d.get("allowed_groups"))
    part.allow_qos = text(d.get("allowed_qos"))
    part.alternate = text(d.get("alternative"))
    part.billing_weights_str = text(d.get("billing_weights"))
    part.def_mem_per_cpu = _mem(
        None, d.get("default_memory_per_cpu"), d.get("default_memory_per_node")
    )
    part.default_time = number(d.get("default_time_limit"))
    part.deny_accounts = text(d.get("denied_accounts"))
    part.deny_qos = text(d.get("denied_qos"))
    part.grace_time = plain(d.get("preemption_grace_time"))
    part.max_cpus_per_node = number(d.get("maximum_cpus_per_node"))
    part.max_mem_per_cpu = _mem(
        None, d.get("maximum_memory_per_cpu"), d.get("maximum_memory_per_node")
    )
    part.max_nodes = number(d.get("maximum_nodes_per_job"))
    part.max_time = number(d.get("max_time_limit"))
    part.min_nodes = plain(d.get("min nodes per job", d.get("minimum_nodes_per_job")))
    part.nodes = text(d.get("nodes"))
    part.over_time_limit = number(d.get("over_time_limit"), 16)
    part.priority_job_factor = plain(d.get("priority_job_factor"), 1)
    part.priority_tier = plain(d.get("priority_tier"), 1)
    part.qos_char = text(d.get("qos"))
    part.state_up = _STATES.get(str(d.get("state") or "").upper(), PARTITION_UNKNOWN)
    part.total_cpus = plain(d.get("total_cpus"))
    part.total_nodes = plain(d.get("total_nodes"))
    part.tres_fmt_str = text(d.get("tres"))
    # not dumped by v0.0.38
    part.max_share_known = False
    part.select_type_known = False
    return part


def _from_nested(d: dict[str, Any]) -> Partition:
    part = Partition(name=str(d.get("name") or ""), raw=d)
    if "flags" in d:
        part.flags = _flag_bits(flags(d.get("flags")))
    else:
        part.flags_known = False
    if "preempt_mode" in d:
        part.preempt_mode = _preempt(flags(d.get("preempt_mode")))
    else:
        part.preempt_known = False
    part.allow_alloc_nodes = text(_get(d, "nodes.allowed_allocation"))
    part.nodes = text(_get(d, "nodes.configured"))
    part.total_nodes = plain(_get(d, "nodes.total"))
    part.allow_accounts = text(_get(d, "accounts.allowed"))
    part.deny_accounts = text(_get(d, "accounts.deny"))
    part.allow_groups = text(_get(d, "groups.allowed"))
    part.allow_qos = text(_get(d, "qos.allowed"))
    part.deny_qos = text(_get(d, "qos.deny"))
    part.qos_char = text(_get(d, "qos.assigned"))
    part.alternate = text(d.get("alternate"))
    part.billing_weights_str = text(_get(d, "tres.billing_weights"))
    part.tres_fmt_str = text(_get(d, "tres.configured"))
    part.cluster_name = text(d.get("cluster"))
    if "select_type" in d:
        part.select_type = flags(d.get("select_type"))
    else:
        part.select_type_known = False
    part.cpu_bind = _get(d, "cpus.task_binding") or 0
    part.total_cpus = plain(_get(d, "cpus.total"))
    part.def_mem_per_cpu = _mem(
        _get(d, "defaults.memory_per_cpu"),
        _get(d, "defaults.partition_memory_per_cpu"),
        _get(d, "defaults.partition_memory_per_node"),
    )
    part.default_time = number(_get(d, "defaults.time"))
    part.job_defaults_str = text(_get(d, "defaults.job"))
    part.grace_time = plain(d.get("grace_time"))
    part.max_cpus_per_node = number(_get(d, "maximums.cpus_per_node"))
    part.max_cpus_per_socket = number(_get(d, "maximums.cpus_per_socket"))
    part.max_mem_per_cpu = _mem(
        _get(d, "maximums.memory_per_cpu"),
        _get(d, "maximums.partition_memory_per_cpu"),
        _get(d, "maximums.partition_memory_per_node"),
    )
    part.max_nodes = number(_get(d, "maximums.nodes"))
    shares = _get(d, "maximums.shares")
    if isinstance(shares, int) and not isinstance(shares, bool):
        part.max_share = shares & 0xFFFF
    else:
        part.max_share_known = False
    part.max_time = number(_get(d, "maximums.time"))
    part.over_time_limit = number(_get(d, "maximums.over_time_limit"), 16)
    part.min_nodes = plain(_get(d, "minimums.nodes"))
    part.nodesets = text(d.get("node_sets"))
    part.priority_job_factor = plain(_get(d, "priority.job_factor"), 1)
    part.priority_tier = plain(_get(d, "priority.tier"), 1)
    part.resume_timeout = number(_get(d, "timeouts.resume"), 16)
    part.suspend_timeout = number(_get(d, "timeouts.suspend"), 16)
    part.suspend_time = number(d.get("suspend_time"))
    part.topology = text(d.get("topology"))
    state = flags(_get(d, "partition.state"))
    if state:
        part.state_up = _STATES.get(state[0], PARTITION_UNKNOWN)
    # v0.0.39 dumps no state at all: UP is the only state it can assume
    part.oversubscribe_str = text(_get(d, "partition.oversubscribe"))
    part.exclusive_str = text(_get(d, "partition.exclusive"))
    return part


def partition_from_json(d: dict[str, Any]) -> Partition:
    """One partition of any API version (recognised by its shape)."""
    if isinstance(d.get("nodes"), dict) or isinstance(d.get("maximums"), dict):
        return _from_nested(d)
    return _from_v38(d)


def partitions_from_response(body: dict[str, Any]) -> list[Partition]:
    """Every partition of a ``/partitions`` or ``/partition/{name}`` answer, in order."""
    out = []
    for item in body.get("partitions") or []:
        if isinstance(item, dict) and item.get("name"):
            out.append(partition_from_json(item))
    return out
