"""Differential tests: the proxy's scontrol against the real scontrol on every live cluster.

Read-only cases (show, ping, hostlists, help, errors) run against a set of jobs the
module submits once per cluster with the real sbatch as the test user: a held job, a
held job with many options, a held array, a job with a dependency, a running job and
a finished one.  Each case runs real, proxy, real (up to three rounds; other tests run
jobs on the same cluster): the proxy's stdout, stderr and exit code must equal one of
the two real answers around it, after the case's named normalisers.

Update cases change a job, so each gets two identical fresh held jobs (submitted with
``--begin`` an hour ahead, so a ``release`` does not start them): the real scontrol
updates one, the proxy the other.  Their outputs must be identical (each side's job
id and name mapped back to ``{id}``/``{name}``), and then the REAL ``scontrol show
job`` of the two jobs must be identical too, with the same mapping and normaliser
``submit_times`` (the two jobs were submitted a moment apart).

Normalisers (each hides one thing the REST API cannot give or that ticks):

- ``runtime``: ``RunTime=`` of a running job ticks between the calls;
- ``sid``: ``AllocNode:Sid=host:SID``: slurmrestd never reports the session id;
- ``alloc_node`` (22.05 only, with ``sid``): v0.0.38 does not report the allocating
  node either;
- ``scheduler``: ``Scheduler=Backfill`` vs ``Main``: v0.0.38 does not say which
  scheduler started the job (only applies to running jobs on 22.05);
- ``oom_kill_step``: the ``OOMKillStep=`` line of 25.05+: no API version reports it;
- ``mail``: ``MailUser=``/``MailType=`` of 22.05: v0.0.38 does not report them;
- ``submit_times`` (update cases only): the submit/eligible/accrue/last-evaluation
  times of the two sides' jobs, and their expected start and end (``--begin=now+1hour``
  is relative to the submission); ``expect`` checks an updated StartTime instead;
- ``priority_order`` (release cases, 22.05): priority/basic gives each job one less
  than the job submitted before it.

The update cases wait (a few seconds at most) until the two jobs agree: the scheduler
moves a job's ``Reason=`` along in its own time (a 22.05 Nice update releases a held
job: JobHeldUser, then Dependency, then BeginTime).

Not compared, and why: ``show job`` without an id (lists every job of every test
running at the time), ``show config`` (the REST API has no configuration dump before
v0.0.45 and a different one there), and the commands the REST API cannot do for a
user (requeue, suspend, resume, top, token, reconfigure, node and partition updates):
for those the proxy must fail with one ``scontrol: error:`` line and exit 1 (see
``test_refused``).

``help``, ``--help``, ``--usage`` and the help text after ``show hostlist`` without
names are slurm-proxy's own words: checked by tests/support/helpcheck.py (exit code,
stderr, streams, and that the text names exactly the options slurm-proxy supports,
each one the real scontrol accepts), not byte for byte.
"""

from __future__ import annotations

import difflib
import re
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Callable, NamedTuple

import pytest

from tests.support.clusters import Cluster
from tests.support.diff import Result, replace_job_id, run_proxy, run_real
from tests.support.helpcheck import check_help

from .conftest import ClusterAPI

RUN = uuid.uuid4().hex[:5]


def _sub(pattern: str, repl: str, flags: int = 0) -> Callable[[str], str]:
    rx = re.compile(pattern, flags)
    return lambda text: rx.sub(repl, text)


NORMALISERS: dict[str, Callable[[str], str]] = {
    "runtime": _sub(r"RunTime=\S+", "RunTime=<t>"),
    "sid": _sub(r"AllocNode:Sid=(\S*):\d+", r"AllocNode:Sid=\1:<sid>"),
    "alloc_node": _sub(r"AllocNode:Sid=\S*", "AllocNode:Sid=<node>:<sid>"),
    "scheduler": _sub(r"Scheduler=\S+", "Scheduler=<s>"),
    "oom_kill_step": _sub(r"^\s*OOMKillStep=\S*\n", "", re.M),
    "mail": _sub(r"\s*(MailUser|MailType)=\S*", ""),
    # priority/basic (22.05) gives each job one less than the one submitted before it
    "priority_order": _sub(r"Priority=[1-9]\d*", "Priority=<p>"),
    "submit_times": _sub(
        r"(SubmitTime|EligibleTime|AccrueTime|LastSchedEval|StartTime|EndTime)=\S+", r"\1=<t>"
    ),
    # the reason a released pending job waits for is set by the scheduler's next pass, up
    # to a minute after an update on 22.05 (sched_interval); holds (JobHeldUser/Admin) stay
    "sched_reason": _sub(
        r"Reason=(?:Dependency|BeginTime|None|Priority|Resources)\b", "Reason=<s>"
    ),
}
JOB_NORM = ("runtime", "sid", "scheduler", "oom_kill_step", "mail")


