"""sacct: accounting records from slurmrestd's /slurmdb endpoints, printed like sacct."""

from __future__ import annotations

from ..cli import entry
from .command import run

main = entry("sacct", run)

__all__ = ["main", "run"]
