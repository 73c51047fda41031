"""scontrol: show / update / hold / release / ping over slurmrestd, printed like the real
``scontrol`` of the server's release (``src/scontrol/*.c``, ``src/api/*_info.c``).

Commands are matched like the real one (case-insensitive prefixes with the same
minimum lengths).  What slurmrestd cannot do for a user (token, reconfigure, node
and partition administration, requeue, suspend, top, ...) fails with one
``scontrol: error:`` line and exit status 1.
"""

from __future__ import annotations

import io
import os
from typing import Any, Optional

from slurm_proxy.cli import Invocation, entry
from slurm_proxy.common.conn import (
    Conn,
    UnknownClusters,
    first_profile,
    prescan_clusters,
    resolve_clusters,
    version_line,
)
from slurm_proxy.common.getopt import (
    NO_ARGUMENT,
    OPTIONAL_ARGUMENT,
    REQUIRED_ARGUMENT,
    Getopt,
    LongOpt,
    UsageError,
)
from slurm_proxy.errors import SlurmError

PROG = "scontrol"
MAX_INPUT_FIELDS = 128


class _Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def ncase_eq(a: str, b: str, n: int) -> bool:
    """``!xstrncasecmp(a, b, n)``: C strings compared up to ``n`` characters."""
    pad = "\0" * n
    return (a.lower() + pad)[:n] == (b.lower() + pad)[:n]


def _kw(tag: str, word: str, minimum: int) -> bool:
    """``!xstrncasecmp(tag, word, MAX(strlen(tag), minimum))``."""
    return ncase_eq(tag, word, max(len(tag), minimum))


def parse_release(text: Optional[str]) -> tuple[int, ...]:
    from slurm_proxy.sinfo import parse_release as _pr

    return _pr(text)


SHORTOPTS = "adhM:FoQu:vV"


def long_options(rel: tuple[int, ...]) -> list[LongOpt]:
    """scontrol's ``struct option`` table (glibc lists ambiguities in this order)."""
    longs: list[LongOpt] = []
    if rel >= (23, 2):
        longs.append(LongOpt("autocomplete", REQUIRED_ARGUMENT, "autocomp"))
    longs += [
        LongOpt("all", NO_ARGUMENT, "a"),
        LongOpt("cluster", REQUIRED_ARGUMENT, "M"),
        LongOpt("clusters", REQUIRED_ARGUMENT, "M"),
        LongOpt("details", NO_ARGUMENT, "d"),
        LongOpt("federation", NO_ARGUMENT, "federation"),
        LongOpt("future", NO_ARGUMENT, "F"),
        LongOpt("help", NO_ARGUMENT, "h"),
        LongOpt("hide", NO_ARGUMENT, "hide"),
    ]
    if rel >= (23, 2):
        longs.append(LongOpt("json", OPTIONAL_ARGUMENT, "json"))
    longs += [
        LongOpt("local", NO_ARGUMENT, "local"),
        LongOpt("oneliner", NO_ARGUMENT, "o"),
        LongOpt("quiet", NO_ARGUMENT, "Q"),
        LongOpt("sibling", NO_ARGUMENT, "sibling"),
        LongOpt("uid", REQUIRED_ARGUMENT, "u"),
        LongOpt("usage", NO_ARGUMENT, "h"),
        LongOpt("verbose", NO_ARGUMENT, "v"),
        LongOpt("version", NO_ARGUMENT, "V"),
    ]
    if rel >= (23, 2):
        longs.append(LongOpt("yaml", OPTIONAL_ARGUMENT, "yaml"))
    return longs


