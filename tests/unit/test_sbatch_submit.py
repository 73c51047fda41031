"""sbatch's submission and output, against a scripted slurmrestd answer (no network)."""

from __future__ import annotations

import io
import tempfile
from typing import Any, Optional

import pytest

import slurm_proxy.sbatch as sbatch
from slurm_proxy.cli import Invocation, execute
from slurm_proxy.errors import SlurmError


class FakeSettings:
    path_map: list[tuple[str, str]] = [("/home/local", "/cluster/home")]


class FakeSession:
    def __init__(self, answer: Any, api: str = "v0.0.42", release: str = "24.11.5") -> None:
        self.answer = answer
        self.api = api
        self.release = release
        self.settings = FakeSettings()
        self.sent: list[tuple[str, str, Any]] = []
        self.env = {"SLURM_PROXY_CACHE_DIR": tempfile.mkdtemp(prefix="sp-test-cache-")}
        self.url = "http://fake-slurmrestd:6820"
        self.user = "slurmtest"

    def request(
        self, method: str, path: str, *, params: Any = None, json: Any = None
    ) -> dict[str, Any]:
        self.sent.append((method, path, json))
        if isinstance(self.answer, Exception):
            raise self.answer
        return dict(self.answer)


def submit(
    argv: list[str],
    answer: Any,
    label: Optional[str] = None,
    api: str = "v0.0.42",
    cwd: str = "/home/local/proj",
    env: Optional[dict[str, str]] = None,
) -> tuple[int, str, str, FakeSession]:
    sess = FakeSession(answer, api)
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(
        prog="sbatch",
        argv=argv,
        env=env or {},
        cwd=cwd,
        stdin=io.BytesIO(b"#!/bin/sh\ntrue\n"),
        out=out,
        err=err,
    )
    orig = sbatch._open_session
    setattr(sbatch, "_open_session", lambda inv, o: (sess, label))  # noqa: B010
    try:
        code = execute(sbatch.run, inv)
    finally:
        setattr(sbatch, "_open_session", orig)  # noqa: B010
    return code, out.getvalue(), err.getvalue(), sess


def test_output_forms() -> None:
    assert submit([], {"job_id": 12})[:3] == (0, "Submitted batch job 12\n", "")
    assert submit(["--parsable"], {"job_id": 12})[:3] == (0, "12\n", "")
    assert submit(["-Q"], {"job_id": 12})[:3] == (0, "", "")
    assert submit(["-M", "ci"], {"job_id": 12}, label="ci")[1] == (
        "Submitted batch job 12 on cluster ci\n"
    )
    assert submit(["--parsable", "-M", "ci"], {"job_id": 12}, label="ci")[1] == "12;ci\n"
    # the cluster name from the answer when the profile has none
    body = {"job_id": 5, "meta": {"slurm": {"cluster": "ci24"}}}
    assert submit(["-M", "all"], body, label="")[1] == "Submitted batch job 5 on cluster ci24\n"


def test_job_submit_user_msg_goes_to_stderr() -> None:
    code, out, err, _s = submit([], {"job_id": 3, "job_submit_user_msg": "note 1\nnote 2"})
    assert (code, out, err) == (0, "Submitted batch job 3\n", "sbatch: note 1\nsbatch: note 2\n")
    assert submit(["-Q"], {"job_id": 3, "job_submit_user_msg": "x"})[2] == ""


def test_failures() -> None:
    err = SlurmError("Invalid partition name specified", errno=2000, status=500)
    assert submit(["-p", "nosuch"], err)[:3] == (
        1,
        "",
        (
            "sbatch: error: invalid partition specified: nosuch\n"
            "sbatch: error: Batch job submission failed: Invalid partition name specified\n"
        ),
    )
    err = SlurmError("Invalid account or account/partition combination specified", errno=2045)
    assert submit([], err)[2] == (
        "sbatch: error: Batch job submission failed: Invalid account "
        "or account/partition combination specified\n"
    )
    assert submit([], err, env={"SLURM_EXIT_ERROR": "9"})[0] == 9
    gres = SlurmError("Invalid generic resource (gres) specification", errno=2072)
    assert submit(["--gres=gpu:1"], gres)[2] == (
        "sbatch: error: Invalid generic resource (gres) specification\n"
    )
    # a 200 answer without a job id is a failure (26.05 with an unparsable field)
    body = {"warnings": [{"description": "Expected integer"}], "errors": []}
    code, out, err_text, _s = submit([], body)
    assert (
        code == 1
        and out == ""
        and err_text.startswith("sbatch: error: Batch job submission failed: ")
    )


def test_submitted_once_with_the_mapped_paths() -> None:
    code, _out, _err, sess = submit(["-o", "log/%j.out"], {"job_id": 1})
    assert code == 0 and len(sess.sent) == 1
    method, path, body = sess.sent[0]
    assert (method, path) == ("POST", "/slurm/{v}/job/submit")
    job = body["job"]
    assert job["current_working_directory"] == "/cluster/home/proj"
    assert job["standard_output"] == "/cluster/home/proj/log/%j.out"
    assert "SLURM_SUBMIT_DIR=/cluster/home/proj" in job["environment"]
    # a failed submission is not retried either
    code, _out, _err, sess = submit([], SlurmError("Socket timed out", status=None))
    assert code == 1 and len(sess.sent) == 1


def test_nice_dropped_loudly_where_slurmrestd_would_crash() -> None:
    sess_answer = {"job_id": 4}
    code, _out, err, sess = submit(["--nice=10"], sess_answer, api="v0.0.39")
    assert code == 0 and "--nice is ignored" in err and "nice" not in sess.sent[0][2]["job"]


def test_unsendable_is_an_error() -> None:
    code, _out, err, sess = submit(["--cores-per-socket=2"], {"job_id": 1}, api="v0.0.42")
    assert code == 1 and "--cores-per-socket" in err and not sess.sent


@pytest.mark.parametrize("status,code", [(0, 0), (3 << 8, 3), (9, 1)])
def test_wait_returns_the_exit_code(
    monkeypatch: pytest.MonkeyPatch, status: int, code: int
) -> None:
    import slurm_proxy.adapters.jobs as jobs_mod

    class Job:
        job_state = 3  # COMPLETE
        exit_code = status

    monkeypatch.setattr(jobs_mod, "jobs_from_response", lambda api, body: [Job()])
    monkeypatch.setattr(sbatch.time, "sleep", lambda s: None)
    got = submit(["-W"], {"job_id": 8})
    assert got[0] == code and got[1] == "Submitted batch job 8\n"
