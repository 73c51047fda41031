"""Which REST API version to speak, found once per server and cached on disk.

Every command is a new process, so the answer lives in a small JSON file
(``$XDG_CACHE_HOME/slurm-proxy/api-versions.json``) keyed by the slurmrestd URL.
With a warm cache a command sends no extra request.  The probe asks
``/slurm/<v>/ping`` from the newest version this installation ships to the oldest:
a 2xx JSON answer means the version exists (a JSON error is reported as such), a
text/plain 404 that it does not.  ``/openapi/v3`` is never used: it is megabytes
and needs authentication.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Optional

from .errors import SlurmError, from_response

if TYPE_CHECKING:
    from .http import Transport

PACKAGE_PREFIX = "slurmrest_v"
# API versions looked for: v0.0.38 (Slurm 22.05) up to far beyond what Slurm ships today.
FIRST_MINOR, LAST_MINOR = 38, 99


def package_name(version: str) -> str:
    """v0.0.42 -> slurmrest_v0042"""
    return PACKAGE_PREFIX + version.lstrip("v").replace(".", "")


def is_supported(version: str) -> bool:
    """True when the generated package of this API version is installed."""
    try:
        return importlib.util.find_spec(package_name(version)) is not None
    except (ImportError, ValueError):
        return False


def supported_versions() -> list[str]:
    """API versions of the generated packages installed next to us, newest first.

    Derived from what is installed (plain or editable install alike), so adding a
    version is one spec file and one ``make generate``: nothing here changes.
    """
    candidates = (f"v0.0.{minor}" for minor in range(FIRST_MINOR, LAST_MINOR + 1))
    return sorted((v for v in candidates if is_supported(v)), key=_version_key, reverse=True)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.lstrip("v").split("."))


@dataclass
class ServerInfo:
    url: str
    api: str
    release: str
    accounting: Optional[bool]
    checked: float


def cache_path(env: Mapping[str, str]) -> str:
    base = env.get("SLURM_PROXY_CACHE_DIR")
    if not base:
        base = os.path.join(
            env.get("XDG_CACHE_HOME")
            or os.path.join(env.get("HOME") or os.path.expanduser("~"), ".cache"),
            "slurm-proxy",
        )
    return os.path.join(base, "api-versions.json")


def _load_cache(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _store_cache(path: str, data: dict[str, Any]) -> None:
    """Write atomically; a cache we cannot write only costs a probe next time."""
    try:
        os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".api-versions.")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, sort_keys=True)
        os.replace(tmp, path)
    except OSError:
        pass


def cached(env: Mapping[str, str], url: str, ttl: float) -> Optional[ServerInfo]:
    entry = _load_cache(cache_path(env)).get(url)
    if not isinstance(entry, dict):
        return None
    try:
        info = ServerInfo(**entry)
    except TypeError:
        return None
    if time.time() - info.checked > ttl or not is_supported(info.api):
        return None
    return info


def forget(env: Mapping[str, str], url: str) -> None:
    path = cache_path(env)
    data = _load_cache(path)
    if data.pop(url, None) is not None:
        _store_cache(path, data)


def remember(env: Mapping[str, str], info: ServerInfo) -> None:
    path = cache_path(env)
    data = _load_cache(path)
    data[info.url] = asdict(info)
    _store_cache(path, data)


def meta_facts(body: Any) -> tuple[str, Optional[bool]]:
    """(release, accounting) from a response's ``meta``; v0.0.38/39 say ``Slurm``."""
    meta = body.get("meta") if isinstance(body, dict) else None
    if not isinstance(meta, dict):
        return "", None
    slurm = meta.get("slurm") or meta.get("Slurm") or {}
    release = str(slurm.get("release") or "") if isinstance(slurm, dict) else ""
    plugin = meta.get("plugin") or {}
    accounting = None
    if isinstance(plugin, dict) and "accounting_storage" in plugin:
        accounting = bool(plugin.get("accounting_storage"))
    return release, accounting


def is_missing_path(status: int, content_type: str) -> bool:
    """slurmrestd's answer for an unknown URL (or API version): a text/plain 404."""
    return status == 404 and "json" not in content_type


def probe(transport: Transport, url: str, versions: list[str]) -> ServerInfo:
    """Find the newest version in ``versions`` that the server speaks."""
    for version in versions:
        response = transport.send("GET", f"/slurm/{version}/ping/")
        if is_missing_path(response.status, response.content_type):
            continue
        if not response.is_json or not 200 <= response.status < 300:
            # only a 2xx proves the version: a JSON 500/502 (bad token on 22.05, controller
            # down) says something is wrong, and must not be cached as the answer
            raise from_response(response.status, response.content_type, response.content)
        body = response.json()
        release, accounting = meta_facts(body)
        return ServerInfo(
            url=url, api=version, release=release, accounting=accounting, checked=time.time()
        )
    raise SlurmError(
        f"slurmrestd at {url} speaks none of the API versions this slurm-proxy knows "
        f"({', '.join(versions) or 'none installed'})",
        kind="protocol",
    )
