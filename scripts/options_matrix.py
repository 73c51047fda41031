#!/usr/bin/env python3
"""Write docs/options.md: per command, every option, whether slurm-proxy supports it,
and which differential cases (tests/live/test_<command>_diff.py) exercise it against
the real command, on which Slurm releases and REST API versions.

Generated from the code and the case tables, so it cannot drift:

- the options and whether each is supported: ``slurm_proxy.<command>.help``
  (``option_table(release)``, the table ``--help`` and completion read);
- the cases: the ``CASES`` table of each differential test module, every argv run
  through the command's own getopt table (``getopt_table(release)``) to see which
  options it uses.  Cases whose argv is built from the live jobs (squeue, sacct) are
  evaluated with stand-in values: only the options matter here.

    scripts/options_matrix.py           # rewrite docs/options.md
    scripts/options_matrix.py --check   # exit 1 when docs/options.md is out of date
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path
from typing import Any, NamedTuple, Optional

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from slurm_proxy.common.getopt import Getopt, UsageError  # noqa: E402
from tests.support.clusters import RELEASES, SERVED_APIS  # noqa: E402

OUT = REPO / "docs" / "options.md"
COMMANDS = ("sbatch", "squeue", "scancel", "sinfo", "sacct", "scontrol")
MAX_IDS = 8  # case ids listed per option


def _rel(text: str) -> tuple[int, int]:
    major, minor = text.split(".")[:2]
    return int(major), int(minor)


class _Stub(str):
    """Stands for a live fixture (jobs, ids, cluster) in an argv-building lambda."""

    def __new__(cls) -> _Stub:
        return super().__new__(cls, "1")

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Stub()

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        return _Stub()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _Stub()

    def values(self) -> list[str]:
        return [_Stub()]

    def keys(self) -> list[str]:
        return [_Stub()]


class DiffCase(NamedTuple):
    id: str
    argv: list[str]
    releases: tuple[str, ...]


def _cases(command: str) -> tuple[list[DiffCase], bool]:
    """The module's cases, and whether they run on every served API version (else the
    negotiated, newest one)."""
    module = importlib.import_module(f"tests.live.test_{command}_diff")
    every_api = "cluster_api" in inspect.getsource(module)
    out = []
    for case in module.CASES:
        if isinstance(case, tuple) and len(case) == 2 and callable(case[1]):
            cid, build = case
            try:
                argv = [str(a) for a in build(_Stub())]
            except Exception:  # an argv that needs real values: listed without options
                argv = []
        else:
            cid, argv = case.id, list(case.argv)
        since = getattr(case, "since", (0, 0))
        skip = getattr(case, "skip", {}) or {}
        releases = tuple(r for r in RELEASES if _rel(r) >= since and r not in skip)
        out.append(DiffCase(cid, argv, releases))
    return out, every_api


def _options_used(command: str, help_mod: Any, argv: list[str]) -> set[str]:
    """The options (by their first long name, or ``-x``) that getopt finds in argv."""
    longs, shortopts = help_mod.getopt_table(None)
    by_val: dict[str, str] = {}
    for opt in help_mod.option_table(None):
        key = opt.name or "-" + opt.short
        if opt.short:
            by_val.setdefault(opt.short, key)
        for name in opt.names:
            by_val.setdefault(name, key)
    found: set[str] = set()
    try:
        for f in Getopt(command, argv, shortopts, longs):
            key = by_val.get(f.name or "") or by_val.get(f.val)
            if key:
                found.add(key)
    except UsageError:
        pass
    return found


class Row(NamedTuple):
    key: str
    spelled: str
    supported: tuple[str, ...]  # releases where slurm-proxy supports it
    accepted: tuple[str, ...]  # releases whose getopt table has it


def _rows(help_mod: Any) -> list[Row]:
    rows: dict[str, dict[str, Any]] = {}
    for rel in reversed(RELEASES):  # newest first: its order and spelling win
        for opt in help_mod.option_table(_rel(rel)):
            key = opt.name or "-" + opt.short
            row = rows.setdefault(key, {"opt": opt, "sup": [], "acc": []})
            row["acc"].append(rel)
            if opt.supported:
                row["sup"].append(rel)
    out = []
    for key, row in rows.items():
        opt = row["opt"]
        names = [f"`--{n}`" for n in opt.names]
        if opt.short:
            names.insert(0, f"`-{opt.short}`")
        out.append(Row(key, ", ".join(names), tuple(sorted(row["sup"])), tuple(sorted(row["acc"]))))
    return out


def _releases(rels: tuple[str, ...], every: tuple[str, ...] = RELEASES) -> str:
    return "all" if rels == every else ", ".join(rels) or "–"


def command_section(command: str) -> str:
    help_mod = importlib.import_module(f"slurm_proxy.{command}.help")
    cases, every_api = _cases(command)
    by_option: dict[str, list[DiffCase]] = {}
    for case in cases:
        for key in _options_used(command, help_mod, case.argv):
            by_option.setdefault(key, []).append(case)
    apis = "every API version each release serves" if every_api else "the negotiated API version"
    lines = [
        f"## {command}",
        "",
        f"{len(cases)} differential cases in `tests/live/test_{command}_diff.py`, each "
        f"run on {apis}.",
        "",
        "| option | supported | compared on | cases |",
        "|---|---|---|---|",
    ]
    for row in _rows(help_mod):
        used = by_option.get(row.key, [])
        tested = tuple(r for r in RELEASES if any(r in c.releases for c in used))
        if not row.supported:
            supported = "no"
        elif row.supported == row.accepted:
            supported = "yes"
        else:
            supported = "yes: " + ", ".join(row.supported)
        ids = ", ".join(f"`{c.id}`" for c in used[:MAX_IDS]) or "–"
        if len(used) > MAX_IDS:
            ids += f" and {len(used) - MAX_IDS} more"
        lines.append(f"| {row.spelled} | {supported} | {_releases(tested)} | {ids} |")
    return "\n".join(lines) + "\n"


def render() -> str:
    apis = "; ".join(f"{r}: {', '.join(SERVED_APIS[r])}" for r in RELEASES)
    head = [
        "# Supported options",
        "",
        "Generated by `scripts/options_matrix.py` (`make docs`) from each command's option",
        "table (`slurm_proxy/<command>/help.py`) and the differential case tables",
        "(`tests/live/test_<command>_diff.py`); a unit test fails when this file is not",
        "what the script writes now.  Do not edit it by hand.",
        "",
        "- **supported**: `yes` when slurm-proxy implements the option on every release",
        "  whose real command has it; `no` when it is accepted (so that abbreviations and",
        "  error messages match the real command) but refused or ignored, with a one-line",
        "  error that names it.",
        "- **compared on**: the Slurm releases on which at least one differential case",
        "  uses the option and requires output, errors and exit code identical to the real",
        "  command's (`all`: " + ", ".join(RELEASES) + ").",
        f"- REST API versions served per release: {apis}.",
        "- **cases**: the ids of those cases.  `–`: no differential case uses it yet.",
        "",
    ]
    return "\n".join(head) + "\n" + "\n".join(command_section(c) for c in COMMANDS)


def main(argv: Optional[list[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in args:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT.relative_to(REPO)} is out of date: run make docs", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