def _names(c: Cluster, names: tuple[str, ...]) -> tuple[str, ...]:
    """The case's normalisers on cluster ``c``: v0.0.38 (22.05) has no allocating node."""
    if c.release == "22.05" and "sid" in names:
        names = (*names, "alloc_node")
    return names


def _norm(result: Result, names: tuple[str, ...]) -> Result:
    out, err = result.stdout, result.stderr
    for name in names:
        out, err = NORMALISERS[name](out), NORMALISERS[name](err)
    return Result(out, err, result.rc)


def _diff(proxy: Result, real: Result) -> str:
    """A unified diff of the two results (proxy as "+"), for the failure message."""
    lines = difflib.unified_diff(
        str(real).splitlines(), str(proxy).splitlines(), "real", "proxy", lineterm="", n=1
    )
    return "\n".join(lines)


def _release(cluster: Cluster) -> tuple[int, int]:
    major, minor = cluster.release.split(".")[:2]
    return int(major), int(minor)


def _env(cluster: Cluster, api: str) -> dict[str, str]:
    return {"SLURM_USER_NAME": cluster.user, "SLURM_PROXY_API_VERSION": api}


# ---------------------------------------------------------------------- jobs
def _script(d: Path, key: str, body: str) -> Path:
    script = d / f"{key}.sh"
    if not script.exists():
        script.write_text("#!/bin/sh\n" + body)
        script.chmod(0o755)
    return script


def _sbatch(c: Cluster, d: Path, name: str, opts: list[str], body: str, key: str) -> str:
    script = _script(d, key, body)
    r = c.real(["sbatch", "--parsable", "-J", name, *opts, str(script)], cwd=str(d))
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode().strip().split(";")[0]


def _state(c: Cluster, job_id: str) -> str:
    r = c.real(["squeue", "-h", "-t", "all", "-o", "%T", "-j", job_id])
    return r.stdout.decode().strip()


def _wait(c: Cluster, job_id: str, state: str, timeout: float = 60) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if _state(c, job_id) == state:
            return True
        time.sleep(0.5)
    return False


def _cancel(c: Cluster, ids: list[str]) -> None:
    if ids:
        c.real(["scancel", *ids])


class Shared(NamedTuple):
    cluster: Cluster
    dir: Path
    ids: dict[str, str]
    api: str = ""  # the REST version the proxy is pinned to


_SHARED: dict[str, Shared] = {}
_BROKEN: dict[str, str] = {}


@pytest.fixture
def shared(cluster_api: ClusterAPI) -> Shared:
    """The release's shared jobs (submitted once per release), with the API to pin."""
    c = cluster_api.cluster
    release = c.release
    if release in _BROKEN:
        pytest.fail(f"the shared jobs of {release} could not be set up: {_BROKEN[release]}")
    if release not in _SHARED:
        d = c.jobpath(f"scontrol-diff-{RUN}")
        ids: dict[str, str] = {}
        _SHARED[release] = Shared(c, d, ids)  # so that _cleanup cancels what was submitted
        try:
            ids["done"] = _sbatch(c, d, f"sctl{RUN}-done", ["-o", "/dev/null"], "true\n", "done")
            ids["held"] = _sbatch(
                c, d, f"sctl{RUN}-held", ["--hold", "-o", "/dev/null", "-t", "10"], "true\n", "held"
            )
            ids["opts"] = _sbatch(
                c,
                d,
                f"sctl{RUN}-opts",
                [
                    "--hold",
                    "-c",
                    "2",
                    "--mem=100M",
                    "-t",
                    "1-00:00:00",
                    "--comment=hello",
                    "--nice=10",
                    "-o",
                    "out-%j.txt",
                    "-e",
                    "err-%j.txt",
                    "--begin=now+1hour",
                    "-N",
                    "1",
                    "--ntasks-per-node=1",
                ],
                "true\n",
                "opts",
            )
            ids["arr"] = _sbatch(
                c,
                d,
                f"sctl{RUN}-arr",
                ["--hold", "--array=0-3%2", "-o", "/dev/null"],
                "true\n",
                "arr",
            )
            ids["dep"] = _sbatch(
                c,
                d,
                f"sctl{RUN}-dep",
                ["-d", f"afterok:{ids['held']}", "-o", "/dev/null"],
                "true\n",
                "dep",
            )
            ids["run"] = _sbatch(
                c, d, f"sctl{RUN}-run", ["-t", "10", "-o", "/dev/null"], "sleep 600\n", "run"
            )
            # the clusters are small and other tests keep jobs running: when these
            # two cannot run, the cases that need them are skipped (and say why)
            for key, state in (("done", "COMPLETED"), ("run", "RUNNING")):
                if not _wait(c, ids[key], state):
                    _cancel(c, [ids.pop(key)])
        except AssertionError as err:
            _BROKEN[release] = str(err)
            raise
    return _SHARED[release]._replace(api=cluster_api.api)


