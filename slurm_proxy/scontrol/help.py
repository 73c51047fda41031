"""scontrol's options and commands in slurm-proxy's words (``scontrol help``,
``--help``, ``--usage``, ``-h``), and the option table completion reads.

The getopt table is :func:`slurm_proxy.scontrol.long_options`; see
:mod:`slurm_proxy.common.optable`.  The real scontrol prints one text for all four
spellings, so this module does too.
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import LongOpt
from ..common.optable import CommandHelp, Doc, unsupported

DEFAULT_RELEASE = (26, 5)

OPERANDS = "[COMMAND [ARGUMENTS...]]"

DOCS: tuple[Doc, ...] = (
    Doc("all", "", "show hidden partitions too (like the all command)"),
    Doc("details", "", "more detail in show (like the details command)"),
    Doc("future", "", "include nodes in the FUTURE state"),
    Doc("hide", "", "leave out hidden partitions (the default)"),
    Doc("json", "PARSER", "print show job/node/partition as JSON"),
    Doc("yaml", "PARSER", "print show job/node/partition as YAML"),
    Doc("clusters", "NAME", "the cluster of this slurm-proxy profile"),
    Doc("federation", "", "accepted; shows this cluster only"),
    Doc("local", "", "this cluster only (always so with slurm-proxy)"),
    Doc("sibling", "", "accepted; shows this cluster only"),
    Doc("oneliner", "", "one line per record in show"),
    Doc("quiet", "", "leave out most error messages"),
    Doc("verbose", "", "more messages"),
    Doc("autocomplete", "TEXT", "list the long options that start with TEXT"),
    Doc("help", "", "print this help and exit"),
    Doc("version", "", "print the Slurm release of the server and exit"),
    # acting as another user needs SlurmUser's credentials, which slurmrestd keeps
    *unsupported("uid"),
)

#: the commands slurm-proxy carries out (the others end with an error naming them)
COMMANDS: tuple[tuple[str, str], ...] = (
    ("show job [JOBID]", "all jobs, or one job, array or hetjob"),
    ("show node [NAMES]", "all nodes, or these nodes"),
    ("show partition [NAME]", "all partitions, or one"),
    ("show config", "the controller's configuration"),
    ("show hostnames [HOSTLIST]", "one host name per line ($SLURM_NODELIST)"),
    ("show hostlist NAMES", "names (or a file of names) as a hostlist"),
    ("show hostlistsorted NAMES", "the same, sorted and without duplicates"),
    ("update JobId=ID KEY=VALUE...", "change a pending or running job"),
    ("hold JOBS", "keep pending jobs from starting"),
    ("uhold JOBS", "the same, as a user hold (holdu too)"),
    ("release JOBS", "let held jobs start"),
    ("ping", "whether the controllers respond"),
    ("version", "the Slurm release of the server"),
    ("all, hide", "show or hide hidden partitions"),
    ("details", "more detail in show"),
    ("oneliner", "one line per record in show"),
    ("quiet, verbose", "fewer or more messages"),
    ("help", "this text"),
    ("exit, quit", "stop reading commands"),
)

INTRO = (
    "slurm-proxy's scontrol: runs the commands below through slurmrestd and prints\n"
    "like the scontrol of the server's Slurm release. Without a command it reads\n"
    "commands from standard input, one per line. Commands and options not listed\n"
    "here are not available."
)


def getopt_table(release: Optional[tuple[int, ...]] = None) -> tuple[list[LongOpt], str]:
    """The long options and optstring scontrol's getopt uses for that release."""
    from . import SHORTOPTS, long_options

    return long_options(release or DEFAULT_RELEASE), SHORTOPTS


def _commands() -> str:
    lines = ["Commands (case does not matter, and they may be abbreviated):"]
    for syntax, text in COMMANDS:
        left = "  " + syntax
        lines.append(f"{left:<30}{text}" if len(left) < 29 else f"{left}  {text}")
    return "\n".join(lines)


_HELP = CommandHelp("scontrol", OPERANDS, DOCS, INTRO, getopt_table, _commands())
option_table, help_text = _HELP.option_table, _HELP.help_text
#: scontrol prints the same text for help, --help, --usage and -h
usage_text = help_text
