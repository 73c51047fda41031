"""The token never leaks: not in output, files, logs, the test tree, or any process's argv.

1. A representative set of commands runs with SLURM_PROXY_DEBUG=1, against the live 24.11
   cluster and through injected failures, both in-process and as console scripts with a
   private HOME/XDG tree.  Every captured stdout/stderr, the negotiation cache, every
   file the proxy wrote under its HOME/XDG/agent directories and every file under tests/
   is scanned for JWT-shaped strings and for the token itself (and each of its parts).
2. With ``token_command``, the argv (and the environment) of every process the proxy
   spawns (the token command, the warm agent) is watched while it runs: the token is
   never on a command line.  No slurm-proxy command has a token option.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults.conftest import FAST_ENV, run_cmd
from tests.faults.faultproxy import FaultProxy, RefusedPort
from tests.support.clusters import REPO, Cluster, available_clusters

from .test_transport_faults import COMMANDS, _console

JWT = re.compile(rb"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.")


def secrets_of(token: str) -> list[bytes]:
    """The token, and each of its three parts that is long enough to be telling."""
    if not token:
        return []
    parts = [p for p in token.split(".") if len(p) >= 16]
    return [token.encode()] + [p.encode() for p in parts]


def leaks(data: bytes, token: str) -> list[str]:
    found = [f"JWT-shaped {m.group(0)[:12].decode()}..." for m in JWT.finditer(data)]
    found += [f"token part #{i}" for i, s in enumerate(secrets_of(token)) if s in data]
    return found


def scan_tree(root: Path, token: str) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found = leaks(data, token)
            if found:
                bad[str(path)] = found
    return bad


# -- 1. outputs and files --------------------------------------------------------------------
def _cases() -> list[tuple[str, list[str]]]:
    cases = [
        ("slurm-proxy", ["ping"]),
        ("slurm-proxy", ["version"]),
        ("slurm-proxy", ["config", "show"]),
    ]
    cases += [c for c in COMMANDS if c[0] != "slurm-proxy"]
    have = {c[0] for c in COMMANDS}
    if "squeue" in have:
        cases += [("squeue", ["-j", "999999"]), ("squeue", ["--me", "-t", "all"])]
    if "sinfo" in have:
        cases += [("sinfo", ["-N", "-l"])]
    if "sacct" in have:
        cases += [("sacct", ["-j", "999999"])]
    return cases


FAILURE_MODES: dict[str, dict[str, Any]] = {
    "401": {"mode": "status", "status": 401},
    "511": {"mode": "status", "status": 511},
    "502": {"mode": "status", "status": 502},
    "500 html": {"mode": "body", "status": 500, "ctype": "text/html", "body": b"<html>x</html>"},
    "read timeout": {"mode": "hang", "hold": 10.0},
    "reset": {"mode": "reset_after"},
    "malformed": {"mode": "malformed"},
    "garbage": {"mode": "garbage"},
}


@pytest.fixture(scope="module")
def home() -> Iterator[Path]:
    """A private HOME with XDG config/cache/runtime dirs: everything the proxy writes."""
    with tempfile.TemporaryDirectory(prefix="sp-secrets-home-") as d:
        root = Path(d)
        for sub in ("config", "cache", "runtime"):
            (root / sub).mkdir(mode=0o700)
        yield root


def _home_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        "SLURM_PROXY_AGENT_DIR": str(home / "runtime" / "agent"),
        "SLURM_PROXY_DEBUG": "1",
    }


def test_debug_output_and_files_in_process(fp: FaultProxy, upstream: Cluster, home: Path) -> None:
    token = upstream.token
    cache = str(home / "cache" / "slurm-proxy")
    env = {**_home_env(home), "SLURM_PROXY_READ_TIMEOUT": "60"}
    outputs: list[tuple[str, str]] = []
    for prog, argv in _cases():
        for url in (upstream.url, fp.url):
            fp.set("pass")
            run = run_cmd(url, token, prog, argv, cache=cache, env=env)
            outputs.append((f"{prog} {argv} {url}", run.stdout + run.stderr))
    for name, setup in FAILURE_MODES.items():
        for prog, argv in COMMANDS:
            if setup["mode"] == "hang" and prog != "slurm-proxy":
                continue  # the same code path for every command, 2 s each
            fp.set(**setup)
            run = run_cmd(
                fp.url, token, prog, argv, cache=cache, env={**_home_env(home), **FAST_ENV}
            )
            outputs.append((f"{prog} {argv} [{name}]", run.stdout + run.stderr))
            assert run.rc == 1 or prog == "slurm-proxy", run.result
    fp.set("pass")
    with RefusedPort() as port:
        run = run_cmd(port.url, token, "slurm-proxy", ["ping"], cache=cache, env=env)
        outputs.append(("refused", run.stdout + run.stderr))
    bad = {name: leaks(text.encode(), token) for name, text in outputs}
    assert not {k: v for k, v in bad.items() if v}
    assert Path(cache, "api-versions.json").exists()
    assert not scan_tree(home, token)


def test_debug_output_and_files_console_scripts(
    fp: FaultProxy, upstream: Cluster, home: Path
) -> None:
    token = upstream.token
    base = {
        "PATH": "/usr/bin:/bin",
        "SLURM_JWT": token,
        "SLURM_USER_NAME": "slurmtest",
        **_home_env(home),
        **FAST_ENV,
    }
    runs = []
    for prog, argv in [("slurm-proxy", ["ping"]), *[c for c in COMMANDS if c[0] != "slurm-proxy"]]:
        for setup in ({"mode": "pass"}, FAILURE_MODES["511"], FAILURE_MODES["reset"]):
            fp.set(**setup)
            proc = subprocess.run(
                [*_console(prog), *argv],
                capture_output=True,
                timeout=120,
                check=False,
                env={**base, "SLURMRESTD_URL": fp.url, "SLURM_PROXY_READ_TIMEOUT": "60"},
            )
            runs.append(proc)
            assert b"Traceback" not in proc.stderr, proc
            assert not leaks(proc.stdout + proc.stderr, token), (prog, setup, proc)
    fp.set("pass")
    assert not scan_tree(home, token)


def test_no_secrets_under_tests() -> None:
    """No file of the test tree (sources, cassettes, recorded data, caches) holds anything
    JWT-shaped, nor the token of any running test cluster (needs no cluster itself)."""
    tokens = [c.token for c in available_clusters().values()] or [""]
    bad: dict[str, list[str]] = {}
    for token in tokens:
        bad.update(scan_tree(REPO / "tests", token))
    assert not bad, bad


# -- 2. argv of spawned processes ------------------------------------------------------------
class ProcWatch:
    """Polls /proc while a command runs: every descendant of ``root`` (also after it was
    re-parented, e.g. the setsid'd agent), with its argv and environment."""

    def __init__(self, token: str) -> None:
        self.token = token.encode()
        self.family: set[int] = set()
        self.seen: dict[int, bytes] = {}
        self.bad: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def watch(self, pid: int) -> None:
        self.family.add(pid)
        if not self._thread.is_alive():
            self._thread.start()

    def _loop(self) -> None:
        deadline = time.monotonic() + 120
        while not self._stop.is_set() and time.monotonic() < deadline:
            self.poll()
            time.sleep(0.005)

    def poll(self) -> None:
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                if pid not in self.family and ppid not in self.family:
                    continue
                self.family.add(pid)
                argv = Path(f"/proc/{pid}/cmdline").read_bytes()
            except (OSError, ValueError, IndexError):
                continue
            self.seen[pid] = argv
            if self.token in argv:
                self.bad.append(f"pid {pid} argv {argv[:60]!r}")

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)


