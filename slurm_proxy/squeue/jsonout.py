"""``squeue --json``: the document the real squeue prints, rebuilt from the REST answer.

- 22.05 (v0.0.38): squeue --json runs slurmrestd's own ``GET /slurm/v0.0.38/jobs/``
  handler in-process and prints its answer, ignoring every filter; the proxy prints
  the REST answer the same way (json-c layout, no trailing newline).
- 23.02 and later: squeue dumps ``OPENAPI_JOB_INFO_RESP`` with the newest data_parser
  of its release (or ``--json=v0.0.XX``), keeping the jobs that pass its filters
  (``squeue_filter_jobs_for_json``), in the order slurmctld returned them.  The job
  objects are the same the REST endpoint of that version returns; ``meta`` is the
  CLI's (empty plugin type/name, the command, the caller as client).
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Any, Optional

from ..adapters import jobs as jobs_adapter
from ..errors import SlurmError

if TYPE_CHECKING:
    from ..cli import Invocation
    from . import Conn, Filter
    from .opts import Params


def serialize(doc: Any, jsonc: bool = False) -> str:
    """Slurm's pretty JSON: two-space indent, ``\\/`` escapes; json-c writes empty
    containers over two lines."""
    text = json.dumps(doc, indent=2, ensure_ascii=False)
    text = text.replace("/", "\\/")
    if jsonc:
        out = []
        for line in text.split("\n"):
            stripped = line.rstrip(",")
            tail = line[len(stripped) :]
            if stripped.endswith("[]") or stripped.endswith("{}"):
                indent = line[: len(line) - len(line.lstrip(" "))]
                out.append(stripped[:-1])
                out.append(indent + stripped[-1] + tail)
            else:
                out.append(line)
        text = "\n".join(out)
    return text


def _tty() -> str:
    for fd in (0, 1, 2):
        try:
            if os.isatty(fd):
                return os.ttyname(fd)
        except OSError:
            continue
    return ""


def _meta(
    inv: Invocation, conn: Conn, body: dict[str, Any], version: str, argv: list[str]
) -> dict[str, Any]:
    server: dict[str, Any] = body["meta"] if isinstance(body.get("meta"), dict) else {}
    plugin: dict[str, Any] = server["plugin"] if isinstance(server.get("plugin"), dict) else {}
    slurm: dict[str, Any] = server["slurm"] if isinstance(server.get("slurm"), dict) else {}
    try:
        user = conn.sess.user
    except SlurmError:
        user = ""
    group = ""
    for raw in body.get("jobs") or ():
        if isinstance(raw, dict) and raw.get("user_name") == user and raw.get("group_name"):
            group = str(raw["group_name"])
            break
    return {
        "plugin": {
            "type": "",
            "name": "",
            "data_parser": plugin.get("data_parser") or f"data_parser/{version}",
            "accounting_storage": plugin.get("accounting_storage", ""),
        },
        "client": {"source": _tty(), "user": user, "group": group or user},
        "command": argv,
        "slurm": slurm,
    }


def _job_blocks(text: str, count: int) -> Optional[list[str]]:
    """The text of each object of the top-level ``jobs`` array, as slurmrestd printed
    it (two-space indent: objects open with four spaces and ``{``); None when the text
    is not laid out that way."""
    lines = text.split("\n")
    try:
        i = lines.index('  "jobs": [')
    except ValueError:
        return None
    blocks: list[str] = []
    start = None
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if start is None:
            if line == "    {":
                start = j
            elif line in ("  ]", "  ],"):
                break
            else:
                return None
        elif line in ("    }", "    },"):
            blocks.append("\n".join(lines[start:j]) + "\n    }")
            start = None
    return blocks if len(blocks) == count else None


def _indent(text: str, pad: str) -> str:
    return "\n".join(pad + line if line else line for line in text.split("\n"))


def dump(
    inv: Invocation, conn: Conn, p: Params, body: dict[str, Any], records: list[Any], flt: Filter
) -> int:
    if p.release < (23, 2):
        if p.job_list is not None and len(p.job_list) == 1:
            body = conn.get("/slurm/{v}/jobs/")
        inv.out.write(serialize(body, jsonc=True))
        return 0
    version = conn.sess.api
    text: Optional[str] = None
    raw_jobs = [j for j in body.get("jobs") or () if isinstance(j, dict)]
    if p.data_parser and p.data_parser != version:
        version = p.data_parser
        single = p.job_list[0].job_id if p.job_list and len(p.job_list) == 1 else None
        path = f"/slurm/{version}/job/{single}" if single else f"/slurm/{version}/jobs"
        body, text = conn.get_text(path)
        raw_jobs = [j for j in body.get("jobs") or () if isinstance(j, dict)]
        records = [jobs_adapter.from_json(version, raw) for raw in raw_jobs]
    else:
        single = p.job_list[0].job_id if p.job_list and len(p.job_list) == 1 else None
        path = f"/slurm/{{v}}/job/{single}" if single is not None else "/slurm/{v}/jobs"
        text = conn._text.get(path)
    blocks = _job_blocks(text, len(raw_jobs)) if text else None
    kept: list[str] = []
    for idx, (raw, job) in enumerate(zip(raw_jobs, records)):
        before = job.array_task_str
        if flt.job(job) or flt.part(job.partition):
            continue
        if job.array_task_str != before or blocks is None:
            if job.array_task_str != before:
                raw = dict(raw)
                raw["array_task_string"] = job.array_task_str or ""
            kept.append(_indent(serialize(raw), "    "))
        else:
            kept.append(blocks[idx])
    # argv as getopt left it; before 26.05 data_parser_cli_meta() copied argc-1 words
    argv = [inv.prog, *p.permuted]
    if p.release < (26, 5):
        argv = argv[:-1]
    doc: dict[str, Any] = {
        "jobs": "\0JOBS\0",
        "last_backfill": body.get("last_backfill"),
        "last_update": body.get("last_update"),
        "meta": _meta(inv, conn, body, version, argv),
        "errors": [],
        "warnings": [],
    }
    out = serialize(doc)
    jobs_text = "[\n" + ",\n".join(kept) + "\n  ]" if kept else "[]"
    out = out.replace('"\\u0000JOBS\\u0000"', jobs_text, 1)
    inv.out.write(out + "\n")
    return 0


def dump_states(inv: Invocation, conn: Conn, p: Params) -> int:
    """--only-job-state --json: slurmctld's job state list as ``OPENAPI_JOB_STATE_RESP``
    (what ``/jobs/state`` answers), with the CLI's meta."""
    from . import state_path

    version = p.data_parser or conn.sess.api
    body = conn.get(state_path(p, version))
    argv = [inv.prog, *p.permuted]
    if p.release < (26, 5):
        argv = argv[:-1]
    doc: dict[str, Any] = {
        "jobs": body.get("jobs") or [],
        "meta": _meta(inv, conn, body, version, argv),
        "errors": [],
        "warnings": [],
    }
    inv.out.write(serialize(doc) + "\n")
    return 0
