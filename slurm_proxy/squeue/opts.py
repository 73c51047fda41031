"""squeue's command line, as ``src/squeue/opts.c`` of each release parses it.

:func:`parse` returns :class:`Params` or raises :class:`Exit` after printing what the
real squeue prints (getopt's message plus ``Try "squeue --help"``, ``error:`` and
``fatal:`` lines, help texts).  The option set depends on the release (22.05 has
``--array-unique``; 23.11 adds ``--only-job-state``; 24.05 ``--notme``,
``--helpstate``, ``--expand-patterns``; 25.11 ``--running-over/under``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Optional, TextIO

from ..common import states
from ..common.getopt import (
    NO_ARGUMENT,
    OPTIONAL_ARGUMENT,
    REQUIRED_ARGUMENT,
    Getopt,
    LongOpt,
    UsageError,
)
from ..common.hostlist import HostlistError, Hostset
from . import fields
from .help import help_text, usage_text

NO_VAL = 0xFFFFFFFE
INFINITE = 0xFFFFFFFF

Release = tuple[int, int]


class Exit(Exception):
    """Stop with this exit code (messages were already written)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class JobSel:
    job_id: int
    array_id: int = NO_VAL
    sluid: Optional[str] = None


@dataclass
class Params:
    release: Release = (24, 11)
    all_flag: bool = False
    array_flag: bool = False
    array_unique: bool = False
    federation: bool = False
    sibling: bool = False
    local: bool = False
    priority_flag: bool = False
    no_header: bool = False
    iterate: int = 0
    job_flag: bool = False
    jobs: Optional[str] = None
    job_list: Optional[list[JobSel]] = None
    long_list: bool = False
    licenses: Optional[list[str]] = None
    cluster_names: Optional[str] = None
    names: Optional[list[str]] = None
    format: Optional[str] = None
    format_long: Optional[str] = None
    partitions: Optional[list[str]] = None
    qoss: Optional[list[str]] = None
    accounts: Optional[list[str]] = None
    reservation: Optional[str] = None
    step_flag: bool = False
    sort: Optional[str] = None
    states_text: Optional[str] = None
    all_states: bool = False
    state_list: Optional[list[int]] = None
    users_text: Optional[str] = None
    users: Optional[list[str]] = None  # names or numeric uids, as given
    me: bool = False
    notme: bool = False
    verbose: int = 0
    nodes: Optional[Hostset] = None
    nodes_text: Optional[str] = None
    expand_patterns: bool = False
    only_state: bool = False
    start_flag: bool = False
    convert_flags: int = fields.CONVERT_NUM_UNIT_EXACT
    mimetype: Optional[str] = None
    data_parser: Optional[str] = None
    running_over: int = 0
    running_under: int = 0
    permuted: list[str] = field(default_factory=list)  # argv as getopt left it


