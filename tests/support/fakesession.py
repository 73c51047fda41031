"""A stand-in for :class:`slurm_proxy.session.Session` that answers from recorded bodies.

    fake = FakeSession("v0.0.42", "24.11.5", routes={"/jobs": load("live-24.11/jobs-v0.0.42.json")})
    monkeypatch.setattr(Session, "open", classmethod(lambda cls, inv, cluster=None: fake))

Routes match the request path with the ``/slurm/<v>`` prefix removed and trailing
slashes stripped (``"DELETE /jobs"`` for one method only); a route value that is an
exception instance is raised, a ``Path`` is a recorded answer served verbatim by
``send`` (what ``Conn.get_text`` uses).  Every
request is recorded in ``calls`` as ``(method, path, params, json)``.
"""

from __future__ import annotations

import json
import json as _json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from slurm_proxy.config import Settings
from slurm_proxy.errors import SlurmError
from slurm_proxy.streamjson import loads_list
from tests.support.recorded import RECORDED  # noqa: E402


def load(relpath: str) -> dict[str, Any]:
    return json.loads((RECORDED / relpath).read_text())


@dataclass
class FakeResponse:
    status: int
    content_type: str
    content: bytes

    @property
    def is_json(self) -> bool:
        return "json" in self.content_type

    def json(self) -> Any:
        return _json.loads(self.content)


class FakeSession:
    def __init__(
        self,
        api: str,
        release: str,
        routes: dict[str, Any],
        user: str = "slurmtest",
        cluster_name: Optional[str] = None,
        settings: Optional[Settings] = None,
    ) -> None:
        self.settings = settings or Settings()  # every setting at its default unless given
        self.api = api
        self.release = release
        self.routes = routes
        self.user = user
        self.cluster_name = cluster_name
        self.calls: list[tuple[str, str, Any, Any]] = []
        # what sbatch's submission journal needs: a private cache dir and a URL
        self.env = {"SLURM_PROXY_CACHE_DIR": tempfile.mkdtemp(prefix="sp-fake-cache-")}
        self.url = "http://fake-slurmrestd:6820"

    def _route(self, method: str, path: str, params: Any, body: Any) -> Any:
        path = path.replace("{v}", self.api)
        self.calls.append((method, path, params, body))
        key = re.sub(r"^/slurm/v0\.0\.\d+", "", path).rstrip("/")
        for candidate in (f"{method} {key}", key):
            if candidate in self.routes:
                value = self.routes[candidate]
                if isinstance(value, BaseException):
                    raise value
                if callable(value):
                    return value(method, path, params, body)
                return value
        raise SlurmError(f"no fake route for {method} {path}", status=404, kind="server")

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Optional[dict[str, Any]] = None,
        json: Any = None,
        each: Optional[tuple[str, Callable[[Any], Any]]] = None,
    ) -> dict[str, Any]:
        value = self._route(method, path, params, json)
        if each is not None:  # like Session.request: the real streaming parser
            raw = value.read_bytes() if isinstance(value, Path) else _json.dumps(value).encode()
            return loads_list(raw, each[0], each[1])
        if isinstance(value, Path):  # a recorded answer, given as its file
            return _json.loads(value.read_text())  # type: ignore[no-any-return]
        return value  # type: ignore[no-any-return]

    def send(
        self, method: str, path: str, *, params: Optional[dict[str, Any]] = None, json: Any = None
    ) -> FakeResponse:
        """Like Session.send: the answer as bytes (a recorded file verbatim)."""
        value = self._route(method, path, params, json)
        if isinstance(value, Path):
            return FakeResponse(200, "application/json", value.read_bytes())
        return FakeResponse(200, "application/json", _json.dumps(value, indent=2).encode())

    def close(self) -> None:
        pass


def invalid_job(version: str = "v0.0.42") -> SlurmError:
    status = 500 if version == "v0.0.38" else 404
    return SlurmError(
        "Invalid job id specified", errno=2017, status=status, kind="server", sent=True
    )
