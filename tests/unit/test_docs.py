"""The README's configuration table lists exactly the settings the code knows."""

from __future__ import annotations

import re
from pathlib import Path

from slurm_proxy import config

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    rows = dict(re.findall(r"^\| `(\w+)` \| (`?[\w$]+`?|–) \|", README, re.M))
    assert set(rows) == {k.name for k in config.KEYS}
    for key in config.KEYS:
        assert rows[key.name].strip("`") == (key.env or "–"), key.name
