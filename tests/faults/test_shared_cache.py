"""50 concurrent squeue pollers with the shared answer cache on: at most a tenth of the
slurmrestd requests they cost without it, and the same output.

The pollers are real processes of the installed command, all started at once, against
the live 24.11 slurmrestd behind the fault proxy (mode ``pass``), which counts the
requests it forwards.  Both runs are counted, so the ratio is measured, not assumed.
"""

from __future__ import annotations

import os
import subprocess
import uuid

from tests.faults.conftest import run_cmd
from tests.faults.test_transport_faults import _console

POLLERS = 50


def _poll_all(argv: list[str], env: dict[str, str]) -> list[subprocess.CompletedProcess]:
    procs = [
        subprocess.Popen(
            [*_console("squeue"), *argv],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(POLLERS)
    ]
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def test_fifty_pollers_cost_a_tenth_of_the_requests(fp, upstream, warm_cache, tmp_path):
    name = f"cache-{uuid.uuid4().hex[:8]}"
    sub = run_cmd(
        upstream.url,
        upstream.token,
        "sbatch",
        ["--parsable", "-H", "-J", name, "-D", str(upstream.jobpath(name)), "--wrap", "true"],
        cache=warm_cache,
    )
    assert sub.rc == 0, sub.result
    job = sub.stdout.strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM")}
    env.update(
        {
            "SLURMRESTD_URL": fp.url,
            "SLURM_JWT": upstream.token,
            "SLURM_PROXY_CACHE_DIR": warm_cache,  # negotiation already done: 1 call = 1 GET
            "SLURM_PROXY_CONFIG": os.devnull,
            "SLURM_PROXY_SYSTEM_CONFIG": os.devnull,
            "TZ": "UTC",
        }
    )
    argv = ["-j", job, "-o", "%i %t %j %u %P"]
    try:
        fp.set("pass")
        plain = _poll_all(argv, env)
        uncached = fp.count("GET", forwarded=True)
        fp.set("pass")
        # a TTL far above the time 50 cold starts take on a loaded 2-CPU machine: what is
        # measured is how many requests the pollers share, not how long an answer lives
        cached = _poll_all(argv, {**env, "SLURM_PROXY_RESPONSE_CACHE_TTL": "120"})
        with_cache = fp.count("GET", forwarded=True)
    finally:
        fp.set("pass")
        run_cmd(upstream.url, upstream.token, "scancel", [job], cache=warm_cache)
    for proc in plain + cached:
        assert proc.returncode == 0 and proc.stderr == b"", proc
    outputs = {proc.stdout for proc in plain + cached}
    assert len(outputs) == 1 and f"{job} PD {name}".encode() in outputs.pop()
    assert uncached >= POLLERS, uncached
    assert with_cache * 10 <= uncached, (with_cache, uncached)
