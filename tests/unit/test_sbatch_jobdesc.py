"""The submit request bodies sbatch sends, per slurmrestd API version."""

from __future__ import annotations

import io
from typing import Any, Optional

import pytest

from slurm_proxy.cli import Invocation
from slurm_proxy.common.parse import INFINITE, NO_VAL16
from slurm_proxy.sbatch import jobdesc, prepare
from slurm_proxy.sbatch.opt import Opt

SH = b"#!/bin/sh\n"


def desc(
    argv: list[str],
    script: bytes = SH + b"true\n",
    cwd: str = "/work",
    release: tuple[int, int] = (24, 11),
) -> dict[str, Any]:
    inv = Invocation(
        prog="sbatch",
        argv=argv,
        env={},
        cwd=cwd,
        stdin=io.BytesIO(script),
        out=io.StringIO(),
        err=io.StringIO(),
    )
    o = Opt(prog="sbatch", cwd=cwd, chdir=cwd, release=release)
    body = prepare(inv, o)
    return jobdesc.describe(o, {"PATH": "/bin", "A": "b=c"}, body.decode())


def body(
    argv: list[str],
    api: str,
    release: Optional[tuple[int, ...]] = None,
    script: bytes = SH + b"true\n",
) -> dict[str, Any]:
    rel = (
        release
        or {
            38: (22, 5, 8),
            39: (23, 2, 8),
            40: (23, 11, 10),
            41: (24, 5, 3),
            42: (24, 11, 5),
            43: (25, 5, 4),
            44: (25, 11, 0),
            45: (26, 5, 5),
        }[jobdesc.api_number(api)]
    )
    return jobdesc.render(desc(argv, script, release=(rel[0], rel[1])), api, rel)


def noval(n: int) -> dict[str, Any]:
    return {"set": True, "infinite": False, "number": n}


# -- what sbatch computes -----
def test_describe_like_slurm_opt_create_job_desc() -> None:
    d = desc(["-n", "2", "-c", "3", "-J", "x", "--mem-per-cpu=100", "-H"])
    assert d["num_tasks"] == 2 and d["cpus_per_task"] == 3
    assert d["min_cpus"] == 6 and d["pn_min_cpus"] == 3
    assert d["pn_min_memory"] == 100 | jobdesc.MEM_PER_CPU
    assert d["priority"] == 0 and d["name"] == "x"
    assert d["bitflags"] & (1 << 14) and d["bitflags"] & (1 << 15)
    assert d["std_in"] == "/dev/null" and d["work_dir"] == "/work"
    assert d["tres_per_task"] == "cpu=3"
    assert desc(["-c", "3"], release=(22, 5)).get("tres_per_task") is None
    d = desc([])
    assert d["name"] == "sbatch" and d["min_cpus"] == 1 and "num_tasks" not in d
    d = desc(["-N", "2", "--ntasks-per-node=3"])
    assert d["min_cpus"] == 6 and d["min_nodes"] == 2
    d = desc(["-n", "5", "--ntasks-per-node=2"])
    assert d["min_nodes"] == 3
    d = desc(["--gpus=2", "--gpus-per-node=a100:1", "--gres=shard:2", "--cpus-per-gpu=4"])
    assert d["tres_per_job"] == "gres/gpu:2"
    assert d["tres_per_node"] == "gres/gpu:a100:1,gres/shard:2"
    assert d["cpus_per_tres"] == "gres/gpu:4"
    assert desc(["--gpus=2"], release=(22, 5))["tres_per_job"] == "gres:gpu:2"
    d = desc(["-w", "n3,n[1-2]", "-x", "n9"])
    assert d["req_nodes"] == "n[1-3]" and d["exc_nodes"] == "n9"


def test_script_arguments(tmp_path: Any) -> None:
    script = tmp_path / "job.sh"
    script.write_bytes(SH)
    d = desc([str(script), "a", "b c"], cwd=str(tmp_path))
    assert d["argv"] == [str(script), "a", "b c"] and d["name"] == "job.sh"


