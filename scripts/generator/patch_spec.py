#!/usr/bin/env python3
"""Patch a vendored slurmrestd OpenAPI document before handing it to openapi-python-client.

Usage: patch_spec.py IN.json OUT.json [--api-version v0.0.42] [--quiet]

The vendored files in openapi/ are kept byte-for-byte as published; every fix lives here, as
one function per step. Each step says which server behaviour or generator failure forces it
(facts: shared notes openapi-generation.md section 5 and slurmrestd.md sections 4-5). The
output is deterministic: same input, same bytes out.

Stdlib only, Python >= 3.9.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

Spec = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class PatchError(Exception):
    """A step found something it cannot handle safely (e.g. a name collision)."""


# --------------------------------------------------------------------------------------------
# helpers


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every dict in the document, depth first, in document order."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _operations(spec: Spec) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict):
                yield path, method, op


def _schemas(spec: Spec) -> dict[str, Any]:
    return spec.setdefault("components", {}).setdefault("schemas", {})


def _resolve(spec: Spec, schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        return _schemas(spec).get(ref[len(SCHEMA_REF) :], {})
    return schema


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "string": (str,),
    "array": (list,),
    "object": (dict,),
}


def _matches(type_name: str, value: Any) -> bool:
    types = _JSON_TYPES.get(type_name)
    if types is None:
        return True
    if type_name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, types)


# --------------------------------------------------------------------------------------------
# step 1


def fix_mistyped_defaults(spec: Spec, api: str) -> int:
    """Make every `default` match its schema's `type`.

    Generator failure: v0.0.39 and v0.0.40 declare `infinite: {type: boolean, default: 0}` in
    the `uint16/32/64_no_val` and `float64_no_val` wrappers. openapi-python-client rejects the
    schema ("Invalid boolean value: 0") and silently drops it together with everything that
    references it (job_info, node, job_desc_msg, ...), so POST job/submit and the response
    models of GET jobs/nodes/partitions vanish. v0.0.38 has `default: "false"` (a string) on
    the boolean `oversubscribe`.

    Booleans get the equivalent bool (0/1, "false"/"true"); any other mismatched default is
    deleted (the server never relied on it: defaults are documentation only).
    """
    fixed = 0
    for node in _walk(spec):
        type_name = node.get("type")
        if "default" not in node or not isinstance(type_name, str):
            continue
        value = node["default"]
        if _matches(type_name, value):
            continue
        if type_name == "boolean" and value in (0, 1, "0", "1", "false", "true"):
            node["default"] = value in (1, "1", "true")
        else:
            del node["default"]
        fixed += 1
    return fixed


# step 2


def drop_yaml_media_types(spec: Spec, api: str) -> int:
    """Remove `application/yaml` / `application/x-yaml` from request bodies and responses.

    Generator failure: "Unsupported content type application/x-yaml" (v0.0.38/39) and
    ".../yaml" (v0.0.40+) warnings on every request body, which --fail-on-warning turns into
    errors. The `content_type_overrides` alternative is a trap: it generates a second body
    branch that sends JSON with `Content-Type: application/yaml`. The client only ever speaks
    JSON (the yaml serializer is an optional slurmrestd plugin anyway).
    """
    dropped = 0
    for node in _walk(spec):
        content = node.get("content")
        if not isinstance(content, dict):
            continue
        for media_type in [m for m in content if "yaml" in m.lower()]:
            del content[media_type]
            dropped += 1
    return dropped


# step 3


def drop_slash_required(spec: Spec, api: str) -> int:
    """Remove `required` entries that contain '/' (e.g. "nodes/count", "cpus/used").

    slurmrestd writes JSON-pointer-like names of nested fields into the parent's `required`
    list (v0.0.40: kill_jobs_resp_job; v0.0.41+: job_res, job_res_node, rollup_stats, ...).
    No property has such a name, so the list is invalid. Step 4 removes all `required` lists
    anyway; this step is kept separate so the count of bogus entries stays visible.
    """
    removed = 0
    for node in _walk(spec):
        required = node.get("required")
        if isinstance(required, list):
            keep = [r for r in required if not (isinstance(r, str) and "/" in r)]
            removed += len(required) - len(keep)
            node["required"] = keep
    return removed


# step 4


def strip_required_lists(spec: Spec, api: str) -> int:
    """Delete every schema `required` list, so every model field is `X | Unset`.

    Server behaviour: error bodies reuse the success schemas but leave out `jobs`, `nodes`,
    `last_update`, `statistics`, ... on 4xx/5xx/511, and also on HTTP 200 for
    `GET node/<unknown>` (no `nodes` key) and for 24.11 `GET /jobs/state` without
    `last_backfill`; 24.05 sends `job_resources: {}` without `select_type`/`cpus`. With the
    generated `d.pop("jobs")` these bodies raise KeyError. Boolean `required` flags of
    parameters and request bodies are not touched.
    """
    stripped = 0
    for node in _walk(spec):
        if isinstance(node.get("required"), list):
            del node["required"]
            stripped += 1
    return stripped


# step 5


def error_envelope(spec: Spec, api: str) -> int:
    """Give every error/undeclared response the object schema the server really sends.

    Server behaviour (v0.0.38/dbv0.0.38, 22.05): the spec says the `default` response is an
    *array* of errors (`v0.0.38_errors`), but the server sends an *object*
    `{meta, errors: [...], jobs|nodes|partitions...}`; every error body then raises
    ValueError inside the generated array parser. Some operations declare no content at all
    (v0.0.38: default of GET job/{id}, licenses, tres; 200/500 of POST and DELETE job/{id},
    which really return `{meta, errors: []}`; v0.0.39: default of slurmdb tres), so their
    bodies would not be parsed at all.

    Fix: such a response gets the operation's 200 schema when that is an object (an error
    body is the success shape minus its data), otherwise a synthesized `openapi_resp`
    envelope `{meta, errors}` like the one v0.0.40+ declare. v0.0.40+ already declare proper
    object schemas, so nothing changes there.
    """
    schemas = _schemas(spec)

    def is_error_array(schema: dict[str, Any]) -> bool:
        target = _resolve(spec, schema)
        if target.get("type") != "array":
            return False
        items = target.get("items", {})
        ref = items.get("$ref", "") if isinstance(items, dict) else ""
        return ref.endswith("_error")

    def envelope_for(path: str) -> dict[str, Any]:
        # dbv0.0.38 paths get the db meta/error schemas, the others the slurm ones.
        prefix = next(
            (
                p
                for p in (f"db{api}_", f"{api}_")
                if path.startswith("/slurmdb/") == p.startswith("db") and f"{p}meta" in schemas
            ),
            f"{api}_",
        )
        name = f"{prefix}openapi_resp"
        if name not in schemas:
            props: dict[str, Any] = {}
            if f"{prefix}meta" in schemas:
                props["meta"] = {"$ref": f"{SCHEMA_REF}{prefix}meta"}
            props["errors"] = {
                "type": "array",
                "description": "Slurm errors",
                "items": {"$ref": f"{SCHEMA_REF}{prefix}error"},
            }
            schemas[name] = {
                "type": "object",
                "description": "Generic slurmrestd response: meta and errors "
                "(synthesized by scripts/generator/patch_spec.py)",
                "properties": props,
            }
        return {"$ref": f"{SCHEMA_REF}{name}"}

    changed = 0
    for path, _method, op in _operations(spec):
        responses = op.get("responses", {})
        ok = responses.get("200", {}).get("content", {}).get("application/json", {})
        ok_schema = ok.get("schema")
        ok_target = _resolve(spec, ok_schema) if isinstance(ok_schema, dict) else {}
        ok_is_object = ok_target.get("type") == "object" or "properties" in ok_target
        for code, response in responses.items():
            content = response.get("content")
            if content:
                json_media = content.get("application/json")
                if not (json_media and is_error_array(json_media.get("schema", {}))):
                    continue
            if code != "200" and ok_is_object:
                replacement = dict(ok_schema)  # type: ignore[arg-type]
            else:
                replacement = envelope_for(path)
            response["content"] = {"application/json": {"schema": replacement}}
            changed += 1
    return changed


# step 6


def relax_string_enums(spec: Spec, api: str) -> int:
    """Rename `enum` to `x-enum` on string schemas, so any string is accepted.

    Server behaviour: the same plugin version drifts between Slurm releases (23.11 still sends
    `GRED_BINDING_DISABLED` and `UPDATE_DB`, which the newest spec of the same version no
    longer lists). Generated Enum classes raise ValueError on an unknown value
    (`literal_enums: true` raises TypeError), which would make a whole response unparsable.
    The allowed values stay visible to readers under `x-enum`.
    """
    relaxed = 0
    for node in _walk(spec):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        if node.get("type") == "string" or all(isinstance(v, str) for v in values):
            node["x-enum"] = node.pop("enum")
            relaxed += 1
    return relaxed


# step 7

# (path without its version, old name) -> name used by v0.0.40+ for the same URL
PATH_PARAM_RENAMES: dict[tuple[str, str], str] = {
    ("/slurmdb/qos/{qos_name}", "qos_name"): "qos",
    ("/slurmdb/user/{user_name}", "user_name"): "name",
    ("/slurmdb/wckey/{wckey}", "wckey"): "id",
}


def _unversioned(path: str) -> str:
    return re.sub(r"/(db)?v\d+\.\d+\.\d+(?=/|$)", "", path, count=1)


def canonical_path_parameters(spec: Spec, api: str) -> int:
    """Rename three path parameters of v0.0.38/39 to the names v0.0.40+ use for the same URL.

    Generator consequence: module and argument names contain the parameter name, so
    GET /slurmdb/<v>/qos/{qos_name} (v0.0.38/39) and GET /slurmdb/<v>/qos/{qos} (v0.0.40+)
    would become different modules (`..._by_qos_name` / `..._by_qos`). Only the client-side
    placeholder changes; the URL on the wire is the same. Likewise user/{user_name} -> {name}
    and wckey/{wckey} -> {id}.
    """
    renamed = 0
    paths = spec.get("paths", {})
    for path in list(paths):
        item = paths[path]
        for (template, old), new in PATH_PARAM_RENAMES.items():
            if _unversioned(path) != template:
                continue
            new_path = path.replace("{" + old + "}", "{" + new + "}")
            if new_path in paths:
                raise PatchError(f"path parameter rename collides: {new_path}")
            for params in [item.get("parameters", [])] + [
                op.get("parameters", []) for m, op in item.items() if m in HTTP_METHODS
            ]:
                for param in params:
                    if param.get("in") == "path" and param.get("name") == old:
                        param["name"] = new
            paths = {(new_path if k == path else k): v for k, v in paths.items()}
            renamed += 1
    spec["paths"] = paths
    return renamed


# step 8


def _normalized_operation_id(method: str, path: str) -> str:
    parts = [p for p in path.split("/") if p]
    if len(parts) >= 2 and re.fullmatch(r"(db)?v\d+\.\d+\.\d+", parts[1]):
        del parts[1]
    words = [method.lower()]
    for part in parts:
        match = re.fullmatch(r"\{(.+)\}", part)
        words.append(f"by_{match.group(1)}" if match else part)
    return re.sub(r"[^0-9a-z]+", "_", "_".join(words).lower()).strip("_")


def normalize_operation_ids(spec: Spec, api: str) -> int:
    """Set each operationId to `<method>_<path without version>` and its tag to the first
    path segment.

    Generator consequence: module names come from operationIds and folders from tags. The
    specs disagree (v0.0.38/39: `slurm_v0038_submit_job`, slurmdb paths tagged `slurm`;
    v0.0.40+: `slurm_v0040_post_job_submit`), so the same endpoint would get a different
    module name in every version package. After this step e.g. GET /slurm/v0.0.XX/jobs/ is
    `api.slurm.get_slurm_jobs` in every package, and `{job_id}` becomes `by_job_id`
    (DELETE /slurm/v0.0.XX/job/{job_id} -> `api.slurm.delete_slurm_job_by_job_id`).
    """
    seen: dict[str, str] = {}
    changed = 0
    for path, method, op in _operations(spec):
        new_id = _normalized_operation_id(method, path)
        if new_id in seen:
            raise PatchError(f"operationId collision: {new_id} for {path} and {seen[new_id]}")
        seen[new_id] = path
        if op.get("operationId") != new_id:
            changed += 1
        op["operationId"] = new_id
        first = next((p for p in path.split("/") if p), "default")
        op["tags"] = [first]
    # Top-level tag descriptions refer to the old tags; keep only the ones in use.
    used = sorted({op["tags"][0] for _p, _m, op in _operations(spec)})
    spec["tags"] = [{"name": t} for t in used]
    return changed


# step 9


def strip_schema_prefixes(spec: Spec, api: str) -> int:
    """Rename `v0.0.42_job_info` -> `job_info` and `dbv0.0.38_x` -> `db_x` (and every $ref).

    Generator consequence: class names come from schema names (`V0042JobInfo`), so without
    this the click layer would need per-version class names. After it, the same schema is
    the same class in every package (`JobInfo`, `OpenapiJobInfoResp`, `JobSubmitReq`).
    A collision (none exists in v0.0.38..v0.0.45) stops the build.
    """
    schemas = _schemas(spec)
    pattern = re.compile(r"^(db)?v\d+\.\d+\.\d+_")
    renames: dict[str, str] = {}
    for name in schemas:
        new = pattern.sub(lambda m: "db_" if m.group(1) else "", name)
        renames[name] = new
    targets: dict[str, str] = {}
    for old, new in renames.items():
        if new in targets:
            raise PatchError(f"schema name collision: {old} and {targets[new]} -> {new}")
        targets[new] = old
    spec["components"]["schemas"] = {renames[k]: v for k, v in schemas.items()}
    for node in _walk(spec):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            node["$ref"] = SCHEMA_REF + renames.get(ref[len(SCHEMA_REF) :], ref[len(SCHEMA_REF) :])
    return sum(1 for k, v in renames.items() if k != v)


# step 10


def set_info(spec: Spec, api: str) -> int:
    """Set `info.version` to the API version and `info.title` to name it.

    Not a fix: the package template writes `API_VERSION = "<info.version>"` into each
    package's `__init__.py`, and the original info strings vary (`0.0.38`, `Slurm-26.05.5`).
    The original value is kept in `info.x-original-version`.
    """
    info = spec.setdefault("info", {})
    info.setdefault("x-original-version", info.get("version"))
    info["version"] = api
    info["title"] = f"Slurm REST API {api}"
    return 1


STEPS: list[tuple[str, Callable[[Spec, str], int]]] = [
    ("fix mistyped defaults", fix_mistyped_defaults),
    ("drop yaml media types", drop_yaml_media_types),
    ("drop '/' required entries", drop_slash_required),
    ("strip required lists", strip_required_lists),
    ("error envelope", error_envelope),
    ("relax string enums", relax_string_enums),
    ("canonical path parameters", canonical_path_parameters),
    ("normalize operationIds", normalize_operation_ids),
    ("strip schema prefixes", strip_schema_prefixes),
    ("set info", set_info),
]


def api_version_from_path(path: Path) -> str:
    match = re.fullmatch(r"(v\d+\.\d+\.\d+)\.json", path.name)
    if not match:
        raise PatchError(f"cannot tell the API version from file name {path.name!r}")
    return match.group(1)


def patch(spec: Spec, api: str) -> list[tuple[str, int]]:
    return [(name, step(spec, api)) for name, step in STEPS]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--api-version", help="default: from the input file name (v0.0.42.json)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    try:
        api = args.api_version or api_version_from_path(args.input)
        spec = json.loads(args.input.read_text(encoding="utf-8"))
        counts = patch(spec, api)
    except (PatchError, OSError, ValueError) as exc:
        print(f"patch_spec.py: {args.input}: {exc}", file=sys.stderr)
        return 1
    args.output.write_text(json.dumps(spec, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.quiet:
        summary = ", ".join(f"{name}: {n}" for name, n in counts if name != "set info")
        print(f"{api}: {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
