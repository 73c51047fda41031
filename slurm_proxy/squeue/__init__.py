"""squeue over slurmrestd: same options, output, errors and exit codes as the real one.

The flow follows ``src/squeue``: parse the command line (opts.py), load the jobs
(one ``GET /job/{id}`` for a single ``-j`` id, ``/jobs/state`` for
``--only-job-state``, else ``GET /jobs``), filter them like ``_filter_job`` (the
default state filter hides finished jobs), combine pending array tasks, sort
(sort.py) and print every row through the format (fields.py).

Why a state-only format (``-o "%A %t"``) still reads ``GET /jobs`` by default: the
real squeue sorts its rows by partition, state, priority and start time, and
``/jobs/state`` reports neither priority, start time, partition nor user, nor the
array id of a started task; the rows would come out in another order.  Sites with
huge queues can opt in to it with the ``squeue_fast_states`` setting.
``--only-job-state`` always uses ``/jobs/state``, which is what the real one asks.

The import path stays light: no click, and the HTTP machinery is only imported by the
Session when a request is really made.
"""

from __future__ import annotations

import time
from typing import Any, Optional

from ..adapters import jobs as jobs_adapter
from ..adapters.jobs import Job
from ..cli import Invocation, entry
from ..common import states
from ..common.conn import (
    NEWEST,
    Conn,
    UnknownClusters,
    clusters_from_env,
    first_profile,
    prescan_clusters,
    release_tuple,
    resolve_clusters,
    setting,
    version_line,
)
from ..errors import ESLURM_INVALID_JOB_ID, SlurmError
from . import fields, opts
from .fields import NO_VAL, Column, Ctx
from .sort import Rec, SortError, sort_by_start_time, sort_jobs

__all__ = ["Conn", "main", "release_tuple", "run"]


# -- format parsing (parse_format / parse_long_format) --------------------------------------
def parse_format(fmt: str, release: tuple[int, int], err: Any) -> list[Column]:
    columns: list[Column] = []
    pos = fmt.find("%")
    if pos != 0:
        prefix = fmt if pos < 0 else fmt[:pos]
        columns.append(Column(None, suffix=prefix))
    format_all = fmt.lower() == "%all"
    if format_all:
        letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
        letters += [chr(c) for c in range(ord("A"), ord("Z") + 1)]
        tmp = "|".join("%" + c for c in letters)
    else:
        tmp = fmt
    tokens = [t for t in tmp.split("%") if t]
    if tokens and not fmt.startswith("%"):
        tokens = tokens[1:]
    for token in tokens:
        i = 0
        right = token.startswith(".")
        if right:
            i = 1
        width = 0
        while i < len(token) and token[i].isdigit():
            width = width * 10 + int(token[i])
            i += 1
        letter = token[i] if i < len(token) else ""
        suffix = token[i + 1 :]
        f = fields.by_letter(letter, release) if letter else None
        if f is not None:
            columns.append(Column(f, width, right, suffix))
        elif format_all:
            continue
        else:
            columns.append(Column(None, width, right, "%" + token))
            err.write(f"squeue: error: Invalid job format specification: {letter}\n")
    return columns


def parse_long_format(fmt: str, release: tuple[int, int], err: Any) -> list[Column]:
    columns: list[Column] = []
    for token in (t for t in fmt.split(",") if t):
        name, colon, spec = token.partition(":")
        suffix: Optional[str] = None
        if colon:
            right = spec.startswith(".")
            if right:
                spec = spec[1:]
            digits, rest = opts._strtol(spec)
            width = opts._to_int32(digits)
            suffix = rest if rest else None
        else:
            right, width = False, 20
        f = fields.by_name(name, release)
        if f is None:
            columns.append(Column(None, width, right, suffix))
            err.write(f"squeue: error: Invalid job format specification: {name}\n")
        else:
            columns.append(Column(f, width, right, suffix))
    return columns


# -- filtering (_filter_job) ---------------------------------------------------------------
def parse_task_string(text: Optional[str]) -> Optional[set[int]]:
    """The tasks of an ``array_task_string`` ("1-3,7", "0-9:2", "2-3%2")."""
    if not text:
        return None
    text = text.split("%", 1)[0]
    tasks: set[int] = set()
    for part in text.split(","):
        if not part:
            continue
        rng, _, step_s = part.partition(":")
        lo_s, _, hi_s = rng.partition("-")
        try:
            lo = int(lo_s)
            hi = int(hi_s) if hi_s else lo
            step = int(step_s) if step_s else 1
        except ValueError:
            return None
        tasks.update(range(lo, hi + 1, max(step, 1)))
    return tasks


