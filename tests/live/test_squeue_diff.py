"""Differential tests: the proxy's squeue against the real squeue on every live cluster.

A module-scoped fixture submits one set of jobs per cluster with the real sbatch
(tests/live/squeue_state.py: running, held, pending on a dependency, an array with a
running task and pending ones, a held het job, completed, failed, cancelled).  Each case
runs the real squeue, then the proxy in-process (``run(Invocation)``), and requires the
same stdout, stderr and exit code.  Time moves between the two runs (TIME, TIME_LEFT,
the ``-l`` date line) and other tests share the clusters, so when the two differ the
real command runs once more and the proxy must equal one of the two real outputs.
Normalised, by name, and nothing else: ``date_line`` (the current time ``-l`` prints
first), ``alloc_sid`` (the submitting shell's session id, which slurmrestd never reports) where
a case prints ``AllocSID``, and ``meta.client`` of ``--json`` (the caller's tty/uid).

Not compared here, and why (see the report): ``-s/--steps`` (no step listing in the
REST API; the proxy refuses it), ``--yaml`` (refused), ``-O StdOut/StdErr/StdIn`` on
24.11 (every API version of 24.11 returns these paths already expanded), ``-O
AllocNodes`` on 22.05 (not in v0.0.38) and ``--json`` ``meta.client`` (the client's tty
and uid).

``--help``, ``--usage`` and the usage text after a stray argument are slurm-proxy's
own words: those cases are checked by tests/support/helpcheck.py (exit code, stderr,
streams, and that the text names exactly the options slurm-proxy supports, each one
the real squeue accepts), not byte for byte.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Callable, Optional

import pytest

from tests.support.diff import Result, run_proxy, run_real
from tests.support.helpcheck import check_help

from . import squeue_state as S
from .conftest import get_cluster

Argv = Callable[[S.Jobs], list[str]]

_STATE: dict[str, S.Jobs] = {}


def _reuse(release: str) -> Optional[S.Jobs]:
    """SP_SQUEUE_STATE=<json from a previous submit>: reuse live jobs (development)."""
    path = os.environ.get("SP_SQUEUE_STATE")
    if not path:
        return None
    data = json.loads(Path(path).read_text()).get(release)
    if not data:
        return None
    c = get_cluster(release)
    return S.Jobs(c, data["ids"], data["names"], Path(c.jobdir))


@pytest.fixture(scope="module")
def all_jobs() -> Iterator[dict[str, S.Jobs]]:
    reused = False
    for release in ("22.05", "24.11", "26.05"):
        prior = _reuse(release)
        if prior is not None:
            _STATE[release] = prior
            reused = True
        if release in _STATE:
            continue
        try:
            c = get_cluster(release)
        except pytest.skip.Exception:
            continue
        _STATE[release] = S.submit(c)
    try:
        for jobs in _STATE.values():
            if not reused:
                S.wait_settled(jobs)
        yield _STATE
    finally:
        if not reused:
            for jobs in _STATE.values():
                S.cleanup(jobs)


@pytest.fixture(scope="module", params=["22.05", "24.11", "26.05"])
def jobs(request: pytest.FixtureRequest, all_jobs: dict[str, S.Jobs]) -> S.Jobs:
    if request.param not in all_jobs:
        get_cluster(request.param)  # skips (or fails under CI) with the reason
    return all_jobs[request.param]


def N(j: S.Jobs) -> list[str]:
    return ["-n", j.all_names]


def ids(j: S.Jobs, *keys: str) -> str:
    return ",".join(j.ids[k] for k in keys)


ALL_FMT = (
    "%a|%A|%b|%B|%c|%C|%d|%D|%e|%E|%f|%F|%g|%G|%h|%H|%i|%I|%j|%J|%k|%K|%l|%L|%m|%M|"
    "%n|%N|%o|%O|%p|%P|%q|%Q|%r|%R|%S|%t|%T|%u|%U|%v|%V|%w|%W|%x|%X|%y|%Y|%z|%Z"
)
LONG_FIELDS = (
    "jobarrayid,jobid,arrayjobid,arraytaskid,hetjobid,hetjoboffset,hetjobidset,name,"
    "state,statecompact,reason,reasonlist,username,userid,groupname,groupid,"
    "account,partition,qos,priority,prioritylong,nice,timelimit,timeleft,timeused,"
    "numnodes,numcpus,numtasks,minmemory,mincpus,mintmpdisk,nodelist,schednodes,"
    "reqnodes,excnodes,dependency,command,workdir,comment,feature,licenses,wckey,"
    "reservation,submittime,starttime,endtime,eligibletime,accruetime,pendingtime,"
    "exit_code,derivedec,batchflag,batchhost,requeue,restartcnt,contiguous,"
    "cpus-per-task,cpus-per-tres,mem-per-tres,tres-alloc,tres-per-node,sct,"
    "sockets,cores,threads,ntpernode,ntpercore,ntpersocket,ntperboard,maxcpus,"
    "maxnodes,mintime,oversubscribe,profile,reboot,reqswitch,wait4switch,delayboot,"
    "deadline,preempttime,resizetime,lastschedeval,origin,originraw,siblingsactive,"
    "siblingsviable,siblingsactiveraw,siblingsviableraw,cluster,mcslabel,"
    "admin_comment,system_comment,burstbuffer,burstbufferstate,boardspernode,"
    "sperboard,network,clusterfeature,container,associd"
)

CASES: list[tuple[str, Argv]] = [
    # --- the command lines workflow clients build (notes/clients.md) ---
    ("arvados-poll", lambda j: ["--all", "--noheader", "--format=%j %y %Q %T %r", *N(j)]),
    ("arvados-poll-unfiltered", lambda j: ["--all", "--noheader", "--format=%j %y %Q %T %r"]),
    ("galaxy-batch", lambda j: ["-a", "-o", "%A %t"]),
    ("galaxy-running", lambda j: ["-a", "-o", "%A %t", "-j", j.ids["run"]]),
    ("galaxy-pending", lambda j: ["-a", "-o", "%A %t", "-j", j.ids["held"]]),
    ("galaxy-completed", lambda j: ["-a", "-o", "%A %t", "-j", j.ids["ok"]]),
    ("galaxy-unknown", lambda j: ["-a", "-o", "%A %t", "-j", "999999"]),
    ("galaxy-array-task", lambda j: ["-a", "-o", "%A %t", "-j", j.ids["array"] + "_0"]),
    ("nextflow", lambda j: ["--noheader", "-o", "%i %t", "-t", "all", "-u", "slurmtest"]),
    (
        "nextflow-partition",
        lambda j: ["--noheader", "-o", "%i %t", "-t", "all", "-p", "debug", "-u", "slurmtest"],
    ),
    (
        "nextflow-only-state",
        lambda j: ["--noheader", "-o", "%i %t", "-t", "all", "--only-job-state"],
    ),
    (
        "nextflow-only-state-mine",
        lambda j: ["--noheader", "-o", "%A %t", "-t", "all", "--only-job-state", "-j", j.all_ids],
    ),
    ("only-state-json", lambda j: ["--only-job-state", "--json"]),
    ("only-state-json-jobs", lambda j: ["--only-job-state", "--json", "-j", j.all_ids]),
    (
        "only-state-jobs-order",
        lambda j: [
            "--only-job-state",
            "-t",
            "all",
            "-o",
            "%i %A %T",
            "-j",
            ids(j, "dep", "array", "run", "ok"),
        ],
    ),
    (
        "snakemake",
        lambda j: ["--format=%i|%T", "--states=all", "--noheader", "--name", j.names["run"]],
    ),
    (
        "snakemake-array",
        lambda j: ["--format=%i|%T", "--states=all", "--noheader", "--name", j.names["array"]],
    ),
    ("pulsar", lambda j: ["-a", "-o", "%A %t", "-j", j.ids["fail"]]),
    # --- default and fixed layouts ---
    ("default", lambda j: N(j)),
    ("default-all-states", lambda j: ["-t", "all", *N(j)]),
    ("default-unfiltered", lambda j: []),
    ("long", lambda j: ["-l", *N(j)]),
    ("long-all", lambda j: ["--long", "-t", "all", *N(j)]),
    ("noheader", lambda j: ["-h", *N(j)]),
    ("array-expanded", lambda j: ["-r", *N(j)]),
    ("array-expanded-all", lambda j: ["--array", "-t", "all", *N(j)]),
    ("start", lambda j: ["--start", *N(j)]),
    ("all-letters", lambda j: ["-t", "all", "-o", ALL_FMT, *N(j)]),
    ("percent-all", lambda j: ["-t", "all", "-o", "%all", *N(j)]),
    ("Format-names", lambda j: ["-t", "all", "-O", LONG_FIELDS, *N(j)]),
    # --- -o widths, justification, prefixes, invalid letters ---
    ("widths", lambda j: ["-t", "all", "-o", "%.18i %.9P %.8j %.8u %.2t %.10M %.6D %R", *N(j)]),
    ("left-widths", lambda j: ["-t", "all", "-o", "%5i|%3j|%20R|%4T", *N(j)]),
    ("right-cut", lambda j: ["-t", "all", "-o", "%.3j|%.2T|%.4N|%.5R", *N(j)]),
    ("prefix-suffix", lambda j: ["-o", "JOB=%i name:%j;%%", *N(j)]),
    ("only-text", lambda j: ["-o", "hello", *N(j)]),
    ("invalid-letter", lambda j: ["-o", "%i %! %t", *N(j)]),
    ("nodelist-widths", lambda j: ["-o", "%10N|%.10N|%1N|%Y", *N(j)]),
    # --- -O names, widths, suffixes ---
    ("Format-default-width", lambda j: ["-O", "jobid,name,state", *N(j)]),
    ("Format-widths", lambda j: ["-O", "jobid:.10,name:5,state:.3,reason:0", *N(j)]),
    ("Format-suffix", lambda j: ["-O", "jobid:|,name:.12| ,statecompact:2x", *N(j)]),
    ("Format-case", lambda j: ["--Format=JOBID,NAME,UserName,TIMELIMIT", *N(j)]),
    ("Format-invalid", lambda j: ["-O", "jobid,bogus,state", *N(j)]),
    ("Format-equals", lambda j: ["--Format=jobid:8,reasonlist:30", *N(j)]),
    ("noconvert", lambda j: ["--noconvert", "-o", "%i %m %d %c", *N(j)]),
    # --- job selection ---
    ("jobs-list", lambda j: ["-j", ids(j, "run", "held", "ok")]),
    ("jobs-list-all-states", lambda j: ["-t", "all", "-j", ids(j, "run", "held", "ok")]),
    ("jobs-equals", lambda j: [f"--jobs={j.ids['run']}"]),
    ("jobs-abbrev", lambda j: ["--job", j.ids["run"]]),
    ("jobs-positional", lambda j: ["-j", j.ids["held"]]),
    ("jobs-attached", lambda j: [f"-j{j.ids['held']}"]),
    ("jobs-array", lambda j: ["-j", j.ids["array"]]),
    ("jobs-array-task", lambda j: ["-j", j.ids["array"] + "_2"]),
    ("jobs-array-tasks", lambda j: ["-j", f"{j.ids['array']}_2,{j.ids['array']}_3"]),
    ("jobs-array-running-task", lambda j: ["-j", j.ids["array"] + "_0"]),
    ("jobs-het", lambda j: ["-j", j.ids["hetheld"]]),
    ("jobs-het-all", lambda j: ["-t", "all", "-j", f"{j.ids['hetheld']},{j.ids['run']}"]),
    ("jobs-finished-single", lambda j: ["-j", j.ids["ok"]]),
    ("jobs-finished-single-all", lambda j: ["-t", "all", "-j", j.ids["fail"]]),
    ("jobs-unknown", lambda j: ["-j", "999999"]),
    ("jobs-unknown-several", lambda j: ["-j", "999998,999999"]),
    ("jobs-unknown-and-known", lambda j: ["-j", f"999999,{j.ids['run']}"]),
    ("jobs-malformed", lambda j: ["-j", "abc"]),
    ("jobs-zero", lambda j: ["-j", "0"]),
    ("jobs-negative", lambda j: ["-j", "-5"]),
    ("jobs-trailing-garbage", lambda j: ["-j", f"{j.ids['run']}x"]),
    # --- filters ---
    ("states-pd", lambda j: ["-t", "PD", *N(j)]),
    ("states-running-long", lambda j: ["--states=RUNNING", *N(j)]),
    ("states-mixed", lambda j: ["-t", "cd,F,ca", *N(j)]),
    ("states-lower-all", lambda j: ["-t", "ALL", *N(j)]),
    ("states-invalid", lambda j: ["-t", "bogus", *N(j)]),
    ("user", lambda j: ["-u", "slurmtest", *N(j)]),
    ("users-list", lambda j: ["--users=slurmtest,root", *N(j)]),
    ("user-unknown", lambda j: ["-u", "nosuchuser", *N(j)]),
    ("me", lambda j: ["--me", *N(j)]),
    ("partition", lambda j: ["-p", "debug", *N(j)]),
    ("partition-unknown", lambda j: ["-p", "nosuch", *N(j)]),
    ("name", lambda j: ["--name", j.names["held"]]),
    ("name-several", lambda j: ["-n", f"{j.names['held']},{j.names['dep']}"]),
    ("account", lambda j: ["-A", "ci", *N(j)]),
    ("account-unknown", lambda j: ["-A", "nope", *N(j)]),
    ("qos", lambda j: ["-q", "normal", *N(j)]),
    ("nodelist", lambda j: ["-w", "vm", *N(j)]),
    ("licenses", lambda j: ["-L", "nolic", *N(j)]),
    ("reservation", lambda j: ["-R", "nores", *N(j)]),
    ("local", lambda j: ["--local", *N(j)]),
    ("hide", lambda j: ["--hide", *N(j)]),
    ("all", lambda j: ["-a", *N(j)]),
    # --- sorting ---
    ("sort-id", lambda j: ["-S", "i", "-t", "all", *N(j)]),
    ("sort-id-desc", lambda j: ["-S", "-i", "-t", "all", *N(j)]),
    ("sort-name-state", lambda j: ["--sort=j,-T", "-t", "all", *N(j)]),
    ("sort-time-limit", lambda j: ["-S", "l,i", "-t", "all", *N(j)]),
    ("sort-start", lambda j: ["-S", "S", "-t", "all", *N(j)]),
    ("sort-submit-desc", lambda j: ["-S", "-V,i", "-t", "all", *N(j)]),
    ("sort-priority", lambda j: ["-S", "p", "-t", "all", *N(j)]),
    ("sort-nodes", lambda j: ["-S", "N,i", "-t", "all", *N(j)]),
    ("sort-invalid", lambda j: ["-S", "k", *N(j)]),
    # --- environment ---
    ("env-format", lambda j: [*N(j)]),
    ("env-format2", lambda j: [*N(j)]),
    ("env-states", lambda j: [*N(j)]),
    ("env-sort", lambda j: [*N(j)]),
    ("env-format-overridden", lambda j: ["-o", "%i", *N(j)]),
    # --- usage, help, errors ---
    ("usage", lambda j: ["--usage"]),
    ("help", lambda j: ["--help"]),
    ("version", lambda j: ["-V"]),
    ("helpformat", lambda j: ["--helpformat"]),
    ("helpFormat", lambda j: ["--helpFormat"]),
    ("helpstate", lambda j: ["--helpstate"]),
    ("bad-option", lambda j: ["--bogus"]),
    ("bad-short", lambda j: ["-Z"]),
    ("ambiguous", lambda j: ["--no"]),
    ("missing-arg", lambda j: ["-o"]),
    ("format-and-long", lambda j: ["-l", "-o", "%i"]),
    ("Format-after-format", lambda j: ["-o", "%i", "-O", "jobid"]),
    ("iterate-zero", lambda j: ["-i", "0"]),
    ("extra-positional", lambda j: ["foo"]),
    ("jobs-two-positionals", lambda j: ["-j", j.ids["run"], j.ids["held"]]),
    ("cluster", lambda j: ["-M", j.cluster.name, *N(j)]),
    ("cluster-all", lambda j: ["--clusters=all", "-o", "%i %j", *N(j)]),
    ("cluster-unknown", lambda j: ["-M", "nosuch"]),
    ("cluster-some-unknown", lambda j: ["-M", f"nosuch,{j.cluster.name}", "-h", *N(j)]),
    ("nodelist-unknown", lambda j: ["-w", "nosuch"]),
    ("nodelist-localhost", lambda j: ["-w", "localhost", *N(j)]),
    ("nodelist-range", lambda j: ["--nodelist=vm,vm", *N(j)]),
    ("cluster-noheader", lambda j: ["-M", j.cluster.name, "-h", *N(j)]),
]

ENV: dict[str, dict[str, str]] = {
    "env-format": {"SQUEUE_FORMAT": "%.7i %j %T"},
    "env-format2": {"SQUEUE_FORMAT2": "jobid:8,state:.10,name"},
    "env-states": {"SQUEUE_STATES": "all"},
    "env-sort": {"SQUEUE_SORT": "-i"},
    "env-format-overridden": {"SQUEUE_FORMAT": "%.7i %j %T"},
}


def _same(proxy: Result, real: Result) -> bool:
    return proxy == real


def _check(
    jobs: S.Jobs,
    case: str,
    argv: list[str],
    env: Optional[dict[str, str]] = None,
    normalise: Callable[[Result], Result] = lambda r: r,
) -> None:
    c = jobs.cluster
    for _attempt in range(3):
        before = normalise(run_real(c, "squeue", argv, env=env))
        proxy = normalise(run_proxy(c, "squeue", argv, env=env))
        if _same(proxy, before):
            return
        after = normalise(run_real(c, "squeue", argv, env=env))
        if _same(proxy, after):
            return
    raise AssertionError(
        f"squeue {' '.join(argv)} ({case}) on {c.release}\n=== proxy\n{proxy}\n=== real\n{after}"
    )


_DATE = re.compile(r"\A[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\d \d\d:\d\d:\d\d \d{4}\n")


def _date_line(result: Result) -> Result:
    """date_line: ``-l``/``-i`` start with the current time (ctime format); the two
    commands run seconds apart on a busy machine.  Only a well-formed date is hidden."""
    return Result(_DATE.sub("<date>\n", result.stdout), result.stderr, result.rc)


#: cases whose stdout is a help or usage text (slurm-proxy's own words)
HELP_CASES = ("usage", "help", "extra-positional", "jobs-two-positionals")


@pytest.mark.parametrize("case", [c[0] for c in CASES])
def test_squeue(jobs: S.Jobs, case: str) -> None:
    argv = dict(CASES)[case](jobs)
    if case in HELP_CASES:
        check_help(jobs.cluster, "squeue", argv)
        return
    norm: Callable[[Result], Result] = lambda r: r  # noqa: E731
    if "-l" in argv or "--long" in argv:
        norm = _date_line
    _check(jobs, case, argv, ENV.get(case), normalise=norm)


def _drop_alloc(result: Result) -> Result:
    """alloc_sid: the real shows sbatch's session id, slurmrestd has no such field."""
    out = re.sub(r"(?m)^(\w+\|\S*\|)\d+\|", r"\1<sid>|", result.stdout)
    return Result(out, result.stderr, result.rc)


