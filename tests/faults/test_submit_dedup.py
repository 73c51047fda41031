"""A submit whose answer is lost after slurmrestd accepted it: never twice, never lost.

The fault proxy forwards each ``POST /job/submit`` to the live 24.11 slurmrestd (which
creates the job) and then resets the connection instead of relaying the answer.  sbatch
must neither resubmit nor lose the id: it finds the job it created and prints its id.
"""

from __future__ import annotations

import os
import uuid

from tests.faults.conftest import run_cmd

ROUNDS = int(os.environ.get("SP_DEDUP_ROUNDS", "200"))


def test_lost_answers_give_no_duplicate_and_no_lost_job(fp, upstream, warm_cache, tmp_path):
    name = f"dedup-{uuid.uuid4().hex[:10]}"
    workdir = upstream.jobpath(name)
    fp.set("reset_after", match="/job/submit")
    printed: list[str] = []
    try:
        for _ in range(ROUNDS):
            r = run_cmd(
                fp.url,
                upstream.token,
                "sbatch",
                ["--parsable", "-H", "-J", name, "-D", str(workdir), "--wrap", "true"],
                cache=warm_cache,
            )
            assert r.rc == 0, r.result
            assert r.stderr == "", r.result
            printed.append(r.stdout.strip())
        submits = fp.count("POST")
    finally:
        fp.set("pass")
        body = upstream.rest("GET", f"/slurm/{upstream.api}/jobs").json()
        created = sorted(str(j["job_id"]) for j in body["jobs"] if j.get("name") == name)
        if created:
            upstream.rest(
                "DELETE", f"/slurm/{upstream.api}/jobs", {"jobs": created, "signal": "SIGKILL"}
            )
    assert submits == ROUNDS  # the proxy sent each submit exactly once
    assert len(created) == ROUNDS  # no duplicates
    assert sorted(printed) == created  # every printed id is a created job, none lost