def bit_fmt(tasks: set[int], maxlen: int = 64) -> str:
    """bitstring.c bit_fmt(): ``0-5,7``, cut to ``maxlen - 1`` characters (0: no cut)."""
    out = ""
    items = sorted(tasks)
    i = 0
    while i < len(items):
        start = end = items[i]
        while i + 1 < len(items) and items[i + 1] == end + 1:
            i += 1
            end = items[i]
        piece = str(start) if start == end else f"{start}-{end}"
        out += ("," if out else "") + piece
        i += 1
    if maxlen > 0:
        out = out[: maxlen - 1]
    return out


class Filter:
    def __init__(
        self,
        p: opts.Params,
        users: Optional[list[tuple[Optional[str], Optional[int]]]],
        notme_name: Optional[str],
        now: int,
    ) -> None:
        self.p = p
        self.users = users
        self.notme_name = notme_name
        self.now = now

    def job(self, job: Job) -> bool:
        """True when the job is filtered out (not printed)."""
        p = self.p
        if job.job_id == 0:
            return True
        partial = False
        if p.job_list is not None:
            keep = False
            for sel in p.job_list:
                if sel.sluid is not None:
                    if job.sluid == sel.sluid:
                        keep = True
                        break
                    continue
                if (sel.array_id == NO_VAL and sel.job_id in (job.array_job_id, job.job_id)) or (
                    sel.array_id == job.array_task_id and sel.job_id == job.array_job_id
                ):
                    keep = True
                    break
                if sel.array_id != NO_VAL and sel.job_id == job.array_job_id:
                    tasks = parse_task_string(job.array_task_str)
                    if tasks is not None and sel.array_id in tasks:
                        keep = True
                        partial = True
                        break
                if sel.job_id == job.het_job_id:
                    keep = True
                    break
            if not keep:
                return True
        if p.licenses is not None:
            names = [t.split(":", 1)[0] for t in (job.licenses or "").split(",") if t]
            if not any(n in p.licenses for n in names):
                return True
        if p.accounts is not None:
            acct = (job.account or "").lower() if job.account is not None else None
            if acct is None or not any(a.lower() == acct for a in p.accounts):
                return True
        if p.qoss is not None:
            qos = job.qos.lower() if job.qos is not None else None
            if qos is None or not any(q.lower() == qos for q in p.qoss):
                return True
        st = job.job_state
        if p.release < (23, 2):
            st &= ~states.JOB_UPDATE_DB
        if p.all_states:
            pass
        elif p.state_list is not None:
            if not any(states.matches(w, st) for w in p.state_list):
                return True
        elif not (
            states.is_pending(st)
            or states.is_running(st)
            or states.is_stage_out(st)
            or states.is_suspended(st)
            or states.is_completing(st)
        ):
            return True
        if p.nodes is not None and (job.nodes is None or not p.nodes.intersects(job.nodes)):
            return True
        if p.notme and self.notme_name is not None and job.user_name == self.notme_name:
            return True
        if self.users is not None and not any(
            (name is not None and job.user_name == name) or (uid is not None and job.user_id == uid)
            for name, uid in self.users
        ):
            return True
        if p.reservation is not None:
            if job.resv_name is None:
                return True
            if p.release >= (25, 11):
                wanted = {r.lower() for r in p.reservation.split(",") if r}
                have = {r.lower() for r in job.resv_name.split(",") if r}
                if not wanted & have:
                    return True
            elif job.resv_name != p.reservation:
                return True
        if p.names is not None and (
            job.name is None or not any(n.lower() == job.name.lower() for n in p.names)
        ):
            return True
        if p.running_over and (
            not states.is_running(st) or fields.time_used(job, self.now) < p.running_over
        ):
            return True
        if p.running_under and (
            not states.is_running(st) or fields.time_used(job, self.now) >= p.running_under
        ):
            return True
        if partial:
            tasks = parse_task_string(job.array_task_str) or set()
            asked = {
                sel.array_id
                for sel in p.job_list or ()
                if sel.job_id == job.array_job_id and sel.array_id != NO_VAL
            }
            tasks &= asked
            if len(tasks) == 1:
                job.array_task_id = next(iter(tasks))
                job.array_task_str = None
            else:
                job.array_task_str = bit_fmt(tasks, len(tasks) * 16 + 10)
        return False

    def part(self, part_name: Optional[str]) -> bool:
        if self.p.partitions is None:
            return False
        for tok in (t for t in (part_name or "").split(",") if t):
            if tok in self.p.partitions:
                return False
        return True


