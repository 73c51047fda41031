"""Client-side faults between the proxy and a live slurmrestd (Slurm 24.11).

Each fault is injected by tests/faults/faultproxy.py (or is an address that fails before
any HTTP: refused port, unresolvable name, full accept queue).  For every fault and every
command available (``slurm-proxy ping``, ``squeue``, ``sinfo``, ``sacct``), the proxy must
print ONE Slurm-style line on stderr, exit 1, print no traceback and finish within a
bound derived from the configured timeouts (conftest.FAST_ENV).  The retry rules are
checked by counting requests at the fault proxy: GET is retried on connection errors and
502/503/504 (honouring Retry-After), POST and DELETE are never resent once they may have
reached the server.
"""

from __future__ import annotations

import importlib
import io
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Optional, Union

import pytest

from slurm_proxy.cli import Invocation
from slurm_proxy.errors import SlurmError
from slurm_proxy.session import Session
from tests.faults.conftest import (
    CONNECT_TIMEOUT,
    FAST_ENV,
    READ_TIMEOUT,
    RETRIES,
    assert_clean_failure,
    run_cmd,
)
from tests.faults.faultproxy import Blackhole, FaultProxy, RefusedPort
from tests.support.clusters import Cluster

# the commands under test, with argv; a command not written yet is left out
_COMMANDS: list[tuple[str, list[str]]] = [
    ("slurm-proxy", ["ping"]),
    ("squeue", []),
    ("sinfo", []),
    # one job id: the answer's size (and slurmrestd's time) must not grow with the
    # cluster's history, or the 2 s read timeout below trips before the fault does
    ("sacct", ["-j", "1"]),
]


def _available(prog: str) -> bool:
    if prog == "slurm-proxy":
        return True
    try:
        return hasattr(importlib.import_module(f"slurm_proxy.{prog}"), "run")
    except ImportError:
        return False


COMMANDS = [c for c in _COMMANDS if _available(c[0])]
CMD_IDS = [c[0] for c in COMMANDS]

HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
HTML_200 = b"<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>\n"

# Bounds: (1 + RETRIES) attempts with backoff at most 0.25 + 0.5 s in between, plus slack
# for a loaded CI machine and for answers that are megabytes long (sacct's default window
# on a cluster that has run thousands of test jobs): these prove the time is bounded,
# they are not speed claims (those live in make bench).
RETRY_SLACK = 8.0
BOUND_QUICK = 4.0
BOUND_RETRIED = 1.0 + RETRY_SLACK
BOUND_CONNECT_TIMEOUT = (1 + RETRIES) * CONNECT_TIMEOUT + 0.75 + RETRY_SLACK
BOUND_READ_TIMEOUT = READ_TIMEOUT + RETRY_SLACK

