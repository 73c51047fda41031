"""Differential tests: the proxy's scancel against the real scancel on every live cluster.

scancel changes the cluster, so each case gets two identical sets of fresh jobs,
submitted with the real sbatch as slurmtest: one for the real scancel, one for the
proxy.  The argv is a template (``{held}``, ``{name:held}``...) filled with each side's
own ids and names; each side's output is mapped back to the template names before the
comparison (normaliser ``own_ids``: the two sides cannot share job ids), and stdout,
stderr and the exit code must be identical.  Where the case says so, the states the
jobs end in must be identical too (read with the real squeue).

Shared, never cancelled: a finished job (``{done}``) and an id that never existed.

Not compared, and why: ``-i/--interactive`` (the real one prompts on the terminal; the
proxy refuses it), job steps (``123.0``; no step signalling in the REST API; refused),
and the job states after ``--signal`` without ``--batch``/``--full`` on 22.05 (its
slurmrestd always signals the full job).

``--help`` and ``--usage`` are slurm-proxy's own words: checked by
tests/support/helpcheck.py (exit code, streams, and that the text names exactly the
options slurm-proxy supports, each one the real scancel accepts), not byte for byte.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple, Optional

import pytest

from tests.support.clusters import RELEASES, Cluster
from tests.support.diff import Result, replace_job_id, run_proxy, run_real
from tests.support.helpcheck import check_help

from .conftest import get_cluster

RUN = uuid.uuid4().hex[:5]

KINDS: dict[str, tuple[list[str], str]] = {
    "held": (["--hold"], "true\n"),
    "held2": (["--hold"], "true\n"),
    "run": (["--time=10"], "sleep 600\n"),
    "arr": (["--hold", "--array=0-3"], "true\n"),
}


class Shared(NamedTuple):
    cluster: Cluster
    dir: Path
    done: str


class Side(NamedTuple):
    ids: dict[str, str]
    names: dict[str, str]


def _submit(c: Cluster, d: Path, name: str, opts: list[str], body: str, key: str) -> str:
    script = d / f"{key}.sh"
    if not script.exists():
        script.write_text("#!/bin/sh\n" + body)
        script.chmod(0o755)
    r = c.real(
        ["sbatch", "--parsable", "-J", name, "-o", "/dev/null", *opts, str(script)], cwd=str(d)
    )
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode().strip().split(";")[0]


def _states(c: Cluster, ids: list[str]) -> dict[str, str]:
    r = c.real(["squeue", "-h", "-t", "all", "-r", "-o", "%i %T", "-j", ",".join(ids)])
    out = {}
    for line in r.stdout.decode().splitlines():
        parts = line.split()
        if len(parts) == 2:
            out[parts[0]] = parts[1]
    return out


def _make_side(s: Shared, case: str, side: str, kinds: list[str]) -> Side:
    ids, names = {}, {}
    for key in kinds:
        opts, body = KINDS[key]
        name = f"sc{RUN}-{case}-{side}-{key}"[:60]
        names[key] = name
        ids[key] = _submit(s.cluster, s.dir, name, opts, body, key)
    return Side(ids, names)


def _wait_running(c: Cluster, ids: list[str], timeout: float = 90) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        st = _states(c, ids)
        if all(st.get(i) == "RUNNING" for i in ids):
            return
        time.sleep(0.5)
    raise AssertionError(f"jobs {ids} not running on {c.release}: {_states(c, ids)}")


_SHARED: dict[str, Shared] = {}


@pytest.fixture(scope="module", params=list(RELEASES))
def shared(request: pytest.FixtureRequest) -> Iterator[Shared]:
    release = request.param
    c = get_cluster(release)
    if release not in _SHARED:
        d = c.jobpath(f"scancel-diff-{RUN}")
        done = _submit(c, d, f"sc{RUN}-done", [], "true\n", "done")
        deadline = time.time() + 60
        while time.time() < deadline:
            if _states(c, [done]).get(done) == "COMPLETED":
                break
            time.sleep(0.5)
        _SHARED[release] = Shared(c, d, done)
    yield _SHARED[release]


def _fill(template: list[str], side: Side, shared: Shared) -> list[str]:
    out = []
    for word in template:
        word = word.replace("{done}", shared.done)
        for key, name in side.names.items():
            word = word.replace("{name:" + key + "}", name)
        for key, job_id in side.ids.items():
            word = word.replace("{" + key + "}", job_id)
        out.append(word)
    return out


def _own_ids(result: Result, side: Side) -> Result:
    """own_ids: each side's job ids and names back to their template keys."""

    def sub(text: str) -> str:
        for key, name in sorted(side.names.items(), key=lambda kv: -len(kv[1])):
            text = text.replace(name, "{name:" + key + "}")
        for key, job_id in sorted(side.ids.items(), key=lambda kv: -len(kv[1])):
            text = replace_job_id(text, job_id, "{" + key + "}")
        return text

    return Result(sub(result.stdout), sub(result.stderr), result.rc)


