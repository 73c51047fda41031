"""Command-sequence replays of workflow clients that cannot be installed here.

Arvados' crunch-dispatch-slurm (Go), Galaxy's Slurm CLI job plugin (Python, but part of
the whole Galaxy server) and Nextflow's SlurmExecutor (JVM) drive the Slurm commands as
subprocesses.  Each test replays one client's exact command lines, in the client's
order, through the proxy pinned to one REST version (fixture ``cluster_api``), and reads
every answer with the rules of that client's parser: the small ``arvados_*``,
``galaxy_*`` and ``nextflow_*`` functions below, each naming the client file it mirrors
(facts read from the sources; see ../shared/notes/clients.md).

Every step also runs with the real command on a twin job (same options, its own name
and id), read by the same parser functions.  That proves the parser rules describe
real Slurm, and the test then requires the proxy's answer to mean the same thing to the
client as the real one's (same exit status class, same job states, nice values...).

The jobs run briefly (or are cancelled) in /srv/slurm-jobs/<release>/<test>/; the
waits between steps use the real squeue/sacct (fast, and not what is under test).
Every job is cancelled at the end.
"""

from __future__ import annotations

import re
import shlex
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Callable, NamedTuple, Optional

import pytest

from tests.support.clusters import Cluster
from tests.support.diff import Result, run_proxy, run_real

from .conftest import ClusterAPI

RUN = uuid.uuid4().hex[:5]

# Job states after which squeue's default state filter no longer lists a job.
TERMINAL = frozenset(
    ("COMPLETED", "CANCELLED", "FAILED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL")
    + ("BOOT_FAIL", "DEADLINE", "PREEMPTED")
)


# ------------------------------------------------------------------------ harness
class Side(NamedTuple):
    """One way of running the commands: the proxy pinned to ``api``, or (api "") the
    real command of the same cluster."""

    cluster: Cluster
    api: str
    tag: str  # "p" or "r", part of the job names

    @property
    def label(self) -> str:
        return f"proxy {self.api}" if self.api else "real"

    def run(
        self,
        prog: str,
        argv: Sequence[str],
        *,
        stdin: bytes = b"",
        cwd: Optional[Path] = None,
        env: Optional[dict[str, str]] = None,
    ) -> Result:
        where = str(cwd) if cwd else None
        if not self.api:
            return run_real(self.cluster, prog, argv, stdin=stdin, cwd=where, env=env)
        extra = {"SLURM_USER_NAME": self.cluster.user, "SLURM_PROXY_API_VERSION": self.api}
        extra.update(env or {})
        return run_proxy(self.cluster, prog, argv, stdin=stdin, cwd=where, env=extra)

    def shell(self, command: str, *, cwd: Optional[Path] = None) -> Result:
        """A command string the client runs through /bin/sh (the argv sh makes of it)."""
        prog, *argv = shlex.split(command)
        return self.run(prog, argv, cwd=cwd)


def _sides(ca: ClusterAPI) -> tuple[Side, Side]:
    return Side(ca.cluster, ca.api, "p"), Side(ca.cluster, "", "r")


def _say(side: Side, step: str, res: Result) -> str:
    return f"{step} ({side.label} on {side.cluster.release})\n{res}"


def _submitted(side: Side, step: str, res: Result) -> str:
    """The test's own bookkeeping (cleanup, waits): the id sbatch printed."""
    m = re.search(r"Submitted batch job (\d+)", res.stdout)
    assert m, _say(side, step, res)
    return m.group(1)


def _states(c: Cluster, ids: Sequence[str]) -> dict[str, str]:
    """Job id -> long state (array tasks as <id>_<task>), read with the real squeue."""
    r = c.real(["squeue", "-h", "-r", "-t", "all", "-o", "%i %T", "-j", ",".join(ids)])
    out: dict[str, str] = {}
    for line in r.stdout.decode().splitlines():
        words = line.split()
        if len(words) == 2:
            out[words[0]] = words[1]
    return out


