"""make bench, sections ``largequeue`` and ``accounting``: 10,000 jobs (issue #9).

``largequeue``: N separate held jobs (not an array: a pending array stays one record
in ``GET /jobs`` until its tasks are split), submitted straight to slurmrestd by a few
threads, then ``squeue`` (default format), ``squeue -h -o '%i %t'``, ``squeue -u USER``
and ``squeue -j ID``: the proxy's wall time and peak memory (``ru_maxrss`` of the child
process), against the same requests sent bare (wall time and bytes of each request the
proxy made, read from its debug trace) and the real squeue of the same cluster.

``accounting``: the jobs are then cancelled, which makes them N finished records in
accounting (CANCELLED, never started), and ``sacct`` is measured over them the same way.

The queue exists for a few minutes only (other tests share the cluster): every job made
here is cancelled on the way out, whatever happens.
"""

from __future__ import annotations

import http.client
import json
import pwd
import re
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.support.clusters import Cluster

NAME = "bench-lq"
GNU_TIME = "/usr/bin/time"  # Debian package "time"
_TRACE = re.compile(r"debug: (GET|POST|DELETE) (\S+) -> (\d+) \(([\d.]+) ms")


class Rest:
    """Keep-alive connections to slurmrestd, one per thread."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        url = urllib.parse.urlsplit(cluster.url)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.local = threading.local()

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, bytes]:
        headers = dict(self.cluster.headers())
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in (1, 2):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(self.host, self.port, 120)
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                content = resp.read()
            except (OSError, http.client.HTTPException):
                conn.close()
                self.local.conn = None
                if attempt == 2 or method != "GET":
                    raise
                continue
            if resp.will_close:
                conn.close()
                self.local.conn = None
            return resp.status, content
        raise AssertionError("unreachable")

    def timed_get(self, url: str) -> tuple[float, int]:
        """ms and bytes of one GET on a new connection (what a proxy process pays)."""
        self.local.conn = None
        path = url[len(self.cluster.url) :] if url.startswith(self.cluster.url) else url
        start = time.perf_counter()
        status, content = self.request("GET", path)
        elapsed = (time.perf_counter() - start) * 1000
        if status != 200:
            raise RuntimeError(f"GET {path}: HTTP {status}")
        return elapsed, len(content)


def submit_held(rest: Rest, api: str, count: int, threads: int = 6) -> list[int]:
    job = {
        "name": NAME,
        "hold": True,
        "current_working_directory": "/tmp",
        "environment": ["PATH=/bin:/usr/bin"],
        "time_limit": 1,
        "script": "#!/bin/sh\ntrue\n",
    }
    body: dict[str, Any] = (
        {"job": job} if api != "v0.0.38" else {"script": job.pop("script"), "job": job}
    )
    if api == "v0.0.38":
        job["environment"] = {"PATH": "/bin:/usr/bin"}

    def one(_: int) -> int:
        status, content = rest.request("POST", f"/slurm/{api}/job/submit", body)
        got = json.loads(content)
        if "job_id" not in got:
            raise RuntimeError(f"submit failed (HTTP {status}): {content[:300]!r}")
        return int(got["job_id"])

    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(one, n) for n in range(count)]
    ids: list[int] = []
    failures: list[BaseException] = []
    for future in futures:
        exc = future.exception()
        if exc is None:
            ids.append(future.result())
        else:
            failures.append(exc)
    if failures:  # every job that was created is cancelled before giving up
        cancel(rest, api, ids)
        raise failures[0]
    return ids


def cancel(rest: Rest, api: str, ids: list[int]) -> None:
    """Cancel ``ids``: bulk ``DELETE /jobs`` where it exists (v0.0.40+), else one by one."""
    if not ids:
        return
    if api in ("v0.0.38", "v0.0.39"):
        with ThreadPoolExecutor(6) as pool:
            list(pool.map(lambda i: rest.request("DELETE", f"/slurm/{api}/job/{i}"), ids))
        return
    for start in range(0, len(ids), 1000):
        chunk = [str(i) for i in ids[start : start + 1000]]
        status, content = rest.request("DELETE", f"/slurm/{api}/jobs", {"jobs": chunk})
        if status != 200:
            raise RuntimeError(f"bulk cancel: HTTP {status}: {content[:300]!r}")


def count_queue(rest: Rest, api: str) -> tuple[int, int]:
    """(records in GET /jobs, of them ours and pending)."""
    status, content = rest.request("GET", f"/slurm/{api}/jobs")
    jobs = json.loads(content).get("jobs") or []
    ours = 0
    for j in jobs:
        state = j.get("job_state")
        if j.get("name") == NAME and "PENDING" in (state if isinstance(state, list) else [state]):
            ours += 1
    return len(jobs), ours


def measured(argv: list[str], env: dict[str, str]) -> tuple[float, int, bytes, bytes]:
    """(wall ms, peak RSS in KiB, stdout, stderr) of one child process.

    The RSS comes from GNU time, not from our own wait4(): Linux carries a process's
    peak RSS across fork and exec, so every child of this Python process would report
    at least this process's own size.
    """
    with tempfile.NamedTemporaryFile("r") as rss:
        start = time.perf_counter()
        proc = subprocess.run(
            [GNU_TIME, "-q", "-f", "%M", "-o", rss.name, *argv], env=env, capture_output=True
        )
        elapsed = (time.perf_counter() - start) * 1000
        kib = int(rss.read().split()[-1])
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[-4:]} failed ({proc.returncode}): {proc.stderr[-300:]!r}")
    return elapsed, kib, proc.stdout, proc.stderr


def real_cmd(cluster: Cluster, argv: list[str]) -> tuple[list[str], dict[str, str]]:
    """The real command as the test user, exec'd directly (no Python in between)."""
    pw = pwd.getpwnam(cluster.user)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
        "HOME": pw.pw_dir,
        "USER": cluster.user,
        "LOGNAME": cluster.user,
        "LANG": "C.UTF-8",
    }
    if cluster.chroot:
        return ["chroot", f"--userspec={pw.pw_uid}:{pw.pw_gid}", cluster.chroot, *argv], env
    return ["setpriv", f"--reuid={pw.pw_uid}", f"--regid={pw.pw_gid}", "--init-groups", *argv], env


