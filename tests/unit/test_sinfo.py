"""sinfo on recorded responses: grouping, states, widths, formats, options, errors.

The expected outputs follow ``src/sinfo/{opts,sinfo,print,sort}.c`` of each release;
the same code paths are compared byte for byte with the real sinfo in
``tests/live/test_sinfo_diff.py``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest

from slurm_proxy.adapters import nodes as N
from slurm_proxy.errors import SlurmError
from slurm_proxy.sinfo import build, fields, help, nodestate
from tests.unit.fake_rest import RECORDED, FakeSession, recorded, run_with

pytestmark = pytest.mark.skipif(not RECORDED.is_dir(), reason="no recorded responses")

W25 = "slurm-web/v0.0.44/25.11.0/"


@pytest.fixture(autouse=True)
def _utc() -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def web25(**extra: Any) -> FakeSession:
    return FakeSession(
        "v0.0.44",
        "25.11.0",
        {
            "/partitions": recorded(W25 + "slurm-partitions.json"),
            "/nodes": recorded(W25 + "slurm-nodes.json"),
            **extra,
        },
    )


def live(release: str) -> FakeSession:
    if release == "22.05":
        return FakeSession(
            "v0.0.38",
            "22.05.8",
            {
                "/partitions": recorded("live-22.05/partitions.json"),
                "/nodes": recorded("live-22.05/nodes.json"),
                "/node/vm": recorded("live-22.05/node-vm.json"),
            },
        )
    if release == "24.11":
        return FakeSession(
            "v0.0.42",
            "24.11.5",
            {
                "/partitions": recorded("live-24.11/partitions-v0.0.42.json"),
                "/nodes": recorded("live-24.11/nodes-v0.0.42.json"),
                "/node/vm": recorded("live-24.11/node-v0.0.42.json"),
            },
        )
    return FakeSession(
        "v0.0.45",
        "26.05.5",
        {
            "/partitions": recorded("live-26.05/partitions-v0.0.45.json"),
            "/nodes": recorded("live-26.05/nodes-v0.0.45.json"),
            "/node/vm": recorded("live-26.05/node-v0.0.45.json"),
        },
    )


DEFAULT_25 = """\
PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST
normal       up    2:00:00      1  drain cn1
normal       up    2:00:00      1    mix cn4
normal       up    2:00:00      1  alloc cn3
normal       up    2:00:00      1   down cn2
gpu          up    2:00:00      4   idle gpu[1-4]
"""


def test_default_groups_by_state_highest_first(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", [])
    assert (r.rc, r.out, r.err) == (0, DEFAULT_25, "")


def test_node_oriented(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-N"])
    assert r.out.splitlines()[:3] == [
        "NODELIST   NODES PARTITION STATE ",
        "cn1            1    normal drain ",
        "cn2            1    normal down  ",
    ]
    assert len(r.out.splitlines()) == 9


def test_summarize(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-s"])
    assert r.out == (
        "PARTITION AVAIL  TIMELIMIT   NODES(A/I/O/T) NODELIST\n"
        "normal       up    2:00:00          2/0/2/4 cn[1-4]\n"
        "gpu          up    2:00:00          0/4/0/4 gpu[1-4]\n"
    )


def test_list_reasons(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-R"])
    assert r.out == (
        "REASON               USER      TIMESTAMP           NODELIST\n"
        "ECC memory error     slurm     2025-11-16T19:36:09 cn1\n"
        "CPU dead             slurm     2025-11-16T19:36:09 cn2\n"
    )


def test_format_null_gres_and_grouping(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-o", "%20N %.6D %t %C %G"])
    assert r.out.splitlines() == [
        "NODELIST              NODES STATE CPUS(A/I/O/T) GRES",
        "cn1                       1 drain 0/0/64/64 (null)",
        "cn4                       1 mix 46/18/0/64 (null)",
        "cn3                       1 alloc 64/0/0/64 (null)",
        "cn2                       1 down 0/0/64/64 (null)",
        "gpu[1-2]                  2 idle 0/64/0/64 gpu:h100:4",
        "gpu[3-4]                  2 idle 0/64/0/64 gpu:4",
    ]


def test_snakemake_and_toil_probes(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-o", "%P"])
    assert r.out == "PARTITION\nnormal\ngpu\n"
    r = run_with(monkeypatch, web25(), "sinfo", ["-a", "-o", "%P %G %l %p %c %m"])
    assert r.out == (
        "PARTITION GRES TIMELIMIT PRIO_TIER CPUS MEMORY\n"
        "normal (null) 2:00:00 1 64 131072\n"
        "gpu gpu:h100:4 2:00:00 1 32 524288\n"
        "gpu gpu:4 2:00:00 1 32 524288\n"
    )


def test_state_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-p", "normal", "-t", "idle,drain"])
    assert r.out.splitlines()[1:] == ["normal       up    2:00:00      1  drain cn1"]
    r = run_with(monkeypatch, web25(), "sinfo", ["-t", "mix&alloc"])
    assert r.out.splitlines()[1:] == [
        "normal       up    2:00:00      1    mix cn4",
        "gpu          up    2:00:00      0    n/a ",
    ]


def test_bad_state(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, web25(), "sinfo", ["-t", "bogus"])
    assert r.rc == 1 and r.out == ""
    lines = r.err.splitlines()
    assert lines[0] == 'sinfo: error: Bad state string: "bogus"'
    assert lines[1].startswith("sinfo: error: valid states: unknown,down,idle,allocated,?,")


@pytest.mark.parametrize(
    "release,out",
    [
        (
            "22.05",
            "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
            "debug*       up   infinite      1   idle vm\n",
        ),
        (
            "24.11",
            "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
            "debug*       up   infinite      1    mix vm\n",
        ),
        (
            "26.05",
            "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
            "debug*       up   infinite      1   idle vm\n",
        ),
    ],
)
def test_default_partition_mark_every_version(
    monkeypatch: pytest.MonkeyPatch, release: str, out: str
) -> None:
    r = run_with(monkeypatch, live(release), "sinfo", [])
    assert (r.rc, r.out, r.err) == (0, out, "")


def test_arvados_feature_probe(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = live("24.11")
    r = run_with(monkeypatch, fake, "sinfo", ["--nodes=vm", "--format=%f", "--noheader"])
    assert (r.rc, r.out, r.err) == (0, "(null)\n", "")
    assert any(path.startswith("/slurm/v0.0.42/node/vm") for _, path, _ in fake.calls)


def test_show_flags_are_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = live("26.05")
    run_with(monkeypatch, fake, "sinfo", ["-a"])
    paths = [p for _, p, _ in fake.calls]
    assert "/slurm/v0.0.45/partitions" in paths
    assert "/slurm/v0.0.45/nodes?flags=ALL&flags=MIXED" in paths
    fake = live("26.05")
    run_with(monkeypatch, fake, "sinfo", [])
    assert "/slurm/v0.0.45/partitions?flags=LOCAL" in [p for _, p, _ in fake.calls]


def test_all_format_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("26.05"), "sinfo", ["-o", "%all"])
    header, line = r.out.splitlines()
    assert header.startswith("AVAIL|ACTIVE_FEATURES|CPUS|TMP_DISK|FREE_MEM|")
    assert header.endswith("|CLUSTER |SOCKETS |CORES |THREADS ")
    assert line.startswith("up|(null)|4|0|22614|(null)|all|NO|")


def test_long_format_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-O", "partition,bogus:5"])
    assert r.rc == 0
    assert r.err == "sinfo: error: Invalid job format specification: bogus\n"
    assert r.out.splitlines()[0] == "PARTITION           "
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-o", "%P %q"])
    assert r.err == "Invalid node format specification: q\n"
    assert r.out.splitlines()[0] == "PARTITION %q"


def test_long_and_format_are_exclusive(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-l", "-o", "%P"])
    assert r.rc == 1 and r.out == ""
    assert r.err == (
        "sinfo: fatal: Options -o(--format) and -l(--long) are mutually "
        "exclusive. Please remove one and retry.\n"
    )


def test_a_and_p_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-a", "-p", "debug"])
    assert r.rc == 1
    assert r.err == (
        "sinfo: error: Conflicting options, -a and -p, specified. Please choose one or the other.\n"
    )


def test_bad_option_and_iterate(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-x"])
    assert (r.rc, r.out) == (1, "")
    assert r.err == "sinfo: invalid option -- 'x'\nTry \"sinfo --help\" for more information\n"
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-i", "0"])
    assert r.err == "sinfo: error: Error: invalid entry for --iterate=0\n" and r.rc == 1


def test_iterate_prints_date_and_blank_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda s: None)
    r = run_with(
        monkeypatch,
        live("24.11"),
        "sinfo",
        ["-i", "5", "-h"],
        env={"SLURM_PROXY_SINFO_ITERATIONS": "2"},
    )
    assert r.out == "debug*       up   infinite      1    mix vm\n\n" * 2


@pytest.mark.parametrize("release", [(22, 5, 8), (24, 11, 5), (26, 5, 5)])
def test_help_per_release(monkeypatch: pytest.MonkeyPatch, release: tuple[int, ...]) -> None:
    text = help.help_text(release)
    assert text.startswith("Usage: sinfo [OPTIONS]\n")
    assert ("--helpformat" in text) == (release >= (24, 5))
    assert ("-F, --future" in text) == (release >= (23, 2))
    session = f"{release[0]}.{release[1]:02d}"
    r = run_with(monkeypatch, live(session), "sinfo", ["--help"])
    assert (r.rc, r.out, r.err) == (0, text, "")
    r = run_with(monkeypatch, live(session), "sinfo", ["--usage"])
    assert (r.rc, r.out, r.err) == (0, help.usage_text(release), "")


def test_help_options_are_release_gated(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("22.05"), "sinfo", ["--helpformat"])
    assert r.rc == 1 and r.err.startswith("sinfo: unrecognized option '--helpformat'")
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["--helpformat"])
    assert r.rc == 0 and r.out.startswith("%S    %a    %V    %Y    %c    %O    %C    %L    \n")
    r = run_with(monkeypatch, live("22.05"), "sinfo", ["-F"])
    assert r.err.startswith("sinfo: invalid option -- 'F'")


def test_version(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, live("24.11"), "sinfo", ["-V"])
    assert (r.rc, r.out) == (0, "slurm 24.11.5\n")


def test_load_errors_are_slurm_perror(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = live("24.11")
    fake.responses["/partitions"] = SlurmError(
        "Unable to contact slurm controller (connect failure)", errno=1800, status=502
    )
    r = run_with(monkeypatch, fake, "sinfo", [])
    assert (r.rc, r.out) == (1, "")
    assert r.err == "slurm_load_partitions: Unable to contact slurm controller (connect failure)\n"


def test_unknown_single_node_prints_empty_partitions(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = live("24.11")
    fake.responses["/node/nosuch"] = {
        "errors": [{"error_number": 0, "error": "No error", "description": "Failure to query node"}]
    }
    r = run_with(monkeypatch, fake, "sinfo", ["-n", "nosuch"])
    assert r.out == (
        "PARTITION AVAIL  TIMELIMIT  NODES  STATE NODELIST\n"
        "debug*       up   infinite      0    n/a \n"
    )


# --- pieces ---------------------------------------------------------------------------
REL = (24, 11, 5)


@pytest.mark.parametrize(
    "state,compact,long_",
    [
        (N.NODE_STATE_IDLE, "IDLE", "IDLE"),
        (N.NODE_STATE_MIXED, "MIX", "MIXED"),
        (N.NODE_STATE_ALLOCATED, "ALLOC", "ALLOCATED"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_DRAIN, "DRAIN", "DRAINED"),
        (N.NODE_STATE_MIXED | N.NODE_STATE_DRAIN, "DRNG", "DRAINING"),
        (N.NODE_STATE_DOWN | N.NODE_STATE_NO_RESPOND, "DOWN*", "DOWN*"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_POWERED_DOWN, "IDLE~", "IDLE~"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_POWERING_UP, "IDLE#", "IDLE#"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_PLANNED, "PLND", "PLANNED"),
        (N.NODE_STATE_MIXED | N.NODE_STATE_PLANNED, "MIX-", "MIXED-"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_MAINT, "MAINT", "MAINT"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_REBOOT_REQUESTED, "BOOT", "REBOOT"),
        (N.NODE_STATE_ALLOCATED | N.NODE_STATE_COMPLETING, "ALLOC+", "ALLOCATED+"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_COMPLETING, "COMP", "COMPLETING"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_RES, "RESV", "RESERVED"),
        (N.NODE_STATE_FUTURE, "FUTR", "FUTURE"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_FAIL, "FAIL", "FAIL"),
        (N.NODE_STATE_ALLOCATED | N.NODE_STATE_FAIL, "FAILG", "FAILING"),
        (N.NODE_STATE_IDLE | N.NODE_STATE_INVALID_REG, "INVAL", "INVAL"),
    ],
)
def test_state_names(state: int, compact: str, long_: str) -> None:
    assert nodestate.compact_name(state, REL) == compact
    assert nodestate.long_name(state, REL) == long_


def test_state_names_per_release() -> None:
    blocked = N.NODE_STATE_IDLE | N.NODE_STATE_BLOCKED
    assert nodestate.compact_name(blocked, (24, 11)) == "BLOCK"
    assert nodestate.compact_name(N.NODE_STATE_IDLE | (1 << 4), (22, 5)) == "NPC"
    failing_mixed = N.NODE_STATE_MIXED | N.NODE_STATE_FAIL
    assert nodestate.long_name(failing_mixed, (24, 11)) == "FAIL"
    assert nodestate.long_name(failing_mixed, (26, 5)) == "FAILING"
    assert (
        nodestate.complete_name(
            N.NODE_STATE_IDLE | N.NODE_STATE_DRAIN | N.NODE_STATE_NO_RESPOND, REL
        )
        == "IDLE+DRAIN+NOT_RESPONDING"
    )


@pytest.mark.parametrize(
    "text,state",
    [
        ("idle", N.NODE_STATE_IDLE),
        ("i", N.NODE_STATE_IDLE),
        ("MIX", N.NODE_STATE_MIXED),
        ("alloc", N.NODE_STATE_ALLOCATED),
        ("drain", N.NODE_STATE_DRAIN),
        ("drained", N.NODE_STATE_DRAIN | N.NODE_STATE_IDLE),
        ("drng", N.NODE_STATE_DRAIN | N.NODE_STATE_ALLOCATED),
        ("fail", N.NODE_STATE_FAIL),
        ("no_respond", N.NODE_STATE_NO_RESPOND),
        ("resv", N.NODE_STATE_RES),
        ("powered_down", N.NODE_STATE_POWERED_DOWN),
        ("comp", N.NODE_STATE_COMPLETING),
        ("bogus", -1),
    ],
)
def test_state_ids(text: str, state: int) -> None:
    assert build.node_state_id(text, REL) == state


@pytest.mark.parametrize(
    "text,width,right,want",
    [
        ("abc", 0, False, "abc"),
        ("abc", 5, False, "abc  "),
        ("abcdefg", 5, False, "abcde"),
        ("abc", 5, True, "  abc"),
        ("abcdefg", 5, True, "abcde"),
        (None, 0, False, "(null)"),
        (None, 3, False, "   "),
        (None, 8, False, "(null)  "),
        (None, 4, True, "  (n"[:4]),
        (None, 8, True, "  (null)"),
    ],
)
def test_c_printf_semantics(text: Any, width: int, right: bool, want: str) -> None:
    if text is None and width == 4 and right:
        want = "(nul"  # "%4s" prints all of "(null)", then the output is cut to 4
    assert fields.c_str(text, width, right) == want


@pytest.mark.parametrize(
    "num,want",
    [(0, "0"), (8, "8"), (1000, "1000"), (2048, "2K"), (1536, "1.50K"), (1024 * 1024, "1M")],
)
def test_convert_num_unit(num: int, want: str) -> None:
    assert fields.convert_num_unit(num) == want


@pytest.mark.parametrize(
    "secs,want",
    [(0, "0:00"), (59, "0:59"), (3600, "1:00:00"), (86400, "1-00:00:00"), (7200, "2:00:00")],
)
def test_secs(secs: int, want: str) -> None:
    assert fields.secs_str(secs) == want


def test_format_prefix_and_percent() -> None:
    f = fields.parse_format("x%P%%%5a|", REL)
    assert [(i.printer, i.width, i.suffix) for i in f.items] == [
        ("prefix", 0, "x"),
        ("partition", 0, ""),
        ("avail", 5, "|"),
    ]
    f = fields.parse_format("hello", REL)
    assert [(i.printer, i.suffix) for i in f.items] == [("prefix", "hello")]


def test_long_format_widths() -> None:
    f = fields.parse_long_format("partition:9 ,available:.5 ,nodelist:0,cpus", REL, "sinfo")
    assert [(i.printer, i.width, i.right, i.suffix) for i in f.items] == [
        ("partition", 9, False, " "),
        ("avail", 5, True, " "),
        ("node_list", 0, False, None),
        ("cpus", 20, False, None),
    ]


def test_old_releases_lack_reservation_field() -> None:
    assert "Reservation" not in {f.name for f in fields.fields_for((22, 5))}
    assert "Reservation" in {f.name for f in fields.fields_for((23, 2))}