# fault id -> (FaultProxy.set arguments, expected text (regex), time bound,
#              GET requests the proxy must see for `slurm-proxy ping`)
FAULTS: dict[str, tuple[dict[str, Any], str, float, int]] = {
    "reset before request": (
        {"mode": "reset_before"},
        r"connection to slurmrestd at http://127\.0\.0\.1:\d+ failed: "
        r"(Connection reset by peer|Remote end closed connection without response|Broken pipe)",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "reset after forwarding": (
        {"mode": "reset_after"},
        r"connection to slurmrestd at http://127\.0\.0\.1:\d+ failed: "
        r"(Connection reset by peer|Remote end closed connection without response)",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "read timeout": (
        {"mode": "hang", "hold": 30.0},
        rf"slurmrestd at http://127\.0\.0\.1:\d+ did not answer within {READ_TIMEOUT:g}s",
        BOUND_READ_TIMEOUT,
        1,
    ),
    "truncated body": (
        {"mode": "truncate"},
        r"slurmrestd at http://127\.0\.0\.1:\d+ closed the connection mid-answer "
        r"\(\d+ bytes received\)",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "malformed JSON": (
        {"mode": "malformed"},
        r"slurmrestd sent malformed JSON \(HTTP 200, \d+ bytes\)",
        BOUND_QUICK,
        1,
    ),
    "HTML instead of JSON (200)": (
        {"mode": "body", "status": 200, "ctype": "text/html", "body": HTML_200},
        r"slurmrestd answered HTTP 200 with text/html instead of JSON",
        BOUND_QUICK,
        1,
    ),
    "text instead of JSON (200)": (
        {"mode": "body", "status": 200, "ctype": "text/plain", "body": b"OK\n"},
        r"slurmrestd answered HTTP 200 with text/plain instead of JSON",
        BOUND_QUICK,
        1,
    ),
    "not HTTP at all": (
        {"mode": "garbage"},
        r"connection to slurmrestd at http://127\.0\.0\.1:\d+ failed: ",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 500 JSON": (
        {"mode": "status", "status": 500},
        r": Failed while looking for jobs$",
        BOUND_QUICK,
        1,
    ),
    "HTTP 500 HTML": (
        {
            "mode": "body",
            "status": 500,
            "ctype": "text/html",
            "body": b"<html><body>Internal Server Error</body></html>",
        },
        r"slurmrestd answered HTTP 500 without a usable body",
        BOUND_QUICK,
        1,
    ),
    "HTTP 502 JSON (slurmctld unreachable)": (
        {"mode": "status", "status": 502},
        r"Unable to contact slurm controller \(connect failure\)",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 502 HTML (reverse proxy)": (
        {"mode": "body", "status": 502, "ctype": "text/html", "body": HTML_502},
        r"slurmrestd answered HTTP 502 without a usable body",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 503 text, no Retry-After": (
        {"mode": "body", "status": 503, "ctype": "text/plain", "body": b"Service Unavailable\n"},
        r"slurmrestd answered HTTP 503: Service Unavailable",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 503 text, Retry-After: 1": (
        {
            "mode": "body",
            "status": 503,
            "ctype": "text/plain",
            "body": b"Service Unavailable\n",
            "retry_after": "1",
        },
        r"slurmrestd answered HTTP 503: Service Unavailable",
        RETRIES * 1.0 + BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 503 empty, Retry-After: HTTP date": (
        {
            "mode": "body",
            "status": 503,
            "ctype": "text/plain",
            "body": b"",
            "retry_after": "Wed, 21 Oct 2015 07:28:00 GMT",
        },
        r"slurmrestd answered HTTP 503 without a usable body",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 504 JSON, Retry-After: 0": (
        {"mode": "status", "status": 504, "retry_after": "0"},
        r"slurmrestd answered HTTP 504$",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 504 HTML": (
        {
            "mode": "body",
            "status": 504,
            "ctype": "text/html",
            "body": b"<html><body><h1>504 Gateway Time-out</h1></body></html>",
        },
        r"slurmrestd answered HTTP 504 without a usable body",
        BOUND_RETRIED,
        1 + RETRIES,
    ),
    "HTTP 401 text": (
        {"mode": "status", "status": 401},
        r"Authentication failure: slurmrestd rejected the request \(check the token\)",
        BOUND_QUICK,
        1,
    ),
    "HTTP 511 JSON 1007": (
        {"mode": "status", "status": 511},
        r"Protocol authentication error",
        BOUND_QUICK,
        1,
    ),
}


@pytest.mark.parametrize("prog, argv", COMMANDS, ids=CMD_IDS)
@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault(
    fault: str,
    prog: str,
    argv: list[str],
    fp: FaultProxy,
    warm_cache: str,
    upstream: Cluster,
    fault_table: list[Any],
) -> None:
    setup, expected, bound, _ = FAULTS[fault]
    fp.set(**setup)
    run = run_cmd(fp.url, upstream.token, prog, argv, cache=warm_cache)
    fault_table.append((fault, prog, run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, prog, max_seconds=bound, contains=expected)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_fault_get_request_count(
    fault: str, fp: FaultProxy, warm_cache: str, upstream: Cluster
) -> None:
    """GET: retried on connection errors and 502/503/504 only, 1 + retries times."""
    setup, _, _, want = FAULTS[fault]
    fp.set(**setup)
    run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=warm_cache)
    assert run.rc == 1
    assert fp.count("GET") == want, [(h.method, h.path) for h in fp.hits]


def test_retry_after_is_honoured(fp: FaultProxy, warm_cache: str, upstream: Cluster) -> None:
    fp.set("body", status=503, ctype="text/plain", body=b"busy\n", retry_after="1")
    run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=warm_cache)
    assert run.rc == 1
    times = [h.at for h in fp.hits]
    assert len(times) == 1 + RETRIES
    gaps = [b - a for a, b in zip(times, times[1:])]
    assert all(g >= 0.95 for g in gaps), gaps


def test_retry_after_beyond_budget_gives_up_at_once(
    fp: FaultProxy, warm_cache: str, upstream: Cluster
) -> None:
    """A server that asks for more time than the retry budget (30 s) is not waited for."""
    fp.set("body", status=503, ctype="text/plain", body=b"maintenance\n", retry_after="3600")
    run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=warm_cache)
    assert_clean_failure(
        run,
        "slurm-proxy",
        max_seconds=BOUND_QUICK,
        contains=r"slurmrestd answered HTTP 503: maintenance",
    )
    assert fp.count("GET") == 1


@pytest.mark.parametrize("status", [502, 503, 504])
def test_get_recovers_after_transient_status(
    status: int, fp: FaultProxy, warm_cache: str, upstream: Cluster
) -> None:
    fp.set("body", status=status, ctype="text/plain", body=b"busy\n", times=1)
    run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=warm_cache)
    assert run.rc == 0 and run.stderr == "", run.result
    assert "API v0.0.42, Slurm 24.11" in run.stdout
    assert fp.count("GET") == 2


