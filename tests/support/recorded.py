"""Where the real recorded slurmrestd responses are: ../shared/recorded beside the clone."""

from __future__ import annotations

from pathlib import Path

RECORDED = Path(__file__).resolve().parents[2].parent / "shared" / "recorded"
