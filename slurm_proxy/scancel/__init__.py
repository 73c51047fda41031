"""scancel over slurmrestd, with the real scancel's messages and exit codes.

The real scancel has three paths (src/scancel/scancel.c), reproduced here:

1. ids only (no signal, state, name, ... options): every id string is sent to
   slurmctld as given (``slurm_kill_job2``); "already done" and "invalid job id"
   answers are silent and exit 0.  Over REST: one bulk ``DELETE /jobs`` with the ids
   (v0.0.40+ on 23.11.6 and later), else one ``DELETE /job/{id}`` per id.
2. ``--ctld``, ``-M`` or ``$SCANCEL_CTLD`` (23.11 and later): one ``kill_jobs`` request
   with the filters applied by slurmctld; that is exactly ``DELETE /jobs`` with a body.
3. anything else: load every job (``GET /jobs``), report the ids that are not active
   jobs (``Kill job error on job id N: Invalid job id specified``, exit 1), apply the
   filters locally (``-n``, ``-t``, ``-u``, ``-p``, ...), then signal pending jobs
   first and the others after (``DELETE /jobs``, or ``/job/{id}`` per id).

Because path 3 decides which ids exist from ``GET /jobs``, the exit code is right even
on API versions whose DELETE answers 200 for an unknown job (v0.0.40/41).
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Optional

from ..cli import Invocation, entry
from ..common import states
from ..common.conn import (
    NEWEST,
    Conn,
    UnknownClusters,
    clusters_from_env,
    first_profile,
    prescan_clusters,
    resolve_clusters,
    version_line,
)
from ..common.getopt import NO_ARGUMENT, REQUIRED_ARGUMENT, Getopt, LongOpt, UsageError
from ..common.hostlist import Hostlist, HostlistError, Hostset
from ..errors import ESLURM_ALREADY_DONE, ESLURM_INVALID_JOB_ID, SlurmError

NO_VAL = 0xFFFFFFFE
INFINITE = 0xFFFFFFFF
NO_VAL16 = 0xFFFE
SIGKILL = 9
SLURM_BATCH_SCRIPT = 0xFFFFFFFB

Release = tuple[int, int]

SIGNALS = {
    "HUP": 1,
    "INT": 2,
    "QUIT": 3,
    "ABRT": 6,
    "KILL": 9,
    "ALRM": 14,
    "TERM": 15,
    "CHLD": 17,
    "USR1": 10,
    "USR2": 12,
    "PIPE": 13,
    "URG": 23,
    "CONT": 18,
    "STOP": 19,
    "TSTP": 20,
    "TTIN": 21,
    "TTOU": 22,
    "XCPU": 24,
}
_SIGNAL_ORDER = (
    "HUP",
    "INT",
    "QUIT",
    "ABRT",
    "KILL",
    "ALRM",
    "TERM",
    "CHLD",
    "USR1",
    "USR2",
    "PIPE",
    "URG",
    "CONT",
    "STOP",
    "TSTP",
    "TTIN",
    "TTOU",
    "XCPU",
)


class Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class JobId:
    text: str  # the argument as scancel passes it to slurmctld (comma-split)
    job_id: int
    array_id: int = NO_VAL
    step_id: int = SLURM_BATCH_SCRIPT
    sluid: Optional[str] = None
    found: bool = False
    pending: bool = False
    done: bool = False  # opt.job_id[j] = 0 in the C code


@dataclass
class Opt:
    release: Release = NEWEST
    account: Optional[str] = None
    admin_comment: Optional[str] = None
    batch: bool = False
    ctld: bool = False
    cron: bool = False
    full: bool = False
    hurry: bool = False
    interactive: bool = False
    job_name: Optional[str] = None
    nodelist: Optional[str] = None
    partition: Optional[str] = None
    qos: Optional[str] = None
    reservation: Optional[str] = None
    sibling: Optional[str] = None
    signal: int = NO_VAL16
    state: int = states.JOB_END
    user_name: Optional[str] = None
    me: bool = False
    verbose: int = 0
    wckey: Optional[str] = None
    clusters: Optional[str] = None
    ids: list[JobId] = field(default_factory=list)


# -- option parsing -------------------------------------------------------------------------
def long_options(release: Release) -> list[LongOpt]:
    opts = [
        LongOpt("account", REQUIRED_ARGUMENT, "A"),
        LongOpt("batch", NO_ARGUMENT, "b"),
        LongOpt("ctld", NO_ARGUMENT, "ctld"),
        LongOpt("full", NO_ARGUMENT, "f"),
        LongOpt("help", NO_ARGUMENT, "help"),
        LongOpt("hurry", NO_ARGUMENT, "H"),
        LongOpt("interactive", NO_ARGUMENT, "i"),
        LongOpt("cluster", REQUIRED_ARGUMENT, "M"),
        LongOpt("clusters", REQUIRED_ARGUMENT, "M"),
        LongOpt("jobname", REQUIRED_ARGUMENT, "n"),
        LongOpt("me", NO_ARGUMENT, "me"),
        LongOpt("name", REQUIRED_ARGUMENT, "n"),
        LongOpt("nodelist", REQUIRED_ARGUMENT, "w"),
        LongOpt("partition", REQUIRED_ARGUMENT, "p"),
        LongOpt("qos", REQUIRED_ARGUMENT, "q"),
        LongOpt("quiet", NO_ARGUMENT, "Q"),
        LongOpt("reservation", REQUIRED_ARGUMENT, "R"),
        LongOpt("sibling", REQUIRED_ARGUMENT, "sibling"),
        LongOpt("signal", REQUIRED_ARGUMENT, "s"),
        LongOpt("state", REQUIRED_ARGUMENT, "t"),
        LongOpt("usage", NO_ARGUMENT, "usage"),
        LongOpt("user", REQUIRED_ARGUMENT, "u"),
        LongOpt("verbose", NO_ARGUMENT, "v"),
        LongOpt("version", NO_ARGUMENT, "V"),
        LongOpt("wckey", REQUIRED_ARGUMENT, "wckey"),
    ]
    if release >= (23, 2):
        opts.insert(0, LongOpt("autocomplete", REQUIRED_ARGUMENT, "autocomplete"))
        i = next(i for i, o in enumerate(opts) if o.name == "ctld")
        opts.insert(i + 1, LongOpt("cron", NO_ARGUMENT, "c"))
    if release >= (25, 11):
        i = next(i for i, o in enumerate(opts) if o.name == "account")
        opts.insert(i + 1, LongOpt("admin-comment", REQUIRED_ARGUMENT, "admin-comment"))
    return opts


def shortopts(release: Release) -> str:
    if release < (23, 2):
        return "A:bfHiM:n:p:Qq:R:s:t:u:vVw:"
    return "A:bcfHiM:n:p:Qq:R:s:t:u:vVw:"


def _strtol(text: str) -> tuple[int, str]:
    i, n = 0, len(text)
    while i < n and text[i] in " \t\n\v\f\r":
        i += 1
    start = i
    if i < n and text[i] in "+-":
        i += 1
    j = i
    while j < n and text[j].isdigit():
        j += 1
    if j == i:
        return 0, text
    return int(text[start:j]), text[j:]


def sig_name2num(name: str) -> int:
    value, rest = _strtol(name)
    if rest != name:
        return value if rest.strip() == "" else 0
    ptr = name.lstrip()
    if ptr[:3].upper() == "SIG":
        ptr = ptr[3:]
    for sig in _SIGNAL_ORDER:
        if ptr[: len(sig)].upper() == sig and ptr[len(sig) :].strip() == "":
            return SIGNALS[sig]
    return 0


def _xlate_state(name: str, env: bool, err: Any) -> int:
    num = states.job_state_num(name)
    if num is not None:
        return num
    if env:
        err.write(f"Unrecognized SCANCEL_STATE value: {name}\n")
    else:
        err.write(f"Invalid job state specified: {name}\n")
    err.write("Valid job states are PENDING, RUNNING, and SUSPENDED\n")
    raise Exit(1)


def _tf_env(env: dict[str, str], name: str, err: Any) -> Optional[bool]:
    val = env.get(name)
    if val is None:
        return None
    low = val.lower()
    if low in ("true", "t"):
        return True
    if low in ("false", "f"):
        return False
    err.write(f"scancel: error: Unrecognized {name} value: {val}\n")
    return None


def _xlate_ids(rest: list[str], release: Release, err: Any) -> list[JobId]:
    out: list[JobId] = []
    args = list(rest)
    i = 0
    while i < len(args):
        arg = args[i]
        if release >= (26, 5) and arg.startswith("s"):
            head, comma, tail = arg.partition(",")
            if comma:
                args.insert(i + 1, tail)
            sluid = head.split(".", 1)[0]
            if len(sluid) < 2 or not sluid[1:].isalnum():
                err.write(f"scancel: error: Invalid SLUID {head}\n")
                raise Exit(1)
            out.append(JobId(head, NO_VAL, sluid=sluid))
            i += 1
            continue
        job_id, nxt = _strtol(arg)
        if job_id <= 0:
            err.write(f"scancel: error: Invalid job id {arg}\n")
            raise Exit(1)
        job_id &= 0xFFFFFFFF
        if nxt.startswith("_["):
            end = nxt.find("]", 2)
            if end < 0 or end != len(nxt) - 1:
                err.write(f"scancel: error: Invalid job id {arg}\n")
                raise Exit(1)
            try:
                tasks = list(Hostlist(nxt[1:]))
            except HostlistError:
                err.write(f"scancel: error: Invalid job id {arg}\n")
                raise Exit(1) from None
            for t in tasks:
                value, _ = _strtol(t)
                if value < 0:
                    err.write(f"scancel: error: Invalid job id {arg}\n")
                    raise Exit(1)
                out.append(JobId(arg, job_id, value))
            i += 1
            continue
        array_id = NO_VAL
        if nxt.startswith("_*"):
            array_id = INFINITE
            nxt = nxt[2:]
        elif nxt.startswith("_"):
            value, nxt = _strtol(nxt[1:])
            if value < 0:
                err.write(f"scancel: error: Invalid job id {arg}\n")
                raise Exit(1)
            array_id = value
        elif nxt.startswith("+"):
            value, nxt = _strtol(nxt[1:])
            if value < 0:
                err.write(f"scancel: error: Invalid job id {arg}\n")
                raise Exit(1)
        step_id = SLURM_BATCH_SCRIPT
        if nxt.startswith("."):
            value, nxt = _strtol(nxt[1:])
            if value < 0:
                err.write(f"scancel: error: Invalid job id {arg}\n")
                raise Exit(1)
            step_id = value
        if nxt.startswith(","):
            args[i] = arg[: len(arg) - len(nxt)]
            args.insert(i + 1, nxt[1:])
        elif nxt:
            err.write(f"scancel: error: Invalid job id {arg}\n")
            raise Exit(1)
        out.append(JobId(args[i], job_id, array_id, step_id))
        i += 1
    return out


def parse(
    argv: list[str], env: dict[str, str], release: Release, out: Any, err: Any, version: str = ""
) -> Opt:
    o = Opt(release=release)
    if "SCANCEL_ACCOUNT" in env:
        o.account = env["SCANCEL_ACCOUNT"].lower()
    batch = _tf_env(env, "SCANCEL_BATCH", err)
    if batch is not None:
        o.batch = batch
    if "SCANCEL_CTLD" in env:
        o.ctld = True
    if "SCANCEL_CRON" in env and release >= (23, 2):
        o.cron = True
    full = _tf_env(env, "SCANCEL_FULL", err)
    if full is not None:
        o.full = full
    if "SCANCEL_HURRY" in env:
        o.hurry = True
    interactive = _tf_env(env, "SCANCEL_INTERACTIVE", err)
    if interactive is not None:
        o.interactive = interactive
    if "SCANCEL_NAME" in env:
        o.job_name = env["SCANCEL_NAME"]
    if "SCANCEL_PARTITION" in env:
        o.partition = env["SCANCEL_PARTITION"]
    if "SCANCEL_QOS" in env:
        o.qos = env["SCANCEL_QOS"].lower()
    if "SCANCEL_STATE" in env:
        o.state = _xlate_state(env["SCANCEL_STATE"], True, err)
    if "SCANCEL_USER" in env:
        o.user_name = env["SCANCEL_USER"]
    verbose = _tf_env(env, "SCANCEL_VERBOSE", err)
    if verbose is not None:
        o.verbose = int(verbose)
    if "SCANCEL_WCKEY" in env:
        o.wckey = env["SCANCEL_WCKEY"]
    if "SLURM_CLUSTERS" in env:
        o.clusters = env["SLURM_CLUSTERS"]
        o.ctld = True

    parser = Getopt(
        "scancel",
        argv,
        shortopts(release),
        long_options(release),
        posixly_correct="POSIXLY_CORRECT" in env,
    )
    try:
        for opt in parser:
            c, arg = opt.val, opt.arg or ""
            if c == "A":
                o.account = arg.lower()
            elif c == "b":
                o.batch = True
            elif c == "ctld":
                o.ctld = True
            elif c == "c":
                o.cron = True
            elif c == "f":
                o.full = True
            elif c == "H":
                o.hurry = True
            elif c == "i":
                o.interactive = True
            elif c == "M":
                o.clusters = arg
                o.ctld = True
            elif c == "me":
                o.user_name = None
                o.me = True
            elif c == "n":
                o.job_name = arg
            elif c == "p":
                o.partition = arg
            elif c == "Q":
                o.verbose = -1
            elif c == "q":
                o.qos = arg.lower()
            elif c == "R":
                o.reservation = arg
            elif c == "s":
                o.signal = sig_name2num(arg) & 0xFFFF
                if not o.signal:
                    err.write(f"Unknown job signal: {arg}\n")
                    raise Exit(1)
            elif c == "t":
                o.state = _xlate_state(arg, False, err)
            elif c == "u":
                o.user_name = arg
                o.me = False
            elif c == "v":
                o.verbose += 1
            elif c == "V":
                out.write(version)
                raise Exit(0)
            elif c == "w":
                o.nodelist = arg
            elif c == "sibling":
                o.sibling = arg
            elif c == "wckey":
                o.wckey = arg
            elif c == "admin-comment":
                o.ctld = True
                o.admin_comment = arg
            elif c == "help":
                from .help import help_text

                out.write(help_text(release))
                raise Exit(0)
            elif c == "usage":
                from .help import usage_text

                out.write(usage_text(release))
                raise Exit(0)
            elif c == "autocomplete":
                raise Exit(0)
    except UsageError as exc:
        err.write(f"{exc.message}\n")
        err.write('Try "scancel --help" for more information\n')
        raise Exit(1) from None
    if parser.rest:
        o.ids = _xlate_ids(parser.rest, release, err)
    if o.nodelist and "/" in o.nodelist:
        try:
            with open(o.nodelist, encoding="utf-8") as fh:
                o.nodelist = ",".join(fh.read().split())
        except OSError:
            pass
    if not (
        o.account
        or o.ids
        or o.job_name
        or o.nodelist
        or o.partition
        or o.qos
        or o.reservation
        or o.state != states.JOB_END
        or o.user_name
        or o.me
        or o.wckey
    ):
        err.write("scancel: error: No job identification provided\n")
        raise Exit(1)
    return o


def has_default_opt(o: Opt, release: Release) -> bool:
    return (
        o.account is None
        and not o.batch
        and (not o.ctld or release < (24, 5))  # --ctld (set by -M) counts since 24.05
        and not o.interactive
        and o.job_name is None
        and o.partition is None
        and o.qos is None
        and o.reservation is None
        and o.signal == NO_VAL16
        and o.state == states.JOB_END
        and o.user_name is None
        and not o.me
        and o.wckey is None
        and o.nodelist is None
    )


def has_job_steps(o: Opt) -> bool:
    return any(j.step_id not in (SLURM_BATCH_SCRIPT, NO_VAL) for j in o.ids)


def has_filter_opt(o: Opt) -> bool:
    return bool(
        o.account
        or o.job_name
        or o.nodelist
        or o.partition
        or o.qos
        or o.reservation
        or o.state != states.JOB_END
        or o.user_name
        or o.me
        or o.wckey
    )


# -- the command ----------------------------------------------------------------------------
class Cancel:
    """One scancel run against one cluster."""

    def __init__(self, inv: Invocation, conn: Conn, o: Opt) -> None:
        self.inv = inv
        self.conn = conn
        self.o = o
        self.rc = 0

    # messages ---------------------------------------------------------------------------
    def error(self, msg: str) -> None:
        self.inv.err.write(f"scancel: error: {msg}\n")

    def verbose(self, msg: str) -> None:
        if self.o.verbose > 0:
            self.inv.err.write(f"scancel: {msg}\n")

    def job_type(self) -> str:
        if self.o.full:
            return "full "
        if self.o.batch:
            return "batch "
        return ""

    def flags(self, verbose: bool = False) -> list[str]:
        flags = []
        if self.o.batch:
            flags.append("BATCH_JOB")
        if self.o.cron:
            flags.append("CRON_JOBS")
        if self.o.full:
            flags.append("FULL_JOB")
        if self.o.hurry:
            flags.append("HURRY")
        if verbose:
            flags.append("VERBOSE")
        return flags

    def signal(self) -> int:
        return SIGKILL if self.o.signal == NO_VAL16 else self.o.signal

    # signalling ----------------------------------------------------------------------------
    def _bulk_available(self) -> bool:
        return self.conn.sess.api not in ("v0.0.38", "v0.0.39")

    def kill(self, id_strs: list[str]) -> None:
        """slurm_kill_job2() for each id, with scancel's error handling."""
        if not id_strs:
            return
        sig = self.signal()
        for s in id_strs:
            if self.o.signal == NO_VAL16:
                self.verbose(f"Terminating {self.job_type()}job {s}")
            else:
                self.verbose(f"Signal {sig} to {self.job_type()}job {s}")
        failures: list[tuple[str, int, str]] = []
        if self._bulk_available():
            body: dict[str, Any] = {"jobs": id_strs, "signal": sig}
            flags = self.flags()
            if flags:
                body["flags"] = flags
            try:
                resp = self.conn.request("DELETE", "/slurm/{v}/jobs", json=body)
            except SlurmError as exc:
                if exc.status == 404 and exc.errno is None:  # no bulk DELETE (23.11.0-5)
                    failures = self._kill_each(id_strs, sig)
                elif exc.errno is not None and exc.kind == "server":
                    # the request as a whole failed: every job reports that error
                    failures = [(s, exc.errno, _strerror(exc.errno, exc.text)) for s in id_strs]
                else:
                    raise
            else:
                failures = _status_failures(resp, id_strs)
        else:
            failures = self._kill_each(id_strs, sig)
        for id_str, code, text in failures:
            if self.o.verbose > 0 or code not in (ESLURM_ALREADY_DONE, ESLURM_INVALID_JOB_ID):
                self.error(f"Kill job error on job id {id_str}: {text}")
            if code in (ESLURM_ALREADY_DONE, ESLURM_INVALID_JOB_ID) and sig == SIGKILL:
                code = 0
            self.rc = max(self.rc, code)

    def _kill_each(self, id_strs: list[str], sig: int) -> list[tuple[str, int, str]]:
        failures = []
        params: dict[str, Any] = {}
        if sig != SIGKILL:
            params["signal"] = sig
        flags = self.flags()
        if flags and self.conn.sess.api != "v0.0.38":
            params["flags"] = ",".join(flags)
        for s in id_strs:
            path = "/slurm/{v}/job/" + urllib.parse.quote(s, safe="")
            try:
                resp = self.conn.request("DELETE", path, params=params or None)
            except SlurmError as exc:
                if exc.errno is None:
                    raise
                failures.append((s, exc.errno, _strerror(exc.errno, exc.text)))
                continue
            for _, code, text in _status_failures(resp, [s]):
                failures.append((s, code, text))
        return failures

    # path 2: kill_jobs with server-side filters ------------------------------------------
    def ctld(self) -> int:
        o = self.o
        body: dict[str, Any] = {"signal": self.signal()}
        flags = self.flags(verbose=o.verbose > 0)
        if flags:
            body["flags"] = flags
        if o.ids:
            body["jobs"] = [j.text for j in o.ids]
        for key, value in (
            ("account", o.account),
            ("job_name", o.job_name),
            ("partition", o.partition),
            ("qos", o.qos),
            ("reservation", o.reservation),
            ("wckey", o.wckey),
            ("nodes", o.nodelist),
        ):
            if value is not None:
                body[key] = value
        if o.state != states.JOB_END:
            body["job_state"] = [states.job_state_string(o.state)]
        user = self.conn.sess.user if o.me else o.user_name
        if user is not None and not o.me:
            self._check_user_name(user)
        if user is not None:
            body["user_name"] = user
        if o.admin_comment is not None:
            body["admin_comment"] = o.admin_comment
        try:
            resp = self.conn.request("DELETE", "/slurm/{v}/jobs", json=body)
        except SlurmError as exc:
            if exc.errno is None:
                raise
            self.error(_strerror(exc.errno, exc.text))
            return exc.errno & 0xFF
        entries = resp.get("status") if isinstance(resp, dict) else None
        success = False
        for item in entries or ():
            if not isinstance(item, dict):
                continue
            err = item.get("error") or {}
            code = int(err.get("code") or 0) if isinstance(err, dict) else 0
            if code == 0:
                success = True
            if o.verbose > 0 or code not in (ESLURM_ALREADY_DONE, ESLURM_INVALID_JOB_ID):
                id_str = _entry_id(item)
                if code:
                    text = err.get("message") or err.get("string") or ""
                    self.error(f"Kill job error on job id {id_str}: {text}")
                elif o.signal == NO_VAL16:
                    self.verbose(f"Terminating {self.job_type()}job {id_str}")
                else:
                    self.verbose(f"Signal {self.signal()} to {self.job_type()}job {id_str}")
        if o.verbose > 0 and has_filter_opt(o) and (not entries or not success):
            self._filter_err_msg()
        return 0

    def _filter_err_msg(self) -> None:
        o = self.o
        text = ""
        for key, value in (
            ("account", o.account),
            ("job_name", o.job_name),
            ("nodelist", o.nodelist),
            ("partition", o.partition),
            ("qos", o.qos),
            ("reservation", o.reservation),
        ):
            if value:
                text += f"{key}={value} "
        if o.state != states.JOB_END:
            text += f"state={states.job_state_string(o.state)} "
        user = self._user_text()
        if user:
            text += f"user_name={user} "
        if o.wckey:
            text += f"wckey={o.wckey} "
        if text:
            self.error(f"No active jobs match ALL job filters, including: {text}")

    def _user_text(self) -> Optional[str]:
        if self.o.me:
            return str(os.getuid())
        return self.o.user_name

    # path 3: load, verify, filter, cancel -------------------------------------------------
    def full(self) -> int:
        from ..adapters import jobs as jobs_adapter

        try:
            body = self.conn.get("/slurm/{v}/jobs")
        except SlurmError as exc:
            if exc.errno is None:
                raise
            self.inv.err.write(f"slurm_load_jobs error: {_strerror(exc.errno, exc.text)}\n")
            raise Exit(1) from None
        jobs = jobs_adapter.jobs_from_response(self.conn.sess.api, body)
        user = self._resolve_user(jobs)
        live = [j for j in jobs if not states.is_finished(j.job_state)]
        selected = [True] * len(live)
        rc = self._verify(live, selected)
        if has_filter_opt(self.o):
            self._filter(live, selected, user)
        self._cancel(live, selected)
        return max(rc, self.rc)

    def _check_user_name(self, name: str) -> None:
        """_opt_verify(): a user name that does not resolve stops scancel."""
        if name == self.conn.sess.user:
            return
        value, rest = _strtol(name)
        if not rest and name[:1].isdigit() and (_local_uid(value) or self.o.release >= (26, 5)):
            return
        try:
            import pwd

            pwd.getpwnam(name)
            return
        except (KeyError, ImportError):
            pass
        self.error(f"Invalid user name: {name}")
        raise Exit(1)

    def _resolve_user(self, jobs: list[Any]) -> Optional[tuple[Optional[str], Optional[int]]]:
        o = self.o
        if o.me:
            return (self.conn.sess.user, None)
        if o.user_name is None:
            return None
        name = o.user_name
        if any(j.user_name == name for j in jobs) or name == self.conn.sess.user:
            return (name, None)
        value, rest = _strtol(name)
        numeric = not rest and name[:1].isdigit()
        if numeric and (
            any(j.user_id == value for j in jobs) or _local_uid(value) or o.release >= (26, 5)
        ):
            return (None, value)
        try:
            import pwd

            pwd.getpwnam(name)
            return (name, None)
        except (KeyError, ImportError):
            pass
        self.error(f"Invalid user name: {name}")
        raise Exit(1)

    def _verify(self, live: list[Any], selected: list[bool]) -> int:
        o = self.o
        if not o.ids:
            return 0
        for idx, job in enumerate(live):
            referenced = False
            for j in o.ids:
                hit = _matches(j, job)
                if hit:
                    j.found = True
                    if states.is_pending(job.job_state):
                        j.pending = True
                    referenced = True
            if not referenced:
                selected[idx] = False
        rc = 0
        for j in o.ids:
            if j.found:
                continue
            rc = 1
            if o.verbose >= 0:
                if j.sluid is not None:
                    text = j.sluid
                elif j.array_id == NO_VAL:
                    text = str(j.job_id)
                elif j.array_id == INFINITE:
                    text = f"{j.job_id}_*"
                else:
                    text = f"{j.job_id}_{j.array_id}"
                if j.step_id == SLURM_BATCH_SCRIPT:
                    self.error(f"Kill job error on job id {text}: Invalid job id specified")
                else:
                    self.error(
                        f"Kill job error on job step id {text}.{j.step_id}: "
                        "Invalid job id specified"
                    )
            j.done = True
        return rc

    def _filter(
        self,
        live: list[Any],
        selected: list[bool],
        user: Optional[tuple[Optional[str], Optional[int]]],
    ) -> None:
        o = self.o
        nodes = o.nodelist
        matches = 0
        leader = None
        for idx, job in enumerate(live):
            if job.het_job_id and not job.het_job_offset:
                leader = (idx, job)
            if not selected[idx]:
                continue
            base = states.base(job.job_state)
            keep = base in (states.JOB_PENDING, states.JOB_RUNNING, states.JOB_SUSPENDED)
            if keep and o.account and job.account != o.account:
                keep = False
            if keep and o.job_name and job.name != o.job_name:
                keep = False
            if keep and o.partition and job.partition != o.partition:
                keep = False
            if keep and o.qos and job.qos != o.qos:
                keep = False
            if keep and o.reservation and job.resv_name != o.reservation:
                keep = False
            if keep and o.state != states.JOB_END and base != o.state:
                keep = False
            if keep and user is not None:
                name, uid = user
                if not (
                    (name is not None and job.user_name == name)
                    or (uid is not None and job.user_id == uid)
                ):
                    keep = False
            if keep and nodes:
                try:
                    keep = Hostset(job.nodes or "").intersects(nodes)
                except HostlistError:
                    keep = False
            if keep and o.wckey:
                key = job.wckey
                if not o.wckey.startswith("*") and key and key.startswith("*"):
                    key = key[1:]
                keep = key == o.wckey
            if (
                keep
                and leader is not None
                and selected[leader[0]]
                and job.het_job_offset
                and job.het_job_id == leader[1].het_job_id
            ):
                keep = False
            selected[idx] = keep
            if keep:
                matches += 1
        if matches == 0 and o.verbose > 0:
            self._filter_err_msg()

    def _cancel(self, live: list[Any], selected: list[bool]) -> None:
        """_cancel_jobs(): pending jobs first, then the others."""
        for pass_state in (states.JOB_PENDING, states.JOB_END):
            self.kill(self._by_state(live, selected, pass_state))

    def _by_state(self, live: list[Any], selected: list[bool], state: int) -> list[str]:
        o = self.o
        out: list[str] = []
        if o.ids:
            for j in o.ids:
                if j.done or (state == states.JOB_PENDING and not j.pending):
                    continue
                for idx, job in enumerate(live):
                    if not selected[idx]:
                        continue
                    if not _matches(j, job):
                        continue
                    if o.release < (24, 5):  # before 24.05 the task id was not used
                        out.append(_build_jobid_str(job, NO_VAL))
                        selected[idx] = False
                        continue
                    out.append(_build_jobid_str(job, j.array_id))
                    if j.array_id in (NO_VAL, INFINITE):
                        selected[idx] = False
                    else:
                        j.done = True
                        break
            return out
        for idx, job in enumerate(live):
            if not selected[idx]:
                continue
            if state < states.JOB_END and job.job_state != state:
                continue
            out.append(_build_jobid_str(job, NO_VAL))
            selected[idx] = False
        return out

    # path 1 ---------------------------------------------------------------------------------
    def by_str(self) -> int:
        self.kill([j.text for j in _unique_texts(self.o.ids)])
        return self.rc


