"""Seeds for the fuzzers: every recorded real slurmrestd response (shared/recorded).

Source: ``../shared/recorded/`` next to the repository, or ``$SP_RECORDED_DIR`` (see its
README.md): Slurm-web's recordings of 23.02-25.11 and this project's own recordings of
22.05, 24.11 and 26.05.  Nothing here is hand-written.

    responses()      every response: (name, HTTP status, content type, body bytes)
    items(kind)      the records inside them, per adapter: "jobs" (with API version),
                     "states" (/jobs/state), "nodes", "partitions", "acct" (slurmdb jobs)
"""

from __future__ import annotations

import functools
import json
import os
import re
from pathlib import Path
from typing import Any, NamedTuple, Optional

REPO = Path(__file__).resolve().parents[2]
RECORDED = Path(
    os.environ.get("SP_RECORDED_DIR") or (REPO / ".." / "shared" / "recorded")
).resolve()
VERSION = re.compile(r"v0\.0\.\d\d")
# a record bigger than this is left out: mutation deep-copies its seed every example
MAX_ITEM = 64 * 1024


class Response(NamedTuple):
    name: str
    status: int
    ctype: str
    body: bytes


class Item(NamedTuple):
    name: str
    version: str  # API version ("" when unknown)
    record: dict[str, Any]


def available() -> bool:
    return RECORDED.is_dir()


def _split_http(raw: bytes) -> tuple[int, str, bytes]:
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = head.decode("latin-1").split("\n")
    status = int(lines[0].split()[1])
    ctype = ""
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-type":
            ctype = value.strip()
    return status, ctype, body


def _headers_file(path: Path) -> tuple[int, str]:
    return _split_http(path.read_bytes() + b"\n\n")[:2]


@functools.cache
def responses() -> tuple[Response, ...]:
    out: list[Response] = []
    if not available():
        return ()
    for path in sorted(RECORDED.rglob("*")):
        if not path.is_file() or path.suffix not in (".json", ".txt", ".http"):
            continue
        if path.name in ("status.json", "inventory.json") or "requests" in path.parts:
            continue
        name = str(path.relative_to(RECORDED))
        raw = path.read_bytes()
        if path.suffix == ".http":
            status, ctype, body = _split_http(raw)
        elif path.with_suffix(".headers").exists():
            status, ctype = _headers_file(path.with_suffix(".headers"))
            body = raw
        else:
            status, ctype = _status_json(path)
            body = raw
        out.append(Response(name, status, ctype, body))
    return tuple(out)


def _status_json(path: Path) -> tuple[int, str]:
    index = path.parent / "status.json"
    if index.exists():
        entry = json.loads(index.read_text()).get(path.stem)
        if isinstance(entry, dict):
            return int(entry.get("status") or 200), str(entry.get("content-type") or "")
    return 200, "text/plain" if path.suffix == ".txt" else "application/json"


def _version(name: str, body: dict[str, Any]) -> str:
    meta = body.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("plugin"), dict):
        plugin = meta["plugin"]
        for key in ("data_parser", "type", "name"):
            m = VERSION.search(str(plugin.get(key) or ""))
            if m:
                return m.group(0)
    m = VERSION.search(name)
    return m.group(0) if m else ""


def _is_slurmdb(body: dict[str, Any]) -> bool:
    """openapi/slurmdbd (v0.0.39+) or openapi/dbv0.0.3x (22.05) answered this."""
    meta = body.get("meta")
    plugin = meta.get("plugin") if isinstance(meta, dict) else None
    kind = str(plugin.get("type") or "") if isinstance(plugin, dict) else ""
    return kind.endswith("slurmdbd") or "/dbv0.0." in kind


@functools.cache
def items(kind: str) -> tuple[Item, ...]:
    out: list[Item] = []
    seen: set[str] = set()
    for resp in responses():
        if "json" not in resp.ctype:
            continue
        try:
            body = json.loads(resp.body)
        except ValueError:
            continue
        if not isinstance(body, dict):
            continue
        version = _version(resp.name, body)
        key = {
            "jobs": "jobs",
            "states": "jobs",
            "acct": "jobs",
            "nodes": "nodes",
            "partitions": "partitions",
        }[kind]
        records = body.get(key)
        if not isinstance(records, list):
            continue
        slurmdb = "slurmdb" in resp.name or _is_slurmdb(body)
        for record in records:
            if not isinstance(record, dict):
                continue
            state_entry = isinstance(record.get("job_id"), str) and "state" in record
            if kind == "states" and not state_entry:
                continue
            if kind == "acct" and not (slurmdb and not state_entry):
                continue
            if kind == "jobs" and (slurmdb or state_entry or not version):
                continue
            text = json.dumps(record, sort_keys=True)
            if len(text) > MAX_ITEM or text in seen:
                continue
            seen.add(text)
            out.append(Item(resp.name, version, record))
    return tuple(out)


def body_for(kind: str, records: list[Any], version: Optional[str] = None) -> dict[str, Any]:
    """A minimal response body around ``records`` (meta as slurmrestd sends it)."""
    key = {
        "jobs": "jobs",
        "states": "jobs",
        "acct": "jobs",
        "nodes": "nodes",
        "partitions": "partitions",
    }[kind]
    plugin = {"data_parser": f"data_parser/{version}"} if version else {}
    return {key: records, "meta": {"plugin": plugin}, "errors": [], "warnings": []}