# -- v0.0.38 (22.05): sbatch option arguments, top-level script, environment dict -----
def test_v0038() -> None:
    b = body(
        [
            "-J",
            "x",
            "-t",
            "1-0",
            "--mem=2G",
            "-c",
            "2",
            "-n",
            "1",
            "--begin=uts1800000000",
            "--signal=USR2@30",
            "-H",
            "--exclusive",
            "--mail-type=END,FAIL",
            "--open-mode=append",
            "--no-requeue",
            "--nice=5",
            "-N",
            "1-2",
            "--kill-on-invalid-dep=yes",
            "-d",
            "afterok:1",
        ],
        "v0.0.38",
    )
    job = b["job"]
    assert b["script"] == "#!/bin/sh\ntrue\n" and "script" not in job
    assert job["environment"] == {"PATH": "/bin", "A": "b=c"}
    assert job["time_limit"] == "1440" and job["memory_per_node"] == 2048
    assert job["begin_time"] == "uts1800000000" and job["signal"] == "USR2@30"
    assert job["hold"] is True and job["exclusive"] == "exclusive"
    assert job["mail_type"] == "END,FAIL" and job["open_mode"] == "append"
    assert job["no_requeue"] is True and job["nice"] == 5 and job["nodes"] == "1-1"  # -n 1 caps
    assert job["kill_on_invalid_dependency"] is True and job["dependency"] == "afterok:1"
    assert job["current_working_directory"] == "/work" and job["tasks"] == 1
    assert job["minimum_cpus_per_node"] == 2 and "argv" not in job
    assert body(["-t", "0"], "v0.0.38")["job"]["time_limit"] == "UNLIMITED"
    assert body(["-s"], "v0.0.38")["job"]["oversubscribe"] is True


def test_v0038_cannot_carry_everything(tmp_path: Any) -> None:
    notes: list[str] = []
    b = jobdesc.render(desc(["--signal=B:USR2@30"], release=(22, 5)), "v0.0.38", (22, 5, 8), notes)
    assert b["job"]["signal"] == "USR2@30" and notes and "B:" in notes[0]
    script = tmp_path / "job.sh"
    script.write_bytes(SH)
    with pytest.raises(jobdesc.Unsendable):
        jobdesc.render(desc([str(script), "arg"], cwd=str(tmp_path), release=(22, 5)), "v0.0.38")
    with pytest.raises(jobdesc.Unsendable):
        jobdesc.render(desc(["--contiguous"], release=(22, 5)), "v0.0.38")


# -- data_parser versions -----
@pytest.mark.parametrize("api", ["v0.0.40", "v0.0.41", "v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"])
def test_data_parser_common(api: str) -> None:
    b = body(
        [
            "-J",
            "x",
            "-t",
            "90",
            "--mem=100",
            "-H",
            "--comment=c",
            "-p",
            "debug",
            "-o",
            "out-%j",
            "--open-mode=truncate",
            "--requeue",
            "-A",
            "acct",
            "-q",
            "q",
            "--mail-type=ALL",
            "--mail-user=u@x",
            "--signal=B:USR2@30",
            "--exclusive=user",
            "--array=0-3%2",
            "--tmp=50",
            "-d",
            "afterany:2",
            "--reservation=r",
            "--wckey=w",
            "-L",
            "lic:1",
        ],
        api,
    )
    job = b["job"]
    assert set(b) == {"job"} and job["script"] == "#!/bin/sh\ntrue\n"
    assert job["environment"] == ["PATH=/bin", "A=b=c"]
    assert job["current_working_directory"] == "/work"
    assert job["time_limit"] == noval(90) and job["memory_per_node"] == noval(100)
    assert job["hold"] is True and "priority" not in job
    assert job["standard_output"] == "/work/out-%j" and job["standard_input"] == "/dev/null"
    assert job["open_mode"] == ["TRUNCATE"] and job["requeue"] is True
    assert job["mail_type"] == [
        "BEGIN",
        "END",
        "FAIL",
        "REQUEUE",
        "STAGE_OUT",
        "INVALID_DEPENDENCY",
    ]
    assert job["kill_warning_signal"] == "USR2" and job["kill_warning_flags"] == ["BATCH_JOB"]
    assert job["kill_warning_delay"] == noval(30)
    assert job["shared"] == ["user"] and job["array"] == "0-3%2"
    assert job["temporary_disk_per_node"] == 50 and job["minimum_cpus"] == 1
    assert (job["name"], job["partition"], job["account"], job["qos"]) == (
        "x",
        "debug",
        "acct",
        "q",
    )
    assert (job["dependency"], job["reservation"], job["wckey"], job["licenses"]) == (
        "afterany:2",
        "r",
        "w",
        "lic:1",
    )
    if jobdesc.api_number(api) >= 42:
        assert job["oom_kill_step"] == NO_VAL16
    else:
        assert "oom_kill_step" not in job


