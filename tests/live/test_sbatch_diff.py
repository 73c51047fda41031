"""Differential tests: the proxy's sbatch against the real sbatch on every live cluster.

Each case runs the real ``sbatch`` (as the test user, in a fresh
``/srv/slurm-jobs/<release>/<case>/`` that the chroot clusters see at the same path)
and then the proxy in-process (``run(Invocation)``) with the same argv, stdin, working
directory, script files and extra environment.  Submitting cases hold their job
(``-H``) so nothing runs and nothing changes while the two are compared.  Compared:

- exit code, stdout and stderr (job ids replaced by ``<id>``);
- for two successful submissions, the two jobs as the real ``scontrol show job``
  prints them, after replacing only what must differ: the job's own id, times, and
  ``AllocNode:Sid`` (slurmrestd's host and pid, not the submitting shell's).

Documented differences (normalised by name, and only on the releases they concern):

- ``submit_line`` (26.05 shows ``SubmitLine=``): no REST API version accepts it;
- ``command_2205``: 22.05's ``Command=`` stays ``(null)``, because v0.0.38's ``argv``
  parser corrupts slurmrestd's heap (the proxy refuses script arguments there).

Cases not compared, and why: options slurm-proxy rejects on purpose (``--network``,
``--hint``, ...: the real sbatch submits, the proxy exits 1 naming the option),
``--help``/``--usage`` (slurm-proxy's own wording: test_help_and_usage checks them
with tests/support/helpcheck.py), ``--wait`` (runs a job; see
test_wait below, which checks the exit code only), ``--signal=B:`` on 22.05
(v0.0.38 cannot carry the B: flag; the proxy warns).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pytest

from tests.support.clusters import Cluster
from tests.support.diff import Result, replace_job_id, run_proxy, run_real
from tests.support.helpcheck import check_help

SH = b"#!/bin/sh\n"


@dataclass
class SCase:
    id: str
    argv: list[str]
    script: Optional[bytes] = None  # written to job.sh when given
    stdin: bytes = b""
    env: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    cwd: str = ""  # sub directory of the case directory
    note: str = ""
    # releases where the case is not compared, with the reason
    skip: dict[str, str] = field(default_factory=dict)
    normalise: tuple[str, ...] = ()


GALAXY = (
    SH + b"\n#SBATCH -o /dev/null\n#SBATCH -e /dev/null\n#SBATCH -J g42_tool_user\n"
    b"#SBATCH -t 01:00:00\n#SBATCH -c 1\n#SBATCH -p debug\n#SBATCH --mem 100\n\necho hi\n"
)
NEXTFLOW = (
    b"#!/bin/bash\n#SBATCH -J nf-task_1\n#SBATCH -o {dir}/.command.log\n"
    b"#SBATCH --no-requeue\n#SBATCH --signal B:USR2@30\n#SBATCH -c 2\n"
    b"#SBATCH -t 01:30:00\n#SBATCH --mem 100M\n#SBATCH -p debug\n"
    b"#SBATCH -a 1 --signal=KILL\nNXF_CHDIR={dir}\ntrue\n"
)
DASK = (
    b"#!/usr/bin/env bash\n\n#SBATCH -J dask-worker\n#SBATCH -e logs/dask-worker-%J.err\n"
    b"#SBATCH -o logs/dask-worker-%J.out\n#SBATCH -p debug\n#SBATCH -n 1\n#SBATCH -N 1\n"
    b"#SBATCH --cpus-per-task=1\n#SBATCH --mem=15M\n#SBATCH -t 00:30:00\n\nsleep 1\n"
)
SUBMITIT = (
    b"#!/bin/bash\n\n# Parameters\n#SBATCH --error=/tmp/%j_0_log.err\n"
    b"#SBATCH --job-name=submitit\n#SBATCH --nodes=1\n#SBATCH --open-mode=append\n"
    b"#SBATCH --output=/tmp/%j_0_log.out\n#SBATCH --partition=debug\n"
    b"#SBATCH --signal=USR2@90\n#SBATCH --time=5\n\n# command\n"
    b"export SUBMITIT_EXECUTOR=slurm\nsrun true\n"
)
ARVADOS = SH + b"GatewayAuthSecret='x' exec 'true' '--runtime-engine=docker' 'zzzzz'\n"
B2205 = {"22.05": "v0.0.38 cannot carry --signal=B: (the proxy warns and drops the flag)"}

CASES: list[SCase] = [
    # -- every sbatch form in notes/clients.md -----
    SCase(
        "arvados",
        [
            "--nice=10000",
            "--no-requeue",
            "--job-name=zzzzz-dz642-queuedcontainer",
            "--mem=100",
            "--cpus-per-task=1",
            "--tmp=10",
            "--partition=debug",
            "-H",
        ],
        stdin=ARVADOS,
        note="script on stdin, no path",
    ),
    SCase(
        "arvados-old",
        [
            "-H",
            "--job-name=zzzzz-dz642-x",
            "--nice=10000",
            "--no-requeue",
            "--constraint=instancetype=a",
        ],
        stdin=ARVADOS,
        note="unknown feature: submission fails the same way",
    ),
    SCase("galaxy", ["-H", "{dir}/job.sh"], script=GALAXY, note="absolute path, all #SBATCH"),
    SCase(
        "nextflow",
        ["-H", ".command.run"],
        files={".command.run": NEXTFLOW},
        note="relative name, several options on one line, --signal B:",
        skip=B2205,
    ),
    SCase(
        "nextflow-parse",
        ["-H", "--parsable", ".command.run"],
        files={".command.run": NEXTFLOW.replace(b"B:USR2", b"USR2")},
    ),
    SCase(
        "snakemake-wrap",
        [
            "-H",
            "--parsable",
            "--job-name",
            "uuid-1",
            "--output",
            "{dir}/rule_a/%j.log",
            "--export=ALL",
            "--comment",
            "rule_a_wildcards",
            "-p",
            "debug",
            "-t",
            "30",
            "--mem",
            "100",
            "--nodes=1",
            "--ntasks=1",
            "--cpus-per-task=1",
            "-D",
            "{dir}",
            "--wrap=python -m snakemake --target a",
        ],
    ),
    SCase(
        "snakemake-stdin",
        [
            "-H",
            "--parsable",
            "--job-name",
            "uuid-1",
            "--export=ALL",
            "-p",
            "debug",
            "--mem-per-cpu",
            "50",
            "-D",
            "{dir}",
            "/dev/stdin",
        ],
        stdin=SH + b"python -m snakemake\n",
    ),
    SCase(
        "snakemake-array",
        [
            "-H",
            "--parsable",
            "--array=0-3",
            "--job-name",
            "uuid-2",
            "--output",
            "{dir}/%A_%a.log",
            "--wrap=true",
        ],
    ),
    SCase("dask", ["-H", "tmpjob.sh"], files={"tmpjob.sh": DASK}, note="dask-jobqueue header"),
    SCase(
        "submitit", ["-H", "{dir}/.submission_file_1.sh"], files={".submission_file_1.sh": SUBMITIT}
    ),
    SCase(
        "submitit-array",
        ["-H", "--array=0-4%2", "--wrap=true", "--gpus-per-node=0"],
        note="--gpus-per-node=0",
    ),
    # -- precedence -----
    SCase(
        "cli-over-script",
        ["-H", "-J", "cli", "-t", "7", "job.sh"],
        script=SH + b"#SBATCH -J script -t 5 -p debug\ntrue\n",
    ),
    SCase(
        "env-over-script",
        ["-H", "job.sh"],
        script=SH + b"#SBATCH -J script -t 5\ntrue\n",
        env={"SBATCH_JOB_NAME": "env", "SBATCH_TIMELIMIT": "9"},
    ),
    SCase(
        "cli-over-env",
        ["-H", "-J", "cli", "job.sh"],
        script=SH + b"true\n",
        env={"SBATCH_JOB_NAME": "env", "SBATCH_PARTITION": "debug"},
    ),
    SCase(
        "env-flags",
        ["job.sh"],
        script=SH + b"#SBATCH -H\ntrue\n",
        env={"SBATCH_WAIT": "0", "SBATCH_NO_REQUEUE": "yes", "SBATCH_TIMELIMIT": "3"},
        note="SBATCH_* flags; -H comes from the script",
        files={},
    ),
    # -- directive syntax -----
    SCase(
        "quotes", ["-H", "job.sh"], script=SH + b"#SBATCH -J \"a b\" --comment='c d # e'\ntrue\n"
    ),
    SCase(
        "escapes-comments",
        ["-H", "job.sh"],
        script=SH + b"#SBATCH --comment=a\\ b # trailing\n#SBATCH -J x#y\ntrue\n",
    ),
    SCase(
        "stop-at-command",
        ["-H", "job.sh"],
        script=SH + b"\n# comment\n  \n#SBATCH -J one\nhostname\n#SBATCH -J two\n",
    ),
    SCase(
        "indented-ignored",
        ["-H", "job.sh"],
        script=SH + b" #SBATCH -J ignored\n  # x\n#SBATCH -t 4\ntrue\n",
    ),
    SCase("slurm-magic", ["-H", "job.sh"], script=SH + b"#SLURM -J old\n#SBATCH -t 4\ntrue\n"),
    SCase("arg-next-line", ["-H", "job.sh"], script=SH + b"#SBATCH -J\n#SBATCH nextline\ntrue\n"),
    SCase(
        "early-in-script",
        ["-H", "job.sh"],
        script=SH + b"#SBATCH -Q --wrap=x -v\ntrue\n",
        note="early options are command-line only",
    ),
    # -- --wrap and stdin -----
    SCase("wrap", ["-H", "--wrap=echo hello"]),
    SCase("wrap-quotes", ["-H", "--wrap", "echo 'a b' \"c\" $HOME"]),
    SCase("stdin", ["-H"], stdin=SH + b"#SBATCH -J from-stdin\ntrue\n"),
    SCase("dev-stdin", ["-H", "/dev/stdin"], stdin=SH + b"true\n"),
    SCase("script-in-subdir", ["-H", "-D", "{dir}/sub", "sub/job.sh"], files={"sub/job.sh": SH}),
    SCase(
        "script-args",
        ["-H", "job.sh", "a", "-b", "--c=d"],
        script=SH + b"true\n",
        skip={"22.05": "v0.0.38 cannot carry script arguments (slurmrestd heap bug)"},
    ),
    # -- arrays and dependencies -----
    SCase("array-step", ["-H", "--array=0-3%2", "--wrap=true"]),
    SCase("array-list", ["-H", "-a", "1,3,5", "--wrap=true"]),
    SCase("array-bad", ["-H", "-a", "x", "--wrap=true"]),
    SCase("dep-missing", ["-H", "-d", "afterok:999999", "--wrap=true"]),
    SCase("dep-singleton", ["-H", "--dependency=singleton", "-J", "single", "--wrap=true"]),
    SCase(
        "dep-kill-invalid",
        ["-H", "-d", "afterany:999998", "--kill-on-invalid-dep=yes", "--wrap=true"],
    ),
    # -- --export variants (the environment itself is not visible in scontrol) -----
    SCase("export-none", ["-H", "--export=NONE", "--wrap=true"]),
    SCase("export-all", ["-H", "--export=ALL", "--wrap=true"]),
    SCase("export-list", ["-H", "--export=HOME,FOO=bar", "--wrap=true"]),
    # -- values -----
    SCase("time-hms", ["-H", "-t", "1:00:00", "--wrap=true"]),
    SCase("time-min-sec", ["-H", "-t", "0:3600", "--wrap=true"]),
    SCase("time-days", ["-H", "-t", "1-0", "--time-min=30", "--wrap=true"]),
    SCase("time-unlimited", ["-H", "-t", "UNLIMITED", "--wrap=true"]),
    SCase("mem-g", ["-H", "--mem=1G", "--wrap=true"]),
    SCase("mem-per-cpu", ["-H", "--mem-per-cpu=64M", "-n", "2", "--wrap=true"]),
    SCase("tasks-cpus", ["-H", "-n", "2", "-c", "2", "--wrap=true"]),
    SCase("ntasks-per-node", ["-H", "-N", "1", "--ntasks-per-node=2", "--wrap=true"]),
    SCase("nodes-range", ["-H", "-N", "1-2", "-n", "1", "--wrap=true"]),
    SCase("exclusive", ["-H", "--exclusive", "--wrap=true"]),
    SCase("exclusive-user", ["-H", "--exclusive=user", "--wrap=true"]),
    SCase("oversubscribe", ["-H", "-s", "--wrap=true"]),
    SCase("nodelist", ["-H", "-w", "{node}", "--wrap=true"]),
    SCase("exclude", ["-H", "-x", "{node}", "--wrap=true"]),
    SCase("begin-rel", ["-H", "--begin=now+1hour", "--wrap=true"]),
    SCase("begin-abs", ["-H", "-b", "2031-01-01T10:00", "--wrap=true"]),
    SCase("mail", ["-H", "--mail-type=END,FAIL", "--mail-user=u@example.org", "--wrap=true"]),
    SCase(
        "open-mode",
        ["-H", "--open-mode=append", "-o", "out/%x-%j.log", "-e", "err-%j", "--wrap=true"],
    ),
    SCase("input", ["-H", "-i", "in.txt", "--wrap=true"]),
    SCase("chdir", ["-H", "-D", "{dir}/sub", "--wrap=true"], files={"sub/.keep": b""}),
    SCase("comment", ["-H", "--comment=hello world", "--wrap=true"]),
    SCase("signal", ["-H", "--signal=USR1@60", "--wrap=true"]),
    SCase("signal-b", ["-H", "--signal=B:TERM", "--wrap=true"], skip=B2205),
    SCase("priority", ["-H", "--priority=10", "--wrap=true"]),
    SCase("nice", ["-H", "--nice=100", "--wrap=true"]),
    SCase("requeue", ["-H", "--requeue", "--wrap=true"]),
    SCase("qos-normal", ["-H", "-q", "normal", "--wrap=true"]),
    SCase("reservation-bad", ["-H", "--reservation=nosuch", "--wrap=true"]),
    SCase("partition-bad", ["-H", "-p", "nosuch", "--wrap=true"]),
    SCase("gres-bad", ["-H", "--gres=gpu:1", "--wrap=true"]),
    SCase("gpus-bad", ["-H", "--gpus=1", "--wrap=true"]),
    SCase("license-bad", ["-H", "-L", "nosuchlic:1", "--wrap=true"]),
    SCase("constraint-bad", ["-H", "-C", "nosuchfeature", "--wrap=true"]),
    SCase("account-bad", ["-H", "-A", "nosuchaccount", "--wrap=true"]),
    SCase("parsable", ["-H", "--parsable", "--wrap=true"]),
    SCase("quiet", ["-H", "-Q", "--wrap=true"]),
    SCase("clusters", ["-H", "-M", "{cluster}", "--wrap=true"], note="' on cluster X'"),
    SCase("clusters-unknown", ["-H", "-M", "nosuch", "--wrap=true"]),
    SCase("clusters-parsable", ["-H", "--parsable", "--clusters={cluster}", "--wrap=true"]),
    # -- errors (compared on stderr and exit code) -----
    SCase("no-shebang", ["-H", "job.sh"], script=b"echo hi\n"),
    SCase("empty-script", ["-H", "job.sh"], script=b""),
    SCase("whitespace-script", ["-H", "job.sh"], script=b"  \n\n"),
    SCase("dos-script", ["-H", "job.sh"], script=b"#!/bin/sh\r\ntrue\r\n"),
    SCase("missing-script", ["-H", "nosuch.sh"]),
    SCase("unknown-long", ["--bogus", "--wrap=true"]),
    SCase("unknown-short", ["-z", "--wrap=true"]),
    SCase("ambiguous", ["--ex", "--wrap=true"]),
    SCase("missing-arg", ["--wrap=true", "--job"]),
    SCase("no-arg-allowed", ["--parsable=yes", "--wrap=true"]),
    SCase("directive-unknown", ["-H", "job.sh"], script=SH + b"#SBATCH --bogus\ntrue\n"),
    SCase("directive-invalid", ["-H", "job.sh"], script=SH + b"#SBATCH foo\ntrue\n"),
    SCase("directive-unmatched", ["-H", "job.sh"], script=SH + b"#SBATCH -J 'a b\ntrue\n"),
    SCase("bad-mem", ["--mem=bad", "--wrap=true"]),
    SCase("bad-cpus", ["-c", "0", "--wrap=true"]),
    SCase("bad-time", ["-t", "1h", "--wrap=true"]),
    SCase("bad-begin", ["--begin=someday", "--wrap=true"]),
    SCase("bad-signal", ["--signal=NOPE", "--wrap=true"]),
    SCase("bad-mail", ["--mail-type=never", "--wrap=true"]),
    SCase("bad-nodes", ["-N", "3-1", "--wrap=true"]),
    SCase("wrap-args", ["--wrap=true", "extra"]),
    SCase("mem-exclusive", ["--mem=1", "--mem-per-cpu=1", "--wrap=true"]),
    SCase("quiet-verbose", ["-Q", "-v", "--wrap=true"]),
    SCase("value-then-unknown", ["--time=x", "--bogus"]),
    SCase("exit-error-env", ["nosuch.sh"], env={"SLURM_EXIT_ERROR": "7"}),
    SCase("version", ["--version"]),
]


# -- normalising -----
_TIMES = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def _scrub_job(text: str, job_id: str, release: str) -> str:
    text = replace_job_id(_TIMES.sub("<time>", text), job_id, "<id>")
    text = re.sub(r"AllocNode:Sid=\S+", "AllocNode:Sid=<alloc>", text)
    text = re.sub(r"Scheduler=\S+", "Scheduler=<sched>", text)
    text = re.sub(r"SubmitLine=.*", "SubmitLine=<submit_line>", text)
    if release == "22.05":
        text = re.sub(r"Command=.*", "Command=<command_2205>", text)
    return text


def _scrub(result: Result, names: tuple[str, ...]) -> Result:
    out = re.sub(r"\b\d{1,9}\b", "<id>", result.stdout)
    err = re.sub(r"\b\d{1,9}\b", "<id>", result.stderr)
    return Result(out, err, result.rc)


def _job_ids(result: Result) -> list[str]:
    return re.findall(r"(?:^|\s)(\d+)(?:;|\s|$)", result.stdout) if result.rc == 0 else []


# -- fixtures -----
_NODES: dict[str, str] = {}


def node_of(c: Cluster) -> str:
    if c.release not in _NODES:
        got = c.real(["sinfo", "-h", "-o", "%N"])
        _NODES[c.release] = got.stdout.decode().split()[0]
    return _NODES[c.release]


@pytest.fixture(scope="module")
def warm(cluster: Cluster) -> Cluster:
    """Negotiate once, so the proxy parses options with the server's release table."""
    run_proxy(cluster, "sbatch", ["--version"])
    return cluster