@pytest.fixture(scope="module", autouse=True)
def _cleanup() -> Iterator[None]:
    yield
    for s in _SHARED.values():
        _cancel(s.cluster, [v for k, v in s.ids.items() if k != "done"])
    for d in (*(s.dir for s in _SHARED.values()), *_UPDATE_DIRS.values()):
        shutil.rmtree(d, ignore_errors=True)


def _fill(argv: list[str], ids: dict[str, str]) -> list[str]:
    out = []
    for word in argv:
        for key, value in ids.items():
            word = word.replace("{" + key + "}", value)
        out.append(word)
    return out


def check(c: Cluster, api: str, argv: list[str], normalise: tuple[str, ...] = ()) -> None:
    normalise = _names(c, normalise)
    last: tuple[Result, Result] = (Result("", "", 0), Result("", "", 0))
    for _ in range(3):
        before = _norm(run_real(c, "scontrol", argv), normalise)
        proxy = _norm(run_proxy(c, "scontrol", argv, env=_env(c, api)), normalise)
        if proxy == before:
            return
        after = _norm(run_real(c, "scontrol", argv), normalise)
        if proxy == after:
            return
        last = (proxy, after)
    proxy, real = last
    raise AssertionError(
        f"scontrol {' '.join(argv)} on {c.release} through {api}\n{_diff(proxy, real)}"
    )


# ---------------------------------------------------------------------- read-only cases
class Case(NamedTuple):
    id: str
    argv: list[str]
    normalise: tuple[str, ...] = ()
    since: tuple[int, int] = (0, 0)