def _mapped_states(c: Cluster, side: Side) -> list[tuple[str, str]]:
    st = _states(c, list(side.ids.values()))
    return sorted((_own_ids(Result(k, "", 0), side).stdout, v) for k, v in st.items())


class Case(NamedTuple):
    id: str
    argv: list[str]
    kinds: list[str] = []
    running: list[str] = []
    compare_states: bool = True
    env: Optional[dict[str, str]] = None
    since: tuple[int, int] = (0, 0)


CASES: list[Case] = [
    # --- how the workflow clients cancel (notes/clients.md) ---
    Case("plain-pending", ["{held}"], ["held"]),
    Case("plain-running", ["{run}"], ["run"], running=["run"]),
    Case("plain-finished", ["{done}"]),
    Case("plain-unknown", ["999999"]),
    Case("plain-several", ["{held}", "{held2}", "999999", "{done}"], ["held", "held2"]),
    Case("plain-comma", ["{held},{held2}"], ["held", "held2"]),
    Case("options-after-ids", ["{held}", "--clusters=all"], ["held"], since=(23, 11)),
    Case("arvados-pending", ["--name={name:held}", "--state=pending"], ["held", "held2"]),
    Case(
        "arvados-running",
        ["--name={name:run}", "--batch", "--signal=TERM", "--state=running"],
        ["run"],
        running=["run"],
    ),
    Case(
        "arvados-suspended",
        ["--name={name:held}", "--batch", "--signal=TERM", "--state=suspended"],
        ["held"],
    ),
    Case("arvados-nomatch", ["--name=nosuchname", "--state=pending"]),
    Case(
        "submitit-term",
        ["{run}", "--signal", "SIGTERM"],
        ["run"],
        running=["run"],
        compare_states=False,
    ),
    Case(
        "submitit-usr2",
        ["{run}", "--signal", "USR2"],
        ["run"],
        running=["run"],
        compare_states=False,
    ),
    Case("signal-finished", ["--signal=TERM", "{done}"]),
    Case("signal-unknown", ["-s", "USR1", "999999"]),
    Case("batch-unknown", ["-b", "999999"]),
    Case("full-unknown", ["--full", "999999"]),
    Case("signal-several-unknown", ["-s", "TERM", "999998", "999999"]),
    Case("quiet-unknown", ["-Q", "-s", "TERM", "999999"]),
    Case("verbose-pending", ["-v", "{held}"], ["held"]),
    Case("verbose-nomatch", ["-v", "-n", "nosuchname", "-t", "running"]),
    Case("verbose-unknown", ["-v", "999999"]),
    Case("name-state-user", ["-u", "slurmtest", "-n", "{name:held}", "-t", "PD"], ["held"]),
    Case("me", ["--me", "-n", "{name:held}"], ["held"]),
    Case(
        "partition-account-qos",
        ["-p", "debug", "-A", "CI", "-q", "normal", "-n", "{name:held}"],
        ["held"],
    ),
    Case("nodelist", ["-w", "vm", "-n", "{name:run}"], ["run"], running=["run"]),
    Case("state-running-filter", ["-t", "R", "-n", "{name:held}"], ["held"]),
    Case("array-whole", ["{arr}"], ["arr"]),
    Case("array-task", ["{arr}_1"], ["arr"]),
    Case("array-range", ["{arr}_[1-2]"], ["arr"]),
    Case("array-star-signal", ["-s", "KILL", "{arr}_*"], ["arr"]),
    Case("array-task-filtered", ["-t", "PD", "{arr}_2"], ["arr"]),
    Case("hurry", ["-H", "{held}"], ["held"]),
    Case("ctld", ["--ctld", "{held}", "999999"], ["held"], since=(23, 11)),
    Case("clusters", ["-M", "{cluster}", "{held}"], ["held"]),
    # 22.05 and 23.x: -M still signals plain ids one by one (no job table loaded)
    Case("clusters-unknown-id", ["-M", "{cluster}", "999999"]),
    Case("clusters-twice", ["--clusters={cluster},{cluster}", "999999"]),
    Case("env-name", [], ["held"], env={"SCANCEL_NAME": "{name:held}"}),
    # --- usage and errors ---
    Case("no-args", []),
    Case("bad-id", ["abc"]),
    Case("bad-id-suffix", ["12x"]),
    Case("bad-state", ["-t", "bogus", "1"]),
    Case("bad-signal", ["-s", "BOGUS", "1"]),
    Case("bad-user", ["-u", "nosuchuser"]),
    Case("bad-option", ["--bogus"]),
    Case("missing-arg", ["-n"]),
    Case("usage", ["--usage"]),
    Case("help", ["--help"]),
]


