"""``slurm-proxy``: the tool's own command (ping, version, config, ...).

Unlike the Slurm commands, which must parse their options exactly like getopt_long,
this one is ours to design, so it is a plain click group.
"""

from __future__ import annotations

from .main import main, run

__all__ = ["main", "run"]
