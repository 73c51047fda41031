"""docs/options.md is what scripts/options_matrix.py writes from the option tables and
the differential case tables now (regenerate with `make docs`)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_options_md_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location(
        "options_matrix", REPO / "scripts" / "options_matrix.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.render()
    assert "| `-M`, `--clusters`" in text  # the tables were read, not an empty page
    assert (REPO / "docs" / "options.md").read_text() == text, (
        "docs/options.md is out of date: run `make docs`"
    )