@pytest.fixture
def casedir(warm: Cluster, request: pytest.FixtureRequest) -> Iterator[Path]:
    d = warm.jobpath("sbatch-" + request.node.callspec.id)
    yield d


def _fill(text: str, c: Cluster, d: Path) -> str:
    return text.replace("{dir}", str(d)).replace("{node}", node_of(c)).replace("{cluster}", c.name)


def _prepare(c: Cluster, case: SCase, d: Path) -> tuple[list[str], bytes, str]:
    files = dict(case.files)
    if case.script is not None:
        files["job.sh"] = case.script
    for name, content in files.items():
        path = d / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.parent.chmod(0o1777)
        path.write_bytes(content.replace(b"{dir}", str(d).encode()))
    (d / "out").mkdir(exist_ok=True)
    argv = [_fill(a, c, d) for a in case.argv]
    cwd = str(d / case.cwd) if case.cwd else str(d)
    return argv, case.stdin, cwd


def _real(
    c: Cluster, argv: list[str], stdin: bytes, cwd: str, env: dict[str, str], d: Path
) -> Result:
    """The real sbatch; stdin comes from a file (the test user cannot reopen a pipe that
    root created through /dev/stdin, which real users submitting from a shell can)."""
    if not stdin:
        return run_real(c, "sbatch", argv, cwd=cwd, env=env)
    (d / "stdin.in").write_bytes(stdin)
    proc = c.real(
        ["/bin/sh", "-c", 'exec sbatch "$@" < "$0"', str(d / "stdin.in"), *argv],
        cwd=cwd,
        env_extra=env or None,
    )
    return Result(
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        proc.returncode,
    )