@pytest.fixture
def token_command(upstream: Cluster, tmp_path: Path) -> str:
    """An executable that prints the token from a 0600 file after a short pause (long
    enough for the watcher to see it and its children)."""
    secret = tmp_path / "token"
    secret.write_text(upstream.token + "\n")
    secret.chmod(0o600)
    script = tmp_path / "print-token"
    script.write_text(f"#!/bin/sh\nsleep 0.3\nexec cat {secret}\n")
    script.chmod(0o700)
    return str(script)


@pytest.mark.parametrize("agent", [False, True], ids=["cold", "agent"])
def test_token_never_in_argv(
    agent: bool, token_command: str, upstream: Cluster, tmp_path: Path
) -> None:
    token = upstream.token
    home = tmp_path / "home"
    for sub in ("config", "cache", "runtime"):
        (home / sub).mkdir(parents=True, mode=0o700)
    env = {
        "PATH": "/usr/bin:/bin",
        "SLURMRESTD_URL": upstream.url,
        "SLURM_USER_NAME": "slurmtest",
        "SLURM_PROXY_TOKEN_COMMAND": token_command,
        **_home_env(home),
        "SLURM_PROXY_CONFIG": "/dev/null",
        "SLURM_PROXY_SYSTEM_CONFIG": "/dev/null",
    }
    if agent:
        env.update(SLURM_PROXY_AGENT="1", SLURM_PROXY_AGENT_IDLE="3")
    watch = ProcWatch(token)
    progs = [("slurm-proxy", ["ping"]), *[c for c in COMMANDS if c[0] != "slurm-proxy"]]
    try:
        for _round in range(2 if agent else 1):  # with the agent: start it, then use it
            for prog, argv in progs:
                proc = subprocess.Popen(
                    [*_console(prog), *argv],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    env=env,
                )
                watch.watch(proc.pid)
                out, err = proc.communicate(timeout=120)
                assert proc.returncode == 0, (prog, err.decode())
                assert not leaks(out + err, token)
            time.sleep(0.5 if agent else 0)
        watch.poll()
    finally:
        watch.stop()
        if agent:
            _stop_agents(watch, home)
    assert not watch.bad, watch.bad
    spawned = [argv for argv in watch.seen.values() if b"print-token" in argv]
    assert spawned, "the token command never ran (or was never seen)"
    if agent:
        assert any(b"slurm_proxy.agent" in argv for argv in watch.seen.values()), (
            "the agent never started"
        )
    assert not scan_tree(home, token)


