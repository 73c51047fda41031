"""How every command runs: one Invocation in, an exit code out.

A command is ``run(inv) -> int``.  Everything it may read from the outside world
(argv, environment, working directory, stdin) and everything it writes (stdout,
stderr) travels in the :class:`Invocation`, never through ``sys`` or ``os.environ``.
That makes a command testable in-process and lets a warm agent process run it on
behalf of a thin shim, with byte-identical results.
"""

from __future__ import annotations

import os
import sys
from typing import IO, Any, BinaryIO, Callable, NoReturn, TextIO

from .errors import EXIT_ERROR, SlurmError

Runner = Callable[["Invocation"], int]


class Invocation:
    """One command call: what it reads from the world and where it writes.

    A plain class rather than a dataclass: importing ``dataclasses`` pulls in
    ``inspect``, a measurable share of a cold command's start-up.
    """

    __slots__ = ("prog", "argv", "env", "cwd", "stdin", "out", "err")

    def __init__(
        self,
        prog: str,
        argv: list[str],
        env: dict[str, str] | None = None,
        cwd: str = "/",
        stdin: BinaryIO | IO[bytes] | None = None,
        out: TextIO | IO[str] | None = None,
        err: TextIO | IO[str] | None = None,
    ) -> None:
        self.prog = prog
        self.argv = argv
        self.env = {} if env is None else env
        self.cwd = cwd
        self.stdin = sys.stdin.buffer if stdin is None else stdin
        self.out = sys.stdout if out is None else out
        self.err = sys.stderr if err is None else err

    def replace(self, **changes: Any) -> Invocation:
        values = {name: getattr(self, name) for name in self.__slots__}
        values.update(changes)
        return Invocation(**values)

    @property
    def debug(self) -> bool:
        return self.env.get("SLURM_PROXY_DEBUG", "") not in ("", "0", "false", "no")

    def error(self, message: str) -> None:
        """Print ``<prog>: error: <message>`` the way Slurm's error() does."""
        self.err.write(f"{self.prog}: error: {message}\n")


def _strip_debug(inv: Invocation) -> Invocation:
    """``--debug`` leading the arguments turns on request tracing (never a Slurm option)."""
    argv = list(inv.argv)
    if not argv or argv[0] != "--debug":
        return inv
    while argv and argv[0] == "--debug":
        argv.pop(0)
    return inv.replace(argv=argv, env={**inv.env, "SLURM_PROXY_DEBUG": "1"})


def execute(run: Runner, inv: Invocation) -> int:
    """Run a command; turn every failure into a one-line error and exit code."""
    inv = _strip_debug(inv)
    try:
        code = run(inv)
    except SlurmError as exc:
        inv.error(exc.text)
        code = EXIT_ERROR
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        # the reader went away (e.g. `squeue | head`): like a C program, stop quietly
        code = 0
    except Exception as exc:  # never a traceback for the user unless they asked
        if inv.debug:
            import traceback

            traceback.print_exc(file=inv.err)
        inv.error(
            f"internal error ({type(exc).__name__}: {exc}); "
            "run again with SLURM_PROXY_DEBUG=1 for details"
        )
        code = EXIT_ERROR
    try:
        inv.out.flush()
    except BrokenPipeError:
        pass
    return code


def entry(prog: str, run: Runner) -> Callable[[], NoReturn]:
    """The console-script entry point of a command."""

    def main() -> NoReturn:
        inv = Invocation(prog=prog, argv=sys.argv[1:], env=dict(os.environ), cwd=_cwd())
        code = execute(run, inv)
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            # stdout closed under us: silence the interpreter's exit-time flush
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(code)

    return main


def _cwd() -> str:
    try:
        return os.getcwd()
    except OSError:  # the directory was removed under us; keep $PWD's word for it
        return os.environ.get("PWD", "/")