def long_options(release: Release) -> list[LongOpt]:
    opts = [
        LongOpt("accounts", REQUIRED_ARGUMENT, "A"),
        LongOpt("all", NO_ARGUMENT, "a"),
        LongOpt("array", NO_ARGUMENT, "r"),
        LongOpt("Format", REQUIRED_ARGUMENT, "O"),
        LongOpt("format", REQUIRED_ARGUMENT, "o"),
        LongOpt("federation", NO_ARGUMENT, "federation"),
        LongOpt("help", NO_ARGUMENT, "help"),
        LongOpt("hide", NO_ARGUMENT, "hide"),
        LongOpt("iterate", REQUIRED_ARGUMENT, "i"),
        LongOpt("jobs", OPTIONAL_ARGUMENT, "j"),
        LongOpt("local", NO_ARGUMENT, "local"),
        LongOpt("long", NO_ARGUMENT, "l"),
        LongOpt("licenses", REQUIRED_ARGUMENT, "L"),
        LongOpt("cluster", REQUIRED_ARGUMENT, "M"),
        LongOpt("clusters", REQUIRED_ARGUMENT, "M"),
        LongOpt("me", NO_ARGUMENT, "me"),
        LongOpt("name", REQUIRED_ARGUMENT, "n"),
        LongOpt("noconvert", NO_ARGUMENT, "noconvert"),
        LongOpt("node", REQUIRED_ARGUMENT, "w"),
        LongOpt("nodes", REQUIRED_ARGUMENT, "w"),
        LongOpt("nodelist", REQUIRED_ARGUMENT, "w"),
        LongOpt("noheader", NO_ARGUMENT, "h"),
        LongOpt("partitions", REQUIRED_ARGUMENT, "p"),
        LongOpt("priority", NO_ARGUMENT, "P"),
        LongOpt("qos", REQUIRED_ARGUMENT, "q"),
        LongOpt("reservation", REQUIRED_ARGUMENT, "R"),
        LongOpt("sib", NO_ARGUMENT, "sibling"),
        LongOpt("sibling", NO_ARGUMENT, "sibling"),
        LongOpt("sort", REQUIRED_ARGUMENT, "S"),
        LongOpt("start", NO_ARGUMENT, "start"),
        LongOpt("steps", OPTIONAL_ARGUMENT, "s"),
        LongOpt("states", REQUIRED_ARGUMENT, "t"),
        LongOpt("usage", NO_ARGUMENT, "usage"),
        LongOpt("user", REQUIRED_ARGUMENT, "u"),
        LongOpt("users", REQUIRED_ARGUMENT, "u"),
        LongOpt("verbose", NO_ARGUMENT, "v"),
        LongOpt("version", NO_ARGUMENT, "V"),
    ]
    if release < (23, 2):
        opts.insert(3, LongOpt("array-unique", NO_ARGUMENT, "array-unique"))
        opts += [LongOpt("json", NO_ARGUMENT, "json"), LongOpt("yaml", NO_ARGUMENT, "yaml")]
        return opts
    opts.insert(0, LongOpt("autocomplete", REQUIRED_ARGUMENT, "autocomplete"))
    if release >= (24, 5):
        opts.insert(4, LongOpt("expand-patterns", NO_ARGUMENT, "expand-patterns"))
        opts.insert(9, LongOpt("helpstate", NO_ARGUMENT, "helpstate"))
        opts.insert(10, LongOpt("helpformat", NO_ARGUMENT, "helpformat"))
        opts.insert(11, LongOpt("helpFormat", NO_ARGUMENT, "helpFormat"))
        i = next(i for i, o in enumerate(opts) if o.name == "noheader")
        opts.insert(i + 1, LongOpt("notme", NO_ARGUMENT, "notme"))
    if release >= (23, 11):
        i = next(i for i, o in enumerate(opts) if o.name == "noheader")
        j = i + 2 if release >= (24, 5) else i + 1
        opts.insert(j, LongOpt("only-job-state", NO_ARGUMENT, "only-job-state"))
    if release >= (25, 11):
        i = next(i for i, o in enumerate(opts) if o.name == "reservation")
        opts.insert(i + 1, LongOpt("running-over", REQUIRED_ARGUMENT, "running-over"))
        opts.insert(i + 2, LongOpt("running-under", REQUIRED_ARGUMENT, "running-under"))
    opts += [LongOpt("json", OPTIONAL_ARGUMENT, "json"), LongOpt("yaml", OPTIONAL_ARGUMENT, "yaml")]
    return opts


SHORTOPTS = "A:ahi:j::lL:n:M:O:o:p:Pq:R:rs::S:t:u:U:vVw:"


class _Out:
    """Where parse() writes: stdout/stderr of the invocation."""

    def __init__(self, out: Any, err: Any) -> None:
        self.out = out
        self.err = err

    def error(self, msg: str) -> None:
        self.err.write(f"squeue: error: {msg}\n")

    def fatal(self, msg: str) -> Exit:
        self.err.write(f"squeue: fatal: {msg}\n")
        return Exit(1)


def _strtol(text: str) -> tuple[int, str]:
    """C strtol(base 10): value and the unparsed rest."""
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
    value = int(text[start:j])
    value = max(min(value, (1 << 63) - 1), -(1 << 63))
    return value, text[j:]


def _to_int32(v: int) -> int:
    v &= 0xFFFFFFFF
    return v - (1 << 32) if v >= 1 << 31 else v


def _build_job_list(text: str, release: Release, out: _Out) -> list[JobSel]:
    result = []
    for tok in (t for t in text.split(",") if t):
        if release >= (26, 5):
            sel = _unfmt_job_id(tok)
            if sel is None:
                out.error(f"Invalid job id: {tok}")
                raise Exit(1)
            result.append(sel)
            continue
        job, rest = _strtol(tok)
        job_id = _to_int32(job)
        array_id = NO_VAL
        if rest.startswith("_"):
            arr, rest = _strtol(rest[1:])
            array_id = _to_int32(arr) & 0xFFFFFFFF
        if job_id <= 0:
            out.error(f"Invalid job id: {tok}")
            raise Exit(1)
        result.append(JobSel(job_id, array_id))
    return result