def test_squeue_alloc_fields(jobs: S.Jobs) -> None:
    argv = ["-t", "all", "-O", "account:|,allocnodes:|,allocsid:|", *N(jobs)]
    if jobs.cluster.release == "22.05":
        argv = ["-t", "all", "-O", "account:|,account:|,allocsid:|", *N(jobs)]
    _check(jobs, "alloc", argv, normalise=_drop_alloc)


def _json_norm(result: Result) -> Result:
    """meta.client: the real squeue reports its tty and uid, the proxy its own."""
    if result.rc != 0 or not result.stdout.startswith("{"):
        return result
    doc = json.loads(result.stdout)
    if isinstance(doc.get("meta"), dict):
        doc["meta"].pop("client", None)
    return Result(json.dumps(doc, indent=1), result.stderr, result.rc)


@pytest.mark.parametrize(
    "argv",
    [["--json"], ["--json", "-t", "all"], ["--json", "-j", "{run}"]],
    ids=["json", "json-all", "json-job"],
)
def test_squeue_json(jobs: S.Jobs, argv: list[str]) -> None:
    argv = [a.format(run=jobs.ids["run"]) for a in argv]
    if jobs.cluster.release != "22.05":
        argv += N(jobs)
    _check(jobs, "json", argv, normalise=_json_norm)