CASES: list[Case] = [
    # --- jobs ---
    Case("job-held", ["show", "job", "{held}"], JOB_NORM),
    Case("job-options", ["show", "job", "{opts}"], JOB_NORM),
    Case("job-array", ["show", "job", "{arr}"], JOB_NORM),
    Case("job-array-task", ["show", "job", "{arr}_1"], JOB_NORM),
    Case("job-dependency", ["show", "job", "{dep}"], JOB_NORM),
    Case("job-running", ["show", "job", "{run}"], JOB_NORM),
    Case("job-finished", ["show", "job", "{done}"], JOB_NORM),
    Case("job-details", ["-d", "show", "job", "{run}"], JOB_NORM),
    Case("job-details-pending", ["--details", "show", "job", "{opts}"], JOB_NORM),
    Case("job-oneliner", ["-o", "show", "job", "{held}"], JOB_NORM),
    Case("job-oneliner-details", ["-d", "-o", "show", "job", "{run}"], JOB_NORM),
    Case("job-oneliner-array", ["--oneliner", "show", "job", "{arr}"], JOB_NORM),
    Case("jobs-keyword", ["show", "jobs", "{held}"], JOB_NORM),
    Case("job-upper-case", ["SHOW", "JOB", "{held}"], JOB_NORM),
    Case("job-unknown", ["show", "job", "999999"]),
    Case("job-unknown-array-task", ["show", "job", "999999_3"]),
    Case("job-bad-id", ["show", "job", "abc"]),
    Case("job-too-many", ["show", "job", "1", "2", "3"]),
    # --- nodes ---
    Case("nodes", ["show", "node"]),
    Case("node-vm", ["show", "node", "vm"]),
    Case("node-oneliner", ["-o", "show", "node", "vm"]),
    Case("node-details", ["-d", "show", "node", "vm"]),
    Case("nodes-keyword", ["show", "nodes"]),
    Case("node-unknown", ["show", "node", "nosuch"]),
    # --- partitions ---
    Case("partitions", ["show", "partition"]),
    Case("partition-debug", ["show", "partition", "debug"]),
    Case("partition-oneliner", ["-o", "show", "partition"]),
    Case("partition-abbrev", ["show", "part", "debug"]),
    Case("partition-unknown", ["show", "partition", "nosuch"]),
    # --- ping, hostlists ---
    Case("ping", ["ping"]),
    Case("hostnames", ["show", "hostnames", "vm[1-3],other"]),
    Case("hostlist", ["show", "hostlist", "a1,a2,a3,b7"]),
    Case("hostlistsorted", ["show", "hostlistsorted", "a3,a1,a2"]),
    Case("hostlist-missing", ["show", "hostlist"]),
    # --- information about scontrol itself ---
    Case("version", ["-V"]),
    Case("version-command", ["version"]),
    # --- -M: the cluster's own name, all, unknown names (slurmdbd's answers) ---
    Case("cluster", ["-M", "{cluster}", "show", "partition"]),
    Case("cluster-twice", ["--clusters={cluster},{cluster}", "show", "partition"]),
    Case("cluster-all", ["-M", "all", "show", "partition"]),
    Case("cluster-unknown", ["-M", "nosuch", "show", "partition"]),
    Case("cluster-all-in-list", ["-M", "{cluster},all", "show", "partition"]),
    Case("cluster-ping", ["-M", "{cluster}", "ping"]),
    Case("cluster-all-ping", ["-M", "all", "ping"]),
    Case("cluster-all-in-list-ping", ["-M", "{cluster},all", "ping"]),
    Case("help", ["help"]),
    Case("help-option", ["--help"]),
    Case("usage-option", ["--usage"]),
    # --- errors ---
    Case("bogus-command", ["bogus"]),
    Case("show-bogus", ["show", "bogus"]),
    Case("show-nothing", ["show"]),
    Case("update-nothing", ["update"]),
    Case("update-unknown-job", ["update", "JobId=999999", "Comment=x"]),
    Case("update-bad-job", ["update", "JobId=abc", "Nice=5"]),
    Case("update-no-id", ["update", "Comment=x"]),
    Case("update-unknown-name", ["update", "JobName=nosuchname-xyz", "Nice=5"]),
    Case("hold-nothing", ["hold"]),
    Case("hold-unknown", ["hold", "999999"]),
    Case("release-unknown", ["release", "999999"]),
    Case("uhold-bad", ["uhold", "abc"]),
    Case("bad-option", ["--bogus", "ping"]),
    Case("quiet-unknown-job", ["-Q", "show", "job", "999999"]),
]


#: cases whose stdout is the help text (slurm-proxy's own words)
HELP_CASES = ("help", "help-option", "usage-option", "hostlist-missing")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_scontrol(shared: Shared, case: Case) -> None:
    c = shared.cluster
    if _release(c) < case.since:
        pytest.skip(f"{case.id}: not in Slurm {c.release}")
    for key in ("done", "run"):
        if "{" + key + "}" in " ".join(case.argv) and key not in shared.ids:
            pytest.skip(f"no {key} job on {c.release}: the cluster's CPUs are all busy")
    if case.id in HELP_CASES:
        check_help(c, "scontrol", case.argv, env=_env(c, shared.api))
        return
    check(c, shared.api, _fill(case.argv, {**shared.ids, "cluster": c.name}), case.normalise)


# ---------------------------------------------------------------------- update cases
class Update(NamedTuple):
    id: str
    argv: list[str]
    # KEY=VALUE words the real `scontrol show job` must show after the proxy's update
    expect: tuple[str, ...] = ()
    since: tuple[int, int] = (0, 0)
    # releases whose REST API cannot do this update: there the proxy must refuse it
    # (one "scontrol: error:" line, exit 1, the job unchanged) instead of matching
    refused_on: tuple[str, ...] = ()
    # extra normalisers for the real `show job` of the two jobs
    normalise: tuple[str, ...] = ()
    # a real scontrol command run on both jobs first (e.g. release, before a hold)
    prepare: list[str] = []