def _wait(
    c: Cluster, want: dict[str, Callable[[str], bool]], what: str, timeout: float = 90
) -> None:
    """Until every job id in ``want`` has a state its predicate accepts."""
    deadline = time.monotonic() + timeout
    while True:
        st = _states(c, [i.split("_")[0] for i in want])
        if all(i in st and ok(st[i]) for i, ok in want.items()):
            return
        if time.monotonic() > deadline or any(
            st.get(i) in TERMINAL and not ok(st[i]) for i, ok in want.items()
        ):
            r = c.real(["squeue", "-t", "all", "-o", "%i %T %r", "-j", ",".join(want)])
            queue = r.stdout.decode() + r.stderr.decode()
            raise AssertionError(f"on {c.release}, jobs not {what}: {st}\n{queue}")
        time.sleep(0.3)


def running(state: str) -> bool:
    return state == "RUNNING"


def ended(state: str) -> bool:
    return state in TERMINAL


@pytest.fixture
def cleanup(cluster_api: ClusterAPI) -> Iterator[list[str]]:
    """Job ids to cancel (real scancel as the test user) when the test ends."""
    ids: list[str] = []
    yield ids
    if ids:
        cluster_api.cluster.real(["scancel", *ids])


# ======================================================================== Arvados
# crunch-dispatch-slurm (arvados/arvados services/crunch-dispatch-slurm/):
# - slurm.go: every command runs without a shell; sbatch/scancel/scontrol through
#   CombinedOutput(), of which only the exit status is used (the text is logged);
# - squeue.go check(): `squeue --all --noheader --format=%j %y %Q %T %r`, a non-zero
#   exit keeps the old view; stdout split on "\n", empty lines skipped, each line read
#   with fmt.Sscan(line, &uuid, &nice, &priority, &state, &reason); a line that does not
#   scan is skipped, so its job counts as gone from the queue (the container is then
#   cancelled or unlocked).  Leaving squeue is the completion signal.
ARVADOS_POLL = ["--all", "--noheader", "--format=%j %y %Q %T %r"]
ARVADOS_NICE = 10000  # crunch-dispatch-slurm initialNiceValue
_GO_INT = re.compile(r"[+-]?\d+\Z")


class ArvJob(NamedTuple):
    nice: int
    priority: int
    state: str
    reason: str


def arvados_check(stdout: str) -> tuple[dict[str, ArvJob], list[str]]:
    """squeue.go check(): (uuid -> job, lines that fmt.Sscan cannot read).  Sscan needs
    five whitespace-separated words, the 2nd and 3rd int64; extra words are ignored."""
    jobs: dict[str, ArvJob] = {}
    unparsed: list[str] = []
    for line in stdout.split("\n"):
        if line == "":
            continue
        words = line.split()
        if len(words) < 5 or not (_GO_INT.match(words[1]) and _GO_INT.match(words[2])):
            unparsed.append(line)
            continue
        jobs[words[0]] = ArvJob(int(words[1]), int(words[2]), words[3], words[4])
    return jobs, unparsed


def arvados_sbatch_32(uuid_: str) -> list[str]:
    """Arvados >= 3.2 (crunch-dispatch-slurm.go, SbatchArgumentsList as a template,
    default template with %U %M %C %T; no partitions, so no --partition)."""
    return [
        f"--nice={ARVADOS_NICE}",
        "--no-requeue",
        f"--job-name={uuid_}",
        "--mem=64",
        "--cpus-per-task=1",
        "--tmp=0",
    ]


def arvados_sbatch_31(uuid_: str) -> list[str]:
    """Arvados <= 3.1 (crunch-dispatch-slurm.go sbatchArgs, no InstanceTypes, one
    partition)."""
    return [
        f"--job-name={uuid_}",
        f"--nice={ARVADOS_NICE}",
        "--no-requeue",
        "--mem=64",
        "--cpus-per-task=1",
        "--tmp=0",
        "--partition=debug",
    ]


def arvados_script(uuid_: str, *argv: str) -> bytes:
    """script.go execScript: #!/bin/sh, then one exec line of single-quoted words, the
    container uuid last (crunch-run replaced by a shell command here)."""
    words = " ".join("'" + w.replace("'", "'\\''") + "'" for w in (*argv, uuid_))
    return f"#!/bin/sh\nGatewayAuthSecret='{uuid_[-8:]}' exec {words}\n".encode()


