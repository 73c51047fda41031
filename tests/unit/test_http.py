"""The transport's retry rules, against a real HTTP server on loopback.

The server here stands in for whatever sits between us and slurmrestd (a proxy that
answers 503, a peer that hangs up); the live and fault tiers use real slurmrestd.
"""

from __future__ import annotations

import json
import os
import socket
import socketserver
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from slurm_proxy.errors import SlurmError
from slurm_proxy.http import Transport, is_loopback

HITS: Counter[str] = Counter()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _answer(
        self,
        status: int,
        body: bytes,
        ctype: str = "application/json",
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        key = f"{self.command} {self.path.split('?')[0]}"
        HITS[key] += 1
        path = self.path
        if path.startswith("/flaky503"):
            if HITS[key] <= 2:
                self._answer(503, b"busy", "text/plain", {"Retry-After": "0"})
            else:
                self._answer(200, b'{"ok": true}')
        elif path.startswith("/always503"):
            self._answer(503, b"busy", "text/plain")
        elif path.startswith("/drop"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path.startswith("/slow"):
            time.sleep(1.5)
            self._answer(200, b"{}")
        elif path.startswith("/badjson"):
            self._answer(200, b'{"jobs": [')
        elif path.startswith("/echo"):
            self._answer(
                200,
                json.dumps(
                    {
                        "path": path,
                        "body": body.decode(),
                        "user": self.headers.get("X-SLURM-USER-NAME"),
                        "ctype": self.headers.get("Content-Type"),
                    }
                ).encode(),
            )
        else:
            self._answer(404, b"Unable find requested URL.", "text/plain")

    do_GET = do_POST = do_DELETE = _handle


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()


def transport(url: str, **kw: object) -> Transport:
    opts: dict = {"headers": {"X-SLURM-USER-NAME": "u"}, "retries": 3, "read_timeout": 5.0}
    opts.update(kw)
    return Transport(url, **opts)


def test_get_retries_503_honouring_retry_after(server: str) -> None:
    HITS.clear()
    r = transport(server).send("GET", "/flaky503")
    assert r.status == 200 and r.json() == {"ok": True} and HITS["GET /flaky503"] == 3


def test_post_is_never_resent_after_an_answer(server: str) -> None:
    HITS.clear()
    r = transport(server).send("POST", "/always503", json_body={"job": {}})
    assert r.status == 503 and HITS["POST /always503"] == 1


def test_dropped_connection_retried_for_get_not_for_post(server: str) -> None:
    HITS.clear()
    with pytest.raises(SlurmError) as info:
        transport(server, retries=2).send("GET", "/drop")
    assert HITS["GET /drop"] == 3 and info.value.sent
    with pytest.raises(SlurmError) as info:
        transport(server, retries=2).send("POST", "/drop", json_body={})
    assert HITS["POST /drop"] == 1 and info.value.sent and info.value.kind == "connect"


def test_read_timeout_is_bounded_and_not_retried_for_post(server: str) -> None:
    HITS.clear()
    started = time.monotonic()
    with pytest.raises(SlurmError) as info:
        transport(server, read_timeout=0.3).send("POST", "/slow", json_body={})
    assert info.value.kind == "timeout" and info.value.sent
    assert time.monotonic() - started < 1.4 and HITS["POST /slow"] == 1


def test_refused_connection_is_a_clean_error() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(SlurmError) as info:
        transport(f"http://127.0.0.1:{port}", retries=1).send("POST", "/x", json_body={})
    assert info.value.kind == "connect" and not info.value.sent
    assert f"Unable to contact slurmrestd at http://127.0.0.1:{port}" in info.value.text


def test_malformed_json_is_a_protocol_error(server: str) -> None:
    with pytest.raises(SlurmError, match="malformed JSON"):
        transport(server).send("GET", "/badjson").json()


def test_query_encoding_and_json_body(server: str) -> None:
    r = transport(server).send(
        "POST",
        "/echo",
        params={"start_time": "2026-01-02T10:00:00", "users": ["a", "b"], "x": None},
        json_body={"k": "v"},
    )
    got = r.json()
    # 22.05's slurmdb rejects a raw ':' in a query value: it must be percent-encoded
    assert got["path"] == "/echo?start_time=2026-01-02T10%3A00%3A00&users=a,b"
    assert json.loads(got["body"]) == {"k": "v"} and got["ctype"] == "application/json"
    assert got["user"] == "u"


def test_unix_socket(tmp_path: object) -> None:
    path = os.path.join(str(tmp_path), "rest.sock")

    class UnixServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
        daemon_threads = True

    class UnixHandler(Handler):
        def address_string(self) -> str:
            return "unix"

    srv = UnixServer(path, UnixHandler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        got = transport(f"unix://{path}").send("GET", "/echo").json()
        assert got["path"] == "/echo"
    finally:
        srv.shutdown()


def test_plain_http_only_to_loopback() -> None:
    assert is_loopback("127.0.0.2") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("10.0.0.1") and not is_loopback("slurm.example.org")
    with pytest.raises(SlurmError, match="refusing plain http://"):
        transport("http://slurm.example.org:6820")
    assert transport("http://slurm.example.org:6820", allow_insecure_http=True).host
