"""Parse every recorded real slurmrestd response with the generated client of its API version.

Source: ``../shared/recorded/`` next to the repository (see its README.md):

- ``slurm-web/<api>/<release>/``: Slurm-web's recordings of 23.02.8 ... 25.11.0 (GETs only);
  endpoint, HTTP status and content type of each file come from ``slurm-web/inventory.json``.
- ``live-22.05/`` (v0.0.38), ``live-24.11/`` (v0.0.40-42), ``live-26.05/`` (+ ``nodbd/``,
  v0.0.42-45): this project's clusters. Status and content type come from the ``.http`` /
  ``.headers`` files (22.05's plain ``*.json`` bodies are 200 JSON); the endpoint comes from
  the file name (rules in ``_RULES``, checked against ``INDEX.txt``/``README.md``), and the
  API version from the file name, falling back to the folder's version; a JSON body's
  ``meta.plugin`` must agree with it.

Each response goes through the endpoint module's ``_build_response`` (the path the templates
use: text/plain and empty bodies are never fed to the JSON parser and give ``parsed=None``)
and ``parse_response``; a JSON body must become the endpoint's response model, and every
non-null top-level key must survive ``to_dict()``. Any exception fails the test.

v0.0.39 has no live server here (no Debian release ships it): its responses are Slurm-web's
recordings only and carry the ``recorded`` marker. Files that no generated package can parse
are skipped with the reason: v0.0.35-37 and v0.0.46 (no package), and the ``/openapi/v3``
document itself. Text bodies of paths that name no API version (``/``, ``/openapi/v3`` 401)
go through the not-JSON path of every package.

``test_recorded_counts`` prints how many responses were parsed per API version.
"""

from __future__ import annotations

import collections
import importlib
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
RECORDED = (REPO / ".." / "shared" / "recorded").resolve()

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

httpx = pytest.importorskip("httpx")

ALL_VERSIONS = tuple(sorted(p.name for p in GENERATED.glob("slurmrest_v*") if p.is_dir()))
VERSION_RE = re.compile(r"v0\.0\.(\d+)")
SKIP = "skip"  # module marker: recorded, but nothing here can parse it
NO_VERSION = "*"  # api marker: path names no API version


def package_name(api: str) -> str:
    major, minor, patch = (int(x) for x in api.lstrip("v").split("."))
    return f"slurmrest_v{major}{minor}{patch:02d}"


@dataclass
class Case:
    source: str  # path relative to RECORDED
    api: Optional[str]  # "v0.0.42", NO_VERSION, or None when unknown
    module: Optional[str]  # "slurm.get_slurm_jobs", SKIP, or None when no rule matched
    status: int
    content_type: str
    body: bytes
    note: str = ""

    @property
    def is_json(self) -> bool:
        media = self.content_type.split(";", 1)[0].strip().lower()
        return media == "application/json" and bool(self.body.strip())


# ------------------------------------------------------------------------------------------
# file-name rules for the live-* folders (first match wins)

_RULES: list[tuple[str, str]] = [
    (r"openapi-v3$", "openapi"),  # the spec document (200) or a text 401 on /openapi/v3
    (r"unknown-path-root$", "no-version"),  # GET /
    (r"unknown-path$", "slurm.get_slurm_ping"),  # GET /slurm/<v>/nosuch: text 404, any module
    (r"slurmdb(-v0\.0\.\d+)?-ping", "slurmdb.get_slurmdb_ping"),
    (
        r"slurmdb-(v0\.0\.\d+-)?job-|unknown-jobid-slurmdb|bad-jobid-string-slurmdb"
        r"|unknown-job-slurmdb",
        "slurmdb.get_slurmdb_job_by_job_id",
    ),
    # 22.05 errors/INDEX.txt: the bad/expired token slurmdb cases are GET slurmdb jobs
    (r"slurmdb.*jobs|^(bad|expired)-token-slurmdb$", "slurmdb.get_slurmdb_jobs"),
    (
        r"slurmdb-(accounts|associations|clusters|config|diag|instances|qos|tres|users|wckeys)\b",
        "slurmdb.get_slurmdb_{0}",
    ),
    (r"delete-jobs-bulk|kill-variant", "slurm.delete_slurm_jobs"),
    (
        r"delete-running|unknown-jobid-delete|unknown-job-delete|bad-jobid-string-delete"
        r"|delete-completed-job|-delete$|^delete-again",
        "slurm.delete_slurm_job_by_job_id",
    ),
    (r"unknown-jobid-update|unknown-job-update|update-job", "slurm.post_slurm_job_by_job_id"),
    (r"unknown-jobid-resources|^resources-", "slurm.get_slurm_resources_by_job_id"),
    (r"jobs-state", "slurm.get_slurm_jobs_state"),
    (r"submit|^v4\d-|controller-down", "slurm.post_slurm_job_submit"),
    (
        r"^job-|unknown-jobid-get|unknown-job-get|bad-jobid-string|nonnumeric-job-get|-job$",
        "slurm.get_slurm_job_by_job_id",
    ),
    (r"jobs", "slurm.get_slurm_jobs"),
    (r"(^|-)nodes(-|$)", "slurm.get_slurm_nodes"),
    (r"(^|-)node(-|$)", "slurm.get_slurm_node_by_node_name"),
    (r"(^|-)partitions(-|$)", "slurm.get_slurm_partitions"),
    (r"(^|-)partition(-|$)", "slurm.get_slurm_partition_by_partition_name"),
    (r"(^|-)(reservations|licenses|shares|conf|diag)(-|$)", "slurm.get_slurm_{1}"),
    (r"util-hostlist", "util.post_util_hostlist"),
    (r"hostnames|get-on-post-only-util", "util.post_util_hostnames"),
    (r"ping", "slurm.get_slurm_ping"),
    # 22.05 errors/: these hit /ping (INDEX.txt: source slurm_load_ctl_conf) or, for the text
    # 401s, an endpoint that was not logged; a text body takes the same path in any module.
    (
        r"^(bad-token|expired-token|forged-token-wrong-key|user-mismatch-root-header"
        r"|missing-token-and-user|missing-token-only|missing-user-only)$",
        "slurm.get_slurm_ping",
    ),
]