def _unfmt_job_id(src: str) -> Optional[JobSel]:
    """26.05's unfmt_job_id_string(), as far as squeue uses it (None = invalid)."""
    if src.startswith("s"):
        sluid = src.split(".", 1)[0]
        if len(sluid) < 2 or not sluid[1:].isalnum():
            return None
        return JobSel(0, NO_VAL, sluid)
    job, rest = _strtol(src)
    if job <= 0 or job >= 0xFFFFFFFD or rest == src:
        return None
    array_id = NO_VAL
    if rest.startswith("_["):
        return None  # squeue passes no max array size: brackets are refused
    if rest.startswith("_"):
        if len(rest) == 1:
            return None
        arr, after = _strtol(rest[1:])
        if arr < 0 or after == rest[1:]:
            return None
        array_id, rest = arr, after
    if rest.startswith("+"):
        if array_id != NO_VAL or len(rest) == 1:
            return None
        het, after = _strtol(rest[1:])
        if het < 0 or het > 128 or after == rest[1:] or after.startswith("_"):
            return None
        rest = after
    if rest == "":
        return JobSel(job, array_id)
    if not rest.startswith("."):
        return None
    step = rest[1:]
    if not step:
        return None
    num, after = _strtol(step)
    if after == step:
        for name in ("batch", "extern", "interactive", "TBD"):
            if step.lower().startswith(name.lower()):
                after = step[len(name) :]
                break
        else:
            return None
    elif num < 0 or num >= 0xFFFFFFF0:
        return None
    if after and not after.startswith("+"):
        return None
    return JobSel(job, array_id)


def _build_state_list(text: str, params: Params, out: _Out) -> Optional[list[int]]:
    if text.lower() == "all":
        params.all_states = True
        return None
    params.all_states = False
    result = []
    for tok in (t for t in text.split(",") if t):
        num = states.job_state_num(tok, params.release)
        if num is None:
            out.error(f"Invalid job state specified: {tok}")
            out.error(f"Valid job states include: {states.job_state_list(params.release)}\n")
            raise Exit(1)
        result.append(num)
    return result


def _str_list(text: str) -> list[str]:
    return [t for t in text.split(",") if t]


def time_str2secs(text: str) -> int:
    """parse_time.c time_str2secs(): NO_VAL when invalid, INFINITE for unlimited."""
    if not text:
        return NO_VAL
    if text.lower() in ("-1", "infinite", "unlimited"):
        return INFINITE
    digit = dash = colon = 0
    already = False
    for ch in text:
        if ch.isdigit():
            if not already:
                digit += 1
                already = True
        elif ch == "-":
            already = False
            dash += 1
            if colon:
                return NO_VAL
        elif ch == ":":
            already = False
            colon += 1
        else:
            return NO_VAL
    if not digit or dash > 1 or colon > 2:
        return NO_VAL
    nums = [int(x) if x else 0 for x in text.replace("-", ":").split(":")]
    if dash:
        d, h, m, s = (nums + [0, 0, 0, 0])[:4]
        return d * 86400 + h * 3600 + m * 60 + s
    if colon == 2:
        h, m, s = nums
        return h * 3600 + m * 60 + s
    if colon == 1:
        return nums[0] * 60 + nums[1]
    return nums[0] * 60


def print_job_fmt_fields(release: Release, out: TextIO, by_name: bool) -> None:
    cnt = 0
    for f in fields.JOB_FIELDS:
        if f.hidden or not fields.available(f, release):
            continue
        if by_name and not f.name:
            continue
        if not by_name and not f.letter:
            continue
        if cnt & (4 if by_name else 8):
            cnt = 0
            out.write("\n")
        cnt += 1
        out.write(f"{f.name:<20}" if by_name else f"%{f.letter:<5}")
    out.write("\n")


