"""The token: where it comes from, what it says, and how it never leaks.

slurmrestd authenticates each request with a JWT minted by ``scontrol token``.  We
read its claims (``sun`` user name, ``exp`` expiry) without verifying the signature:
only the server can do that, but the claims let us say "token expired at ..." instead
of the server's indistinguishable 401/500/511.
"""

from __future__ import annotations

import base64
import json
import os
import shlex
import stat
import subprocess
import time
from dataclasses import dataclass
from typing import Any, Optional

from .config import Settings
from .errors import SlurmError

# Refresh a token from token_command when it has less than this left.
REFRESH_MARGIN = 30


@dataclass(frozen=True)
class Token:
    value: str
    source: str
    claims: dict[str, Any]

    @property
    def user(self) -> Optional[str]:
        sun = self.claims.get("sun")
        return str(sun) if sun else None

    @property
    def expires(self) -> Optional[int]:
        exp = self.claims.get("exp")
        return int(exp) if isinstance(exp, (int, float)) else None

    def expired(self, margin: int = 0, now: Optional[float] = None) -> bool:
        exp = self.expires
        return exp is not None and exp - margin <= (time.time() if now is None else now)


def clean(raw: str) -> str:
    """Strip whitespace and the ``SLURM_JWT=`` prefix ``scontrol token`` prints."""
    value = raw.strip()
    if value.startswith("SLURM_JWT="):
        value = value[len("SLURM_JWT=") :].strip()
    return value


def claims(token: str) -> dict[str, Any]:
    """The JWT payload, unverified; {} when the token is not a JWT."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        data = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, UnicodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_token_file(path: str) -> str:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        raise SlurmError(f"cannot read token file {path}: {exc.strerror}", kind="config") from None
    try:
        mode = os.fstat(fd).st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise SlurmError(
                f"token file {path} is accessible by group or others "
                f"(mode {stat.S_IMODE(mode):04o}); run: chmod 600 {path}",
                kind="config",
            )
        with os.fdopen(fd, "r", encoding="utf-8", errors="replace") as fh:
            fd = -1
            return fh.read()
    finally:
        if fd >= 0:
            os.close(fd)


def _run_token_command(command: str, env: dict[str, str]) -> str:
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise SlurmError(f"invalid token_command: {exc}", kind="config") from None
    if not argv:
        raise SlurmError("token_command is empty", kind="config")
    try:
        proc = subprocess.run(
            argv, stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SlurmError(f"token_command {argv[0]} failed: {exc}", kind="config") from None
    if proc.returncode != 0:
        # its stderr may be useful, its stdout may hold a secret: show only stderr
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = f": {detail[-1]}" if detail else ""
        raise SlurmError(
            f"token_command {argv[0]} exited with {proc.returncode}{tail}", kind="config"
        )
    return proc.stdout.decode("utf-8", "replace")


def _format_time(epoch: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(epoch))


def resolve(settings: Settings, env: dict[str, str], *, check_expiry: bool = True) -> Token:
    """Find a usable token: token, then token_file, then token_command.

    An expired token from the first two is replaced by token_command's when one is
    configured; otherwise the user gets a clear "token expired at" error before any
    request is sent.  ``check_expiry=False`` returns an expired token instead
    (``slurm-proxy doctor`` reports it and asks the server's opinion too).
    """
    found: Optional[Token] = None
    if settings.get("token"):
        value = clean(settings.get("token"))
        found = Token(value, settings.source("token"), claims(value))
    elif settings.get("token_file"):
        value = clean(_read_token_file(settings.get("token_file")))
        found = Token(value, f"file {settings.get('token_file')}", claims(value))
    command = settings.get("token_command")
    if command and (found is None or found.expired(REFRESH_MARGIN)):
        child_env = {k: v for k, v in env.items() if k != "SLURM_JWT"}
        value = clean(_run_token_command(command, child_env))
        found = Token(value, "token_command", claims(value))
    if found is None or not found.value:
        raise SlurmError(
            "no slurmrestd token: set SLURM_JWT, or token_file / token_command in the "
            "configuration (see `slurm-proxy config show`)",
            kind="auth",
        )
    if any(c in found.value for c in "\r\n\0"):
        raise SlurmError(f"the token from {found.source} contains control characters", kind="auth")
    if check_expiry and found.expired():
        assert found.expires is not None
        raise SlurmError(
            f"token expired at {_format_time(found.expires)} "
            f"(from {found.source}); get a new one with `scontrol token`",
            kind="auth",
        )
    return found
