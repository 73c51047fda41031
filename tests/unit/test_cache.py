"""The shared short-lived answer cache (slurm_proxy.cache): keys, TTL, files, locking."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from slurm_proxy import cache, config
from slurm_proxy.http import Response
from slurm_proxy.session import Session

# a JWT-shaped token, built here so that no JWT-shaped text is in the tests' sources
TOKEN = ".".join(("eyJhbGciOiJIUzI1NiJ9", "eyJzdW4iOiJhbGljZSJ9", "c2lnbmF0dXJlLXNlY3JldA"))
URL = "http://127.0.0.1:7820"
TARGET = "/slurm/v0.0.42/jobs?state=PENDING"


def answer(body: bytes = b'{"jobs": []}', status: int = 200) -> Response:
    return Response(status, "application/json", body, {})


class Asker:
    """ask() of ResponseCache.fetch: counts the requests that would reach the server."""

    def __init__(self, response: Response, delay: float = 0.0) -> None:
        self.response = response
        self.delay = delay
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self) -> Response:
        with self._lock:
            self.count += 1
        time.sleep(self.delay)
        return self.response


def make(tmp_path: Path, ttl: float = 5.0, **kw: str) -> cache.ResponseCache:
    return cache.ResponseCache(
        str(tmp_path / "responses"),
        ttl,
        user=kw.get("user", "alice"),
        token=kw.get("token", TOKEN),
        wait=5.0,
    )


def test_key_depends_on_every_part_and_hides_the_token() -> None:
    base = ("http://a:1", "alice", TOKEN, "GET", "/slurm/v0.0.42/jobs")
    keys = {cache.key(*base)}
    for i, other in enumerate(("http://b:1", "bob", TOKEN + "x", "HEAD", "/slurm/v0.0.42/job/1")):
        keys.add(cache.key(*base[:i], other, *base[i + 1 :]))
    assert len(keys) == 6
    assert cache.key(*base) == cache.key(*base)
    assert all(len(k) == 64 and TOKEN not in k for k in keys)


def test_hit_within_ttl_and_miss_after(tmp_path: Path) -> None:
    c = make(tmp_path, ttl=0.5)
    ask = Asker(answer(b'{"jobs": [1]}'))
    first = c.fetch(URL, "GET", TARGET, ask)
    second = c.fetch(URL, "GET", TARGET, ask)
    assert ask.count == 1
    assert (second.status, second.content, second.is_json) == (200, b'{"jobs": [1]}', True)
    assert second.json() == first.json()
    time.sleep(0.6)
    c.fetch(URL, "GET", TARGET, ask)
    assert ask.count == 2


def test_other_credentials_never_share_an_answer(tmp_path: Path) -> None:
    ask = Asker(answer())
    make(tmp_path).fetch(URL, "GET", TARGET, ask)
    make(tmp_path, user="bob").fetch(URL, "GET", TARGET, ask)
    make(tmp_path, token=TOKEN + "2").fetch(URL, "GET", TARGET, ask)
    make(tmp_path).fetch(URL, "GET", TARGET + "&user=bob", ask)
    assert ask.count == 4


def test_only_plain_gets_of_200_json_are_kept(tmp_path: Path) -> None:
    c = make(tmp_path)
    for method, target in (("POST", "/slurm/v0.0.42/job/submit"), ("GET", "/slurm/v0.0.42/ping/")):
        ask = Asker(answer())
        c.fetch(URL, method, target, ask)
        c.fetch(URL, method, target, ask)
        assert ask.count == 2, (method, target)
    for response in (answer(status=500), Response(200, "text/plain", b"x", {})):
        ask = Asker(response)
        c.fetch(URL, "GET", "/slurm/v0.0.42/nodes", ask)
        c.fetch(URL, "GET", "/slurm/v0.0.42/nodes", ask)
        assert ask.count == 2, response


def test_files_are_private_and_hold_no_token(tmp_path: Path) -> None:
    c = make(tmp_path)
    c.fetch(URL, "GET", TARGET, Asker(answer(b'{"jobs": ["data"]}')))
    directory = tmp_path / "responses"
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    names = os.listdir(directory)
    assert names and not [n for n in names if n.startswith(".tmp-")]
    for name in names:
        path = directory / name
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name
        assert TOKEN not in name and TOKEN.encode() not in path.read_bytes()
        for part in TOKEN.split("."):  # not even one segment of it
            assert part.encode() not in path.read_bytes() and part not in name


def test_a_readable_file_or_open_directory_is_not_trusted(tmp_path: Path) -> None:
    c = make(tmp_path)
    ask = Asker(answer())
    c.fetch(URL, "GET", TARGET, ask)
    entry = tmp_path / "responses" / cache.key(URL, "alice", TOKEN, "GET", TARGET)
    entry.chmod(0o644)  # someone else could have written it
    c.fetch(URL, "GET", TARGET, ask)
    assert ask.count == 2
    (tmp_path / "responses").chmod(0o755)
    c.fetch(URL, "GET", TARGET, ask)
    c.fetch(URL, "GET", TARGET, ask)
    assert ask.count == 4  # no cache at all in a directory others can enter


@pytest.mark.parametrize(
    "content", [b"", b"garbage", b"1.0\t200\n{}", b"\xff\xfe\t200\tapplication/json\n{}"]
)
def test_a_corrupt_file_is_a_miss_and_is_replaced(tmp_path: Path, content: bytes) -> None:
    c = make(tmp_path)
    directory = tmp_path / "responses"
    directory.mkdir(mode=0o700)
    entry = directory / cache.key(URL, "alice", TOKEN, "GET", TARGET)
    entry.write_bytes(content)
    entry.chmod(0o600)
    ask = Asker(answer(b'{"jobs": [2]}'))
    assert c.fetch(URL, "GET", TARGET, ask).content == b'{"jobs": [2]}'
    assert c.fetch(URL, "GET", TARGET, ask).content == b'{"jobs": [2]}'
    assert ask.count == 1


def test_concurrent_misses_ask_once(tmp_path: Path) -> None:
    """Twenty callers miss at the same moment: one asks, the others wait and read."""
    ask = Asker(answer(b'{"jobs": [3]}'), delay=0.3)
    got: list[bytes] = []
    start = threading.Barrier(20)

    def poll() -> None:
        start.wait()
        got.append(make(tmp_path).fetch(URL, "GET", TARGET, ask).content)

    threads = [threading.Thread(target=poll) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ask.count == 1
    assert got == [b'{"jobs": [3]}'] * 20


def test_only_read_only_commands_use_it(tmp_path: Path) -> None:
    env = {
        "SLURMRESTD_URL": URL,
        "SLURM_JWT": TOKEN,
        "SLURM_PROXY_CACHE_DIR": str(tmp_path),
        "SLURM_PROXY_CONFIG": os.devnull,
        "SLURM_PROXY_SYSTEM_CONFIG": os.devnull,
        "SLURM_PROXY_RESPONSE_CACHE_TTL": "5",
    }
    for prog in ("squeue", "sinfo", "sacct", "sbatch", "scancel", "scontrol", "slurm-proxy"):
        sess = Session(config.load(env), env, prog=prog)
        assert (sess.transport.cache is not None) == (prog in cache.READERS), prog
    off = Session(config.load({**env, "SLURM_PROXY_RESPONSE_CACHE_TTL": "0"}), env, prog="squeue")
    assert off.transport.cache is None
    assert config.KEYS_BY_NAME["response_cache_ttl"].default == 0
