"""scancel against recorded slurmrestd answers (FakeSession): requests, messages, codes."""

from __future__ import annotations

import io
from typing import Any, Optional

import pytest

import slurm_proxy.scancel as scancel
import slurm_proxy.session as session_mod
from slurm_proxy.cli import Invocation, execute
from slurm_proxy.errors import SlurmError
from tests.support.fakesession import RECORDED, FakeSession, load

pytestmark = pytest.mark.skipif(not RECORDED.exists(), reason="no recordings")

JOBS42 = "live-24.11/jobs-v0.0.42.json"
OK = {"status": [], "errors": [], "warnings": []}


def invalid_status(
    ids: list[str], code: int = 2017, text: str = "Invalid job id specified"
) -> dict[str, Any]:
    return {
        "status": [
            {
                "error": {"string": text, "code": code, "message": text},
                "step_id": i,
                "job_id": {"set": False, "infinite": False, "number": 0},
                "federation": {"sibling": ""},
            }
            for i in ids
        ],
        "errors": [],
        "warnings": [],
    }


def run(
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    routes: dict[str, Any],
    api: str = "v0.0.42",
    release: str = "24.11.5",
    env: Optional[dict[str, str]] = None,
) -> tuple[int, str, str, list[Any]]:
    fake = FakeSession(api, release, routes)
    monkeypatch.setattr(
        session_mod.Session, "open", classmethod(lambda cls, inv, cluster=None: fake)
    )
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(prog="scancel", argv=argv, env=env or {}, out=out, err=err)
    rc = execute(scancel.run, inv)
    return rc, out.getvalue(), err.getvalue(), fake.calls