def combine_pending_array_tasks(recs: list[Rec], p: opts.Params, env: dict[str, str]) -> list[Rec]:
    if p.array_flag:
        return recs
    removed: set[int] = set()
    for rec in recs:
        master = rec.job
        if (
            id(rec) in removed
            or not states.is_pending(master.job_state)
            or not master.array_task_str
        ):
            continue
        tasks = parse_task_string(master.array_task_str)
        if tasks is None:
            continue
        updates = 0
        for other in recs:
            if other is rec or id(other) in removed:
                continue
            t = other.job
            if not states.is_pending(t.job_state) or t.array_job_id != master.array_job_id:
                continue
            if t.name != master.name or t.partition != master.partition:
                continue
            if p.array_unique:
                continue
            updates += 1
            _merge_reason(master, t)
            tasks.add(t.array_task_id)
            removed.add(id(other))
        if updates:
            raw = env.get("SLURM_BITSTR_LEN")
            length = -1
            if raw is not None:
                length, _ = opts._strtol(raw)
            if length < 0:
                length = 64
            master.array_task_str = bit_fmt(tasks, length)
    return [r for r in recs if id(r) not in removed]


def _merge_reason(master: Job, task: Job) -> None:
    if master.state_reason == task.state_reason:
        return
    if master.state_desc is None:
        master.state_desc = master.state_reason
    if task.state_reason not in master.state_desc:
        master.state_desc += "," + task.state_reason


# -- the command ----------------------------------------------------------------------------
def run(inv: Invocation) -> int:
    cluster_arg = prescan_clusters(
        "squeue", inv.argv, inv.env, opts.SHORTOPTS, opts.long_options(NEWEST)
    )
    conn = Conn(inv, first_profile(inv, cluster_arg))
    release = conn.release_tuple()
    try:
        p = opts.parse(
            list(inv.argv),
            inv.env,
            release,
            inv.out,
            inv.err,
            version=version_line(conn.sess, conn.release or ""),
        )
    except opts.Exit as exc:
        return exc.code
    if p.step_flag:
        inv.error(
            "--steps: job steps are not available through slurmrestd; "
            "this option is not supported by slurm-proxy"
        )
        return 1
    if p.mimetype == "yaml":
        inv.error("--yaml is not supported by slurm-proxy (use --json)")
        return 1
    if p.verbose:
        _print_options(inv, p)
    # Failing to reach slurmrestd itself has no counterpart in the real squeue (which
    # never talks to it): the one-line transport error says which URL and why.  When
    # slurmrestd reaches us but not slurmctld, the real "slurm_load_jobs error: Unable to
    # contact slurm controller (connect failure)" line is printed (error 1800).
    return _run(inv, conn, p, cluster_arg, release)


def _run(
    inv: Invocation,
    conn: Conn,
    p: opts.Params,
    cluster_arg: Optional[str],
    release: tuple[int, int],
) -> int:
    if conn.failure is not None:
        raise conn.failure
    clusters: list[tuple[str, Conn]] = []
    if p.cluster_names:
        from_env = clusters_from_env(inv, cluster_arg)
        try:
            clusters = resolve_clusters(inv, "squeue", p.cluster_names, from_env, conn, release)
        except UnknownClusters:
            return 1
    if p.nodes is not None and not _map_nodes(inv, [c for _, c in clusters] or [conn], p):
        return 1
    return _loop(inv, conn, p, clusters)


def _loop(inv: Invocation, conn: Conn, p: opts.Params, clusters: list[tuple[str, Conn]]) -> int:
    rc = 0
    while True:
        if not p.no_header and (p.iterate or p.verbose or p.long_list):
            inv.out.write(time.strftime("%a %b %d %H:%M:%S %Y", time.localtime()) + "\n")
        if not clusters:
            rc = _get_info(inv, conn, p, log_cluster_name=False) or rc
        else:
            log_name = len(clusters) > 1 and p.no_header
            for i, (label, c) in enumerate(clusters):
                if not p.no_header:
                    if i:
                        inv.out.write("\n")
                    inv.out.write(f"CLUSTER: {label}\n")
                rc = _get_info(inv, c, p, log_cluster_name=log_name) or rc
        if not p.iterate:
            break
        inv.out.write("\n")
        inv.out.flush()
        time.sleep(p.iterate)
        for _, c in clusters or [("", conn)]:
            c.clear_cache()
    return rc