@pytest.mark.parametrize("mode", ["reset_before", "reset_after", "truncate"])
def test_get_recovers_after_transient_connection_fault(
    mode: str, fp: FaultProxy, warm_cache: str, upstream: Cluster
) -> None:
    fp.set(mode, times=1)
    run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=warm_cache)
    assert run.rc == 0 and run.stderr == "", run.result


def test_pass_through(
    fp: FaultProxy, warm_cache: str, upstream: Cluster, fault_table: list[Any]
) -> None:
    for prog, argv in COMMANDS:
        fp.set("pass")
        # a loaded shared cluster can take seconds for /jobs: the fast timeouts are for faults
        run = run_cmd(
            fp.url,
            upstream.token,
            prog,
            argv,
            cache=warm_cache,
            env={"SLURM_PROXY_READ_TIMEOUT": "60"},
        )
        fault_table.append(
            (
                "pass-through",
                prog,
                run.stdout.splitlines()[0] if run.stdout else run.stderr,
                run.rc,
                run.seconds,
            )
        )
        assert run.rc == 0 and "Traceback" not in run.stderr, run.result
        assert fp.count() >= 1 and all(h.forwarded for h in fp.hits)


# -- POST and DELETE: never resent once they may have reached the server ---------------------
def _session(url: str, token: str, cache: str) -> Session:
    env = {
        **FAST_ENV,
        "SLURMRESTD_URL": url,
        "SLURM_JWT": token,
        "SLURM_USER_NAME": "slurmtest",
        "SLURM_PROXY_CACHE_DIR": cache,
        "SLURM_PROXY_CONFIG": "/dev/null",
        "SLURM_PROXY_SYSTEM_CONFIG": "/dev/null",
    }
    inv = Invocation(
        prog="faults",
        argv=[],
        env=env,
        cwd="/tmp",
        stdin=io.BytesIO(),
        out=io.StringIO(),
        err=io.StringIO(),
    )
    return Session.open(inv)


def _attempt(
    sess: Session, method: str, path: str, body: Optional[dict[str, Any]]
) -> Union[dict[str, Any], SlurmError]:
    try:
        return sess.request(method, path, json=body)
    except SlurmError as exc:
        return exc