def arvados_cancel(side: Side, uuid_: str) -> list[Result]:
    """slurm.go Cancel: three scancel calls in order, stopping at the first failure."""
    done = []
    for args in (
        ["--state=pending"],
        ["--batch", "--signal=TERM", "--state=running"],
        ["--batch", "--signal=TERM", "--state=suspended"],
    ):
        res = side.run("scancel", [f"--name={uuid_}", *args])
        done.append(res)
        if res.rc != 0:
            break
    return done


def test_arvados(cluster_api: ClusterAPI, jobdir: Path, cleanup: list[str]) -> None:
    sides = _sides(cluster_api)
    c = cluster_api.cluster
    api = cluster_api.api
    # container uuids, matching containerUuidPattern ^[a-z0-9]{5}-dz642-[a-z0-9]{15}$
    uuids = {
        (s.tag, role): "zzzzz-dz642-" + f"{RUN}{api[-2:]}{s.tag}{role}".ljust(15, "0")
        for s in sides
        for role in ("pend", "run", "fin")
    }
    env = {"ARVADOS_API_HOST": "arvados.example:443", "ARVADOS_API_HOST_INSECURE": ""}
    ids: dict[tuple[str, str], str] = {}

    # 1. submit, script on stdin: a pending container (an admin's --begin in the
    #    SbatchArgumentsList template keeps it pending), a running one (<= 3.1 argv) and
    #    one that finishes and shows that sbatch's default --export=ALL carries the
    #    dispatcher's ARVADOS_* variables into the job
    for s in sides:
        u = {role: uuids[(s.tag, role)] for role in ("pend", "run", "fin")}
        out = jobdir / f"{u['fin']}.env"
        show_env = f'printf %s "$ARVADOS_API_HOST" > {out}'
        submits = [
            ("pend", [*arvados_sbatch_32(u["pend"]), "--begin=now+1hour"], ["/bin/true"]),
            ("run", arvados_sbatch_31(u["run"]), ["/bin/sh", "-c", "sleep 120"]),
            ("fin", arvados_sbatch_32(u["fin"]), ["/bin/sh", "-c", show_env]),
        ]
        for role, argv, command in submits:
            script = arvados_script(u[role], *command)
            res = s.run("sbatch", argv, stdin=script, cwd=jobdir, env=env)
            assert res.rc == 0, _say(s, f"sbatch {role}", res)
            ids[(s.tag, role)] = _submitted(s, f"sbatch {role}", res)
            cleanup.append(ids[(s.tag, role)])
    _wait(
        c,
        {
            **{ids[(s.tag, "run")]: running for s in sides},
            **{ids[(s.tag, "fin")]: ended for s in sides},
        },
        "running/finished",
    )
    for s in sides:
        out = jobdir / f"{uuids[(s.tag, 'fin')]}.env"
        assert out.read_text() == env["ARVADOS_API_HOST"], f"{s.label}: --export=ALL"

    def poll(step: str) -> dict[str, dict[str, ArvJob]]:
        """One squeue poll per side; each side's own containers by role."""
        views = {}
        for s in sides:
            res = s.run("squeue", ARVADOS_POLL)
            assert res.rc == 0, _say(s, step, res)
            jobs, unparsed = arvados_check(res.stdout)
            assert not unparsed, _say(s, f"{step}: lines Arvados cannot scan {unparsed}", res)
            views[s.label] = {
                role: jobs[uuids[(s.tag, role)]]
                for role in ("pend", "run", "fin")
                if uuids[(s.tag, role)] in jobs
            }
        return views

    def same(views: dict[str, dict[str, ArvJob]], step: str) -> dict[str, ArvJob]:
        """The proxy's view of its containers means what the real one's does (nice and
        state; priority and reason change under the scheduler's feet)."""
        proxy, real = (views[s.label] for s in sides)
        brief = {k: (v.nice, v.state) for k, v in proxy.items()}
        assert brief == {k: (v.nice, v.state) for k, v in real.items()}, (step, views)
        return proxy

    # node_type.go slurmKludge (with InstanceTypes): sinfo's combined output is compared
    # byte for byte with the wanted feature list + "\n"; a difference makes it rewrite
    # the node's features every 2 s.  The features update itself needs an admin.
    node = c.real(["sinfo", "-h", "-o", "%N"]).stdout.decode().split()[0]
    kludge = []
    for s in sides:
        res = s.run("sinfo", [f"--nodes={node}", "--format=%f", "--noheader"])
        assert res.rc == 0, _say(s, "sinfo features", res)
        kludge.append(res.stdout + res.stderr)
    assert kludge[0] == kludge[1], kludge

    # 2. poll: pending and running containers listed with the initial nice, the
    #    finished one gone (squeue's default state filter)
    view = same(poll("squeue after submit"), "squeue after submit")
    assert set(view) == {"pend", "run"}, view
    assert view["pend"].nice == ARVADOS_NICE and view["pend"].state == "PENDING", view
    assert view["run"] == ArvJob(ARVADOS_NICE, view["run"].priority, "RUNNING", "None"), view

    # 3. renice by name (squeue.go reniceAll -> slurm.go Renice); only the exit status
    #    (and, on failure, "Invalid nice value" in the output) is read.  12345 is above
    #    the Slurm 15 limit that Arvados clamps to once it sees that message.
    for s in sides:
        res = s.run("scontrol", ["update", f"JobName={uuids[(s.tag, 'pend')]}", "Nice=12345"])
        assert res.rc == 0 and res.stdout == res.stderr == "", _say(s, "scontrol update", res)
    view = same(poll("squeue after renice"), "squeue after renice")
    assert view["pend"].nice == 12345, view

    # 4. cancel both (slurm.go Cancel): every scancel must exit 0, matching or not
    for s in sides:
        for role in ("pend", "run"):
            for res in arvados_cancel(s, uuids[(s.tag, role)]):
                assert res.rc == 0, _say(s, f"scancel {role}", res)
    _wait(c, {ids[(s.tag, r)]: ended for s in sides for r in ("pend", "run")}, "cancelled")

    # 5. gone from the queue: the dispatcher's signal that the container ended
    view = same(poll("squeue after cancel"), "squeue after cancel")
    assert view == {}, view


