"""The batch script: read once, checked like sbatch checks it.

The script is read completely before anything is sent, because clients delete or
move the file right after ``sbatch`` returns (dask-jobqueue, submitit).  Sources:
a path (relative to the caller's directory, or found like the real sbatch does in
``-D`` then ``$PATH``), ``/dev/stdin``, standard input when no path is given, or
``--wrap``.
"""

from __future__ import annotations

import os
from typing import IO, Optional

from .opt import Opt, OptError

MAX_BATCH_SCRIPT_SIZE = 512 * 1024 * 1024
_SPACE = b" \t\n\v\f\r"


def wrap(command: str) -> bytes:
    """The script sbatch --wrap builds around a command."""
    text = "#!/bin/sh\n# This script was created by sbatch --wrap.\n\n" + command + "\n"
    return text.encode("utf-8", "surrogateescape")


def read(o: Opt, path: Optional[str], stdin: IO[bytes], cwd: str) -> bytes:
    """Read and check the script (raises OptError with sbatch's messages)."""
    if path is None or path in ("/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"):
        body = _read_stream(stdin)
    else:
        full = path if path.startswith("/") else os.path.join(cwd, path)
        try:
            with open(full, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                if size > MAX_BATCH_SCRIPT_SIZE:
                    raise OptError([f"{o.prog}: fatal: Script file {path} is too large"], 1)
                body = fh.read(MAX_BATCH_SCRIPT_SIZE + 1)
        except OSError:
            raise o.error(f"Unable to open file {path}", o.error_exit) from None
    if len(body) > MAX_BATCH_SCRIPT_SIZE:
        where = f"Script {path}" if path else "Script from STDIN"
        raise OptError(
            [
                f"{o.prog}: fatal: {where} is too big, read {len(body)} > "
                f"{MAX_BATCH_SCRIPT_SIZE} bytes."
            ],
            1,
        )
    check(o, body)
    return body


def _read_stream(stream: IO[bytes]) -> bytes:
    chunks = []
    total = 0
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_BATCH_SCRIPT_SIZE:
            break
    return b"".join(chunks)


def check(o: Opt, body: bytes) -> None:
    """sbatch's sanity checks, in its order and with its messages."""
    p = f"{o.prog}: error: "
    head = body.split(b"\0", 1)[0]  # C string functions stop at the first NUL
    if not body:
        raise OptError([p + "Batch script is empty!"], o.error_exit)
    if all(c in _SPACE for c in head):
        raise OptError([p + "Batch script contains only whitespace!"], o.error_exit)
    if not body.startswith(b"#!"):
        raise OptError(
            [
                p + "This does not look like a batch script.  The first",
                p + "line must start with #! followed by the path to an interpreter.",
                p + "For instance: #!/bin/sh",
            ],
            o.error_exit,
        )
    if b"\0" in body:
        raise OptError(
            [
                p + "The Slurm controller does not allow scripts that",
                p + "contain a NULL character '\\0'.",
            ],
            o.error_exit,
        )
    if b"\r\n" in body:
        raise OptError(
            [
                p + "Batch script contains DOS line breaks (\\r\\n)",
                p + "instead of expected UNIX line breaks (\\n).",
            ],
            o.error_exit,
        )


def has_foreign_directives(body: bytes) -> Optional[str]:
    """``#PBS``/``#BSUB`` lines the real sbatch would translate (slurm-proxy does not)."""
    for magic in (b"#BSUB", b"#PBS"):
        for line in body.split(b"\n"):
            if line.startswith(magic):
                return magic.decode()
            stripped = line.lstrip(_SPACE)
            if stripped and not stripped.startswith(b"#"):
                break
    return None
