"""The commands whose REST exchanges are recorded as cassettes, per release and API version.

Each case must not depend on changing cluster state (the real command's output is
recorded at the same moment and replayed as the expected output).
"""

from __future__ import annotations

from tests.cassette.recording import CassetteCase

CASES: list[CassetteCase] = []