def _stop_agents(watch: ProcWatch, home: Path) -> None:
    """The agent exits by itself after SLURM_PROXY_AGENT_IDLE; wait for that, and end any
    agent we started that is still there (by PID, ours only)."""
    agents = [pid for pid, argv in watch.seen.items() if b"slurm_proxy.agent" in argv]
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in agents):
        time.sleep(0.2)
    for pid in agents:
        try:
            if b"slurm_proxy.agent" in Path(f"/proc/{pid}/cmdline").read_bytes():
                os.kill(pid, 15)
        except OSError:
            pass


def test_spawned_processes_get_no_token_in_environment(
    token_command: str, upstream: Cluster, tmp_path: Path
) -> None:
    """token_command runs without SLURM_JWT even when an (expired) one is set."""
    probe = tmp_path / "env-of-token-command"
    script = tmp_path / "print-token-env"
    script.write_text(f"#!/bin/sh\nenv > {probe}\nexec {token_command}\n")
    script.chmod(0o700)
    expired = ".".join(
        [
            "eyJhbGciOiJIUzI1NiJ9",
            _b64('{"exp": 1000000000, "sun": "x"}'),
            "c2lnbmF0dXJlc2lnbmF0dXJl",
        ]
    )
    run = run_cmd(
        upstream.url,
        "",
        "slurm-proxy",
        ["ping"],
        cache=str(tmp_path),
        env={"SLURM_JWT": expired, "SLURM_PROXY_TOKEN_COMMAND": str(script)},
    )
    assert run.rc == 0, run.result
    text = probe.read_text()
    assert "SLURM_JWT" not in text and upstream.token not in text


def _b64(text: str) -> str:
    import base64

    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize("prog", sorted({"slurm-proxy", *(c[0] for c in COMMANDS)}))
def test_no_token_option(prog: str) -> None:
    """No command takes the token on its command line (it would show in ps)."""
    proc = subprocess.run(
        [*_console(prog), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"},
    )
    text = (proc.stdout + proc.stderr).lower()
    assert not re.search(r"--(token|jwt)\b", text), text
    for opt in ("--token=x", "--jwt=x"):
        bad = subprocess.run(
            [*_console(prog), opt],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={
                "PATH": "/usr/bin:/bin",
                "HOME": "/nonexistent",
                "SLURMRESTD_URL": "http://127.0.0.1:1",
            },
        )
        assert bad.returncode != 0, (prog, opt, bad.stdout)
