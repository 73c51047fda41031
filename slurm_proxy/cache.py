"""A short-lived cache of GET answers, shared by one user's processes (opt-in).

Fifty workflow pollers running ``squeue`` every few seconds ask slurmrestd the same
question fifty times.  With ``response_cache_ttl`` > 0, the read-only commands
(:data:`READERS`) keep each 200 JSON answer for that many seconds in a private
directory (``<cache dir>/responses``, 0700; files 0600, written to a temporary name
and renamed), and a per-answer lock (``fcntl.flock``) makes processes that miss at the
same moment wait for the one that asks the server, instead of asking it too.

Keys: a SHA-256 of the slurmrestd URL, the user name, the token, the method and the
path with its query, so an answer is only ever given back to a process that sends the
same request with the same credentials; the token itself is in no file and no file
name, and the hash cannot give it back.

Not cached: anything but GET; ``/ping`` (a liveness check must reach the server); any
command that may write (sbatch, scancel, scontrol), so that a submit or a cancel is
never decided on an answer older than itself; non-200 answers.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import random
import stat
import tempfile
import time
from typing import TYPE_CHECKING, Callable, Optional

if TYPE_CHECKING:
    from .http import Response

#: the commands that only read, and so may answer from the shared cache
READERS = ("squeue", "sinfo", "sacct")
#: how often a waiting process looks at the lock again (seconds)
POLL = 0.005
#: files older than this are removed now and then (seconds, or 10 TTLs if longer)
KEEP = 60.0


def directory(env: dict[str, str]) -> str:
    from .negotiate import cache_path

    return os.path.join(os.path.dirname(cache_path(env)), "responses")


def key(url: str, user: str, token: str, method: str, target: str) -> str:
    """The file name of one request's answer: nothing in it can be turned back into the
    token (or even the URL or path)."""
    material = "\0".join((url, user, token, method, target)).encode("utf-8", "surrogateescape")
    return hashlib.sha256(material).hexdigest()


def cacheable(method: str, target: str) -> bool:
    path = target.split("?", 1)[0].rstrip("/")
    return method == "GET" and not path.endswith("/ping")


class ResponseCache:
    def __init__(
        self,
        path: str,
        ttl: float,
        *,
        user: str,
        token: str,
        wait: float,
        note: Optional[Callable[[str], None]] = None,
    ) -> None:
        self.path = path
        self.ttl = ttl
        self.user = user
        self._token = token
        self.wait = wait  # longest wait for another process's answer before asking ourselves
        self.note = note

    def fetch(self, url: str, method: str, target: str, ask: Callable[[], Response]) -> Response:
        """The answer to ``method target`` at ``url``: from the cache when fresh, else
        from ``ask()`` (by at most one process of this user at a time)."""
        if not cacheable(method, target) or not _private_dir(self.path):
            return ask()
        name = os.path.join(self.path, key(url, self.user, self._token, method, target))
        hit = self._read(name)
        if hit is not None:
            return self._hit(hit, url, method, target)
        lock = _lock(name + ".lock", self.wait)
        try:
            if lock is not None:
                hit = self._read(name)  # another process may have asked while we waited
                if hit is not None:
                    return self._hit(hit, url, method, target)
            response = ask()
            if response.status == 200 and response.is_json:
                self._write(name, response)
            return response
        finally:
            if lock is not None:
                os.close(lock)  # releases the flock

    # -- files -------------------------------------------------------------------------
    def _read(self, name: str) -> Optional[tuple[float, Response]]:
        from .http import Response

        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW)
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            if not _ours(st) or not stat.S_ISREG(st.st_mode):
                return None
            with os.fdopen(fd, "rb") as fh:
                fd = -1
                head = fh.readline()
                content = fh.read()
        except OSError:
            return None
        finally:
            if fd >= 0:
                os.close(fd)
        try:
            stored, status, ctype = head.decode("ascii").rstrip("\n").split("\t")
            when = float(stored)
            code = int(status)
        except ValueError:
            return None  # not a file we wrote whole: a miss, and it is overwritten
        age = time.time() - when
        if not 0 <= age <= self.ttl:
            return None
        return age, Response(code, ctype, content, {"content-type": ctype})

    def _write(self, name: str, response: Response) -> None:
        """Atomically, 0600; a cache that cannot be written only costs requests."""
        head = f"{time.time():.6f}\t{response.status}\t{response.content_type}\n"
        try:
            fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(head.encode("ascii", "replace"))
                fh.write(response.content)
            os.replace(tmp, name)
        except OSError:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            return
        if random.random() < 0.05:
            self._prune()

    def _prune(self) -> None:
        """Remove what nobody will read again (answers and locks of old queries)."""
        limit = time.time() - max(KEEP, 10 * self.ttl)
        try:
            entries = list(os.scandir(self.path))
        except OSError:
            return
        for entry in entries:
            try:
                if entry.stat(follow_symlinks=False).st_mtime < limit:
                    os.unlink(entry.path)
            except OSError:
                pass

    def _hit(self, hit: tuple[float, Response], url: str, method: str, target: str) -> Response:
        age, response = hit
        if self.note is not None:
            self.note(f"shared cache answers {method} {url}{target} ({age:.1f} s old)")
        return response


def _ours(st: os.stat_result) -> bool:
    return st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077 == 0


def _private_dir(path: str) -> bool:
    """``path`` exists (made 0700 if missing), is a directory, is ours and is private."""
    try:
        os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _ours(st)


def _lock(path: str, wait: float) -> Optional[int]:
    """An exclusive flock on ``path``, waiting up to ``wait`` seconds; None when it
    cannot be had (the caller then asks the server itself)."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    except OSError:
        return None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN) or time.monotonic() > deadline:
                os.close(fd)
                return None
        time.sleep(POLL)
