"""squeue's options in slurm-proxy's words: ``--help``, ``--usage``, completion.

The getopt table is :func:`slurm_proxy.squeue.opts.long_options`; see
:mod:`slurm_proxy.common.optable` for how the two are joined.
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import LongOpt
from ..common.optable import CommandHelp, Doc, unsupported

DEFAULT_RELEASE = (26, 5)

DOCS: tuple[Doc, ...] = (
    Doc("accounts", "LIST", "only jobs charged to these accounts"),
    Doc("all", "", "include hidden partitions and ones you cannot use"),
    Doc("array", "", "one line per job array task"),
    Doc("array-unique", "", "one line per pending array task, not per array"),
    Doc("expand-patterns", "", "print hostlists node by node, not as ranges"),
    Doc("federation", "", "accepted; shows this cluster only"),
    Doc("format", "FORMAT", "columns given as %-letters"),
    Doc("Format", "FORMAT", "columns given as field names"),
    Doc("hide", "", "leave out jobs in hidden partitions (the default)"),
    Doc("iterate", "SECONDS", "print again every SECONDS seconds"),
    Doc("jobs", "LIST", "only these job ids"),
    Doc("json", "PARSER", "print the jobs as JSON"),
    Doc("licenses", "LIST", "only jobs that use these licenses"),
    Doc("local", "", "this cluster only (always so with slurm-proxy)"),
    Doc("long", "", "more columns (time limit, state names)"),
    Doc("clusters", "LIST", "ask these clusters (slurm-proxy profiles)"),
    Doc("me", "", "only your own jobs"),
    Doc("name", "LIST", "only jobs with these names"),
    Doc("noconvert", "", "keep memory sizes in their units (no 2048M -> 2G)"),
    Doc("noheader", "", "no header line"),
    Doc("nodelist", "HOSTLIST", "only jobs on these nodes"),
    Doc("notme", "", "only other users' jobs"),
    Doc("only-job-state", "", "ask for job states only (faster; ids and states)"),
    Doc("partitions", "LIST", "only jobs in these partitions"),
    Doc("priority", "", "one line per partition a pending job waits in"),
    Doc("qos", "LIST", "only jobs with these QOS"),
    Doc("reservation", "NAME", "only jobs in this reservation"),
    Doc("running-over", "TIME", "only jobs that have run longer than TIME"),
    Doc("running-under", "TIME", "only jobs that have run less than TIME"),
    Doc("sibling", "", "accepted; shows this cluster only"),
    Doc("sort", "FIELDS", "sort by these format letters (- for descending)"),
    Doc("start", "", "pending jobs with their expected start time"),
    Doc("states", "LIST", "only jobs in these states (all: every state)"),
    Doc("user", "LIST", "only jobs of these users (names or uids)"),
    Doc("verbose", "", "print the options in effect on stderr"),
    Doc("help", "", "print this help and exit"),
    Doc("helpformat", "", "list the %-letters --format accepts and exit"),
    Doc("helpFormat", "", "list the field names --Format accepts and exit"),
    Doc("helpstate", "", "list the state names --states accepts and exit"),
    Doc("usage", "", "print a short usage message and exit"),
    Doc("version", "", "print the Slurm release of the server and exit"),
    # job steps are not served by slurmrestd; YAML is not written by slurm-proxy;
    # shell completion comes from ``slurm-proxy completion``
    *unsupported("steps", "yaml", "autocomplete"),
)

INTRO = (
    "slurm-proxy's squeue: lists jobs through slurmrestd, printed like the squeue of\n"
    "the server's Slurm release. Options not listed here are not available."
)


def getopt_table(release: Optional[tuple[int, ...]] = None) -> tuple[list[LongOpt], str]:
    """The long options and optstring squeue's getopt uses for that release."""
    from .opts import SHORTOPTS, long_options

    rel = release or DEFAULT_RELEASE
    return long_options((rel[0], rel[1])), SHORTOPTS


_HELP = CommandHelp("squeue", "", DOCS, INTRO, getopt_table)
option_table, help_text, usage_text = _HELP.option_table, _HELP.help_text, _HELP.usage_text
