"""A fault-injecting HTTP/1.1 proxy on loopback, between slurm-proxy and a live slurmrestd.

Stdlib only (threads and sockets).  It listens on ``127.0.0.1:<free port>``, reads each
request, records it, and then does what its current *mode* says: forward it to the real
slurmrestd and relay the answer (``pass``), or break the exchange in one precise way.
Every connection is answered with ``Connection: close``, so one request is one
connection and counting is exact.

    with FaultProxy("http://127.0.0.1:7820") as fp:
        fp.set("status", status=503, retry_after="1")
        ... run a command against fp.url ...
        assert fp.count("GET") == 1 + retries

Modes (``set(mode, **options)``; ``match`` limits a mode to paths containing a string, the
other requests pass through):

=================  ==========================================================================
``pass``           forward, relay the answer unchanged (but ``Connection: close``)
``reset_before``   accept, then RST (SO_LINGER 0) 0.1 s later: the request is never read
                   (only peeked at, to count it)
``reset_after``    read the request, forward it (the server acts on it), then RST the client
                   instead of answering
``hang``           read the request, never answer; hold the socket ``hold`` seconds at most
``truncate``       forward; send the headers (real Content-Length) and half the body, then FIN
``malformed``      forward; cut the JSON body in half but send a matching Content-Length
``body``           answer ``status`` with ``body``/``ctype`` of our own (HTML, text, JSON)
``status``         answer ``status`` with a slurmrestd-like body, optional ``retry_after``
``garbage``        answer with bytes that are not HTTP at all, then close
=================  ==========================================================================

Bounded: the proxy stops by itself after ``lifetime`` seconds, a held socket is released
after ``hold`` seconds, every socket has a timeout, and all threads are daemons.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Optional

HEAD_LIMIT = 64 * 1024


@dataclass
class Hit:
    """One request (or, for ``reset_before``, one connection) seen by the proxy."""

    method: str  # "?" when the request was never read
    path: str
    mode: str
    at: float  # time.monotonic()
    forwarded: bool = False


@dataclass
class Rule:
    mode: str = "pass"
    match: Optional[str] = None
    status: int = 503
    retry_after: Optional[str] = None
    body: bytes = b""
    ctype: str = "application/json"
    hold: float = 30.0
    # only the first ``times`` matching requests get the fault (None: all of them)
    times: Optional[int] = None
    used: int = 0
    extra_headers: dict[str, str] = field(default_factory=dict)


REASONS = {
    200: "OK",
    401: "UNAUTHORIZED",
    404: "NOT FOUND",
    500: "INTERNAL SERVER ERROR",
    502: "BAD GATEWAY",
    503: "SERVICE UNAVAILABLE",
    504: "GATEWAY TIMEOUT",
    511: "NETWORK AUTHENTICATION REQUIRED",
}


class FaultProxy:
    def __init__(self, upstream: str, *, lifetime: float = 300.0) -> None:
        parsed = urllib.parse.urlsplit(upstream)
        assert parsed.hostname in ("127.0.0.1", "localhost", "::1"), "loopback only"
        self.upstream = (parsed.hostname or "127.0.0.1", parsed.port or 80)
        self.lifetime = lifetime
        self.hits: list[Hit] = []
        self.rule = Rule()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._conns: set[socket.socket] = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(
            target=self._serve, name=f"faultproxy-{self.port}", daemon=True
        )

    # -- control -----------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set(self, mode: str, **options: object) -> FaultProxy:
        rule = Rule(mode=mode)
        for key, value in options.items():
            if not hasattr(rule, key):
                raise TypeError(f"unknown fault option {key}")
            setattr(rule, key, value)
        with self._lock:
            self.rule = rule
            self.hits.clear()
        return self

    def count(self, method: Optional[str] = None, *, forwarded: Optional[bool] = None) -> int:
        with self._lock:
            return sum(
                1
                for h in self.hits
                if (method is None or h.method == method)
                and (forwarded is None or h.forwarded == forwarded)
            )

    def start(self) -> FaultProxy:
        self._deadline = time.monotonic() + self.lifetime
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        try:
            self._listener.close()
        except OSError:
            pass
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            _close(conn)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving -------------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stop.is_set() and time.monotonic() < self._deadline:
            try:
                conn, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                break
            with self._lock:
                self._conns.add(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()
        self._stop.set()
        try:
            self._listener.close()
        except OSError:
            pass

    def _pick(self, path: Optional[str]) -> Rule:
        with self._lock:
            rule = self.rule
            if path is not None and rule.match is not None and rule.match not in path:
                return Rule()
            if rule.times is not None:
                if rule.used >= rule.times:
                    return Rule()
                rule.used += 1
            return rule

    def _record(self, hit: Hit) -> Hit:
        with self._lock:
            self.hits.append(hit)
        return hit

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(10)
            with self._lock:
                early = self.rule.mode == "reset_before" and self.rule.match is None
            if early:
                rule = self._pick(None)
                if rule.mode == "reset_before":
                    # let the request arrive (so that it is counted), but never read it
                    method, path = _peek_request_line(conn, 0.1)
                    self._record(Hit(method, path, "reset_before", time.monotonic()))
                    _reset(conn)
                    return
            try:
                head, body = _read_request(conn)
            except (OSError, ValueError):
                return
            method, path = _request_line(head)
            rule = self._pick(path)
            hit = self._record(Hit(method, path, rule.mode, time.monotonic()))
            self._act(conn, rule, hit, head, body)
        finally:
            with self._lock:
                self._conns.discard(conn)
            _close(conn)

    def _act(self, conn: socket.socket, rule: Rule, hit: Hit, head: bytes, body: bytes) -> None:
        mode = rule.mode
        if mode == "reset_before":  # with ``match``: the request had to be read to match
            _reset(conn)
        elif mode == "hang":
            conn.settimeout(0.2)
            until = time.monotonic() + min(rule.hold, 120.0)
            while time.monotonic() < until and not self._stop.is_set():
                try:
                    if not conn.recv(4096):
                        break  # the client gave up
                except socket.timeout:
                    continue
                except OSError:
                    break
        elif mode in ("body", "status"):
            payload = rule.body if mode == "body" else (rule.body or _status_body(rule.status))
            ctype = rule.ctype if (mode == "body" or rule.body) else _status_ctype(rule.status)
            headers = dict(rule.extra_headers)
            if rule.retry_after is not None:
                headers["Retry-After"] = rule.retry_after
            conn.sendall(_response(rule.status, ctype, payload, headers))
        elif mode == "garbage":
            conn.sendall(rule.body or b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n")
        else:  # pass, reset_after, truncate, malformed: the server gets the request
            answer = self._forward(head, body)
            hit.forwarded = True
            if answer is None:
                conn.sendall(_response(502, "text/plain", b"fault proxy: upstream down\n", {}))
                return
            status_line, upstream_headers, content = answer
            if mode == "reset_after":
                _reset(conn)
            elif mode == "truncate":
                half = content[: len(content) // 2]
                conn.sendall(_head(status_line, upstream_headers, len(content)) + half)
            elif mode == "malformed":
                cut = content[: max(1, len(content) // 2)]
                conn.sendall(_head(status_line, upstream_headers, len(cut)) + cut)
            else:
                conn.sendall(_head(status_line, upstream_headers, len(content)) + content)

    def _forward(
        self, head: bytes, body: bytes
    ) -> Optional[tuple[bytes, list[tuple[str, str]], bytes]]:
        lines = head.split(b"\r\n")
        kept = [lines[0]] + [
            ln
            for ln in lines[1:]
            if ln and not ln.lower().startswith((b"connection:", b"keep-alive:"))
        ]
        request = b"\r\n".join(kept + [b"Connection: close", b"", b""]) + body
        try:
            with socket.create_connection(self.upstream, timeout=60) as up:
                up.sendall(request)
                chunks = []
                while True:
                    data = up.recv(65536)
                    if not data:
                        break
                    chunks.append(data)
        except OSError:
            return None
        raw = b"".join(chunks)
        head_end = raw.find(b"\r\n\r\n")
        if head_end < 0:
            return None
        head_lines = raw[:head_end].decode("latin-1").split("\r\n")
        content = raw[head_end + 4 :]
        headers = []
        chunked = False
        length: Optional[int] = None
        for line in head_lines[1:]:
            name, _, value = line.partition(":")
            lname = name.strip().lower()
            if lname == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
                continue
            if lname == "content-length":
                length = int(value.strip())
            if lname in ("connection", "keep-alive", "content-length"):
                continue
            headers.append((name.strip(), value.strip()))
        if chunked:
            content = _dechunk(content)
        elif length is not None:
            # slurmrestd (22.05-26.05) answers a request that says "Connection: close" with
            # a stray "Connection: Close\r\n" after the body: keep Content-Length bytes only
            content = content[:length]
        return head_lines[0].encode("latin-1"), headers, content


# -- helpers ---------------------------------------------------------------------------
def _read_request(conn: socket.socket) -> tuple[bytes, bytes]:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("client closed before a full request")
        data += chunk
        if len(data) > HEAD_LIMIT:
            raise ValueError("request head too large")
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        rest += chunk
    return head, rest[:length]


def _peek_request_line(conn: socket.socket, wait: float) -> tuple[str, str]:
    """The request line of what has arrived within ``wait`` seconds, left unread in the
    kernel's buffer (MSG_PEEK); ("?", "?") when nothing came."""
    conn.settimeout(wait)
    try:
        time.sleep(wait)
        data = conn.recv(4096, socket.MSG_PEEK)
    except OSError:
        return "?", "?"
    return _request_line(data) if data else ("?", "?")


