"""Checks on the generated client packages (generated/slurmrest_vXXXX, scripts/generate.sh).

- Importing an endpoint module imports only the model modules it needs (lazy PEP 562
  models/__init__.py), and neither httpx nor the generated Client (fresh interpreter each).
- The endpoint modules the CLI uses have the same module path in every version package
  that has the endpoint, and only there (the table in scripts/generator/README.md), each
  with `build_request`, `_get_kwargs`, `parse_response`, `_parse_response`, `_build_response`.
- `build_request` needs no Client and accepts a raw JSON body.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"
if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))

PACKAGES = sorted(p.name for p in GENERATED.glob("slurmrest_v*") if (p / "__init__.py").is_file())
ALL = tuple(int(p[-2:]) for p in PACKAGES)


def api_of(pkg: str) -> str:
    return f"v0.0.{int(pkg[-2:])}"


def since(first: int) -> tuple[int, ...]:
    return tuple(v for v in ALL if v >= first)


# Module (under api/) -> minor versions that have it. Keep in sync with
# scripts/generator/README.md ("Endpoint modules the CLI uses").
CORE: dict[str, tuple[int, ...]] = {
    "slurm.get_slurm_ping": ALL,
    "slurm.get_slurm_diag": ALL,
    "slurm.get_slurm_jobs": ALL,
    "slurm.get_slurm_job_by_job_id": ALL,
    "slurm.post_slurm_job_by_job_id": ALL,
    "slurm.delete_slurm_job_by_job_id": ALL,
    "slurm.delete_slurm_jobs": since(40),
    "slurm.get_slurm_jobs_state": since(40),
    "slurm.post_slurm_job_submit": ALL,
    "slurm.get_slurm_nodes": ALL,
    "slurm.get_slurm_node_by_node_name": ALL,
    "slurm.post_slurm_node_by_node_name": since(39),
    "slurm.get_slurm_partitions": ALL,
    "slurm.get_slurm_partition_by_partition_name": ALL,
    "slurm.get_slurm_reservations": ALL,
    "slurm.get_slurm_reservation_by_reservation_name": ALL,
    "slurm.get_slurm_licenses": ALL,
    "slurmdb.get_slurmdb_jobs": ALL,
    "slurmdb.get_slurmdb_job_by_job_id": ALL,
    "slurmdb.get_slurmdb_tres": ALL,
    "slurmdb.get_slurmdb_clusters": ALL,
    "slurmdb.get_slurmdb_ping": since(42),
}
FUNCTIONS = ("build_request", "_get_kwargs", "parse_response", "_parse_response", "_build_response")

pytestmark = pytest.mark.skipif(not PACKAGES, reason="generated/ is empty: run scripts/generate.sh")


@pytest.mark.parametrize("pkg", PACKAGES)
def test_package_init(pkg: str) -> None:
    mod = importlib.import_module(pkg)
    assert api_of(pkg) == mod.API_VERSION
    source = (GENERATED / pkg / "__init__.py").read_text()
    assert "models" not in source  # the package never imports its models


def _module_level_relative_imports(path: Path, package: str) -> set[str]:
    """Absolute names of the modules a module imports at import time (not under
    TYPE_CHECKING, not inside functions)."""
    tree = ast.parse(path.read_text())
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[: len(base) - node.level + 1]
            found.add(".".join(base + ([node.module] if node.module else [])))
    return found


def _needed_models(pkg: str, module: str) -> set[str]:
    """Model modules imported, transitively, by the module-level imports of an endpoint."""
    todo = [f"{pkg}.api.{module}"]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = GENERATED.joinpath(*name.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        imported = _module_level_relative_imports(path, name.rpartition(".")[0])
        todo.extend(m for m in imported if ".models." in m)
    return {m for m in seen if ".models." in m}


@pytest.mark.parametrize("pkg", PACKAGES)
@pytest.mark.parametrize("module", ["slurm.get_slurm_jobs", "slurm.post_slurm_job_submit"])
def test_endpoint_import_is_lazy(pkg: str, module: str) -> None:
    code = f"import json, sys\nimport {pkg}.api.{module}\nprint(json.dumps(sorted(sys.modules)))\n"
    env = dict(os.environ, PYTHONPATH=str(GENERATED))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out))
    models = {m for m in loaded if m.startswith(f"{pkg}.models.")}
    assert f"{pkg}.models" in loaded
    assert models == _needed_models(pkg, module), "lazy models/__init__.py broken"
    assert 1 <= len(models) <= 3
    assert f"{pkg}.client" not in loaded
    assert "httpx" not in loaded


@pytest.mark.parametrize("module", sorted(CORE))
def test_core_module_names(module: str) -> None:
    for pkg in PACKAGES:
        present = (GENERATED / pkg / "api" / (module.replace(".", "/") + ".py")).is_file()
        expected = int(pkg[-2:]) in CORE[module]
        assert present == expected, f"{pkg}.api.{module}: present={present}, expected={expected}"
        if present:
            mod = importlib.import_module(f"{pkg}.api.{module}")
            missing = [f for f in FUNCTIONS if not callable(getattr(mod, f, None))]
            assert not missing, f"{pkg}.api.{module} lacks {missing}"


@pytest.mark.parametrize("pkg", PACKAGES)
def test_build_request(pkg: str) -> None:
    api = api_of(pkg)
    jobs = importlib.import_module(f"{pkg}.api.slurm.get_slurm_jobs")
    req = jobs.build_request()
    assert req["method"] == "get" and req["url"].rstrip("/") == f"/slurm/{api}/jobs"
    assert jobs.build_request() == jobs._get_kwargs()

    job = importlib.import_module(f"{pkg}.api.slurm.delete_slurm_job_by_job_id")
    req = job.build_request("123_4", signal="SIGINT")
    assert req["method"] == "delete"
    assert req["url"] == f"/slurm/{api}/job/123_4"
    assert req["params"] == {"signal": "SIGINT"}

    submit = importlib.import_module(f"{pkg}.api.slurm.post_slurm_job_submit")
    raw = {"job": {"name": "x", "environment": ["PATH=/bin"], "bogus": {"kept": None}}}
    req = submit.build_request(body=raw)
    assert req["method"] == "post" and req["url"] == f"/slurm/{api}/job/submit"
    assert req["json"] == raw and req["headers"] == {"Content-Type": "application/json"}
