"""Differential harness: the same argv through the proxy and through the real command.

Both run against the same cluster at the same moment; tests keep the cluster state
still between the two calls (held or pending jobs, fixed names).  Only what must
differ is normalised, and every normaliser says what it hides.

    from tests.support.diff import Case, check
    check(cluster, Case("squeue", ["-j", "999999"]))

The proxy runs in-process through ``run(Invocation)`` (the same code path the console
script and the warm agent use), with the cluster's URL and token in its environment.
With ``SP_VIA_AGENT=1`` it runs instead as the installed command through the warm agent
(``SLURM_PROXY_AGENT=1``; one agent for the test run, started here, stopped at exit),
so that the differential tests check the warm path byte for byte too.
The real command runs as the test user with ``SLURM_JWT`` removed (see
``tests/support/clusters.py``).
"""

from __future__ import annotations

import atexit
import importlib
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from slurm_proxy.cli import Invocation, execute

Normaliser = Callable[[str], str]

# One cache directory per test run, so negotiation happens once per cluster.
_CACHE_DIR = tempfile.mkdtemp(prefix="slurm-proxy-test-cache-")


@dataclass(frozen=True)
class Result:
    stdout: str
    stderr: str
    rc: int

    def __str__(self) -> str:
        return f"rc={self.rc}\n--- stdout\n{self.stdout}--- stderr\n{self.stderr}"


@dataclass
class Case:
    prog: str
    argv: list[str]
    stdin: bytes = b""
    cwd: Optional[str] = None
    env: dict[str, str] = field(default_factory=dict)
    # names of normalisers from NORMALISERS, applied to both outputs
    normalise: Sequence[str] = ()
    # why the case exists (shown on failure and in the supported-options matrix)
    note: str = ""

    @property
    def id(self) -> str:
        return " ".join([self.prog, *self.argv])


def proxy_env(cluster: object, extra: Optional[dict[str, str]] = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLURM", "SBATCH_", "SQUEUE_", "SINFO_", "SACCT_"))
    }
    env.update(
        {
            "SLURMRESTD_URL": cluster.url,  # type: ignore[attr-defined]
            "SLURM_JWT": cluster.token,  # type: ignore[attr-defined]
            "SLURM_PROXY_CACHE_DIR": _CACHE_DIR,
            "SLURM_PROXY_CONFIG": os.devnull,
            "SLURM_PROXY_SYSTEM_CONFIG": os.devnull,
            # the test clusters run Debian's packages, whose commands call themselves
            # slurm-wlm in -V (tests/live/test_clusters.py checks that)
            "SLURM_PROXY_PACKAGE_NAME": "slurm-wlm",
        }
    )
    env.update(extra or {})
    return env


def run_proxy(
    cluster: object,
    prog: str,
    argv: Sequence[str],
    *,
    stdin: bytes = b"",
    cwd: Optional[str] = None,
    env: Optional[dict[str, str]] = None,
) -> Result:
    log = Path(getattr(cluster, "root", "/"), "var/log/slurm/slurmrestd.log")
    try:
        mark = log.stat().st_size
    except OSError:
        mark = 0
    result = _run_proxy_once(cluster, prog, argv, stdin=stdin, cwd=cwd, env=env)
    if "connection to slurmrestd at " in result.stderr and _server_dropped(log, mark):
        warnings.warn(
            f"slurmrestd logged 'connection invalid' during {prog} {' '.join(argv)}: "
            f"run again once ({result.stderr.strip()})",
            stacklevel=2,
        )
        result = _run_proxy_once(cluster, prog, argv, stdin=stdin, cwd=cwd, env=env)
    return result


def _server_dropped(log: Path, mark: int) -> bool:
    """Whether slurmrestd logged, after byte ``mark`` of its log, that it dropped a new
    connection without reading it.  Slurm 22.05 does that now and then (about once in
    20,000 requests here): "_handle_poll_event: [...] connection invalid", with no
    "operations_router" line for it, so the request never ran.  The proxy rightly fails
    then (it cannot know, and resends no POST or DELETE); a test re-runs the call once,
    only on that proof from the server's own log."""
    try:
        with log.open("rb") as f:
            f.seek(mark)
            return b"connection invalid" in f.read()
    except OSError:
        return False


def _run_proxy_once(
    cluster: object,
    prog: str,
    argv: Sequence[str],
    *,
    stdin: bytes,
    cwd: Optional[str],
    env: Optional[dict[str, str]],
) -> Result:
    if VIA_AGENT:
        return _run_via_agent(prog, argv, stdin, cwd or "/tmp", proxy_env(cluster, env))
    # console script name -> command package (slurm-proxy -> slurm_proxy.proxy)
    module = importlib.import_module(
        "slurm_proxy.proxy" if prog == "slurm-proxy" else f"slurm_proxy.{prog}"
    )
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(
        prog=prog,
        argv=list(argv),
        env=proxy_env(cluster, env),
        cwd=cwd or "/tmp",
        stdin=io.BytesIO(stdin),
        out=out,
        err=err,
    )
    rc = execute(module.run, inv)
    return Result(out.getvalue(), err.getvalue(), rc)


#: SP_VIA_AGENT=1: run_proxy goes through the installed command and the warm agent
VIA_AGENT = os.environ.get("SP_VIA_AGENT", "") == "1"
_AGENT: dict[str, object] = {}