# Harmless writes: an update and a cancel of a job id that does not exist (24.11: 404 2017
# and 200 with errors[]), so a duplicate would do no damage, yet each is a real write path.
WRITES = [
    ("POST", "/slurm/{v}/job/999999", {"comment": "fault test"}),
    ("DELETE", "/slurm/{v}/job/999999", None),
]
WRITE_FAULTS: dict[str, dict[str, Any]] = {
    "reset before request": {"mode": "reset_before"},
    "reset after forwarding": {"mode": "reset_after"},
    "read timeout": {"mode": "hang", "hold": 30.0},
    "truncated body": {"mode": "truncate"},
    "not HTTP at all": {"mode": "garbage"},
    "HTTP 502": {"mode": "status", "status": 502},
    "HTTP 503 Retry-After: 0": {
        "mode": "body",
        "status": 503,
        "ctype": "text/plain",
        "body": b"busy\n",
        "retry_after": "0",
    },
    "HTTP 504": {"mode": "status", "status": 504},
}


@pytest.mark.parametrize("method, path, body", WRITES, ids=[w[0] for w in WRITES])
@pytest.mark.parametrize("fault", list(WRITE_FAULTS))
def test_write_never_resent(
    fault: str,
    method: str,
    path: str,
    body: Optional[dict[str, Any]],
    fp: FaultProxy,
    warm_cache: str,
    upstream: Cluster,
) -> None:
    sess = _session(fp.url, upstream.token, warm_cache)
    sess.api  # noqa: B018 - negotiated (from the warm cache) before the fault
    setup = WRITE_FAULTS[fault]
    fp.set(**setup)
    started = time.monotonic()
    outcome = _attempt(sess, method, path, body)
    elapsed = time.monotonic() - started
    sess.close()
    assert isinstance(outcome, SlurmError), outcome
    assert outcome.sent is True
    assert elapsed < BOUND_READ_TIMEOUT
    assert fp.count(method) == 1, [(h.method, h.path) for h in fp.hits]
    assert fp.count(method, forwarded=True) <= 1


def test_write_retried_when_never_sent(upstream: Cluster, warm_cache: str) -> None:
    """A refused connection means nothing left this host: a POST may be retried then, and
    still fails cleanly when the server never comes."""
    with RefusedPort() as port:
        sess = _session(port.url, upstream.token, warm_cache)
        sess._info = _info(port.url)  # no negotiation: the port never answers
        started = time.monotonic()
        outcome = _attempt(sess, "POST", "/slurm/{v}/job/999999", {"comment": "x"})
        elapsed = time.monotonic() - started
    assert isinstance(outcome, SlurmError) and outcome.kind == "connect"
    assert outcome.sent is False
    assert "Connection refused" in outcome.text
    assert elapsed < BOUND_RETRIED


def _info(url: str) -> Any:
    from slurm_proxy.negotiate import ServerInfo

    return ServerInfo(
        url=url, api="v0.0.42", release="24.11.5", accounting=True, checked=time.time()
    )


# -- faults before any HTTP --------------------------------------------------------------------
ADDRESS_FAULTS = ["connection refused", "invalid host name", "connect timeout"]


def _address_case(fault: str, upstream: Cluster) -> tuple[Any, str, dict[str, str], str, float]:
    """(context manager holding the address, URL, extra env, expected regex, bound)"""
    if fault == "connection refused":
        port = RefusedPort()
        return (
            port,
            port.url,
            {},
            rf"Unable to contact slurmrestd at {re.escape(port.url)}: Connection refused",
            BOUND_RETRIED,
        )
    if fault == "invalid host name":  # refused by the IDNA codec: no DNS query is sent
        url = "https://slurm..example:7820"
        return (
            _Null(),
            url,
            {},
            r"Unable to contact slurmrestd at https://slurm\.\.example:7820: invalid host "
            r"name slurm\.\.example \(label empty or too long\)",
            BOUND_QUICK,
        )
    hole = Blackhole()
    return (
        hole,
        hole.url,
        {},
        rf"Unable to contact slurmrestd at {re.escape(hole.url)}: connection timed out "
        rf"after {CONNECT_TIMEOUT:g}s",
        BOUND_CONNECT_TIMEOUT,
    )


class _Null:
    def __enter__(self) -> _Null:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


