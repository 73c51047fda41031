"""scancel's options in slurm-proxy's words: ``--help``, ``--usage``, completion.

The getopt tables are :func:`slurm_proxy.scancel.long_options` and
:func:`slurm_proxy.scancel.shortopts`; see :mod:`slurm_proxy.common.optable`.
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import LongOpt
from ..common.optable import CommandHelp, Doc, unsupported

DEFAULT_RELEASE = (26, 5)

OPERANDS = "[job_id[_array_id]...]"

DOCS: tuple[Doc, ...] = (
    Doc("account", "NAME", "only jobs charged to this account"),
    Doc("admin-comment", "TEXT", "record TEXT as the jobs' admin comment"),
    Doc("batch", "", "signal only the batch script's shell"),
    Doc("ctld", "", "let the controller pick the jobs (one request)"),
    Doc("cron", "", "allow cancelling scrontab jobs"),
    Doc("full", "", "signal the batch shell and every step"),
    Doc("hurry", "", "skip the burst buffer stage-out"),
    Doc("clusters", "LIST", "clusters to act on (slurm-proxy profiles)"),
    Doc("me", "", "only your own jobs"),
    Doc("name", "NAME", "only jobs with this name"),
    Doc("nodelist", "HOSTLIST", "only jobs running on these nodes"),
    Doc("partition", "NAME", "only jobs in this partition"),
    Doc("qos", "NAME", "only jobs with this QOS"),
    Doc("quiet", "", "no warnings (jobs already finished, ...)"),
    Doc("reservation", "NAME", "only jobs in this reservation"),
    Doc("signal", "SIGNAL", "send this signal (name or number), not KILL"),
    Doc("state", "STATE", "only jobs in this state (PENDING, RUNNING, ...)"),
    Doc("user", "NAME", "only jobs of this user"),
    Doc("verbose", "", "say what is being done"),
    Doc("wckey", "NAME", "only jobs with this workload characterization key"),
    Doc("help", "", "print this help and exit"),
    Doc("usage", "", "print a short usage message and exit"),
    Doc("version", "", "print the Slurm release of the server and exit"),
    # --interactive needs a prompt per job; --sibling a federation; shell completion
    # comes from ``slurm-proxy completion``
    *unsupported("interactive", "sibling", "autocomplete"),
)

INTRO = (
    "slurm-proxy's scancel: signals or cancels jobs through slurmrestd, with the\n"
    "messages of the server's Slurm release. Options not listed here are not\n"
    "available."
)


def getopt_table(release: Optional[tuple[int, ...]] = None) -> tuple[list[LongOpt], str]:
    """The long options and optstring scancel's getopt uses for that release."""
    from . import long_options, shortopts

    rel = release or DEFAULT_RELEASE
    rel2 = (rel[0], rel[1])
    return long_options(rel2), shortopts(rel2)


_HELP = CommandHelp("scancel", OPERANDS, DOCS, INTRO, getopt_table)
option_table, help_text, usage_text = _HELP.option_table, _HELP.help_text, _HELP.usage_text
