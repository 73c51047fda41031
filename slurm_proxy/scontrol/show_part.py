"""``scontrol show partition``: ``slurm_sprint_partition_info()`` of
``src/api/partition_info.c``.

Release differences: 22.05 has no ``ExclusiveTopo`` / ``MaxCPUsPerSocket`` and prints
the power-save line when a timeout is set; 24.05+ print it when the cluster has
SuspendProgram and ResumeProgram (unknown to REST: the proxy prints it when the
partition carries per-partition power-save values); 26.05 prints one ``Exclusive=``
and ``OverSubscribe=NO`` for max_share 0, and a ``Topology=`` line.

Values the v0.0.39..v0.0.44 REST dumps leave out (Default, Hidden, RootOnly, LLN,
DisableRootJobs, ExclusiveUser, ReqResv, PreemptMode) print as the defaults of
slurm.conf, except Default, which :mod:`slurm_proxy.sinfo.query` infers.
"""

from __future__ import annotations

from typing import Optional

from slurm_proxy.adapters.noval import INFINITE, INFINITE16, NO_VAL, NO_VAL16
from slurm_proxy.adapters.partitions import (
    MEM_PER_CPU,
    PART_FLAG_DEFAULT,
    PART_FLAG_EXCLUSIVE_TOPO,
    PART_FLAG_EXCLUSIVE_USER,
    PART_FLAG_HIDDEN,
    PART_FLAG_LLN,
    PART_FLAG_NO_ROOT,
    PART_FLAG_PDOI,
    PART_FLAG_REQ_RESV,
    PART_FLAG_ROOT_ONLY,
    PARTITION_DOWN,
    PARTITION_DRAIN,
    PARTITION_INACTIVE,
    PARTITION_UP,
    SHARED_FORCE,
    Partition,
)
from slurm_proxy.common import timefmt
from slurm_proxy.sinfo.fields import preempt_mode_string

from .show_node import cpu_bind_string


def _yes(flag: bool) -> str:
    return "YES" if flag else "NO"


def _cpu_bind(value: object) -> Optional[str]:
    if isinstance(value, int) and value:
        return cpu_bind_string(value)
    if isinstance(value, list) and value:
        return ",".join(str(v).lower() for v in value)
    return None


def _select_type(part: Partition) -> str:
    if not part.select_type:
        return "NONE"
    return ",".join(part.select_type)


