"""A stand-in Session answering from recorded slurmrestd responses (sinfo/scontrol tests).

    fake = FakeSession("v0.0.42", "24.11.5", {"/partitions": body, "/nodes": body})
    result = run_with(monkeypatch, fake, "sinfo", ["-N"])

Paths are matched by suffix after the query string is cut; a value may be an exception
to raise.  Every request is logged in ``fake.calls`` as (method, path, json).
"""

from __future__ import annotations

import importlib
import io
import json
from typing import Any, NamedTuple, Optional

from slurm_proxy.cli import Invocation, execute
from tests.support.recorded import RECORDED  # noqa: E402


def recorded(relative: str) -> dict[str, Any]:
    with open(RECORDED / relative, encoding="utf-8") as fh:
        data = json.load(fh)
    assert isinstance(data, dict)
    return data


class _Settings:
    def __init__(self, values: Optional[dict[str, Any]] = None) -> None:
        self.values = values or {}

    def get(self, name: str) -> Any:
        return self.values.get(name)


class FakeSession:
    def __init__(
        self,
        api: str,
        release: str,
        responses: dict[str, Any],
        settings: Optional[dict[str, Any]] = None,
    ) -> None:
        self.api = api
        self.release = release
        self.responses = responses
        self.user = "slurmtest"
        self.settings = _Settings(settings)
        self.calls: list[tuple[str, str, Any]] = []

    def request(
        self, method: str, path: str, *, params: Any = None, json: Any = None, each: Any = None
    ) -> dict[str, Any]:
        value = self._answer(method, path, json)
        if each is not None and isinstance(value, dict):  # like Session.request's streaming
            key, convert = each
            value = {**value, key: [convert(item) for item in value.get(key) or []]}
        return value

    def _answer(self, method: str, path: str, json: Any) -> Any:
        path = path.replace("{v}", self.api)
        self.calls.append((method, path, json))
        bare = path.split("?", 1)[0]
        for key in sorted(self.responses, key=len, reverse=True):
            if bare.endswith(key) or (
                key.startswith(method + " ") and bare.endswith(key[len(method) + 1 :])
            ):
                value = self.responses[key]
                if isinstance(value, Exception):
                    raise value
                return value
        raise KeyError(f"no recorded answer for {method} {path}")


class Run(NamedTuple):
    rc: int
    out: str
    err: str


def run_with(
    monkeypatch: Any,
    fake: FakeSession,
    prog: str,
    argv: list[str],
    env: Optional[dict[str, str]] = None,
    stdin: bytes = b"",
) -> Run:
    import slurm_proxy.session as session

    monkeypatch.setattr(session.Session, "open", classmethod(lambda cls, inv, cluster=None: fake))
    module = importlib.import_module(f"slurm_proxy.{prog}")
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(
        prog=prog,
        argv=list(argv),
        env=dict(env or {"TZ": "UTC"}),
        stdin=io.BytesIO(stdin),
        out=out,
        err=err,
    )
    rc = execute(module.run, inv)
    return Run(rc, out.getvalue(), err.getvalue())