def _unique_texts(ids: list[JobId]) -> list[JobId]:
    """One entry per id argument (an array range expands to many JobIds, one string)."""
    out: list[JobId] = []
    seen_index: set[int] = set()
    last: Optional[JobId] = None
    for j in ids:
        if last is not None and j.text == last.text and j.array_id != NO_VAL and "[" in j.text:
            continue
        out.append(j)
        seen_index.add(id(j))
        last = j
    return out


def _matches(j: JobId, job: Any) -> bool:
    if j.sluid is not None:
        return bool(job.sluid) and job.sluid == j.sluid
    if j.array_id == NO_VAL:
        return j.job_id == job.job_id or (
            j.job_id == job.array_job_id and j.step_id == SLURM_BATCH_SCRIPT
        )
    if j.array_id == INFINITE:
        return j.job_id == job.array_job_id
    if j.job_id != job.array_job_id:
        return False
    if job.array_task_id == j.array_id:
        return True
    from ..squeue import parse_task_string

    tasks = parse_task_string(job.array_task_str)
    return tasks is not None and j.array_id in tasks


def _build_jobid_str(job: Any, array_id: int) -> str:
    if array_id not in (NO_VAL, INFINITE):
        return f"{job.array_job_id}_{array_id}"
    if job.array_task_str:
        return f"{job.array_job_id}_[{job.array_task_str}]"
    if job.array_task_id != NO_VAL:
        return f"{job.array_job_id}_{job.array_task_id}"
    return str(job.job_id)