def _map_nodes(inv: Invocation, conns: list[Conn], p: opts.Params) -> bool:
    """-w: every name must be a node (or a node's hostname) of the clusters; the set is
    rebuilt from the node names (squeue's _filter_nodes)."""
    import socket

    from ..common.hostlist import Hostset

    known: dict[str, str] = {}
    for c in conns:
        try:
            body = c.get("/slurm/{v}/nodes")
        except SlurmError as exc:
            if exc.errno is None or exc.kind != "server":
                raise
            inv.err.write(f"slurm_load_node error: {exc.text}\n")
            return False
        for node in body.get("nodes") or ():
            if not isinstance(node, dict) or not node.get("name"):
                continue
            known.setdefault(str(node["name"]), str(node["name"]))
            if node.get("hostname"):
                known.setdefault(str(node["hostname"]), str(node["name"]))
    assert p.nodes is not None
    names = []
    for host in list(p.nodes):
        lookup = socket.gethostname().split(".")[0] if host.lower() == "localhost" else host
        if lookup not in known:
            inv.err.write(f"squeue: error: Invalid node name {host}\n")
            return False
        names.append(known[lookup])
    p.nodes = Hostset(",".join(names))
    return True


def _user_filter(
    inv: Invocation, conn: Conn, p: opts.Params, jobs: list[Job]
) -> Optional[list[tuple[Optional[str], Optional[int]]]]:
    """The -u/--me filter as (name, uid) pairs; prints ``Invalid user`` like squeue."""
    if p.me:
        return [(conn.sess.user, None)]
    if p.users is None:
        return None
    known_names = {j.user_name for j in jobs if j.user_name}
    known_uids = {j.user_id for j in jobs}
    try:
        me: Optional[str] = conn.sess.user
    except SlurmError:
        me = None
    result: list[tuple[Optional[str], Optional[int]]] = []
    for user in p.users:
        if user in known_names or user == me:
            result.append((user, None))
            continue
        value, rest = opts._strtol(user)
        numeric = not rest and user[:1].isdigit() and 0 <= value <= 0xFFFFFFFF
        if numeric and (
            value in known_uids or opts.local_uid_name(user) is not None or p.release >= (25, 5)
        ):
            result.append((None, value))
            continue
        uid = opts.local_uid_name(user)
        if uid is not None:
            result.append((user, None))
            continue
        inv.err.write(f"squeue: error: Invalid user: {user}\n\n")
    return result


def _load(
    inv: Invocation, conn: Conn, p: opts.Params
) -> Optional[tuple[list[Job], dict[str, Any]]]:
    """The job records squeue would load; None after printing a load error."""
    single: Optional[int] = None
    if p.job_list is not None and len(p.job_list) == 1 and p.job_list[0].sluid is None:
        single = p.job_list[0].job_id
    try:
        path = f"/slurm/{{v}}/job/{single}" if single is not None else "/slurm/{v}/jobs"
        if p.mimetype == "json" and p.release >= (23, 2):
            body, _ = conn.get_text(path)
        elif p.mimetype:
            body = conn.get(path)
        else:  # records built while parsing: ~1.5x the answer in memory, not ~4x
            body = conn.get(path, each=jobs_adapter.streamed(lambda: conn.sess.api))
    except SlurmError as exc:
        if exc.errno is not None and exc.kind == "server":
            text = "Invalid job id specified" if exc.errno == ESLURM_INVALID_JOB_ID else exc.text
            inv.err.write(f"slurm_load_jobs error: {text}\n")
            return None
        raise
    if p.mimetype:
        records = jobs_adapter.jobs_from_response(conn.sess.api, body)
    else:
        records = jobs_adapter.streamed_jobs(body)
    sluid = p.job_list[0].sluid if p.job_list and len(p.job_list) == 1 else None
    if sluid is not None and not any(j.sluid == sluid for j in records):
        inv.err.write("slurm_load_jobs error: Invalid job id specified\n")
        return None
    return records, body


