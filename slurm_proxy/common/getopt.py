"""glibc ``getopt_long`` as the Slurm commands see it.

Slurm's commands parse their arguments with glibc's ``getopt_long``; clients depend on
its details (abbreviated long options, optional arguments that must be attached,
options after positionals, ``--``), and on its error texts.  This module reproduces
that behaviour (glibc 2.26 and later, ``posix/getopt.c``): the same permutation of
``argv``, the same unique-prefix matching of long names (an exact match wins; prefixes
of several options that differ in argument kind or value are ambiguous), and the same
messages, which it raises as :class:`UsageError` instead of printing them.

Usage::

    parser = Getopt("squeue", argv, "+hj::", [LongOpt("jobs", OPTIONAL, "j"), ...])
    for opt in parser:                  # may raise UsageError at the offending option
        handle(opt.val, opt.arg)        # opt.val: short letter or the LongOpt's val
    positionals = parser.rest           # argv after the options (permuted like glibc)

The first character of ``shortopts`` selects the ordering like glibc: ``+`` stops at
the first non-option (``REQUIRE_ORDER``, also when ``posixly_correct`` is set),
``-`` returns non-options in order as ``Found(val=NONOPT, arg=<word>)``, anything
else permutes (options may follow positionals).  A leading ``:`` (after ``+``/``-``)
is accepted and ignored: the error text is always produced.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple, Optional

NO_ARGUMENT = 0
REQUIRED_ARGUMENT = 1
OPTIONAL_ARGUMENT = 2

#: ``Found.val`` of a non-option returned in ``-`` (RETURN_IN_ORDER) mode.
NONOPT = "\x01"

_PERMUTE, _REQUIRE_ORDER, _RETURN_IN_ORDER = 0, 1, 2


class LongOpt(NamedTuple):
    """One ``struct option``: ``--name``, its argument kind and the value it returns.

    Two entries with the same ``has_arg`` and ``val`` are aliases: a prefix matching
    both is not ambiguous (glibc compares ``has_arg``, ``flag`` and ``val``).
    """

    name: str
    has_arg: int
    val: str


class Found(NamedTuple):
    """One option getopt returned.

    ``val``: the short letter, or the matched ``LongOpt.val``; ``arg``: the option
    argument (``None`` when there is none; ``""`` for ``--name=``); ``spelled``: the
    option as the user wrote it, without the argument (``-J``, ``--job``); ``name``:
    the full long name when it was a long option (``job-name``), else ``None``.
    """

    val: str
    arg: Optional[str]
    spelled: str
    name: Optional[str] = None


class UsageError(Exception):
    """getopt rejected an argument.

    ``message`` is glibc's text without the trailing newline, e.g.
    ``sbatch: unrecognized option '--bogus'``; ``optopt`` the offending short letter
    or long option's val when known (glibc's ``optopt``), else ``""``.
    """

    def __init__(self, message: str, optopt: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.optopt = optopt

    def __str__(self) -> str:
        return self.message


class Getopt:
    """A getopt_long run over one argv (``argv`` excludes the program name)."""

    def __init__(
        self,
        prog: str,
        argv: Sequence[str],
        shortopts: str,
        longopts: Sequence[LongOpt] = (),
        *,
        posixly_correct: bool = False,
    ) -> None:
        self.prog = prog
        # index 0 holds the program name, as in C, so that indexes match glibc's
        self.argv: list[str] = [prog, *argv]
        self.longopts = tuple(longopts)
        if shortopts.startswith("-"):
            self._ordering = _RETURN_IN_ORDER
            shortopts = shortopts[1:]
        elif shortopts.startswith("+"):
            self._ordering = _REQUIRE_ORDER
            shortopts = shortopts[1:]
        elif posixly_correct:
            self._ordering = _REQUIRE_ORDER
        else:
            self._ordering = _PERMUTE
        self.shortopts = shortopts
        self.optind = 1
        self._first_nonopt = 1
        self._last_nonopt = 1
        self._nextchar = ""  # the rest of a group of short options ("" = none)
        self._done = False

    # -- results ---------------------------------------------------------------------
    @property
    def rest(self) -> list[str]:
        """The arguments left after the options (valid once iteration has ended)."""
        return self.argv[self.optind :]

    def __iter__(self) -> Iterator[Found]:
        while True:
            found = self._next()
            if found is None:
                return
            yield found

    def parse(self) -> tuple[list[Found], list[str]]:
        """All options and the remaining arguments (raises at the first error)."""
        options = list(self)
        return options, self.rest

    # -- glibc's _getopt_internal_r ---------------------------------------------------------
    def _nonoption(self, index: int) -> bool:
        word = self.argv[index]
        return not word.startswith("-") or word == "-"

    def _exchange(self) -> None:
        """Move the skipped non-options after the options just processed."""
        first, last, optind = self._first_nonopt, self._last_nonopt, self.optind
        self.argv[first:optind] = self.argv[last:optind] + self.argv[first:last]
        self._first_nonopt += optind - last
        self._last_nonopt = optind

    def _next(self) -> Optional[Found]:
        if self._done:
            return None
        argc = len(self.argv)
        if not self._nextchar:
            if self._last_nonopt > self.optind:
                self._last_nonopt = self.optind
            if self._first_nonopt > self.optind:
                self._first_nonopt = self.optind
            if self._ordering == _PERMUTE:
                if self._first_nonopt != self._last_nonopt and self._last_nonopt != self.optind:
                    self._exchange()
                elif self._last_nonopt != self.optind:
                    self._first_nonopt = self.optind
                while self.optind < argc and self._nonoption(self.optind):
                    self.optind += 1
                self._last_nonopt = self.optind
            if self.optind != argc and self.argv[self.optind] == "--":
                self.optind += 1
                if self._first_nonopt != self._last_nonopt and self._last_nonopt != self.optind:
                    self._exchange()
                elif self._first_nonopt == self._last_nonopt:
                    self._first_nonopt = self.optind
                self._last_nonopt = argc
                self.optind = argc
            if self.optind == argc:
                if self._first_nonopt != self._last_nonopt:
                    self.optind = self._first_nonopt
                self._done = True
                return None
            if self._nonoption(self.optind):
                if self._ordering == _REQUIRE_ORDER:
                    self._done = True
                    return None
                word = self.argv[self.optind]
                self.optind += 1
                return Found(NONOPT, word, word)
            word = self.argv[self.optind]
            if word.startswith("--"):
                return self._long(word[2:])
            self._nextchar = word[1:]
        return self._short()

    def _short(self) -> Found:
        c, self._nextchar = self._nextchar[0], self._nextchar[1:]
        if not self._nextchar:
            self.optind += 1
        pos = self.shortopts.find(c)
        if pos < 0 or c in (":", ";"):
            raise UsageError(f"{self.prog}: invalid option -- '{c}'", c)
        spec = self.shortopts[pos + 1 : pos + 3]
        if not spec.startswith(":"):
            return Found(c, None, "-" + c)
        arg: Optional[str]
        if spec == "::":  # optional argument: only when attached
            arg = self._nextchar or None
            if self._nextchar:
                self.optind += 1
        elif self._nextchar:
            arg = self._nextchar
            self.optind += 1
        elif self.optind == len(self.argv):
            self._nextchar = ""
            raise UsageError(f"{self.prog}: option requires an argument -- '{c}'", c)
        else:
            arg = self.argv[self.optind]
            self.optind += 1
        self._nextchar = ""
        return Found(c, arg, "-" + c)

    def _long(self, nextchar: str) -> Found:
        name, eq, value = nextchar.partition("=")
        found: Optional[LongOpt] = None
        for opt in self.longopts:
            if opt.name == name:
                found = opt
                break
        if found is None:
            ambiguous: list[LongOpt] = []
            for opt in self.longopts:
                if not opt.name.startswith(name):
                    continue
                if found is None:
                    found = opt
                elif (opt.has_arg, opt.val) != (found.has_arg, found.val):
                    if not ambiguous:
                        ambiguous.append(found)
                    ambiguous.append(opt)
            if ambiguous:
                self.optind += 1
                choices = "".join(f" '--{o.name}'" for o in ambiguous)
                raise UsageError(
                    f"{self.prog}: option '--{nextchar}' is ambiguous; possibilities:{choices}"
                )
        if found is None:
            self.optind += 1
            raise UsageError(f"{self.prog}: unrecognized option '--{nextchar}'")
        self.optind += 1
        spelled = "--" + name
        if eq:
            if found.has_arg == NO_ARGUMENT:
                raise UsageError(
                    f"{self.prog}: option '--{found.name}' doesn't allow an argument", found.val
                )
            return Found(found.val, value, spelled, found.name)
        if found.has_arg == REQUIRED_ARGUMENT:
            if self.optind < len(self.argv):
                arg = self.argv[self.optind]
                self.optind += 1
                return Found(found.val, arg, spelled, found.name)
            raise UsageError(
                f"{self.prog}: option '--{found.name}' requires an argument", found.val
            )
        return Found(found.val, None, spelled, found.name)


def shortopts_for(options: Sequence[tuple[str, int]], mode: str = "") -> str:
    """Build an optstring from ``(letter, has_arg)`` pairs the way Slurm does."""
    out = [mode]
    for letter, has_arg in options:
        out.append(
            letter + {NO_ARGUMENT: "", REQUIRED_ARGUMENT: ":", OPTIONAL_ARGUMENT: "::"}[has_arg]
        )
    return "".join(out)
