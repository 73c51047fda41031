"""squeue against recorded slurmrestd answers (FakeSession): output, errors, requests."""

from __future__ import annotations

import io
import json
import os
import time
from collections.abc import Iterator
from typing import Any, Optional

import pytest

import slurm_proxy.session as session_mod
import slurm_proxy.squeue as squeue
from slurm_proxy import config
from slurm_proxy.cli import Invocation, execute
from slurm_proxy.errors import SlurmError
from slurm_proxy.squeue import fields, opts
from slurm_proxy.squeue.sort import Rec, msort
from tests.support.fakesession import RECORDED, FakeSession, invalid_job, load

pytestmark = pytest.mark.skipif(not RECORDED.exists(), reason="no recordings")

NOW = 1795646349 + 60  # a minute after the 24.11 recording's last_update


@pytest.fixture(autouse=True)
def frozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.setattr(fields, "now", lambda: NOW)
    yield
    monkeypatch.undo()
    time.tzset()


def run(
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    routes: dict[str, Any],
    api: str = "v0.0.42",
    release: str = "24.11.5",
    env: Optional[dict[str, str]] = None,
) -> tuple[int, str, str, list[Any]]:
    # the settings the environment gives, without any config file
    files = {"SLURM_PROXY_CONFIG": os.devnull, "SLURM_PROXY_SYSTEM_CONFIG": os.devnull}
    fake = FakeSession(api, release, routes, settings=config.load({**(env or {}), **files}))
    monkeypatch.setattr(
        session_mod.Session, "open", classmethod(lambda cls, inv, cluster=None: fake)
    )
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(prog="squeue", argv=argv, env=env or {}, out=out, err=err)
    rc = execute(squeue.run, inv)
    return rc, out.getvalue(), err.getvalue(), fake.calls


JOBS42 = "live-24.11/jobs-v0.0.42.json"
HEADER = "             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)\n"