def _show(c: Cluster, *job_ids: str) -> list[str]:
    return [
        _scrub_job(c.real(["scontrol", "show", "job", job_id]).stdout.decode(), job_id, c.release)
        for job_id in job_ids
    ]


def _cancel(c: Cluster, ids: list[str], casedir: Path, printed: bool) -> None:
    if not printed:  # "-Q" and failed submits print no id: find the case's jobs by work dir
        for line in c.real(["squeue", "-h", "-o", "%i %Z"]).stdout.decode().splitlines():
            job_id, _, workdir = line.partition(" ")
            if (workdir + "/").startswith(f"{casedir}/"):
                ids.append(job_id)
    if ids:
        c.real(["scancel", *ids])


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sbatch_same_as_real(warm: Cluster, casedir: Path, case: SCase) -> None:
    c = warm
    if c.release in case.skip:
        pytest.skip(case.skip[c.release])
    argv, stdin, cwd = _prepare(c, case, casedir)
    real = _real(c, argv, stdin, cwd, case.env, casedir)
    proxy = run_proxy(c, "sbatch", argv, stdin=stdin, cwd=cwd, env=case.env)
    real_ids, proxy_ids = _job_ids(real), _job_ids(proxy)
    try:
        assert _scrub(proxy, case.normalise) == _scrub(real, case.normalise), (
            f"{case.id} ({case.note}) on {c.release}\n=== proxy\n{proxy}\n=== real\n{real}"
        )
        if real_ids and proxy_ids:
            shown = _show(c, real_ids[0], proxy_ids[0])
            if shown[1] != shown[0]:  # a scheduler pass may touch one of them in between
                time.sleep(1)
                shown = _show(c, real_ids[0], proxy_ids[0])
            assert shown[1] == shown[0], (
                f"{case.id} on {c.release}: jobs differ\n=== proxy\n{shown[1]}\n"
                f"=== real\n{shown[0]}"
            )
    finally:
        _cancel(c, real_ids + proxy_ids, casedir, bool(real_ids and proxy_ids))


def test_case_count() -> None:
    assert len(CASES) >= 60


# -- --help, --usage: slurm-proxy's own texts -----
@pytest.mark.parametrize("argv", [["--help"], ["--usage"]], ids=["help", "usage"])
def test_help_and_usage(warm: Cluster, argv: list[str]) -> None:
    check_help(warm, "sbatch", argv)


# -- --wait: exit code of the job -----
@pytest.mark.parametrize(("command", "code"), [("exit 3", 3), ("true", 0)])
def test_wait(warm: Cluster, casedir: Path, command: str, code: int) -> None:
    got = run_proxy(warm, "sbatch", ["-W", "-t", "1", f"--wrap={command}"], cwd=str(casedir))
    assert got.rc == code, got
    assert got.stdout.startswith("Submitted batch job "), got
