"""``scontrol show node``: ``slurm_sprint_node_table()`` of ``src/api/node_info.c``.

Release differences followed here (22.05.8, 24.11.5, 26.05.x sources):

- 22.05: ``CPULoad=N/A`` for NO_VAL, ``CapWatts=`` and ``ExtSensors*`` lines, no
  ``ResumeAfterTime``, ``InstanceId``, ``ReservationName``; ``n/s`` for unknown watts;
- 24.05+: ``RestrictedCoresPerGPU``, ``ResumeAfterTime``, ``InstanceId/Type``,
  ``ReservationName``, ``n/a`` watts;
- 26.05: ``SuspendTime=`` after ResumeAfterTime, no line end after the watts line,
  ``TLSCert*``, ``Topology=`` lines.

``Port=`` is printed by the real command when a node's port differs from the
``SlurmdPort`` of its own slurm.conf; the proxy takes the port most nodes use.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from slurm_proxy.adapters.nodes import (
    NODE_STATE_REBOOT_ISSUED,
    NODE_STATE_REBOOT_REQUESTED,
    Node,
)
from slurm_proxy.adapters.noval import INFINITE, NO_VAL, NO_VAL64
from slurm_proxy.common import timefmt
from slurm_proxy.sinfo import nodestate


def slurmd_port(nodes: list[Node]) -> int:
    ports = Counter(n.port for n in nodes if n.port)
    return ports.most_common(1)[0][0] if ports else 6818


def _t(value: int, env: dict[str, str]) -> str:
    return timefmt.make_time_str(value, env)


def cpu_bind_string(value: int) -> str:
    """slurm_sprint_cpu_bind_type() for the common values."""
    names = []
    table = (
        (0x0002, "verbose"),
        (0x0004, "threads"),
        (0x0008, "cores"),
        (0x0010, "sockets"),
        (0x0020, "ldoms"),
        (0x0040, "map_cpu"),
        (0x0080, "mask_cpu"),
        (0x0100, "map_ldom"),
        (0x0200, "mask_ldom"),
        (0x0400, "rank"),
        (0x0800, "rank_ldom"),
        (0x1000, "boards"),
        (0x2000, "one_thread"),
        (0x8000, "none"),
    )
    for bit, name in table:
        if value & bit:
            names.append(name)
    return ",".join(names) if names else "(null type)"


def sprint_node(
    node: Node,
    release: tuple[int, ...],
    one_liner: bool,
    env: dict[str, str],
    conf_port: int,
    details: bool = False,
) -> str:
    end = " " if one_liner else "\n   "
    rel = release
    out = [f"NodeName={node.name} "]
    if node.arch:
        out.append(f"Arch={node.arch} ")
    if node.cpu_bind:
        out.append(f"CpuBind={cpu_bind_string(node.cpu_bind)} ")
    out.append(f"CoresPerSocket={node.cores} ")
    out.append(end)
    out.append(f"CPUAlloc={node.alloc_cpus} CPUEfctv={node.cpus_efctv} CPUTot={node.cpus} ")
    if rel < (23, 2) and node.cpu_load == NO_VAL:
        out.append("CPULoad=N/A")
    else:
        out.append(f"CPULoad={(node.cpu_load & 0xFFFFFFFF) / 100.0:.2f}")
    out.append(end)
    out.append(f"AvailableFeatures={_s(node.features)}{end}")
    out.append(f"ActiveFeatures={_s(node.features_act)}{end}")
    out.append(f"Gres={_s(node.gres)}{end}")
    # slurmctld fills these two only for SHOW_DETAIL (scontrol -d)
    if details and node.gres_drain:
        out.append(f"GresDrain={node.gres_drain}{end}")
    if details and node.gres_used:
        out.append(f"GresUsed={node.gres_used}{end}")
    used = False
    if node.node_addr:
        out.append(f"NodeAddr={node.node_addr} ")
        used = True
    if node.node_hostname:
        out.append(f"NodeHostName={node.node_hostname} ")
        used = True
    if node.bcast_address:
        out.append(f"BcastAddr={node.bcast_address} ")
        used = True
    if node.port != conf_port:
        out.append(f"Port={node.port} ")
        used = True
    if node.version:
        out.append(f"Version={node.version}")
        used = True
    if used:
        out.append(end)
    if node.os:
        out.append(f"OS={node.os} {end}")
    out.append(f"RealMemory={node.real_memory} AllocMem={node.alloc_memory} ")
    if node.free_mem == NO_VAL64:
        out.append("FreeMem=N/A ")
    else:
        out.append(f"FreeMem={node.free_mem} ")
    out.append(f"Sockets={node.sockets} Boards={node.boards}{end}")
    if node.core_spec_cnt or node.cpu_spec_list or node.mem_spec_limit:
        if node.core_spec_cnt:
            out.append(f"CoreSpecCount={node.core_spec_cnt} ")
        if node.cpu_spec_list:
            out.append(f"CPUSpecList={node.cpu_spec_list} ")
        if node.mem_spec_limit:
            out.append(f"MemSpecLimit={node.mem_spec_limit}")
        out.append(end)
    if rel >= (24, 5) and node.res_cores_per_gpu:
        out.append(f"RestrictedCoresPerGPU={node.res_cores_per_gpu}({_s(node.gpu_spec)}) {end}")
    out.append(
        f"State={nodestate.complete_name(node.state, rel)} "
        f"ThreadsPerCore={node.threads} TmpDisk={node.tmp_disk} "
        f"Weight={node.weight} "
    )
    if node.owner is None:
        out.append("Owner=N/A ")
    else:
        out.append(f"Owner={node.owner}({_uid(node.owner)}) ")
    out.append(f"MCS_label={node.mcs_label if node.mcs_label is not None else 'N/A'}")
    out.append(end)
    if node.next_state != NO_VAL and node.state & (
        NODE_STATE_REBOOT_REQUESTED | NODE_STATE_REBOOT_ISSUED
    ):
        out.append(f"NextState={nodestate.long_name(node.next_state, rel)}{end}")
    if node.partitions:
        out.append(f"Partitions={','.join(node.partitions)} {end}")
    if node.boot_time:
        out.append(f"BootTime={_t(node.boot_time, env)} ")
    else:
        out.append("BootTime=None ")
    if node.slurmd_start_time:
        out.append(f"SlurmdStartTime={_t(node.slurmd_start_time, env)}")
    else:
        out.append("SlurmdStartTime=None")
    out.append(end)
    if rel >= (23, 2):
        out.append(f"LastBusyTime={_t(node.last_busy, env)} ")
        if node.resume_after:
            out.append(f"ResumeAfterTime={_t(node.resume_after, env)}")
        else:
            out.append("ResumeAfterTime=None")
        if rel >= (26, 5):
            if node.suspend_time == INFINITE:
                out.append(" SuspendTime=INFINITE")
            else:
                susp = node.suspend_time
                if susp >= 1 << 31:
                    susp -= 1 << 32
                out.append(f" SuspendTime={susp}")
    else:
        out.append(f"LastBusyTime={_t(node.last_busy, env)}")
    out.append(end)
    out.append(f"CfgTRES={_s(node.tres)}{end}")
    out.append(f"AllocTRES={node.tres_used or ''}{end}")
    if rel < (23, 2):
        out.append(f"CapWatts=n/a{end}")
    if not node.has_energy or node.current_watts == NO_VAL:
        out.append(
            "CurrentWatts=n/s AveWatts=n/s" if rel < (23, 2) else "CurrentWatts=n/a AveWatts=n/a"
        )
    else:
        out.append(f"CurrentWatts={node.current_watts} AveWatts={node.ave_watts}")
    if rel < (26, 5):
        out.append(end)
    if rel < (23, 2):
        out.append(_ext_sensors(node))
    reason = node.reason if node.reason else None
    if reason is not None:
        out.append(end)
        for inx, tok in enumerate(t for t in reason.split("\n") if t):
            if inx == 0:
                out.append("Reason=")
            else:
                out.append(end)
                out.append("       ")
            out.append(tok)
            if inx == 0 and node.reason_time:
                who = node.reason_user if node.reason_user is not None else "nobody"
                out.append(f" [{who}@{_t(node.reason_time, env)}]")
    if node.comment is not None:
        out.append(f"{end}Comment={node.comment}")
    if node.extra is not None:
        out.append(f"{end}Extra={node.extra}")
    if rel >= (23, 11) and (node.instance_id or node.instance_type):
        out.append(end)
        if node.instance_id:
            out.append(f"InstanceId={node.instance_id} ")
        if node.instance_type:
            out.append(f"InstanceType={node.instance_type}")
    if rel >= (24, 5) and node.resv_name:
        out.append(f"{end}ReservationName={node.resv_name}")
    if rel >= (26, 5):
        if node.cert_flags or node.cert_last_renewal:
            token_set = "TOKEN_SET" in node.cert_flags
            out.append(f"{end}TLSCertTokenSet={'Yes' if token_set else 'No'} ")
            out.append(f"TLSCertLastRenewal={_t(node.cert_last_renewal, env)}")
        if node.topology:
            out.append(f"{end}Topology={node.topology}")
    out.append("\n" if one_liner else "\n\n")
    return "".join(out)


def _ext_sensors(node: Node) -> str:
    raw = node.raw.get("external_sensors") if isinstance(node.raw, dict) else None
    joules = watts = temp = None
    if isinstance(raw, dict):
        joules = raw.get("consumed_energy")
        watts = raw.get("current_watts")
        temp = raw.get("temperature")
    from slurm_proxy.adapters.noval import number

    j = number(joules, 64)
    w = number(watts, 32) if watts is not None else 0
    t = number(temp, 32)
    js = "n/s" if j == NO_VAL64 else str(j)
    ws = "n/s" if w == NO_VAL else str(w)
    ts = "n/s" if t == NO_VAL else str(t)
    return f"ExtSensorsJoules={js} ExtSensorsWatts={ws} ExtSensorsTemp={ts}"


def _s(value: Optional[str]) -> str:
    return "(null)" if value is None else value


def _uid(name: str) -> str:
    try:
        import pwd

        return str(pwd.getpwnam(name).pw_uid)
    except (KeyError, ImportError):
        return "4294967294"
