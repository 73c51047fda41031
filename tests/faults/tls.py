"""TLS in front of a live slurmrestd: certificates made with openssl at test time, and
stunnel4 (Debian's package; scripts/test-deps.sh installs it) as the terminator.

    certs = make_certs(tmpdir)          # ca, good, selfsigned, wronghost, expired
    with Stunnel(certs, upstream_port=7820, workdir=tmpdir) as tun:
        tun.url("good")                 # https://127.0.0.1:<port>

Every certificate lives two days at most (the expired one ended in 2020), keys are fresh
RSA 2048 per run, and nothing is written outside the given directory.  The stunnel
process is ours: stopped by PID, and it exits by itself when this process dies (it runs
in the foreground as our child, with a bounded lifetime enforced by the caller).
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

LEAF_EXT = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = {san}
"""

CA_EXT = """\
[req]
distinguished_name = dn
x509_extensions = v3_ca
prompt = no
[dn]
CN = {cn}
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign, digitalSignature, keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
{extra}
"""

CA_CONF = """\
[ca]
default_ca = testca
[testca]
dir = {d}
database = {d}/index.txt
new_certs_dir = {d}/newcerts
serial = {d}/serial
certificate = {d}/ca.pem
private_key = {d}/ca.key
default_md = sha256
policy = policy_any
unique_subject = no
email_in_dn = no
[policy_any]
commonName = supplied
"""

GOOD_SAN = "DNS:localhost, IP:127.0.0.1"


@dataclass
class Pair:
    cert: Path
    key: Path


@dataclass
class Certs:
    ca: Path  # the CA certificate: the ca_bundle of the tests
    good: Pair  # CA-signed, localhost + 127.0.0.1, valid now
    selfsigned: Pair  # localhost + 127.0.0.1, signed by itself
    wronghost: Pair  # CA-signed, valid now, for wrong.example.org only
    expired: Pair  # CA-signed, localhost + 127.0.0.1, expired on 2020-02-01


def have_tools() -> Optional[str]:
    """None when openssl and stunnel are installed, else what is missing."""
    missing = [
        t
        for t in ("openssl", "stunnel4")
        if shutil.which(t) is None and not (t == "stunnel4" and shutil.which("stunnel"))
    ]
    return " ".join(missing) or None


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certs(d: Path) -> Certs:
    d.mkdir(parents=True, exist_ok=True)
    (d / "newcerts").mkdir(exist_ok=True)
    (d / "index.txt").write_text("")
    (d / "serial").write_text("1000\n")
    (d / "ca.cnf").write_text(CA_CONF.format(d=d))
    (d / "ca-req.cnf").write_text(CA_EXT.format(cn="slurm-proxy test CA", extra=""))
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-config",
        "ca-req.cnf",
        cwd=d,
    )
    # self-signed leaf (CA:TRUE as `req -x509` makes them; not trusted by anyone)
    (d / "ss-req.cnf").write_text(
        CA_EXT.format(cn="localhost", extra=f"subjectAltName = {GOOD_SAN}")
    )
    _openssl(
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "selfsigned.key",
        "-out",
        "selfsigned.pem",
        "-days",
        "2",
        "-config",
        "ss-req.cnf",
        cwd=d,
    )

    def leaf(name: str, san: str, *dates: str) -> Pair:
        (d / f"{name}.ext").write_text(LEAF_EXT.format(san=san))
        _openssl(
            "req",
            "-new",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            f"{name}.key",
            "-out",
            f"{name}.csr",
            "-subj",
            f"/CN={san.split(':')[1].split(',')[0]}",
            cwd=d,
        )
        _openssl(
            "ca",
            "-batch",
            "-notext",
            "-config",
            "ca.cnf",
            "-in",
            f"{name}.csr",
            "-out",
            f"{name}.pem",
            "-extfile",
            f"{name}.ext",
            *dates,
            cwd=d,
        )
        return Pair(d / f"{name}.pem", d / f"{name}.key")

    good = leaf("good", GOOD_SAN, "-days", "2")
    wrong = leaf("wronghost", "DNS:wrong.example.org", "-days", "2")
    expired = leaf(
        "expired", GOOD_SAN, "-startdate", "20200101000000Z", "-enddate", "20200201000000Z"
    )
    return Certs(
        ca=d / "ca.pem",
        good=good,
        selfsigned=Pair(d / "selfsigned.pem", d / "selfsigned.key"),
        wronghost=wrong,
        expired=expired,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Stunnel:
    """One stunnel4 process with a TLS service per certificate, all to ``upstream_port``."""

    SERVICES = ("good", "selfsigned", "wronghost", "expired")

    def __init__(self, certs: Certs, *, upstream_port: int, workdir: Path) -> None:
        self.certs = certs
        self.upstream_port = upstream_port
        self.workdir = workdir
        self.ports = {name: _free_port() for name in self.SERVICES}
        self.proc: Optional[subprocess.Popen[bytes]] = None

    def url(self, service: str, host: str = "127.0.0.1") -> str:
        return f"https://{host}:{self.ports[service]}"

    def start(self, timeout: float = 20.0) -> Stunnel:
        log = self.workdir / "stunnel.log"
        lines = ["foreground = yes", "pid =", f"output = {log}", "debug = 4", "syslog = no"]
        for name in self.SERVICES:
            pair: Pair = getattr(self.certs, name)
            lines += [
                f"[{name}]",
                f"accept = 127.0.0.1:{self.ports[name]}",
                f"connect = 127.0.0.1:{self.upstream_port}",
                f"cert = {pair.cert}",
                f"key = {pair.key}",
            ]
        conf = self.workdir / "stunnel.conf"
        conf.write_text("\n".join(lines) + "\n")
        binary = shutil.which("stunnel4") or shutil.which("stunnel") or "stunnel4"
        self.proc = subprocess.Popen(
            [binary, str(conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        pending = set(self.SERVICES)
        while pending and time.monotonic() < deadline and self.proc.poll() is None:
            for name in list(pending):
                try:
                    with socket.create_connection(("127.0.0.1", self.ports[name]), timeout=1):
                        pending.discard(name)
                except OSError:
                    pass
            time.sleep(0.05)
        if pending:
            text = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            self.stop()
            raise RuntimeError(f"stunnel did not start ({sorted(pending)} not listening):\n{text}")
        return self

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

    def __enter__(self) -> Stunnel:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