def test_v0039_script_is_top_level() -> None:
    b = body(["-t", "5"], "v0.0.39")
    assert b["script"].startswith("#!") and "script" not in b["job"]
    assert b["job"]["time_limit"] == noval(5)


def test_numbers_and_structs() -> None:
    assert body(["--begin=uts1800000000"], "v0.0.40")["job"]["begin_time"] == noval(1800000000)
    assert body(["--begin=uts1800000000"], "v0.0.39")["job"]["begin_time"] == 1800000000
    assert body(["-t", "UNLIMITED"], "v0.0.42")["job"]["time_limit"] == {
        "set": True,
        "infinite": True,
        "number": 0,
    }
    assert body(["-t", "0"], "v0.0.44")["job"]["time_limit"]["infinite"] is True
    job = body(["--mem-per-cpu=1G", "-c", "2", "-n", "3"], "v0.0.42")["job"]
    assert job["memory_per_cpu"] == noval(1024) and "memory_per_node" not in job
    assert job["cpus_per_task"] == 2 and job["tasks"] == 3 and job["minimum_cpus"] == 6
    assert job["minimum_cpus_per_node"] == 2
    assert job["flags"] == ["EXACT_TASK_COUNT_REQUESTED", "EXACT_CPU_COUNT_REQUESTED"]
    assert job["tres_per_task"] == "cpu=2"
    assert body(["--priority=10"], "v0.0.41")["job"]["priority"] == noval(10)
    assert body(["--priority=TOP"], "v0.0.42")["job"]["priority"] == noval(4294967293)


def test_nice_only_where_slurmrestd_can_parse_it() -> None:
    d = desc(["--nice=10000"])
    assert jobdesc.render(d, "v0.0.41")["job"]["nice"] == 10000
    assert jobdesc.render(d, "v0.0.40", (23, 11, 2))["job"]["nice"] == 10000
    for api, rel in (("v0.0.39", (23, 2, 8)), ("v0.0.40", (23, 11, 1)), ("v0.0.40", None)):
        assert not jobdesc.nice_allowed(api, rel)
        with pytest.raises(jobdesc.Unsendable):
            jobdesc.render(d, api, rel)


def test_fields_a_version_lacks_are_not_dropped() -> None:
    with pytest.raises(jobdesc.Unsendable):
        body(["--cores-per-socket=2"], "v0.0.42")
    assert body(["--cores-per-socket=2"], "v0.0.45")["job"]["cores_per_socket"] == 2
    assert body(["--cores-per-socket=2"], "v0.0.40")["job"]["cores_per_socket"] == 2
    with pytest.raises(jobdesc.Unsendable):
        body(["-N", "1,3"], "v0.0.41")
    job = body(["-N", "1,3"], "v0.0.42")["job"]
    assert job["nodes"] == "1,3" and "minimum_nodes" not in job


def test_node_counts_and_lists() -> None:
    job = body(["-N", "2-4", "-w", "n[1-2]", "-x", "n5"], "v0.0.44")["job"]
    assert (job["minimum_nodes"], job["maximum_nodes"]) == (2, 4)
    assert job["required_nodes"] == "n[1-2]" and job["excluded_nodes"] == "n5"
    job = body(["--exclusive"], "v0.0.42")["job"]
    assert job["shared"] == ["none"]
    job = body(["-s"], "v0.0.42")["job"]
    assert job["shared"] == ["oversubscribe"]


def test_time_min_and_deadline() -> None:
    job = body(["--time-min=10", "--deadline=uts1900000000", "--delay-boot=5"], "v0.0.42")["job"]
    assert job["time_minimum"] == noval(10) and job["deadline"] == 1900000000
    assert job["delay_boot"] == 300
    assert INFINITE == 0xFFFFFFFF
