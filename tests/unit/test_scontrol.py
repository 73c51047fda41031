"""scontrol on recorded responses: show node/partition/job layouts, ping, update bodies
per API version, hold/release, and the error paths of the real command.

Byte-for-byte comparison with the real scontrol is in tests/live/test_scontrol_diff.py.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest

from slurm_proxy.errors import SlurmError
from slurm_proxy.scontrol import help, update
from tests.unit.fake_rest import RECORDED, FakeSession, recorded, run_with

pytestmark = pytest.mark.skipif(not RECORDED.is_dir(), reason="no recorded responses")


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def s2411(**extra: Any) -> FakeSession:
    return FakeSession(
        "v0.0.42",
        "24.11.5",
        {
            "/partitions": recorded("live-24.11/partitions-v0.0.42.json"),
            "/nodes": recorded("live-24.11/nodes-v0.0.42.json"),
            "/job/17": recorded("live-24.11/job-running-v0.0.42.json"),
            "/jobs": recorded("live-24.11/jobs-v0.0.42.json"),
            "/ping": recorded("live-24.11/ping-v0.0.42.json"),
            **extra,
        },
    )


def s2205(**extra: Any) -> FakeSession:
    return FakeSession(
        "v0.0.38",
        "22.05.8",
        {
            "/partitions": recorded("live-22.05/partitions.json"),
            "/nodes": recorded("live-22.05/nodes.json"),
            "/ping": recorded("live-22.05/ping-v0.0.38.json"),
            **extra,
        },
    )


def s2605(**extra: Any) -> FakeSession:
    return FakeSession(
        "v0.0.45",
        "26.05.5",
        {
            "/partitions": recorded("live-26.05/partitions-v0.0.45.json"),
            "/nodes": recorded("live-26.05/nodes-v0.0.45.json"),
            "/ping": recorded("live-26.05/ping-v0.0.45.json"),
            **extra,
        },
    )


NODE_2411 = "".join(
    line + "\n"
    for line in [
        "NodeName=vm Arch=x86_64 CoresPerSocket=1 ",
        "   CPUAlloc=3 CPUEfctv=4 CPUTot=4 CPULoad=1.95",
        "   AvailableFeatures=(null)",
        "   ActiveFeatures=(null)",
        "   Gres=(null)",
        "   NodeAddr=127.0.0.1 NodeHostName=vm Version=24.11.5",
        "   OS=Linux 6.18.44-fc-v595 #1 SMP PREEMPT_DYNAMIC @0 ",
        "   RealMemory=2000 AllocMem=0 FreeMem=22569 Sockets=4 Boards=1",
        "   State=MIXED ThreadsPerCore=1 TmpDisk=0 Weight=1 Owner=N/A MCS_label=N/A",
        "   Partitions=debug ",
        "   BootTime=2026-11-25T22:11:49 SlurmdStartTime=2026-11-25T22:38:03",
        "   LastBusyTime=2026-11-25T22:38:34 ResumeAfterTime=None",
        "   CfgTRES=cpu=4,mem=2000M,billing=4",
        "   AllocTRES=cpu=3",
        "   CurrentWatts=0 AveWatts=0",
        "   ",
        "",
    ]
)


def test_show_node_2411(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "node"])
    assert (r.rc, r.out, r.err) == (0, NODE_2411, "")
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "node", "vm"])
    assert r.out == NODE_2411


def test_show_node_oneliner(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["-o", "show", "node"])
    assert r.out.startswith("NodeName=vm Arch=x86_64 CoresPerSocket=1  CPUAlloc=3 ")
    assert r.out.endswith("CurrentWatts=0 AveWatts=0 \n") and r.out.count("\n") == 1


def test_show_node_2205_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2205(), "scontrol", ["show", "node", "vm"])
    lines = r.out.splitlines()
    assert lines[-4:-1] == [
        "   CapWatts=n/a",
        "   CurrentWatts=0 AveWatts=0",
        "   ExtSensorsJoules=n/s ExtSensorsWatts=0 ExtSensorsTemp=n/s",
    ]
    assert any(line.startswith("   LastBusyTime=") and "Resume" not in line for line in lines)
    assert not any("GresDrain" in line for line in lines)


def test_show_node_details_gres_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    # slurmctld fills gres_drain/gres_used only for SHOW_DETAIL; slurmrestd always asks
    plain = run_with(monkeypatch, s2205(), "scontrol", ["show", "node", "vm"]).out
    detailed = run_with(monkeypatch, s2205(), "scontrol", ["-d", "show", "node", "vm"]).out
    assert "GresDrain" not in plain
    assert detailed == plain.replace("   Gres=(null)\n", "   Gres=(null)\n   GresDrain=N/A\n")


def test_show_node_2605_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2605(), "scontrol", ["show", "node"])
    assert "ResumeAfterTime=None SuspendTime=INFINITE\n" in r.out
    assert r.out.endswith("   CurrentWatts=0 AveWatts=0\n\n")


def test_show_node_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "node", "vm,nosuch"])
    assert r.rc == 1 and r.out.endswith("Node nosuch not found\n") and r.err == ""


PART_2411 = "".join(
    line + "\n"
    for line in [
        "PartitionName=debug",
        "   AllowGroups=ALL AllowAccounts=ALL AllowQos=ALL",
        "   AllocNodes=ALL Default=YES QoS=N/A",
        "   DefaultTime=NONE DisableRootJobs=NO ExclusiveUser=NO ExclusiveTopo=NO GraceTime=0"
        " Hidden=NO",
        "   MaxNodes=UNLIMITED MaxTime=UNLIMITED MinNodes=0 LLN=NO MaxCPUsPerNode=UNLIMITED"
        " MaxCPUsPerSocket=UNLIMITED",
        "   Nodes=vm",
        "   PriorityJobFactor=1 PriorityTier=1 RootOnly=NO ReqResv=NO OverSubscribe=NO",
        "   OverTimeLimit=NONE PreemptMode=OFF",
        "   State=UP TotalCPUs=4 TotalNodes=1 SelectTypeParameters=NONE",
        "   JobDefaults=(null)",
        "   DefMemPerNode=UNLIMITED MaxMemPerNode=UNLIMITED",
        "   TRES=cpu=4,mem=2000M,node=1,billing=4",
        "",
    ]
)


def test_show_partition_2411(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "partition"])
    assert (r.rc, r.out, r.err) == (0, PART_2411, "")
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "part", "debug"])
    assert r.out == PART_2411


def test_show_partition_other_releases(monkeypatch: pytest.MonkeyPatch) -> None:
    out = run_with(monkeypatch, s2205(), "scontrol", ["show", "partition"]).out
    assert "DisableRootJobs=NO ExclusiveUser=NO GraceTime=0 Hidden=NO\n" in out
    assert "MaxCPUsPerNode=UNLIMITED\n" in out and "MaxCPUsPerSocket" not in out
    out = run_with(monkeypatch, s2605(), "scontrol", ["show", "partition"]).out
    assert " DisableRootJobs=NO Exclusive=NO GraceTime=0 Hidden=NO\n" in out
    assert " OverSubscribe=NO\n" in out and "PreemptMode=OFF" in out


def test_show_partition_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "partition", "nosuch"])
    assert (r.rc, r.out, r.err) == (1, "Partition nosuch not found\n", "")


def test_show_job_oneliner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: 1795646346 + 75)
    r = run_with(monkeypatch, s2411(), "scontrol", ["-o", "show", "job", "17"])
    assert r.rc == 0 and r.err == ""
    assert r.out.startswith(
        "JobId=17 JobName=sleeper UserId=slurmtest(2411) "
        "GroupId=slurmtest(2411) MCS_label=N/A Priority=1 Nice=0 "
        "Account=ci QOS=normal JobState=RUNNING Reason=None "
        "Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 "
        "ExitCode=0:0 RunTime=00:01:15 TimeLimit=00:10:00 TimeMin=N/A "
    )
    assert (
        " NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 ReqB:S:C:T=0:0:*:* "
        "ReqTRES=cpu=1,mem=2000M,node=1,billing=1 AllocTRES=cpu=1,node=1,billing=1 "
    ) in r.out
    assert r.out.endswith(
        " WorkDir=/tmp StdErr=/tmp/slurm-17.out StdIn=/dev/null StdOut=/tmp/slurm-17.out \n"
    )


def test_show_job_details(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["-d", "show", "job", "17"])
    assert "   DerivedExitCode=0:0\n" in r.out
    assert "   JOB_GRES=(null)\n     Nodes=vm CPU_IDs=" in r.out


def test_show_job_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    gone = SlurmError("Invalid job id specified", errno=2017, status=404)
    r = run_with(monkeypatch, s2411(**{"/job/999999": gone}), "scontrol", ["show", "job", "999999"])
    assert (r.rc, r.out, r.err) == (1, "", "slurm_load_jobs error: Invalid job id specified\n")
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "job", "abc"])
    assert (r.rc, r.err) == (1, "scontrol_print_job error: Invalid job id specified\n")
    r = run_with(monkeypatch, s2411(**{"/jobs": {"jobs": []}}), "scontrol", ["show", "job"])
    assert (r.rc, r.out) == (0, "No jobs in the system\n")
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "job", "17_4"])
    assert (r.rc, r.out) == (1, "Job 17_4 not found\n")


@pytest.mark.parametrize("fake", [s2205, s2411, s2605])
def test_ping_every_shape(monkeypatch: pytest.MonkeyPatch, fake: Any) -> None:
    r = run_with(monkeypatch, fake(), "scontrol", ["ping"])
    assert (r.rc, r.out, r.err) == (0, "Slurmctld(primary) at vm is UP\n", "")


def test_ping_down_and_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    body = {"pings": [{"hostname": "a", "pinged": "DOWN"}, {"hostname": "b", "pinged": "UP"}]}
    monkeypatch.setattr(os, "getuid", lambda: 1000)
    r = run_with(monkeypatch, s2411(**{"/ping": body}), "scontrol", ["ping"])
    assert (r.rc, r.out) == (0, "Slurmctld(primary) at a is DOWN\nSlurmctld(backup) at b is UP\n")
    body = {"pings": [{"hostname": "a", "pinged": "DOWN"}]}
    monkeypatch.setattr(os, "getuid", lambda: 0)
    r = run_with(monkeypatch, s2411(**{"/ping": body}), "scontrol", ["ping"])
    assert r.rc == 1 and r.out.splitlines()[1:] == [
        "*****************************************",
        "** RESTORE SLURMCTLD DAEMON TO SERVICE **",
        "*****************************************",
    ]


# --- updates ---------------------------------------------------------------------------
def _posts(fake: FakeSession) -> list[tuple[str, Any]]:
    return [(path, body) for method, path, body in fake.calls if method == "POST"]


def test_update_bodies_v0042(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = s2411(**{"POST /job/17": {"results": None, "errors": []}})
    r = run_with(
        monkeypatch,
        fake,
        "scontrol",
        [
            "update",
            "JobId=17",
            "TimeLimit=1-00:00:00",
            "Nice=5",
            "Comment=x",
            "Partition=debug",
            "QOS=normal",
            "Account=ci",
            "MinMemoryNode=100",
            "NumCPUs=2",
            "Dependency=afterok:1",
            "Priority=3",
            "ExcNodeList=vm",
            "Features=fast",
        ],
    )
    assert (r.rc, r.out, r.err) == (0, "", "")
    assert _posts(fake) == [
        (
            "/slurm/v0.0.42/job/17",
            {
                "time_limit": {"set": True, "infinite": False, "number": 1440},
                "nice": 5,
                "comment": "x",
                "partition": "debug",
                "qos": "normal",
                "account": "ci",
                "memory_per_node": {"set": True, "infinite": False, "number": 100},
                "minimum_cpus": 2,
                "dependency": "afterok:1",
                "priority": {"set": True, "infinite": False, "number": 3},
                "excluded_nodes": "vm",
                "constraints": "fast",
            },
        )
    ]


def test_update_bodies_v0038(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = s2205(**{"POST /job/5": {"errors": []}})
    r = run_with(
        monkeypatch,
        fake,
        "scontrol",
        [
            "update",
            "JobId=5",
            "TimeLimit=UNLIMITED",
            "Nice=-3",
            "ExcNodeList=vm",
            "StartTime=now+1hour",
        ],
    )
    assert r.rc == 0, r
    ((path, body),) = _posts(fake)
    assert path == "/slurm/v0.0.38/job/5"
    assert body == {
        "time_limit": "UNLIMITED",
        "nice": "-3",
        "exclude_nodes": "vm",
        "begin_time": "now+1hour",
    }
    r = run_with(monkeypatch, s2205(), "scontrol", ["update", "JobId=5", "NumCPUs=2"])
    assert r.rc == 1
    assert r.err == "scontrol: error: update NumCPUs: not available through slurmrestd v0.0.38\n"


def test_v0038_cannot_rename(monkeypatch: pytest.MonkeyPatch) -> None:
    # v0.0.38 answers 200 to {"name": ...} and keeps the old name: refuse instead
    fake = s2205(**{"POST /job/5": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobId=5", "JobName=new"])
    assert (r.rc, r.err) == (
        1,
        "scontrol: error: update JobName: not available through slurmrestd v0.0.38\n",
    )
    assert not _posts(fake)
    # ... but a name that only selects the jobs (Arvados) is fine
    jobs = {"jobs": [{"job_id": 5, "name": "zzzzz-dz642-abc", "job_state": "PENDING"}]}
    fake = s2205(**{"/jobs": jobs, "POST /job/5": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobName=zzzzz-dz642-abc", "Nice=7"])
    assert (r.rc, r.err) == (0, "")
    assert _posts(fake) == [("/slurm/v0.0.38/job/5", {"nice": "7"})]


def test_v0038_cpus_per_task_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    # v0.0.38 dumps cpus_per_task as null: `sbatch -c 2` shows CPUs/Task=2 for real
    body = recorded("live-22.05/job-1-completed.json")
    job = body["jobs"][0]
    job.update(cpus=2, tasks=1, cpus_per_task=None, minimum_cpus_per_node=2)
    r = run_with(monkeypatch, s2205(**{"/job/1": body}), "scontrol", ["show", "job", "1"])
    assert r.rc == 0 and " NumCPUs=2 NumTasks=1 CPUs/Task=2 " in r.out, r


def test_bad_start_time_is_printed_bare(monkeypatch: pytest.MonkeyPatch) -> None:
    # parse_time() writes to stderr itself, without the "scontrol: error: " prefix
    r = run_with(monkeypatch, s2411(), "scontrol", ["update", "JobId=1", "StartTime=notatime"])
    assert (r.rc, r.out) == (1, "")
    assert r.err == "Invalid time specification (pos=0): notatime\nNo changes specified\n"


@pytest.mark.parametrize(
    "api,release,allowed",
    [
        ("v0.0.39", "23.11.10", False),
        ("v0.0.40", "23.11.1", False),
        ("v0.0.40", "23.11.2", True),
        ("v0.0.41", "24.05.3", True),
        ("v0.0.38", "23.11.1", True),
    ],
)
def test_nice_is_refused_where_it_crashes_slurmrestd(
    monkeypatch: pytest.MonkeyPatch, api: str, release: str, allowed: bool
) -> None:
    fake = FakeSession(api, release, {"POST /job/9": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobId=9", "Nice=10"])
    assert bool(_posts(fake)) is allowed
    if not allowed:
        assert r.rc == 1 and r.err.startswith("scontrol: error: Nice can not be updated")


def test_update_by_name_applies_to_every_match(monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = {
        "jobs": [
            {"job_id": 40, "name": "zzzzz-dz642-abc", "job_state": ["PENDING"]},
            {"job_id": 41, "name": "other", "job_state": ["PENDING"]},
            {"job_id": 42, "name": "zzzzz-dz642-abc", "job_state": ["RUNNING"]},
        ]
    }
    fake = s2411(**{"/jobs": jobs, "POST /job/40": {"errors": []}, "POST /job/42": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobName=zzzzz-dz642-abc", "Nice=10000"])
    assert (r.rc, r.err) == (0, "")
    assert [p for p, _ in _posts(fake)] == ["/slurm/v0.0.42/job/40", "/slurm/v0.0.42/job/42"]
    assert _posts(fake)[0][1] == {"name": "zzzzz-dz642-abc", "nice": 10000}
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobName=nothing", "Nice=1"])
    assert (r.rc, r.err) == (1, "scontrol: error: No jobs with name 'nothing'\n")


def test_update_errors_per_job(monkeypatch: pytest.MonkeyPatch) -> None:
    done = SlurmError("Job/step already completing or completed", errno=2021, status=500)
    fake = s2411(**{"POST /job/7": done, "POST /job/8": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobId=7,8", "Comment=x"])
    assert r.rc == 1
    assert r.err == "Job/step already completing or completed for job 7\n"
    assert len(_posts(fake)) == 2


@pytest.mark.parametrize(
    "argv,err",
    [
        (["update", "JobId=1"], "No changes specified\n"),
        (
            ["update", "JobId=1", "Bogus=2"],
            "Update of this parameter is not supported: Bogus=2\nRequest aborted\n",
        ),
        (["update", "JobId=1", "TimeLimit=abc"], "scontrol: error: Invalid TimeLimit value\n"),
        (
            ["update", "JobId=1", "Nice=2147483646"],
            "scontrol: error: Nice value out of range (+/- 2147483645). Value ignored\n",
        ),
        (["update", "JobId=1", "Priority=x"], "scontrol: error: Invalid Priority value: x\n"),
        (["update", "JobId", "Comment=1"], "No changes specified\n"),
        (["update", "JobId=1", "Comment"], "Invalid input: Comment\nRequest aborted\n"),
        (
            ["update", "NodeName=vm", "State=DRAIN"],
            "scontrol: error: update NodeName: not available through slurmrestd\n",
        ),
        (
            ["update", "x=y"],
            "No valid entity in update command\nInput line must include "
            '"NodeName", "PartitionName", "Reservation", "JobId", or "SlurmctldDebug"\n',
        ),
        (["update"], "too few arguments for update keyword\n"),
    ],
)
def test_update_parse_errors(monkeypatch: pytest.MonkeyPatch, argv: list[str], err: str) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", argv)
    assert (r.rc, r.out, r.err) == (1, "", err)


def test_timelimit_increment_reads_the_job(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = s2411(**{"POST /job/17": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["update", "JobId=17", "TimeLimit+=5"])
    assert r.rc == 0
    assert _posts(fake)[0][1]["time_limit"]["number"] == 15


def test_hold_release(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = s2411(**{"POST /job/17": {"errors": []}, "POST /job/18": {"errors": []}})
    r = run_with(monkeypatch, fake, "scontrol", ["hold", "17,18"])
    assert r.rc == 0 and _posts(fake) == [
        ("/slurm/v0.0.42/job/17", {"hold": True}),
        ("/slurm/v0.0.42/job/18", {"hold": True}),
    ]
    fake.calls.clear()
    run_with(monkeypatch, fake, "scontrol", ["release", "JobID=17"])
    assert _posts(fake) == [("/slurm/v0.0.42/job/17", {"hold": False})]
    gone = SlurmError("Invalid job id specified", errno=2017, status=404)
    r = run_with(monkeypatch, s2411(**{"POST /job/99": gone}), "scontrol", ["hold", "99"])
    assert (r.rc, r.err) == (
        1,
        "Invalid job id specified for job 99\nslurm_suspend error: Invalid job id specified\n",
    )
    r = run_with(monkeypatch, s2605(**{"POST /job/99": gone}), "scontrol", ["uhold", "99"])
    assert r.err.endswith("slurm_suspend error:Invalid job id specified\n")


@pytest.mark.parametrize(
    "text,want",
    [
        ("1", ["1"]),
        ("1,2 3", ["1", "2", "3"]),
        ("5_7", ["5_7"]),
        ("5_[1-3]", ["5_1-3"]),
        ("[4-6]", ["4", "5", "6"]),
        ("7+1", ["7+1"]),
        ("abc", None),
        ("1-2", None),
        ("Name=x", None),
    ],
)
def test_job_id_lists(text: str, want: Any) -> None:
    assert update.split_job_ids(text) == want


# --- the rest of the command words -----------------------------------------------------
@pytest.mark.parametrize(
    "argv,rc,out,err",
    [
        (["bogus"], 1, "", "invalid keyword: bogus\n"),
        (["show"], 1, "", "too few arguments for keyword:show\n"),
        (["show", "bogus"], 1, "", "invalid entity:bogus for keyword:show \n"),
        (["show", "job", "1", "2"], 1, "", "too many arguments for keyword:show\n"),
        (["show", "hostnames", "n[1-3],m"], 0, "n1\nn2\nn3\nm\n", ""),
        (["show", "hostlist", "n3,n1,n2"], 0, "n[3,1-2]\n", ""),
        (["show", "hostlistsorted", "n3,n1,n2"], 0, "n[1-3]\n", ""),
        (["hold"], 1, "", "too few arguments for keyword:hold\n"),
        (["token"], 1, "", "scontrol: error: token: not available through slurmrestd\n"),
        (
            ["reconfigure"],
            1,
            "",
            "scontrol: error: reconfigure: not available through slurmrestd\n",
        ),
        (["requeue", "5"], 1, "", "scontrol: error: requeue: not available through slurmrestd\n"),
        (
            ["show", "config"],
            1,
            "",
            "scontrol: error: show config (slurmrestd v0.0.42 has no "
            "/conf endpoint; it exists from API v0.0.45, Slurm 26.05): not available through "
            "slurmrestd\n",
        ),
    ],
)
def test_command_words(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], rc: int, out: str, err: str
) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", argv)
    assert (r.rc, r.out, r.err) == (rc, out, err)


def test_show_config_v45(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = s2605(**{"/conf": recorded("live-26.05/conf-v0.0.45.json")})
    r = run_with(monkeypatch, fake, "scontrol", ["show", "config"])
    assert r.rc == 0 and r.out.startswith("Configuration data as of ")
    assert r.out.endswith("\nSlurmctld(primary) at vm is UP\n")


def test_interactive_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", [], stdin=b"ping\nbogus\n")
    assert r.out == "scontrol: Slurmctld(primary) at vm is UP\nscontrol: scontrol: \n"
    assert (r.rc, r.err) == (1, "invalid keyword: bogus\n")


def test_help_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    text = help.help_text((24, 11, 5))
    assert text.startswith("Usage: scontrol [OPTIONS] [COMMAND")
    assert "  -o, --oneliner " in text and "--uid" not in text
    assert "  show job [JOBID] " in text and "\n  ping " in text
    assert ("--json" in text) and "--json" not in help.help_text((22, 5, 8))
    for argv in (["help"], ["--usage"], ["-h"], ["--help"]):
        r = run_with(monkeypatch, s2411(), "scontrol", argv)
        assert (r.rc, r.out, r.err) == (0, text, ""), argv
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "hostlist"])
    assert (r.rc, r.out, r.err) == (1, text, "invalid encode argument\n")


def test_options(monkeypatch: pytest.MonkeyPatch) -> None:
    r = run_with(monkeypatch, s2411(), "scontrol", ["-x"])
    assert (r.rc, r.err) == (
        1,
        "scontrol: invalid option -- 'x'\nTry \"scontrol --help\" for more information\n",
    )
    r = run_with(monkeypatch, s2411(), "scontrol", ["--help"])
    assert (r.rc, r.out) == (0, help.help_text((24, 11, 5)))
    r = run_with(monkeypatch, s2411(), "scontrol", ["show", "-o", "partition"])
    assert r.out.startswith("PartitionName=debug AllowGroups=ALL") and r.out.count("\n") == 1
