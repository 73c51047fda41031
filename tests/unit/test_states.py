"""Job state words and their names (slurm_proxy.common.states)."""

from __future__ import annotations

import pytest

from slurm_proxy.common import states as S


@pytest.mark.parametrize(
    "names, long, compact",
    [
        (["PENDING"], "PENDING", "PD"),
        (["RUNNING"], "RUNNING", "R"),
        (["COMPLETED", "COMPLETING"], "COMPLETING", "CG"),
        (["RUNNING", "CONFIGURING"], "CONFIGURING", "CF"),
        (["CANCELLED"], "CANCELLED", "CA"),
        (["OUT_OF_MEMORY"], "OUT_OF_MEMORY", "OOM"),
        (["PENDING", "REQUEUE_HOLD"], "REQUEUE_HOLD", "RH"),
        (["COMPLETED", "STAGE_OUT", "COMPLETING"], "COMPLETING", "CG"),
        (["PENDING", "EXPEDITING"], "EXPEDITING", "PD"),  # 26.05 flag without a compact form
        ("COMPLETING", "COMPLETING", "CG"),  # v0.0.38 single word
        ("TIMEOUT", "TIMEOUT", "TO"),
    ],
)
def test_names_and_precedence(names: object, long: str, compact: str) -> None:
    state = S.from_names(names)  # type: ignore[arg-type]
    assert S.job_state_string(state) == long
    assert S.job_state_string_compact(state) == compact


def test_predicates() -> None:
    cg = S.from_names(["CANCELLED", "COMPLETING"])
    assert S.is_completing(cg) and S.is_completed(cg) and not S.is_finished(cg)
    assert S.is_finished(S.from_names(["FAILED"]))
    assert S.is_pending(S.from_names("PENDING"))


def test_complete_string() -> None:
    st = S.from_names(["COMPLETED", "COMPLETING", "STAGE_OUT"])
    assert S.job_state_string_complete(st) == "COMPLETED,COMPLETING,STAGE_OUT"


@pytest.mark.parametrize(
    "name, value",
    [
        ("pd", S.JOB_PENDING),
        ("Running", S.JOB_RUNNING),
        ("CG", S.JOB_COMPLETING),
        ("oom", S.JOB_OOM),
        ("OUT_OF_MEMORY", S.JOB_OOM),
        ("requeued", S.JOB_REQUEUE),
        ("bogus", None),
    ],
)
def test_job_state_num(name: str, value: object) -> None:
    assert S.job_state_num(name) == value


def test_expediting_only_from_26_05() -> None:
    assert S.job_state_num("expediting", (26, 5)) == S.JOB_EXPEDITING
    assert S.job_state_num("expediting", (24, 11)) is None


def test_state_list_per_release() -> None:
    assert S.job_state_list((22, 5)).startswith("PENDING,RUNNING,SUSPENDED,COMPLETED")
    assert S.job_state_list((24, 11)).startswith("pending,running,")
    assert ",expediting," in S.job_state_list((26, 5))
    assert "expediting" not in S.job_state_list((24, 11))


def test_matches() -> None:
    run = S.from_names(["RUNNING"])
    cg = S.from_names(["COMPLETED", "COMPLETING"])
    assert S.matches(S.JOB_RUNNING, run)
    assert S.matches(S.JOB_COMPLETING, cg)
    assert not S.matches(S.JOB_COMPLETE, cg)  # a base state must equal the whole word
