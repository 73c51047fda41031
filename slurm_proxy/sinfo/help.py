"""sinfo's options in slurm-proxy's words: ``--help``, ``--usage``, completion.

The getopt tables are ``slurm_proxy.sinfo._options``; see
:mod:`slurm_proxy.common.optable`.
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import LongOpt
from ..common.optable import CommandHelp, Doc

DEFAULT_RELEASE = (26, 5)

DOCS: tuple[Doc, ...] = (
    Doc("all", "", "include hidden partitions and ones you cannot use"),
    Doc("dead", "", "only nodes that do not respond"),
    Doc("exact", "", "group only nodes of equal configuration"),
    Doc("federation", "", "accepted; shows this cluster only"),
    Doc("future", "", "include nodes in the FUTURE state"),
    Doc("hide", "", "leave out hidden partitions (the default)"),
    Doc("iterate", "SECONDS", "print again every SECONDS seconds"),
    Doc("json", "PARSER", "print nodes and partitions as JSON"),
    Doc("yaml", "PARSER", "print nodes and partitions as YAML"),
    Doc("local", "", "this cluster only (always so with slurm-proxy)"),
    Doc("long", "", "more columns"),
    Doc("clusters", "LIST", "ask these clusters (slurm-proxy profiles)"),
    Doc("nodes", "HOSTLIST", "only these nodes"),
    Doc("noconvert", "", "keep sizes in their units (no 2048M -> 2G)"),
    Doc("noheader", "", "no header line"),
    Doc("Node", "", "one line per node instead of per partition"),
    Doc("format", "FORMAT", "columns given as %-letters"),
    Doc("Format", "FORMAT", "columns given as field names"),
    Doc("partition", "LIST", "only these partitions"),
    Doc("responding", "", "only nodes that respond"),
    Doc("list-reasons", "", "why nodes are down, drained or failing"),
    Doc("summarize", "", "only node counts per partition and state"),
    Doc("sort", "FIELDS", "sort by these format letters (- for descending)"),
    Doc("states", "LIST", "only nodes in these states"),
    Doc("reservation", "", "list the reservations"),
    Doc("verbose", "", "start the report with the current time"),
    Doc("autocomplete", "TEXT", "list the long options that start with TEXT"),
    Doc("help", "", "print this help and exit"),
    Doc("helpformat", "", "list the %-letters --format accepts and exit"),
    Doc("helpFormat", "", "list the field names --Format accepts and exit"),
    Doc("helpstate", "", "list the state names --states accepts and exit"),
    Doc("usage", "", "print a short usage message and exit"),
    Doc("version", "", "print the Slurm release of the server and exit"),
)

INTRO = (
    "slurm-proxy's sinfo: partitions and nodes through slurmrestd, printed like the\n"
    "sinfo of the server's Slurm release. Options not listed here are not available."
)


def getopt_table(release: Optional[tuple[int, ...]] = None) -> tuple[list[LongOpt], str]:
    """The long options and optstring sinfo's getopt uses for that release."""
    from . import _options

    shortopts, longs = _options(release or DEFAULT_RELEASE)
    return longs, shortopts


_HELP = CommandHelp("sinfo", "", DOCS, INTRO, getopt_table)
option_table, help_text, usage_text = _HELP.option_table, _HELP.help_text, _HELP.usage_text
