"""The commands' entry points, kept on the standard library until they must run a command.

With ``SLURM_PROXY_AGENT=1`` a call first goes to the warm agent
(``slurm_proxy.agent``); without an agent, or with the variable unset, the command
runs in this process exactly as before.

The installed commands are the scripts of ``launchers/`` (``script-files`` in
pyproject.toml), which import this module and nothing else.  They are not
``[project.scripts]`` entry points because pip's generated wrapper imports ``re``
first: measured, that is more than everything else a warm call does in this process
(see the README's performance section).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not `typing`: this module is on the fast path
if TYPE_CHECKING:
    from typing import NoReturn

_ON = ("1", "yes", "true", "on")


def _run(prog: str, package: str) -> NoReturn:
    if os.environ.get("SLURM_PROXY_AGENT", "").lower() in _ON:
        from .agent.client import call

        code = call(prog, sys.argv[1:])
        if code is not None:
            sys.exit(code)
    from importlib import import_module

    try:
        module = import_module(package)
    except ModuleNotFoundError as exc:
        if exc.name != package:
            raise
        sys.stderr.write(f"{prog}: error: {prog} is not available in this slurm-proxy yet\n")
        sys.exit(1)
    module.main()
    sys.exit(0)  # main() exits itself; this line only satisfies NoReturn


def sbatch() -> NoReturn:
    _run("sbatch", "slurm_proxy.sbatch")


def squeue() -> NoReturn:
    _run("squeue", "slurm_proxy.squeue")


def scancel() -> NoReturn:
    _run("scancel", "slurm_proxy.scancel")


def sinfo() -> NoReturn:
    _run("sinfo", "slurm_proxy.sinfo")


def sacct() -> NoReturn:
    _run("sacct", "slurm_proxy.sacct")


def scontrol() -> NoReturn:
    _run("scontrol", "slurm_proxy.scontrol")


def slurm_proxy() -> NoReturn:
    _run("slurm-proxy", "slurm_proxy.proxy")
