#!/usr/bin/env python3
"""make bench: what a proxy call costs, side by side with its floors and the real command.

Runs on the live clusters (``make cluster`` first) and writes ``benchmarks/results.md``
and ``benchmarks/results.png``.  Every figure is a median over repeated runs,
interleaved round-robin so that load on the machine hits every variant alike.

The proxy is measured from a regular (non-editable) install in its own virtualenv,
because an editable install adds an import hook to every interpreter start.
Sections (all by default):

* ``latency``: per-call wall time, cold (a new process that imports what it needs)
  and warm (through the agent), against ``python -c pass`` (the floor), the same
  interpreter importing httpx, attrs and click, a bare HTTP request with curl, and
  the real command on the same cluster;
* ``imports``: import cost of each command per API version (``python -X importtime``);
* ``throughput``: sequential ``sbatch`` calls, proxy against the real one;
* ``cache``: slurmrestd requests and wall time of 50 concurrent ``squeue`` pollers,
  without and with the shared answer cache (``response_cache_ttl``), counted by the
  fault proxy of tests/faults in ``pass`` mode;
* ``largequeue``: a queue of N separate held jobs (``--jobs``, default 10000) on
  ``--queue-release`` (default 26.05, the cluster the other tests use least), squeue
  against slurmrestd alone and the real squeue, then sacct over the same jobs once
  cancelled (benchmarks/largequeue.py).

``--keep`` keeps the previous figures (results.json) of the sections not run now.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.clusters import Cluster  # noqa: E402

OUT = ROOT / "benchmarks"
VENV = ROOT / ".cache" / "bench-venv"
COMMANDS = ("sbatch", "squeue", "scancel", "sinfo", "sacct", "scontrol")


def have(command: str) -> bool:
    package = "proxy" if command == "slurm-proxy" else command
    return (ROOT / "slurm_proxy" / package / "__init__.py").exists()


# -- environment --------------------------------------------------------------------------
def bench_venv() -> Path:
    """A plain `pip install .` of the working tree (rebuilt every run: it is what we test)."""
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "httpx", "attrs", "click"], check=True
        )
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(ROOT)],
        check=True,
        cwd="/tmp",
    )
    return VENV / "bin"


def timed(argv: list[str], env: dict[str, str], stdin: bytes = b"") -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        argv, env=env, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = (time.perf_counter() - start) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"{argv} failed ({proc.returncode}): {proc.stderr.decode()[-300:]}")
    return elapsed


def medians(variants: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """Round-robin over the variants, `runs` times; median ms of each."""
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for fn in variants.values():  # one warm-up each (page cache, .pyc)
        fn()
    for _ in range(runs):
        for name, fn in variants.items():
            samples[name].append(fn())
    return {name: statistics.median(xs) for name, xs in samples.items()}


def proxy_env(cluster: Cluster, cache: str, agent: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM", "SQUEUE"))}
    env.update(
        {
            "SLURMRESTD_URL": cluster.url,
            "SLURM_JWT": cluster.token,
            "SLURM_PROXY_CACHE_DIR": cache,
            "SLURM_PROXY_CONFIG": os.devnull,
            "SLURM_PROXY_SYSTEM_CONFIG": os.devnull,
            "SLURM_PROXY_AGENT_DIR": os.path.join(cache, "agent"),
        }
    )
    if agent:
        env["SLURM_PROXY_AGENT"] = "1"
    return env


def real_argv(cluster: Cluster, argv: list[str]) -> list[str]:
    """The real command as the test user, the way Cluster.real runs it."""
    return [
        sys.executable,
        "-c",
        "import sys; from tests.support.clusters import Cluster; "
        "c = Cluster.load(sys.argv[1]); p = c.real(sys.argv[2:]); sys.exit(p.returncode)",
        cluster.env_file,
        *argv,
    ]


# -- sections -----------------------------------------------------------------------------
def held_job(bindir: Path, env: dict[str, str]) -> str:
    out = subprocess.run(
        [str(bindir / "sbatch"), "--parsable", "-H", "-J", "bench-held", "--wrap", "true"],
        env=env,
        capture_output=True,
        check=True,
    )
    return out.stdout.decode().strip()


def latency(cluster: Cluster, bindir: Path, runs: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as cache:
        cold_env = proxy_env(cluster, cache, agent=False)
        warm_env = proxy_env(cluster, cache, agent=True)
        py = str(bindir / "python")
        subprocess.run(
            [str(bindir / "slurm-proxy"), "ping"], env=warm_env, capture_output=True
        )  # negotiates, and starts the agent
        time.sleep(2)
        job = held_job(bindir, cold_env) if have("sbatch") else None
        api = json.loads(Path(cache, "api-versions.json").read_text())[cluster.url]["api"]
        hdr = Path(cache, "headers")
        hdr.write_text(f"X-SLURM-USER-NAME: {cluster.user}\nX-SLURM-USER-TOKEN: {cluster.token}\n")
        hdr.chmod(0o600)
        floors = {
            "python -c pass": lambda: timed([py, "-c", "pass"], cold_env),
            "import httpx, attrs, click": lambda: timed(
                [py, "-c", "import httpx, attrs, click"], cold_env
            ),
        }
        cases: list[tuple[str, list[str], str]] = [
            ("slurm-proxy ping", ["slurm-proxy", "ping"], f"/slurm/{api}/ping/")
        ]
        if job:
            cases += [
                ("squeue -j ID", ["squeue", "-j", job], f"/slurm/{api}/job/{job}"),
                (
                    "squeue -h -o '%i %t'",
                    ["squeue", "-h", "-o", "%i %t"],
                    # what the proxy asks by default (/jobs/state only with squeue_fast_states)
                    f"/slurm/{api}/jobs/",
                ),
                (
                    "sacct -j ID -P -n",
                    ["sacct", "-j", job, "-P", "-n"],
                    f"/slurmdb/{api}/job/{job}",
                ),
                (
                    "sbatch --parsable --wrap true",
                    ["sbatch", "--parsable", "-H", "-J", "bench-lat", "--wrap", "true"],
                    "",
                ),
            ]
        base = medians(floors, runs)
        for label, argv, path in cases:
            if not have(argv[0]):
                continue
            variants = {
                "cold": lambda a=argv: timed([str(bindir / a[0]), *a[1:]], cold_env),
                "warm": lambda a=argv: timed([str(bindir / a[0]), *a[1:]], warm_env),
            }
            if path:
                variants["curl"] = lambda p=path: timed(
                    ["curl", "-s", "-o", "/dev/null", "-H", f"@{hdr}", cluster.url + p], cold_env
                )
            if argv[0] != "slurm-proxy":
                variants["real"] = lambda a=argv: timed(real_argv(cluster, a), cold_env)
            got = medians(variants, runs)
            rows.append({"call": label, **base, **got})
        if job:
            subprocess.run([str(bindir / "scancel"), job], env=cold_env, capture_output=True)
        # the held jobs the sbatch row submitted (proxy and real), or the queue grows by
        # dozens of jobs each run and slows every later squeue row
        subprocess.run(
            [str(bindir / "scancel"), "-n", "bench-lat"], env=cold_env, capture_output=True
        )
    return rows


def imports(bindir: Path, versions: list[str]) -> list[dict[str, object]]:
    """Cumulative import time (ms) of everything a command imports beyond the interpreter's
    own start-up, measured in-process with -X importtime, per API version."""
    py = str(bindir / "python")
    rows = []
    for command in [c for c in ("proxy", *COMMANDS) if have(c)]:
        row: dict[str, object] = {"command": command}
        for version in versions:
            code = (
                f"import slurm_proxy.{command}, importlib; "
                f"from slurm_proxy import negotiate; p = negotiate.package_name('{version}'); "
                "import slurm_proxy.http, slurm_proxy.session; "
                "[importlib.import_module(p + '.api.slurm.' + m) for m in "
                "('get_slurm_jobs', 'post_slurm_job_submit') "
                "if importlib.util.find_spec(p + '.api.slurm.' + m)]"
            )
            xs = []
            for _ in range(5):
                err = subprocess.run(
                    [py, "-X", "importtime", "-c", code], capture_output=True, text=True
                ).stderr
                total = 0
                for line in err.splitlines():
                    m = re.match(r"import time:\s+\d+ \|\s+(\d+) \| (\S.*)$", line)
                    if (
                        m
                        and not m.group(2).startswith(" ")
                        and m.group(2) not in ("site", "encodings", "_frozen_importlib_external")
                    ):
                        total += int(m.group(1))
                xs.append(total / 1000)
            row[version] = statistics.median(xs)
        rows.append(row)
    return rows


def throughput(cluster: Cluster, bindir: Path, count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as cache:
        env = proxy_env(cluster, cache, agent=False)
        warm = proxy_env(cluster, cache, agent=True)
        results = {}
        for label, argv, e in (
            ("proxy cold", [str(bindir / "sbatch")], env),
            ("proxy warm", [str(bindir / "sbatch")], warm),
            ("real", real_argv(cluster, ["sbatch"]), env),
        ):
            ids = []
            start = time.perf_counter()
            for _ in range(count):
                out = subprocess.run(
                    [*argv, "--parsable", "-H", "-J", "bench-tput", "--wrap", "true"],
                    env=e,
                    capture_output=True,
                    check=True,
                )
                ids.append(out.stdout.decode().strip().split(";")[0])
            results[label] = (time.perf_counter() - start) / count * 1000
            subprocess.run([str(bindir / "scancel"), *ids], env=env, capture_output=True)
        return results


def shared_cache(cluster: Cluster, bindir: Path, pollers: int = 50) -> list[dict[str, object]]:
    """`pollers` squeue processes started at once, without and with the shared cache."""
    from tests.faults.faultproxy import FaultProxy

    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as cache, FaultProxy(cluster.url, lifetime=900) as fp:
        env = proxy_env(cluster, cache, agent=False)
        env["SLURMRESTD_URL"] = fp.url
        job = held_job(bindir, env)
        subprocess.run([str(bindir / "squeue"), "-j", job], env=env, capture_output=True)
        for label, ttl in (("no cache", "0"), ("response_cache_ttl = 5", "5")):
            fp.set("pass")
            started = time.perf_counter()
            procs = [
                subprocess.Popen(
                    [str(bindir / "squeue"), "-j", job],
                    env={**env, "SLURM_PROXY_RESPONSE_CACHE_TTL": ttl},
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
                for _ in range(pollers)
            ]
            outputs = {p.communicate()[0] for p in procs}
            rows.append(
                {
                    "variant": label,
                    "pollers": pollers,
                    "requests": fp.count("GET", forwarded=True),
                    "seconds": time.perf_counter() - started,
                    "distinct outputs": len(outputs),
                }
            )
        subprocess.run([str(bindir / "scancel"), job], env=env, capture_output=True)
    return rows


# -- report ---------------------------------------------------------------------------------
def machine() -> str:
    cpu = ""
    try:
        with open("/proc/cpuinfo") as fh:
            cpu = next(ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (
        f"{platform.node()}: {os.cpu_count()} CPUs ({cpu}), Python "
        f"{platform.python_version()}, {time.strftime('%Y-%m-%d')}"
    )


def write_report(results: dict[str, object], path: Path) -> None:
    lines = [
        "# slurm-proxy benchmark",
        "",
        f"Machine: {results['machine']}",
        "",
        f"Cluster: Slurm {results['release']} ({results['url']}), medians of "
        f"{results['runs']} runs, milliseconds.",
        "",
    ]
    rows = results.get("latency") or []
    if rows:
        cols = [
            c
            for c in (
                "python -c pass",
                "import httpx, attrs, click",
                "curl",
                "cold",
                "warm",
                "real",
            )
            if any(c in r for r in rows)
        ]
        lines += [
            "## Per-call latency",
            "",
            "| call | " + " | ".join(cols) + " |",
            "|---|" + "---|" * len(cols),
        ]
        for r in rows:
            lines.append(
                f"| `{r['call']}` | "
                + " | ".join(f"{r[c]:.1f}" if c in r else "–" for c in cols)
                + " |"
            )
        lines.append("")
    imp = results.get("imports") or []
    if imp:
        versions = [k for k in imp[0] if k != "command"]
        lines += [
            "## Import cost of each command (ms, `python -X importtime`, cumulative)",
            "",
            "| command | " + " | ".join(versions) + " |",
            "|---|" + "---|" * len(versions),
        ]
        for r in imp:
            lines.append(
                f"| {r['command']} | " + " | ".join(f"{r[v]:.1f}" for v in versions) + " |"
            )
        lines.append("")
    tput = results.get("throughput")
    if tput:
        lines += ["## Sequential sbatch (ms per submission)", "", "| variant | ms |", "|---|---|"]
        lines += [f"| {k} | {v:.1f} |" for k, v in tput.items()] + [""]
    shared = results.get("cache") or []
    if shared:
        lines += [
            "## Shared answer cache: concurrent squeue pollers",
            "",
            "| variant | pollers | slurmrestd requests | seconds (all) | distinct outputs |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['variant']} | {r['pollers']} | {r['requests']} | {r['seconds']:.1f} "
            f"| {r['distinct outputs']} |"
            for r in shared
        ] + [""]
    big = results.get("largequeue")
    if isinstance(big, dict):
        import largequeue

        lines += largequeue.report_lines(big)
    path.write_text("\n".join(lines))


def chart(results: dict[str, object], path: Path) -> None:
    rows = results.get("latency") or []
    big = results.get("largequeue")
    if not rows:
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cols = [
        c
        for c in ("python -c pass", "import httpx, attrs, click", "curl", "cold", "warm", "real")
        if any(c in r for r in rows)
    ]
    if isinstance(big, dict):
        import largequeue

        fig, (ax, ax_big) = plt.subplots(2, 1, figsize=(10, 9))
        largequeue.plot(ax_big, big)
    else:
        fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / len(cols)
    for i, col in enumerate(cols):
        ax.bar(
            [j + i * width for j in range(len(rows))],
            [float(r.get(col, 0)) for r in rows],
            width,
            label=col,
        )
    ax.set_xticks([j + width * (len(cols) - 1) / 2 for j in range(len(rows))])
    ax.set_xticklabels([str(r["call"]) for r in rows], rotation=12, fontsize=8)
    ax.set_ylabel("ms (median)")
    ax.set_title(f"slurm-proxy per-call latency, Slurm {results['release']}")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", default="24.11")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sections", default="latency,imports,throughput,largequeue,cache")
    parser.add_argument("--submits", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=10000)
    parser.add_argument("--queue-release", default="26.05")
    parser.add_argument("--queue-runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    env_file = Path(f"/var/lib/slurm-proxy-ci/{args.release}.env")
    if not env_file.exists():
        print(f"bench: no cluster {args.release}: run `make cluster` first", file=sys.stderr)
        return 1
    cluster = Cluster.load(env_file)
    bindir = bench_venv()
    sections = args.sections.split(",")
    results: dict[str, object] = {}
    if args.keep and (OUT / "results.json").exists():
        results = json.loads((OUT / "results.json").read_text())
    results.update(
        {
            "machine": machine(),
            "release": cluster.slurm_version,
            "url": cluster.url,
            "runs": args.runs,
        }
    )
    if "latency" in sections:
        results["latency"] = latency(cluster, bindir, args.runs)
    if "imports" in sections:
        from slurm_proxy import negotiate

        results["imports"] = imports(bindir, negotiate.supported_versions())
    if "throughput" in sections and have("sbatch"):
        results["throughput"] = throughput(cluster, bindir, args.submits)
    if "cache" in sections:
        results["cache"] = shared_cache(cluster, bindir)
    if "largequeue" in sections:
        import largequeue

        big = Cluster.load(f"/var/lib/slurm-proxy-ci/{args.queue_release}.env")
        with tempfile.TemporaryDirectory() as cache:
            results["largequeue"] = largequeue.run(
                big, bindir, proxy_env(big, cache, agent=False), args.jobs, args.queue_runs
            )
    (OUT / "results.json").write_text(json.dumps(results, indent=1) + "\n")
    write_report(results, OUT / "results.md")
    chart(results, OUT / "results.png")
    print((OUT / "results.md").read_text())
    return 0


if __name__ == "__main__":
    if shutil.which("curl") is None:
        sys.exit("bench: curl is required")
    sys.exit(main())
