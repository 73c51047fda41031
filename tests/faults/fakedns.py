"""DNS faults without leaving loopback: a tiny DNS server on 127.x.y.z:53 of our own, and a
private mount namespace whose /etc/resolv.conf names it.

    with FakeDNS("nxdomain") as dns:
        subprocess.run(dns.wrap(["slurm-proxy", "ping"]), ...)

Modes: ``nxdomain`` (the name does not exist), ``servfail`` (the resolver fails),
``silent`` (queries are read, never answered: glibc waits 5 s x 2 attempts), ``down``
(nothing listens: the kernel refuses the UDP datagram), ``a:<ipv4>`` (every A query gets
that address, AAAA gets no data).  Only the wrapped command sees this resolver; the
rest of the machine keeps its own.  Needs root (unshare --mount, port 53).  Bounded:
the server thread stops with the context or after ``lifetime`` seconds.
"""

from __future__ import annotations

import ipaddress
import random
import shutil
import socket
import struct
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional


def usable() -> Optional[str]:
    """None when the namespace trick can work here, else why not."""
    import os

    if os.geteuid() != 0:
        return "needs root (unshare --mount, a DNS server on port 53)"
    if not shutil.which("unshare") or not shutil.which("mount"):
        return "needs unshare(1) and mount(8) (util-linux)"
    return None


class FakeDNS:
    def __init__(self, mode: str, *, lifetime: float = 120.0) -> None:
        self.mode = mode
        self.lifetime = lifetime
        self.queries = 0
        self._stop = threading.Event()
        self._sock: Optional[socket.socket] = None
        self._thread: Optional[threading.Thread] = None
        self._dir = tempfile.mkdtemp(prefix="sp-fakedns-")
        self.address = self._bind()
        self.resolv_conf = Path(self._dir, "resolv.conf")
        self.resolv_conf.write_text(f"nameserver {self.address}\n")

    def _bind(self) -> str:
        for _ in range(50):
            addr = f"127.{random.randint(1, 254)}.{random.randint(0, 255)}.{random.randint(1, 254)}"
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                sock.bind((addr, 53))
            except OSError:
                sock.close()
                continue
            if self.mode == "down":
                sock.close()  # keep nothing: datagrams to it are refused
            else:
                sock.settimeout(0.2)
                self._sock = sock
            return addr
        raise RuntimeError("no free loopback address for a DNS server")

    def start(self) -> FakeDNS:
        if self._sock is not None:
            self._thread = threading.Thread(target=self._serve, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
        if self._sock is not None:
            self._sock.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> FakeDNS:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wrap(self, argv: list[str]) -> list[str]:
        """``argv`` run in a private mount namespace that sees our resolv.conf."""
        script = 'mount --bind "$0" /etc/resolv.conf && exec "$@"'
        return [
            "unshare",
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            script,
            str(self.resolv_conf),
            *argv,
        ]

    def _serve(self) -> None:
        assert self._sock is not None
        deadline = time.monotonic() + self.lifetime
        while not self._stop.is_set() and time.monotonic() < deadline:
            try:
                query, peer = self._sock.recvfrom(4096)
            except socket.timeout:
                continue
            except OSError:
                return
            self.queries += 1
            answer = self._answer(query)
            if answer is not None:
                try:
                    self._sock.sendto(answer, peer)
                except OSError:
                    pass

    def _answer(self, query: bytes) -> Optional[bytes]:
        if self.mode == "silent" or len(query) < 12:
            return None
        qid, flags = struct.unpack("!HH", query[:4])
        end = 12
        while end < len(query) and query[end] != 0:
            end += query[end] + 1
        question = query[12 : end + 5]  # name, type, class
        qtype = struct.unpack("!H", query[end + 1 : end + 3])[0] if end + 3 <= len(query) else 0
        rcode = {"nxdomain": 3, "servfail": 2}.get(self.mode, 0)
        answers = b""
        count = 0
        if self.mode.startswith("a:") and qtype == 1:
            ip = ipaddress.IPv4Address(self.mode[2:]).packed
            answers = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 5, 4) + ip
            count = 1
        reply_flags = 0x8000 | (flags & 0x0100) | 0x0080 | rcode  # QR, RD copied, RA
        return struct.pack("!HHHHHH", qid, reply_flags, 1, count, 0, 0) + question + answers