def _request_line(head: bytes) -> tuple[str, str]:
    parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
    return (parts[0], parts[1]) if len(parts) >= 2 else ("?", "?")


def _head(status_line: bytes, headers: list[tuple[str, str]], length: int) -> bytes:
    out = [status_line]
    out += [f"{k}: {v}".encode("latin-1") for k, v in headers]
    out += [f"Content-Length: {length}".encode(), b"Connection: close", b"", b""]
    return b"\r\n".join(out)


def _response(status: int, ctype: str, body: bytes, headers: dict[str, str]) -> bytes:
    line = f"HTTP/1.1 {status} {REASONS.get(status, 'STATUS')}".encode()
    return _head(line, [("Content-Type", ctype), *headers.items()], len(body)) + body


def _status_ctype(status: int) -> str:
    return "text/plain" if status == 401 else "application/json"


def _status_body(status: int) -> bytes:
    """Bodies as slurmrestd sends them (shapes from notes/slurmrestd.md section 5)."""
    if status == 401:
        return b"Authentication failure\n"
    if status == 511:
        return (
            b'{"errors": [{"description": "Unable to query jobs", "error_number": 1007, '
            b'"error": "Protocol authentication error", "source": "slurm_load_jobs"}], '
            b'"warnings": [], "jobs": []}'
        )
    if status == 502:
        return (
            b'{"errors": [{"description": "Unable to query jobs", "error_number": 1800, '
            b'"error": "Unable to contact slurm controller (connect failure)", '
            b'"source": "slurm_load_jobs"}], "warnings": []}'
        )
    if status == 500:  # 22.05's answer to GET /jobs with a bad token
        return (
            b'{"errors": [{"description": "Failed while looking for jobs", '
            b'"error_number": -1, "error": "Unspecified error", '
            b'"source": "slurm_load_jobs"}], "warnings": []}'
        )
    # a gateway's JSON (no slurmrestd error shape at all)
    return b'{"message": "upstream request timeout"}'