def _agent_env(env: dict[str, str]) -> dict[str, str]:
    if "dir" not in _AGENT:
        _AGENT["dir"] = tempfile.mkdtemp(prefix="slurm-proxy-test-agent-")
    return {
        **env,
        "SLURM_PROXY_AGENT": "1",
        "SLURM_PROXY_AGENT_DIR": str(_AGENT["dir"]),
        "SLURM_PROXY_AGENT_IDLE": "3600",
    }


def _ensure_agent(env: dict[str, str]) -> None:
    """Start the run's agent (once), and wait until it listens: every call must be warm."""
    from slurm_proxy.agent import protocol

    path = protocol.socket_path(env)
    if os.path.exists(path):
        return
    agent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, sys; from slurm_proxy.agent.server import serve; "
            "sys.exit(serve(dict(os.environ)))",
        ],
        env={k: v for k, v in env.items() if k != "SLURM_JWT"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd="/",
    )
    atexit.register(agent.terminate)
    deadline = time.monotonic() + 30
    while not os.path.exists(path):
        assert agent.poll() is None and time.monotonic() < deadline, "the agent did not start"
        time.sleep(0.05)


def _run_via_agent(
    prog: str, argv: Sequence[str], stdin: bytes, cwd: str, env: dict[str, str]
) -> Result:
    env = _agent_env(env)
    _ensure_agent(env)
    command = os.path.join(os.path.dirname(sys.executable), prog)
    proc = subprocess.run(
        [command, *argv], input=stdin, cwd=cwd, env=env, capture_output=True, timeout=600
    )
    return Result(
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        proc.returncode,
    )


def run_real(
    cluster: object,
    prog: str,
    argv: Sequence[str],
    *,
    stdin: bytes = b"",
    cwd: Optional[str] = None,
    env: Optional[dict[str, str]] = None,
) -> Result:
    proc = cluster.real(
        [prog, *argv],
        stdin=stdin,
        cwd=cwd,  # type: ignore[attr-defined]
        env_extra=env or None,
    )
    return Result(
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
        proc.returncode,
    )


# -- normalisers: each hides one thing that legitimately differs ---------------------------
def _sub(pattern: str, repl: str, flags: int = 0) -> Normaliser:
    rx = re.compile(pattern, flags)
    return lambda text: rx.sub(repl, text)


NORMALISERS: dict[str, Normaliser] = {
    # elapsed times tick between the two calls
    "elapsed": _sub(r"\b(\d+-)?(\d+:)?\d+:\d\d\b", "<elapsed>"),
    # absolute timestamps (submit/start) may differ by a second between calls
    "timestamps": _sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", "<time>"),
    # job ids differ when each side submits its own job
    "job_ids": _sub(r"\b\d{1,9}\b", "<id>"),
    # trailing whitespace at line ends is invisible to every parser we know of
    "trailing_space": _sub(r"[ \t]+$", "", re.M),
}


_NUMBER = re.compile(r"(?<!\d)\d+(?!\d)")


def replace_job_id(text: str, job_id: str, placeholder: str) -> str:
    """``job_id`` replaced by ``placeholder`` wherever it stands as a job id.

    Each side of a differential test submits its own job, so its id is mapped back
    before comparing.  Ids are small on a new cluster and in the thousands after a full
    run, so the same digits also turn up as other things, which stay: a uid
    ``slurmtest(1001)``, a release ``24.11`` in a path, a size ``mem=2000M``, a date
    ``2026-11-26``, a time ``00:10:00``, any ``Key=2`` but a job id's, a cluster name ``ci24``.
    """

    def one(m: re.Match[str]) -> str:
        if m.group() != job_id:
            return m.group()
        head = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 3]
        if re.search(r"(?:[A-Za-z(.:]|\d-)$", head):
            return m.group()  # ci24, (1001), 24.11, 06:20, 2026-11
        key = re.search(r"([\w/]+)=$", head)
        if key and not key.group(1).lower().replace("_", "").endswith("jobid"):
            return m.group()  # cpu=2, NumCPUs=2, Nice=2; not JobId=2, SLURM_JOB_ID=2
        if re.match(r"[A-Za-z)]|[-:]\d|\.\d\d", after):
            return m.group()  # 2000M, (1001), 2026-11, 06:20, 24.11
        return placeholder

    return _NUMBER.sub(one, text)


def normalise(result: Result, names: Sequence[str]) -> Result:
    out, err = result.stdout, result.stderr
    for name in names:
        fn = NORMALISERS[name]
        out, err = fn(out), fn(err)
    return Result(out, err, result.rc)


def compare(cluster: object, case: Case) -> tuple[Result, Result]:
    """Run both sides; return (proxy, real), normalised."""
    real = run_real(cluster, case.prog, case.argv, stdin=case.stdin, cwd=case.cwd, env=case.env)
    proxy = run_proxy(cluster, case.prog, case.argv, stdin=case.stdin, cwd=case.cwd, env=case.env)
    return normalise(proxy, case.normalise), normalise(real, case.normalise)


def check(cluster: object, case: Case) -> None:
    proxy, real = compare(cluster, case)
    assert proxy == real, (
        f"{case.id} ({case.note}) on {cluster!r}\n=== proxy\n{proxy}\n=== real\n{real}"
    )
