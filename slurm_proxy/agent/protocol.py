"""Where the agent listens and how a call is framed.

The shim imports this module on every warm call, so it imports nothing the interpreter
has not loaded already but ``zlib`` (no json, struct or socket.py: together they cost
more than the rest of the shim).  A request is its length (4 bytes, big-endian) and
NUL-separated fields: a NUL can never occur in argv, the environment or a path, so no
quoting is needed.  The answer is RUNNING or DECLINED, then the exit code (4 bytes,
big-endian, signed).
"""

from __future__ import annotations

import os
import stat
import sys
import zlib

TYPE_CHECKING = False  # not `typing`: this module is on the fast path
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

LENGTH_SIZE = 4
CODE_SIZE = 4
MAX_REQUEST = 16 * 1024 * 1024
# The agent's first answer, one byte: it runs the call (the exit code follows when the
# command ends), or it declines it (another slurm-proxy version, an unreadable request):
# nothing ran, and the caller runs the command itself.  No answer at all also means
# nothing ran; only after RUNNING may the command have run.
RUNNING, DECLINED = b"R", b"D"
# the fixed fields, in order; then the argument count, the arguments, and KEY=VALUE
_FIELDS = ("v", "prefix", "prog", "cwd", "umask")
# In the socket's name: a shim never talks to an agent that frames calls differently
# (an agent of an older installation can neither read nor decline such a call).
PROTOCOL = 2


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
    return os.path.join(socket_dir(env), f"agent-{key:08x}-{PROTOCOL}.sock")


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
    """``request`` (v, prefix, prog, cwd, umask, argv, env) as length + payload."""
    fields = [os.fsencode(str(request[name])) for name in _FIELDS]
    argv = [os.fsencode(a) for a in request["argv"]]
    env = [os.fsencode(k) + b"=" + os.fsencode(v) for k, v in request["env"].items()]
    payload = b"\0".join([*fields, str(len(argv)).encode(), *argv, *env])
    return len(payload).to_bytes(LENGTH_SIZE, "big") + payload


def decode(payload: bytes) -> dict[str, Any]:
    """The request ``encode`` framed; ValueError when it is not one."""
    parts = [os.fsdecode(p) for p in payload.split(b"\0")]
    fixed = len(_FIELDS)
    if len(parts) <= fixed:
        raise ValueError("short request")
    request: dict[str, Any] = dict(zip(_FIELDS, parts))
    request["umask"] = int(request["umask"])
    argc = int(parts[fixed])
    if argc < 0 or fixed + 1 + argc > len(parts):
        raise ValueError("bad argument count")
    request["argv"] = parts[fixed + 1 : fixed + 1 + argc]
    env = {}
    for item in parts[fixed + 1 + argc :]:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError("bad environment entry")
        env[key] = value
    request["env"] = env
    return request


def encode_code(code: int) -> bytes:
    return code.to_bytes(CODE_SIZE, "big", signed=True)


def decode_code(data: bytes) -> int:
    return int.from_bytes(data, "big", signed=True)


def recv_exact(sock: Any, size: int) -> bytes:
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            raise ConnectionError("peer closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)