UPDATES: list[Update] = [
    Update("comment", ["update", "JobId={id}", "Comment=hello"], ("Comment=hello",)),
    Update("timelimit", ["update", "JobId={id}", "TimeLimit=7"], ("TimeLimit=00:07:00",)),
    Update(
        "timelimit-days",
        ["update", "JobId={id}", "TimeLimit=1-02:03:04"],
        ("TimeLimit=1-02:04:00",),
    ),
    Update("nice", ["update", "JobId={id}", "Nice=5"], ("Nice=5",)),
    Update("nice-negative", ["update", "JobId={id}", "Nice=-5"]),
    Update("partition", ["update", "JobId={id}", "Partition=debug"], ("Partition=debug",)),
    Update("partition-unknown", ["update", "JobId={id}", "Partition=nosuch"]),
    Update("numcpus", ["update", "JobId={id}", "NumCPUs=2"], ("NumCPUs=2",), refused_on=("22.05",)),
    Update(
        "min-memory-node", ["update", "JobId={id}", "MinMemoryNode=100"], ("MinMemoryNode=100M",)
    ),
    Update("priority", ["update", "JobId={id}", "Priority=10"]),
    Update("qos", ["update", "JobId={id}", "QOS=normal"], ("QOS=normal",)),
    Update("qos-unknown", ["update", "JobId={id}", "QOS=nosuchqos"]),
    Update("account-unknown", ["update", "JobId={id}", "Account=nosuchaccount"]),
    Update(
        "starttime",
        ["update", "JobId={id}", "StartTime=2030-01-01T00:00:00"],
        ("EligibleTime=2030-01-01T00:00:00",),
    ),
    Update("starttime-bad", ["update", "JobId={id}", "StartTime=notatime"]),
    Update("exclude", ["update", "JobId={id}", "ExcNodeList=vm"], ("ExcNodeList=vm",)),
    Update("features-clear", ["update", "JobId={id}", "Features="]),
    Update("features-unknown", ["update", "JobId={id}", "Features=nosuchfeature"]),
    Update("dependency-clear", ["update", "JobId={id}", "Dependency="]),
    Update("dependency-unknown", ["update", "JobId={id}", "Dependency=afterok:999999"]),
    Update("arvados-nice-by-name", ["update", "JobName={name}", "Nice=7"], ("Nice=7",)),
    Update("rename", ["update", "JobId={id}", "JobName={name}-x"], refused_on=("22.05",)),
    Update(
        "several",
        ["update", "JobId={id}", "Comment=abc", "TimeLimit=5", "Nice=3"],
        ("Comment=abc", "Nice=3"),
    ),
    Update(
        "lower-case-keys",
        ["update", "jobid={id}", "comment=lower", "timelimit=9"],
        ("Comment=lower",),
    ),
    Update("id-last", ["update", "Comment=last", "JobId={id}"], ("Comment=last",)),
    Update("unknown-key", ["update", "JobId={id}", "Bogus=1"]),
    Update("bad-time", ["update", "JobId={id}", "TimeLimit=abc"]),
    Update("bad-nice", ["update", "JobId={id}", "Nice=abc"]),
    Update("hold", ["hold", "{id}"], ("Reason=JobHeldUser",), prepare=["release", "{id}"]),
    Update("uhold", ["uhold", "{id}"], ("Reason=JobHeldUser",), prepare=["release", "{id}"]),
    Update("hold-held", ["hold", "{id}"], ("Reason=JobHeldUser",)),
    Update(
        "release",
        ["release", "{id}"],
        ("Priority=<p>",),
        normalise=("priority_order",),
    ),
    Update(
        "hold-by-name",
        ["hold", "JobName={name}"],
        ("Reason=JobHeldUser",),
        prepare=["release", "{id}"],
    ),
    Update(
        "release-by-name",
        ["release", "JobName={name}"],
        ("Priority=<p>",),
        normalise=("priority_order",),
    ),
]


class Side(NamedTuple):
    id: str
    name: str


def _update_jobs(c: Cluster, d: Path, case: str) -> tuple[Side, Side]:
    sides = []
    for side in ("real", "proxy"):
        name = f"sctl{RUN}-{case}-{side}"[:60]
        opts = ["--hold", "--begin=now+1hour", "-o", "/dev/null", "-t", "10"]
        sides.append(Side(_sbatch(c, d, name, opts, "true\n", "upd"), name))
    return sides[0], sides[1]


def _mapped(result: Result, side: Side) -> Result:
    def sub(text: str) -> str:
        text = text.replace(side.name, "{name}")
        return replace_job_id(text, side.id, "{id}")

    return Result(sub(result.stdout), sub(result.stderr), result.rc)


_UPDATE_DIRS: dict[str, Path] = {}


