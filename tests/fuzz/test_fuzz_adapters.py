"""Fuzz the adapters (slurm_proxy/adapters/*) with mutated real records.

Seeds are the records of every recorded real response (jobs of each API version, the
/jobs/state entries, nodes, partitions, slurmdb jobs); each example mutates one record
(tests/fuzz/mutate.py) and feeds it, inside a response body with one unmutated
neighbour, to the adapter's per-record and per-response functions.  Property: no
exception other than :class:`SlurmError`.  Adapters that do not exist yet are skipped.
"""

from __future__ import annotations

import importlib
import os
from typing import Any, Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slurm_proxy.errors import SlurmError
from tests.fuzz import seeds
from tests.fuzz.conftest import EXAMPLES, FUZZ, FUZZ_EXTRA
from tests.fuzz.mutate import as_json, mutate, pick

if not seeds.available():
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        raise RuntimeError(f"recorded responses missing under CI=true: {seeds.RECORDED}")
    pytest.skip(f"no recorded responses at {seeds.RECORDED}", allow_module_level=True)


def _adapter(module: str, *names: str) -> tuple[Callable[..., Any], ...]:
    try:
        mod = importlib.import_module(f"slurm_proxy.adapters.{module}")
    except ImportError as exc:
        pytest.skip(f"slurm_proxy.adapters.{module} is not importable: {exc}")
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        pytest.skip(f"slurm_proxy.adapters.{module} has no {', '.join(missing)}")
    return tuple(getattr(mod, n) for n in names)


def _run(target: str, call: Callable[[], Any]) -> Any:
    EXAMPLES[target] += 1
    try:
        return call()
    except SlurmError:
        return None


@st.composite
def mutated_items(draw: st.DrawFn, kind: str) -> tuple[str, Any, dict[str, Any]]:
    """(API version, mutated record, body with the mutant and one intact neighbour)."""
    pool = seeds.items(kind)
    data = draw(st.data())
    item = pick(data, pool, "seed")
    mutant = as_json(mutate(data, item.record))
    neighbour = pick(data, pool, "neighbour").record
    records: list[Any] = [neighbour, mutant]
    if draw(st.booleans()):  # sometimes the list itself is damaged
        records = draw(
            st.sampled_from([[mutant], [mutant, None], [mutant, 3, "x"], [[mutant]], records])
        )
    body = seeds.body_for(kind, records, item.version)
    if draw(st.integers(0, 9)) == 0:  # rarely: the response's top level is damaged
        key = next(iter(body))
        body[key] = draw(st.sampled_from([None, {}, "", 0, {"0": mutant}, mutant]))
    return item.version, mutant, body


# The per-record functions are called with the mutant only when it is still a dict:
# a response's list element that is not an object is the response adapter's business.
@FUZZ
@given(case=mutated_items("jobs"))
def test_jobs(case: tuple[str, Any, dict[str, Any]]) -> None:
    from_json, jobs_from_response = _adapter("jobs", "from_json", "jobs_from_response")
    version, mutant, body = case
    if isinstance(mutant, dict):
        _run("adapters.jobs.from_json", lambda: from_json(version, mutant))
    _run("adapters.jobs.jobs_from_response", lambda: jobs_from_response(version, body))


@FUZZ_EXTRA
@given(case=mutated_items("states"))
def test_job_states(case: tuple[str, Any, dict[str, Any]]) -> None:
    from_state_json, states_from_response = _adapter(
        "jobs", "from_state_json", "states_from_response"
    )
    version, mutant, body = case
    if isinstance(mutant, dict):
        _run("adapters.jobs.from_state_json", lambda: from_state_json(version, mutant))
    _run("adapters.jobs.states_from_response", lambda: states_from_response(version, body))


@FUZZ
@given(case=mutated_items("nodes"))
def test_nodes(case: tuple[str, Any, dict[str, Any]]) -> None:
    node_from_json, nodes_from_response = _adapter("nodes", "node_from_json", "nodes_from_response")
    _, mutant, body = case
    if isinstance(mutant, dict):
        _run("adapters.nodes.node_from_json", lambda: node_from_json(mutant))
    _run("adapters.nodes.nodes_from_response", lambda: nodes_from_response(body))


@FUZZ
@given(case=mutated_items("partitions"))
def test_partitions(case: tuple[str, Any, dict[str, Any]]) -> None:
    partition_from_json, partitions_from_response = _adapter(
        "partitions", "partition_from_json", "partitions_from_response"
    )
    _, mutant, body = case
    if isinstance(mutant, dict):
        _run("adapters.partitions.partition_from_json", lambda: partition_from_json(mutant))
    _run("adapters.partitions.partitions_from_response", lambda: partitions_from_response(body))


@FUZZ
@given(case=mutated_items("acct"))
def test_acct(case: tuple[str, Any, dict[str, Any]]) -> None:
    job_from_json, jobs_from_slurmdb = _adapter("acct", "job_from_json", "jobs_from_slurmdb")
    _, mutant, body = case
    if isinstance(mutant, dict):
        _run("adapters.acct.job_from_json", lambda: job_from_json(mutant))
    _run("adapters.acct.jobs_from_slurmdb", lambda: jobs_from_slurmdb(body))


def test_seed_counts() -> None:
    """The seeds cover every adapter and many API versions."""
    counts = {
        kind: len(seeds.items(kind)) for kind in ("jobs", "states", "nodes", "partitions", "acct")
    }
    assert all(n > 0 for n in counts.values()), counts
    versions = {i.version for i in seeds.items("jobs")}
    assert {"v0.0.38", "v0.0.40", "v0.0.42", "v0.0.44"} <= versions, versions