def _load_states(
    inv: Invocation, conn: Conn, p: opts.Params, columns: list[Column]
) -> Optional[list[Job]]:
    """--only-job-state: ``/jobs/state`` (slurmctld's job state cache, like the real one).

    slurmrestd prints a started array task as ``<its own id>_<task>``, without the
    array's id; when the output or a ``-j`` filter needs that id, ``GET /jobs`` supplies
    it.  A ``-j`` list makes slurmctld answer in the order of the list.
    """
    version = conn.sess.api
    records: Optional[list[Job]] = None
    if version not in ("v0.0.38", "v0.0.39"):
        path = state_path(p, "{v}")
        try:
            body = conn.get(path)
            records = _combine_state_tasks(jobs_adapter.states_from_response(version, body))
        except SlurmError as exc:
            if exc.status != 404 or exc.errno not in (None, 0):
                raise
            records = None  # no /jobs/state on this server (23.11)
    if records is None:
        loaded = _load(inv, conn, p)
        if loaded is None:
            return None
        records = [_sparse(job) for job in loaded[0]]
    else:
        needs_array_ids = p.job_list is not None or any(
            c.fieldspec is not None
            and c.fieldspec.name in ("JobArrayId", "ArrayJobId", "ArrayTaskId")
            for c in columns
        )
        tasks = [j for j in records if j.array_task_id != NO_VAL and not j.array_task_str]
        # ``A_1`` is ambiguous in /jobs/state: a started task, or a pending remainder
        # whose bitmap holds one task (the real squeue prints ``A_[1]``); GET /jobs
        # tells them apart, so it is fetched whenever a single-task entry appears
        if tasks:
            body = conn.get("/slurm/{v}/jobs", each=jobs_adapter.streamed(lambda: conn.sess.api))
            full = {j.job_id: j for j in jobs_adapter.streamed_jobs(body)}
            for job in tasks:
                known = full.get(job.job_id)
                if known is None:
                    continue
                if known.array_task_str:
                    job.array_task_str = known.array_task_str
                    job.array_task_id = NO_VAL
                elif needs_array_ids:
                    job.array_job_id = known.array_job_id
    return records


def state_path(p: opts.Params, version: str) -> str:
    """``/jobs/state``, with ``-j`` as repeated ``job_id`` parameters (a comma list is
    refused); slurmctld answers in the order of the list, as for the real squeue."""
    path = f"/slurm/{version}/jobs/state"
    if p.job_list:
        path += "?" + "&".join(
            "job_id="
            + (
                sel.sluid
                if sel.sluid
                else str(sel.job_id) + (f"_{sel.array_id}" if sel.array_id != NO_VAL else "")
            )
            for sel in p.job_list
        )
    return path


def _sparse(job: Job) -> Job:
    """What squeue --only-job-state knows of a job: ids and state."""
    sparse = Job()
    sparse.job_id = job.job_id
    sparse.job_state = job.job_state
    if job.array_job_id:
        sparse.array_job_id = job.array_job_id
        sparse.array_task_id = job.array_task_id
        tasks = parse_task_string(job.array_task_str)
        if tasks:
            sparse.array_task_str = bit_fmt(tasks, 0)
    elif job.het_job_id:
        sparse.het_job_id = job.het_job_id
        sparse.het_job_offset = job.job_id - job.het_job_id
    return sparse


def _combine_state_tasks(records: list[Job]) -> list[Job]:
    """slurmrestd expands an array record's task bitmap into one entry per task, in
    place; fold each run of entries of one job id back into one record, which the real
    squeue prints as ``A_[1-3]``.  (A single entry stays a plain task: ``A_3``.)"""
    out: list[Job] = []
    run: list[Job] = []

    def flush() -> None:
        if len(run) > 1:
            master = run[0]
            master.array_task_str = bit_fmt({j.array_task_id for j in run}, 0)
            master.array_task_id = NO_VAL
        if run:
            out.append(run[0])
        run.clear()

    for job in records:
        if (
            job.array_task_id != NO_VAL
            and run
            and run[0].job_id == job.job_id
            and run[0].job_state == job.job_state
        ):
            run.append(job)
            continue
        flush()
        if job.array_task_id != NO_VAL:
            run.append(job)
        else:
            out.append(job)
    flush()
    return out


