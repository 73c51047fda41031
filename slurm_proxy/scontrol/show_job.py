"""``scontrol show job``: the job printer of the release (``slurm_sprint_job_info()`` of
``src/api/job_info.c`` in 22.05, ``_sprint_job_info()`` of ``src/scontrol/info_job.c``
from 23.11 on), fed with :class:`slurm_proxy.adapters.jobs.Job` records.

What REST does not carry is printed the way the cluster's defaults make it look:

- ``AllocNode:Sid``: slurmrestd dumps the allocating node but never the session id;
  ``0`` is printed (tests normalise it).
- ``WCKey=`` is printed only with ``TrackWCKey`` (known from ``/conf`` on v0.0.45).
- v0.0.38 has no ``allocating_node``, ``network``, ``mail_*``, ``failed_node``,
  ``preemptable_time``; they print as unset.
"""

from __future__ import annotations

import time
from typing import Any, Optional

from slurm_proxy.adapters.jobs import MEM_PER_CPU, Job
from slurm_proxy.adapters.noval import INFINITE, INFINITE16, NO_VAL, NO_VAL16, number
from slurm_proxy.common import hostlist, states, timefmt
from slurm_proxy.sinfo.fields import convert_num_unit

CORE_SPEC_THREAD = 0x8000


def _s(value: Optional[str]) -> str:
    return "(null)" if value is None else value


def _t(value: int, env: dict[str, str]) -> str:
    return timefmt.make_time_str(value, env)


def _flags(job: Job) -> set[str]:
    flags = job.flags or []
    return {str(f).upper() for f in flags} if isinstance(flags, list) else set()


def _raw(job: Job, key: str) -> Any:
    raw = job.raw if isinstance(job.raw, dict) else {}
    return raw.get(key)


def _exit_pair(status: int) -> tuple[int, int]:
    """(exit status, signal) as WIFSIGNALED/WEXITSTATUS read a wait status."""
    if status == NO_VAL or status < 0:
        return 0, 0
    sig = status & 0x7F
    if sig and sig != 0x7F:
        return 0, sig
    if sig == 0:
        return (status >> 8) & 0xFF, 0
    return 0, 0


def _range(lo: int, hi: int) -> str:
    return f"{lo}-{hi}" if hi > 0 else f"{lo}"