def parse(
    argv: list[str], env: Mapping[str, str], release: Release, out: Any, err: Any, version: str = ""
) -> Params:
    """squeue's parse_command_line(); ``version`` is the line ``-V`` prints."""
    o = _Out(out, err)
    p = Params(release=release)
    override_format_env = False
    if env.get("SQUEUE_ALL") is not None:
        p.all_flag = True
    if env.get("SQUEUE_ARRAY") is not None:
        p.array_flag = True
    if env.get("SQUEUE_SORT") is not None:
        p.sort = env["SQUEUE_SORT"]
    if release < (23, 2) and env.get("SQUEUE_ARRAY_UNIQUE") is not None:
        p.array_unique = True
    if env.get("SLURM_CLUSTERS") is not None:
        p.cluster_names = env["SLURM_CLUSTERS"]
        p.local = True
    if env.get("SQUEUE_FEDERATION") is not None:
        p.federation = True
    if env.get("SQUEUE_LOCAL") is not None:
        p.local = True
    if env.get("SQUEUE_PRIORITY") is not None:
        p.priority_flag = True
    if env.get("SQUEUE_SIB") is not None or env.get("SQUEUE_SIBLING") is not None:
        p.sibling = True

    parser = Getopt(
        "squeue", argv, SHORTOPTS, long_options(release), posixly_correct="POSIXLY_CORRECT" in env
    )
    try:
        for opt in parser:
            c, arg = opt.val, opt.arg
            if c in ("A", "U"):
                p.accounts = _str_list(arg or "")
            elif c == "a":
                p.all_flag = True
            elif c == "h":
                p.no_header = True
            elif c == "i":
                value, _ = _strtol(arg or "")
                p.iterate = _to_int32(value)
                if p.iterate <= 0:
                    o.error(f"--iterate={arg}\n")
                    raise Exit(1)
            elif c == "j":
                if arg:
                    p.jobs = arg
                    p.job_list = _build_job_list(arg, release, o)
                p.job_flag = True
            elif c == "l":
                p.long_list = True
                override_format_env = True
            elif c == "L":
                p.licenses = _str_list(arg or "")
            elif c == "M":
                p.cluster_names = arg
                p.local = True
            elif c == "n":
                p.names = _str_list(arg or "")
            elif c == "O":
                if p.format is None:
                    p.format_long = arg
                else:
                    o.error("-O (--Format) is incompatible with -o (--format)")
                    raise Exit(1)
                override_format_env = True
            elif c == "o":
                if p.format_long is None:
                    p.format = arg
                else:
                    o.error("-o (--format) is incompatible with -O (--Format)")
                    raise Exit(1)
                override_format_env = True
            elif c == "p":
                p.partitions = _str_list(arg or "")
                p.all_flag = True
            elif c == "P":
                p.priority_flag = True
            elif c == "q":
                p.qoss = _str_list(arg or "")
            elif c == "R":
                p.reservation = arg
            elif c == "r":
                p.array_flag = True
            elif c == "s":
                p.step_flag = True
                override_format_env = True
            elif c == "S":
                p.sort = arg
            elif c == "t":
                p.states_text = arg
                p.state_list = _build_state_list(arg or "", p, o)
            elif c == "u":
                p.users_text = arg
                p.users = _str_list(arg or "")
                p.me = False
            elif c == "v":
                p.verbose += 1
            elif c == "V":
                out.write(version)
                raise Exit(0)
            elif c == "w":
                try:
                    p.nodes = Hostset(arg or "")
                    p.nodes_text = arg
                except HostlistError:
                    o.error(f"'{arg}' invalid entry for --nodelist")
                    raise Exit(1) from None
            elif c == "help":
                out.write(help_text(release))
                raise Exit(0)
            elif c == "expand-patterns":
                p.expand_patterns = True
            elif c == "federation":
                p.federation = True
            elif c == "hide":
                p.all_flag = False
            elif c == "local":
                p.local = True
            elif c == "me":
                p.me = True
                p.users = None
                p.users_text = None
            elif c == "only-job-state":
                p.only_state = True
            elif c == "sibling":
                p.sibling = True
            elif c == "start":
                p.start_flag = True
                override_format_env = True
            elif c == "noconvert":
                p.convert_flags |= fields.CONVERT_NUM_UNIT_NO
            elif c == "notme":
                p.notme = True
            elif c == "usage":
                out.write(usage_text(release))
                raise Exit(0)
            elif c in ("json", "yaml"):
                p.mimetype = c
                p.data_parser = arg
            elif c == "array-unique":
                p.array_unique = True
            elif c == "autocomplete":
                raise Exit(0)
            elif c == "helpstate":
                out.write(states.job_state_list(release).replace(",", "\n") + "\n")
                raise Exit(0)
            elif c == "helpformat":
                print_job_fmt_fields(release, out, by_name=False)
                raise Exit(0)
            elif c == "helpFormat":
                print_job_fmt_fields(release, out, by_name=True)
                raise Exit(0)
            elif c in ("running-over", "running-under"):
                secs = time_str2secs(arg or "")
                if (_to_int32(secs) <= 0) and secs != INFINITE:
                    raise o.fatal("Invalid time limit specification")
                if c == "running-over":
                    p.running_over = secs
                else:
                    p.running_under = secs
    except UsageError as exc:
        err.write(f"{exc.message}\n")
        err.write('Try "squeue --help" for more information\n')
        raise Exit(1) from None

    if p.long_list and p.format:
        raise o.fatal(
            "Options -o(--format) and -l(--long) are mutually exclusive. "
            "Please remove one and retry."
        )
    if p.only_state and release >= (25, 11):
        if not _only_state_ok(p):
            raise o.fatal(
                "Option --only-job-state only works alone, with -j (--jobs) and/or "
                "-t (--states) parameters, parameters for cluster/federation "
                "selection, and the printing options."
            )
    elif p.only_state and p.step_flag:
        raise o.fatal(
            "Options --only-job-state and -s(--steps) are mutually exclusive. "
            "Please remove one and retry."
        )
    if not override_format_env:
        if env.get("SQUEUE_FORMAT") is not None:
            p.format = env["SQUEUE_FORMAT"]
        elif env.get("SQUEUE_FORMAT2") is not None:
            p.format_long = env["SQUEUE_FORMAT2"]

    p.permuted = list(parser.argv[1:])
    rest = parser.rest
    if rest:
        if p.job_flag:
            p.jobs = rest[0]
            p.job_list = _build_job_list(rest[0], release, o)
            rest = rest[1:]
        elif p.step_flag:
            rest = rest[1:]
        if rest:
            o.error(f"Unrecognized option: {rest[0]}")
            out.write(usage_text(release))
            raise Exit(1)

    if p.job_flag and p.step_flag:
        if p.job_list:
            p.job_flag = False
        else:
            o.error("Incompatible options --jobs and --steps")
            raise Exit(1)

    if p.accounts is None and env.get("SQUEUE_ACCOUNT") is not None:
        p.accounts = _str_list(env["SQUEUE_ACCOUNT"])
    if p.names is None and env.get("SQUEUE_NAMES") is not None:
        p.names = _str_list(env["SQUEUE_NAMES"])
    lic_unset = p.partitions is None if release < (25, 11) else p.licenses is None
    if lic_unset and env.get("SQUEUE_LICENSES") is not None:
        p.licenses = _str_list(env["SQUEUE_LICENSES"])
    if p.partitions is None and env.get("SQUEUE_PARTITION") is not None:
        p.partitions = _str_list(env["SQUEUE_PARTITION"])
        p.all_flag = True
    if p.qoss is None and env.get("SQUEUE_QOS") is not None:
        p.qoss = _str_list(env["SQUEUE_QOS"])
    if p.states_text is None and env.get("SQUEUE_STATES") is not None:
        p.states_text = env["SQUEUE_STATES"]
        p.state_list = _build_state_list(p.states_text, p, o)
    if p.users is None and not p.me and env.get("SQUEUE_USERS") is not None:
        p.users_text = env["SQUEUE_USERS"]
        p.users = _str_list(p.users_text)

    if p.start_flag and not p.step_flag:
        if p.format is None:
            p.format = "%.18i %.9P %.8j %.8u %.2t %.19S %.6D %20Y %R"
        if p.sort is None:
            p.sort = "S"
        if p.states_text is None:
            p.states_text = "PD"
            p.state_list = _build_state_list("PD", p, o)

    if p.running_over and p.running_under and p.running_over > p.running_under:
        from ..common.timefmt import secs2time_str

        raise o.fatal(
            f"--running-over={secs2time_str(p.running_over)} and "
            f"--running-under={secs2time_str(p.running_under)} will return 0 jobs."
        )
    return p


def _only_state_ok(p: Params) -> bool:
    return not (
        p.all_flag
        or p.array_unique
        or p.priority_flag
        or p.long_list
        or p.licenses
        or p.names
        or p.partitions
        or p.qoss
        or p.accounts
        or p.reservation
        or p.step_flag
        or p.users
        or p.me
        or p.notme
        or p.nodes
        or p.start_flag
        or p.running_over
        or p.running_under
    )


def local_uid_name(name: str) -> Optional[int]:
    """uid of a local user name or numeric uid (the real squeue's uid_from_string)."""
    try:
        import pwd

        return pwd.getpwnam(name).pw_uid
    except (KeyError, ImportError):
        pass
    value, rest = _strtol(name)
    if rest or name[:1] in (" ", "+", "-") or value < 0 or value > 0xFFFFFFFF:
        return None
    try:
        import pwd

        pwd.getpwuid(value)
    except (KeyError, ImportError):
        return None
    return value


def effective_user(env: Mapping[str, str]) -> str:
    return env.get("USER") or env.get("LOGNAME") or str(os.geteuid())