def _entry_id(entry: dict[str, Any]) -> str:
    step = entry.get("step_id")
    if isinstance(step, str) and step:
        return step
    job_id = entry.get("job_id")
    if isinstance(job_id, dict):
        job_id = job_id.get("number") if job_id.get("set") else None
    return str(job_id or "")


def _status_failures(resp: Any, id_strs: list[str]) -> list[tuple[str, int, str]]:
    out = []
    entries = resp.get("status") if isinstance(resp, dict) else None
    for item in entries or ():
        if not isinstance(item, dict):
            continue
        err = item.get("error") or {}
        code = int(err.get("code") or 0) if isinstance(err, dict) else 0
        if not code:
            continue
        text = (err.get("string") or err.get("message") or "") if isinstance(err, dict) else ""
        out.append(
            (
                _entry_id(item) or (id_strs[0] if len(id_strs) == 1 else ""),
                code,
                _strerror(code, text),
            )
        )
    errors = resp.get("errors") if isinstance(resp, dict) else None
    for e in errors or ():
        if isinstance(e, dict) and e.get("error_number"):
            code = int(e["error_number"])
            out.append(
                (
                    id_strs[0] if len(id_strs) == 1 else "",
                    code,
                    _strerror(code, str(e.get("error") or "")),
                )
            )
    return out


