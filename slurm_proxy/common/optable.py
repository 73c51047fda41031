"""What each command's options are for: ``--help``, ``--usage`` and shell completion.

Every command keeps its getopt ``struct option`` table where it parses (its order is
glibc's order for "ambiguous; possibilities:" and must not change), and next to it, in
``slurm_proxy/<command>/help.py``, a tuple of :class:`Doc` rows in slurm-proxy's own
words.  :func:`build` joins the two for one Slurm release into :class:`Option` entries;
that list is the one interface that ``--help``/``--usage`` (:func:`render_help`,
:func:`render_usage`), ``slurm-proxy completion`` and documentation read.

Each ``help.py`` exposes (``release``: ``(major, minor[, micro])``, None = newest)::

    DOCS: tuple[Doc, ...]                          # every option, in --help order
    getopt_table(release=None) -> (list[LongOpt], str)   # what getopt is given
    option_table(release=None) -> list[Option]     # build(*getopt_table(release), DOCS)
    help_text(release=None) -> str                 # --help (stdout, exit 0)
    usage_text(release=None) -> str                # --usage (stdout, exit 0)

the last three being the methods of one :class:`CommandHelp`.

Rules a unit test holds every command to (:func:`problems`), for every release: each
long option getopt accepts is documented, an alias of a documented one (same value
and argument kind), or marked unsupported (``Doc(name)`` without text: getopt accepts
it so that abbreviations and error messages match the real command, but slurm-proxy
refuses or ignores it, and ``--help`` does not list it); and each documented name is
a long option of some release.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Callable, NamedTuple, Optional

from .getopt import NO_ARGUMENT, OPTIONAL_ARGUMENT, REQUIRED_ARGUMENT, LongOpt

__all__ = [
    "CommandHelp",
    "Doc",
    "Option",
    "build",
    "problems",
    "render_help",
    "render_usage",
    "short_letters",
    "unsupported",
]

#: where the description column starts in ``--help``
_COLUMN = 30
_WIDTH = 79


class Doc(NamedTuple):
    """One row of a command's description table.

    ``name``: the long option (its getopt aliases need no row of their own), or ``""``
    for an option that has only a short letter (``short``).  ``text``: one line in
    slurm-proxy's words; ``None`` marks an option getopt must accept but slurm-proxy
    does not support.
    """

    name: str
    metavar: str = ""
    text: Optional[str] = None
    short: str = ""


def unsupported(*names: str) -> tuple[Doc, ...]:
    """Rows for options that getopt accepts and slurm-proxy does not support."""
    return tuple(Doc(name) for name in names)


class Option(NamedTuple):
    """One option of one release of a command, as ``--help`` and completion see it."""

    names: tuple[str, ...]  # long names: the documented one first, then its aliases
    short: str  # the short letter, or ""
    has_arg: int  # getopt NO_ARGUMENT / REQUIRED_ARGUMENT / OPTIONAL_ARGUMENT
    metavar: str
    text: str  # "" when not supported
    supported: bool

    @property
    def name(self) -> str:
        return self.names[0] if self.names else ""


def short_letters(shortopts: str) -> dict[str, int]:
    """``"+ab:c::"`` -> ``{"a": NO, "b": REQUIRED, "c": OPTIONAL}``."""
    out: dict[str, int] = {}
    text = shortopts.lstrip("+-:")
    i = 0
    while i < len(text):
        letter = text[i]
        colons = len(text[i + 1 : i + 3]) - len(text[i + 1 : i + 3].lstrip(":"))
        out[letter] = (NO_ARGUMENT, REQUIRED_ARGUMENT, OPTIONAL_ARGUMENT)[colons]
        i += 1 + colons
    return out


def build(longopts: Sequence[LongOpt], shortopts: str, docs: Iterable[Doc]) -> list[Option]:
    """The options of one release, in the order of ``docs`` (rows absent there skipped)."""
    letters = short_letters(shortopts)
    by_name = {o.name: o for o in longopts}
    rows = list(docs)
    documented = {doc.name for doc in rows}
    out = []
    for doc in rows:
        if not doc.name:
            if doc.short in letters:
                kind = letters[doc.short]
                out.append(
                    Option((), doc.short, kind, doc.metavar, doc.text or "", doc.text is not None)
                )
            continue
        lo = by_name.get(doc.name)
        if lo is None:
            continue
        aliases = tuple(
            o.name
            for o in longopts
            if (o.val, o.has_arg) == (lo.val, lo.has_arg) and o.name not in documented
        )
        short = lo.val if len(lo.val) == 1 and lo.val in letters else ""
        supported = doc.text is not None
        out.append(
            Option((lo.name, *aliases), short, lo.has_arg, doc.metavar, doc.text or "", supported)
        )
    return out


def problems(longopts: Sequence[LongOpt], shortopts: str, docs: Iterable[Doc]) -> list[str]:
    """What makes ``docs`` disagree with one release's getopt tables ([] when none)."""
    rows = list(docs)
    out = []
    seen: dict[str, int] = {}
    for doc in rows:
        key = doc.name or "-" + doc.short
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            out.append(f"{key}: described twice")
        if doc.text is not None and not doc.text.strip():
            out.append(f"{key}: empty description")
    covered = {n for o in build(longopts, shortopts, rows) for n in o.names}
    for lo in longopts:
        if lo.name not in covered:
            out.append(f"--{lo.name}: accepted by getopt but neither described nor unsupported")
    return out