# Version of a file whose name does not carry one (checked against the body's meta.plugin).
_FOLDER_VERSION = {
    "live-22.05": "v0.0.38",
    "live-22.05/errors": "v0.0.38",
    "live-24.11": "v0.0.41",  # err-unknown-path is GET /slurm/v0.0.41/nosuch (INDEX.txt)
    "live-26.05": "v0.0.44",  # err-unknown-path is GET /slurm/v0.0.44/nosuch (INDEX.txt)
    "live-26.05/nodbd": "v0.0.44",  # nodbd/INDEX.txt: every call is v0.0.44
}


def _module_for(name: str) -> Optional[str]:
    for pattern, module in _RULES:
        match = re.search(pattern, name)
        if match:
            return module.format(*match.groups())
    return None


def _version_from_name(name: str) -> Optional[str]:
    match = VERSION_RE.search(name) or re.match(r"^v(\d\d)-", name)
    return f"v0.0.{match.group(1)}" if match else None


def _version_from_body(body: bytes) -> Optional[str]:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    meta = data.get("meta") if isinstance(data, dict) else None
    plugin = meta.get("plugin") if isinstance(meta, dict) else None
    if not isinstance(plugin, dict):
        return None
    for key in ("data_parser", "type"):
        match = VERSION_RE.search(str(plugin.get(key) or ""))
        if match:
            return f"v0.0.{match.group(1)}"
    return None