def sprint_partition(
    part: Partition, release: tuple[int, ...], one_liner: bool, cluster_preempt_mode: int = 0
) -> str:
    rel = release
    end = " " if one_liner else "\n   "
    out = [f"PartitionName={part.name}{end}"]
    out.append(f"AllowGroups={part.allow_groups}" if part.allow_groups else "AllowGroups=ALL")
    if part.allow_accounts or not part.deny_accounts:
        out.append(f" AllowAccounts={part.allow_accounts or 'ALL'}")
    else:
        out.append(f" DenyAccounts={part.deny_accounts}")
    if part.allow_qos or not part.deny_qos:
        out.append(f" AllowQos={part.allow_qos or 'ALL'}")
    else:
        out.append(f" DenyQos={part.deny_qos}")
    out.append(end)
    out.append(
        f"AllocNodes={part.allow_alloc_nodes}" if part.allow_alloc_nodes else "AllocNodes=ALL"
    )
    if part.alternate is not None:
        out.append(f" Alternate={part.alternate}")
    out.append(f" Default={_yes(part.has(PART_FLAG_DEFAULT))}")
    bind = _cpu_bind(part.cpu_bind)
    if bind:
        out.append(f" CpuBind={bind} ")
    out.append(f" QoS={part.qos_char}" if part.qos_char else " QoS=N/A")
    out.append(end)
    if part.default_time == INFINITE:
        out.append("DefaultTime=UNLIMITED")
    elif part.default_time == NO_VAL:
        out.append("DefaultTime=NONE")
    else:
        out.append(f"DefaultTime={timefmt.secs2time_str(part.default_time * 60)}")
    out.append(f" DisableRootJobs={_yes(part.has(PART_FLAG_NO_ROOT))}")
    share_val = part.max_share & ~SHARED_FORCE
    if rel >= (26, 5):
        if part.exclusive_str is not None:
            excl = part.exclusive_str
        elif part.has(PART_FLAG_EXCLUSIVE_TOPO):
            excl = "TOPO"
        elif share_val == 0:
            excl = "NODE"
        elif part.has(PART_FLAG_EXCLUSIVE_USER):
            excl = "USER"
        else:
            excl = "NO"
        out.append(f" Exclusive={excl}")
    else:
        out.append(f" ExclusiveUser={_yes(part.has(PART_FLAG_EXCLUSIVE_USER))}")
        if rel >= (23, 2):
            out.append(f" ExclusiveTopo={_yes(part.has(PART_FLAG_EXCLUSIVE_TOPO))}")
    out.append(f" GraceTime={part.grace_time}")
    out.append(f" Hidden={_yes(part.has(PART_FLAG_HIDDEN))}")
    out.append(end)
    out.append("MaxNodes=UNLIMITED" if part.max_nodes == INFINITE else f"MaxNodes={part.max_nodes}")
    if part.max_time == INFINITE:
        out.append(" MaxTime=UNLIMITED")
    else:
        out.append(f" MaxTime={timefmt.secs2time_str(part.max_time * 60)}")
    out.append(f" MinNodes={part.min_nodes}")
    out.append(f" LLN={_yes(part.has(PART_FLAG_LLN))}")
    out.append(
        " MaxCPUsPerNode=UNLIMITED"
        if part.max_cpus_per_node == INFINITE
        else f" MaxCPUsPerNode={part.max_cpus_per_node}"
    )
    if rel >= (23, 2):
        out.append(
            " MaxCPUsPerSocket=UNLIMITED"
            if part.max_cpus_per_socket == INFINITE
            else f" MaxCPUsPerSocket={part.max_cpus_per_socket}"
        )
    out.append(end)
    if part.nodesets:
        out.append(f"NodeSets={part.nodesets}{end}")
    out.append(f"Nodes={part.nodes if part.nodes is not None else '(null)'}{end}")
    out.append(f"PriorityJobFactor={part.priority_job_factor}")
    out.append(f" PriorityTier={part.priority_tier}")
    out.append(f" RootOnly={_yes(part.has(PART_FLAG_ROOT_ONLY))}")
    out.append(f" ReqResv={_yes(part.has(PART_FLAG_REQ_RESV))}")
    force = part.max_share & SHARED_FORCE
    if part.oversubscribe_str is not None and rel >= (26, 5):
        out.append(f" OverSubscribe={part.oversubscribe_str}")
    elif share_val == 0:
        out.append(" OverSubscribe=NO" if rel >= (26, 5) else " OverSubscribe=EXCLUSIVE")
    elif force:
        out.append(f" OverSubscribe=FORCE:{share_val}")
    elif share_val == 1:
        out.append(" OverSubscribe=NO")
    else:
        out.append(f" OverSubscribe=YES:{share_val}")
    out.append(end)
    if part.over_time_limit == NO_VAL16:
        out.append("OverTimeLimit=NONE")
    elif part.over_time_limit == INFINITE16:
        out.append("OverTimeLimit=UNLIMITED")
    else:
        out.append(f"OverTimeLimit={part.over_time_limit}")
    mode = part.preempt_mode
    if mode == NO_VAL16:
        mode = cluster_preempt_mode
    out.append(f" PreemptMode={preempt_mode_string(mode)}")
    out.append(end)
    if rel >= (26, 5) and part.topology:
        out.append(f"Topology={part.topology}{end}")
    state = {
        PARTITION_UP: "UP",
        PARTITION_DOWN: "DOWN",
        PARTITION_INACTIVE: "INACTIVE",
        PARTITION_DRAIN: "DRAIN",
    }.get(part.state_up, "UNKNOWN")
    out.append(f"State={state}")
    out.append(f" TotalCPUs={part.total_cpus}")
    out.append(f" TotalNodes={part.total_nodes}")
    out.append(f" SelectTypeParameters={_select_type(part)}")
    out.append(end)
    out.append(f"JobDefaults={part.job_defaults_str if part.job_defaults_str else '(null)'}")
    out.append(end)
    dm = part.def_mem_per_cpu
    if dm & MEM_PER_CPU:
        out.append(
            "DefMemPerCPU=UNLIMITED" if dm == MEM_PER_CPU else f"DefMemPerCPU={dm & ~MEM_PER_CPU}"
        )
    elif dm == 0:
        out.append("DefMemPerNode=UNLIMITED")
    else:
        out.append(f"DefMemPerNode={dm}")
    mm = part.max_mem_per_cpu
    if mm & MEM_PER_CPU:
        out.append(
            " MaxMemPerCPU=UNLIMITED" if mm == MEM_PER_CPU else f" MaxMemPerCPU={mm & ~MEM_PER_CPU}"
        )
    elif mm == 0:
        out.append(" MaxMemPerNode=UNLIMITED")
    else:
        out.append(f" MaxMemPerNode={mm}")
    out.append(end)
    out.append(f"TRES={part.tres_fmt_str if part.tres_fmt_str is not None else '(null)'}")
    if part.billing_weights_str:
        out.append(f"{end}TRESBillingWeights={part.billing_weights_str}")
    power = (
        part.resume_timeout != NO_VAL16
        or part.suspend_timeout != NO_VAL16
        or part.suspend_time != NO_VAL
    )
    if power:
        out.append(end)
        out.append(_timeout("ResumeTimeout", part.resume_timeout, NO_VAL16, INFINITE16))
        out.append(" " + _timeout("SuspendTimeout", part.suspend_timeout, NO_VAL16, INFINITE16))
        out.append(" " + _timeout("SuspendTime", part.suspend_time, NO_VAL, INFINITE))
        if rel >= (23, 2):
            out.append(f" PowerDownOnIdle={_yes(part.has(PART_FLAG_PDOI))}")
    out.append("\n" if one_liner else "\n\n")
    return "".join(out)


def _timeout(name: str, value: int, no_val: int, infinite: int) -> str:
    if value == no_val:
        return f"{name}=GLOBAL"
    if value == infinite:
        return f"{name}=INFINITE"
    return f"{name}={value}"
