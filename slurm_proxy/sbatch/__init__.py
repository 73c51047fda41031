"""sbatch over slurmrestd.

Output, errors and exit codes follow the real sbatch (``src/sbatch/sbatch.c``):
``Submitted batch job N`` (`` on cluster X`` with ``-M``), ``N`` (``N;X``) with
``--parsable``, nothing with ``-Q``; ``job_submit_user_msg`` on stderr as
``sbatch: <msg>``; ``sbatch: error: Batch job submission failed: <why>`` and exit 1
(or ``$SLURM_EXIT_ERROR``) when the submission fails.  A submission is sent once:
it is never retried.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any, Optional

from ..cli import Invocation, entry
from . import options as table
from .opt import Opt, OptError

if TYPE_CHECKING:
    from ..session import Session


def _error_exit(inv: Invocation, o: Opt) -> None:
    raw = inv.env.get("SLURM_EXIT_ERROR")
    if raw is None:
        return
    from ..common.parse import strtol, wrap_int

    value = wrap_int(strtol(raw)[0])
    if value == 0:
        o.warnings.append(f"{o.prog}: error: SLURM_EXIT_ERROR has zero value")
    else:
        o.error_exit = value & 0xFF


def _cached_release(inv: Invocation) -> Optional[tuple[int, int]]:
    """The server release from the negotiation cache, without any network traffic."""
    try:
        from .. import config, negotiate

        settings = config.load(inv.env)
        url = settings.get("url")
        if not url:
            return None
        hit = negotiate.cached(inv.env, str(url).rstrip("/"), float(settings.get("cache_ttl")))
        return table.parse_release(hit.release) if hit else None
    except Exception:  # a cache problem must never stop option parsing
        return None


def _map_path(path: Optional[str], pairs: list[tuple[str, str]]) -> Optional[str]:
    from ..config import map_path

    return (map_path(pairs, path) or path) if path else path


def run(inv: Invocation) -> int:
    prog = os.path.basename(inv.prog) or "sbatch"
    o = Opt(prog=prog, cwd=inv.cwd, chdir=inv.cwd, release=_cached_release(inv))
    return run_opt(inv, o)


def run_opt(inv: Invocation, o: Opt) -> int:
    """:func:`run` with a prepared :class:`Opt` (tests choose the release this way)."""
    _error_exit(inv, o)
    try:
        return _run(inv, o)
    except OptError as exc:
        _flush_warnings(inv, o)
        if exc.out == "\0version":
            inv.out.write(_version_line(inv))
            return 0
        if exc.out:
            inv.out.write(exc.out)
        for line in exc.lines:
            inv.err.write(line + "\n")
        return exc.code


def _flush_warnings(inv: Invocation, o: Opt) -> None:
    """Messages collected while parsing; -Q hides info and warning levels, as in Slurm."""
    for line in o.warnings:
        if o.quiet and f"{o.prog}: warning: " in line:
            continue
        inv.err.write(line + "\n")
    o.warnings.clear()


def _version_line(inv: Invocation) -> str:
    from .. import __version__

    try:
        from ..common.conn import version_line
        from ..session import Session

        sess = Session.open(inv)
        return version_line(sess, sess.release)
    except Exception:
        return f"slurm-proxy {__version__}\n"


def prepare(inv: Invocation, o: Opt) -> bytes:
    """Everything before the network: options, script, directives, checks.

    Returns the script; ``o`` holds the verified options.  Raises :class:`OptError`.
    """
    from . import script
    from .opt import first_pass, second_pass, verify

    first = first_pass(o, inv.argv, inv.env)
    if first.het:
        raise o.error('heterogeneous jobs (":" components) are not supported by slurm-proxy', 1)
    if o.wrap is not None:
        body = script.wrap(o.wrap)
        file = "stdin"
    else:
        body = script.read(o, first.script, inv.stdin, inv.cwd)
        file = os.path.basename(first.script) if first.script else "stdin"
    foreign = script.has_foreign_directives(body)
    o.quiet_first_pass = o.quiet
    more_het = second_pass(o, inv.argv, inv.env, file, body)
    if more_het:
        raise o.error("heterogeneous jobs (#SBATCH hetjob) are not supported by slurm-proxy", 1)
    if foreign and not o.ignore_pbs:
        raise o.error(
            f"{foreign} directives are not supported by slurm-proxy (translate them "
            "to #SBATCH, or pass --ignore-pbs to skip them)",
            1,
        )
    verify(o, inv.env)
    return body


def _run(inv: Invocation, o: Opt) -> int:
    from . import environ, jobdesc

    body = prepare(inv, o)
    quiet = o.quiet_first_pass
    sess, cluster_label = _open_session(inv, o)
    pairs = sess.settings.path_map
    o.chdir = _map_path(o.chdir, pairs) or o.chdir
    for attr in ("efname", "ifname", "ofname"):
        setattr(o, attr, _map_path(getattr(o, attr), pairs))
    submit_dir = _map_path(inv.cwd, pairs) or inv.cwd
    env = environ.build(o, inv.env, submit_dir)
    api = sess.api
    release = _release_tuple(sess.release)
    if release is not None and len(release) >= 2:
        o.release = (release[0], release[1])
    desc = jobdesc.describe(o, env, body.decode("utf-8", "surrogateescape"))

    _flush_warnings(inv, o)

    if "nice" in desc and not jobdesc.nice_allowed(api, release):
        o.warnings.append(
            f"{o.prog}: warning: --nice is ignored: slurmrestd {sess.release} "
            f"cannot accept it in API {api}"
        )
        del desc["nice"]
    notes: list[str] = []
    try:
        request = jobdesc.render(desc, api, release, notes)
    except jobdesc.Unsendable as exc:
        inv.err.write(f"{o.prog}: error: {exc} (not supported by slurm-proxy here)\n")
        return 1
    o.warnings.extend(f"{o.prog}: warning: {note}" for note in notes)
    _flush_warnings(inv, o)
    return _submit(inv, o, sess, request, quiet, cluster_label)


def _release_tuple(text: str) -> Optional[tuple[int, ...]]:
    try:
        return tuple(int(p) for p in text.split("-")[0].split("."))
    except ValueError:
        return None


def _open_session(inv: Invocation, o: Opt) -> tuple[Session, Optional[str]]:
    """The session for ``-M``, resolved like the real sbatch does (a configured profile,
    the server's own cluster name or ``all``; see resolve_clusters).  Of several
    clusters the real sbatch picks the one where the job would start first; slurm-proxy
    submits to the first one named."""
    from ..common.conn import NEWEST, Conn, UnknownClusters, first_profile, resolve_clusters
    from ..session import Session

    if not o.clusters:
        return Session.open(inv), None
    default = Conn(inv, first_profile(inv, o.clusters))
    try:
        # print_db_notok(clusters, 0): sbatch always names --cluster, and has no fatal line
        found = resolve_clusters(inv, o.prog, o.clusters, False, default, NEWEST, fatal=False)
    except UnknownClusters:
        raise OptError([], o.error_exit) from None
    label, conn = found[0]
    return conn.sess, conn.sess.cluster_name or label


ESLURM_INVALID_GRES = 2072
ESLURM_REST_FAIL_PARSING = 9001


def _asks_gres(request: dict[str, Any]) -> bool:
    job = request.get("job") or {}
    return any(
        k in job
        for k in (
            "gres",
            "gpus",
            "gpus_per_task",
            "gpus_per_socket",
            "cpus_per_gpu",
            "memory_per_gpu",
        )
    )


def _controller_messages(o: Opt, request: dict[str, Any], exc: Any) -> list[str]:
    """What slurmctld adds to a rejection and slurmrestd does not pass back.

    slurmctld answers an unknown partition with the message "invalid partition
    specified: <name>", which the real sbatch prints before the failure line.
    """
    from ..errors import ESLURM_INVALID_PARTITION_NAME

    if exc.errno == ESLURM_INVALID_PARTITION_NAME and o.partition and "," not in o.partition:
        return [f"invalid partition specified: {o.partition}"]
    return []


def _submit(
    inv: Invocation,
    o: Opt,
    sess: Session,
    request: dict[str, Any],
    quiet: int,
    cluster_label: Optional[str],
) -> int:
    from ..errors import SlurmError

    sent_at = time.time()
    try:
        body = sess.request("POST", "/slurm/{v}/job/submit", json=request)
    except SlurmError as exc:
        if exc.sent and exc.status is None:
            # sent, but no answer: the job may exist; find it rather than submit twice
            from . import recover

            found = recover.find_submitted(sess, request, sent_at)
            if len(found) != 1:
                inv.err.write(recover.explain(o.prog, found, exc) + "\n")
                return o.error_exit
            body = {"job_id": found[0]}
        else:
            return _submit_failed(inv, o, request, exc)
    return _submitted(inv, o, sess, body, quiet, cluster_label)


def _submit_failed(inv: Invocation, o: Opt, request: dict[str, Any], exc: Any) -> int:
    for line in _controller_messages(o, request, exc):
        inv.err.write(f"{o.prog}: error: {line}\n")
    if exc.errno == ESLURM_INVALID_GRES or (
        exc.errno == ESLURM_REST_FAIL_PARSING and _asks_gres(request)
    ):
        # the real sbatch validates GRES itself, before submitting anything
        inv.err.write(f"{o.prog}: error: Invalid generic resource (gres) specification\n")
        return o.error_exit
    inv.err.write(f"{o.prog}: error: Batch job submission failed: {exc.text}\n")
    return o.error_exit


def _submitted(
    inv: Invocation,
    o: Opt,
    sess: Session,
    body: dict[str, Any],
    quiet: int,
    cluster_label: Optional[str],
) -> int:
    from ..errors import first_error

    job_id = body.get("job_id")
    if isinstance(job_id, dict):  # never seen, but NoVal-shaped ids would land here
        job_id = job_id.get("number")
    if not isinstance(job_id, int) or isinstance(job_id, bool) or job_id <= 0:
        _errno, text, description = first_error(body)
        why = text or description or "slurmrestd returned no job id"
        inv.err.write(f"{o.prog}: error: Batch job submission failed: {why}\n")
        return o.error_exit
    message = body.get("job_submit_user_msg")
    if isinstance(message, str) and message and not quiet:
        for line in message.split("\n"):
            inv.err.write(f"{o.prog}: {line}\n")
    if cluster_label is not None and not cluster_label:
        meta = body.get("meta") or {}
        slurm = meta.get("slurm") or meta.get("Slurm") or {}
        cluster_label = slurm.get("cluster") if isinstance(slurm, dict) else None
        cluster_label = cluster_label or (o.clusters or "").split(",")[0]
    from .recover import remember

    remember(sess.env, sess.url, job_id)
    if not quiet:
        if o.parsable:
            inv.out.write(f"{job_id}{';' + cluster_label if cluster_label else ''}\n")
        else:
            suffix = f" on cluster {cluster_label}" if cluster_label else ""
            inv.out.write(f"Submitted batch job {job_id}{suffix}\n")
        inv.out.flush()
    if o.wait:
        return _wait(inv, o, sess, job_id)
    return 0


def _wait(inv: Invocation, o: Opt, sess: Session, job_id: int) -> int:
    """``--wait``: poll like sbatch (2 s, then x4 up to 32 s) and return the exit code."""
    from ..adapters.jobs import jobs_from_response
    from ..common import states
    from ..errors import ESLURM_INVALID_JOB_ID, SlurmError

    sleep_time = 2
    exit_code = 0
    while True:
        time.sleep(sleep_time)
        if sleep_time < 32:
            sleep_time = min(sleep_time * 4, 32)
        try:
            body = sess.request("GET", f"/slurm/{{v}}/job/{job_id}")
        except SlurmError as exc:
            if exc.errno == ESLURM_INVALID_JOB_ID or exc.status == 404:
                inv.err.write(
                    f"{o.prog}: error: Job {job_id} no longer found and exit code not found\n"
                )
                return exit_code
            inv.err.write(
                f"{o.prog}: error: Currently unable to load job state information, "
                f"retrying: {exc.text}\n"
            )
            continue
        jobs = jobs_from_response(sess.api, body)
        if not jobs:
            inv.err.write(
                f"{o.prog}: error: Job {job_id} no longer found and exit code not found\n"
            )
            return exit_code
        done = True
        for job in jobs:
            if states.base(int(getattr(job, "job_state"))) > states.JOB_SUSPENDED:  # noqa: B009
                status = int(getattr(job, "exit_code"))  # noqa: B009
                code = (status >> 8) & 0xFF if (status & 0x7F) == 0 else 1
                exit_code = max(exit_code, code)
            else:
                done = False
        if done:
            return exit_code


main = entry("sbatch", run)