def _parse_http(raw: bytes) -> tuple[int, str, bytes]:
    """Status, content type and body of a curl -i / -D dump (CRLF or LF)."""
    head, _, body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = head.decode("latin-1").split("\n")
    status = int(lines[0].split()[1])
    content_type = ""
    for line in lines[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == "content-type":
            content_type = value.strip()
    return status, content_type, body


def _live_case(folder: str, name: str, status: int, ctype: str, body: bytes) -> Case:
    source = f"{folder}/{name}"
    module = _module_for(name)
    api = _version_from_name(name) or _FOLDER_VERSION.get(folder)
    note = ""
    if module == "openapi":
        if status == 200:
            module, note = SKIP, "the /openapi/v3 document, not a REST API response"
        else:
            module, api = "slurm.get_slurm_ping", NO_VERSION
    elif module == "no-version":
        module, api = "slurm.get_slurm_ping", NO_VERSION
    if api not in (None, NO_VERSION) and package_name(api) not in ALL_VERSIONS:
        module, note = SKIP, f"no generated package for {api} (slurm-proxy speaks v0.0.38+)"
    return Case(source, api, module, status, ctype, body, note)


def _collect_live() -> list[Case]:
    cases: list[Case] = []
    # 22.05: plain JSON bodies (all 200), *.request.json are request bodies, not responses.
    folder = RECORDED / "live-22.05"
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            name = path.name
            if name.endswith(".request.json") or not path.is_file():
                continue
            if name.endswith(".json"):
                base = name[: -len(".json")].replace(".response", "")
                cases.append(
                    _live_case("live-22.05", base, 200, "application/json", path.read_bytes())
                )
            elif name.endswith(".http"):
                status, ctype, body = _parse_http(path.read_bytes())
                cases.append(_live_case("live-22.05", name[:-5], status, ctype, body))
        for path in sorted((folder / "errors").glob("*.http")):
            status, ctype, body = _parse_http(path.read_bytes())
            cases.append(_live_case("live-22.05/errors", path.stem, status, ctype, body))
    # 24.11 / 26.05: NAME.json body + NAME.headers
    for rel in ("live-24.11", "live-26.05", "live-26.05/nodbd"):
        folder = RECORDED / rel
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            headers = path.with_suffix(".headers")
            status, ctype, _ = _parse_http(headers.read_bytes())
            cases.append(_live_case(rel, path.stem, status, ctype, path.read_bytes()))
    return cases


def _route(api: str, method: str, path: str) -> Optional[str]:
    routes = importlib.import_module(f"{package_name(api)}.api").ROUTES
    want = [s for s in path.split("/") if s]
    for (m, template), module in routes.items():
        have = [s for s in template.split("/") if s]
        if (
            m == method
            and len(have) == len(want)
            and all(h == w or h.startswith("{") for h, w in zip(have, want))
        ):
            return module
    return None


def _collect_slurm_web() -> list[Case]:
    inventory = RECORDED / "slurm-web" / "inventory.json"
    if not inventory.is_file():
        return []
    cases = []
    for entry in json.loads(inventory.read_text()):
        source = f"slurm-web/{entry['version']}/{entry['slurm']}/{entry['file']}"
        body = (RECORDED / source).read_bytes()
        method, path = entry["endpoint"].split()[:2]
        api = entry["version"]
        module = _route(api, method, path) if package_name(api) in ALL_VERSIONS else SKIP
        note = ""
        status = entry["status"]
        if status == "?":  # status.json had no entry for the file
            status, note = 200, "HTTP status not recorded; parsed as 200"
        ctype = entry["ctype"]
        if ctype == "?":
            ctype = "text/plain" if entry["file"].endswith(".txt") else "application/json"
        if module is None and not body.lstrip().startswith((b"{", b"[")):
            # GET /slurm/<v>/not-found: no module serves an unknown path; its text body takes
            # the same not-JSON path in every endpoint module.
            module = "slurm.get_slurm_ping"
        cases.append(Case(source, api, module, int(status), ctype, body, note))
    return cases


def collect() -> list[Case]:
    if not RECORDED.is_dir():
        return []
    return _collect_slurm_web() + _collect_live()


CASES = collect()


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = [pytest.mark.recorded] if case.api == "v0.0.39" else []
        params.append(pytest.param(case, marks=marks, id=case.source))
    return params


# ------------------------------------------------------------------------------------------


def _check(case: Case, api: str) -> Optional[object]:
    pkg = package_name(api)
    try:
        mod = importlib.import_module(f"{pkg}.api.{case.module}")
    except ModuleNotFoundError:
        if case.is_json:
            raise
        # e.g. POST /util/v0.0.43/hostnames: the version has no such endpoint, the server
        # answered a text 404; any module's not-JSON path is the same.
        mod = importlib.import_module(f"{pkg}.api.slurm.get_slurm_ping")
    response = httpx.Response(
        case.status, content=case.body, headers={"content-type": case.content_type}
    )
    built = mod._build_response(client=None, response=response)
    parsed = mod.parse_response(response)
    assert int(built.status_code) == case.status
    assert built.content == case.body
    if not case.is_json:
        assert built.parsed is None and parsed is None
        return None
    assert built.parsed is not None, f"{case.source}: JSON body left unparsed"
    assert type(parsed) is type(built.parsed)
    raw = json.loads(case.body)
    kept = set(built.parsed.to_dict())
    lost = {k for k, v in raw.items() if v is not None} - kept
    assert not lost, f"{case.source}: keys lost by the model: {sorted(lost)}"
    return built.parsed


@pytest.mark.parametrize("case", _params())
def test_parse_recorded(case: Case) -> None:
    assert case.module is not None, f"no endpoint rule for {case.source}; add one to _RULES"
    if case.module == SKIP:
        pytest.skip(f"{case.source}: {case.note}")
    if case.api == NO_VERSION:
        assert not case.is_json, f"{case.source}: JSON body on a version-less path"
        for pkg in ALL_VERSIONS:
            _check(case, f"v0.0.{int(pkg[-2:])}")
        return
    assert case.api is not None, f"cannot tell the API version of {case.source}"
    if case.is_json:
        body_api = _version_from_body(case.body)
        assert body_api in (None, case.api), (
            f"{case.source}: file mapped to {case.api} but meta.plugin says {body_api}"
        )
    _check(case, case.api)


def test_recorded_folder_present() -> None:
    if RECORDED.is_dir():
        assert CASES, f"{RECORDED} holds no recorded responses"
        return
    message = f"recorded responses not found at {RECORDED} (shared/ next to the repo)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def test_recorded_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """Print responses parsed per API version (JSON / text-or-empty) and skipped ones."""
    if not CASES:
        pytest.skip("no recorded responses")
    parsed: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    skipped = collections.Counter()
    for case in CASES:
        if case.module == SKIP:
            skipped[case.note] += 1
            continue
        key = "no version" if case.api == NO_VERSION else str(case.api)
        parsed[key]["json" if case.is_json else "text/empty"] += 1
    lines = ["recorded responses parsed per API version (json + text/empty):"]
    for key in sorted(parsed):
        n_json, n_text = parsed[key]["json"], parsed[key]["text/empty"]
        lines.append(f"  {key:10} {n_json + n_text:4}  ({n_json} + {n_text})")
    total = sum(sum(c.values()) for c in parsed.values())
    lines.append(f"  {'total':10} {total:4}")
    for note, n in sorted(skipped.items()):
        lines.append(f"  skipped {n}: {note}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert {f"v0.0.{int(p[-2:])}" for p in ALL_VERSIONS} <= set(parsed)