def compare(
    cluster: Cluster,
    rest: Rest,
    proxy_bin: Path,
    penv: dict[str, str],
    argv: list[str],
    runs: int,
) -> dict[str, Any]:
    """One command: proxy (wall, RSS), the requests it made sent bare, the real one."""
    # which requests the proxy makes (its debug trace), once, outside the timed runs
    _, _, _, err = measured(
        [str(proxy_bin / argv[0]), *argv[1:]], {**penv, "SLURM_PROXY_DEBUG": "1"}
    )
    urls = [m.group(2) for m in _TRACE.finditer(err.decode()) if m.group(1) == "GET"]
    urls = [u for u in urls if not u.endswith("/ping") and not u.endswith("/ping/")]
    real_argv, real_env = real_cmd(cluster, argv)
    samples: dict[str, list[float]] = {"proxy": [], "served": [], "bare": [], "real": []}
    rss: list[int] = []
    real_rss: list[int] = []
    out_lines = real_lines = body = 0
    same = True
    for _ in range(runs):
        # the debug trace gives, per request, the time from sending it to the last byte
        # of the answer: the server's share of this very run (the same request sent bare
        # a moment later took from 3.9 to 7.4 s on the same 10,000 records)
        ms, kib, proxy_out, err = measured(
            [str(proxy_bin / argv[0]), *argv[1:]], {**penv, "SLURM_PROXY_DEBUG": "1"}
        )
        samples["proxy"].append(ms)
        samples["served"].append(sum(float(m.group(4)) for m in _TRACE.finditer(err.decode())))
        rss.append(kib)
        out_lines = proxy_out.count(b"\n")
        total, body = 0.0, 0
        for url in urls:
            t, n = rest.timed_get(url)
            total += t
            body += n
        samples["bare"].append(total)
        ms, kib, out, _ = measured(real_argv, real_env)
        samples["real"].append(ms)
        real_rss.append(kib)
        real_lines = out.count(b"\n")
        same = same and out == proxy_out
    row: dict[str, Any] = {k: statistics.median(v) for k, v in samples.items()}
    row.update(
        {
            "requests": [u[len(cluster.url) :] for u in urls],
            "bytes": body,
            "rss_kib": statistics.median(rss),
            "real_rss_kib": statistics.median(real_rss),
            "lines": out_lines,
            "real_lines": real_lines,
            "identical": same,
        }
    )
    row["client_share"] = statistics.median(
        (p - s) / p for p, s in zip(samples["proxy"], samples["served"])
    )
    return row