# -- rendering -------------------------------------------------------------------------------
def _spelled(o: Option, long_only: bool = False) -> str:
    """``-A, --account=LIST``, ``    --json[=PARSER]``, ``-t``."""
    meta = o.metavar
    if o.names:
        text = "--" + o.name
        if o.has_arg == REQUIRED_ARGUMENT:
            text += f"={meta or 'VALUE'}"
        elif o.has_arg == OPTIONAL_ARGUMENT:
            text += f"[={meta or 'VALUE'}]"
        if long_only:
            return text
        return (f"-{o.short}, " if o.short else "    ") + text
    text = "-" + o.short
    if o.has_arg == REQUIRED_ARGUMENT:
        text += f" {meta or 'VALUE'}"
    elif o.has_arg == OPTIONAL_ARGUMENT:
        text += f"[{meta or 'VALUE'}]"
    return text


def render_help(
    prog: str, operands: str, options: Sequence[Option], intro: str = "", extra: str = ""
) -> str:
    """``--help``: usage line, ``intro``, one line per supported option, then ``extra``."""
    lines = [f"Usage: {prog} [OPTIONS]{' ' + operands if operands else ''}"]
    if intro:
        lines += ["", *intro.rstrip("\n").split("\n")]
    lines.append("")
    for o in options:
        if not o.supported:
            continue
        left = "  " + _spelled(o)
        if len(left) < _COLUMN - 1:
            lines.append(f"{left:<{_COLUMN}}{o.text}")
        else:
            lines.append(f"{left}  {o.text}")
    if extra:
        lines += ["", *extra.rstrip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def render_usage(prog: str, operands: str, options: Sequence[Option]) -> str:
    """``--usage``: one paragraph naming every supported option, wrapped at 79 columns."""
    supported = [o for o in options if o.supported]
    flags = "".join(o.short for o in supported if o.short and o.has_arg == NO_ARGUMENT)
    words = [f"[-{flags}]"] if flags else []
    for o in supported:
        if o.short and o.has_arg == NO_ARGUMENT:
            continue
        if o.short:
            meta = o.metavar or "VALUE"
            optional = o.has_arg == OPTIONAL_ARGUMENT
            words.append(f"[-{o.short}[{meta}]]" if optional else f"[-{o.short} {meta}]")
        else:
            words.append(f"[{_spelled(o, long_only=True)}]")
    if operands:
        words.append(operands)
    head = f"Usage: {prog} "
    lines, line = [], head
    for word in words:
        if len(line) + len(word) > _WIDTH and line.strip() != head.strip():
            lines.append(line.rstrip())
            line = " " * len(head)
        line += word + " "
    lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


Release = Optional[tuple[int, ...]]


class CommandHelp:
    """One command's ``--help``/``--usage``: its :class:`Doc` rows joined with its getopt
    table of a release; ``commands`` (scontrol's) follows the options in ``--help``."""

    def __init__(
        self,
        prog: str,
        operands: str,
        docs: Sequence[Doc],
        intro: str,
        getopt_table: Callable[[Release], tuple[list[LongOpt], str]],
        commands: str = "",
    ) -> None:
        self.prog, self.operands, self.docs, self.intro = prog, operands, docs, intro
        self.getopt_table, self.commands = getopt_table, commands

    def option_table(self, release: Release = None) -> list[Option]:
        return build(*self.getopt_table(release), self.docs)

    def help_text(self, release: Release = None) -> str:
        options = self.option_table(release)
        return render_help(self.prog, self.operands, options, self.intro, self.commands)

    def usage_text(self, release: Release = None) -> str:
        return render_usage(self.prog, self.operands, self.option_table(release))