_STRERROR = {
    ESLURM_INVALID_JOB_ID: "Invalid job id specified",
    ESLURM_ALREADY_DONE: "Job/step already completing or completed",
    2002: "Access/permission denied",
}


def _strerror(code: int, text: str) -> str:
    return _STRERROR.get(code) or text or f"Unknown error {code}"


def _local_uid(uid: int) -> bool:
    try:
        import pwd

        pwd.getpwuid(uid)
        return True
    except (KeyError, ImportError):
        return False


def run(inv: Invocation) -> int:
    clusters = prescan_clusters(
        "scancel", inv.argv, inv.env, shortopts(NEWEST), long_options(NEWEST)
    )
    conn = Conn(inv, first_profile(inv, clusters))
    release = conn.release_tuple()
    try:
        o = parse(
            list(inv.argv),
            inv.env,
            release,
            inv.out,
            inv.err,
            version=version_line(conn.sess, conn.release or ""),
        )
    except Exit as exc:
        return exc.code
    if o.interactive:
        inv.error(
            "--interactive is not supported by slurm-proxy (it cannot prompt for "
            "each job); list the jobs with squeue and cancel them by id"
        )
        return 1
    if has_job_steps(o):
        inv.error(
            "job steps cannot be signalled through slurmrestd; slurm-proxy supports job ids only"
        )
        return 1
    if o.sibling:
        inv.error("--sibling is not supported by slurm-proxy")
        return 1
    if conn.failure is not None:
        raise conn.failure
    targets = [conn]
    if o.clusters:
        from_env = clusters_from_env(inv, clusters)
        try:
            targets = [
                c for _, c in resolve_clusters(inv, "scancel", o.clusters, from_env, conn, release)
            ]
        except UnknownClusters:
            return 1
    rc = 0
    for target in targets:
        c = Cancel(inv, target, o)
        # each cluster as its own release's scancel would treat it (one -M list can
        # name profiles of clusters of different releases)
        rel = target.release_tuple()
        try:
            if has_default_opt(o, rel):
                rc2 = c.by_str()
            elif o.ctld and rel >= (23, 11):
                rc2 = c.ctld()
            else:
                rc2 = c.full()
        except Exit as exc:
            rc2 = exc.code
        rc = max(rc, rc2)
    return rc & 0xFF


main = entry("scancel", run)

__all__ = ["main", "run"]