# ========================================================================= Galaxy
# Galaxy's CLI job runner with its Slurm plugin (galaxyproject/galaxy
# lib/galaxy/jobs/runners/cli.py and lib/galaxy/jobs/runners/util/cli/job/slurm.py,
# version after PR #20717).  Commands are strings run through a shell (LocalShell:
# Popen(shell=True)), except the sacct of parse_single_status (subprocess.run argv).
GALAXY_STATUS = "squeue -a -o '%A %t'"

# slurm.py _get_job_state: compact state -> Galaxy job state (anything else: None)
GALAXY_STATES = {
    **dict.fromkeys(("BF", "CA", "DL", "F", "NF", "OOM", "RV", "TO", "UN"), "error"),
    **dict.fromkeys(("CG", "PR", "R", "RQ", "RS", "S"), "running"),
    "PD": "queued",
    "CD": "ok",
}
# slurm.py slurm_longjobstate_to_shortjobstate (sacct's State -> compact code)
GALAXY_LONG = {
    "BOOT_FAIL": "BF",
    "CANCELLED": "CA",
    "COMPLETED": "CD",
    "DEADLINE": "DL",
    "FAILED": "F",
    "NODE_FAIL": "NF",
    "OUT_OF_MEMORY": "OOM",
    "PENDING": "PD",
    "PREEMPTED": "PR",
    "RUNNING": "R",
    "REQUEUED": "RQ",
    "RESIZING": "RS",
    "REVOKED": "RV",
    "SUSPENDED": "S",
    "TIMEOUT": "TO",
    "UNKNOWN": "UN",
}


def galaxy_external_id(stdout: str) -> str:
    """cli.py queue_job: the last whitespace-separated word of sbatch's stdout."""
    return stdout.strip().split()[-1]


def galaxy_parse_status(status: str, job_ids: Sequence[str]) -> dict[str, Optional[str]]:
    """slurm.py parse_status: the first line is skipped as the header; every other line
    must be exactly two words (``id, state = line.split()`` raises otherwise, which
    ends the whole monitor cycle)."""
    out = {}
    for line in status.splitlines()[1:]:
        job_id, state = line.split()
        if job_id in job_ids:
            out[job_id] = GALAXY_STATES.get(state)
    return out


