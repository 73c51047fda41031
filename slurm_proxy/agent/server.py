"""The agent: preloads the proxy, then forks one child per call (see the package doc)."""

from __future__ import annotations

import fcntl
import importlib
import io
import json
import os
import signal
import socket
import struct
import sys
import threading
import time
from typing import Any

from .. import __version__
from . import protocol

COMMANDS = ("sbatch", "squeue", "scancel", "sinfo", "sacct", "scontrol")
PACKAGES = {**{c: f"slurm_proxy.{c}" for c in COMMANDS}, "slurm-proxy": "slurm_proxy.proxy"}


def serve(env: dict[str, str]) -> int:
    path = protocol.socket_path(env)
    directory = os.path.dirname(path)
    if not protocol.private_dir(directory, create=True):
        return 1
    lock = open(path + ".lock", "w")  # noqa: SIM115 - held for the agent's lifetime
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return 0  # another agent serves this user and installation
    idle = float(env.get("SLURM_PROXY_AGENT_IDLE", "300"))
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o077)
    try:
        listener.bind(path)
    finally:
        os.umask(old)
    listener.listen(128)
    _preload()
    children: set[int] = set()
    last = time.monotonic()
    listener.settimeout(min(idle, 5.0))
    try:
        while True:
            _reap(children)
            try:
                conn, _ = listener.accept()
            except socket.timeout:
                if not children and time.monotonic() - last > idle:
                    return 0
                continue
            last = time.monotonic()
            conn.settimeout(None)
            pid = _handle(conn, listener)
            if pid:
                children.add(pid)
    finally:
        try:
            if os.path.exists(path):
                os.unlink(path)
        finally:
            listener.close()


def _preload() -> None:
    """Import what calls need, so a child starts with all of it in memory."""
    for name in (
        "slurm_proxy.cli",
        "slurm_proxy.session",
        "slurm_proxy.http",
        "slurm_proxy.auth",
        "slurm_proxy.config",
        *PACKAGES.values(),
    ):
        try:
            importlib.import_module(name)
        except Exception:  # a command that fails to import fails in the child, visibly
            pass
    from .. import negotiate

    for version in negotiate.supported_versions():
        package = negotiate.package_name(version)
        try:
            api = importlib.import_module(f"{package}.api")
        except Exception:
            continue
        base = os.path.dirname(api.__file__ or "")
        for tag in ("slurm", "slurmdb"):
            try:
                names = os.listdir(os.path.join(base, tag))
            except OSError:
                continue
            for name in names:
                if name.endswith(".py") and name != "__init__.py":
                    try:
                        importlib.import_module(f"{package}.api.{tag}.{name[:-3]}")
                    except Exception:
                        pass


def _reap(children: set[int]) -> None:
    for pid in list(children):
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            children.discard(pid)


def _peer_uid(conn: socket.socket) -> int:
    creds = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    return int(struct.unpack("3i", creds)[1])


def _handle(conn: socket.socket, listener: socket.socket) -> int:
    fds: list[int] = []
    try:
        if _peer_uid(conn) != os.getuid():
            return 0  # serve our own user only
        msg, fds, _flags, _addr = socket.recv_fds(conn, protocol.HEADER.size, 3)
        if len(msg) < protocol.HEADER.size:
            msg += protocol.recv_exact(conn, protocol.HEADER.size - len(msg))
        (size,) = protocol.HEADER.unpack(msg)
        if size > protocol.MAX_REQUEST or len(fds) != 3:
            return 0
        request = json.loads(protocol.recv_exact(conn, size).decode("utf-8", "surrogateescape"))
        if (
            request.get("v") != __version__
            or request.get("prefix") != sys.prefix
            or request.get("prog") not in PACKAGES
        ):
            conn.sendall(protocol.CODE.pack(protocol.DECLINED))
            if request.get("v") != __version__:
                os.kill(os.getpid(), signal.SIGTERM)  # upgraded under us: make way
            return 0
        pid = os.fork()
        if pid == 0:  # the child: never returns
            listener.close()
            _child(conn, fds, request)
        return pid
    except (OSError, ValueError, ConnectionError):
        return 0
    finally:
        for fd in fds:
            os.close(fd)
        conn.close()


def _child(conn: socket.socket, fds: list[int], request: dict[str, Any]) -> None:
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        env = {str(k): str(v) for k, v in request["env"].items()}
        os.environ.clear()
        os.environ.update(env)
        time.tzset()  # local times printed by the command follow the caller's TZ
        os.umask(int(request.get("umask", 0o022)))
        cwd = str(request.get("cwd") or "/")
        try:
            os.chdir(cwd)
        except OSError:
            pass
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        encoding = _encoding(env)
        stdin = os.fdopen(0, "rb", buffering=0, closefd=False)
        out = io.TextIOWrapper(
            os.fdopen(1, "wb", closefd=False),
            encoding=encoding,
            errors="surrogateescape",
            line_buffering=os.isatty(1),
        )
        err = io.TextIOWrapper(
            os.fdopen(2, "wb", closefd=False),
            encoding=encoding,
            errors="backslashreplace",
            line_buffering=True,
        )
        sys.stdin, sys.stdout, sys.stderr = (io.TextIOWrapper(stdin, encoding=encoding), out, err)
        threading.Thread(target=_watch_hangup, args=(conn,), daemon=True).start()
        from ..cli import Invocation, execute

        prog = str(request["prog"])
        module = importlib.import_module(PACKAGES[prog])
        inv = Invocation(
            prog=prog,
            argv=[str(a) for a in request["argv"]],
            env=env,
            cwd=cwd,
            stdin=stdin,
            out=out,
            err=err,
        )
        code = execute(module.run, inv)
        # from here on a hang-up is the caller leaving after our answer, not a ^C
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for stream in (out, err):
            try:
                stream.flush()
            except OSError:
                pass
    except BaseException:
        code = 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            conn.sendall(protocol.CODE.pack(code))
        except OSError:
            pass
        os._exit(code & 0xFF)


def _watch_hangup(conn: socket.socket) -> None:
    """The caller went away (^C): interrupt the command as a terminal's ^C would."""
    try:
        conn.recv(1)
    except OSError:
        pass
    os.kill(os.getpid(), signal.SIGINT)


def _encoding(env: dict[str, str]) -> str:
    for name in ("LC_ALL", "LC_CTYPE", "LANG"):
        value = env.get(name)
        if value:
            if "." in value:
                return value.split(".", 1)[1].split("@", 1)[0] or "utf-8"
            return "utf-8"  # C/POSIX: Python coerces to UTF-8
    return "utf-8"