def run(
    cluster: Cluster, bindir: Path, penv: dict[str, str], count: int, runs: int
) -> dict[str, Any]:
    """Both sections on one cluster; every job made here is cancelled before returning."""
    if not Path(GNU_TIME).exists():
        raise SystemExit(f"bench: largequeue needs {GNU_TIME} (Debian package: time)")
    rest = Rest(cluster)
    api = cluster.api
    result: dict[str, Any] = {
        "release": cluster.slurm_version,
        "url": cluster.url,
        "api": api,
        "runs": runs,
    }
    start = int(time.time()) - 1
    t0 = time.perf_counter()
    ids = submit_held(rest, api, count)
    result["submit_s"] = time.perf_counter() - t0
    try:
        total, ours = count_queue(rest, api)
        result["queue_records"] = total
        result["queue_ours"] = ours
        user = cluster.user
        fast = {**penv, "SLURM_PROXY_SQUEUE_FAST_STATES": "1"}  # opt-in: /jobs/state
        cases = [
            ("squeue", ["squeue"], penv),
            ("squeue -h -o '%i %t'", ["squeue", "-h", "-o", "%i %t"], penv),
            ("same, squeue_fast_states", ["squeue", "-h", "-o", "%i %t"], fast),
            ("squeue -u USER", ["squeue", "-u", user], penv),
            ("squeue -j ID", ["squeue", "-j", str(ids[len(ids) // 2])], penv),
        ]
        result["squeue"] = [
            {"call": label, **compare(cluster, rest, bindir, env, argv, runs)}
            for label, argv, env in cases
        ]
    finally:
        cancel(rest, api, ids)
    result["cancelled"] = len(ids)
    if not cluster.accounting:
        return result
    # Held jobs never became eligible, so sacct's default selection (jobs eligible in
    # the window) skips them: they are selected by state, which needs -S and -E.  The
    # cancellations reach slurmdbd within seconds to a minute: wait for all of them.
    fmt = "%Y-%m-%dT%H:%M:%S"
    since = time.strftime(fmt, time.localtime(start))
    until = time.strftime(fmt, time.localtime(time.time() + 1))
    window = ["-s", "CA", "-S", since, "-E", until]
    probe = ["-a", "-X", "-n", "-P", "-o", "jobid", "--name", NAME, *window]
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        _, _, out, _ = measured([str(bindir / "sacct"), *probe], penv)
        if out.count(b"\n") >= count:
            break
        time.sleep(5)
    acct_cases = [
        ("sacct -a -X -P -s CA -S T0 -E T1", ["sacct", "-a", "-X", "-P", *window]),
        ("sacct -a -s CA -S T0 -E T1", ["sacct", "-a", *window]),
    ]
    result["sacct"] = [
        {"call": label, **compare(cluster, rest, bindir, penv, argv, runs)}
        for label, argv in acct_cases
    ]
    return result


# -- report ---------------------------------------------------------------------------------
def report_lines(result: dict[str, Any]) -> list[str]:
    mib = 1024 * 1024
    lines = [
        f"## {result.get('cancelled', 0)} jobs: large queue and accounting",
        "",
        f"Cluster: Slurm {result['release']} ({result['url']}, API {result['api']}); "
        f"`GET /jobs` held {result.get('queue_records')} records, "
        f"{result.get('queue_ours')} of them the held jobs submitted here "
        f"(in {result.get('submit_s', 0):.0f} s); medians of {result.get('runs')} runs. "
        "*bare*: the requests the proxy made (its debug trace), sent alone on a new "
        "connection; *served*: the time the proxy's own requests took in the same run, from "
        "sending to the last byte of the answer (its debug trace); *client share*: "
        "(proxy - served) / proxy, the rest of the run: start, imports, parsing, "
        "formatting; *RSS*: peak resident memory "
        "of the process (`ru_maxrss`); *real*: the real command, run directly.",
        "",
        "| call | requests | answer MiB | bare s | served s | proxy s | client share "
        "| proxy RSS MiB | RSS / answer | real s | real RSS MiB | lines (proxy / real) "
        "| same output |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in [*result.get("squeue", []), *result.get("sacct", [])]:
        answer = row["bytes"] / mib
        rss = row["rss_kib"] / 1024
        paths = ", ".join(f"`{r.split('?')[0]}`" for r in row["requests"])
        lines.append(
            f"| `{row['call']}` | {paths} "
            f"| {answer:.1f} | {row['bare'] / 1000:.2f} | {row.get('served', 0) / 1000:.2f} "
            f"| {row['proxy'] / 1000:.2f} "
            f"| {row['client_share']:.0%} | {rss:.0f} | {rss / answer if answer else 0:.1f}x "
            f"| {row['real'] / 1000:.2f} | {row['real_rss_kib'] / 1024:.0f} "
            f"| {row['lines']} / {row['real_lines']} "
            f"| {({True: 'yes', False: 'no'}).get(row.get('identical'), '–')} |"
        )
    return [*lines, ""]


def plot(ax: Any, result: dict[str, Any]) -> None:
    """Seconds per call: the proxy's requests (served in its run), proxy, real command."""
    rows = [*result.get("squeue", []), *result.get("sacct", [])]
    cols = (
        ("served", "slurmrestd answering the proxy's requests"),
        ("proxy", "proxy"),
        ("real", "real"),
    )
    width = 0.8 / len(cols)
    for i, (key, label) in enumerate(cols):
        ax.bar(
            [j + i * width for j in range(len(rows))],
            [float(r.get(key, 0)) / 1000 for r in rows],
            width,
            label=label,
        )
    ax.set_xticks([j + width * (len(cols) - 1) / 2 for j in range(len(rows))])
    ax.set_xticklabels([str(r["call"]) for r in rows], rotation=12, fontsize=8)
    ax.set_ylabel("s (median)")
    ax.set_title(
        f"{result.get('cancelled', 0)} jobs (queue, then accounting), Slurm {result['release']}"
    )
    ax.legend(fontsize=8)
