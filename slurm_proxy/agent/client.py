"""The shim's side of the warm path: standard library only, a few hundred microseconds."""

from __future__ import annotations

import os
import socket
import sys

from .. import __version__
from . import protocol

TYPE_CHECKING = False  # not `typing`: this module is on the fast path
if TYPE_CHECKING:
    from typing import Optional


def call(prog: str, argv: list[str]) -> Optional[int]:
    """Run the command through the agent; None when the caller must run it itself."""
    env = os.environ
    path = protocol.socket_path(env)
    if not protocol.private_dir(os.path.dirname(path), create=False):
        start_agent()
        return None
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            return None  # a closed standard stream cannot be handed over
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(path)
    except OSError:
        sock.close()
        start_agent()
        return None
    try:
        cwd = os.getcwd()
    except OSError:
        cwd = env.get("PWD", "/")
    umask = os.umask(0o022)
    os.umask(umask)
    request = {
        "v": __version__,
        "prefix": sys.prefix,
        "prog": prog,
        "argv": argv,
        "env": dict(env),
        "cwd": cwd,
        "umask": umask,
    }
    try:
        socket.send_fds(sock, [protocol.encode(request)], [0, 1, 2])
    except OSError:
        sock.close()
        return None  # nothing was delivered: run it ourselves
    try:
        data = protocol.recv_exact(sock, protocol.CODE.size)
    except KeyboardInterrupt:
        sock.close()  # the agent's child sees the hang-up and stops like ^C would
        return 130
    except (ConnectionError, OSError):
        # The request was delivered: the command may have run, so running it again
        # could submit a job twice.  Say so instead.
        os.write(
            2,
            f"{prog}: error: slurm-proxy agent ended without an exit code; the "
            "command may or may not have run\n".encode(),
        )
        return 1
    finally:
        sock.close()
    code = protocol.CODE.unpack(data)[0]
    return None if code == protocol.DECLINED else code


_AGENT_MAIN = (
    "import os, sys; del sys.path[0]; "
    "from slurm_proxy.agent.server import serve; sys.exit(serve(dict(os.environ)))"
)


def start_agent() -> None:
    """Start an agent for the next call, detached; never delays this one."""
    if os.environ.get("SLURM_PROXY_AGENT_AUTOSTART", "1") in ("0", "no", "false"):
        return
    env = {k: v for k, v in os.environ.items() if k != "SLURM_JWT"}
    devnull = os.devnull
    try:
        os.posix_spawn(
            sys.executable,
            # not `-m`: that puts the caller's working directory first on sys.path, so a
            # directory holding a `slurm_proxy` (a source checkout, or a hostile /tmp)
            # would decide what the agent runs; import exactly what the shim imports
            [sys.executable, "-c", _AGENT_MAIN],
            env,
            setsid=True,
            file_actions=[
                (os.POSIX_SPAWN_OPEN, 0, devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_OPEN, 1, devnull, os.O_WRONLY, 0),
                (os.POSIX_SPAWN_OPEN, 2, devnull, os.O_WRONLY, 0),
            ],
        )
    except OSError:
        pass