def galaxy_sacct_state(text: str) -> str:
    """slurm.py parse_single_status/parse_failure_reason on sacct -P -n output: skip
    .batch/.extern lines, split on "|" (two fields exactly once there are two or more),
    cut State at its first space (``CANCELLED by 1001``), map it to the compact code."""
    state = "CD"
    for line in text.splitlines():
        if ".batch" in line or ".extern" in line:
            continue
        fields = line.split("|")
        if len(fields) >= 2:
            _job_id, long_state = fields  # ValueError on three or more, as in Galaxy
            state = GALAXY_LONG.get(long_state.split(" ", 1)[0], "UN")
    return state


def galaxy_parse_single_status(side: Side, status: str, job_id: str) -> tuple[str, str]:
    """slurm.py parse_single_status: (Galaxy state, the compact state it computed).
    More than one line: line 2 holds the state.  Otherwise the job is gone and sacct
    decides: no output is a failed job; any output is "ok" (the computed state is
    discarded by Galaxy; it is returned here so that the test can check it)."""
    lines = status.splitlines()
    if len(lines) > 1:
        _job_id, state = lines[1].split()
        return GALAXY_STATES.get(state) or "None", state
    res = side.run("sacct", ["-o", "JobIDRaw,State", "-P", "-n", "-j", job_id])
    if not res.stdout.splitlines():
        return "error", "F"
    return "ok", galaxy_sacct_state(res.stdout)


def galaxy_script(d: Path, name: str, body: str) -> Path:
    """DEFAULT_JOB_FILE_TEMPLATE.sh with the Slurm plugin's job_script_kwargs headers
    (-o, -e, -J, then the destination's time/ncpus/partition and a ``--mem`` param)."""
    headers = [
        f"-o {d}/{name}.o",
        f"-e {d}/{name}.e",
        f"-J {name}",
        "-t 00:05:00",
        "-c 1",
        "-p debug",
        "--mem 64",
    ]
    lines = ["#!/bin/bash", "", *(f"#SBATCH {h}" for h in headers), "", body]
    lines.append(f"echo $? > {d}/{name}.ec")
    path = d / f"galaxy_{name}.sh"
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o755)
    return path


# Galaxy's DRMAA Slurm runner (lib/galaxy/jobs/runners/slurm.py, SlurmJobRunner
# _complete_terminal_job) submits through libdrmaa, but its post-mortem of a failed job
# runs the CLI (argv, no shell; a non-zero exit raises with the captured stderr).
GALAXY_INVALID_ID = "slurm_load_jobs error: Invalid job id specified\n"


def galaxy_drmaa_sacct_state(side: Side, job_id: str) -> str:
    """_get_slurm_state_with_sacct: `sacct -n -o state%-32 -j <id>`, the first word of the
    first line without a trailing "+".  No output raises IndexError, which
    _complete_terminal_job catches (it keeps DRMAA's state): "<exception>" here."""
    res = side.run("sacct", ["-n", "-o", "state%-32", "-j", job_id])
    assert res.rc == 0, _say(side, "sacct state%-32", res)
    lines = res.stdout.splitlines()
    if not lines:
        return "<exception>"
    return lines[0].strip().rstrip("+").split()[0]


def galaxy_drmaa_state(side: Side, job_id: str) -> str:
    """_get_slurm_state: `scontrol -o show job <id>` read as key=value words (a word
    without "=" continues the previous value) for JobState; exactly the invalid-id
    message on stderr falls back to sacct (any other failure is raised)."""
    res = side.run("scontrol", ["-o", "show", "job", job_id])
    if res.rc != 0:
        assert res.stderr == GALAXY_INVALID_ID, _say(side, "scontrol -o show job", res)
        return galaxy_drmaa_sacct_state(side, job_id)
    keys: list[str] = []
    values: list[str] = []
    for word in res.stdout.strip().split():
        if "=" in word:
            key, value = word.split("=", 1)
            keys.append(key)
            values.append(value)
        else:
            values[-1] += f" {word}"
    return dict(zip(keys, values))["JobState"]


