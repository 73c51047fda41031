"""Differential tests: the proxy's sinfo against the real sinfo on every live cluster.

Each case runs the real sinfo (as the test user, munge) and the proxy (in-process,
``run(Invocation)``, pinned to each REST version the cluster serves) against the same
cluster; stdout, stderr and the exit code must be identical after the case's named
normalisers.

Other tests run jobs on the same clusters at the same time, so node states (idle,
mix, alloc), CPU counts (%C) and load figures can change between the two calls.  A
case therefore runs real, proxy, real (up to three rounds): the proxy must equal one
of the two real answers around it.  Nothing about the output is relaxed by that.

Normalisers (named per case):

- ``date``: the date line that ``-l`` / ``-i`` print first (the clock ticks).

Not compared, and why: ``-i/--iterate`` (the real one runs until killed; covered by
the unit tests with a fixed number of rounds), ``--json``/``--yaml`` (the proxy's
dump is built from the REST records, not the real data_parser output).  ``-M`` with
names that are configured profiles: tests/live/test_profiles_multi.py.

``--help`` and ``--usage`` are slurm-proxy's own words: checked by
tests/support/helpcheck.py (exit code, streams, and that the text names exactly the
options slurm-proxy supports, each one the real sinfo accepts), not byte for byte.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

import pytest

from tests.support.clusters import Cluster
from tests.support.diff import Result, run_proxy, run_real
from tests.support.helpcheck import check_help

from .conftest import ClusterAPI


def _sub(pattern: str, repl: str, flags: int = 0) -> Callable[[str], str]:
    rx = re.compile(pattern, flags)
    return lambda text: rx.sub(repl, text)


NORMALISERS: dict[str, Callable[[str], str]] = {
    # the first line of -l / -i: "Tue Jun 10 12:34:56 2025"
    "date": _sub(r"^\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$", "<date>", re.M),
}


class Case(NamedTuple):
    id: str
    argv: list[str]
    normalise: tuple[str, ...] = ()
    since: tuple[int, int] = (0, 0)  # first release the case applies to


ALL_FIELDS = (
    "%a %A %b %B %c %C %d %D %e %E %f %F %g %G %h %H %I %l %L %m %M %n %N %o %O "
    "%p %P %r %R %s %S %t %T %u %U %V %w %x %X %Y %Z %z"
)

CASES: list[Case] = [
    # --- the workflow clients' probes (notes/clients.md) ---
    Case("snakemake-partitions", ["-o", "%P"]),
    Case("toil-probe", ["-a", "-o", "%P %G %l %p %c %m"]),
    Case("arvados-features", ["--nodes=vm", "--format=%f", "--noheader"]),
    Case("nextflow-like-noheader", ["-h", "-o", "%P %a %l"]),
    # --- the standard views ---
    Case("default", []),
    Case("node-oriented", ["-N"]),
    Case("long", ["-l"], ("date",)),
    Case("node-long", ["-N", "-l"], ("date",)),
    Case("node-exact-long", ["-Nel"], ("date",)),
    Case("summarize", ["-s"]),
    Case("summarize-node", ["-s", "-N"]),
    Case("list-reasons", ["-R"]),
    Case("list-reasons-long", ["-R", "-l"], ("date",)),
    Case("exact", ["-e"]),
    Case("noheader", ["-h"]),
    Case("all", ["-a"]),
    Case("all-node-long", ["--all", "--Node", "--long"], ("date",)),
    Case("noconvert-long", ["--noconvert", "-N", "-l"], ("date",)),
    Case("responding", ["-r"]),
    Case("dead", ["-d"]),
    # --- filters ---
    Case("partition", ["-p", "debug"]),
    Case("partition-long-opt", ["--partition=debug", "-N"]),
    Case("partition-unknown", ["-p", "nosuch"]),
    Case("nodes", ["-n", "vm"]),
    Case("nodes-node", ["--nodes=vm", "-N", "-o", "%N %T %c"]),
    Case("nodes-unknown", ["-n", "nosuch"]),
    Case("states-idle", ["-t", "idle"]),
    Case("states-list", ["--states=idle,mix,alloc", "-N"]),
    Case("states-down", ["-t", "down"]),
    Case("states-bad", ["-t", "bogus"]),
    # --- formats ---
    Case("format-all-letters", ["-o", ALL_FIELDS]),
    Case("format-all", ["-o", "%all"]),
    Case("format-widths", ["-o", "%20P %5a %.10l %.6D %6t %N"]),
    Case("format-truncate", ["-o", "%.3P|%2N|%-8T|"]),
    Case("format-cpus", ["-o", "%P %C %A %F %z %X %Y %Z"]),
    Case("format-node-long", ["-N", "-o", "%N %n %o %O %e %m %d %w %f %b"]),
    Case("format-reason", ["-o", "%E|%H|%u|%U|%R"]),
    Case("format-literal", ["-o", "part=%P nodes=%D %%"]),
    Case("Format-basic", ["-O", "partition,nodes,statelong,nodelist"]),
    Case("Format-widths", ["-O", "partition:5,nodehost:10,cpusstate,memory:.8"]),
    Case("Format-suffix", ["--Format=partition:|,available:|,time:|"]),
    Case("Format-all", ["-O", "all"]),
    Case("Format-bad", ["-O", "nosuchfield"]),
    # --- sorting ---
    Case("sort-nodes", ["-S", "N", "-N"]),
    Case("sort-partition-desc", ["-S", "-P"]),
    Case("sort-multi", ["-S", "#P,-t"]),
    # --- information about sinfo itself ---
    Case("help", ["--help"]),
    Case("usage", ["--usage"]),
    Case("version", ["-V"]),
    Case("helpformat", ["--helpformat"]),
    Case("helpFormat", ["--helpFormat"]),
    Case("reservations", ["-T"]),
    # --- -M: the cluster's own name, all, unknown names (slurmdbd's answers) ---
    Case("cluster", ["-M", "{cluster}"]),
    Case("cluster-all", ["--clusters=all", "-h"]),
    Case("cluster-unknown", ["-M", "nosuch"]),
    Case("cluster-some-unknown", ["-M", "nosuch,{cluster},{cluster}", "-o", "%P %a"]),
    # --- errors ---
    Case("bad-option", ["--bogus"]),
    Case("bad-short-option", ["-k"]),
    Case("missing-argument", ["-o"]),
    Case("extra-argument", ["extra"]),
]


def _norm(result: Result, names: tuple[str, ...]) -> Result:
    out, err = result.stdout, result.stderr
    for name in names:
        out, err = NORMALISERS[name](out), NORMALISERS[name](err)
    return Result(out, err, result.rc)


def _release(cluster: Cluster) -> tuple[int, int]:
    major, minor = cluster.release.split(".")[:2]
    return int(major), int(minor)


def check(cluster: Cluster, api: str, argv: list[str], normalise: tuple[str, ...] = ()) -> None:
    env = {"SLURM_USER_NAME": cluster.user, "SLURM_PROXY_API_VERSION": api}
    last: tuple[Result, Result] = (Result("", "", 0), Result("", "", 0))
    for _ in range(3):
        before = _norm(run_real(cluster, "sinfo", argv), normalise)
        proxy = _norm(run_proxy(cluster, "sinfo", argv, env=env), normalise)
        if proxy == before:
            return
        after = _norm(run_real(cluster, "sinfo", argv), normalise)
        if proxy == after:
            return
        last = (proxy, after)
    proxy, real = last
    raise AssertionError(
        f"sinfo {' '.join(argv)} on {cluster.release} through {api}\n"
        f"=== proxy\n{proxy}\n=== real\n{real}"
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sinfo(cluster_api: ClusterAPI, case: Case) -> None:
    cluster = cluster_api.cluster
    if _release(cluster) < case.since:
        pytest.skip(f"{case.id}: not in Slurm {cluster.release}")
    if case.id in ("help", "usage"):  # slurm-proxy's own texts
        env = {"SLURM_USER_NAME": cluster.user, "SLURM_PROXY_API_VERSION": cluster_api.api}
        check_help(cluster, "sinfo", case.argv, env=env)
        return
    argv = [a.replace("{cluster}", cluster.name) for a in case.argv]
    check(cluster, cluster_api.api, argv, case.normalise)
