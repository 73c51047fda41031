"""Fixtures for tests/clients: real workflow clients, unmodified, driven through the proxy.

The clients (submitit, dask-jobqueue, Snakemake, Pulsar, ...) come from the ``clients``
extra (``pip install -e '.[clients]'``; ``make install-clients``).  They run against the
live Slurm 22.05 cluster, whose jobs run on this host: submitted with a root token, the
jobs run as root and can use this venv's Python, as the clients' job scripts expect.

    need_client(name)   import a client module; skips when the extra is not installed
                        (fails under CI=true, like a missing cluster)
    cluster22           the live 22.05 cluster (tests.support.clusters.Cluster)
    client_bin          session: the directories PATH is made of (see ClientBin)
    slurm_env           function: os.environ set for the client (PATH, proxy settings,
                        call log) through monkeypatch; a SlurmEnv
    client_workdir      function: a fresh shared directory /srv/slurm-jobs/22.05/clients_<test>,
                        also the cwd; jobs left there are cancelled at teardown

PATH holds no real Slurm client command: the six commands resolve to logging wrappers
around the shims that ``slurm-proxy shims --dir`` writes, so every call the client makes
is recorded (``slurm_env.calls()``) and answered by the proxy.  The only real Slurm
program on PATH is ``srun``: it is run by the *job* on the compute node (submitit's batch
script calls it), never by the client, and sbatch exports the client's PATH to the job.
"""

from __future__ import annotations

import importlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

_HERE = Path(__file__).resolve().parent
_REPO = _HERE.parents[1]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from tests.live.conftest import get_cluster, in_ci  # noqa: E402
from tests.support.clusters import REAL_PATH, Cluster, clean_env  # noqa: E402

RELEASE = "22.05"

#: the commands slurm-proxy answers (slurm_proxy.proxy.shims.COMMANDS)
PROXIED = ("sbatch", "squeue", "scancel", "sinfo", "sacct", "scontrol")
#: every Slurm client program a Slurm install puts on PATH; none of them is on the
#: client's PATH except ``srun`` (see the module docstring)
SLURM_PROGRAMS = frozenset(
    PROXIED
    + (
        "salloc",
        "srun",
        "sattach",
        "sbcast",
        "sacctmgr",
        "sdiag",
        "sprio",
        "sreport",
        "sshare",
        "sstat",
        "strigger",
        "scrontab",
        "sview",
        "sh5util",
        "sgather",
        "scrun",
        "sackd",
    )
)
#: the variable naming the call log the wrappers append to (SP_*: harness-only)
CALLS_VAR = "SP_CLIENT_CALLS"


def need_client(name: str) -> ModuleType:
    """``import name``; skip locally when the clients extra is missing, fail under CI."""
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        reason = f"{name} is not installed ({exc}): pip install -e '.[clients]'"
        if in_ci():
            pytest.fail(f"client unavailable under CI=true: {reason}", pytrace=False)
        pytest.skip(reason)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.live)


@pytest.fixture(scope="session")
def cluster22() -> Cluster:
    return get_cluster(RELEASE)


@dataclass(frozen=True)
class ClientBin:
    calls: Path  # sbatch ... scontrol: log the call, then run the shim
    shims: Path  # written by `slurm-proxy shims --dir`
    tools: Path  # the system's programs, minus every Slurm program; python -> this venv
    node: Path  # srun: what the job runs on the compute node

    @property
    def path(self) -> str:
        return os.pathsep.join(str(d) for d in (self.calls, self.shims, self.tools, self.node))


_WRAPPER = """#!/bin/sh
# tests/clients: record this call in ${CALLS_VAR}, then run the slurm-proxy shim
{shim} "$@"
rc=$?
if [ -n "${CALLS_VAR}" ]; then
    line={name}
    for a in "$@"; do line="$line	$a"; done
    printf '%s	-> %s\\n' "$line" "$rc" >>"${CALLS_VAR}"
fi
exit $rc
"""


def _build_client_bin(root: Path) -> ClientBin:
    b = ClientBin(root / "calls", root / "shims", root / "tools", root / "node")
    for d in (b.calls, b.tools, b.node):
        d.mkdir(parents=True)
    tool = Path(sys.executable).with_name("slurm-proxy")
    r = subprocess.run(
        [str(tool), "shims", "--dir", str(b.shims)], capture_output=True, text=True, check=False
    )
    assert r.returncode == 0, f"slurm-proxy shims failed: {r.stderr}"
    for name in PROXIED:
        shim = b.shims / name
        assert shim.is_file(), f"slurm-proxy shims wrote no {shim}"
        w = b.calls / name
        text = _WRAPPER.replace("{CALLS_VAR}", CALLS_VAR)
        w.write_text(text.format(shim=shlex.quote(str(shim)), name=name))
        w.chmod(0o755)
    # python/python3 run this venv's interpreter (a symlink would lose the venv: Python
    # finds pyvenv.cfg next to the path it was started as)
    for name in ("python", "python3"):
        p = b.tools / name
        p.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} "$@"\n')
        p.chmod(0o755)
    for directory in REAL_PATH.split(os.pathsep):
        if not os.path.isdir(directory):
            continue
        for entry in sorted(os.listdir(directory)):
            src = os.path.join(directory, entry)
            dst = b.tools / entry
            if entry in SLURM_PROGRAMS or os.path.lexists(dst):
                continue
            if os.path.isfile(src) and os.access(src, os.X_OK):
                dst.symlink_to(src)
    srun = shutil.which("srun", path=REAL_PATH)
    assert srun, "the 22.05 cluster's srun is not on the host"
    (b.node / "srun").symlink_to(srun)
    return b