@pytest.mark.parametrize("prog, argv", COMMANDS, ids=CMD_IDS)
@pytest.mark.parametrize("fault", ADDRESS_FAULTS)
def test_address_fault(
    fault: str, prog: str, argv: list[str], upstream: Cluster, fault_table: list[Any]
) -> None:
    holder, url, env, expected, bound = _address_case(fault, upstream)
    with holder, tempfile.TemporaryDirectory() as cache:
        run = run_cmd(url, upstream.token, prog, argv, cache=cache, env=env)
    fault_table.append((fault, prog, run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, prog, max_seconds=bound, contains=expected)


# -- faults during version negotiation (cold cache) ------------------------------------------
COLD = {
    "HTTP 503 text during negotiation": (
        {"mode": "body", "status": 503, "ctype": "text/plain", "body": b"Service Unavailable\n"},
        r"slurmrestd answered HTTP 503: Service Unavailable",
    ),
    "HTTP 502 HTML during negotiation": (
        {"mode": "body", "status": 502, "ctype": "text/html", "body": HTML_502},
        r"slurmrestd answered HTTP 502 without a usable body",
    ),
    "HTTP 401 during negotiation": (
        {"mode": "status", "status": 401},
        r"Authentication failure: slurmrestd rejected the request",
    ),
    "read timeout during negotiation": (
        {"mode": "hang", "hold": 30.0},
        rf"did not answer within {READ_TIMEOUT:g}s",
    ),
    "reset during negotiation": (
        {"mode": "reset_after"},
        r"connection to slurmrestd at http://127\.0\.0\.1:\d+ failed: ",
    ),
    "malformed JSON during negotiation": ({"mode": "malformed"}, r"slurmrestd sent malformed JSON"),
    "HTTP 502 JSON during negotiation": (
        {"mode": "status", "status": 502},
        r"Unable to contact slurm controller \(connect failure\)",
    ),
}


@pytest.mark.parametrize(
    "setup, expected", [v if isinstance(v, tuple) else v for v in COLD.values()], ids=list(COLD)
)
def test_fault_during_negotiation(
    setup: dict[str, Any],
    expected: str,
    fp: FaultProxy,
    upstream: Cluster,
    fault_table: list[Any],
    request: pytest.FixtureRequest,
) -> None:
    fault = request.node.callspec.id
    fp.set(**setup)
    with tempfile.TemporaryDirectory() as cache:
        run = run_cmd(fp.url, upstream.token, "slurm-proxy", ["ping"], cache=cache)
        cache_file = Path(cache, "api-versions.json")
        cached = cache_file.read_text() if cache_file.exists() else ""
    fault_table.append((fault, "slurm-proxy", run.stderr, run.rc, run.seconds))
    assert_clean_failure(run, "slurm-proxy", max_seconds=BOUND_READ_TIMEOUT + 2, contains=expected)
    assert fp.url not in cached, "a failed negotiation must not be cached"


# -- the console scripts themselves (subprocess): same line, same exit code ------------------
def _console(prog: str) -> list[str]:
    script = Path(sys.executable).parent / prog
    if script.exists():
        return [str(script)]
    func = prog.replace("-", "_")
    return [sys.executable, "-c", f"from slurm_proxy.shim import {func}; {func}()"]


@pytest.mark.parametrize(
    "fault",
    [
        "connection refused",
        "connect timeout",
        "read timeout",
        "HTTP 503 text, no Retry-After",
        "HTTP 511 JSON 1007",
        "not HTTP at all",
    ],
)
def test_console_script(fault: str, fp: FaultProxy, warm_cache: str, upstream: Cluster) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "SLURM_JWT": upstream.token,
        "SLURM_USER_NAME": "slurmtest",
        "SLURM_PROXY_CACHE_DIR": warm_cache,
        "SLURM_PROXY_CONFIG": "/dev/null",
        "SLURM_PROXY_SYSTEM_CONFIG": "/dev/null",
        **FAST_ENV,
    }
    if fault in FAULTS:
        fp.set(**FAULTS[fault][0])
        holder: Any = _Null()
        url = fp.url
        bound = FAULTS[fault][2]
        expected = FAULTS[fault][1]
    else:
        holder, url, _, expected, bound = _address_case(fault, upstream)
    with holder:
        started = time.monotonic()
        proc = subprocess.run(
            [*_console("slurm-proxy"), "ping"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**env, "SLURMRESTD_URL": url},
        )
        elapsed = time.monotonic() - started
    assert proc.returncode == 1, proc
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("slurm-proxy: error: "), proc.stderr
    assert re.search(expected, lines[0]), lines[0]
    assert elapsed < bound + 2.0  # + interpreter start-up