def _dechunk(data: bytes) -> bytes:
    out = b""
    while data:
        line, _, data = data.partition(b"\r\n")
        size = int(line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out += data[:size]
        data = data[size + 2 :]
    return out


def _reset(conn: socket.socket) -> None:
    """Close with an RST instead of a FIN."""
    try:
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    _close(conn)


def _close(conn: socket.socket) -> None:
    try:
        conn.close()
    except OSError:
        pass


# -- addresses that fail before any HTTP ---------------------------------------------------
class RefusedPort:
    """A loopback port that refuses connections: bound (so nobody else takes it) but not
    listening, so the kernel answers every SYN with an RST."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._sock.close()

    def __enter__(self) -> RefusedPort:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Blackhole:
    """A loopback port where connect() times out: a listener with a full accept queue.

    ``listen(0)`` leaves room for one pending connection; we fill it (and anything the
    kernel adds) with connections nobody accepts, after which Linux drops further SYNs,
    so a client's connect hangs until its own timeout, exactly like an unreachable host.
    """

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port = self._listener.getsockname()[1]
        self._fillers: list[socket.socket] = []
        for _ in range(16):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.settimeout(0.3)
            try:
                s.connect(("127.0.0.1", self.port))
            except OSError:
                s.close()
                break
            self._fillers.append(s)
        else:
            self.close()
            raise RuntimeError("could not fill the accept queue of a loopback listener")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        for s in self._fillers:
            _close(s)
        _close(self._listener)

    def __enter__(self) -> Blackhole:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
