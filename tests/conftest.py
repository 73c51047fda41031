"""Whole-suite reporting: how many live tests ran against each Slurm release and API."""

from __future__ import annotations

import re
from collections import Counter

import pytest

_LIVE: Counter[tuple[str, str]] = Counter()
# a test that lets the proxy negotiate talks the newest version the release serves
NEWEST = {"22.05": "v0.0.38", "24.11": "v0.0.42", "26.05": "v0.0.45"}
_ID = re.compile(r"\[(?:[^\]]*-)?(22\.05|24\.11|26\.05)(?:-(v0\.0\.\d+))?(?:-[^\]]*)?\]")


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call" or report.outcome != "passed" or "live" not in report.keywords:
        return
    match = _ID.search(report.nodeid)
    if match:
        _LIVE[(match.group(1), match.group(2) or NEWEST[match.group(1)])] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _LIVE:
        return
    terminalreporter.section("live tests passed per Slurm release and REST API version")
    for (release, api), count in sorted(_LIVE.items()):
        terminalreporter.write_line(f"Slurm {release}  {api:<11} {count:6d} passed")
    terminalreporter.write_line(f"{'total':<24} {sum(_LIVE.values()):6d} passed")