def _sacct_has(c: Cluster, ids: Sequence[str], states: Sequence[str], timeout: float = 60) -> None:
    """Until the real sacct knows the final state of every job (slurmdbd lags)."""
    deadline = time.monotonic() + timeout
    while True:
        r = c.real(["sacct", "-X", "-n", "-P", "-o", "JobIDRaw,State", "-j", ",".join(ids)])
        got = dict(line.split("|", 1) for line in r.stdout.decode().splitlines() if "|" in line)
        if all(got.get(i, "").split(" ")[0] in states for i in ids):
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"sacct on {c.release} has not recorded {ids}: {got}")
        time.sleep(0.3)


def test_galaxy(cluster_api: ClusterAPI, jobdir: Path, cleanup: list[str]) -> None:
    sides = _sides(cluster_api)
    c = cluster_api.cluster
    ids: dict[tuple[str, str], str] = {}

    # 1. queue_job: write the job file, `sbatch <file>` (exit 0), id = last word
    for s in sides:
        for role, body in (("long", "sleep 120"), ("short", "true")):
            name = f"g42_cat1_{RUN}{s.tag}{role}"
            script = galaxy_script(jobdir, name, body)
            res = s.shell(f"sbatch {script}", cwd=jobdir)
            assert res.rc == 0, _say(s, "sbatch", res)
            job_id = galaxy_external_id(res.stdout)
            assert job_id.isdigit(), _say(s, "sbatch: external id", res)
            ids[(s.tag, role)] = job_id
            cleanup.append(job_id)
    _wait(
        c,
        {
            **{ids[(s.tag, "long")]: running for s in sides},
            **{ids[(s.tag, "short")]: ended for s in sides},
        },
        "running/finished",
    )
    _sacct_has(c, [ids[(s.tag, "short")] for s in sides], ["COMPLETED"])

    def monitor(step: str) -> dict[str, tuple[str, str]]:
        """check_watched_items: the batch status (exit 0 asserted by Galaxy), then the
        single status (exit status ignored) of each watched job missing from it."""
        views = {}
        for s in sides:
            mine = {ids[(s.tag, r)]: r for r in ("long", "short")}
            res = s.shell(GALAXY_STATUS)
            assert res.rc == 0, _say(s, step, res)
            assert res.stdout.splitlines()[0].split() == ["JOBID", "ST"], _say(s, step, res)
            try:
                batch = galaxy_parse_status(res.stdout, list(mine))
            except ValueError as err:
                raise AssertionError(_say(s, f"{step}: {err}", res)) from None
            view = {mine[i]: (str(st), "batch") for i, st in batch.items()}
            for job_id, role in mine.items():
                if job_id in batch:
                    continue
                single = s.shell(f"{GALAXY_STATUS} -j {job_id}")
                state, code = galaxy_parse_single_status(s, single.stdout, job_id)
                view[role] = (state, code)
            views[s.label] = view
        proxy, real = (views[s.label] for s in sides)
        assert proxy == real, (step, views)
        return proxy

    # 2. monitor: the long job running (batch list), the short one gone from squeue
    #    and found finished by sacct
    view = monitor("monitor after submit")
    assert view == {"long": ("running", "batch"), "short": ("ok", "CD")}, view
    # the single-job status of a job still in the queue: line 2 of the answer
    for s in sides:
        res = s.shell(f"{GALAXY_STATUS} -j {ids[(s.tag, 'long')]}")
        assert galaxy_parse_single_status(s, res.stdout, ids[(s.tag, "long")]) == (
            "running",
            "R",
        ), _say(s, "single status", res)
        assert (jobdir / f"g42_cat1_{RUN}{s.tag}short.ec").read_text() == "0\n"

    # 3. stop_job: `scancel <id>` (exit 0 asserted), then the job leaves the queue and
    #    sacct says CANCELLED; the failure reason read from sacct is neither OOM nor TO
    for s in sides:
        res = s.shell(f"scancel {ids[(s.tag, 'long')]}")
        assert res.rc == 0, _say(s, "scancel", res)
    _wait(c, {ids[(s.tag, "long")]: ended for s in sides}, "cancelled")
    _sacct_has(c, [ids[(s.tag, "long")] for s in sides], ["CANCELLED"])
    view = monitor("monitor after scancel")
    assert view == {"long": ("ok", "CA"), "short": ("ok", "CD")}, view
    for s in sides:
        res = s.shell(f"sacct -o JobIDRaw,State -P -n -j {ids[(s.tag, 'long')]}")
        assert res.rc == 0 and galaxy_sacct_state(res.stdout) == "CA", _say(s, "reason", res)

    # 4. the DRMAA runner's post-mortem: scontrol -o show job, sacct state%-32, and the
    #    exact invalid-id message that sends an unknown job to sacct
    for s in sides:
        got = {}
        for role in ("long", "short"):
            job_id = ids[(s.tag, role)]
            got[role] = (galaxy_drmaa_state(s, job_id), galaxy_drmaa_sacct_state(s, job_id))
        want = {"long": ("CANCELLED",) * 2, "short": ("COMPLETED",) * 2}
        assert got == want, (s.label, got)
        # above the default MaxJobId (67043328): never a job, in squeue or in sacct
        assert galaxy_drmaa_state(s, "99999999") == "<exception>", s.label


