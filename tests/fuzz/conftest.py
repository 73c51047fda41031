"""Hypothesis profiles of the fuzz tier, and a count of the examples each target ran.

    HYPOTHESIS_PROFILE=ci      10,000 examples per fuzz target (errors.from_response and
                               each adapter; 2,000 for the extra targets); a few minutes
    (default) quick            200 examples per fuzz target (seconds)

The profiles are applied to the fuzz tests only (``FUZZ``), never globally, so the other
tiers' hypothesis tests keep their own settings.  The terminal summary prints how many
examples ran per target.  The seeds are the recorded real responses (tests/fuzz/seeds.py);
without them the fuzz tests skip locally and fail under CI=true.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz-quick",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz-ci",
    max_examples=10_000,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PROFILE = "fuzz-" + (os.environ.get("HYPOTHESIS_PROFILE") or "quick")
if PROFILE not in ("fuzz-quick", "fuzz-ci"):
    PROFILE = "fuzz-quick"
FUZZ = settings(settings.get_profile(PROFILE))
# for the targets beyond the brief (session answers, /jobs/state): a fifth of the examples
FUZZ_EXTRA = settings(FUZZ, max_examples=max(100, FUZZ.max_examples // 5))

EXAMPLES: Counter[str] = Counter()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if EXAMPLES:
        terminalreporter.write_sep("-", f"fuzz examples ({PROFILE})")
        for target, n in sorted(EXAMPLES.items()):
            terminalreporter.write_line(f"{target:40s} {n:8d}")