def test_plain_ids_one_bulk_delete(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, out, err, calls = run(
        monkeypatch, ["17", "18_2,999999"], {"DELETE /jobs": invalid_status(["999999"])}
    )
    assert (rc, out, err) == (0, "", "")  # unknown ids are silent with the default signal
    assert calls == [
        ("DELETE", "/slurm/v0.0.42/jobs", None, {"jobs": ["17", "18_2", "999999"], "signal": 9})
    ]


def test_plain_id_other_error_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {"DELETE /jobs": invalid_status(["17"], 2002, "Access/permission denied")}
    rc, _, err, _ = run(monkeypatch, ["17"], routes)
    assert err == "scancel: error: Kill job error on job id 17: Access/permission denied\n"
    assert rc == 2002 & 0xFF


def test_signal_unknown_id_from_the_job_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """v0.0.40/41 DELETE says nothing about unknown ids; GET /jobs decides."""
    rc, out, err, calls = run(
        monkeypatch, ["-s", "USR1", "999999"], {"/jobs": load(JOBS42)}, api="v0.0.41"
    )
    assert rc == 1 and out == ""
    assert err == "scancel: error: Kill job error on job id 999999: Invalid job id specified\n"
    assert [c[:2] for c in calls] == [("GET", "/slurm/v0.0.41/jobs")]


def test_signal_finished_job_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, _, err, _ = run(monkeypatch, ["--signal=TERM", "1"], {"/jobs": load(JOBS42)})
    assert rc == 1 and "job id 1: Invalid job id specified" in err


def test_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, _, err, _ = run(monkeypatch, ["-Q", "-b", "999999"], {"/jobs": load(JOBS42)})
    assert (rc, err) == (1, "")


def test_arvados_name_and_state(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {"/jobs": load(JOBS42), "DELETE /jobs": OK}
    rc, _, err, calls = run(monkeypatch, ["--name=dep", "--state=pending"], routes)
    assert (rc, err) == (0, "")
    assert calls[1] == ("DELETE", "/slurm/v0.0.42/jobs", None, {"jobs": ["19"], "signal": 9})
    rc, _, err, calls = run(
        monkeypatch, ["--name=dep", "--batch", "--signal=TERM", "--state=running"], routes
    )
    assert (rc, err) == (0, "") and len(calls) == 1  # nothing matched, nothing sent


def test_array_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {"/jobs": load(JOBS42), "DELETE /jobs": OK}
    rc, _, _, calls = run(monkeypatch, ["-s", "KILL", "18"], routes)
    sent = [c[3]["jobs"] for c in calls if c[0] == "DELETE"]
    # an id with a pending record is signalled whole in the first (pending) round
    assert sent == [["18_0", "18_1", "18_[2-3%2]"]]
    rc, _, _, calls = run(monkeypatch, ["-s", "KILL", "18_3"], routes)
    assert [c[3]["jobs"] for c in calls if c[0] == "DELETE"] == [["18_3"]]


def test_verbose_filter_without_match(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, _, err, _ = run(
        monkeypatch, ["-v", "-n", "nosuch", "-t", "running"], {"/jobs": load(JOBS42)}
    )
    assert rc == 0
    assert err == (
        "scancel: error: No active jobs match ALL job filters, including: "
        "job_name=nosuch state=RUNNING \n"
    )


def test_v0038_uses_one_delete_per_id(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {
        "DELETE /job/5": {"errors": []},
        "DELETE /job/999999": SlurmError("Invalid job id specified", errno=2017, status=500),
    }
    rc, _, err, calls = run(monkeypatch, ["5", "999999"], routes, api="v0.0.38", release="22.05.8")
    assert (rc, err) == (0, "")
    assert [c[1] for c in calls] == ["/slurm/v0.0.38/job/5", "/slurm/v0.0.38/job/999999"]


def test_ctld_path_sends_filters(monkeypatch: pytest.MonkeyPatch) -> None:
    rc, _, _, calls = run(
        monkeypatch, ["--ctld", "-n", "x", "-t", "PD", "-u", "slurmtest"], {"DELETE /jobs": OK}
    )
    assert calls == [
        (
            "DELETE",
            "/slurm/v0.0.42/jobs",
            None,
            {"signal": 9, "job_name": "x", "job_state": ["PENDING"], "user_name": "slurmtest"},
        )
    ]


@pytest.mark.parametrize(
    "argv, err, rc",
    [
        ([], "scancel: error: No job identification provided\n", 1),
        (["abc"], "scancel: error: Invalid job id abc\n", 1),
        (["12x"], "scancel: error: Invalid job id 12x\n", 1),
        (["-s", "BOGUS", "1"], "Unknown job signal: BOGUS\n", 1),
        (
            ["-t", "bogus", "1"],
            "Invalid job state specified: bogus\nValid job states are "
            "PENDING, RUNNING, and SUSPENDED\n",
            1,
        ),
        (
            ["--bogus"],
            "scancel: unrecognized option '--bogus'\nTry \"scancel --help\" for more information\n",
            1,
        ),
        (["-i", "5"], None, 1),
        (["5.0"], None, 1),
    ],
)
def test_usage_errors(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], err: Optional[str], rc: int
) -> None:
    got_rc, out, got_err, calls = run(monkeypatch, argv, {})
    assert got_rc == rc and calls == [] and out == ""
    if err is not None:
        assert got_err == err
    else:
        assert got_err.startswith("scancel: error: ") and "slurm-proxy" in got_err


def test_signal_names() -> None:
    assert scancel.sig_name2num("TERM") == 15
    assert scancel.sig_name2num("sigusr1") == 10
    assert scancel.sig_name2num(" 9 ") == 9
    assert scancel.sig_name2num("TERMx") == 0
    assert scancel.sig_name2num("0") == 0


def test_bulk_request_failure_is_reported_per_job(monkeypatch: pytest.MonkeyPatch) -> None:
    routes = {
        "DELETE /jobs": SlurmError(
            "Access/permission denied", errno=2002, status=500, kind="server"
        )
    }
    rc, _, err, _ = run(monkeypatch, ["17", "18"], routes)
    assert rc == 2002 & 0xFF
    assert err.splitlines() == [
        "scancel: error: Kill job error on job id 17: Access/permission denied",
        "scancel: error: Kill job error on job id 18: Access/permission denied",
    ]
