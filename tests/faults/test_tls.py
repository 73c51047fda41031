"""TLS verification against a real TLS terminator (stunnel4) in front of a live slurmrestd.

Certificates are generated with openssl at test time (tests/faults/tls.py): a CA and a
server certificate for 127.0.0.1/localhost, a self-signed one, a CA-signed one for the
wrong host name and an expired CA-signed one.  Verification succeeds with ``ca_bundle``
(SLURM_PROXY_CA_BUNDLE) and fails with one line, exit 1, no traceback otherwise; a
certificate failure is not retried.  Plain ``http://`` to a host name that is not
literally loopback is refused unless ``allow_insecure_http``.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import assert_clean_failure, run_cmd, unavailable
from tests.faults.faultproxy import FaultProxy
from tests.faults.tls import Certs, Stunnel, have_tools, make_certs
from tests.support.clusters import REPO, Cluster

from .test_transport_faults import COMMANDS

BOUND = 5.0


@pytest.fixture(scope="module")
def tls(upstream: Cluster) -> Iterator[tuple[Certs, Stunnel]]:
    missing = have_tools()
    if missing and os.geteuid() == 0:
        subprocess.run([str(REPO / "scripts" / "test-deps.sh")], check=False, timeout=600)
        missing = have_tools()
    if missing:
        unavailable(f"missing {missing}: run scripts/test-deps.sh as root")
    port = int(upstream.url.rsplit(":", 1)[1])
    with tempfile.TemporaryDirectory(prefix="sp-tls-") as tmp:
        certs = make_certs(Path(tmp))
        with Stunnel(certs, upstream_port=port, workdir=Path(tmp)) as tun:
            yield certs, tun


@pytest.fixture
def cache() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="sp-tls-cache-") as d:
        yield d


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
@pytest.mark.parametrize("prog, argv", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_verified_with_ca_bundle(
    host: str,
    prog: str,
    argv: list[str],
    tls: tuple[Certs, Stunnel],
    upstream: Cluster,
    cache: str,
    fault_table: list[Any],
) -> None:
    certs, tun = tls
    run = run_cmd(
        tun.url("good", host),
        upstream.token,
        prog,
        argv,
        cache=cache,
        env={"SLURM_PROXY_CA_BUNDLE": str(certs.ca), "SLURM_PROXY_READ_TIMEOUT": "60"},
    )
    if prog == "slurm-proxy":
        fault_table.append(
            (f"TLS, CA-signed, ca_bundle set ({host})", prog, run.stdout, run.rc, run.seconds)
        )
    assert run.rc == 0 and "Traceback" not in run.stderr, run.result
    if prog == "slurm-proxy":
        assert f"slurmrestd https://{host}:" in run.stdout and "Slurm 24.11" in run.stdout


def test_self_signed_trusted_explicitly(
    tls: tuple[Certs, Stunnel], upstream: Cluster, cache: str
) -> None:
    certs, tun = tls
    run = run_cmd(
        tun.url("selfsigned"),
        upstream.token,
        "slurm-proxy",
        ["ping"],
        cache=cache,
        env={"SLURM_PROXY_CA_BUNDLE": str(certs.selfsigned.cert)},
    )
    assert run.rc == 0, run.result


# (service, ca_bundle: "ca" | "none", expected message)
FAILURES = {
    "CA-signed, no ca_bundle (system CAs)": (
        "good",
        "none",
        r"TLS certificate of https://127\.0\.0\.1:\d+ not trusted: "
        r"unable to get local issuer certificate",
    ),
    "self-signed, no ca_bundle": (
        "selfsigned",
        "none",
        r"TLS certificate of https://127\.0\.0\.1:\d+ not trusted: "
        r"self[- ]signed certificate",
    ),
    "self-signed, ca_bundle of another CA": (
        "selfsigned",
        "ca",
        r"TLS certificate of https://127\.0\.0\.1:\d+ not trusted: "
        r"self[- ]signed certificate",
    ),
    "wrong host name, ca_bundle set": (
        "wronghost",
        "ca",
        r"TLS certificate of https://127\.0\.0\.1:\d+ not trusted: "
        r"IP address mismatch, certificate is not valid for '127\.0\.0\.1'",
    ),
    "expired, ca_bundle set": (
        "expired",
        "ca",
        r"TLS certificate of https://127\.0\.0\.1:\d+ not trusted: "
        r"certificate has expired",
    ),
}


@pytest.mark.parametrize("prog, argv", COMMANDS, ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize("fault", list(FAILURES))
def test_verification_fails_cleanly(
    fault: str,
    prog: str,
    argv: list[str],
    tls: tuple[Certs, Stunnel],
    upstream: Cluster,
    cache: str,
    fault_table: list[Any],
) -> None:
    certs, tun = tls
    service, bundle, expected = FAILURES[fault]
    env = {"SLURM_PROXY_CA_BUNDLE": str(certs.ca)} if bundle == "ca" else {}
    run = run_cmd(tun.url(service), upstream.token, prog, argv, cache=cache, env=env)
    fault_table.append((f"TLS: {fault}", prog, run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, prog, max_seconds=BOUND, contains=expected)


def test_wrong_host_name_by_dns_name(
    tls: tuple[Certs, Stunnel], upstream: Cluster, cache: str
) -> None:
    certs, tun = tls
    run = run_cmd(
        tun.url("wronghost", "localhost"),
        upstream.token,
        "slurm-proxy",
        ["ping"],
        cache=cache,
        env={"SLURM_PROXY_CA_BUNDLE": str(certs.ca)},
    )
    assert_clean_failure(
        run,
        "slurm-proxy",
        max_seconds=BOUND,
        contains=r"Hostname mismatch, certificate is not valid for "
        r"'localhost'",
    )


def test_certificate_failure_is_not_retried(
    tls: tuple[Certs, Stunnel], upstream: Cluster, cache: str
) -> None:
    """One handshake, not 1 + retries: a bad certificate does not get better."""
    certs, tun = tls
    run = run_cmd(
        tun.url("expired"),
        upstream.token,
        "slurm-proxy",
        ["--debug", "ping"],
        cache=cache,
        env={"SLURM_PROXY_CA_BUNDLE": str(certs.ca), "SLURM_PROXY_RETRIES": "3"},
    )
    attempts = [ln for ln in run.stderr.splitlines() if "-> no answer" in ln]
    assert run.rc == 1 and len(attempts) == 1, run.result


PROTOCOL = {
    "https:// to a plain HTTP port": (
        "https",
        r"TLS handshake with https://127\.0\.0\.1:\d+ failed: the server does not "
        r"speak TLS \(is this an http:// address\?\)",
    ),
    "http:// to a TLS port": (
        "http",
        r"connection to slurmrestd at http://127\.0\.0\.1:\d+ failed: ",
    ),
}


@pytest.mark.parametrize("fault", list(PROTOCOL))
def test_protocol_mismatch(
    fault: str, tls: tuple[Certs, Stunnel], upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    certs, tun = tls
    scheme, expected = PROTOCOL[fault]
    if scheme == "https":
        url = upstream.url.replace("http://", "https://")
    else:
        url = tun.url("good").replace("https://", "http://")
    run = run_cmd(
        url,
        upstream.token,
        "slurm-proxy",
        ["ping"],
        cache=cache,
        env={"SLURM_PROXY_CA_BUNDLE": str(certs.ca)},
    )
    fault_table.append((f"TLS: {fault}", "slurm-proxy", run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, "slurm-proxy", max_seconds=BOUND + 3, contains=expected)


@pytest.mark.parametrize("content", [None, b"not a certificate\n"], ids=["missing", "garbage"])
def test_unusable_ca_bundle(
    content: Any,
    tls: tuple[Certs, Stunnel],
    upstream: Cluster,
    cache: str,
    tmp_path: Path,
    fault_table: list[Any],
) -> None:
    certs, tun = tls
    bundle = tmp_path / "bundle.pem"
    if content is not None:
        bundle.write_bytes(content)
    run = run_cmd(
        tun.url("good"),
        upstream.token,
        "slurm-proxy",
        ["ping"],
        cache=cache,
        env={"SLURM_PROXY_CA_BUNDLE": str(bundle)},
    )
    fault_table.append(
        (
            f"TLS: ca_bundle {'missing' if content is None else 'not PEM'}",
            "slurm-proxy",
            run.stderr,
            run.rc,
            run.seconds,
        )
    )
    assert_clean_failure(
        run,
        "slurm-proxy",
        max_seconds=BOUND,
        contains=rf"cannot load CA bundle {re.escape(str(bundle))}: ",
    )


# -- plain http:// to a host that is not loopback ---------------------------------------------
def test_plain_http_to_non_loopback_refused(
    fp: FaultProxy, upstream: Cluster, cache: str, fault_table: list[Any]
) -> None:
    """``slurmrestd.example`` resolves to 127.0.0.1 through our own DNS server (seen by
    this command only): not a loopback *name*, so plain http:// is refused before any
    lookup or connection, and allowed with allow_insecure_http."""
    from tests.faults.conftest import Run
    from tests.faults.fakedns import FakeDNS, usable
    from tests.faults.test_transport_faults import _console
    from tests.support.diff import Result

    why = usable()
    if why:
        unavailable(why)
    url = f"http://slurmrestd.example:{fp.port}"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "SLURM_JWT": upstream.token,
        "SLURM_USER_NAME": "slurmtest",
        "SLURM_PROXY_CACHE_DIR": cache,
        "SLURM_PROXY_CONFIG": "/dev/null",
        "SLURM_PROXY_SYSTEM_CONFIG": "/dev/null",
        "SLURMRESTD_URL": url,
    }
    with FakeDNS("a:127.0.0.1") as dns:
        started = time.monotonic()
        refused = subprocess.run(
            dns.wrap([*_console("slurm-proxy"), "ping"]),
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        elapsed = time.monotonic() - started
        assert dns.queries == 0 and fp.count() == 0, "nothing may be looked up or sent"
        allowed = subprocess.run(
            dns.wrap([*_console("slurm-proxy"), "ping"]),
            env={**env, "SLURM_PROXY_ALLOW_INSECURE_HTTP": "1"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    fault_table.append(
        (
            "plain http:// to a non-loopback host",
            "slurm-proxy",
            refused.stderr,
            refused.returncode,
            elapsed,
        )
    )
    run = Run(Result(refused.stdout, refused.stderr, refused.returncode), elapsed)
    assert_clean_failure(
        run,
        "slurm-proxy",
        max_seconds=BOUND,
        contains=r"refusing plain http:// to slurmrestd\.example: the token "
        r"would travel in clear",
    )
    assert allowed.returncode == 0 and f"slurmrestd {url}:" in allowed.stdout, allowed
    assert fp.count("GET") >= 1
