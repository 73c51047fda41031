"""HTTP transport to slurmrestd, on the standard library alone.

Why not httpx here: a Slurm command is a short process, and importing httpx costs
more than the request it sends (about 100 ms against 2-5 ms; see the README's
measurements).  ``http.client`` covers what slurmrestd needs: HTTP/1.1, keep-alive,
TLS with verification, and unix sockets.

Retry rules (a submit is someone's work and must never run twice):

* GET is retried with exponential backoff and jitter on connection errors and on
  HTTP 502/503/504, honouring ``Retry-After``, bounded in count and in total time (a
  ``Retry-After`` beyond the time left is not waited for: the answer is returned).
* Any other method is retried only when the failure happened before a byte of the
  request left this process (DNS failure, refused connection, connect timeout, TLS
  handshake failure).  Such methods always use a fresh connection, so a server that
  silently closed a kept-alive socket cannot make an unsent request look sent.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import random
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Optional

from .errors import SlurmError, loads

if TYPE_CHECKING:
    from .cache import ResponseCache

RETRY_STATUSES = (502, 503, 504)
MAX_BACKOFF = 8.0
MAX_RETRY_TIME = 30.0
USER_AGENT = "slurm-proxy"


@dataclass
class Response:
    status: int
    content_type: str
    content: bytes
    headers: dict[str, str]

    @property
    def is_json(self) -> bool:
        return "json" in self.content_type

    def json(self, each: Optional[tuple[str, Callable[[Any], Any]]] = None) -> Any:
        """The parsed body; ``each=(key, convert)`` converts the elements of the
        top-level ``key`` list while parsing (streamjson: for answers of many MB)."""
        if not self.content.strip():
            return {}
        try:
            if each is not None:
                from .streamjson import loads_list

                return loads_list(self.content, each[0], each[1])
            return loads(self.content)
        except ValueError:
            raise SlurmError(
                f"slurmrestd sent malformed JSON (HTTP {self.status}, {len(self.content)} bytes)",
                status=self.status,
                kind="protocol",
                sent=True,
            ) from None


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self._path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


def is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Phase:
    """Where a request failed: before sending (safe to retry anything) or after."""

    CONNECT = "connect"
    SENT = "sent"


class Transport:
    def __init__(
        self,
        url: str,
        *,
        headers: dict[str, str],
        ca_bundle: Optional[str] = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 60.0,
        retries: int = 3,
        allow_insecure_http: bool = False,
        trace: Optional[Callable[[str, str, Optional[int], float], None]] = None,
    ) -> None:
        parsed = urllib.parse.urlsplit(url)
        self.scheme = parsed.scheme.lower()
        if self.scheme not in ("http", "https", "unix"):
            raise SlurmError(
                f"unsupported slurmrestd URL {url!r}: use http://, https:// or unix:///path",
                kind="config",
            )
        self.url = url.rstrip("/")
        if self.scheme == "unix":
            self.socket_path = parsed.path
            self.host = "localhost"
            self.port = 0
            self.prefix = ""
            if not self.socket_path:
                raise SlurmError(f"unix URL without a socket path: {url!r}", kind="config")
        else:
            if not parsed.hostname:
                raise SlurmError(f"slurmrestd URL without a host: {url!r}", kind="config")
            self.host = parsed.hostname
            self.port = parsed.port or (443 if self.scheme == "https" else 80)
            self.prefix = parsed.path.rstrip("/")
            if self.scheme == "http" and not allow_insecure_http and not is_loopback(self.host):
                raise SlurmError(
                    f"refusing plain http:// to {self.host}: the token would travel in clear; "
                    "use https://, or set allow_insecure_http = true for this cluster",
                    kind="config",
                )
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **headers}
        self.ca_bundle = ca_bundle
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = max(0, retries)
        self.trace = trace
        # the shared short-lived answer cache (slurm_proxy.cache), set by the Session
        self.cache: Optional[ResponseCache] = None
        self._conn: Optional[http.client.HTTPConnection] = None
        self._ssl: Optional[ssl.SSLContext] = None

    # -- connections -------------------------------------------------------------
    def _ssl_context(self) -> ssl.SSLContext:
        if self._ssl is None:
            try:
                self._ssl = ssl.create_default_context(cafile=self.ca_bundle)
            except (OSError, ssl.SSLError) as exc:
                raise SlurmError(
                    f"cannot load CA bundle {self.ca_bundle}: {exc}", kind="config"
                ) from None
        return self._ssl

    def _new_connection(self) -> http.client.HTTPConnection:
        conn: http.client.HTTPConnection
        if self.scheme == "unix":
            conn = _UnixConnection(self.socket_path, self.connect_timeout)
        elif self.scheme == "https":
            conn = http.client.HTTPSConnection(
                self.host, self.port, timeout=self.connect_timeout, context=self._ssl_context()
            )
        else:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.connect_timeout)
        if self.scheme != "unix" and not _is_ip(self.host):
            # getaddrinfo() has no timeout of its own (a silent DNS server costs glibc
            # 5 s x 2 attempts per lookup): resolve within connect_timeout instead
            conn._create_connection = self._connect_resolving  # type: ignore[attr-defined]
        conn.connect()
        sock = getattr(conn, "sock", None)  # None under vcrpy's recorder, which defers it
        if sock is not None and hasattr(sock, "settimeout"):
            sock.settimeout(self.read_timeout)
        return conn

    def _connect_resolving(
        self, address: tuple[str, int], timeout: Any = None, source_address: Any = None
    ) -> socket.socket:
        """socket.create_connection(), with the name lookup bounded by connect_timeout."""
        host, port = address
        last: Optional[OSError] = None
        for family, kind, proto, _, sockaddr in _resolve(host, port, self.connect_timeout):
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                last = exc
                sock.close()
        raise last or OSError(f"no address for {host}")

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- requests ----------------------------------------------------------------
    def send(
        self,
        method: str,
        path: str,
        *,
        params: Optional[dict[str, Any]] = None,
        json_body: Any = None,
    ) -> Response:
        """Send one request, with the retry rules of this module's docstring."""
        target = self.prefix + path
        if params:
            query = urllib.parse.urlencode(
                [(k, _param(v)) for k, v in params.items() if v is not None], safe=","
            )
            if query:
                target += "?" + query
        body: Optional[bytes] = None
        headers = dict(self.headers)
        if json_body is not None:
            body = json.dumps(json_body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.cache is not None:
            return self.cache.fetch(
                self.url, method, target, lambda: self._exchange(method, target, body, headers)
            )
        return self._exchange(method, target, body, headers)

    def _exchange(
        self, method: str, target: str, body: Optional[bytes], headers: dict[str, str]
    ) -> Response:
        idempotent = method in ("GET", "HEAD")
        deadline = time.monotonic() + MAX_RETRY_TIME
        attempt = 0
        while True:
            started = time.monotonic()
            try:
                response = self._once(method, target, body, headers, reuse=idempotent)
            except _Failure as failure:
                self._trace(method, target, None, started)
                # a connect-phase failure never sent a byte (any method may retry it), but a
                # certificate or TLS handshake failure is not transient: retryable=False
                retry = (
                    attempt < self.retries
                    and time.monotonic() < deadline
                    and (failure.retryable and (failure.phase == _Phase.CONNECT or idempotent))
                )
                if not retry:
                    raise failure.error from None
                attempt += 1
                _sleep_backoff(attempt, None, deadline)
                continue
            self._trace(method, target, response.status, started)
            if (
                idempotent
                and response.status in RETRY_STATUSES
                and attempt < self.retries
                and time.monotonic() < deadline
            ):
                wait = retry_after(response.headers.get("retry-after"))
                if wait is not None and time.monotonic() + wait > deadline:
                    # the server asks for more time than our retry budget has left:
                    # waiting until the deadline to retry once more would be pointless
                    return response
                attempt += 1
                _sleep_backoff(attempt, wait, deadline)
                continue
            return response

    def _trace(self, method: str, target: str, status: Optional[int], started: float) -> None:
        if self.trace is not None:
            self.trace(
                method,
                self.url + target[len(self.prefix) :],
                status,
                (time.monotonic() - started) * 1000,
            )

    def _once(
        self,
        method: str,
        target: str,
        body: Optional[bytes],
        headers: dict[str, str],
        *,
        reuse: bool,
    ) -> Response:
        where = self.url
        if not reuse:
            self.close()
        try:
            if self._conn is None:
                self._conn = self._new_connection()
        except ssl.SSLCertVerificationError as exc:
            raise _Failure(
                _Phase.CONNECT,
                False,
                SlurmError(
                    f"TLS certificate of {where} not trusted: {exc.verify_message or exc.reason}",
                    kind="tls",
                ),
            ) from None
        except ssl.SSLError as exc:
            reason = exc.reason or str(exc)
            if reason == "WRONG_VERSION_NUMBER":  # a plain HTTP server answered the hello
                reason = "the server does not speak TLS (is this an http:// address?)"
            raise _Failure(
                _Phase.CONNECT,
                False,
                SlurmError(f"TLS handshake with {where} failed: {reason}", kind="tls"),
            ) from None
        except socket.gaierror as exc:
            raise _Failure(
                _Phase.CONNECT,
                True,
                SlurmError(
                    f"Unable to contact slurmrestd at {where}: cannot resolve host "
                    f"{self.host} ({exc.strerror})",
                    kind="connect",
                ),
            ) from None
        except UnicodeError as exc:  # the IDNA codec: an empty or over-long label
            raise _Failure(
                _Phase.CONNECT,
                False,
                SlurmError(
                    f"Unable to contact slurmrestd at {where}: invalid host name {self.host} "
                    f"({exc.__cause__ or exc})",
                    kind="config",
                ),
            ) from None
        except (socket.timeout, TimeoutError):
            raise _Failure(
                _Phase.CONNECT,
                True,
                SlurmError(
                    f"Unable to contact slurmrestd at {where}: connection timed out after "
                    f"{self.connect_timeout:g}s",
                    kind="timeout",
                ),
            ) from None
        except OSError as exc:
            raise _Failure(
                _Phase.CONNECT,
                True,
                SlurmError(
                    f"Unable to contact slurmrestd at {where}: {exc.strerror or exc}",
                    kind="connect",
                ),
            ) from None
        conn = self._conn
        try:
            conn.request(method, target, body=body, headers=headers)
            raw = conn.getresponse()
            content = raw.read()
        except (socket.timeout, TimeoutError):
            self.close()
            raise _Failure(
                _Phase.SENT,
                False,
                SlurmError(
                    f"slurmrestd at {where} did not answer within {self.read_timeout:g}s",
                    kind="timeout",
                    sent=True,
                ),
            ) from None
        except http.client.IncompleteRead as exc:
            self.close()
            raise _Failure(
                _Phase.SENT,
                True,
                SlurmError(
                    f"slurmrestd at {where} closed the connection mid-answer "
                    f"({len(exc.partial)} bytes received)",
                    kind="protocol",
                    sent=True,
                ),
            ) from None
        except http.client.BadStatusLine as exc:
            if isinstance(exc, ConnectionError):  # RemoteDisconnected: closed, no answer
                self.close()
                raise _Failure(
                    _Phase.SENT,
                    True,
                    SlurmError(
                        f"connection to slurmrestd at {where} failed: {exc}",
                        kind="connect",
                        sent=True,
                    ),
                ) from None
            # not HTTP at all (another service on that port): show what it said, shortened
            self.close()
            raise _Failure(
                _Phase.SENT,
                True,
                SlurmError(
                    f"connection to slurmrestd at {where} failed: the answer is not HTTP "
                    f"({_excerpt(exc.args[0] if exc.args else '')})",
                    kind="protocol",
                    sent=True,
                ),
            ) from None
        except (http.client.HTTPException, OSError) as exc:
            self.close()
            what = (
                exc.strerror
                if isinstance(exc, OSError) and exc.strerror
                else (str(exc) or type(exc).__name__)
            )
            raise _Failure(
                _Phase.SENT,
                True,
                SlurmError(
                    f"connection to slurmrestd at {where} failed: {what}", kind="connect", sent=True
                ),
            ) from None
        headers_lc = {k.lower(): v for k, v in raw.getheaders()}
        # slurmrestd closes after every error (Connection: Close); vcrpy's recorded
        # responses have no will_close, hence the header check too
        if getattr(raw, "will_close", False) or headers_lc.get("connection", "").lower() == "close":
            self.close()
        return Response(raw.status, headers_lc.get("content-type", "").lower(), content, headers_lc)


class _Failure(Exception):
    def __init__(self, phase: str, retryable: bool, error: SlurmError) -> None:
        super().__init__(error.text)
        self.phase = phase
        self.retryable = retryable
        self.error = error


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _resolve(host: str, port: int, timeout: float) -> list[Any]:
    """getaddrinfo() in a daemon thread, given up after ``timeout`` seconds."""
    import threading

    result: dict[str, Any] = {}

    def lookup() -> None:
        try:
            result["infos"] = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
        except BaseException as exc:  # handed to the caller's thread
            result["error"] = exc

    worker = threading.Thread(target=lookup, name="slurm-proxy-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise socket.gaierror(socket.EAI_AGAIN, f"no answer from DNS within {timeout:g}s")
    if "error" in result:
        raise result["error"]
    return list(result["infos"])


def _excerpt(text: object, limit: int = 40) -> str:
    """A short, printable quotation of what a peer sent."""
    shown = repr(str(text).strip())
    return shown if len(shown) <= limit else shown[: limit - 4] + "...'"


def _param(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def retry_after(value: Optional[str]) -> Optional[float]:
    """Seconds a ``Retry-After`` header asks for (delay-seconds or an HTTP date); None
    when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:  # an HTTP date is always GMT
            from datetime import timezone

            when = when.replace(tzinfo=timezone.utc)
        seconds = when.timestamp() - time.time()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # nan, inf
        return None
    return max(0.0, seconds)


def _sleep_backoff(attempt: int, wait: Optional[float], deadline: float) -> None:
    delay = min(MAX_BACKOFF, 0.25 * (2 ** (attempt - 1)))
    delay = delay / 2 + random.uniform(0, delay / 2)  # jitter
    if wait is not None:
        delay = max(delay, wait)
    delay = min(delay, max(0.0, deadline - time.monotonic()))
    if delay > 0:
        time.sleep(delay)
