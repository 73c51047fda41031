"""``-M a,b`` over configured profiles: two profiles point to two live clusters (24.11 and
26.05), and each command's output must be what the real commands print for a
multi-cluster request.  No real command here reaches two of these clusters (each has
its own slurmdbd), so the expected output is composed from each cluster's real command
with ``-M`` of its own name, the way the real multi-cluster forms compose it:

- squeue and sinfo: one ``CLUSTER: name`` block per cluster, a blank line between
  (src/squeue/squeue.c and src/sinfo/sinfo.c: _multi_cluster());
- sacct: one table, the records of every cluster (its Cluster column tells them apart);
- scancel: every cluster is asked in turn (src/scancel/scancel.c: _multi_cluster());
- sbatch: one cluster, ``jobid;cluster`` with ``--parsable`` (slurm-proxy submits to the
  first cluster named; the real one picks the one where the job would start first);
- scontrol: one cluster at a time, several are fatal.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.support.clusters import Cluster
from tests.support.diff import Result, run_proxy, run_real

from .conftest import get_cluster


class Pair(NamedTuple):
    a: Cluster  # 24.11, profile named by its ClusterName (ci24)
    b: Cluster  # 26.05 (ci26)
    env: dict[str, str]  # the proxy's environment: the profile file, no URL or token
    name: str  # job name of this run's held jobs
    ids: dict[str, str]  # cluster name -> id of the held job there


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    a, b = get_cluster("24.11"), get_cluster("26.05")
    d = tmp_path_factory.mktemp("profiles")
    lines = []
    for c in (a, b):
        token = d / f"{c.name}.jwt"
        token.write_text(c.token + "\n")
        token.chmod(0o600)
        lines += [f"[profiles.{c.name}]", f'url = "{c.url}"', f'token_file = "{token}"']
    conf = d / "config.toml"
    conf.write_text("\n".join(lines) + "\n")
    conf.chmod(0o600)
    env = {"SLURM_PROXY_CONFIG": str(conf), "SLURMRESTD_URL": "", "SLURM_JWT": ""}
    name = f"mc{uuid.uuid4().hex[:6]}"
    ids: dict[str, str] = {}
    for c in (a, b):
        r = c.real(
            ["sbatch", "--parsable", "-H", f"--job-name={name}", "--wrap=true"],
            cwd=c.jobpath("profiles_multi"),
        )
        assert r.returncode == 0, r
        ids[c.name] = r.stdout.decode().split(";")[0].strip()
    try:
        yield Pair(a, b, env, name, ids)
    finally:
        for c in (a, b):
            c.real(["scancel", "--name", name])


def proxy(pair: Pair, prog: str, argv: list[str], cwd: str = "/tmp") -> Result:
    # the cluster argument only fills SLURMRESTD_URL/SLURM_JWT, which env blanks out
    return run_proxy(pair.a, prog, argv, env=pair.env, cwd=cwd)


def both(pair: Pair) -> str:
    return f"{pair.a.name},{pair.b.name}"


def test_squeue_blocks_per_cluster(pair: Pair) -> None:
    argv = ["-o", "%i %j %T", "--name", pair.name]
    real = [run_real(c, "squeue", ["-M", c.name, *argv]) for c in (pair.a, pair.b)]
    got = proxy(pair, "squeue", ["-M", both(pair), *argv])
    assert all(r.rc == 0 and r.stderr == "" for r in real), real
    assert got == Result(real[0].stdout + "\n" + real[1].stdout, "", 0), got
    for c in (pair.a, pair.b):
        assert f"{pair.ids[c.name]} {pair.name} PENDING" in got.stdout


def test_sinfo_blocks_per_cluster(pair: Pair) -> None:
    argv = ["-o", "%P %a %l %D"]  # columns that do not move while other tests run jobs
    real = [run_real(c, "sinfo", ["-M", c.name, *argv]) for c in (pair.a, pair.b)]
    got = proxy(pair, "sinfo", ["-M", both(pair), *argv])
    assert got == Result(real[0].stdout + "\n" + real[1].stdout, "", 0), got


def test_scontrol_one_cluster(pair: Pair) -> None:
    real = run_real(pair.b, "scontrol", ["-M", pair.b.name, "show", "partition"])
    assert proxy(pair, "scontrol", ["-M", pair.b.name, "show", "partition"]) == real
    got = proxy(pair, "scontrol", ["-M", both(pair), "show", "partition"])
    assert got == Result(
        "", "scontrol: fatal: Only one cluster can be used at a time with scontrol\n", 1
    )


def test_sbatch_first_cluster_and_scancel_each(pair: Pair) -> None:
    """sbatch -M b,a submits to b; scancel -M a,b --name cancels in both clusters."""
    b = pair.b
    cwd = str(b.jobpath("profiles_multi", fresh=False))
    argv = ["--parsable", "-H", f"--job-name={pair.name}", "--wrap=true"]
    got = proxy(pair, "sbatch", ["-M", f"{b.name},{pair.a.name}", *argv], cwd=cwd)
    real = run_real(b, "sbatch", ["-M", b.name, *argv], cwd=cwd)
    assert (got.rc, got.stderr, real.rc, real.stderr) == (0, "", 0, ""), (got, real)
    jobid, _, label = got.stdout.strip().partition(";")
    assert label == b.name and real.stdout.strip().split(";")[1] == b.name
    held = b.real(["squeue", "-h", "-j", jobid, "-o", "%j %T"])
    assert held.stdout.decode().split() == [pair.name, "PENDING"]

    cancel = proxy(pair, "scancel", ["-M", both(pair), "--name", pair.name])
    assert cancel == Result("", "", 0), cancel
    for c, ids in ((pair.a, [pair.ids[pair.a.name]]), (b, [pair.ids[b.name], jobid])):
        for i in ids:
            state = c.real(["squeue", "-h", "-t", "all", "-j", i, "-o", "%T"])
            assert state.stdout.decode().strip() == "CANCELLED", (c.name, i, state)


def test_unknown_name_among_profiles(pair: Pair, tmp_path: Path) -> None:
    """A name that is neither a profile nor the default server's cluster is reported
    and skipped, as slurmdbd does with an unknown name; the default server here is the
    24.11 cluster (top-level URL)."""
    env = dict(pair.env, SLURMRESTD_URL=pair.a.url, SLURM_JWT=pair.a.token)
    argv = ["-o", "%P %a %l %D"]
    real = run_real(pair.a, "sinfo", ["-M", f"nosuch,{pair.a.name}", *argv])
    got = run_proxy(pair.a, "sinfo", ["-M", f"nosuch,{pair.a.name}", *argv], env=env)
    assert got == real
    assert real.stderr == "sinfo: error: No cluster 'nosuch' known by database.\n"


def test_sacct_one_table(pair: Pair) -> None:
    """After the scancel test: a held job reaches slurmdbd only when it ends."""
    # -j: a job that never started is outside every time window
    ids = ",".join(sorted(set(pair.ids.values())))
    argv = ["-X", "-n", "-P", "-o", "jobid,cluster,jobname,state", "--name", pair.name, "-j", ids]
    real: list[Result] = []
    for c in (pair.a, pair.b):  # the record reaches slurmdbd a moment after the job ends
        for _ in range(20):
            r = run_real(c, "sacct", ["-M", c.name, *argv])
            if pair.ids[c.name] in r.stdout:
                break
            time.sleep(0.5)
        real.append(r)
    got = proxy(pair, "sacct", ["-M", both(pair), *argv])
    assert (got.rc, got.stderr) == (0, ""), got
    want = sorted(real[0].stdout.splitlines() + real[1].stdout.splitlines())
    assert sorted(got.stdout.splitlines()) == want
    assert {line.split("|")[1] for line in want} == {pair.a.name, pair.b.name}
