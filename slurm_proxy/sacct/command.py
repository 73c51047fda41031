"""``sacct`` over slurmrestd: run(inv) -> exit code.

The steps follow src/sacct/sacct.c and options.c of the server's release: options,
default time window, the accounting check, the field list, unknown arguments, then
help or the listing (header first, then one line per job and per step).
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any, Optional

from ..adapters.acct import JOB_STATE_BASE, AcctJob
from ..common import states
from ..common.conn import NEWEST, first_profile, meta_cluster, prescan_clusters, version_line
from ..errors import SlurmError
from . import fields as F
from . import fmt
from .fieldtab import ALIASES, TABLES
from .options import (
    Exit,
    Params,
    default_window,
    error,
    fatal,
    long_options,
    parse,
    release_tuple,
    shortopts,
)
from .query import (
    AccountingDisabled,
    QosResolver,
    UidResolver,
    aggregate_cpu,
    all_cluster_names,
    apply_selection,
    dedupe,
    filter_users,
    get_jobs,
    local_gid,
    repair_exit_codes_2205,
    sort_jobs,
    truncate,
)

if TYPE_CHECKING:
    from ..cli import Invocation
    from ..session import Session

BRIEF_FIELDS = "jobid,state,exitcode"
DEFAULT_FIELDS = "jobid,jobname,partition,account,alloccpus,state,exitcode"
LONG_FIELDS = (
    "jobid,jobidraw,jobname,partition,maxvmsize,maxvmsizenode,maxvmsizetask,avevmsize,"
    "maxrss,maxrssnode,maxrsstask,averss,maxpages,maxpagesnode,maxpagestask,avepages,"
    "mincpu,mincpunode,mincputask,avecpu,ntasks,alloccpus,elapsed,state,exitcode,"
    "avecpufreq,reqcpufreqmin,reqcpufreqmax,reqcpufreqgov,reqmem,consumedenergy,"
    "maxdiskread,maxdiskreadnode,maxdiskreadtask,avediskread,maxdiskwrite,"
    "maxdiskwritenode,maxdiskwritetask,avediskwrite,reqtres,alloctres,tresusageinave,"
    "tresusageinmax,tresusageinmaxn,tresusageinmaxt,tresusageinmin,tresusageinminn,"
    "tresusageinmint,tresusageintot,tresusageoutmax,tresusageoutmaxn,tresusageoutmaxt,"
    "tresusageoutave,tresusageouttot"
)
DISABLED = "Slurm accounting storage is disabled\n"
_FAMILIES = sorted({*TABLES, *ALIASES}, key=release_tuple)


def midnight(now: float) -> int:
    tm = time.localtime(now)
    return int(time.mktime((tm.tm_year, tm.tm_mon, tm.tm_mday, 0, 0, 0, 0, 0, -1)))


def family_of(release: str) -> str:
    """``24.11.5`` -> ``24.11``; an unknown release maps to the nearest older family."""
    try:
        major, minor = (int(x) for x in release.split(".")[:2])
    except ValueError:
        return _FAMILIES[-1]
    best = _FAMILIES[0]
    for fam in _FAMILIES:
        if release_tuple(fam) <= (major, minor):
            best = fam
    return best


def build_fields(field_list: str, table: list[F.Field]) -> list[F.Field]:
    """The ``-o`` parser of parse_command_line(), quirks included (see the notes)."""
    out: list[F.Field] = []
    rest = field_list
    while "," in rest:
        item, rest = rest.split(",", 1)
        item = item.lstrip(" \t\n\v\f\r")
        if not item:
            break  # Slurm's loop stops at an empty entry
        width: Optional[int] = None
        if "%" in item:
            item, _, tail = item.partition("%")
            width = _atoi(tail)
        low = item.lower()
        if "all".startswith(low):
            for f in table:
                if width is not None:
                    f.width = width
                out.append(f)
            continue
        for f in table:
            if f.name.lower().startswith(low):
                if width is not None:
                    f.width = width
                out.append(f)
                break
        else:
            if low == "allocgres":
                raise fatal("AllocGRES has been removed, please use AllocTRES")
            if low == "reqgres":
                raise fatal("ReqGRES has been removed, please use ReqTRES")
            raise error(f'Invalid field requested: "{item}"')
    return out


def _atoi(text: str) -> int:
    t = text.lstrip()
    sign = 1
    if t[:1] in ("+", "-"):
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    digits = ""
    for ch in t:
        if not ch.isdigit():
            break
        digits += ch
    return sign * int(digits) if digits else 0


def help_text(p: Params, table: list[F.Field]) -> str:
    if p.help in (1, 3):
        from . import help as doc

        rel = release_tuple(p.family)
        return doc.help_text(rel) if p.help == 1 else doc.usage_text(rel)
    if p.help == 2:
        return _four_columns([f.name for f in table])
    if p.help == 4:
        return _four_columns([F.job_state_string(i) for i in range(12)])
    return ""


def _four_columns(names: list[str]) -> str:
    out = []
    for i, name in enumerate(names):
        if i & 3:
            out.append(" ")
        elif i:
            out.append("\n")
        out.append(f"{name:<19}")
    out.append("\n")
    return "".join(out)


def run(inv: Invocation) -> int:
    from ..session import Session

    now = int(time.time())
    clusters = prescan_clusters("sacct", inv.argv, inv.env, shortopts(NEWEST), long_options(NEWEST))
    sess = Session.open(inv, cluster=first_profile(inv, clusters))
    try:
        return _run(inv, sess, now)
    except Exit as stop:
        if stop.out:
            inv.out.write(stop.out)
        if stop.err:
            inv.err.write(stop.err)
        return stop.code
    finally:
        sess.close()


def _run(inv: Invocation, sess: Session, now: int) -> int:
    release = sess.release
    family = family_of(release)
    rel = release_tuple(family)
    p = parse(
        inv.argv,
        family,
        release,
        posixly_correct="POSIXLY_CORRECT" in inv.env,
        now=now,
        version=version_line(sess, release),
    )
    table = F.field_table(family)
    if p.help and rel >= (25, 5):
        inv.out.write(help_text(p, table))
        return 0

    default_window(p, now, midnight(now))
    if p.usage_end and p.usage_start > p.usage_end:
        size = 32 if rel < (23, 2) else 256
        s = fmt.make_time_str(p.usage_start, size, inv.env)
        e = fmt.make_time_str(p.usage_end, size, inv.env)
        raise error(f"Start time ({s}) requested is after end time ({e}).")

    if p.verbosity > 0:
        inv.err.write(_verbose_window(p, rel))

    if sess.info.accounting is False:
        raise Exit(1, err=DISABLED)

    field_list = ""
    if p.brief:
        field_list += BRIEF_FIELDS + ","
    if p.long:
        field_list += LONG_FIELDS + ","
    if p.field_list is not None:
        field_list = p.field_list + field_list
    if not field_list:
        field_list = inv.env.get("SACCT_FORMAT", DEFAULT_FIELDS) + ","
    columns = build_fields(field_list, table)

    if p.rest:
        lines = "sacct: error: Unknown arguments:\n" + "".join(
            f"sacct: error:  {a}\n" for a in p.rest
        )
        raise Exit(1, err=lines)

    if p.help:
        inv.out.write(help_text(p, table))
        return 0

    ctx = F.Ctx(
        rel=rel,
        env=inv.env,
        parsable=p.parsable,
        delimiter=p.delimiter,
        units=p.units,
        convert_flags=p.convert_flags,
        expand_patterns=p.expand_patterns,
        now=now,
    )
    ctx.uid_of = UidResolver(sess, local_first=p.use_local_uid)
    ctx.qos_id_of = QosResolver(sess)
    ctx.gid_of = local_gid

    jobs: list[AcctJob] = []
    body: dict[str, Any] = {}
    targets = _targets(inv, sess, p)
    try:
        for target, clusters in targets:
            found, answer = _fetch(target, p, clusters)
            jobs += found
            if body:  # --json over several servers: one "jobs" list
                body.setdefault("jobs", []).extend(answer.get("jobs") or [])
            else:
                body = answer
    except AccountingDisabled:
        raise Exit(1, err=DISABLED) from None
    except SlurmError as exc:
        if not p.noheader and not p.mimetype:
            inv.out.write("".join(line + "\n" for line in F.header_lines(columns, ctx)))
        raise error(exc.text) from None
    finally:
        for target, _ in targets:
            if target is not sess:
                target.close()

    if p.mimetype:
        inv.out.write(json.dumps(body, indent=2) + "\n")
        return 0

    if not p.no_trunc:
        truncate(jobs, p.usage_start, p.usage_end, now)
    jobs = sort_jobs(jobs)
    aggregate_cpu(jobs)

    out: list[str] = []
    if not p.noheader:
        out.extend(F.header_lines(columns, ctx))
    for job in jobs:
        if job.show_full:
            out.extend(_job_lines(job, columns, ctx, p))
        if not p.no_steps:
            for step in job.steps:
                if step.end == 0 and (rel < (26, 5) or job.state & JOB_STATE_BASE != 0x2000):
                    step.end = job.end
                out.append(F.row(columns, step, ctx))
    inv.out.write("".join(line + "\n" for line in out))
    for warning in dict.fromkeys(ctx.warnings):
        inv.err.write(f"sacct: error: {warning}\n")
    return 0


def _targets(
    inv: Invocation, sess: Session, p: Params
) -> list[tuple[Session, Optional[list[str]]]]:
    """The accounting servers to ask, each with its cluster filter.  A ``-M`` name that
    is a configured profile is that profile's server, all of its records (the profile
    stands for its cluster); the other names go to the default server as the filter, as
    the real sacct sends them to its slurmdbd."""
    from ..common.conn import has_profile
    from ..session import Session

    if p.all_clusters:
        return [(sess, all_cluster_names(sess))]
    names = p.clusters or []
    profiles = [n for n in names if has_profile(inv, n)]
    if not profiles:
        return [(sess, p.clusters)]
    opened = sess.settings.profile
    out: list[tuple[Session, Optional[list[str]]]] = [
        (sess if n == opened else Session.open(inv, cluster=n), None) for n in profiles
    ]
    rest = [n for n in names if n not in profiles]
    if rest:
        out.append((Session.open(inv) if opened in names else sess, rest))
    return out


def _fetch(
    sess: Session, p: Params, clusters: Optional[list[str]]
) -> tuple[list[AcctJob], dict[str, Any]]:
    """One server's records, with what its API version gets wrong put right."""
    users = _users(p, sess)
    jobs, body = get_jobs(sess, p, users if sess.api != "v0.0.38" else None, clusters)
    if clusters is None:
        jobs = _own_cluster_only(jobs, body, p.mimetype is not None)
    if p.mimetype:
        return jobs, body
    if sess.api == "v0.0.38":
        for job in jobs:
            # dbv0.0.38 has no name for the StartReceived flag, which slurmctld
            # sets on every job it records (its dumper drops it)
            if "START_RECEIVED" not in job.flags:
                job.flags.append("START_RECEIVED")
        jobs = filter_users(jobs, users)
        if not p.duplicates:
            jobs = dedupe(jobs)
    apply_selection(jobs, p.steps)
    if sess.api in ("v0.0.38", "v0.0.39"):
        repair_exit_codes_2205(sess, jobs)
    return jobs, body