def _fname_format(job: Job, fname: str) -> str:
    """_fname_format() of src/api/job_info.c (client-side expansion up to 25.11)."""
    out = []
    i = 0
    n = len(fname)
    while i < n:
        c = fname[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and fname[i + 1] == "%":
            out.append("%")
            i += 2
            continue
        j = i + 1
        wid = 0
        digits = ""
        while j < n and fname[j].isdigit():
            digits += fname[j]
            j += 1
        if digits:
            wid = min(int(digits), 10) if int(digits) <= 9 else 10
        if j >= n:
            out.append(fname[i:])
            break
        key = fname[j]
        if key == "A":
            value = job.job_id if job.array_task_id == NO_VAL else job.array_job_id
            out.append(f"{value:0{wid}d}")
        elif key == "a":
            out.append(f"{job.array_task_id:0{wid}d}")
        elif key == "b":
            out.append(f"{job.array_task_id % 10:0{wid}d}")
        elif key == "j":
            out.append(f"{job.job_id:0{wid}d}")
        elif key == "u":
            out.append(job.user_name or str(job.user_id))
        elif key == "x":
            out.append(_s(job.name))
        else:
            out.append(fname[i : j + 1])
        i = j + 1
    path = "".join(out)
    if path.startswith("/"):
        return path
    return f"{_s(job.work_dir)}/{path}"


def _stdio(job: Job, which: str, release: tuple[int, ...]) -> str:
    raw_value = {"out": job.std_out, "err": job.std_err, "in": job.std_in}[which]
    expanded = {
        "out": job.std_out_expanded,
        "err": job.std_err_expanded,
        "in": job.std_in_expanded,
    }[which]
    if release >= (26, 5):
        if raw_value:
            return expanded if expanded else _fname_format(job, raw_value)
        if which == "in" and job.batch_flag:
            return "/dev/null"
        return ""
    if which == "in":
        if raw_value:
            return _fname_format(job, raw_value)
        return "/dev/null" if job.batch_flag else ""
    if which == "err" and raw_value:
        return _fname_format(job, raw_value)
    if not job.batch_flag:
        return ""
    if job.std_out:
        return _fname_format(job, job.std_out)
    if job.array_job_id:
        return f"{_s(job.work_dir)}/slurm-{job.array_job_id}_{job.array_task_id}.out"
    return f"{_s(job.work_dir)}/slurm-{job.job_id}.out"


def _shared(job: Job) -> str:
    return {0: "NO", 1: "YES", 2: "USER", 3: "MCS", 4: "TOPO"}.get(job.shared, "OK")


def _run_time(job: Job, now: int) -> int:
    if states.is_pending(job.job_state) or not job.start_time:
        return 0
    if states.is_suspended(job.job_state):
        return job.pre_sus_time
    if states.is_running(job.job_state) or job.end_time == 0:
        end = now
    else:
        end = job.end_time
    if job.suspend_time:
        return int(end - job.suspend_time + job.pre_sus_time)
    return int(end - job.start_time)


def _mail_type(job: Job) -> Optional[str]:
    value = job.mail_type
    if isinstance(value, list):
        return ",".join(str(v) for v in value) if value else None
    return value


def _alloc_rows(
    res: dict[str, Any], cores_of: dict[str, int]
) -> list[tuple[str, list[tuple[int, int]], int]]:
    """(node, [(socket, core) allocated], memory allocated) per node of any version.

    v0.0.41+: ``nodes.allocation[]`` with socket/core lists and statuses; v0.0.38 and
    v0.0.40: ``allocated_nodes[]`` with ``sockets: {i: {cores: {j: "allocated"}}}``.
    """
    rows: list[tuple[str, list[tuple[int, int]], int]] = []
    nodes = res.get("nodes")
    allocs = nodes.get("allocation") if isinstance(nodes, dict) else None
    if isinstance(allocs, list):
        for alloc in allocs:
            if not isinstance(alloc, dict):
                continue
            cores: list[tuple[int, int]] = []
            for sock in alloc.get("sockets") or []:
                if not isinstance(sock, dict):
                    continue
                for core in sock.get("cores") or []:
                    if not isinstance(core, dict):
                        continue
                    status = core.get("status")
                    if isinstance(status, list):
                        status = status[0] if status else ""
                    if str(status).upper() in ("ALLOCATED", "IN_USE"):
                        cores.append((int(sock.get("index") or 0), int(core.get("index") or 0)))
            mem = alloc.get("memory")
            mem_alloc = number(mem.get("allocated"), 64) if isinstance(mem, dict) else 0
            rows.append((str(alloc.get("name") or ""), cores, mem_alloc))
        return rows
    old = res.get("allocated_nodes")
    if isinstance(old, dict):
        old = list(old.values())
    for alloc in old or []:
        if not isinstance(alloc, dict):
            continue
        cores = []
        sockets = alloc.get("sockets") or {}
        items = sockets.items() if isinstance(sockets, dict) else enumerate(sockets)
        for s_key, sock in items:
            core_map = sock.get("cores") if isinstance(sock, dict) else None
            if isinstance(core_map, dict):
                for c_key, status in core_map.items():
                    if str(status).lower() in ("allocated", "in_use"):
                        cores.append((int(s_key), int(c_key)))
        rows.append(
            (str(alloc.get("nodename") or ""), cores, number(alloc.get("memory_allocated"), 64))
        )
    return rows


def _details(
    job: Job,
    env: dict[str, str],
    node_info: dict[str, tuple[int, int]],
    end: str,
    release: tuple[int, ...],
) -> str:
    """The JOB_GRES and per-node ``Nodes=... CPU_IDs=...`` lines of ``-d``."""
    res = _raw(job, "job_resources")
    if not isinstance(res, dict):
        return ""
    rows = _alloc_rows(res, {k: v[1] for k, v in node_info.items()})
    if not rows:
        return ""
    gres_total = _raw(job, "gres_total")
    out = [f"JOB_GRES={gres_total if gres_total else '(null)'}{end}"]
    indent = "  " if release < (26, 5) else ("" if end == " " else "  ")
    gres_detail = job.gres_detail if isinstance(job.gres_detail, list) else []
    groups: list[tuple[list[str], str, int, str]] = []
    for rel_inx, (name, cores, mem_alloc) in enumerate(rows):
        threads, per_socket = node_info.get(name, (1, 0))
        if not per_socket:
            per_socket = max([c for _, c in cores], default=0) + 1
        cpus: list[int] = []
        for sock_i, core_i in cores:
            base = (sock_i * per_socket + core_i) * threads
            cpus.extend(range(base, base + threads))
        cpu_str = _bit_fmt(sorted(set(cpus)))
        if mem_alloc >= 0xFFFFFFFFFFFFFFFE:
            mem_alloc = 0
        gres = str(gres_detail[rel_inx]) if rel_inx < len(gres_detail) else ""
        if groups and groups[-1][1:] == (cpu_str, mem_alloc, gres):
            groups[-1][0].append(name)
        else:
            groups.append(([name], cpu_str, mem_alloc, gres))
    for names, cpu_str, mem_alloc, gres in groups:
        hosts = hostlist.Hostlist()
        for name in names:
            hosts.push_host(name)
        out.append(
            f"{indent}Nodes={hosts.ranged()} CPU_IDs={cpu_str} Mem={mem_alloc} GRES={gres}{end}"
        )
    return "".join(out)


def _bit_fmt(values: list[int]) -> str:
    parts = []
    i = 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[j] + 1:
            j += 1
        parts.append(str(values[i]) if i == j else f"{values[i]}-{values[j]}")
        i = j + 1
    return ",".join(parts)


def sprint_job(
    job: Job,
    release: tuple[int, ...],
    *,
    one_liner: bool = False,
    detail: bool = False,
    env: Optional[dict[str, str]] = None,
    now: Optional[int] = None,
    track_wckey: bool = False,
    node_info: Optional[dict[str, tuple[int, int]]] = None,
) -> Optional[str]:
    env = env or {}
    now = int(time.time()) if now is None else now
    rel = release
    end = " " if one_liner else "\n   "
    flags = _flags(job)
    if job.job_id == 0:
        return None
    out: list[str] = [f"JobId={job.job_id} "]
    if job.array_job_id:
        if job.array_task_str:
            out.append(f"ArrayJobId={job.array_job_id} ArrayTaskId={job.array_task_str} ")
        else:
            out.append(f"ArrayJobId={job.array_job_id} ArrayTaskId={job.array_task_id} ")
        if job.array_max_tasks:
            out.append(f"ArrayTaskThrottle={job.array_max_tasks} ")
    elif job.het_job_id:
        out.append(f"HetJobId={job.het_job_id} HetJobOffset={job.het_job_offset} ")
    out.append(f"JobName={_s(job.name)}{end}")
    if rel >= (26, 5) and detail and job.sluid:
        out.append(f"SLUID={job.sluid}{end}")
    if job.het_job_id_set:
        out.append(f"HetJobIdSet={job.het_job_id_set}{end}")
    user = job.user_name or str(job.user_id)
    group = job.group_name or str(job.group_id)
    mcs = job.mcs_label if job.mcs_label is not None else "N/A"
    out.append(f"UserId={user}({job.user_id}) GroupId={group}({job.group_id}) MCS_label={mcs}{end}")
    out.append(
        f"Priority={job.priority} Nice={job.nice} Account={_s(job.account)} QOS={_s(job.qos)}"
    )
    if track_wckey:
        out.append(f" WCKey={_s(job.wckey)}")
    out.append(end)
    out.append(f"JobState={states.job_state_string(job.job_state)} ")
    if job.state_desc:
        out.append("Reason=" + "".join("_" if ch.isspace() else ch for ch in job.state_desc) + " ")
    else:
        out.append(f"Reason={job.state_reason} ")
    if rel >= (23, 2) and job.failed_node:
        out.append(f"FailedNode={job.failed_node} ")
    out.append(f"Dependency={_s(job.dependency)}{end}")
    ec, sig = _exit_pair(job.exit_code)
    out.append(
        f"Requeue={job.requeue} Restarts={job.restart_cnt} BatchFlag={job.batch_flag} "
        f"Reboot={job.reboot} ExitCode={ec}:{sig}{end}"
    )
    if detail:
        ec, sig = _exit_pair(job.derived_ec)
        out.append(f"DerivedExitCode={ec}:{sig}{end}")
    if rel < (23, 2) and states.is_pending(job.job_state):
        run = 0
    else:
        run = _run_time(job, now)
    out.append(f"RunTime={timefmt.secs2time_str(run)} ")
    if job.time_limit == NO_VAL:
        out.append("TimeLimit=Partition_Limit ")
    else:
        out.append(f"TimeLimit={timefmt.mins2time_str(job.time_limit)} ")
    if job.time_min == 0:
        out.append("TimeMin=N/A")
    else:
        out.append(f"TimeMin={timefmt.mins2time_str(job.time_min)}")
    out.append(end)
    out.append(
        f"SubmitTime={_t(job.submit_time, env)} EligibleTime={_t(job.eligible_time, env)}{end}"
    )
    out.append(f"AccrueTime={_t(job.accrue_time, env)}{end}")
    if job.resize_time:
        out.append(f"ResizeTime={_t(job.resize_time, env)}{end}")
    out.append(f"StartTime={_t(job.start_time, env)} ")
    if job.time_limit == INFINITE and job.end_time > now:
        out.append("EndTime=Unknown ")
    else:
        out.append(f"EndTime={_t(job.end_time, env)} ")
    if job.deadline:
        out.append(f"Deadline={_t(job.deadline, env)}")
    else:
        out.append("Deadline=N/A")
    out.append(end)
    cronspec = _raw(job, "cron")
    if "CRON_JOB" in flags or (isinstance(cronspec, str) and cronspec):
        if "CRON_JOB" in flags:
            out.append("CronJob=Yes ")
        out.append(f'CrontabSpec="{_s(cronspec or None)}"{end}')
    preemptable = number(_raw(job, "preemptable_time"), 64)
    if preemptable and preemptable < 0xFFFFFFFFFFFFFFFE:
        out.append(f"PreemptEligibleTime={_t(preemptable, env)} ")
        if job.preempt_time == 0:
            out.append("PreemptTime=None")
        else:
            out.append(f"PreemptTime={_t(job.preempt_time, env)}")
        out.append(end)
    if job.suspend_time:
        out.append(f"SuspendTime={_t(job.suspend_time, env)} ")
    else:
        out.append("SuspendTime=None ")
    out.append(f"SecsPreSuspend={job.pre_sus_time} ")
    sched = "Backfill" if "BACKFILL_ATTEMPTED" in flags else "Main"
    last = ":*" if "SCHEDULING_ATTEMPTED" in flags else ""
    out.append(f"LastSchedEval={_t(job.last_sched_eval, env)} Scheduler={sched}{last}{end}")
    out.append(f"Partition={_s(job.partition)} AllocNode:Sid={_s(job.alloc_node)}:0{end}")
    out.append(f"ReqNodeList={_s(job.req_nodes)} ExcNodeList={_s(job.exc_nodes)}{end}")
    sorted_nodes = hostlist.sort_node_list(job.nodes)
    out.append(f"NodeList={sorted_nodes or ''}")
    if job.sched_nodes:
        out.append(f" SchedNodeList={job.sched_nodes}")
    out.append(end)
    parts = []
    if job.batch_features:
        parts.append(f"BatchFeatures={job.batch_features}")
    if job.batch_host:
        parts.append(f"BatchHost={job.batch_host}")
    if parts:
        out.append(" ".join(parts) + end)
    if rel >= (24, 11) and "STEPMGR_ENABLED" in flags:
        out.append(f"StepMgrEnabled=Yes{end}")
    if job.fed_siblings_active or job.fed_siblings_viable:
        out.append(
            f"FedOrigin={_s(job.fed_origin)} FedViableSiblings="
            f"{_s(job.fed_siblings_viable)} FedActiveSiblings="
            f"{_s(job.fed_siblings_active)}{end}"
        )
    size_str: Optional[str] = None
    if states.is_pending(job.job_state):
        min_nodes, max_nodes = job.num_nodes, job.max_nodes
        if rel >= (24, 5):
            size_str = job.job_size_str
        if max_nodes and max_nodes < min_nodes:
            min_nodes = max_nodes
    else:
        min_nodes, max_nodes = job.num_nodes, 0
    out.append(f"NumNodes={size_str if size_str else _range(min_nodes, max_nodes)} ")
    out.append(f"NumCPUs={_range(job.num_cpus, job.max_cpus)} ")
    out.append("NumTasks=N/A " if job.num_tasks == NO_VAL else f"NumTasks={job.num_tasks} ")
    cpt = job.cpus_per_task
    if job.version == "v0.0.38" and _raw(job, "cpus_per_task") is None:
        cpt = _v38_cpus_per_task(job)
    out.append("CPUs/Task=N/A " if cpt == NO_VAL16 else f"CPUs/Task={cpt} ")
    b = "*" if job.boards_per_node == NO_VAL16 else str(job.boards_per_node)
    s = "*" if job.sockets_per_board == NO_VAL16 else str(job.sockets_per_board)
    c = "*" if job.cores_per_socket == NO_VAL16 else str(job.cores_per_socket)
    t = "*" if job.threads_per_core == NO_VAL16 else str(job.threads_per_core)
    out.append(f"ReqB:S:C:T={b}:{s}:{c}:{t}{end}")
    if rel >= (23, 2):
        out.append(f"ReqTRES={_s(job.tres_req_str)}{end}")
        out.append(f"AllocTRES={_s(job.tres_alloc_str)}{end}")
    else:
        out.append(f"TRES={_s(job.tres_alloc_str or job.tres_req_str)}{end}")
    socks = "*" if job.sockets_per_node == NO_VAL16 else str(job.sockets_per_node)
    out.append(f"Socks/Node={socks} ")
    npn = "*" if job.ntasks_per_node == NO_VAL16 else str(job.ntasks_per_node)
    npb = "*" if job.ntasks_per_board == NO_VAL16 else str(job.ntasks_per_board)
    nps = "*" if job.ntasks_per_socket in (NO_VAL16, INFINITE16) else str(job.ntasks_per_socket)
    npc = "*" if job.ntasks_per_core in (NO_VAL16, INFINITE16) else str(job.ntasks_per_core)
    out.append(f"NtasksPerN:B:S:C={npn}:{npb}:{nps}:{npc} ")
    if job.core_spec == NO_VAL16:
        out.append("CoreSpec=*")
    elif job.core_spec & CORE_SPEC_THREAD:
        out.append(f"ThreadSpec={job.core_spec & ~CORE_SPEC_THREAD}")
    else:
        out.append(f"CoreSpec={job.core_spec}")
    out.append(end)
    if detail:
        out.append(_details(job, env, node_info or {}, end, rel))
    mem = job.pn_min_memory
    if rel >= (23, 11) and job.mem_per_tres:
        kind = "TRES"
    elif mem & MEM_PER_CPU:
        mem &= ~MEM_PER_CPU
        kind = "CPU"
    else:
        kind = "Node"
    out.append(f"MinCPUsNode={job.pn_min_cpus} ")
    out.append(f"MinMemory{kind}={_mega(mem)} MinTmpDiskNode={_mega(job.pn_min_tmp_disk)}")
    if rel >= (26, 5):
        delay = number(_raw(job, "memory_update_delay"), 32)
        margin = number(_raw(job, "memory_update_margin"), 32)
        if delay and delay < NO_VAL:
            out.append(f" MemUpdate={margin}%@{delay}min")
    out.append(end)
    out.append(
        f"Features={_s(job.features)} DelayBoot={timefmt.secs2time_str(job.delay_boot)}{end}"
    )
    if job.cluster_features:
        out.append(f"ClusterFeatures={job.cluster_features}{end}")
    if job.prefer:
        out.append(f"Prefer={job.prefer}{end}")
    if job.resv_name:
        out.append(f"Reservation={job.resv_name}{end}")
    if rel >= (26, 5):
        over, excl = _oversubscribe_exclusive(job)
        out.append(
            f"OverSubscribe={over} Exclusive={excl} Contiguous={job.contiguous} "
            f"Licenses={_s(job.licenses)} LicensesAlloc={_s(job.licenses_allocated)} "
            f"Network={_s(job.network)}{end}"
        )
    else:
        out.append(
            f"OverSubscribe={_shared(job)} Contiguous={job.contiguous} "
            f"Licenses={_s(job.licenses)} Network={_s(job.network)}{end}"
        )
    out.append(f"Command={_s(job.command)}{end}")
    if rel >= (26, 5):
        out.append(f"SubmitLine={_s(job.submit_line)}{end}")
        out.append(f"WorkDir={_s(job.work_dir)}{end}")
        _tail_2605(out, job, rel, end, flags)
        text = "".join(out).rstrip()
        return text + ("\n" if one_liner else "\n\n")
    out.append(f"WorkDir={_s(job.work_dir)}")
    trail = " "
    if job.admin_comment:
        out.append(f"{end}AdminComment={job.admin_comment}{trail}")
    if job.system_comment:
        out.append(f"{end}SystemComment={job.system_comment}{trail}")
    if job.comment:
        out.append(f"{end}Comment={job.comment}{trail}")
    if rel >= (23, 2) and job.extra:
        out.append(f"{end}Extra={job.extra}{trail}")
    if job.batch_flag:
        out.append(f"{end}StdErr={_stdio(job, 'err', rel)}")
        out.append(f"{end}StdIn={_stdio(job, 'in', rel)}")
        out.append(f"{end}StdOut={_stdio(job, 'out', rel)}")
    if job.req_switch:
        out.append(f"{end}Switches={job.req_switch}@{timefmt.secs2time_str(job.wait4switch)}")
    if job.burst_buffer:
        out.append(f"{end}BurstBuffer={job.burst_buffer}")
    if job.burst_buffer_state:
        out.append(f"{end}BurstBufferState={job.burst_buffer_state}")
    freq = _cpu_freq(job)
    if freq:
        out.append(f"{end}{freq}")
    if rel < (23, 2):
        out.append(f"{end}Power=")
    bits = _bitflag_words(flags, rel)
    if bits:
        out.append(end + ("," if rel >= (23, 2) else "").join(bits))
    if rel >= (24, 11):
        oom = number(_raw(job, "oom_kill_step"), 16)
        if oom != NO_VAL16 and _raw(job, "oom_kill_step") is not None:
            out.append(f"{end}OOMKillStep={oom}")
    for label, value in (
        ("CpusPerTres", job.cpus_per_tres),
        ("MemPerTres", job.mem_per_tres),
        ("TresBind", job.tres_bind),
        ("TresFreq", job.tres_freq),
        ("TresPerJob", job.tres_per_job),
        ("TresPerNode", job.tres_per_node),
        ("TresPerSocket", job.tres_per_socket),
        ("TresPerTask", job.tres_per_task),
    ):
        if value:
            out.append(f"{end}{label}={value}")
    mail = _mail_type(job)
    if mail and job.mail_user:
        out.append(f"{end}MailUser={job.mail_user} MailType={mail}")
    if job.ntasks_per_tres and job.ntasks_per_tres not in (NO_VAL16, INFINITE16):
        out.append(f"{end}NtasksPerTRES={job.ntasks_per_tres}")
    if job.container or (rel >= (23, 2) and job.container_id):
        if rel >= (23, 2):
            out.append(f"{end}Container={_s(job.container)} ContainerID={_s(job.container_id)}")
        else:
            out.append(f"{end}Container={job.container}")
    if job.selinux_context:
        out.append(f"{end}SELinuxContext={job.selinux_context}")
    resv_ports = _raw(job, "resv_ports")
    if rel >= (24, 5) and resv_ports:
        out.append(f"{end}ResvPorts={resv_ports}")
    out.append(end)
    out.append("\n" if one_liner else "\n\n")
    return "".join(out)


def _tail_2605(out: list[str], job: Job, rel: tuple[int, ...], end: str, flags: set[str]) -> None:
    """26.05: every optional line ends with the line end; the record is trimmed."""
    for label, value in (
        ("AdminComment", job.admin_comment),
        ("SystemComment", job.system_comment),
        ("Comment", job.comment),
        ("Extra", job.extra),
    ):
        if value:
            out.append(f"{label}={value}{end}")
    if job.batch_flag:
        out.append(f"StdErr={_stdio(job, 'err', rel)}{end}")
        out.append(f"StdIn={_stdio(job, 'in', rel)}{end}")
        out.append(f"StdOut={_stdio(job, 'out', rel)}{end}")
    if job.segment_size:
        out.append(f"SegmentSize={job.segment_size}")
        if "SPREAD_SEGMENTS" in flags:
            out.append(" SpreadSegments=Yes")
        if "CONSOLIDATE_SEGMENTS" in flags:
            out.append(" ConsolidateSegments=Yes")
        out.append(end)
    if job.req_switch:
        out.append(f"Switches={job.req_switch}@{timefmt.secs2time_str(job.wait4switch)}{end}")
    if job.burst_buffer:
        out.append(f"BurstBuffer={job.burst_buffer}{end}")
    if job.burst_buffer_state:
        out.append(f"BurstBufferState={job.burst_buffer_state}{end}")
    freq = _cpu_freq(job)
    if freq:
        out.append(f"{freq}{end}")
    bits = _bitflag_words(flags, rel)
    if bits:
        out.append(" ".join(bits) + end)
    oom = _raw(job, "oom_kill_step")
    if oom is not None and number(oom, 16) != NO_VAL16:
        out.append(f"OOMKillStep={number(oom, 16)}{end}")
    for label, value in (
        ("CpusPerTres", job.cpus_per_tres),
        ("MemPerTres", job.mem_per_tres),
        ("TresBind", job.tres_bind),
        ("TresFreq", job.tres_freq),
        ("TresPerJob", job.tres_per_job),
        ("TresPerNode", job.tres_per_node),
        ("TresPerSocket", job.tres_per_socket),
        ("TresPerTask", job.tres_per_task),
    ):
        if value:
            out.append(f"{label}={value}{end}")
    mail = _mail_type(job)
    if mail and job.mail_user:
        out.append(f"MailUser={job.mail_user} MailType={mail}{end}")
    if job.ntasks_per_tres and job.ntasks_per_tres not in (NO_VAL16, INFINITE16):
        out.append(f"NtasksPerTRES={job.ntasks_per_tres}{end}")
    if job.container_type or job.container or job.container_id:
        out.append(
            f"ContainerType={_s(job.container_type)} Container={_s(job.container)} "
            f"ContainerID={_s(job.container_id)}{end}"
        )
    if job.selinux_context:
        out.append(f"SELinuxContext={job.selinux_context}{end}")
    resv_ports = _raw(job, "resv_ports")
    if resv_ports:
        out.append(f"ResvPorts={resv_ports}{end}")


def _v38_cpus_per_task(job: Job) -> int:
    """v0.0.38 dumps cpus_per_task as null for every job; scontrol shows what the job
    asked for.  Rebuilt from the CPU and task (or node) counts: exact for the usual
    ``-c``/``-n`` submissions, a guess for the unusual ones."""
    cpus = job.num_cpus or 1
    if job.num_tasks not in (NO_VAL, 0):
        return max(1, cpus // job.num_tasks)
    return max(1, cpus // max(1, job.num_nodes))


def _oversubscribe_exclusive(job: Job) -> tuple[str, str]:
    """26.05 prints the job's oversubscribe and exclusive settings separately; the
    v0.0.45 dump still carries the combined ``shared`` list (empty = neither)."""
    raw_over = _raw(job, "oversubscribe")
    raw_excl = _raw(job, "exclusive")
    over = "NO"
    if isinstance(raw_over, list) and raw_over:
        over = str(raw_over[0]).upper()
    elif isinstance(raw_over, str) and raw_over:
        over = raw_over.upper()
    elif job.shared == 1:
        over = "YES"
    excl = "NO"
    if isinstance(raw_excl, list) and raw_excl:
        word = str(raw_excl[0]).lower()
        excl = {"true": "NODE", "false": "NO", "user": "USER", "mcs": "MCS", "topo": "TOPO"}.get(
            word, word.upper()
        )
    elif job.shared in (0, 2, 3, 4, 5):
        excl = {0: "NODE", 2: "USER", 3: "MCS", 4: "TOPO", 5: "TOPO"}[job.shared]
    return over, excl


def _bitflag_words(flags: set[str], rel: tuple[int, ...]) -> list[str]:
    words = []
    if rel >= (23, 2) and "GRES_ALLOW_TASK_SHARING" in flags:
        words.append("GresAllowTaskSharing=Yes")
    if "GRES_BINDING_DISABLED" in flags:
        words.append("GresEnforceBind=No")
    if "GRES_BINDING_ENFORCED" in flags:
        words.append("GresEnforceBind=Yes")
    if rel >= (23, 2) and "GRES_MULT_TASKS_PER_SHARING" in flags:
        words.append("GresOneTaskPerSharing=No")
    if rel >= (23, 2) and "GRES_ONE_TASK_PER_SHARING" in flags:
        words.append("GresOneTaskPerSharing=Yes")
    inv = "KillOnInvalidDependent" if rel >= (26, 5) else "KillOInInvalidDependent"
    if "KILL_INVALID_DEPENDENCY" in flags:
        words.append(f"{inv}=Yes")
    if "NO_KILL_INVALID_DEPENDENCY" in flags:
        words.append(f"{inv}=No")
    if "SPREAD_JOB" in flags:
        words.append("SpreadJob=Yes")
    if rel >= (26, 5) and "EXPEDITED_REQUEUE" in flags:
        words.append("ExpeditedRequeue=Yes")
    return words


def _cpu_freq(job: Job) -> str:
    """cpu_freq_debug(): only printed when one of min/max/governor is set."""
    lo, hi, gov = job.cpu_freq_min, job.cpu_freq_max, job.cpu_freq_gov
    if lo in (NO_VAL, 0) and hi in (NO_VAL, 0) and gov in (NO_VAL, 0):
        return ""
    return (
        f"CpuFrequency={'' if lo in (NO_VAL, 0) else lo}-{'' if hi in (NO_VAL, 0) else hi}"
        f":{'' if gov in (NO_VAL, 0) else gov}"
    )


def _mega(value: int) -> str:
    """convert_num_unit(value, UNIT_MEGA, NO_VAL, CONVERT_NUM_UNIT_EXACT)."""
    if int(value) == 0:
        return "0"
    num = float(value)
    unit = 2
    while num >= 1024 and int(num) % 512 == 0:
        num /= 1024
        unit += 1
    suffix = ["", "K", "M", "G", "T", "P"][unit] if unit <= 5 else "?"
    if float(int(num)) == num:
        return f"{int(num)}{suffix}"
    return f"{num:.2f}{suffix}"


__all__ = ["sprint_job", "convert_num_unit"]
