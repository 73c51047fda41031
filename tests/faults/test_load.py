"""Load: 50 squeue pollers and 20 sbatch loops at once against the live 24.11 cluster.

Zero failed commands, and every job id sbatch printed is in sacct exactly once.  Each
command is a real process of the installed console script, as a workflow engine runs
it.  CI runs it for ``SP_LOAD_SECONDS`` (default 15); ``make soak`` for 60 seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
SECONDS = float(os.environ.get("SP_LOAD_SECONDS", "15"))
POLLERS = int(os.environ.get("SP_LOAD_POLLERS", "50"))
SUBMITTERS = int(os.environ.get("SP_LOAD_SUBMITTERS", "20"))


def test_pollers_and_submitters_lose_nothing(upstream, tmp_path) -> None:
    if not (BIN / "squeue").exists():
        pytest.skip("console scripts not installed next to this interpreter")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM")}
    env.update(
        {
            "SLURMRESTD_URL": upstream.url,
            "SLURM_JWT": upstream.token,
            "SLURM_PROXY_CACHE_DIR": str(tmp_path),
            "SLURM_PROXY_CONFIG": os.devnull,
            "SLURM_PROXY_SYSTEM_CONFIG": os.devnull,
        }
    )
    name = f"load-{uuid.uuid4().hex[:8]}"
    workdir = str(upstream.jobpath(name))
    deadline = time.monotonic() + SECONDS
    failures: list[str] = []
    printed: list[str] = []
    counts: Counter[str] = Counter()
    lock = threading.Lock()

    def run(argv: list[str]) -> subprocess.CompletedProcess:
        proc = subprocess.run(
            [str(BIN / argv[0]), *argv[1:]], env=env, capture_output=True, timeout=120
        )
        with lock:
            counts[argv[0]] += 1
            if proc.returncode != 0:
                failures.append(f"{argv}: rc={proc.returncode} {proc.stderr.decode()[-300:]}")
        return proc

    def poller() -> None:
        while time.monotonic() < deadline:
            run(["squeue", "-h", "-o", "%i %t", "-n", name])

    def submitter() -> None:
        while time.monotonic() < deadline:
            proc = run(["sbatch", "--parsable", "-H", "-J", name, "-D", workdir, "--wrap", "true"])
            if proc.returncode == 0:
                with lock:
                    printed.append(proc.stdout.decode().strip())

    threads = [threading.Thread(target=poller) for _ in range(POLLERS)]
    threads += [threading.Thread(target=submitter) for _ in range(SUBMITTERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, f"{len(failures)} failed commands, first: {failures[0]}"
    assert counts["squeue"] >= POLLERS and counts["sbatch"] >= SUBMITTERS, counts
    # cancel the held jobs so that accounting has their final records, then count them
    subprocess.run([str(BIN / "scancel"), "-n", name], env=env, check=True)
    want = Counter(printed)
    assert all(n == 1 for n in want.values()), "sbatch printed an id twice"
    # by id: held jobs cancelled before they were eligible are outside any -S window
    # (the real sacct does the same)
    seen: Counter[str] = Counter()
    ids = sorted(want)
    for _ in range(60):
        seen = Counter()
        for i in range(0, len(ids), 100):
            proc = subprocess.run(
                [
                    str(BIN / "sacct"),
                    "-X",
                    "-n",
                    "-P",
                    "-o",
                    "JobIDRaw,JobName",
                    "-j",
                    ",".join(ids[i : i + 100]),
                ],
                env=env,
                capture_output=True,
                check=True,
            )
            seen.update(
                line.split("|")[0]
                for line in proc.stdout.decode().split()
                if line.endswith(f"|{name}")
            )
        if set(seen) >= set(want):
            break
        time.sleep(1)
    assert set(seen) == set(want), (
        f"printed but not in sacct: {set(want) - set(seen)}; "
        f"in sacct but never printed: {set(seen) - set(want)}"
    )
    assert all(n == 1 for n in seen.values()), f"duplicates in sacct: {seen.most_common(3)}"