def test_default_layout_and_order(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, err, calls = run(monkeypatch, [], {"/jobs": load(JOBS42)})
    assert rc == 0 and err == ""
    assert [c[1] for c in calls] == ["/slurm/v0.0.42/jobs"]
    lines = out.splitlines(keepends=True)
    assert lines[0] == HEADER
    # pending first (ST sorted), the default state filter hides the finished jobs
    assert (
        lines[1] == "        18_[2-3%2]     debug      arr slurmtes PD       0:00      1 "
        "(JobArrayTaskLimit)\n"
    )
    assert (
        lines[2] == "                19     debug      dep slurmtes PD       0:00      1 "
        "(Dependency)\n"
    )
    assert [ln.split()[0] for ln in lines[3:]] == ["18_0", "18_1", "17"]
    assert lines[5].split()[5] == f"{(NOW - 1795646346) // 60}:{(NOW - 1795646346) % 60:02d}"


def test_all_states_and_long(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _, _ = run(monkeypatch, ["-l", "-t", "all"], {"/jobs": load(JOBS42)})
    lines = out.splitlines()
    assert lines[0] == time.strftime("%a %b %d %H:%M:%S %Y", time.localtime())[:0] + lines[0]
    assert lines[1].split() == [
        "JOBID",
        "PARTITION",
        "NAME",
        "USER",
        "STATE",
        "TIME",
        "TIME_LIMI",
        "NODES",
        "NODELIST(REASON)",
    ]
    assert any(
        line.split()[:5] == ["15+0", "debug", "(null)", "slurmtes", "COMPLETE"] for line in lines
    )
    assert len(lines) == 2 + 19


def test_format_widths_and_justification(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _, _ = run(
        monkeypatch,
        ["-h", "-o", "%.5i|%3j|%.2t|%8T|%Q|%y|%r", "-j", "17"],
        {"/job/17": load(JOBS42)},
    )
    assert out == "   17|sle| R|RUNNING |1|0|None\n"


def test_Format_names_widths_suffixes(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _, _ = run(
        monkeypatch, ["-O", "jobid:|,name:.6 ,state", "-j", "17"], {"/job/17": load(JOBS42)}
    )
    assert out == "JOBID|  NAME STATE               \n17|sleepe RUNNING             \n"


def test_array_expansion(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _, _ = run(monkeypatch, ["-r", "-h", "-o", "%i %t %r"], {"/jobs": load(JOBS42)})
    assert out.splitlines()[:2] == ["18_2 PD JobArrayTaskLimit", "18_3 PD JobArrayTaskLimit"]


def test_single_job_uses_the_job_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, err, calls = run(
        monkeypatch, ["-j", "18_3", "-h", "-o", "%i"], {"/job/18": load(JOBS42)}
    )
    assert [c[1] for c in calls] == ["/slurm/v0.0.42/job/18"]
    assert out == "18_3\n"  # one task of the pending array record


def test_single_unknown_job(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, err, _ = run(monkeypatch, ["-j", "999999"], {"/job/999999": invalid_job()})
    assert (rc, out, err) == (1, "", "slurm_load_jobs error: Invalid job id specified\n")


def test_several_unknown_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, err, _ = run(monkeypatch, ["-j", "999998,999999"], {"/jobs": load(JOBS42)})
    assert (rc, out, err) == (0, HEADER, "")


@pytest.mark.parametrize(
    "argv, message",
    [
        (["-j", "abc"], "squeue: error: Invalid job id: abc\n"),
        (["-t", "bogus"], "squeue: error: Invalid job state specified: bogus\n"),
        (
            ["--bogus"],
            "squeue: unrecognized option '--bogus'\nTry \"squeue --help\" for more information\n",
        ),
        (["-i", "0"], "squeue: error: --iterate=0\n\n"),
        (
            ["-l", "-o", "%i"],
            "squeue: fatal: Options -o(--format) and -l(--long) are mutually "
            "exclusive. Please remove one and retry.\n",
        ),
    ],
)
def test_usage_errors_make_no_request(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    rc, out, err, calls = run(monkeypatch, argv, {})
    assert rc == 1 and calls == []
    assert err.startswith(message)


def test_state_only_uses_jobs_state(monkeypatch: pytest.MonkeyPatch) -> None:
    state = load("live-24.11/jobs-state-v0.0.41.json")
    rc, out, _, calls = run(
        monkeypatch,
        ["--only-job-state", "-t", "all", "-h", "-o", "%A %t"],
        {"/jobs/state": state, "/jobs": load(JOBS42)},
        api="v0.0.41",
    )
    # this recording holds single-task array entries (``A_1``), which /jobs/state cannot
    # tell from a one-task pending remainder (``A_[1]``): GET /jobs settles it
    assert [c[1] for c in calls] == ["/slurm/v0.0.41/jobs/state", "/slurm/v0.0.41/jobs"]
    ids = [line.split()[0] for line in out.splitlines()]
    assert ids.count("18") == 1 and "20" in ids and len(ids) == 19


def test_v0038_recording(monkeypatch: pytest.MonkeyPatch) -> None:
    body = load("live-22.05/jobs-while-array-running.json")
    rc, out, _, calls = run(
        monkeypatch, ["-h", "-o", "%i %T %l %Q"], {"/jobs": body}, api="v0.0.38", release="22.05.8"
    )
    assert [c[1] for c in calls] == ["/slurm/v0.0.38/jobs"]
    rows = out.splitlines()
    assert "4 PENDING UNLIMITED 4294901756" in rows
    assert {r.split()[0] for r in rows} == {"4", "3_0", "3_1", "3_2", "3_3"}


def test_json_v0038_is_the_rest_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    body = load("live-22.05/job-1-running.json")
    rc, out, _, _ = run(monkeypatch, ["--json"], {"/jobs": body}, api="v0.0.38", release="22.05.8")
    assert out == (RECORDED / "live-22.05/job-1-running.json").read_text().rstrip("\n")


def test_json_v0042_filters_and_meta(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _, _ = run(monkeypatch, ["--json", "-t", "R"], {"/jobs": load(JOBS42)})
    doc = json.loads(out)
    assert [j["job_id"] for j in doc["jobs"]] == [17, 20, 21]
    assert doc["meta"]["command"] == ["squeue", "--json", "-t"]  # argc-1 before 26.05
    assert doc["meta"]["plugin"]["type"] == "" and "\\/" in out


def test_json_reprints_the_server_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Job objects are copied from slurmrestd's text (no re-encoding of 10,000 jobs)."""
    path = RECORDED / JOBS42
    rc, out, _, calls = run(monkeypatch, ["--json", "-t", "all", "-j", "17,19"], {"/jobs": path})
    assert [c[0] for c in calls] == ["GET"]
    raw = path.read_text()
    start = raw.index('    {\n      "account"', raw.index('"job_id": 16,') - 4000)
    doc = json.loads(out)
    assert [j["job_id"] for j in doc["jobs"]] == [17, 19]
    block = out[out.index("    {") : out.index("\n    },") + 6]
    assert block in raw and start >= 0


def test_help_and_version_need_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, _, calls = run(monkeypatch, ["--usage"], {}, release="22.05.8")
    assert rc == 0 and out.startswith("Usage: squeue [-") and calls == []
    assert "--array-unique" in out and "--only-job-state" not in out  # 22.05's table
    rc, out, _, _ = run(monkeypatch, ["-V"], {}, release="26.05.5")
    assert out == "slurm 26.05.5\n"


def test_sort_spec_errors_after_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, err, _ = run(monkeypatch, ["-S", "k"], {"/jobs": load(JOBS42)})
    assert rc == 1 and out == HEADER
    assert err == "squeue: error: Invalid sort specification: k\n"


def test_pad_like_print_str() -> None:
    assert fields.pad("abcdef", 3, False, True) == "abc"
    assert fields.pad("abcdef", 3, True, False) == "abcdef"
    assert fields.pad("abcdef", 3, True, True) == "  a"[:0] + "abc"
    assert fields.pad("ab", 4, True, True) == "  ab"
    assert fields.pad(None, 0, False, True) == "(null)"


def test_convert_num_unit() -> None:
    c = fields.convert_num_unit
    assert c(2048, fields.UNIT_MEGA, fields.CONVERT_NUM_UNIT_EXACT) == "2G"
    assert c(2000, fields.UNIT_MEGA, fields.CONVERT_NUM_UNIT_EXACT) == "2000M"
    assert c(1536, fields.UNIT_MEGA, fields.CONVERT_NUM_UNIT_EXACT) == "1.50G"
    assert c(2048, fields.UNIT_MEGA, fields.CONVERT_NUM_UNIT_NO) == "2048M"
    assert c(0, fields.UNIT_MEGA, 0) == "0"


def test_msort_matches_glibc_for_unset_start_times() -> None:
    # every comparison says "greater": glibc's merge sort then reverses the list
    recs = [Rec(job=None, part_name=str(i)) for i in range(7)]  # type: ignore[arg-type]
    out = msort(recs, lambda a, b: 1)
    assert [r.part_name for r in out] == ["6", "5", "4", "3", "2", "1", "0"]


def test_time_str2secs() -> None:
    assert opts.time_str2secs("1:00:00") == 3600
    assert opts.time_str2secs("5") == 300
    assert opts.time_str2secs("1-0") == 86400
    assert opts.time_str2secs("unlimited") == opts.INFINITE
    assert opts.time_str2secs("x") == opts.NO_VAL


def test_iterate_prints_date_and_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []

    def fake_sleep(secs: float) -> None:
        sleeps.append(secs)
        if len(sleeps) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(squeue.time, "sleep", fake_sleep)
    rc, out, _, calls = run(
        monkeypatch, ["-i", "5", "-j", "17", "-o", "%i"], {"/job/17": load(JOBS42)}
    )
    assert rc == 130 and sleeps == [5, 5] and len(calls) == 2  # asked again each round
    rounds = out.split("\n\n")
    assert rounds[0].splitlines()[1:] == ["JOBID", "17"]
    assert len(rounds[0].splitlines()[0].split()) == 5  # "Thu Nov 26 00:39:36 2026"


def test_only_state_jobs_are_asked_by_id(monkeypatch: pytest.MonkeyPatch) -> None:
    state = load("live-24.11/jobs-state-v0.0.41.json")
    state["jobs"] = [j for j in state["jobs"] if j["job_id"] in ("19", "17")][::-1]
    rc, out, _, calls = run(
        monkeypatch,
        ["--only-job-state", "-h", "-j", "19,17", "-o", "%A"],
        {"/jobs/state?job_id=19&job_id=17": state},
        api="v0.0.41",
    )
    assert [c[1] for c in calls] == ["/slurm/v0.0.41/jobs/state?job_id=19&job_id=17"]
    assert sorted(out.split()) == ["17", "19"]


def test_fast_states_is_opt_in(monkeypatch: pytest.MonkeyPatch) -> None:
    state = load("live-24.11/jobs-state-v0.0.41.json")
    routes = {"/jobs/state": state, "/jobs": load(JOBS42)}
    _, out, _, calls = run(monkeypatch, ["-h", "-o", "%A %t"], routes, api="v0.0.41")
    assert [c[1] for c in calls] == ["/slurm/v0.0.41/jobs"]
    fast = {"SLURM_PROXY_SQUEUE_FAST_STATES": "1"}
    _, out2, _, calls = run(monkeypatch, ["-h", "-o", "%A %t"], routes, api="v0.0.41", env=fast)
    assert [c[1] for c in calls][0] == "/slurm/v0.0.41/jobs/state"
    assert sorted(out.splitlines()) == sorted(out2.splitlines())  # same rows, maybe reordered
    _, _, _, calls = run(monkeypatch, ["-h", "-o", "%A %t %j"], routes, api="v0.0.41", env=fast)
    assert [c[1] for c in calls] == ["/slurm/v0.0.41/jobs"]  # %j needs the full records


def test_unreachable_slurmrestd_says_which_url_and_why(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real squeue never talks to slurmrestd, so failing to reach it is reported as
    what it is (one line, exit 1), not disguised as a controller failure."""
    down = SlurmError(
        "cannot connect to slurmrestd at http://127.0.0.1:1 (refused)", kind="connect"
    )
    rc, out, err, _ = run(monkeypatch, ["-h"], {"/jobs": down})
    assert (rc, out) == (1, "")
    assert err == "squeue: error: cannot connect to slurmrestd at http://127.0.0.1:1 (refused)\n"
