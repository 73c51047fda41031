"""The agent: preloads the proxy, then forks one child per call, ahead of the call (see the
package doc)."""

from __future__ import annotations

import fcntl
import gc
import importlib
import io
import os
import select
import signal
import socket
import struct
import sys
import threading
import time
from typing import Any, Optional

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
    # Every object so far lives as long as the agent: keep the collector of each child
    # away from them, or its first collection writes to (and so copies) every page the
    # agent shares with the child.
    gc.freeze()
    spare: Optional[int] = None  # the forked child waiting in accept() for the next call
    children: set[int] = set()
    last = time.monotonic()
    taken, took = os.pipe()  # a child writes a byte here when it has accepted a call
    stop_r, stop_w = os.pipe()  # readable: the waiting child must leave
    # SIGTERM: leave through the `finally` below, which frees the socket's name
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while True:
            _reap(children)
            if spare not in children:  # used, or gone: fork the next one now, off any call
                spare = _fork_spare(listener, lock.fileno(), took, stop_r)
                children.add(spare)
            ready, _, _ = select.select([taken], [], [], min(idle, 5.0))
            if ready:
                news = os.read(taken, 64)
                spare, last = None, time.monotonic()
                if _UPGRADED in news:
                    return 0  # a newer installation called: make way
            elif children == {spare} and time.monotonic() - last > idle:
                return 0
    finally:
        # No new call can reach us once the name is gone; the waiting child serves what
        # is already queued, then sees the stop pipe and leaves (never killed mid-call).
        try:
            if os.path.exists(path):
                os.unlink(path)
        finally:
            os.write(stop_w, b"x")
            listener.close()


# what a child writes to the agent's pipe: it took a call / the caller is newer
_TOOK, _UPGRADED = b".", b"U"


def _fork_spare(listener: socket.socket, lock_fd: int, took: int, stop: int) -> int:
    """Fork the child that accepts and serves the next call.

    Forking before the call arrives keeps the fork (and the page faults of a new
    process) out of the caller's time.  The child serves one call and exits.
    """
    parent = os.getpid()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        os.close(lock_fd)  # the lock is the agent's: a long command must not hold it
        listener.settimeout(1.0)
        while True:
            try:
                conn, _ = listener.accept()
                break
            except socket.timeout:
                ready, _, _ = select.select([stop], [], [], 0)
                if ready or os.getppid() != parent:
                    os._exit(0)  # the agent is gone or going, and nothing was accepted
        listener.close()
        conn.settimeout(None)
        code = _handle(conn, took)
    finally:
        os._exit(code & 0xFF)


def _preload() -> None:
    """Import what calls need, so a child starts with all of it in memory."""
    for name in (
        "slurm_proxy.cli",
        "slurm_proxy.session",
        "slurm_proxy.http",
        "slurm_proxy.auth",
        "slurm_proxy.config",
        "slurm_proxy.cache",
        *PACKAGES.values(),
        # what calls import lazily: a config file, a host name (getaddrinfo's codec)
        "tomllib" if sys.version_info >= (3, 11) else "tomli",
        "encodings.idna",
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


def _handle(conn: socket.socket, took: int) -> int:
    """In the child that accepted ``conn``: check the caller, then run its call."""
    fds: list[int] = []
    try:
        _tell(took, _TOOK)
        if _peer_uid(conn) != os.getuid():
            return 0  # serve our own user only
        msg, fds, _flags, _addr = socket.recv_fds(conn, protocol.LENGTH_SIZE, 3)
        if len(msg) < protocol.LENGTH_SIZE:
            msg += protocol.recv_exact(conn, protocol.LENGTH_SIZE - len(msg))
        size = int.from_bytes(msg, "big")
        if size > protocol.MAX_REQUEST or len(fds) != 3:
            return 0
        try:
            request = protocol.decode(protocol.recv_exact(conn, size))
        except ValueError:
            request = {}  # not a request of this version: declined below
        if (
            request.get("v") != __version__
            or request.get("prefix") != sys.prefix
            or request.get("prog") not in PACKAGES
        ):
            conn.sendall(protocol.DECLINED)
            if request and request.get("v") != __version__:
                _tell(took, _UPGRADED)
            return 0
        # from here on the caller must not run the command itself, even if we die
        conn.sendall(protocol.RUNNING)
    except (OSError, ValueError, ConnectionError):
        return 0
    return _run(conn, fds, request)


def _tell(took: int, what: bytes) -> None:
    try:
        os.write(took, what)
    except OSError:
        pass  # the agent has left; this child still serves the call it accepted


def _run(conn: socket.socket, fds: list[int], request: dict[str, Any]) -> int:
    code = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        for fd in fds:
            if fd > 2:
                os.close(fd)
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
            conn.sendall(protocol.encode_code(code))
        except OSError:
            pass
    return code


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
