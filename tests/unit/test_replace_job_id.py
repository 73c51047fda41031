"""The differential tests' job-id mapping: only where the digits stand as a job id.

Each case comes from a CI failure or a near miss: ids reach the thousands after a full run,
so a job id equal to a year, a memory size or a uid must not be replaced there.
"""

from __future__ import annotations

import pytest

from tests.support.diff import replace_job_id


@pytest.mark.parametrize(
    "text, job_id, expected",
    [
        ("Submitted batch job 2000\n", "2000", "Submitted batch job {id}\n"),
        ("JobId=2000 JobName=x", "2000", "JobId={id} JobName=x"),
        ("2000;ci24\n", "2000", "{id};ci24\n"),
        ("2000_3 2000_[1-4]", "2000", "{id}_3 {id}_[1-4]"),
        ("StdOut=/w/slurm-2000.out", "2000", "StdOut=/w/slurm-{id}.out"),
        ("job 7: Job/step already completing", "7", "job {id}: Job/step already completing"),
        # the same digits as something else
        ("ReqTRES=cpu=1,mem=2000M,node=1", "2000", "ReqTRES=cpu=1,mem=2000M,node=1"),
        ("SubmitTime=2026-11-26T06:20:20", "2026", "SubmitTime=2026-11-26T06:20:20"),
        ("SubmitTime=2026-11-26T06:20:20", "11", "SubmitTime=2026-11-26T06:20:20"),
        ("SubmitTime=2026-11-26T06:20:20", "20", "SubmitTime=2026-11-26T06:20:20"),
        ("UserId=slurmtest(1001)", "1001", "UserId=slurmtest(1001)"),
        ("WorkDir=/srv/slurm-jobs/24.11/x", "24", "WorkDir=/srv/slurm-jobs/24.11/x"),
        ("WorkDir=/srv/slurm-jobs/24.11/x", "11", "WorkDir=/srv/slurm-jobs/24.11/x"),
        ("TimeLimit=1-02:03:04", "1", "TimeLimit=1-02:03:04"),
        ("cpu=2,mem=1M,node=1,billing=2", "2", "cpu=2,mem=1M,node=1,billing=2"),
        ("CLUSTER: ci24", "24", "CLUSTER: ci24"),
        (
            "NumCPUs=2 Nice=2 ArrayJobId=2 HetJobId=2",
            "2",
            "NumCPUs=2 Nice=2 ArrayJobId={id} HetJobId={id}",
        ),
        ("JobId=20001", "2000", "JobId=20001"),
    ],
)
def test_replace_job_id(text: str, job_id: str, expected: str) -> None:
    assert replace_job_id(text, job_id, "{id}") == expected