# ======================================================================= Nextflow
# nextflow-io/nextflow modules/nextflow/src/main/groovy/nextflow/executor/
# SlurmExecutor.groovy (with AbstractGridExecutor/GridTaskHandler): `sbatch .command.run`
# from the task directory, stdout and stderr merged; status by
# `squeue --noheader -o '%i %t' -t all -p <queue> -u <user>` (argv, no shell), stdout
# and stderr merged, non-zero exit: status unknown; kill by `scancel <id>...`.
NF_SUBMIT_RE = re.compile(r"Submitted batch job (\d+)")
# SlurmExecutor STATUS_MAP (anything else maps to null)
NF_STATUS = {
    "PD": "PENDING",
    "R": "RUNNING",
    "CA": "ERROR",
    "CF": "PENDING",
    "CG": "RUNNING",
    "CD": "DONE",
    "F": "ERROR",
    "TO": "ERROR",
    "NF": "ERROR",
    "S": "HOLD",
    "ST": "HOLD",
    "PR": "ERROR",
    "BF": "ERROR",
}
# what squeue's %i prints: <id>, <id>_<task>, <id>_[<range>], <id>+<offset>
_JOB_ID = re.compile(r"\d+(_\d+|_\[[-\d,%]+\]|\+\d+)?\Z")


def nextflow_parse_job_id(text: str) -> str:
    """SlurmExecutor.parseJobId: the first line matching the regex, else the whole
    trimmed text if it is a long integer, else IllegalStateException."""
    for line in text.splitlines():
        m = NF_SUBMIT_RE.search(line)
        if m:
            return m.group(1)
    trimmed = text.strip()
    if re.fullmatch(r"[+-]?\d{1,18}", trimmed):
        return trimmed
    raise ValueError(f"Invalid SLURM submit response:\n{text}")


def nextflow_parse_queue_status(text: str) -> tuple[dict[str, Optional[str]], list[str]]:
    """SlurmExecutor.parseQueueStatus: each line split on \\s+ (Java's String.split:
    trailing empty strings dropped, a leading one kept), only 2-column lines count.
    Returns (id -> status, the lines it skipped)."""
    out: dict[str, Optional[str]] = {}
    skipped = []
    for line in text.splitlines():
        cols = re.split(r"\s+", line)
        while cols and cols[-1] == "":
            cols.pop()
        if len(cols) == 2:
            out[cols[0]] = NF_STATUS.get(cols[1])
        else:
            skipped.append(line)
    return out, skipped


def nextflow_command_run(workdir: Path, name: str, directives: Sequence[str], body: str) -> None:
    """.command.run: getDirectives' #SBATCH lines in their order, then the wrapper
    (reduced to NXF_CHDIR, the task and the .exitcode file the wrapper writes)."""
    lines = ["#!/bin/bash", f"#SBATCH -J nf-{name}"]
    lines += [f"#SBATCH {d}" for d in directives]
    lines += [f"NXF_CHDIR={workdir}", 'cd "$NXF_CHDIR"', body, "echo $? > .exitcode"]
    workdir.mkdir(parents=True, exist_ok=True)
    workdir.chmod(0o1777)
    (workdir / ".command.run").write_text("\n".join(lines) + "\n")