def _plugin_banner(result: Result) -> Result:
    """plugin_banner: 22.05's -v prints its select plugins loading (``scancel:
    select/cons_tres: common_init: ...``) when it loads the job table; a property of the
    local Slurm build that the proxy does not have."""
    err = re.sub(r"(?m)^scancel: select/[^\n]*\n", "", result.stderr)
    return Result(result.stdout, err, result.rc)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_scancel(shared: Shared, case: Case) -> None:
    c = shared.cluster
    rel = tuple(int(x) for x in c.release.split("."))
    if rel < case.since:
        pytest.skip(f"{case.id}: not an option of Slurm {c.release}")
    if case.id in ("usage", "help"):  # slurm-proxy's own texts
        check_help(c, "scancel", case.argv)
        return
    real_side = _make_side(shared, case.id, "r", case.kinds)
    proxy_side = _make_side(shared, case.id, "p", case.kinds)
    try:
        if case.running:
            _wait_running(
                c,
                [real_side.ids[k] for k in case.running]
                + [proxy_side.ids[k] for k in case.running],
            )
        tmpl = [w.replace("{cluster}", c.name) for w in case.argv]
        env_r = {k: _fill([v], real_side, shared)[0] for k, v in (case.env or {}).items()}
        env_p = {k: _fill([v], proxy_side, shared)[0] for k, v in (case.env or {}).items()}
        real = _own_ids(
            run_real(c, "scancel", _fill(tmpl, real_side, shared), env=env_r), real_side
        )
        if c.release == "22.05":
            real = _plugin_banner(real)
        proxy = _own_ids(
            run_proxy(c, "scancel", _fill(tmpl, proxy_side, shared), env=env_p), proxy_side
        )
        assert proxy == real, (
            f"scancel {' '.join(tmpl)} ({case.id}) on {c.release}\n"
            f"=== proxy\n{proxy}\n=== real\n{real}"
        )
        if case.compare_states and case.kinds:
            time.sleep(1.5)
            want = _mapped_states(c, real_side)
            got = _mapped_states(c, proxy_side)
            assert got == want, f"{case.id} on {c.release}: states differ: {got} != {want}"
    finally:
        ids = list(real_side.ids.values()) + list(proxy_side.ids.values())
        if ids:
            c.real(["scancel", *ids])


def test_scancel_version(shared: Shared) -> None:
    c = shared.cluster
    real = run_real(c, "scancel", ["-V"])
    proxy = run_proxy(c, "scancel", ["-V"])
    assert proxy == real