def _get_info(inv: Invocation, conn: Conn, p: opts.Params, log_cluster_name: bool) -> int:
    release = p.release
    columns: list[Column]
    if p.only_state and release >= (23, 11):
        fmt = p.format
        if fmt is None and p.format_long is None:
            fmt = "%.18i %.2t"
        columns = (
            parse_format(fmt, release, inv.err)
            if fmt is not None
            else parse_long_format(p.format_long or "", release, inv.err)
        )
        if p.mimetype == "json":
            from .jsonout import dump_states

            return dump_states(inv, conn, p)
        records = _load_states(inv, conn, p, columns)
        if records is None:
            return 1
        return _print(inv, conn, p, records, columns, only_state=True)

    columns = [] if p.mimetype else _columns(inv, p, log_cluster_name)
    if columns and _fast_states(conn, p, columns):
        records_or_none = _load_states(inv, conn, p, columns)
        if records_or_none is None:
            return 1
        return _print(inv, conn, p, records_or_none, columns, only_state=True)
    loaded = _load(inv, conn, p)
    if loaded is None:
        return 1
    records = loaded[0]
    if p.mimetype == "json":
        from .jsonout import dump

        flt = Filter(p, _user_filter(inv, conn, p, records), _notme(conn, p), fields.now())
        return dump(inv, conn, p, loaded[1], records, flt)
    if p.verbose:
        inv.out.write(f"last_update_time={_last_update(loaded[1])} records={len(records)}\n")
    return _print(inv, conn, p, records, columns, only_state=False)


def _columns(inv: Invocation, p: opts.Params, log_cluster_name: bool) -> list[Column]:
    """The output columns: -o, -O, or squeue's default (``-l``) layout."""
    release = p.release
    if p.format is None and p.format_long is None:
        fmt_long = "cluster:10 ," if log_cluster_name else ""
        if p.long_list:
            fmt_long += (
                "jobarrayid:.18 ,partition:.9 ,name:.8 ,username:.8 ,state:.8 ,"
                "timeused:.10 ,timelimit:.9 ,numnodes:.6 ,reasonlist:0"
            )
        else:
            fmt_long += (
                "jobarrayid:.18 ,partition:.9 ,name:.8 ,username:.8 ,"
                "statecompact:.2 ,timeused:.10 ,numnodes:.6 ,reasonlist:0"
            )
        return parse_long_format(fmt_long, release, inv.err)
    if p.format is not None:
        return parse_format(p.format, release, inv.err)
    return parse_long_format(p.format_long or "", release, inv.err)


_STATE_FIELDS = {"JobId", "JobArrayId", "ArrayJobId", "ArrayTaskId", "State", "StateCompact"}


def _fast_states(conn: Conn, p: opts.Params, columns: list[Column]) -> bool:
    """Opt-in (setting ``squeue_fast_states``): serve a state-only format such as
    ``-o "%A %t"`` from ``/jobs/state`` (tens of bytes per job instead of ~8 KB).

    Not the default because the real squeue sorts those rows by partition, priority and
    start time, which ``/jobs/state`` does not report: the rows come out in another
    order (the set of rows and each row's text are the same).
    """
    if not setting(conn.sess, "squeue_fast_states"):
        return False
    if p.release < (24, 5) or p.mimetype or p.priority_flag or p.array_unique:
        return False
    if any(c.fieldspec is not None and c.fieldspec.name not in _STATE_FIELDS for c in columns):
        return False
    return not (
        p.users is not None
        or p.me
        or p.notme
        or p.names is not None
        or p.partitions is not None
        or p.accounts is not None
        or p.qoss is not None
        or p.licenses is not None
        or p.reservation is not None
        or p.nodes is not None
        or p.running_over
        or p.running_under
        or p.verbose
    )


def _notme(conn: Conn, p: opts.Params) -> Optional[str]:
    if not p.notme:
        return None
    try:
        return conn.sess.user
    except SlurmError:
        return None


def _last_update(body: dict[str, Any]) -> int:
    """slurmctld's last_update of the job table (v0.0.40+ report it)."""
    value = body.get("last_update")
    if isinstance(value, dict):
        value = value.get("number")
    return int(value) if isinstance(value, (int, float)) else int(time.time())


