"""Cassettes: real slurmrestd answers and the real command's output, recorded together.

Layout: ``tests/cassette/data/<release>/<api>/<case>.yaml`` holds the REST exchanges
(vcrpy), ``<case>.json`` the real Slurm command's stdout, stderr and exit code on the
same cluster at the same moment, plus the URL and argv.  Replaying runs the proxy
against the recorded answers and compares its output with the real command's, so the
cassette tier is a differential test that needs no cluster.

Recording (``make cassettes``, i.e. ``SLURM_PROXY_RECORD=1``) needs the live clusters.
Secrets never reach the files: token and user headers are filtered, ``meta.client``
and ``meta.command`` (peer address, local user, argv) are scrubbed from bodies, and
``test_no_secrets`` fails on anything JWT-shaped.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
RECORDING = os.environ.get("SLURM_PROXY_RECORD") == "1"
FILTERED_HEADERS = ["X-SLURM-USER-TOKEN", "X-SLURM-USER-NAME", "Authorization"]
REPLAY_TOKEN = "recorded-token-not-a-secret"


@dataclass(frozen=True)
class CassetteCase:
    name: str
    prog: str
    argv: tuple[str, ...]
    note: str = ""


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop meta.client / meta.command from JSON bodies (and fix Content-Length)."""
    body = response.get("body", {}).get("string")
    if not body:
        return response
    try:
        data = json.loads(body)
    except ValueError:
        return response
    meta = data.get("meta") if isinstance(data, dict) else None
    if isinstance(meta, dict) and ("client" in meta or "command" in meta):
        meta.pop("client", None)
        meta.pop("command", None)
        new = json.dumps(data, separators=(",", ":")).encode()
        response["body"]["string"] = new
        for key in list(response.get("headers", {})):
            if key.lower() == "content-length":
                response["headers"][key] = [str(len(new))]
    return response


# Query parameters whose values are "now" at recording time (sacct's default window).
CLOCK_PARAMS = ("start_time", "end_time")


def query_sans_clock(r1: Any, r2: Any) -> None:
    """Like vcrpy's query matcher, but a time-window value may differ (not its presence)."""

    def strip(query: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, "<now>" if k in CLOCK_PARAMS else v) for k, v in query]

    assert strip(r1.query) == strip(r2.query), f"{r1.query} != {r2.query}"


def vcr_for(record: bool) -> Any:
    import vcr

    recorder = vcr.VCR(
        record_mode="all" if record else "none",
        filter_headers=FILTERED_HEADERS,
        before_record_response=scrub_response,
        match_on=["method", "scheme", "host", "port", "path", "query_sans_clock", "body"],
        decode_compressed_response=True,
    )
    recorder.register_matcher("query_sans_clock", query_sans_clock)
    return recorder


def paths(release: str, api: str, case: CassetteCase) -> tuple[Path, Path]:
    base = DATA / release / api
    return base / f"{case.name}.yaml", base / f"{case.name}.json"


def recorded() -> list[tuple[str, str, str]]:
    """(release, api, case name) of every cassette on disk."""
    found = []
    for meta in sorted(DATA.glob("*/*/*.json")):
        found.append((meta.parent.parent.name, meta.parent.name, meta.stem))
    return found
