#!/usr/bin/env python3
"""Measure what importing the jobs-list and submit endpoint modules costs, per version package.

Usage: measure_imports.py [-n RUNS] [--python PYTHON] [--generated DIR]   (Markdown table)

For each generated/slurmrest_vXXXX, a fresh interpreter runs
    import slurmrest_vXXXX.api.slurm.get_slurm_jobs, slurmrest_vXXXX.api.slurm.post_slurm_job_submit
with .pyc files warm (one untimed run first), RUNS times; medians are reported:
- "modules": generated modules imported (package, api, models, the two endpoints, types, ...);
- "gen self ms": sum of `-X importtime` self times of those generated modules;
- "new ms": sum of self times of every module the statement imported that `python -c pass`
  does not (generated code + attrs + stdlib modules such as http, typing, ...);
- "wall ms": time.perf_counter() around the import statement in a separate run without
  -X importtime, with `attrs` already imported (so: the generated code's own cost);
- "wall+attrs ms": the same with nothing pre-imported.
`httpx` is not imported by these modules (only under TYPE_CHECKING); the runtime's own
`import httpx` (70-130 ms) comes on top and is not included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

GENERATED = Path(__file__).resolve().parents[2] / "generated"
ENDPOINTS = ("api.slurm.get_slurm_jobs", "api.slurm.post_slurm_job_submit")


def _env(generated: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(generated), PYTHONNOUSERSITE="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _importtime(python: str, generated: Path, code: str) -> dict[str, int]:
    proc = subprocess.run(
        [python, "-X", "importtime", "-c", code],
        env=_env(generated),
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, int] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line[len("import time:") :].split("|")
        times[name.strip()] = int(self_us)
    return times


def _wall(python: str, generated: Path, statement: str, preload: str) -> float:
    code = (
        f"{preload}\nimport time\nt = time.perf_counter()\n{statement}\n"
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run(
        [python, "-c", code], env=_env(generated), capture_output=True, text=True, check=True
    ).stdout
    return float(out) * 1000


def measure(
    python: str, generated: Path, pkg: str, runs: int
) -> tuple[int, float, float, float, float]:
    statement = "import " + ", ".join(f"{pkg}.{e}" for e in ENDPOINTS)
    baseline = set(_importtime(python, generated, "pass"))
    _importtime(python, generated, statement)  # warm the .pyc files
    counts, gen, new, wall, wall_attrs = [], [], [], [], []
    for _ in range(runs):
        times = _importtime(python, generated, statement)
        own = {k: v for k, v in times.items() if k.split(".")[0] == pkg}
        counts.append(len(own))
        gen.append(sum(own.values()) / 1000)
        new.append(sum(v for k, v in times.items() if k not in baseline) / 1000)
        wall.append(_wall(python, generated, statement, "import attrs"))
        wall_attrs.append(_wall(python, generated, statement, ""))
    med = statistics.median
    return int(med(counts)), med(gen), med(new), med(wall), med(wall_attrs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=7)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--generated", type=Path, default=GENERATED, help="default: generated/")
    args = parser.parse_args(argv)
    generated = args.generated.resolve()
    packages = sorted(p.name for p in generated.glob("slurmrest_v*") if p.is_dir())
    version = subprocess.run(
        [args.python, "-c", "import sys; print(sys.version.split()[0])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"Python {version}, median of {args.runs} fresh interpreters, warm .pyc\n")
    print("| package | modules | gen self ms | new ms | wall ms | wall+attrs ms |")
    print("|---|---|---|---|---|---|")
    for pkg in packages:
        n, gen, new, wall, wall_attrs = measure(args.python, generated, pkg, args.runs)
        print(f"| {pkg} | {n} | {gen:.1f} | {new:.1f} | {wall:.1f} | {wall_attrs:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
