"""sacct on recorded slurmdbd answers (a stand-in Session), and its building blocks."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path
from typing import Any, Optional

import pytest

from slurm_proxy.adapters import acct
from slurm_proxy.cli import Invocation, execute
from slurm_proxy.errors import SlurmError
from slurm_proxy.sacct import command, fields, fmt, help, options, query
from slurm_proxy.streamjson import loads_list

REPO = Path(__file__).resolve().parents[2]
RECORDED = (REPO / ".." / "shared" / "recorded").resolve()
needs_recordings = pytest.mark.skipif(not RECORDED.is_dir(), reason="no recordings")


def recorded(rel: str) -> dict[str, Any]:
    data = json.loads((RECORDED / rel).read_text())
    assert isinstance(data, dict)
    return data


class _Info:
    def __init__(self, accounting: Optional[bool]) -> None:
        self.accounting = accounting


class Fake:
    """A Session answering from a path -> body table (bodies may be exceptions)."""

    def __init__(
        self,
        api: str,
        release: str,
        answers: dict[str, Any],
        accounting: Optional[bool] = True,
        user: str = "slurmtest",
    ) -> None:
        self.api = api
        self.release = release
        self.answers = answers
        self.user = user
        self.info = _Info(accounting)
        self.calls: list[str] = []

    def request(self, method: str, path: str, each: Any = None, **_: Any) -> dict[str, Any]:
        path = path.replace("{v}", self.api)
        self.calls.append(path)
        bare = path.split("?", 1)[0]
        for key in sorted(self.answers, key=len, reverse=True):
            if bare.endswith(key):
                value = self.answers[key]
                if isinstance(value, Exception):
                    raise value
                if each is not None:  # like Session.request: the real streaming parser
                    return loads_list(json.dumps(value).encode(), *each)  # type: ignore[no-any-return]
                return value  # type: ignore[no-any-return]
        raise SlurmError(f"no answer for {path}", status=404)

    def close(self) -> None:
        pass


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def run(
    monkeypatch: pytest.MonkeyPatch,
    fake: Fake,
    argv: list[str],
    env: Optional[dict[str, str]] = None,
) -> tuple[int, str, str]:
    import slurm_proxy.session as session

    monkeypatch.setattr(session.Session, "open", classmethod(lambda cls, inv, cluster=None: fake))
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(
        prog="sacct",
        argv=argv,
        env=dict(env or {"TZ": "UTC"}),
        stdin=io.BytesIO(b""),
        out=out,
        err=err,
    )
    rc = execute(command.run, inv)
    return rc, out.getvalue(), err.getvalue()


# --- end to end on recorded answers -------------------------------------------------------


@needs_recordings
def test_2205_default_format_and_exit_code_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake(
        "v0.0.38",
        "22.05.8",
        {
            "/slurmdb/v0.0.38/jobs": recorded("live-22.05/slurmdb-jobs.json"),
            "/slurm/v0.0.38/job/8": recorded("live-22.05/job-exit3.json"),
            "/slurm/v0.0.38/diag": {
                "statistics": {"rpcs_by_user": [{"user": "slurmtest", "user_id": 1001}]}
            },
        },
    )
    rc, out, err = run(monkeypatch, fake, ["-j", "2,8"])
    assert (rc, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "JobID           JobName  Partition    Account  AllocCPUS      State ExitCode "
    )
    assert lines[1] == (
        "------------ ---------- ---------- ---------- ---------- ---------- -------- "
    )
    job8 = [ln for ln in lines if ln.startswith("8 ")]
    assert job8 == ["8                 exit3      debug         ci          1     FAILED      3:0 "]
    assert any(ln.startswith("8.batch") and ln.endswith("     FAILED      3:0 ") for ln in lines)
    # cancelled by slurmtest: the uid comes from slurmctld's RPC statistics
    assert any(ln.startswith("2 ") and "CANCELLED+" in ln for ln in lines)
    assert "/slurm/v0.0.38/job/8" in fake.calls
    # 22.05 lists: one CSV value, comma percent-encoded; times as uts<epoch>
    slurmdb = next(c for c in fake.calls if c.startswith("/slurmdb/v0.0.38/jobs"))
    assert "step=2%2C8" in slurmdb and "end_time=uts" in slurmdb


@needs_recordings
def test_2205_cancelled_by_uid_parsable(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake(
        "v0.0.38",
        "22.05.8",
        {
            "/slurmdb/v0.0.38/jobs": recorded("live-22.05/slurmdb-jobs.json"),
            "/slurm/v0.0.38/job/8": recorded("live-22.05/job-exit3.json"),
            "/slurm/v0.0.38/diag": {
                "statistics": {"rpcs_by_user": [{"user": "slurmtest", "user_id": 1001}]}
            },
        },
    )
    rc, out, _ = run(monkeypatch, fake, ["-j", "2", "-X", "-P", "-n", "-o", "JobIDRaw,State"])
    assert rc == 0
    # (the stand-in ignores the server-side filter and answers every job)
    assert "2|CANCELLED by 1001\n" in out


@needs_recordings
def test_2411_parsable_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    body = recorded("live-24.11/slurmdb-jobs-v0.0.42.json")
    fake = Fake("v0.0.42", "24.11.5", {"/slurmdb/v0.0.42/jobs": body})
    rc, out, err = run(monkeypatch, fake, ["-j", "1", "-p", "-o", "jobid,jobname,state,exitcode"])
    assert (rc, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "JobID|JobName|State|ExitCode|"
    assert all(ln.endswith("|") for ln in lines)
    assert any(ln.startswith("1.batch|batch|") for ln in lines)
    path = fake.calls[0]
    assert "step=1&" in path and "disable_truncate_usage_time=true" in path


@needs_recordings
def test_2605_all_fields_render(monkeypatch: pytest.MonkeyPatch) -> None:
    body = recorded("live-26.05/slurmdb-jobs-v0.0.45.json")
    fake = Fake(
        "v0.0.45",
        "26.05.5",
        {
            "/slurmdb/v0.0.45/jobs": body,
            "/slurm/v0.0.45/diag": {},
            "/slurmdb/v0.0.45/qos": recorded("live-26.05/slurmdb-qos-v0.0.45.json"),
        },
    )
    rc, out, err = run(monkeypatch, fake, ["-j", "15", "-o", "ALL", "-P"])
    assert (rc, err) == (0, "")
    header, *rows = out.splitlines()
    names = header.split("|")
    assert len(names) == 123
    row = next(r for r in (dict(zip(names, ln.split("|"))) for ln in rows) if r["JobID"] == "15")
    assert row["JobID"] == "15" and row["State"] == "COMPLETED" and row["ExitCode"] == "0:0"
    assert row["SLUID"] == "sE5HM8AEYYYJ00"
    assert row["QOSRAW"] == "1"
    assert row["ReqMem"] == "2000M"
    assert row["AllocTRES"] == "billing=1,cpu=1,node=1"
    assert row["Timelimit"] == "UNLIMITED"
    assert row["Start"] == time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(1795647568))


def test_accounting_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    nodb = SlurmError("slurmrestd answered HTTP 404: Unable to find requested URL", status=404)
    fake = Fake("v0.0.44", "26.05.5", {"/slurmdb/v0.0.44/jobs": nodb}, accounting=None)
    assert run(monkeypatch, fake, []) == (1, "", "Slurm accounting storage is disabled\n")
    fake = Fake("v0.0.44", "26.05.5", {}, accounting=False)
    assert run(monkeypatch, fake, ["-j", "1"]) == (1, "", "Slurm accounting storage is disabled\n")


def test_errors_and_help(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake("v0.0.42", "24.11.5", {"/slurmdb/v0.0.42/jobs": {"jobs": []}})
    assert run(monkeypatch, fake, ["-V"]) == (0, "slurm 24.11.5\n", "")
    rc, out, err = run(monkeypatch, fake, ["-o", "jobid,bogus"])
    assert (rc, out, err) == (1, "", 'sacct: error: Invalid field requested: "bogus"\n')
    rc, out, err = run(monkeypatch, fake, ["foo"])
    assert (rc, err) == (1, "sacct: error: Unknown arguments:\nsacct: error:  foo\n")
    rc, out, err = run(monkeypatch, fake, ["-s", "nope"])
    assert (rc, err) == (1, "sacct: fatal: unrecognized job state value 'nope'\n")
    rc, out, err = run(monkeypatch, fake, ["-S", "notatime"])
    assert (rc, err) == (1, "Invalid time specification (pos=0): notatime\n")
    rc, out, err = run(monkeypatch, fake, ["--bogus"])
    assert (rc, err) == (1, "sacct: unrecognized option '--bogus'\n")
    rc, out, err = run(monkeypatch, fake, ["--usage"])
    assert (rc, out) == (0, help.usage_text((24, 11)))
    assert out.startswith("Usage: sacct [-") and "[--helpstate]" in out
    rc, out, _ = run(monkeypatch, fake, ["--help"])
    assert (rc, out) == (0, help.help_text((24, 11)))
    assert "  -j, --jobs=LIST " in out and "--completion" not in out
    rc, out, _ = run(monkeypatch, fake, ["-e"])
    assert rc == 0 and out.startswith("Account             AdminComment        AllocCPUS ")
    rc, out, err = run(monkeypatch, fake, ["-j", "5", "-c"])
    assert rc == 1 and "not supported by slurm-proxy" in err
    rc, out, err = run(monkeypatch, fake, ["-S", "2021-01-02", "-E", "2021-01-01"])
    assert (rc, err) == (
        1,
        "sacct: error: Start time (2021-01-02T00:00:00) requested is "
        "after end time (2021-01-01T00:00:00).\n",
    )


def test_nothing_found_prints_header_only(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = Fake("v0.0.42", "24.11.5", {"/slurmdb/v0.0.42/jobs": {"jobs": []}})
    rc, out, err = run(monkeypatch, fake, ["-j", "999999", "-o", "jobid,state"])
    assert (rc, out, err) == (0, "JobID             State \n------------ ---------- \n", "")


# --- building blocks ------------------------------------------------------------------------


def test_field_list_quirks() -> None:
    table = fields.field_table("24.11")
    got = command.build_fields("jobidr,stat%20,exit,", table)
    assert [(f.name, f.width) for f in got] == [("JobIDRaw", -12), ("State", 20), ("ExitCode", 8)]
    # an empty entry ends the list (Slurm's loop stops there)
    assert [f.name for f in command.build_fields("jobid,,state,", fields.field_table("24.11"))] == [
        "JobID"
    ]
    # "a" is a prefix of "ALL"
    assert len(command.build_fields("a,", fields.field_table("24.11"))) == 118
    with pytest.raises(options.Exit) as exc:
        command.build_fields("allocgres,", fields.field_table("24.11"))
    assert exc.value.err == "sacct: fatal: AllocGRES has been removed, please use AllocTRES\n"


def _ctx(**kw: Any) -> fields.Ctx:
    return fields.Ctx(rel=(24, 11), env={}, **kw)


def test_render_widths_and_truncation() -> None:
    f = fields.Field(10, "JobName", "str", "JOBNAME")
    assert fields.render(f, "averylongjobname", _ctx(), False) == "averylong+ "
    assert fields.render(f, "short", _ctx(), False) == "     short "
    assert fields.render(fields.Field(-10, "X", "str", ""), "short", _ctx(), False) == "short      "
    assert fields.render(f, None, _ctx(), False) == "           "
    assert fields.render(f, None, _ctx(parsable=2), True) == ""
    assert fields.render(f, "x", _ctx(parsable=1), True) == "x|"
    assert fields.render(f, "x", _ctx(parsable=1, delimiter="::"), False) == "x::"
    n = fields.Field(8, "NNodes", "uint", "NNODES")
    assert fields.render(n, 12345678901 & 0xFFFFFFFF, _ctx(), False).endswith(" ")
    assert fields.render(n, acct.NO_VAL, _ctx(), False) == "         "
    t = fields.Field(10, "Elapsed", "time_from_secs", "ELAPSED")
    assert fields.render(t, 90061, _ctx(), False) == "1-01:01:01 "
    d = fields.Field(10, "Start", "date", "START")
    assert fields.render(d, 1795647568, _ctx(), False) == "########## "
    assert fields.render(d, 0, _ctx(), False) == "   Unknown "


def test_convert_num_unit() -> None:
    c = fmt.convert_num_unit
    exact = fmt.CONVERT_NUM_UNIT_EXACT
    assert c(2000, fmt.UNIT_MEGA, acct.NO_VAL, exact) == "2000M"
    assert c(2048, fmt.UNIT_MEGA, acct.NO_VAL, exact) == "2G"
    assert c(1536, fmt.UNIT_MEGA, acct.NO_VAL, exact) == "1.50G"
    assert c(0, fmt.UNIT_MEGA, acct.NO_VAL, exact) == "0"
    assert c(2048, fmt.UNIT_MEGA, acct.NO_VAL, exact | fmt.CONVERT_NUM_UNIT_NO) == "2048M"
    assert c(50, fmt.UNIT_MEGA, fmt.UNIT_GIGA, exact) == "0.05G"
    assert c(5728 * 1024, fmt.UNIT_NONE, acct.NO_VAL, exact) == "5728K"
    assert fmt.convert_num_unit2(2440000, fmt.UNIT_KILO, acct.NO_VAL, 1000, 0) == "2.44G"
    assert fmt.elapsed_time(0, 3127) == "00:00.003"
    assert fmt.elapsed_time(3725, 0) == "01:02:05"
    assert fmt.elapsed_time(59, 0) == "00:00:59"


def test_parse_steps() -> None:
    steps: list[options.Selected] = []
    options.addto_step_list(steps, "12,12.batch,13_4,14+1,15.0+1,12")
    assert [s.query_str() for s in steps] == ["12", "12.batch", "13_4", "14+1", "15.0+1"]
    with pytest.raises(options.Exit) as exc:
        options.addto_step_list(steps, "abc")
    assert exc.value.err == "sacct: fatal: Bad job/step specified: abc\n"


def test_build_query_per_version() -> None:
    p = options.Params(family="22.05", usage_start=0, usage_end=1795650000)
    options.addto_step_list(p.steps, "345.1")
    q = query.encode(query.build_query(p, "v0.0.38", None, None))
    # a lone "345.1" would be read as a float by 22.05: sent twice as a CSV string
    assert q == "end_time=uts1795650000&step=345.1%2C345.1"
    p = options.Params(
        family="24.11",
        usage_start=1795600000,
        usage_end=1795650000,
        states=[3, 5],
        jobnames=["a", "b"],
        no_steps=True,
    )
    q = query.encode(query.build_query(p, "v0.0.42", ["slurmtest"], None))
    assert q == (
        "start_time=1795600000&end_time=1795650000&users=slurmtest&job_name=a"
        "&job_name=b&state=COMPLETED&state=FAILED&skip_steps=true"
        "&disable_truncate_usage_time=true"
    )


def test_default_window() -> None:
    now, midnight = 1795650000, 1795651200 - 86400
    p = options.Params(family="24.11")
    options.default_window(p, now, midnight)
    assert (p.usage_start, p.usage_end) == (midnight, now + 1)
    p = options.Params(family="24.11", steps=[options.Selected(5)])
    options.default_window(p, now, midnight)
    assert (p.usage_start, p.usage_end) == (0, now + 1)
    p = options.Params(family="24.11", states=[3])
    options.default_window(p, now, midnight)
    assert (p.usage_start, p.usage_end) == (now, now + 1)


def test_selection_show_full() -> None:
    job = acct.AcctJob(jobid=9)
    for sid in (acct.SLURM_BATCH_SCRIPT, 0, 1):
        job.steps.append(acct.AcctStep(job=job, step_id=sid))
    query.apply_selection([job], [options.parse_step("9.1")])
    assert not job.show_full and [s.step_id for s in job.steps] == [1]
    job2 = acct.AcctJob(jobid=10, array_job_id=7, array_task_id=2)
    query.apply_selection([job2], [options.parse_step("7")])
    assert job2.show_full


def test_family_of() -> None:
    assert command.family_of("24.11.5") == "24.11"
    assert command.family_of("25.11.0") == "25.11"
    assert command.family_of("23.11.4") == "23.11"
    assert command.family_of("27.05.1") == "26.05"
    assert command.family_of("21.08.8") == "22.05"


@needs_recordings
def test_own_cluster_only_without_clusters_option(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slurmdbd shared by two clusters: without -M only the server's own cluster
    (meta.slurm.cluster), as the real sacct asks its slurmdbd for."""
    import copy

    body = recorded("live-24.11/slurmdb-jobs-v0.0.42.json")
    argv = ["-a", "-X", "-P", "-n", "-o", "Cluster,JobIDRaw,State"]
    alone = run(monkeypatch, Fake("v0.0.42", "24.11.5", {"/slurmdb/v0.0.42/jobs": body}), argv)
    shared = copy.deepcopy(body)
    for job in copy.deepcopy(body["jobs"]):
        job["cluster"], job["job_id"] = "other", job["job_id"] + 1000
        shared["jobs"].append(job)
    fake = Fake("v0.0.42", "24.11.5", {"/slurmdb/v0.0.42/jobs": shared})
    rc, out, err = run(monkeypatch, fake, argv)
    assert (rc, out, err) == alone and out.startswith("ci24|1|") and "other" not in out
    assert "cluster=" not in fake.calls[-1]
    rc, out, _ = run(monkeypatch, fake, ["--json", "-a"])  # (drops them from `shared`)
    assert {j["cluster"] for j in json.loads(out)["jobs"]} == {"ci24"}
    # v0.0.38/39 answers do not name the server's cluster: nothing to filter by
    no_meta = copy.deepcopy(body)
    del no_meta["meta"]["slurm"]["cluster"]
    no_meta["jobs"] += [
        {**j, "cluster": "other", "job_id": j["job_id"] + 1000} for j in body["jobs"]
    ]
    rc, out, _ = run(
        monkeypatch, Fake("v0.0.42", "24.11.5", {"/slurmdb/v0.0.42/jobs": no_meta}), argv
    )
    assert rc == 0 and out.count("other|") == len(body["jobs"])
