"""The commands whose REST exchanges are recorded as cassettes, per release and API version.

Each case must give the same output whatever else runs on the cluster (the real
command's output is recorded at the same moment and replayed as the expected output),
and must not list the whole queue: the live clusters hold hundreds of test jobs at
about 8 KB each, which belong in the live tier, not in the repository.
"""

from __future__ import annotations

from tests.cassette.recording import CassetteCase

CASES: list[CassetteCase] = [
    CassetteCase(
        "squeue-unknown-job",
        "squeue",
        ("-j", "999999"),
        "single unknown id: slurm_load_jobs error, exit 1 (Cromwell relies on it)",
    ),
    CassetteCase(
        "scontrol-unknown-job",
        "scontrol",
        ("show", "job", "999999"),
        "unknown job id: slurm_load_jobs error, exit 1",
    ),
    CassetteCase(
        "scontrol-show-partition",
        "scontrol",
        ("show", "partition", "debug"),
        "key=value layout of a partition",
    ),
    CassetteCase("sinfo-partitions", "sinfo", ("-o", "%P"), "Snakemake's start-up probe"),
    CassetteCase(
        "sacct-unknown-job",
        "sacct",
        ("-j", "999999", "-P", "-n", "-o", "JobIDRaw,State"),
        "Galaxy's state query for a job accounting never saw: empty, exit 0",
    ),
]