# -- DNS faults: our own DNS server on loopback, seen only by the command under test -------------
DNS_FAULTS = {
    "DNS: name does not exist (NXDOMAIN)": (
        "nxdomain",
        r"cannot resolve host slurmrestd\.example \(Name or service not known\)",
        BOUND_RETRIED,
    ),
    "DNS: server failure (SERVFAIL)": (
        "servfail",
        r"cannot resolve host slurmrestd\.example \(Temporary failure in name "
        r"resolution\)",
        BOUND_RETRIED,
    ),
    "DNS: server down (port closed)": (
        "down",
        r"cannot resolve host slurmrestd\.example \(Temporary failure in name "
        r"resolution\)",
        BOUND_RETRIED,
    ),
    "DNS: server never answers": (
        "silent",
        rf"cannot resolve host slurmrestd\.example \(no answer from DNS within "
        rf"{CONNECT_TIMEOUT:g}s\)",
        BOUND_CONNECT_TIMEOUT,
    ),
}


def _dns_env(cache: str, token: str, port: int) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": "/tmp",
        "SLURM_JWT": token,
        "SLURM_USER_NAME": "slurmtest",
        "SLURM_PROXY_CACHE_DIR": cache,
        "SLURM_PROXY_CONFIG": "/dev/null",
        "SLURM_PROXY_SYSTEM_CONFIG": "/dev/null",
        "SLURMRESTD_URL": f"http://slurmrestd.example:{port}",
        "SLURM_PROXY_ALLOW_INSECURE_HTTP": "1",
        **FAST_ENV,
    }


@pytest.mark.parametrize("prog, argv", COMMANDS, ids=CMD_IDS)
@pytest.mark.parametrize("fault", list(DNS_FAULTS))
def test_dns_fault(
    fault: str, prog: str, argv: list[str], upstream: Cluster, fault_table: list[Any]
) -> None:
    from tests.faults.conftest import unavailable
    from tests.faults.fakedns import FakeDNS, usable

    why = usable()
    if why:
        unavailable(why)
    mode, expected, bound = DNS_FAULTS[fault]
    with FakeDNS(mode) as dns, tempfile.TemporaryDirectory() as cache:
        started = time.monotonic()
        proc = subprocess.run(
            dns.wrap([*_console(prog), *argv]),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=_dns_env(cache, upstream.token, 7820),
        )
        elapsed = time.monotonic() - started
    fault_table.append((fault, prog, proc.stderr, proc.returncode, elapsed))
    from tests.faults.conftest import Run
    from tests.support.diff import Result

    run = Run(Result(proc.stdout, proc.stderr, proc.returncode), elapsed)
    assert_clean_failure(
        run,
        prog,
        max_seconds=bound + 2.0,  # + interpreter start-up
        contains=r"Unable to contact slurmrestd at "
        r"http://slurmrestd\.example:7820: " + expected,
    )


def test_dns_name_resolved_by_our_server(
    fp: FaultProxy, upstream: Cluster, warm_cache: str
) -> None:
    """The bounded lookup path works end to end: a name, resolved by DNS, then HTTP."""
    from tests.faults.conftest import unavailable
    from tests.faults.fakedns import FakeDNS, usable

    why = usable()
    if why:
        unavailable(why)
    with FakeDNS("a:127.0.0.1") as dns, tempfile.TemporaryDirectory() as cache:
        proc = subprocess.run(
            dns.wrap([*_console("slurm-proxy"), "ping"]),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=_dns_env(cache, upstream.token, fp.port),
        )
        assert dns.queries >= 1
    assert proc.returncode == 0, proc
    assert proc.stdout.startswith(f"slurmrestd http://slurmrestd.example:{fp.port}: API ")
    assert fp.count("GET") >= 1
