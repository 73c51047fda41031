"""Pulsar (pulsar-app), unmodified: its Slurm CLI job plugin and local shell, through the
proxy's shims.  This is the code Pulsar's ``queued_cli`` manager (and Galaxy's CLI runner,
from which it is copied) runs against a Slurm cluster:

- ``CliInterface().get_plugins(*split_params(conf))`` builds ``LocalShell`` (each command
  is a string run by ``/bin/sh``) and the ``Slurm`` job plugin from a manager's settings;
- the job script is ``job_script(...)`` with the plugin's ``#SBATCH -o/-e/-J/-t/-c/-p``
  header (and ``#SBATCH --mem 100`` from a ``job_--mem`` setting); it is submitted with a
  bare ``sbatch FILE`` and the id is found by ``parse_external_id`` in its output;
- states come from ``squeue -a -o '%A %t'`` (all jobs, header line skipped) and
  ``squeue -a -o '%A %t' -j ID`` (only line 2 is read), mapped by the plugin's own table
  (``PD`` queued, ``R``/``CG`` running, ``CD`` complete, ``F`` failed); a job no longer
  listed counts as complete.  pulsar-app 0.16.0's plugin has no sacct or scontrol
  fallback for finished jobs (Galaxy's newer copy has), so a failed job that has left
  the queue is "complete" for Pulsar: the test checks that the proxy gives the plugin
  exactly the answer the real squeue gives it, and checks the real outcome with the real
  scontrol;
- ``scancel ID`` cancels (its result is ignored by Pulsar; checked here).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

import pytest

from tests.support.clusters import Cluster

from .conftest import SlurmEnv, default_partition, need_client, real_job

TIMEOUT = 90
#: LocalShell polls its child every ``timeout_check_interval`` seconds (3 by default, after
#: a first 0.1 s); a shorter interval only makes the test faster, the commands are the same
CHECK_INTERVAL = 0.2


class Pulsar:
    """The two plugins, configured the way a Pulsar ``queued_cli`` manager section is."""

    def __init__(self, partition: str) -> None:
        cli = need_client("pulsar.managers.util.cli")
        self.job_script = need_client("pulsar.managers.util.job_script").job_script
        self.parse_external_id = need_client("pulsar.managers.util.external").parse_external_id
        self.states = need_client("pulsar.managers.util.cli.job").job_states
        conf = {
            "shell_plugin": "LocalShell",
            "job_plugin": "Slurm",
            "job_time": "00:05:00",
            "job_ncpus": "1",
            "job_partition": partition,
            "job_--mem": "100",
        }
        self.shell, self.job = cli.CliInterface().get_plugins(*cli.split_params(conf))

    def run(self, command: str) -> Any:
        return self.shell.execute(command, timeout=60, timeout_check_interval=CHECK_INTERVAL)

    def submit(self, workdir: Path, name: str, command: str) -> str:
        """What CliQueueManager.launch does: script, ``sbatch FILE``, id from the output."""
        jobdir = workdir / name
        jobdir.mkdir()
        headers = self.job.job_script_kwargs(
            str(jobdir / "stdout"), str(jobdir / "stderr"), f"pulsar_{name}"
        )
        script = self.job_script(
            working_directory=str(jobdir),
            metadata_directory=str(jobdir),
            command=command,
            exit_code_path=str(jobdir / "exit_code"),
            **headers,
        )
        path = jobdir / "command.sh"
        path.write_text(script)
        path.chmod(0o755)
        out = self.run(self.job.submit(str(path)))
        assert out.returncode == 0, out.stderr
        external_id = self.parse_external_id(out.stdout.strip())
        assert external_id and external_id.isdigit(), out.stdout
        return str(external_id)

    def single(self, job_id: str) -> tuple[Any, str]:
        """CliQueueManager._get_status_external: the state and the squeue output."""
        out = self.run(self.job.get_single_status(job_id))
        return self.job.parse_single_status(out.stdout, job_id), out.stdout


def _until(what: str, check: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.3)


def _real_single(cluster: Cluster, pulsar: Pulsar, job_id: str) -> Any:
    """The plugin's parse of the real squeue's answer to the same command."""
    r = cluster.real(["squeue", "-a", "-o", "%A %t", "-j", job_id], user=None)
    return pulsar.job.parse_single_status(r.stdout.decode(), job_id)


def test_pulsar_submit_poll_final_state(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    pulsar = Pulsar(default_partition(slurm_env.cluster))
    st = pulsar.states
    ok = pulsar.submit(
        client_workdir,
        "ok",
        'echo "$GALAXY_SLOTS $GALAXY_SLOTS_CONFIGURED $SLURM_JOB_NAME $SLURM_JOB_PARTITION"'
        " > result.txt",
    )
    bad = pulsar.submit(client_workdir, "bad", "echo broken >&2; exit 3")
    ids = [ok, bad]

    # batch polling (Galaxy's monitor loop): every listed job maps to a state
    seen: dict[str, set[Any]] = {i: set() for i in ids}

    def finished() -> bool:
        out = pulsar.run(pulsar.job.get_status(ids))
        assert out.returncode == 0, out.stderr
        assert out.stdout.splitlines()[0].split() == ["JOBID", "ST"], out.stdout
        states = pulsar.job.parse_status(out.stdout, ids)  # needs 2 tokens per line
        for i in ids:
            seen[i].add(states.get(i, st.OK))  # not listed: gone, i.e. complete
        return all(i not in states for i in ids)

    _until(f"jobs {ids} to leave the queue", finished)
    assert all(s <= {st.QUEUED, st.RUNNING, st.OK} for s in seen.values()), seen

    # single-job polling (Pulsar's manager): both are gone, the plugin says complete,
    # exactly what it concludes from the real squeue
    for i in ids:
        state, out = pulsar.single(i)
        assert out.splitlines() == ["JOBID ST"], out
        assert state == st.OK == _real_single(slurm_env.cluster, pulsar, i)

    # the #SBATCH header took effect: job name, partition, one CPU; -o/-e files exist
    part = default_partition(slurm_env.cluster)
    result = (client_workdir / "ok" / "result.txt").read_text().split()
    assert result == ["1", "1", "pulsar_ok", part]
    assert (client_workdir / "ok" / "stdout").exists()
    assert "broken" in (client_workdir / "bad" / "stderr").read_text()
    jobs = {i: real_job(slurm_env.cluster, i) for i in ids}
    assert (jobs[ok]["JobState"], jobs[ok]["ExitCode"]) == ("COMPLETED", "0:0")
    assert (jobs[bad]["JobState"], jobs[bad]["ExitCode"]) == ("FAILED", "3:0")
    header = ("JobName", "TimeLimit", "MinMemoryNode", "NumCPUs", "Partition")
    assert [jobs[ok][k] for k in header] == ["pulsar_ok", "00:05:00", "100M", "1", part]

    submits = slurm_env.calls("sbatch")
    assert [c.argv[1:] for c in submits] == [
        [str(client_workdir / n / "command.sh")] for n in ("ok", "bad")
    ]
    assert all(c.rc == 0 for c in submits)


def test_pulsar_cancel(slurm_env: SlurmEnv, client_workdir: Path) -> None:
    pulsar = Pulsar(default_partition(slurm_env.cluster))
    st = pulsar.states
    job_id = pulsar.submit(client_workdir, "sleeper", "sleep 300")

    _until(f"job {job_id} to run", lambda: pulsar.single(job_id)[0] == st.RUNNING)
    out = pulsar.run(pulsar.job.delete(job_id))
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")

    # cancelled jobs leave squeue's default listing: the plugin then says complete, as
    # it does from the real squeue; slurmctld has the truth
    _until(f"job {job_id} to leave the queue", lambda: pulsar.single(job_id)[0] == st.OK)
    assert _real_single(slurm_env.cluster, pulsar, job_id) == st.OK
    assert real_job(slurm_env.cluster, job_id)["JobState"] == "CANCELLED"
    assert [c.argv for c in slurm_env.calls("scancel")] == [["scancel", job_id]]
