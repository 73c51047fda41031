"""A fixed set of jobs on a live cluster for the squeue and scancel differential tests.

Submitted with the *real* sbatch as slurmtest, all named ``sq<RUN>-<key>``:

    run     running ``sleep``, nice 50, comment, 50M, 30 min limit
    held    pending (JobHeldUser), never runs
    dep     pending on ``held`` (Dependency)
    array   ``--array=0-3%1``: one task running, the rest pending (JobArrayTaskLimit)
    hetheld a held heterogeneous job (two components), 22.05+
    ok      completed (exit 0)
    fail    failed (exit 3)
    cancel  cancelled before it ever ran

Other tests share the clusters, so the squeue cases mostly restrict themselves to these
jobs (``--name``/``-j``); the unfiltered ones compare against the real command run
before and after the proxy.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import NamedTuple

from tests.support.clusters import Cluster

RUN = uuid.uuid4().hex[:5]

SCRIPTS: dict[str, tuple[list[str], str]] = {
    "run": (["--time=30", "--nice=50", "--mem=50M", "--comment=squeue diff"], "sleep 1800\n"),
    "held": (["--hold", "--time=10"], "true\n"),
    "array": (["--array=0-3%1", "--time=30"], "sleep 1800\n"),
    "ok": ([], "true\n"),
    "fail": ([], "exit 3\n"),
    "cancel": (["--hold"], "true\n"),
}


class Jobs(NamedTuple):
    cluster: Cluster
    ids: dict[str, str]
    names: dict[str, str]
    dir: Path

    @property
    def all_names(self) -> str:
        return ",".join(self.names.values())

    @property
    def all_ids(self) -> str:
        return ",".join(self.ids.values())


def name(key: str, run: str = RUN) -> str:
    return f"sq{run}-{key}"


def sbatch(c: Cluster, d: Path, key: str, opts: list[str], body: str, run: str = RUN) -> str:
    script = d / f"{key}.sh"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(0o755)
    r = c.real(
        [
            "sbatch",
            "--parsable",
            "-J",
            name(key, run),
            "-o",
            str(d / f"{key}-%j.out"),
            *opts,
            str(script),
        ],
        cwd=str(d),
    )
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode().strip().split(";")[0]


def squeue_states(c: Cluster, ids: str) -> dict[str, str]:
    r = c.real(["squeue", "-h", "-t", "all", "-r", "-j", ids, "-o", "%i %T %r"])
    out = {}
    for line in r.stdout.decode().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0]] = " ".join(parts[1:])
    return out


def submit(c: Cluster, test: str = "squeue-diff", run: str = RUN) -> Jobs:
    d = c.jobpath(f"{test}-{run}")
    ids: dict[str, str] = {}
    for key, (opts, body) in SCRIPTS.items():
        ids[key] = sbatch(c, d, key, opts, body, run)
    ids["dep"] = sbatch(c, d, "dep", [f"--dependency=afterok:{ids['held']}"], "true\n", run)
    r = c.real(
        [
            "sbatch",
            "--parsable",
            "-J",
            name("hetheld", run),
            "--hold",
            "-o",
            str(d / "het-%j.out"),
            "-n1",
            ":",
            "-n1",
            str(d / "ok.sh"),
        ],
        cwd=str(d),
    )
    if r.returncode == 0:
        ids["hetheld"] = r.stdout.decode().strip().split(";")[0]
    c.real(["scancel", ids["cancel"]])
    names = {k: name(k, run) for k in ids}
    return Jobs(c, ids, names, d)


def wait_settled(jobs: Jobs, timeout: float = 180) -> None:
    """Until ok/fail have ended, the sleeper and one array task run."""
    c = jobs.cluster
    deadline = time.time() + timeout
    want_done = {
        jobs.ids["ok"]: "COMPLETED",
        jobs.ids["fail"]: "FAILED",
        jobs.ids["cancel"]: "CANCELLED",
    }
    while time.time() < deadline:
        st = squeue_states(c, jobs.all_ids)
        done = all(st.get(i, "").startswith(s) for i, s in want_done.items())
        running = st.get(jobs.ids["run"], "").startswith("RUNNING")
        arr = [v for k, v in st.items() if k.startswith(jobs.ids["array"] + "_")]
        if done and running and any(v.startswith("RUNNING") for v in arr):
            time.sleep(1)
            return
        time.sleep(1)
    raise AssertionError(f"jobs did not settle on {c.release}: {squeue_states(c, jobs.all_ids)}")


def cleanup(jobs: Jobs) -> None:
    jobs.cluster.real(["scancel", *jobs.ids.values()])