class Scontrol:
    def __init__(self, inv: Invocation) -> None:
        self.inv = inv
        self.all_flag = bool("SCONTROL_ALL" in inv.env)
        self.detail_flag = False
        self.future_flag = "SCONTROL_FUTURE" in inv.env
        self.one_liner = False
        self.quiet = 0
        self.verbosity = 0
        self.exit_code = 0
        self.exit_flag = False
        self.mime_type: Optional[str] = None
        self.data_parser: Optional[str] = None
        self.clusters: Optional[str] = inv.env.get("SLURM_CLUSTERS")
        #: the cluster named by -M or $SLURM_CLUSTERS (a profile: its cluster_name)
        self.cluster_label: Optional[str] = None
        self._sess: Any = None
        self.release: tuple[int, ...] = (26, 5, 0)
        self.release_text = ""
        self._learned = False
        self.cluster_arg = prescan_clusters(
            PROG, inv.argv, inv.env, SHORTOPTS, long_options(self.release)
        )

    # -- plumbing ---------------------------------------------------------------------
    @property
    def sess(self) -> Any:
        if self._sess is None:
            from slurm_proxy.session import Session

            self._sess = Session.open(self.inv, cluster=first_profile(self.inv, self.cluster_arg))
        return self._sess

    def learn_release(self) -> None:
        if self._learned:
            return
        self._learned = True
        try:
            self.release_text = self.sess.release
        except SlurmError:
            return
        self.release = parse_release(self.release_text)

    def out(self, text: str) -> None:
        self.inv.out.write(text)

    def errout(self, text: str) -> None:
        self.inv.err.write(text)

    def error(self, text: str) -> None:
        self.inv.err.write(f"{PROG}: error: {text}\n")

    def perror(self, prefix: str, text: str) -> None:
        """slurm_perror(): ``<prefix>: <strerror>``."""
        if self.quiet != 1:
            self.inv.err.write(f"{prefix}: {text}\n")

    def printf_error(self, prefix: str, text: str) -> None:
        """26.05's ``_printf_error()`` (``<prefix>:<strerror>``); older releases call
        ``slurm_perror()`` (``<prefix>: <strerror>``) at the same places."""
        self.exit_code = 1
        if self.quiet != 1:
            sep = ":" if self.release >= (26, 5) else ": "
            self.inv.err.write(f"{prefix}{sep}{text}\n")

    def unsupported(self, what: str) -> None:
        self.exit_code = 1
        self.error(f"{what}: not available through slurmrestd")

    def too_many(self, tag: str) -> None:
        self.exit_code = 1
        if self.quiet != 1:
            self.errout(f"too many arguments for keyword:{tag}\n")

    def too_few(self, tag: str) -> None:
        self.exit_code = 1
        if self.quiet != 1:
            self.errout(f"too few arguments for keyword:{tag}\n")

    # -- options ------------------------------------------------------------------------
    def parse(self) -> list[str]:
        longs = long_options(self.release)
        argv = list(self.inv.argv)
        # the real one stops option parsing at "setdebugflags" (its -FLAG arguments)
        stop = len(argv)
        for i, word in enumerate(argv):
            if ncase_eq(word, "setdebugflags", 8):
                stop = i
                break
        head, tail = argv[:stop], argv[stop:]
        if self.clusters:  # $SLURM_CLUSTERS
            self.use_cluster(self.clusters, from_env=True)
        parser = Getopt(PROG, head, SHORTOPTS, longs)
        try:
            for opt in parser:
                self._option(opt.val, opt.arg, longs)
        except UsageError as exc:
            self.errout(exc.message + "\n")
            self.errout(f'Try "{PROG} --help" for more information\n')
            raise _Exit(1) from None
        return parser.rest + tail

    def _option(self, val: str, arg: Optional[str], longs: list[LongOpt]) -> None:
        if val == "a":
            self.all_flag = True
        elif val == "d":
            self.detail_flag = True
        elif val == "F":
            self.future_flag = True
        elif val == "h":
            from .help import help_text

            self.out(help_text(self.release))
            raise _Exit(self.exit_code)
        elif val == "hide":
            self.all_flag = False
            self.detail_flag = False
        elif val == "M":
            self.clusters = arg
            self.use_cluster(arg or "", from_env=False)
        elif val == "o":
            self.one_liner = True
        elif val == "Q":
            self.quiet = 1
        elif val == "u":
            self.error(
                f'--uid="{arg}" invalid: acting as another user is not available through slurmrestd'
            )
            raise _Exit(1)
        elif val == "v":
            self.quiet = -1
            self.verbosity += 1
        elif val == "V":
            self.print_version()
            raise _Exit(self.exit_code)
        elif val == "autocomp":
            for opt in longs:
                if opt.name.startswith((arg or "").lstrip("-")):
                    self.out(f"--{opt.name}{'=' if opt.has_arg == REQUIRED_ARGUMENT else ''}\n")
            raise _Exit(0)
        elif val in ("json", "yaml"):
            self.mime_type = val
            self.data_parser = arg
            self.detail_flag = True

    def print_version(self) -> None:
        self.learn_release()
        if not self.release_text:
            self.sess.release  # noqa: B018  (raises the real error)
        self.out(version_line(self.sess, self.release_text))

    def use_cluster(self, text: str, from_env: bool) -> None:
        """``-M NAME`` (or $SLURM_CLUSTERS): the one cluster scontrol talks to, resolved
        like the real one does through slurmdbd (see resolve_clusters)."""
        rel = (self.release[0], self.release[1])
        default = Conn(self.inv, sess=self.sess)
        try:
            found = resolve_clusters(self.inv, PROG, text, from_env, default, rel)
        except UnknownClusters:
            raise _Exit(1) from None
        if len(found) > 1 and not from_env:
            self.errout(f"{PROG}: fatal: Only one cluster can be used at a time with scontrol\n")
            raise _Exit(1)
        self._sess = found[0][1].sess
        self.cluster_label = getattr(self._sess, "cluster_name", None) or found[0][0]

    # -- the command loop ---------------------------------------------------------------
    def main(self) -> int:
        self.learn_release()
        rest = self.parse()
        if rest:
            self.process(rest)
        else:
            self.interactive()
        return self.exit_code

    def interactive(self) -> None:
        data = self.inv.stdin.read()
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data)
        last: Optional[str] = None
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for line in lines:
            self.out(f"{PROG}: ")
            if line == "!!":
                line = last or ""
            else:
                last = line
            argv = _split_line(line)
            if len(argv) >= MAX_INPUT_FIELDS:
                self.exit_code = 1
                self.errout(f"{PROG}: can not process over {MAX_INPUT_FIELDS - 1} words\n")
                return
            self.process(argv)
            if self.exit_flag:
                return
        self.out(f"{PROG}: \n")

    def process(self, argv: list[str]) -> None:
        from . import commands

        if not argv:
            self.exit_code = 1
            if self.quiet == -1:
                self.errout("no input")
            return
        try:
            commands.dispatch(self, argv)
        except SlurmError as exc:
            if exc.kind in ("config", "auth", "connect", "timeout", "tls", "protocol"):
                raise
            self.exit_code = 1
            self.error(exc.text)


def _split_line(line: str) -> list[str]:
    """_get_command(): split on white space outside quotes (quotes are kept)."""
    out = []
    i, n = 0, len(line)
    while i < n:
        if line[i].isspace():
            i += 1
            continue
        start = i
        dq = sq = False
        i += 1
        while i < n:
            ch = line[i]
            if ch == '"':
                dq = not dq
            elif ch == "'":
                sq = not sq
            elif not dq and not sq and ch.isspace():
                break
            i += 1
        out.append(line[start:i])
    return out


def run(inv: Invocation) -> int:
    sc = Scontrol(inv)
    try:
        return sc.main()
    except _Exit as stop:
        return stop.code


main = entry(PROG, run)

__all__ = ["run", "main", "Scontrol", "io", "os"]
