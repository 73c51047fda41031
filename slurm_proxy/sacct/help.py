"""sacct's options in slurm-proxy's words: ``--help``, ``--usage``, completion.

The getopt tables are ``slurm_proxy.sacct.options.long_options`` and
``shortopts``; see :mod:`slurm_proxy.common.optable`.  ``--helpformat`` and
``--helpstate`` print data (field and state names), not prose: see
:func:`slurm_proxy.sacct.command.help_text`.
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import LongOpt
from ..common.optable import CommandHelp, Doc, unsupported

DEFAULT_RELEASE = (26, 5)

DOCS: tuple[Doc, ...] = (
    Doc("allusers", "", "jobs of every user, not only yours"),
    Doc("accounts", "LIST", "only jobs charged to these accounts"),
    Doc("allocations", "", "only the jobs, not their steps"),
    Doc("", "", "the same as -X", short="t"),
    Doc("array", "", "one line per array task, not one per array"),
    Doc("brief", "", "only job id, state and exit code"),
    Doc("batch-script", "", "print the batch scripts of the -j jobs"),
    Doc("constraints", "LIST", "only jobs that asked for these features"),
    Doc("delimiter", "TEXT", "field separator of -p and -P (default |)"),
    Doc("duplicates", "", "every job that reused an id, not only the last"),
    Doc("endtime", "TIME", "end of the time window (default: now)"),
    Doc("expand-patterns", "", "expand wildcards in --format field names"),
    Doc("federation", "", "accepted; slurm-proxy asks one cluster's database"),
    Doc("gid", "LIST", "only jobs of these groups (names or gids)"),
    Doc("jobs", "LIST", "only these jobs or steps (id[_task][.step])"),
    Doc("json", "PARSER", "print the jobs as JSON"),
    Doc("local", "", "this cluster only"),
    Doc("long", "", "many more fields"),
    Doc("allclusters", "", "jobs of every cluster in the database"),
    Doc("clusters", "LIST", "jobs of these clusters (all: every one)"),
    Doc("name", "LIST", "only jobs with these names"),
    Doc("nodelist", "HOSTLIST", "only jobs that ran on these nodes"),
    Doc("noconvert", "", "keep sizes in their units (no 2048M -> 2G)"),
    Doc("noheader", "", "no header lines"),
    Doc("format", "FIELDS", "these fields, comma separated (see --helpformat)"),
    Doc("parsable", "", "|-separated fields, with a | at the end"),
    Doc("parsable2", "", "|-separated fields, no | at the end"),
    Doc("qos", "LIST", "only jobs with these QOS"),
    Doc("partition", "LIST", "only jobs in these partitions"),
    Doc("reason", "LIST", "only jobs pending for these reasons"),
    Doc("state", "LIST", "only jobs in these states"),
    Doc("starttime", "TIME", "start of the time window (default: midnight)"),
    Doc("truncate", "", "cut start and end times to the time window"),
    Doc("user", "LIST", "only jobs of these users (names or uids)"),
    Doc("use-local-uid", "", "find user ids on this host first"),
    Doc("units", "UNIT", "print sizes in this unit: K, M, G, T or P"),
    Doc("verbose", "", "print the time window on stderr"),
    Doc("wckeys", "LIST", "only jobs with these workload keys"),
    Doc("whole-hetjob", "yes|no", "every component of a selected hetjob"),
    Doc("associations", "LIST", "only jobs of these association ids"),
    Doc("help", "", "print this help and exit"),
    Doc("helpformat", "", "list the field names --format accepts and exit"),
    Doc("helpstate", "", "list the state names --state accepts and exit"),
    Doc("usage", "", "print a short usage message and exit"),
    Doc("version", "", "print the Slurm release of the server and exit"),
    # what slurmrestd cannot answer (the job completion plugin's data, environments)
    # and filters not implemented; YAML is not written; completion comes from
    # ``slurm-proxy completion``
    *unsupported(
        "completion",
        "file",
        "env-vars",
        "flags",
        "nnodes",
        "ncpus",
        "timelimit-min",
        "timelimit-max",
        "helpreason",
        "yaml",
        "autocomplete",
    ),
)

INTRO = (
    "slurm-proxy's sacct: accounting records through slurmrestd, printed like the\n"
    "sacct of the server's Slurm release. Options not listed here are not available.\n"
    "TIME is YYYY-MM-DD[THH:MM[:SS]], MM/DD[/YY], HH:MM[:SS] (today), or now, now-N\n"
    "(seconds), now-Nminutes, now-Nhours, now-Ndays."
)


def getopt_table(release: Optional[tuple[int, ...]] = None) -> tuple[list[LongOpt], str]:
    """The long options and optstring sacct's getopt uses for that release."""
    from .options import long_options, shortopts

    rel = release or DEFAULT_RELEASE
    rel2 = (rel[0], rel[1])
    return long_options(rel2), shortopts(rel2)


_HELP = CommandHelp("sacct", "", DOCS, INTRO, getopt_table)
option_table, help_text, usage_text = _HELP.option_table, _HELP.help_text, _HELP.usage_text