def _own_cluster_only(jobs: list[AcctJob], body: dict[str, Any], raw: bool) -> list[AcctJob]:
    """Without ``-M`` the real sacct asks for its own cluster only, and so does a profile
    named by ``-M`` here; a slurmdbd shared by several clusters holds the others' records
    too.  v0.0.40+ answers name the server's cluster; older ones do not, and are not
    filtered.  ``raw`` (``--json``): the answer's own list, which is reprinted, too."""
    own = meta_cluster(body)
    if not own:
        return jobs
    mine = (None, "", own)
    if raw and isinstance(body.get("jobs"), list):
        body["jobs"] = [
            j for j in body["jobs"] if not isinstance(j, dict) or j.get("cluster") in mine
        ]
    return [job for job in jobs if job.cluster in mine]


def _job_lines(job: AcctJob, columns: list[F.Field], ctx: F.Ctx, p: Params) -> list[str]:
    raw = job.array_task_str or ""
    if p.array and len(raw) >= 3 and raw[1] == "x":
        try:
            mask = int(raw, 16)
        except ValueError:
            mask = 0
        lines = []
        job.array_task_str = None
        for i in range(mask.bit_length()):
            if mask >> i & 1:
                job.array_task_id = i
                lines.append(F.row(columns, job, ctx))
        return lines
    return [F.row(columns, job, ctx)]


