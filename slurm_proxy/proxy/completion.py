"""``slurm-proxy completion bash|zsh|fish``: shell completion scripts.

For ``slurm-proxy`` itself the script is click's own (the shell calls
``slurm-proxy`` back with ``_SLURM_PROXY_COMPLETE`` set).  For the six Slurm
commands it is a static list of the long options slurm-proxy supports (with their
getopt aliases), read from ``slurm_proxy.<command>.help.option_table(release)``
(:mod:`slurm_proxy.common.optable`), the table ``--help`` is printed from, so the
list can never drift from what the commands accept.  The server's release is unknown
when the script is written: the tables of every release in :data:`RELEASES` are
merged.  A command without such a module is left out with a comment.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Optional

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

_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def option_table(command: str) -> list[LongOpt]:
    """The supported long options of ``command`` (aliases included), newest release's
    argument kinds first; [] when the command has no ``help.option_table``."""
    try:
        module = importlib.import_module(f"slurm_proxy.{command}.help")
    except ImportError:
        return []
    merged: dict[str, LongOpt] = {}
    for release in reversed(RELEASES):
        for opt in module.option_table(release):
            if not opt.supported:
                continue
            val = opt.short or opt.name
            for name in opt.names:
                if _SAFE.match(name):
                    merged.setdefault(name, LongOpt(name, opt.has_arg, val))
    return list(merged.values())


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
