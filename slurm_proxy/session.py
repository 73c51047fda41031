"""A connection to one cluster's slurmrestd, as one command invocation sees it.

Nothing touches the network or the token until the first request, so ``--help`` and
usage errors cost nothing.  Requests are built by the generated client of the
negotiated API version (``slurmrest_vXXXX.api.<tag>.<operation>``), whose endpoint
modules are imported one at a time; answers come back as plain JSON dicts that the
per-version adapters (``slurm_proxy.adapters``) turn into neutral records.
"""

from __future__ import annotations

import importlib
import urllib.parse
from typing import TYPE_CHECKING, Any, Callable, Optional

from . import config, negotiate
from .errors import SlurmError, from_response

if TYPE_CHECKING:
    from types import ModuleType

    from .auth import Token
    from .cli import Invocation
    from .http import Response, Transport


class _VersionChanged(Exception):
    """The server stopped serving the cached API version between two requests."""


def debug_enabled(env: dict[str, str]) -> bool:
    return env.get("SLURM_PROXY_DEBUG", "") not in ("", "0", "false", "no")


class Session:
    def __init__(
        self, settings: config.Settings, env: dict[str, str], *, prog: str, err: Any = None
    ) -> None:
        self.settings = settings
        self.env = env
        self.prog = prog
        self.err = err
        self.debug = debug_enabled(env)
        self._token: Optional[Token] = None
        self._transport: Optional[Transport] = None
        self._info: Optional[negotiate.ServerInfo] = None
        self._info_error: Optional[SlurmError] = None

    @classmethod
    def open(cls, inv: Invocation, cluster: Optional[str] = None) -> Session:
        return cls(config.load(inv.env, cluster), inv.env, prog=inv.prog, err=inv.err)

    # -- identity ----------------------------------------------------------------
    @property
    def url(self) -> str:
        url = self.settings.get("url")
        if not url:
            raise SlurmError(
                "no slurmrestd address: set SLURMRESTD_URL or `url` in the "
                "configuration (see `slurm-proxy config show`)",
                kind="config",
            )
        return str(url).rstrip("/")

    @property
    def token(self) -> Token:
        if self._token is None:
            from . import auth

            self._token = auth.resolve(self.settings, self.env)
        return self._token

    @property
    def user(self) -> str:
        user = self.settings.get("user") or self.token.user
        if not user:
            raise SlurmError(
                "no user name: the token has no `sun` claim; set SLURM_USER_NAME", kind="config"
            )
        return str(user)

    @property
    def cluster_name(self) -> Optional[str]:
        name = self.settings.get("cluster_name")
        return str(name) if name else None

    # -- server facts --------------------------------------------------------------
    @property
    def info(self) -> negotiate.ServerInfo:
        if self._info is None:
            if self._info_error is not None:
                # negotiation already failed in this command: say so again at once instead
                # of paying every timeout and retry a second time
                raise self._info_error
            try:
                self._info = self._negotiate()
            except SlurmError as exc:
                self._info_error = exc
                raise
        return self._info

    @property
    def api(self) -> str:
        return self.info.api

    @property
    def release(self) -> str:
        return self.info.release

    @property
    def gen(self) -> ModuleType:
        return importlib.import_module(negotiate.package_name(self.api))

    def _negotiate(self, refresh: bool = False) -> negotiate.ServerInfo:
        url = self.url
        pinned = self.settings.get("api_version")
        ttl = float(self.settings.get("cache_ttl"))
        if not refresh:
            hit = negotiate.cached(self.env, url, ttl)
            if hit is not None and (not pinned or hit.api == pinned):
                return hit
        if pinned:
            if not negotiate.is_supported(pinned):
                raise SlurmError(
                    f"api_version {pinned} is not one this slurm-proxy ships "
                    f"({', '.join(negotiate.supported_versions())})",
                    kind="config",
                )
            versions = [pinned]
        else:
            versions = negotiate.supported_versions()
        info = negotiate.probe(self.transport, url, versions)
        if not pinned:  # a pinned run must not change what unpinned runs negotiate
            negotiate.remember(self.env, info)
        return info

    # -- transport -------------------------------------------------------------------
    @property
    def transport(self) -> Transport:
        if self._transport is None:
            from .http import Transport

            token = self.token
            self._transport = Transport(
                self.url,
                headers={"X-SLURM-USER-NAME": self.user, "X-SLURM-USER-TOKEN": token.value},
                ca_bundle=self.settings.get("ca_bundle"),
                connect_timeout=float(self.settings.get("connect_timeout")),
                read_timeout=float(self.settings.get("read_timeout")),
                retries=int(self.settings.get("retries")),
                allow_insecure_http=bool(self.settings.get("allow_insecure_http")),
                trace=self._trace if self.debug else None,
            )
            ttl = float(self.settings.get("response_cache_ttl"))
            if ttl > 0:
                from . import cache

                if self.prog in cache.READERS:
                    self._transport.cache = cache.ResponseCache(
                        cache.directory(self.env),
                        ttl,
                        user=self.user,
                        token=token.value,
                        wait=self._transport.connect_timeout + self._transport.read_timeout,
                        note=self._note if self.debug else None,
                    )
        return self._transport

    def _note(self, text: str) -> None:
        if self.err is not None:
            self.err.write(f"{self.prog}: debug: {text}\n")
            self.err.flush()

    def _trace(self, method: str, url: str, status: Optional[int], ms: float) -> None:
        if self.err is None:
            return
        api = self._info.api if self._info else "negotiating"
        self.err.write(
            f"{self.prog}: debug: {method} {url} -> "
            f"{status if status is not None else 'no answer'} "
            f"({ms:.1f} ms, {api})\n"
        )
        self.err.flush()

    def endpoint(self, operation: str) -> ModuleType:
        """The generated endpoint module, e.g. ``get_slurm_jobs`` of this API version."""
        tag = operation.split("_", 2)[1]
        name = f"{negotiate.package_name(self.api)}.api.{tag}.{operation}"
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            raise SlurmError(
                f"slurmrestd API {self.api} has no operation {operation}", kind="protocol"
            ) from None

    def call(self, operation: str, **kwargs: Any) -> dict[str, Any]:
        """Run one generated operation; keyword arguments as its ``build_request`` takes.

        A plain dict ``body`` is sent as is.  The path parameter (``..._by_<name>``
        in the operation name) is percent-encoded here: the generated code inserts it
        verbatim, and a job id or node name must never change the URL's shape.
        """
        _, _, path_param = operation.partition("_by_")
        if path_param and isinstance(kwargs.get(path_param), str):
            kwargs[path_param] = urllib.parse.quote(kwargs[path_param], safe="+_,")
        for _ in range(2):
            built = self.endpoint(operation).build_request(**kwargs)
            params = {
                k: v
                for k, v in (built.get("params") or {}).items()
                if v is not None and type(v).__name__ != "Unset"
            }
            try:
                return self._json(
                    self.send(
                        built["method"].upper(), built["url"], params=params, json=built.get("json")
                    )
                )
            except _VersionChanged:
                continue  # rebuild the request with the new version's module
        raise SlurmError(
            "slurmrestd changed its API versions twice in one command", kind="protocol"
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Optional[dict[str, Any]] = None,
        json: Any = None,
        each: Optional[tuple[str, Callable[[Any], Any]]] = None,
    ) -> dict[str, Any]:
        """A request by path; ``{v}`` in the path is the negotiated version.  ``each``:
        see :meth:`Response.json` (the elements of one list converted while parsing)."""
        for _ in range(2):
            try:
                return self._json(
                    self.send(method, path.replace("{v}", self.api), params=params, json=json),
                    each,
                )
            except _VersionChanged:
                if "{v}" not in path:
                    raise SlurmError(
                        f"slurmrestd no longer serves {path}", kind="protocol"
                    ) from None
        raise SlurmError(
            "slurmrestd changed its API versions twice in one command", kind="protocol"
        )

    def send(
        self, method: str, path: str, *, params: Optional[dict[str, Any]] = None, json: Any = None
    ) -> Response:
        """Send and return the raw response.

        A text/plain 404 on a path of the cached version may mean the server was
        upgraded: the version is probed again, and when it changed the caller
        rebuilds its request (nothing was created by a 404, so this is safe even
        for a submit).
        """
        api = self.api
        if method != "GET" and self.transport.cache is not None:
            self.transport.cache = None  # what follows a write must see the server's state
        response = self.transport.send(method, path, params=params, json_body=json)
        if (
            negotiate.is_missing_path(response.status, response.content_type)
            and f"/{api}/" in path + "/"
            and not self.settings.get("api_version")
        ):
            negotiate.forget(self.env, self.url)
            self._info = self._negotiate(refresh=True)
            if self._info.api != api:
                raise _VersionChanged()
        return response

    def _json(
        self, response: Response, each: Optional[tuple[str, Callable[[Any], Any]]] = None
    ) -> dict[str, Any]:
        if response.status == 304:  # 22.05 answers update_time queries with an empty 304
            return {}
        if not 200 <= response.status < 300:
            raise from_response(response.status, response.content_type, response.content)
        if not response.is_json:
            raise SlurmError(
                f"slurmrestd answered HTTP {response.status} with "
                f"{response.content_type or 'no content type'} instead of JSON",
                status=response.status,
                kind="protocol",
                sent=True,
            )
        body = response.json(each)
        if not isinstance(body, dict):
            raise SlurmError(
                "slurmrestd answered with JSON that is not an object",
                status=response.status,
                kind="protocol",
                sent=True,
            )
        return body

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
