"""``slurm-proxy completion bash|zsh|fish``: shell completion scripts.

For ``slurm-proxy`` itself the script is click's own (the shell calls
``slurm-proxy`` back with ``_SLURM_PROXY_COMPLETE`` set).  For the six Slurm
commands it is a static list of their long options, read from the getopt tables
in their packages (``slurm_proxy/<command>/``, in ``slurm_proxy.common.getopt``
format), so the list can never drift from what the commands accept.  A command
whose package or table does not exist (yet) is left out with a comment.

Where a command's table is looked for, first match wins:

1. ``slurm_proxy.<command>.options``, then the package ``slurm_proxy.<command>``,
   then its other modules (alphabetically);
2. in each: a function ``long_options`` (or ``_long_options``, ``longopts``,
   ``options``, with or without a leading underscore) returning a list of
   :class:`~slurm_proxy.common.getopt.LongOpt` or a tuple holding one; it is called
   with each Slurm release as a ``(major, minor)`` tuple when it takes an argument,
   and the union kept (the server's release is unknown when the script is written);
   else a module-level sequence of ``LongOpt``.

The convention for a command package is ``options.long_options(release=None)``
(sbatch) or ``long_options(release)`` anywhere in the package.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any, Optional

from ..common.getopt import OPTIONAL_ARGUMENT, REQUIRED_ARGUMENT, LongOpt
from .shims import COMMANDS

SHELLS = ("bash", "zsh", "fish")

#: Slurm releases whose option tables are merged (any a cluster may run)
RELEASES: tuple[tuple[int, int], ...] = (
    (22, 5),
    (23, 2),
    (23, 11),
    (24, 5),
    (24, 11),
    (25, 5),
    (25, 11),
    (26, 5),
)

_FUNCTIONS = ("long_options", "_long_options", "longopts", "_longopts", "options", "_options")
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def _import(name: str) -> Optional[ModuleType]:
    try:
        return importlib.import_module(name)
    except Exception:  # absent, or a half-written module: no completion for it
        return None


def _call(func: Any) -> list[LongOpt]:
    try:
        params = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        params = []
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    results: list[Any] = []
    if positional:
        for release in RELEASES:
            try:
                results.append(func(release))
            except Exception:
                continue
    if not results and all(p.default is not p.empty for p in positional):
        try:
            results.append(func())
        except Exception:
            pass
    merged: dict[str, LongOpt] = {}
    for table in reversed(results):  # the newest release's order and argument kinds first
        for opt in _longopts(table) or ():
            merged.setdefault(opt.name, opt)
    return list(merged.values())


def _longopts(value: Any) -> Optional[list[LongOpt]]:
    """A non-empty sequence of LongOpt, or a tuple holding one (``(shortopts, longopts)``)."""
    if isinstance(value, (list, tuple)) and value:
        if all(isinstance(v, LongOpt) for v in value):
            return list(value)
        if isinstance(value, tuple):
            for item in value:
                if isinstance(item, (list, tuple)) and item and not isinstance(item, LongOpt):
                    found = _longopts(item)
                    if found:
                        return found
    return None


def _from_module(module: ModuleType) -> list[LongOpt]:
    for name in _FUNCTIONS:
        func = getattr(module, name, None)
        if callable(func):
            found = _call(func)
            if found:
                return found
    for value in vars(module).values():
        table = _longopts(value)
        if table:
            return table
    return []


def _modules(command: str) -> Iterable[ModuleType]:
    package = f"slurm_proxy.{command}"
    for name in (f"{package}.options", package):
        module = _import(name)
        if module is not None:
            yield module
    pkg = _import(package)
    path = getattr(pkg, "__path__", None)
    if path is not None:
        for info in sorted(pkgutil.iter_modules(path), key=lambda i: i.name):
            if info.name != "options":
                module = _import(f"{package}.{info.name}")
                if module is not None:
                    yield module


def option_table(command: str) -> list[LongOpt]:
    """The long options of ``command``; [] when its package or table does not exist."""
    for module in _modules(command):
        found = _from_module(module)
        if found:
            return [o for o in found if _SAFE.match(o.name)]
    return []


# -- scripts ------------------------------------------------------------------------------
def _header(shell: str) -> str:
    how = {
        "bash": 'eval "$(slurm-proxy completion bash)"   # in ~/.bashrc, or save the output as\n'
        "#   /etc/bash_completion.d/slurm-proxy",
        "zsh": 'eval "$(slurm-proxy completion zsh)"    # in ~/.zshrc, after compinit',
        "fish": "slurm-proxy completion fish | source    # in ~/.config/fish/config.fish",
    }[shell]
    return (
        f"# slurm-proxy shell completion for {shell}: slurm-proxy and the Slurm commands.\n"
        f"# Load with:\n#   {how}\n"
    )


def _click_source(shell: str) -> str:
    from click.shell_completion import get_completion_class

    from .main import cli

    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - the three shells are click's own
        return f"# click has no {shell} completion\n"
    return cls(cli, {}, "slurm-proxy", "_SLURM_PROXY_COMPLETE").source().rstrip("\n") + "\n"


def _bash(tables: Sequence[tuple[str, list[LongOpt]]]) -> str:
    cases = "".join(
        f"    {cmd}) opts='{' '.join('--' + o.name for o in opts)}' ;;\n" for cmd, opts in tables
    )
    names = " ".join(cmd for cmd, _ in tables)
    return (
        "_slurm_proxy_slurm_command() {\n"
        '    local cur="${COMP_WORDS[COMP_CWORD]}" opts=\n'
        '    case "${1##*/}" in\n'
        f"{cases}"
        "    esac\n"
        '    if [[ "$cur" == -* ]]; then\n'
        '        COMPREPLY=($(compgen -W "$opts" -- "$cur"))\n'
        "    fi\n"
        "}\n"
        f"complete -o bashdefault -o default -F _slurm_proxy_slurm_command {names}\n"
    )


def _zsh(tables: Sequence[tuple[str, list[LongOpt]]]) -> str:
    cases = "".join(
        f"        {cmd}) opts=({' '.join('--' + o.name for o in opts)}) ;;\n"
        for cmd, opts in tables
    )
    names = " ".join(cmd for cmd, _ in tables)
    return (
        "_slurm_proxy_slurm_command() {\n"
        "    local -a opts\n"
        "    case ${words[1]:t} in\n"
        f"{cases}"
        "    esac\n"
        "    if [[ $PREFIX == -* ]]; then\n"
        "        compadd -- $opts\n"
        "    else\n"
        "        _files\n"
        "    fi\n"
        "}\n"
        f"compdef _slurm_proxy_slurm_command {names}\n"
    )


def _fish(tables: Sequence[tuple[str, list[LongOpt]]]) -> str:
    lines = []
    for cmd, opts in tables:
        for o in opts:
            short = f" -s {o.val}" if len(o.val) == 1 and o.val.isalnum() else ""
            arg = " -r" if o.has_arg == REQUIRED_ARGUMENT else ""
            if o.has_arg == OPTIONAL_ARGUMENT:
                short = ""  # an optional argument must be attached: -j123, --jobs=123
            lines.append(f"complete -c {cmd}{short} -l {o.name}{arg}\n")
    return "".join(lines)


_WRITERS = {"bash": _bash, "zsh": _zsh, "fish": _fish}


def script(shell: str, commands: Optional[Sequence[str]] = None) -> str:
    """The completion script of ``shell`` for slurm-proxy and ``commands`` (default all).

    ``commands`` may name ``slurm-proxy`` and any of the Slurm commands; a
    single-command script suits lazy-loading directories (bash-completion's
    ``completions/<name>``, fish's ``completions/<name>.fish``).
    """
    wanted = list(commands) if commands else ["slurm-proxy", *COMMANDS]
    parts = [_header(shell)]
    if "slurm-proxy" in wanted:
        parts.append(_click_source(shell))
    tables: list[tuple[str, list[LongOpt]]] = []
    for command in COMMANDS:
        if command not in wanted:
            continue
        table = option_table(command)
        if table:
            tables.append((command, table))
        else:
            parts.append(f"# {command}: not in this slurm-proxy installation (no option table)\n")
    if tables:
        parts.append(
            f"# Slurm commands (long options from their getopt tables): "
            f"{' '.join(c for c, _ in tables)}\n"
        )
        parts.append(_WRITERS[shell](tables))
    return "".join(parts)
