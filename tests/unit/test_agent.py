"""The warm agent gives byte-identical results to the cold path, and fails safe."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from slurm_proxy.agent import protocol

BIN = Path(sys.executable).parent


def env_for(agent_dir: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLURM")}
    env.update(
        {
            "SLURM_PROXY_AGENT_DIR": agent_dir,
            "SLURM_PROXY_CONFIG": os.devnull,
            "SLURM_PROXY_SYSTEM_CONFIG": os.devnull,
            "SLURMRESTD_URL": "http://127.0.0.1:9",
            "SLURM_JWT": "x.y.z",
            "SLURM_PROXY_AGENT_IDLE": "20",
        }
    )
    env.update(extra)
    return env


def agent_pid(agent_dir: str) -> int | None:
    """The agent of ``agent_dir`` (not one of the children it forks, which look the same)."""
    out = subprocess.run(["pgrep", "-f", "slurm_proxy.agent"], capture_output=True, text=True)
    ours = []
    for pid in out.stdout.split():
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
            ppid = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1]
        except (OSError, IndexError):
            continue
        if f"SLURM_PROXY_AGENT_DIR={agent_dir}".encode() in environ:
            ours.append((int(pid), int(ppid)))
    pids = {pid for pid, _ in ours}
    return next((pid for pid, ppid in ours if ppid not in pids), None)


@pytest.fixture
def agent_dir() -> Iterator[str]:
    if shutil.which("pgrep") is None:
        pytest.skip("pgrep missing")
    path = tempfile.mkdtemp(prefix="sp-agent-")
    os.chmod(path, 0o700)
    yield path
    pid = agent_pid(path)
    if pid:
        os.kill(pid, signal.SIGTERM)
    shutil.rmtree(path, ignore_errors=True)


def run(args: list[str], env: dict[str, str], stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / args[0]), *args[1:]], input=stdin, env=env, capture_output=True, timeout=60
    )


def wait_for_socket(agent_dir: str, env: dict[str, str]) -> None:
    path = protocol.socket_path(env)
    for _ in range(200):
        if os.path.exists(path):
            return
        time.sleep(0.05)
    raise AssertionError(f"agent did not start: no {path}")


def test_first_call_runs_cold_and_starts_the_agent(agent_dir: str) -> None:
    env = env_for(agent_dir, SLURM_PROXY_AGENT="1")
    cold = run(["slurm-proxy", "config", "show"], env_for(agent_dir))
    first = run(["slurm-proxy", "config", "show"], env)
    wait_for_socket(agent_dir, env)
    warm = run(["slurm-proxy", "config", "show"], env)
    assert cold.returncode == first.returncode == warm.returncode == 0
    assert cold.stdout == first.stdout == warm.stdout and b"<redacted>" in warm.stdout
    assert cold.stderr == warm.stderr == b""


def test_errors_exit_codes_and_streams_are_identical(agent_dir: str) -> None:
    env = env_for(agent_dir, SLURM_PROXY_AGENT="1")
    run(["slurm-proxy", "version"], env)
    wait_for_socket(agent_dir, env)
    for args in (["slurm-proxy", "ping"], ["slurm-proxy", "nope"], ["slurm-proxy", "--help"]):
        cold = run(args, env_for(agent_dir))
        warm = run(args, env)
        assert (warm.returncode, warm.stdout, warm.stderr) == (
            cold.returncode,
            cold.stdout,
            cold.stderr,
        ), args


def test_caller_environment_and_cwd_are_used(agent_dir: str, tmp_path: Path) -> None:
    env = env_for(agent_dir, SLURM_PROXY_AGENT="1")
    run(["slurm-proxy", "version"], env)
    wait_for_socket(agent_dir, env)
    conf = tmp_path / "c.toml"
    conf.write_text('url = "https://from-the-caller:1"\n')
    warm = run(
        ["slurm-proxy", "config", "show"],
        {**env, "SLURM_PROXY_CONFIG": str(conf), "SLURMRESTD_URL": ""},
    )
    assert b"'https://from-the-caller:1'  # " + str(conf).encode() in warm.stdout


def test_socket_directory_must_be_private(agent_dir: str) -> None:
    os.chmod(agent_dir, 0o755)
    env = env_for(agent_dir, SLURM_PROXY_AGENT="1", SLURM_PROXY_AGENT_AUTOSTART="0")
    got = run(["slurm-proxy", "config", "show"], env)
    assert got.returncode == 0  # ran cold
    assert not os.path.exists(protocol.socket_path(env))
    assert not protocol.private_dir(agent_dir, create=False)


def test_other_version_is_declined(agent_dir: str) -> None:
    env = env_for(agent_dir, SLURM_PROXY_AGENT="1")
    run(["slurm-proxy", "version"], env)
    wait_for_socket(agent_dir, env)
    import socket

    sock = socket.socket(socket.AF_UNIX)
    sock.connect(protocol.socket_path(env))
    request = {
        "v": "0.0.0-other",
        "prefix": sys.prefix,
        "prog": "squeue",
        "argv": [],
        "env": {},
        "cwd": "/",
        "umask": 0o22,
    }
    with open(os.devnull, "rb") as a, open(os.devnull, "wb") as b:
        socket.send_fds(sock, [protocol.encode(request)], [a.fileno(), b.fileno(), b.fileno()])
        answer = sock.recv(1)
    assert answer == protocol.DECLINED
    for _ in range(100):  # and it makes way for the new installation
        if agent_pid(agent_dir) is None:
            break
        time.sleep(0.05)
    assert agent_pid(agent_dir) is None
