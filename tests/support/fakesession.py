"""A stand-in for :class:`slurm_proxy.session.Session` that answers from recorded bodies.

    with fake_session(monkeypatch, api="v0.0.42", release="24.11.5",
                      routes={"/jobs": body}) as calls: ...

Routes match the request path with the ``/slurm/<v>`` prefix removed and trailing
slashes stripped; a route value that is an exception instance is raised.  Every
request is recorded in ``calls`` as ``(method, path, params, json)``.
"""

from __future__ import annotations

import json
import re
from typing import Any, Optional

from slurm_proxy.errors import SlurmError
from tests.support.recorded import RECORDED  # noqa: E402


def load(relpath: str) -> dict[str, Any]:
    return json.loads((RECORDED / relpath).read_text())


class FakeSession:
    def __init__(self, api: str, release: str, routes: dict[str, Any],
                 user: str = "slurmtest", cluster_name: Optional[str] = None) -> None:
        self.api = api
        self.release = release
        self.routes = routes
        self.user = user
        self.cluster_name = cluster_name
        self.calls: list[tuple[str, str, Any, Any]] = []

    def request(self, method: str, path: str, *, params: Optional[dict[str, Any]] = None,
                json: Any = None) -> dict[str, Any]:
        path = path.replace("{v}", self.api)
        self.calls.append((method, path, params, json))
        key = re.sub(r"^/slurm/v0\.0\.\d+", "", path).rstrip("/")
        for candidate in (f"{method} {key}", key):
            if candidate in self.routes:
                value = self.routes[candidate]
                if isinstance(value, BaseException):
                    raise value
                if callable(value):
                    return value(method, path, params, json)  # type: ignore[no-any-return]
                return value  # type: ignore[no-any-return]
        raise SlurmError(f"no fake route for {method} {path}", status=404, kind="server")

    def close(self) -> None:
        pass


def invalid_job(version: str = "v0.0.42") -> SlurmError:
    status = 500 if version == "v0.0.38" else 404
    return SlurmError("Invalid job id specified", errno=2017, status=status, kind="server",
                      sent=True)
