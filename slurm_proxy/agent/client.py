"""The shim's side of the warm path: standard library only, a few hundred microseconds.

``_socket``, the C module, rather than ``socket``: socket.py imports enum, selectors
and more, which cost more than everything else the shim does.
"""

from __future__ import annotations

import _socket
import os
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
    sock = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
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
    data = protocol.encode(request)
    try:
        sent = sock.sendmsg([data], [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, _STDIO_FDS)])
        if sent < len(data):
            sock.sendall(data[sent:])
    except OSError:
        sock.close()
        return None  # the agent runs only a complete request: nothing ran, run it ourselves
    try:
        if sock.recv(1) != protocol.RUNNING:
            sock.close()
            return None  # declined, or the agent went away before it ran anything
    except KeyboardInterrupt:
        sock.close()  # it may have been about to run: leave it and say nothing ran here
        return 130
    except OSError:
        sock.close()
        return None
    try:
        answer = protocol.recv_exact(sock, protocol.CODE_SIZE)
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
    return protocol.decode_code(answer)


# descriptors 0, 1 and 2 as the C ints of an SCM_RIGHTS message
_STDIO_FDS = b"".join(fd.to_bytes(4, sys.byteorder) for fd in (0, 1, 2))
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