def _update_dir(c: Cluster) -> Path:
    # pytest may interleave this module's tests with others' (session-scoped parameters),
    # so the module clean-up can have run already: make the directory again if so
    if c.release not in _UPDATE_DIRS or not _UPDATE_DIRS[c.release].is_dir():
        _UPDATE_DIRS[c.release] = c.jobpath(f"scontrol-update-{RUN}")
    return _UPDATE_DIRS[c.release]


@pytest.mark.parametrize("case", UPDATES, ids=[u.id for u in UPDATES])
def test_update(shared: Shared, case: Update) -> None:
    c = shared.cluster
    if _release(c) < case.since:
        pytest.skip(f"{case.id}: not in Slurm {c.release}")
    real_side, proxy_side = _update_jobs(c, _update_dir(c), f"{case.id}-{shared.api[-2:]}")
    try:
        argv_real = [
            w.replace("{id}", real_side.id).replace("{name}", real_side.name) for w in case.argv
        ]
        argv_proxy = [
            w.replace("{id}", proxy_side.id).replace("{name}", proxy_side.name) for w in case.argv
        ]
        for side in (real_side, proxy_side):
            if case.prepare:
                argv = [w.replace("{id}", side.id) for w in case.prepare]
                assert run_real(c, "scontrol", argv).rc == 0
        if c.release in case.refused_on:
            before = run_real(c, "scontrol", ["show", "job", proxy_side.id])
            res = run_proxy(c, "scontrol", argv_proxy, env=_env(c, shared.api))
            assert res.rc == 1 and res.stdout == "", res
            assert res.stderr.startswith("scontrol: error: ") and res.stderr.count("\n") == 1, res
            after = run_real(c, "scontrol", ["show", "job", proxy_side.id])
            assert _norm(after, ("submit_times",)) == _norm(before, ("submit_times",))
            return
        real = _mapped(run_real(c, "scontrol", argv_real), real_side)
        proxy = _mapped(run_proxy(c, "scontrol", argv_proxy, env=_env(c, shared.api)), proxy_side)
        assert proxy == real, (
            f"scontrol {' '.join(case.argv)} on {c.release} through {shared.api}\n"
            f"{_diff(proxy, real)}"
        )
        names = _names(c, (*JOB_NORM, "submit_times", *case.normalise))
        # the scheduler moves the jobs' Reason along (JobHeldUser, Dependency, BeginTime)
        # in its own time: wait until the two jobs agree, a few scheduler passes at most
        for _ in range(8):
            shown_real = _norm(
                _mapped(run_real(c, "scontrol", ["show", "job", real_side.id]), real_side), names
            )
            raw_proxy = _mapped(run_real(c, "scontrol", ["show", "job", proxy_side.id]), proxy_side)
            shown_proxy = _norm(raw_proxy, names)
            if shown_proxy == shown_real:
                break
            time.sleep(1)
        else:
            shown_real = _norm(shown_real, ("sched_reason",))
            shown_proxy = _norm(shown_proxy, ("sched_reason",))
        assert shown_proxy == shown_real, (
            f"job after scontrol {' '.join(case.argv)} on {c.release} through {shared.api} "
            "(real show job; "
            f"+: updated by the proxy, -: by the real one)\n{_diff(shown_proxy, shown_real)}"
        )
        expected = _norm(raw_proxy, case.normalise).stdout
        for word in case.expect:
            assert word in expected, f"{word} not in\n{expected}"
    finally:
        _cancel(c, [real_side.id, proxy_side.id])


# ---------------------------------------------------------------------- refused
REFUSED: list[list[str]] = [
    ["requeue", "{held}"],
    ["requeuehold", "{held}"],
    ["suspend", "{run}"],
    ["resume", "{run}"],
    ["top", "{held}"],
    ["token"],
    ["reconfigure"],
    ["update", "NodeName=vm", "State=DRAIN", "Reason=test"],
    ["update", "PartitionName=debug", "MaxTime=10"],
    ["create", "reservation", "StartTime=now", "Duration=10", "Nodes=vm", "Users=slurmtest"],
    ["reboot", "vm"],
    ["shutdown"],
]


@pytest.mark.parametrize("argv", REFUSED, ids=[" ".join(a) for a in REFUSED])
def test_refused(shared: Shared, argv: list[str]) -> None:
    """What REST cannot do fails loudly: one ``scontrol: error:`` line, exit 1."""
    c = shared.cluster
    ids = {"run": "999999", **shared.ids}
    res = run_proxy(c, "scontrol", _fill(argv, ids), env=_env(c, shared.api))
    assert res.rc == 1, res
    assert res.stdout == "", res
    lines = res.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("scontrol: error: "), res
