"""Snakemake with snakemake-executor-plugin-slurm, unmodified, through the proxy's shims.

``snakemake --executor slurm`` runs as a subprocess in a directory the jobs share.  What
the plugin runs (through ``/bin/sh`` for sbatch and the accounting helpers, argv-split
for the status queries):

- ``scontrol show config`` (MinJobAge, MaxArraySize): slurmrestd v0.0.38 has no config
  endpoint, the proxy says so and exits 1; the plugin falls back to its defaults;
- ``sacct -nu USER -o Account%256 | tail -1`` (the pipe reaches sacct as arguments): the
  real sacct rejects ``-1`` and exits 1, so the plugin goes on without an account and
  never needs ``sacctmgr`` (which is not on PATH: an account in ``--default-resources``
  would make it run ``sacctmgr`` to validate it);
- ``sinfo -o %P`` for the default partition (the token with ``*``);
- ``sbatch --parsable --job-name UUID --output ... --export=ALL --comment rule_X -p P -t 5
  --mem 100 --ntasks=1 --cpus-per-task=1 -D DIR --wrap="python -m snakemake ..."``; the
  job runs this venv's snakemake, which runs the rule through ``srun`` on the host;
- ``sacct -X --parsable2 --clusters all --noheader --format=JobIdRaw,State --starttime
  ... --endtime now --name UUID`` to poll (``COMPLETED`` is success, ``FAILED`` ...
  failure);
- for a failed job ``sacct -j ID.N --format=Reason --noheader`` for steps 0 to 9;
- with ``--slurm-efficiency-report``: ``sacct --name=UUID --parsable2 --noheader
  --format=JobID,JobName,Comment,Elapsed,TotalCPU,NNodes,NCPUS,MaxRSS,ReqMem``;
- on Ctrl-C, ``scancel ID ...`` (a non-zero exit would be a WorkflowError).

The plugin polls after ``--slurm-init-seconds-before-status-checks`` seconds, then adds
10 s to the interval after every poll that saw no job finish: a job of ~20 s (snakemake
starts twice per job) is seen finished after ~33 s.
"""

from __future__ import annotations

import csv
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SlurmEnv, default_partition, need_client, real_job

#: a run polls for at most a few minutes; a hung run must not hang the suite
RUN_TIMEOUT = 300

WORKFLOW = """
rule all:
    input: "c.txt"

rule a:
    output: "a.txt"
    shell: "echo a > {output}"

rule b:
    output: "b.txt"
    shell: "echo b > {output}"

rule c:
    input: "a.txt", "b.txt"
    output: "c.txt"
    shell: "cat {input} > {output}; echo c >> {output}"
"""

FAILING = """
rule all:
    input: "fine.txt", "broken.txt"

rule fine:
    output: "fine.txt"
    shell: "echo fine > {output}"

rule broken:
    output: "broken.txt"
    shell: "echo broken-rule >&2; exit 3"
"""

SLOW = """
rule slow:
    output: "slow.txt"
    shell: "sleep 300; touch {output}"
"""


def _argv(workdir: Path, snakefile: str, *extra: str) -> list[str]:
    need_client("snakemake_executor_plugin_slurm")
    (workdir / "Snakefile").write_text(snakefile)
    return [
        sys.executable,
        "-m",
        "snakemake",
        "--executor",
        "slurm",
        "--jobs",
        "2",
        "--default-resources",
        "runtime=5",
        "mem_mb=100",
        "--slurm-init-seconds-before-status-checks",
        "1",
        "--latency-wait",
        "5",
        *extra,
    ]


