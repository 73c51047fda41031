"""Where the agent listens and how a call is framed (standard library only)."""

from __future__ import annotations

import json
import os
import socket
import stat
import struct
import sys
import zlib

TYPE_CHECKING = False  # not `typing`: this module is on the fast path
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

HEADER = struct.Struct("!I")
CODE = struct.Struct("!i")
MAX_REQUEST = 16 * 1024 * 1024
# Exit code the agent sends when the caller must run the command itself
# (another slurm-proxy version, or the agent is shutting down): nothing ran.
DECLINED = -1000


def socket_dir(env: Mapping[str, str]) -> str:
    uid = os.getuid()
    base = env.get("SLURM_PROXY_AGENT_DIR")
    if base:
        return base
    runtime = env.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return os.path.join(runtime, "slurm-proxy")
    return f"/tmp/slurm-proxy-{uid}"


def socket_path(env: Mapping[str, str]) -> str:
    """One agent per user and per installation (environment + package location), so two
    virtualenvs with different slurm-proxy versions never serve each other.  sys.prefix,
    not sys.executable: `python` and `python3` of one virtualenv are the same install."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    key = zlib.crc32(f"{sys.prefix}\0{here}".encode("utf-8", "surrogateescape"))
    return os.path.join(socket_dir(env), f"agent-{key:08x}.sock")


def private_dir(path: str, create: bool) -> bool:
    """True when ``path`` is a directory only this user can enter (made if asked)."""
    if create:
        try:
            os.makedirs(path, mode=0o700, exist_ok=True)
        except OSError:
            return False
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISDIR(st.st_mode)
        and st.st_uid == os.getuid()
        and stat.S_IMODE(st.st_mode) & 0o077 == 0
    )


def encode(request: dict[str, Any]) -> bytes:
    payload = json.dumps(request, separators=(",", ":")).encode("utf-8", "surrogateescape")
    return HEADER.pack(len(payload)) + payload


def recv_exact(sock: socket.socket, size: int) -> bytes:
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)
