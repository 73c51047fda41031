"""The node and partition adapters on every recorded nodes/node/partition(s) response."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slurm_proxy.adapters import nodes as N
from slurm_proxy.adapters import partitions as P
from slurm_proxy.adapters.noval import INFINITE, NO_VAL, NO_VAL16, NO_VAL64, number, text
from slurm_proxy.sinfo import nodestate
from tests.support.recorded import RECORDED  # noqa: E402


def _files(kind: str) -> list[Path]:
    if not RECORDED.is_dir():
        return []
    out = []
    for path in sorted(RECORDED.rglob("*.json")):
        name = path.name
        if "requests" in path.parts or "err" in name or "unfound" in name:
            continue
        if kind == "node" and ("node" in name and "partition" not in name):
            out.append(path)
        if kind == "partition" and "partition" in name and "submit" not in name:
            out.append(path)
    return out


NODE_FILES = _files("node")
PART_FILES = _files("partition")


def _id(path: Path) -> str:
    return str(path.relative_to(RECORDED))


def test_there_is_recorded_data() -> None:
    if not RECORDED.is_dir():
        pytest.skip("no recorded responses on this machine")
    assert len(NODE_FILES) >= 150 and len(PART_FILES) >= 30


@pytest.mark.parametrize("path", NODE_FILES, ids=_id)
def test_every_recorded_node_converts(path: Path) -> None:
    body = json.loads(path.read_text())
    raw = [n for n in body.get("nodes") or [] if n.get("name")]
    nodes = N.nodes_from_response(body)
    assert [n.name for n in nodes] == [r["name"] for r in raw]
    rel = (26, 5)
    for node, r in zip(nodes, raw):
        base = node.state & N.NODE_STATE_BASE
        assert base in range(N.NODE_STATE_END)
        state = r.get("state")
        if isinstance(state, list):
            assert nodestate.base_name(node.state) == state[0]
            assert set(nodestate.flag_names(node.state, rel)) <= set(state[1:]) | {
                "MAINTENANCE",
                "NOT_RESPONDING",
            }
        else:
            assert nodestate.base_name(node.state).lower() == state
        assert nodestate.compact_name(node.state, rel) != "?"
        assert node.cpus == r["cpus"] and node.real_memory == r["real_memory"]
        assert node.alloc_cpus == r.get("alloc_cpus", 0)
        assert node.sockets >= 1 and node.cores >= 1 and node.threads >= 1
        assert node.gres == text(r.get("gres"))
        assert node.partitions == list(r.get("partitions") or [])
        assert node.free_mem == NO_VAL64 or node.free_mem >= 0
        assert node.version == text(r.get("version", r.get("slurmd_version")))


@pytest.mark.parametrize("path", PART_FILES, ids=_id)
def test_every_recorded_partition_converts(path: Path) -> None:
    body = json.loads(path.read_text())
    raw = [p for p in body.get("partitions") or [] if p.get("name")]
    parts = P.partitions_from_response(body)
    assert [p.name for p in parts] == [r["name"] for r in raw]
    for part in parts:
        assert part.state_up in (
            P.PARTITION_UP,
            P.PARTITION_DOWN,
            P.PARTITION_DRAIN,
            P.PARTITION_INACTIVE,
        )
        assert part.total_nodes >= 0 and part.total_cpus >= 0
        assert part.max_time == INFINITE or part.max_time < NO_VAL
        assert part.nodes is not None
        assert part.over_time_limit <= NO_VAL16


def test_v38_partition_fields() -> None:
    body = json.loads((RECORDED / "live-22.05/partitions.json").read_text())
    (part,) = P.partitions_from_response(body)
    assert part.name == "debug" and part.is_default and part.flags_known
    assert part.max_time == INFINITE and part.default_time == NO_VAL
    assert part.max_nodes == INFINITE and part.max_cpus_per_node == INFINITE
    assert part.nodes == "vm" and part.tres_fmt_str == "cpu=8,mem=21695M,node=1,billing=8"
    assert part.preempt_mode == P.PREEMPT_MODE_OFF and not part.max_share_known


def test_nested_partition_fields() -> None:
    body = json.loads((RECORDED / "slurm-web/v0.0.44/25.11.0/slurm-partitions.json").read_text())
    normal, gpu = P.partitions_from_response(body)
    assert normal.max_time == 120 and normal.default_time == NO_VAL
    assert normal.def_mem_per_cpu == P.MEM_PER_CPU | 512
    assert not normal.flags_known and not normal.preempt_known
    assert normal.max_share == 1 and gpu.nodes == "gpu[1-2]"


def test_v45_partition_flags_and_display_strings() -> None:
    body = json.loads((RECORDED / "live-26.05/partitions-v0.0.45.json").read_text())
    (part,) = P.partitions_from_response(body)
    assert part.flags_known and part.is_default
    assert part.oversubscribe_str == "NO" and part.exclusive_str == "NO"
    assert part.preempt_mode == NO_VAL16  # CLUSTER_GLOBAL


@pytest.mark.parametrize(
    "names,flags,want",
    [
        ("idle", [], N.NODE_STATE_IDLE),
        ("mixed", ["DRAIN"], N.NODE_STATE_MIXED | N.NODE_STATE_DRAIN),
        (
            ["IDLE", "DRAIN", "NOT_RESPONDING"],
            None,
            N.NODE_STATE_IDLE | N.NODE_STATE_DRAIN | N.NODE_STATE_NO_RESPOND,
        ),
        (
            ["DOWN", "MAINTENANCE", "REBOOT_CANCELED"],
            None,
            N.NODE_STATE_DOWN | N.NODE_STATE_MAINT | N.NODE_STATE_REBOOT_CANCEL,
        ),
        (["INVALID"], None, NO_VAL),
        ([], None, N.NODE_STATE_UNKNOWN),
    ],
)
def test_decode_state(names: object, flags: object, want: int) -> None:
    assert N.decode_state(names, flags) == want


@pytest.mark.parametrize(
    "value,bits,want",
    [
        (None, 32, NO_VAL),
        (-1, 32, INFINITE),
        (5, 32, 5),
        (4294967295, 32, INFINITE),
        ({"set": True, "infinite": False, "number": 7}, 32, 7),
        ({"set": False, "infinite": True, "number": 0}, 32, INFINITE),
        ({"set": False, "infinite": False, "number": 0}, 32, NO_VAL),
        ({"set": False, "infinite": False, "number": 0}, 16, NO_VAL16),
        ({"set": False, "infinite": False, "number": 0}, 64, NO_VAL64),
    ],
)
def test_noval_numbers(value: object, bits: int, want: int) -> None:
    assert number(value, bits) == want


def test_empty_strings_are_null() -> None:
    node = N.node_from_json(
        {
            "name": "n1",
            "state": ["IDLE"],
            "gres": "",
            "features": [],
            "reason": "",
            "owner": "",
            "gres_drained": "N/A",
        }
    )
    assert node.gres is None and node.features is None and node.reason is None
    assert node.owner is None and node.gres_drain == "N/A"
