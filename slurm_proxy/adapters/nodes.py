"""Version-neutral node records from ``GET /slurm/<v>/nodes`` and ``/node/{name}``.

One :class:`Node` per node, whatever the API version (v0.0.38 .. v0.0.45).  Fields hold
what Slurm's ``node_info_t`` holds, with the C conventions, so the commands can print
them the way ``sinfo`` and ``scontrol show node`` do:

- ``state`` / ``next_state`` are Slurm's ``node_state`` bit sets (base state in the low
  four bits, flags above), rebuilt from the state names slurmrestd prints;
- strings slurmrestd printed as ``""`` (its rendering of a C NULL) are ``None``;
- unset numbers are ``NO_VAL``/``NO_VAL64``, unset times ``0``.

Shapes per version (read from the recorded responses):

- v0.0.38: ``state`` is the lower-case base name, ``state_flags`` the flag names;
  ``free_memory``, ``slurmd_version``, ``idle_cpus``; plain integers; times as
  integers.
- v0.0.39+: ``state`` is a list of upper-case names (base first, then flags);
  ``free_mem``, ``version``, ``alloc_idle_cpus``; times and some numbers as NoVal
  structs; ``features`` a list.
- v0.0.41+ adds ``gpu_spec``/``res_cores_per_gpu``; v0.0.43 ``topology``,
  ``cert_flags``, ``tls_cert_last_renewal``; v0.0.45 ``suspend_time`` and drops
  ``power``, ``external_sensors``, ``tres_weighted``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from .noval import NO_VAL, NO_VAL64, flags, number, plain, text, timestamp

# --- Slurm's node_state bits (slurm.h; identical from 22.05 to 26.05) ------------------
NODE_STATE_UNKNOWN = 0
NODE_STATE_DOWN = 1
NODE_STATE_IDLE = 2
NODE_STATE_ALLOCATED = 3
NODE_STATE_ERROR = 4
NODE_STATE_MIXED = 5
NODE_STATE_FUTURE = 6
NODE_STATE_END = 7
NODE_STATE_BASE = 0x0000000F
NODE_STATE_FLAGS = 0xFFFFFFF0
NODE_STATE_NET = 1 << 4  # 22.05 (PERFCTRS); 26.05 reuses the bit for EXTERNAL
NODE_STATE_EXTERNAL = 1 << 4
NODE_STATE_RES = 1 << 5
NODE_STATE_UNDRAIN = 1 << 6
NODE_STATE_CLOUD = 1 << 7
NODE_RESUME = 1 << 8
NODE_STATE_DRAIN = 1 << 9
NODE_STATE_COMPLETING = 1 << 10
NODE_STATE_NO_RESPOND = 1 << 11
NODE_STATE_POWERED_DOWN = 1 << 12
NODE_STATE_FAIL = 1 << 13
NODE_STATE_POWERING_UP = 1 << 14
NODE_STATE_MAINT = 1 << 15
NODE_STATE_REBOOT_REQUESTED = 1 << 16
NODE_STATE_REBOOT_CANCEL = 1 << 17
NODE_STATE_POWERING_DOWN = 1 << 18
NODE_STATE_DYNAMIC_FUTURE = 1 << 19
NODE_STATE_REBOOT_ISSUED = 1 << 20
NODE_STATE_PLANNED = 1 << 21
NODE_STATE_INVALID_REG = 1 << 22
NODE_STATE_POWER_DOWN = 1 << 23
NODE_STATE_POWER_UP = 1 << 24
NODE_STATE_POWER_DRAIN = 1 << 25
NODE_STATE_DYNAMIC_NORM = 1 << 26
NODE_STATE_BLOCKED = 1 << 27

BASE_STATES = {
    "UNKNOWN": NODE_STATE_UNKNOWN,
    "DOWN": NODE_STATE_DOWN,
    "IDLE": NODE_STATE_IDLE,
    "ALLOCATED": NODE_STATE_ALLOCATED,
    "ALLOC": NODE_STATE_ALLOCATED,
    "ERROR": NODE_STATE_ERROR,
    "MIXED": NODE_STATE_MIXED,
    "FUTURE": NODE_STATE_FUTURE,
}

# Flag names as node_state_flag_string_single() (v0.0.38) and the data_parser
# NODE_STATES array (v0.0.39+) print them.
FLAG_STATES = {
    "EXTERNAL": NODE_STATE_EXTERNAL,
    "PERFCTRS": NODE_STATE_NET,
    "RESERVED": NODE_STATE_RES,
    "UNDRAIN": NODE_STATE_UNDRAIN,
    "CLOUD": NODE_STATE_CLOUD,
    "RESUME": NODE_RESUME,
    "DRAIN": NODE_STATE_DRAIN,
    "COMPLETING": NODE_STATE_COMPLETING,
    "NOT_RESPONDING": NODE_STATE_NO_RESPOND,
    "NO_RESPOND": NODE_STATE_NO_RESPOND,
    "POWERED_DOWN": NODE_STATE_POWERED_DOWN,
    "FAIL": NODE_STATE_FAIL,
    "POWERING_UP": NODE_STATE_POWERING_UP,
    "MAINTENANCE": NODE_STATE_MAINT,
    "MAINT": NODE_STATE_MAINT,
    "REBOOT_REQUESTED": NODE_STATE_REBOOT_REQUESTED,
    "REBOOT_CANCELED": NODE_STATE_REBOOT_CANCEL,
    "REBOOT_CANCEL": NODE_STATE_REBOOT_CANCEL,
    "POWERING_DOWN": NODE_STATE_POWERING_DOWN,
    "DYNAMIC_FUTURE": NODE_STATE_DYNAMIC_FUTURE,
    "REBOOT_ISSUED": NODE_STATE_REBOOT_ISSUED,
    "PLANNED": NODE_STATE_PLANNED,
    "INVALID_REG": NODE_STATE_INVALID_REG,
    "POWER_DOWN": NODE_STATE_POWER_DOWN,
    "POWER_UP": NODE_STATE_POWER_UP,
    "POWER_DRAIN": NODE_STATE_POWER_DRAIN,
    "DYNAMIC_NORM": NODE_STATE_DYNAMIC_NORM,
    "BLOCKED": NODE_STATE_BLOCKED,
}


def decode_state(names: Any, extra_flags: Any = None) -> int:
    """Rebuild a ``node_state`` from slurmrestd's names.

    ``names``: v0.0.38's lower-case base name, or v0.0.39+'s list of names;
    ``extra_flags``: v0.0.38's ``state_flags``.  ``INVALID`` (NO_VAL) stays NO_VAL.
    """
    words = flags(names) + flags(extra_flags)
    if words == ["INVALID"]:
        return NO_VAL
    state = 0
    for word in words:
        if word in BASE_STATES:
            state = (state & NODE_STATE_FLAGS) | BASE_STATES[word]
        elif word in FLAG_STATES:
            state |= FLAG_STATES[word]
    return state


@dataclass
class Node:
    name: str
    state: int = NODE_STATE_UNKNOWN
    next_state: int = NO_VAL
    arch: Optional[str] = None
    bcast_address: Optional[str] = None
    boards: int = 1
    boot_time: int = 0
    cluster_name: Optional[str] = None
    cores: int = 1
    core_spec_cnt: int = 0
    cpu_bind: int = 0
    cpu_load: int = NO_VAL
    free_mem: int = NO_VAL64
    cpus: int = 0
    cpus_efctv: int = 0
    cpu_spec_list: Optional[str] = None
    current_watts: int = NO_VAL
    ave_watts: int = 0
    has_energy: bool = False
    extra: Optional[str] = None
    features: Optional[str] = None
    features_act: Optional[str] = None
    gpu_spec: Optional[str] = None
    gres: Optional[str] = None
    gres_drain: Optional[str] = None
    gres_used: Optional[str] = None
    instance_id: Optional[str] = None
    instance_type: Optional[str] = None
    last_busy: int = 0
    mcs_label: Optional[str] = None
    mem_spec_limit: int = 0
    node_addr: Optional[str] = None
    node_hostname: Optional[str] = None
    os: Optional[str] = None
    owner: Optional[str] = None  # user name; None = no owner (Slurm's NO_VAL)
    partitions: list[str] = field(default_factory=list)
    port: int = 0
    real_memory: int = 0
    res_cores_per_gpu: int = 0
    comment: Optional[str] = None
    reason: Optional[str] = None
    reason_time: int = 0
    reason_user: Optional[str] = None  # user name; None = unknown (NO_VAL uid)
    resume_after: int = 0
    resv_name: Optional[str] = None
    alloc_memory: int = 0
    alloc_cpus: int = 0
    alloc_idle_cpus: int = 0
    tres_used: Optional[str] = None
    tres_weighted: float = 0.0
    slurmd_start_time: int = 0
    sockets: int = 1
    threads: int = 1
    tmp_disk: int = 0
    weight: int = 1
    tres: Optional[str] = None
    version: Optional[str] = None
    topology: Optional[str] = None
    cert_flags: list[str] = field(default_factory=list)
    cert_last_renewal: int = 0
    suspend_time: int = NO_VAL
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def base_state(self) -> int:
        return self.state & NODE_STATE_BASE

    def has(self, flag: int) -> bool:
        return bool(self.state & flag)


def _energy(node: Node, energy: Any) -> None:
    if not isinstance(energy, dict):
        return
    node.has_energy = True
    node.current_watts = number(energy.get("current_watts"), 32)
    node.ave_watts = plain(energy.get("average_watts"))


def node_from_json(d: dict[str, Any]) -> Node:
    """One node of any API version (the version is recognised by its keys)."""
    v38 = "state_flags" in d or "slurmd_version" in d or "free_memory" in d
    node = Node(name=str(d.get("name") or ""), raw=d)
    if v38:
        node.state = decode_state(d.get("state"), d.get("state_flags"))
        next_names = d.get("next_state_after_reboot")
        if isinstance(next_names, str) and next_names.lower() == "invalid":
            node.next_state = NO_VAL
        else:
            node.next_state = decode_state(next_names, d.get("next_state_after_reboot_flags"))
        node.free_mem = number(d.get("free_memory"), 64)
        node.version = text(d.get("slurmd_version"))
        node.alloc_idle_cpus = plain(d.get("idle_cpus"))
    else:
        node.state = decode_state(d.get("state"))
        node.next_state = decode_state(d.get("next_state_after_reboot"))
        node.free_mem = number(d.get("free_mem"), 64)
        node.version = text(d.get("version"))
        node.alloc_idle_cpus = plain(d.get("alloc_idle_cpus"))
    node.arch = text(d.get("architecture"))
    node.bcast_address = text(d.get("burstbuffer_network_address"))
    node.boards = plain(d.get("boards"), 1)
    node.boot_time = timestamp(d.get("boot_time"))
    node.cluster_name = text(d.get("cluster_name"))
    node.cores = plain(d.get("cores"), 1)
    node.core_spec_cnt = plain(d.get("specialized_cores"))
    node.cpu_bind = plain(d.get("cpu_binding"))
    load = d.get("cpu_load")
    node.cpu_load = NO_VAL if load is None else plain(load, NO_VAL)
    node.cpus = plain(d.get("cpus"))
    node.cpus_efctv = plain(d.get("effective_cpus"), node.cpus) or node.cpus
    node.cpu_spec_list = text(d.get("specialized_cpus"))
    if v38:
        # v0.0.38 leaves the energy record out; slurmctld always sends one (zeros
        # without an acct_gather_energy plugin)
        node.has_energy, node.current_watts, node.ave_watts = True, 0, 0
    _energy(node, d.get("energy"))
    node.extra = text(d.get("extra"))
    node.features = text(d.get("features"))
    node.features_act = text(d.get("active_features"))
    node.gpu_spec = text(d.get("gpu_spec"))
    node.gres = text(d.get("gres"))
    # slurmrestd asks for the details, so this is "N/A" (not NULL) for a node
    # without drained GRES; scontrol prints it only with -d/--details
    node.gres_drain = text(d.get("gres_drained"))
    node.gres_used = text(d.get("gres_used"))
    node.instance_id = text(d.get("instance_id"))
    node.instance_type = text(d.get("instance_type"))
    node.last_busy = timestamp(d.get("last_busy"))
    node.mcs_label = text(d.get("mcs_label"))
    node.mem_spec_limit = plain(d.get("specialized_memory"))
    node.node_addr = text(d.get("address"))
    node.node_hostname = text(d.get("hostname"))
    node.os = text(d.get("operating_system"))
    node.owner = text(d.get("owner"))
    parts = d.get("partitions")
    if isinstance(parts, str):
        parts = parts.split(",")
    elif not isinstance(parts, list):
        parts = []  # a server reply we cannot read is no partition, not a crash
    node.partitions = [str(p) for p in parts if p]
    node.port = plain(d.get("port"))
    node.real_memory = plain(d.get("real_memory"))
    node.res_cores_per_gpu = plain(d.get("res_cores_per_gpu"))
    node.comment = text(d.get("comment"))
    node.reason = text(d.get("reason"))
    node.reason_time = timestamp(d.get("reason_changed_at"))
    node.reason_user = text(d.get("reason_set_by_user"))
    node.resume_after = timestamp(d.get("resume_after"))
    node.resv_name = text(d.get("reservation"))
    node.alloc_memory = plain(d.get("alloc_memory"))
    node.alloc_cpus = plain(d.get("alloc_cpus"))
    if v38 and "idle_cpus" not in d:
        node.alloc_idle_cpus = node.cpus - node.alloc_cpus
    node.tres_used = text(d.get("tres_used"))
    weighted = d.get("tres_weighted")
    node.tres_weighted = float(weighted) if isinstance(weighted, (int, float)) else 0.0
    node.slurmd_start_time = timestamp(d.get("slurmd_start_time"))
    node.sockets = plain(d.get("sockets"), 1)
    node.threads = plain(d.get("threads"), 1)
    node.tmp_disk = plain(d.get("temporary_disk"))
    node.weight = plain(d.get("weight"), 1)
    node.tres = text(d.get("tres"))
    node.topology = text(d.get("topology"))
    node.cert_flags = flags(d.get("cert_flags"))
    node.cert_last_renewal = timestamp(d.get("tls_cert_last_renewal"))
    node.suspend_time = number(d.get("suspend_time"), 32)
    return node


def nodes_from_response(body: dict[str, Any]) -> list[Node]:
    """Every node of a ``/nodes`` or ``/node/{name}`` answer, in the server's order.

    Nodes without a name (blank dynamic slots) are dropped, as the real commands do.
    """
    out = []
    for item in body.get("nodes") or []:
        if isinstance(item, dict) and item.get("name"):
            out.append(node_from_json(item))
    return out