@pytest.fixture(scope="session")
def client_bin(tmp_path_factory: pytest.TempPathFactory) -> ClientBin:
    return _build_client_bin(tmp_path_factory.mktemp("client-bin"))


class Call(NamedTuple):
    argv: list[str]  # ["sacct", "-o", ...]
    rc: int


@dataclass
class SlurmEnv:
    bin: ClientBin
    log: Path
    cluster: Cluster

    def calls(self, command: str = "") -> list[Call]:
        """The Slurm commands the client ran so far (optionally only ``command``)."""
        out: list[Call] = []
        if self.log.exists():
            for line in self.log.read_text().splitlines():
                *argv, rc = line.split("\t")
                if not command or argv[0] == command:
                    out.append(Call(argv, int(rc.removeprefix("-> "))))
        return out


@pytest.fixture
def slurm_env(
    cluster22: Cluster,
    client_bin: ClientBin,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> SlurmEnv:
    """os.environ for a client that knows only the proxy: PATH without real Slurm,
    the proxy's settings (root token: the jobs run as root, see the module docstring)."""
    token = _root_token(cluster22)
    for name in list(os.environ):
        if name not in clean_env({name: ""}):
            monkeypatch.delenv(name)
    log = tmp_path / "slurm-calls.log"
    monkeypatch.setenv("PATH", client_bin.path)
    monkeypatch.setenv(CALLS_VAR, str(log))
    for key, value in cluster22.rest_env(token=token, user="root").items():
        monkeypatch.setenv(key, value)
    for name in SLURM_PROGRAMS:
        found = shutil.which(name)
        if name in PROXIED:
            assert found == str(client_bin.calls / name), f"{name} resolves to {found}"
        elif name == "srun":
            assert found == str(client_bin.node / name), f"{name} resolves to {found}"
        else:
            assert found is None, f"a real Slurm {name} is on PATH: {found}"
    return SlurmEnv(client_bin, log, cluster22)


_TOKENS: dict[str, tuple[str, float]] = {}


def _root_token(cluster: Cluster) -> str:
    token, expires = _TOKENS.get(cluster.release, ("", 0.0))
    if time.time() > expires - 600:
        token = cluster.mint_token("root", 3600)
        _TOKENS[cluster.release] = (token, time.time() + 3600)
    return token


@pytest.fixture
def client_workdir(
    cluster22: Cluster, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A fresh directory the jobs share with the client (cwd of the test); at teardown,
    every job still queued or running there is cancelled with the real scancel."""
    d = cluster22.jobpath(f"clients_{request.node.name}")
    monkeypatch.chdir(d)
    yield d
    cancel_jobs_under(cluster22, d)


def cancel_jobs_under(cluster: Cluster, directory: Path) -> list[str]:
    """Cancel (real scancel, as root) the active jobs whose work dir is under
    ``directory``; returns their ids.  Teardown only: the tests check through the proxy."""
    r = cluster.real(["squeue", "-h", "-a", "-o", "%A %Z"], user=None)
    ids = []
    for line in r.stdout.decode(errors="replace").splitlines():
        job, _, workdir = line.strip().partition(" ")
        if workdir == str(directory) or workdir.startswith(f"{directory}/"):
            ids.append(job)
    if ids:
        cluster.real(["scancel", *ids], user=None)
    return ids


def default_partition(cluster: Cluster) -> str:
    """The cluster's default partition, from the real ``sinfo`` (the name marked ``*``)."""
    r = cluster.real(["sinfo", "-h", "-o", "%P"], user=None)
    [part] = [p for p in r.stdout.decode().split() if p.endswith("*")]
    return part.rstrip("*")


def real_job(cluster: Cluster, job_id: str) -> dict[str, str]:
    """The job's record in slurmctld, from the real ``scontrol -o show job`` (as root):
    {"JobState": "COMPLETED", "TimeLimit": "00:05:00", ...}.  slurmctld keeps finished jobs
    for MinJobAge and knows them at once, while a short job's accounting record can lack
    its start data (time limit, memory) for a while on a busy slurmdbd."""
    r = cluster.real(["scontrol", "-o", "show", "job", job_id], user=None)
    assert r.returncode == 0, r.stderr
    return dict(re.findall(r"(?:^| )(\w+)=(\S*)", r.stdout.decode()))
