"""The option tables behind --help/--usage/completion (slurm_proxy.common.optable and
each command's help.py) against the getopt tables the commands parse with."""

from __future__ import annotations

import importlib
import re
from types import ModuleType

import pytest

from slurm_proxy.common.getopt import NO_ARGUMENT, OPTIONAL_ARGUMENT, REQUIRED_ARGUMENT, LongOpt
from slurm_proxy.common.optable import (
    Doc,
    build,
    problems,
    render_help,
    render_usage,
    short_letters,
    unsupported,
)
from slurm_proxy.proxy.completion import RELEASES
from slurm_proxy.proxy.shims import COMMANDS

HELP_LINE = re.compile(r"^  (?:-(\w), )?\s*--([A-Za-z0-9-]+)")


def helpmod(command: str) -> ModuleType:
    return importlib.import_module(f"slurm_proxy.{command}.help")


def listed(text: str) -> set[str]:
    """The long options a --help text lists (one per line, as render_help writes them)."""
    return {m.group(2) for m in map(HELP_LINE.match, text.splitlines()) if m}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("release", RELEASES, ids=lambda r: f"{r[0]}.{r[1]:02d}")
def test_every_getopt_option_is_described_or_unsupported(
    command: str, release: tuple[int, int]
) -> None:
    mod = helpmod(command)
    longopts, shortopts = mod.getopt_table(release)
    assert problems(longopts, shortopts, mod.DOCS) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_every_description_names_a_real_option(command: str) -> None:
    mod = helpmod(command)
    names: set[str] = set()
    letters: set[str] = set()
    for release in (*RELEASES, (99, 0)):  # sbatch's table knows the next release too
        longopts, shortopts = mod.getopt_table(release)
        names |= {o.name for o in longopts}
        letters |= set(short_letters(shortopts))
    for doc in mod.DOCS:
        assert doc.name in names if doc.name else doc.short in letters, doc


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("release", RELEASES, ids=lambda r: f"{r[0]}.{r[1]:02d}")
def test_help_and_usage_list_exactly_the_supported_options(
    command: str, release: tuple[int, int]
) -> None:
    mod = helpmod(command)
    table = mod.option_table(release)
    supported = {o.name for o in table if o.supported and o.name}
    text = mod.help_text(release)
    assert text.startswith(f"Usage: {command} ") and text.endswith("\n")
    assert listed(text) == supported
    assert all(len(line) <= 79 for line in text.splitlines()), text
    usage = mod.usage_text(release)
    if command == "scontrol":  # one text for help, --help, --usage and -h, like the real one
        assert usage == text
        return
    assert all(len(line) <= 79 for line in usage.splitlines()), usage
    for o in table:
        spelled = f"--{o.name}" if o.name else f"-{o.short}"
        if o.short and o.name and o.has_arg != NO_ARGUMENT:
            spelled = f"-{o.short}"
        found = re.search(rf"\[{re.escape(spelled)}[\]= \[]", usage) or (
            o.short and o.has_arg == NO_ARGUMENT and re.search(rf"\[-\w*{o.short}\w*\]", usage)
        )
        assert bool(found) == o.supported, (o, usage)


def test_sbatch_lists_what_its_handlers_implement() -> None:
    from slurm_proxy.sbatch import opt
    from slurm_proxy.sbatch.help import SUPPORTED_DOCS
    from slurm_proxy.sbatch.options import TABLE

    key = {row[0]: row[2] for row in TABLE}
    assert {key[d.name] for d in SUPPORTED_DOCS} == {row[2] for row in TABLE} & opt.SUPPORTED


def test_build_joins_aliases_letters_and_releases() -> None:
    longopts = [
        LongOpt("cluster", REQUIRED_ARGUMENT, "M"),
        LongOpt("clusters", REQUIRED_ARGUMENT, "M"),
        LongOpt("json", OPTIONAL_ARGUMENT, "json"),
        LongOpt("steps", OPTIONAL_ARGUMENT, "s"),
        LongOpt("verbose", NO_ARGUMENT, "v"),
    ]
    docs = (
        Doc("clusters", "NAME", "where"),
        Doc("json", "PARSER", "as JSON"),
        Doc("future", "", "only in later releases"),
        Doc("", "", "short only", short="t"),
        Doc("verbose", "", "say more"),
        *unsupported("steps"),
    )
    table = build(longopts, "+M:s::tv", docs)
    assert [(o.names, o.short, o.supported) for o in table] == [
        (("clusters", "cluster"), "M", True),
        (("json",), "", True),
        ((), "t", True),
        (("verbose",), "v", True),
        (("steps",), "s", False),
    ]
    assert problems(longopts, "+M:s::tv", docs) == []
    assert problems(longopts, "", docs[:1]) == [
        "--json: accepted by getopt but neither described nor unsupported",
        "--steps: accepted by getopt but neither described nor unsupported",
        "--verbose: accepted by getopt but neither described nor unsupported",
    ]
    assert problems(longopts, "", (*docs, Doc("json", "", ""))) == [
        "json: described twice",
        "json: empty description",
    ]
    assert render_help("x", "[ARG]", table) == (
        "Usage: x [OPTIONS] [ARG]\n"
        "\n"
        "  -M, --clusters=NAME         where\n"
        "      --json[=PARSER]         as JSON\n"
        "  -t                          short only\n"
        "  -v, --verbose               say more\n"
    )
    assert render_usage("x", "[ARG]", table) == (
        "Usage: x [-tv] [-M NAME] [--json[=PARSER]] [ARG]\n"
    )
    wide = [table[0]._replace(names=(f"option{i}",), short="") for i in range(9)]
    lines = render_usage("prog", "", wide).splitlines()
    assert len(lines) > 1 and all(len(line) <= 79 for line in lines)
    assert all(line.startswith(" " * len("Usage: prog ") + "[") for line in lines[1:])


def test_short_letters() -> None:
    assert short_letters("+ab:c::") == {"a": NO_ARGUMENT, "b": REQUIRED_ARGUMENT, "c": 2}
    assert short_letters("-:x") == {"x": NO_ARGUMENT}