def _snakemake(workdir: Path, snakefile: str, *extra: str) -> tuple[int, str]:
    """Run ``snakemake --executor slurm`` in ``workdir``; (exit status, output)."""
    try:
        r = subprocess.run(
            _argv(workdir, snakefile, *extra),
            cwd=workdir,
            env=os.environ,  # slurm_env: PATH with the proxy's shims only
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout if isinstance(exc.stdout, str) else (exc.stdout or b"").decode()
        pytest.fail(f"snakemake did not finish in {RUN_TIMEOUT} s:\n{out[-4000:]}")
    return r.returncode, r.stdout


def _submitted(output: str) -> dict[str, str]:
    """{rule: Slurm job id} from snakemake's submission lines (the log path names the rule)."""
    found = re.findall(r"submitted with SLURM jobid (\d+) \(log: \S*/rule_(\w+)/", output)
    return {rule: job_id for job_id, rule in found}


def _run_uuid(output: str) -> str:
    m = re.search(r"SLURM run ID: (\S+)", output)
    assert m, output
    return m.group(1)


def _check_common_calls(env: SlurmEnv, uuid: str, n_jobs: int) -> None:
    """The proxy answered the plugin's commands the way the real ones do."""
    submits = env.calls("sbatch")
    assert len(submits) == n_jobs and all(c.rc == 0 for c in submits), submits
    for c in submits:
        assert c.argv[1:4] == ["--parsable", "--job-name", uuid], c.argv
        assert c.argv[-1].startswith("--wrap=") and " -m snakemake " in c.argv[-1], c.argv
    polls = [c for c in env.calls("sacct") if "--format=JobIdRaw,State" in c.argv]
    assert polls and all(c.rc == 0 for c in polls), polls
    assert polls[0].argv[-2:] == ["--name", uuid]
    guess = [c for c in env.calls("sacct") if c.argv[1] == "-nu" and "Account%256" in c.argv]
    assert guess and all(c.rc == 1 for c in guess), guess  # as the real sacct (`-1`)
    assert {c.rc for c in env.calls("sinfo")} == {0}
    assert not env.calls("scancel")


def test_snakemake_workflow_completes(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    report = client_workdir / "report"
    rc, out = _snakemake(
        client_workdir,
        WORKFLOW,
        "--slurm-efficiency-report",
        "--slurm-efficiency-report-path",
        str(report),
    )
    assert rc == 0, out[-4000:]
    assert (client_workdir / "c.txt").read_text() == "a\nb\nc\n"
    assert "4 of 4 steps (100%) done" in out

    uuid = _run_uuid(out)
    jobs = _submitted(out)
    assert sorted(jobs) == ["a", "b", "c"], out
    # the sbatch options took effect (the job records, from the real scontrol)
    part = default_partition(slurm_env.cluster)
    keys = ("JobName", "JobState", "TimeLimit", "MinMemoryNode", "Partition", "WorkDir")
    for rule, job_id in jobs.items():
        job = real_job(slurm_env.cluster, job_id)
        want = [uuid, "COMPLETED", "00:05:00", "100M", part, str(client_workdir)]
        assert [job[k] for k in keys] == want, job
        assert job["Comment"] == f"rule_{rule}"
    _check_common_calls(slurm_env, uuid, 3)

    # the efficiency report is computed from the proxy's sacct (the jobs' srun steps, by
    # job name; a step a busy slurmdbd has not recorded yet is missing, as from the real
    # sacct, hence no equality)
    [csv_file] = report.glob(f"efficiency_report_{uuid}.csv")
    with csv_file.open() as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["JobID"] for r in rows} <= {f"{i}.0" for i in jobs.values()}, rows
    [eff] = [c for c in slurm_env.calls("sacct") if c.argv[1] == f"--name={uuid}"]
    assert eff.rc == 0


def test_snakemake_failing_rule(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    rc, out = _snakemake(client_workdir, FAILING, "--keep-going")
    assert rc != 0, out[-4000:]
    jobs = _submitted(out)
    assert sorted(jobs) == ["broken", "fine"], out
    bad = jobs["broken"]
    assert "Error in rule broken:" in out
    assert f"SLURM-job '{bad}' failed, SLURM status is: 'FAILED'" in out
    assert "Error in rule fine" not in out
    assert (client_workdir / "fine.txt").read_text() == "fine\n"
    assert not (client_workdir / "broken.txt").exists()

    uuid = _run_uuid(out)
    states = {k: real_job(slurm_env.cluster, i)["JobState"] for k, i in jobs.items()}
    assert states == {"fine": "COMPLETED", "broken": "FAILED"}
    _check_common_calls(slurm_env, uuid, 2)
    reasons = [c for c in slurm_env.calls("sacct") if c.argv[1:3] == ["-j", f"{bad}.0"]]
    assert reasons and reasons[0].argv[3:] == ["--format=Reason", "--noheader"]
    assert all(c.rc == 0 for c in slurm_env.calls("sacct") if c.argv[1] == "-j")


def test_snakemake_interrupt_cancels_jobs(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    """Ctrl-C: snakemake asks the plugin to cancel its active jobs (``scancel ID``, which
    must exit 0), then exits non-zero."""
    proc = subprocess.Popen(
        _argv(client_workdir, SLOW),
        cwd=client_workdir,
        env=os.environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # the job is active for the plugin once its first status poll has run
        deadline = time.monotonic() + 120
        while not any("--format=JobIdRaw,State" in c.argv for c in slurm_env.calls("sacct")):
            assert proc.poll() is None, proc.communicate()[0][-4000:]
            if time.monotonic() > deadline:
                pytest.fail("snakemake submitted nothing in 120 s")
            time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode != 0, out[-4000:]
    assert "Terminating processes on user request" in out
    [job_id] = _submitted(out).values()
    assert [(c.argv, c.rc) for c in slurm_env.calls("scancel")] == [(["scancel", job_id], 0)]
    assert real_job(slurm_env.cluster, job_id)["JobState"] == "CANCELLED"
