"""Slurm hostlist expressions (slurm_proxy.common.hostlist) against hostlist.c behaviour."""

from __future__ import annotations

import pytest

from slurm_proxy.common.hostlist import (
    Hostlist,
    HostlistError,
    Hostset,
    compress,
    expand,
    sort_node_list,
    strnatcmp,
)


@pytest.mark.parametrize(
    "text, hosts",
    [
        ("node[01-04,07]", ["node01", "node02", "node03", "node04", "node07"]),
        ("a[1-2],b5,c", ["a1", "a2", "b5", "c"]),
        ("rack[1-2]node[1-2]", ["rack1node1", "rack1node2", "rack2node1", "rack2node2"]),
        ("linux[1-2]-ib", ["linux1-ib", "linux2-ib"]),
        ("n[8-10]", ["n8", "n9", "n10"]),
        ("x[007-009]", ["x007", "x008", "x009"]),
        ("a b\tc,d", ["a", "b", "c", "d"]),
        ("", []),
        ("vm", ["vm"]),
    ],
)
def test_expand(text: str, hosts: list[str]) -> None:
    assert expand(text) == hosts


@pytest.mark.parametrize("bad", ["n[1-", "n[3-1]", "n[a-b]", "n[1--2]"])
def test_expand_rejects(bad: str) -> None:
    with pytest.raises(HostlistError):
        expand(bad)


@pytest.mark.parametrize(
    "hosts, ranged",
    [
        (["node01", "node02", "node03", "node04", "node07"], "node[01-04,07]"),
        (["n10", "n9", "n1"], "n[1,9-10]"),
        (["b1", "a2", "a1"], "a[1-2],b1"),
        (["n1", "n01"], "n[1,01]"),
        (["vm"], "vm"),
        (["vm", "vm"], "vm"),
        (["x2", "x1", "y", "x3"], "x[1-3],y"),
        (["n8", "n9", "n10", "n11"], "n[8-11]"),
        (["node10", "node9"], "node[9-10]"),
    ],
)
def test_compress_sorts_like_a_hostset(hosts: list[str], ranged: str) -> None:
    assert compress(hosts) == ranged


def test_ranged_keeps_list_order() -> None:
    hl = Hostlist("c1,a1,a2")
    assert hl.ranged() == "c1,a[1-2]"
    assert len(hl) == 3


def test_compress_of_an_expression_and_round_trip() -> None:
    assert compress("n[3,1-2],m") == "m,n[1-3]"
    assert expand(compress(["z9", "z10", "z11"])) == ["z9", "z10", "z11"]


def test_sort_node_list_null_and_bad() -> None:
    assert sort_node_list(None) is None
    assert sort_node_list("n[2,1]") == "n[1-2]"
    assert sort_node_list("n[") == "n["


def test_hostset_intersects() -> None:
    hs = Hostset("vm,n[1-4]")
    assert hs.intersects("n3")
    assert hs.intersects("x,n[4-5]")
    assert not hs.intersects("n5")
    assert not hs.intersects("")
    assert not hs.intersects(None)
    assert hs.find("vm") and not hs.find("vm1")
    assert len(hs) == 5


@pytest.mark.parametrize(
    "a, b, sign",
    [
        ("a2", "a10", -1),
        ("a10", "a2", 1),
        ("a", "a", 0),
        ("rack1", "rack01", 1),
        ("x", "y", -1),
    ],
)
def test_strnatcmp(a: str, b: str, sign: int) -> None:
    result = strnatcmp(a, b)
    assert (result > 0) - (result < 0) == sign