def _print(
    inv: Invocation,
    conn: Conn,
    p: opts.Params,
    records: list[Job],
    columns: list[Column],
    only_state: bool,
) -> int:
    now = fields.now()
    env = inv.env
    ctx = Ctx(
        release=p.release,
        env=env,
        now=now,
        convert_flags=p.convert_flags,
        expand_patterns=p.expand_patterns,
        bitstr_len_set=("SLURM_BITSTR_LEN" in env) or p.array_flag,
    )
    out = inv.out
    if not p.no_header:
        out.write(fields.render_header(columns) + "\n")
    users = None if only_state else _user_filter(inv, conn, p, records)
    if only_state and (p.users is not None or p.me):
        users = []  # the state-only records carry no user: nothing matches
    flt = Filter(p, users, _notme(conn, p), now)
    recs: list[Rec] = []
    for job in records:
        if flt.job(job):
            continue
        if p.priority_flag:
            recs.extend(_priority_recs(job, flt, p))
        else:
            if flt.part(job.partition):
                continue
            recs.append(Rec(job, job.partition))
    recs = combine_pending_array_tasks(recs, p, env)
    recs = sort_by_start_time(recs)
    try:
        recs = sort_jobs(recs, p.sort, now, info=lambda msg: _info(inv, msg))
    except SortError as exc:
        inv.err.write(f"squeue: error: Invalid sort specification: {exc.char}\n")
        return 1
    write = out.write
    for rec in recs:
        job = rec.job
        if (rec.part_name is not None or p.priority_flag) and rec.part_name != job.partition:
            job = job.copy()
            job.partition = rec.part_name
        if rec.job_prio:
            if job is rec.job:
                job = job.copy()
            job.priority = rec.job_prio
        if job.array_task_str and p.array_flag:
            tasks = parse_task_string(job.array_task_str) or set()
            for task in sorted(tasks):
                one = job.copy()
                one.array_task_str = None
                one.array_task_id = task
                write(fields.render_job(one, columns, ctx) + "\n")
        else:
            write(fields.render_job(job, columns, ctx) + "\n")
    return 0


def _info(inv: Invocation, msg: str) -> None:
    inv.err.write(f"squeue: {msg}\n")


def _priority_recs(job: Job, flt: Filter, p: opts.Params) -> list[Rec]:
    """-P: one row per partition the job may run in (with that partition's priority)."""
    out = []
    pending = states.is_pending(job.job_state)
    if pending and job.priority_by_partition:
        names = [name for name, _ in job.priority_by_partition]
        prios = [prio for _, prio in job.priority_by_partition]
    else:
        names = [n for n in (job.partition or "").split(",") if n]
        prios = []
    for i, name in enumerate(names):
        if flt.part(name):
            continue
        prio = prios[i] if (pending and prios and p.release >= (23, 2)) else job.priority
        out.append(Rec(job, name, part_prio=0, job_prio=prio if p.release >= (23, 2) else 0))
    return out


def _print_options(inv: Invocation, p: opts.Params) -> None:
    w = inv.out.write
    tf = {True: "true", False: "false"}

    def s(v: Optional[object]) -> str:
        return "(null)" if v is None else str(v)

    w("-----------------------------\n")
    w(f"all         = {tf[p.all_flag]}\n")
    w(f"array       = {tf[p.array_flag]}\n")
    w(f"federation  = {tf[p.federation]}\n")
    w(f"format      = {s(p.format)}\n")
    w(f"iterate     = {p.iterate}\n")
    w(f"job_flag    = {int(p.job_flag)}\n")
    w(f"jobs        = {s(p.jobs)}\n")
    w(f"licenses    = {s(','.join(p.licenses) if p.licenses is not None else None)}\n")
    w(f"local       = {tf[p.local]}\n")
    w(f"names       = {s(','.join(p.names) if p.names is not None else None)}\n")
    w(f"nodes       = {p.nodes.ranged() if p.nodes is not None else ''}\n")
    if p.release >= (23, 11):
        w(f"only_job_state = {tf[p.only_state]}\n")
    w(f"partitions  = {s(','.join(p.partitions) if p.partitions is not None else None)}\n")
    w(f"priority    = {tf[p.priority_flag]}\n")
    w(f"reservation = {s(p.reservation)}\n")
    w(f"sibling      = {tf[p.sibling]}\n")
    w(f"sort        = {s(p.sort)}\n")
    w(f"start_flag  = {int(p.start_flag)}\n")
    w(f"states      = {s(p.states_text)}\n")
    w(f"step_flag   = {int(p.step_flag)}\n")
    w("steps       = (null)\n")
    w(f"users       = {s(p.users_text)}\n")
    w(f"verbose     = {p.verbose}\n")
    w("-----------------------------\n\n\n")


main = entry("squeue", run)