def test_nextflow(cluster_api: ClusterAPI, jobdir: Path, cleanup: list[str]) -> None:
    sides = _sides(cluster_api)
    c = cluster_api.cluster
    rel = tuple(int(x) for x in c.release.split("."))
    ids: dict[tuple[str, str], str] = {}
    workdirs: dict[tuple[str, str], Path] = {}

    def directives(wd: Path, array: bool) -> list[str]:
        log = "/dev/null" if array else f"{wd}/.command.log"
        head = ["--array 0-1"] if array else []
        return [*head, f"-o {log}", "--no-requeue", "--signal B:USR2@30"] + [
            "-t 00:05:00",
            "--mem 64M",
            "-p debug",
        ]

    # 1. submit three tasks per side: a long one, a short one, a 2-task array
    for s in sides:
        for role, body, array in (
            ("long", "sleep 120", False),
            ("short", "true", False),
            ("array", "true", True),
        ):
            wd = jobdir / f"work-{s.tag}" / role
            nextflow_command_run(wd, f"{role}_{RUN}{s.tag}", directives(wd, array), body)
            workdirs[(s.tag, role)] = wd
            res = s.run("sbatch", [".command.run"], cwd=wd)
            merged = res.stdout + res.stderr
            assert res.rc == 0, _say(s, f"sbatch {role}", res)
            try:
                ids[(s.tag, role)] = nextflow_parse_job_id(merged)
            except ValueError as err:
                raise AssertionError(_say(s, f"sbatch {role}: {err}", res)) from None
            cleanup.append(ids[(s.tag, role)])
    _wait(
        c,
        {
            **{ids[(s.tag, "long")]: running for s in sides},
            **{ids[(s.tag, "short")]: ended for s in sides},
            **{f"{ids[(s.tag, 'array')]}_{t}": ended for s in sides for t in (0, 1)},
        },
        "running/finished",
    )
    for s in sides:
        assert (workdirs[(s.tag, "short")] / ".exitcode").read_text() == "0\n", s.label

    def status(step: str, argv: list[str]) -> dict[str, Optional[str]]:
        """queueStatusCommand + parseQueueStatus, each side's own tasks by role."""
        views = {}
        for s in sides:
            res = s.run("squeue", argv)
            merged = res.stdout + res.stderr
            assert res.rc == 0, _say(s, step, res)
            table, skipped = nextflow_parse_queue_status(merged)
            # every line is a job line: none dropped, and no stray message read as a job
            assert not skipped, _say(s, f"{step}: lines skipped {skipped}", res)
            bad = [k for k in table if not _JOB_ID.match(k)]
            assert not bad, _say(s, f"{step}: not job ids {bad}", res)
            arr = ids[(s.tag, "array")]
            keys = {
                "long": ids[(s.tag, "long")],
                "short": ids[(s.tag, "short")],
                "array_0": f"{arr}_0",
                "array_1": f"{arr}_1",
            }
            views[s.label] = {role: table.get(key) for role, key in keys.items()}
        proxy, real = (views[s.label] for s in sides)
        assert proxy == real, (step, views)
        return proxy

    user_argv = ["--noheader", "-o", "%i %t", "-t", "all", "-p", "debug", "-u", c.user]
    done = {"short": "DONE", "array_0": "DONE", "array_1": "DONE"}
    # 2. status: the long task RUNNING, the finished ones DONE
    assert status("squeue -p -u", user_argv) == {"long": "RUNNING", **done}
    if rel >= (23, 11):  # executor.onlyJobState (squeue --only-job-state, Slurm 23.11.5+)
        state_argv = ["--noheader", "-o", "%i %t", "-t", "all", "--only-job-state"]
        assert status("squeue --only-job-state", state_argv) == {"long": "RUNNING", **done}

    # 3. kill: `scancel <ids>` in one batch (a finished id among them); the exit code
    #    is only logged, the real one's is 0
    for s in sides:
        res = s.run("scancel", [ids[(s.tag, "long")], ids[(s.tag, "short")]])
        assert res.rc == 0 and res.stdout == res.stderr == "", _say(s, "scancel", res)
    _wait(c, {ids[(s.tag, "long")]: ended for s in sides}, "cancelled")
    # 4. status again: the cancelled task is CA -> ERROR (-t all keeps it listed)
    assert status("squeue after scancel", user_argv) == {"long": "ERROR", **done}