def _verbose_window(p: Params, rel: tuple[int, int]) -> str:
    """What ``-v`` adds on stderr (the info() line of parse_command_line())."""
    if p.states:
        what = ",".join(states.job_state_string_complete(s, rel) for s in p.states)
    else:
        what = "Eligible"

    def ctime2(t: int) -> str:
        return time.strftime("%a %b %d %H:%M:%S %Y", time.localtime(t))

    start = "Epoch 0" if not p.usage_start else ctime2(p.usage_start)
    end = ctime2(p.usage_end)
    if start != end:
        line = f"sacct: Jobs {what} in the time window from {start} to {end}\n"
    else:
        line = f"sacct: Jobs {what} at the time instant {start}\n"
    if rel < (23, 2):  # 22.05 also reports loading its storage plugin at this level
        line += (
            "sacct: accounting_storage/slurmdbd: init: Accounting storage SLURMDBD plugin loaded\n"
        )
    return line


def _users(p: Params, sess: Session) -> Optional[list[str]]:
    """Whose jobs: parse_command_line()'s user rules, with the REST identity as "me"."""
    all_users = p.all_users
    if not p.users and (p.steps or p.nodes):
        all_users = True
    me = sess.user
    if p.users is None and me == "root":
        all_users = True
    if all_users:
        return None
    if p.users:
        return list(p.users)
    return [me]
