"""sacct's command line (src/sacct/options.c: parse_command_line()), per release.

:func:`parse` walks the arguments exactly like the real one: getopt_long with the
release's option table, immediate exits (``-V``, bad times, bad states, ...) at the
option that causes them, then the checks that follow the loop.  Everything it cannot
decide alone (accounting on/off, the field table) is left to the caller, in the same
order as the real command.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..adapters.acct import SLURM_BATCH_SCRIPT, SLURM_EXTERN_CONT, SLURM_INTERACTIVE_STEP
from ..adapters.acct import SLURM_PENDING_STEP as _PENDING
from ..adapters.noval import NO_VAL
from ..common import parse as cparse
from ..common import states
from ..common.getopt import (
    NO_ARGUMENT,
    OPTIONAL_ARGUMENT,
    REQUIRED_ARGUMENT,
    Getopt,
    LongOpt,
    UsageError,
)
from . import fmt


class Exit(Exception):
    """Stop now: ``code`` with ``out``/``err`` text already formatted."""

    def __init__(self, code: int, out: str = "", err: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.out = out
        self.err = err


def fatal(msg: str) -> Exit:
    return Exit(1, err=f"sacct: fatal: {msg}\n")


def error(msg: str) -> Exit:
    return Exit(1, err=f"sacct: error: {msg}\n")


@dataclass
class Selected:
    """slurm_selected_step_t: ``-j 12``, ``12.batch``, ``12_3``, ``12+1``, ``12.0+1``."""

    job_id: int
    step_id: int = NO_VAL  # NO_VAL: the whole job
    het_comp: int = NO_VAL
    array_task_id: int = NO_VAL
    het_job_offset: int = NO_VAL

    def key(self) -> tuple[int, int, int, int, int]:
        return (self.job_id, self.step_id, self.het_comp, self.array_task_id, self.het_job_offset)

    def query_str(self) -> str:
        """The id in slurm_addto_step_list() syntax, for the REST ``step`` filter."""
        out = str(self.job_id)
        if self.array_task_id != NO_VAL:
            out += f"_{self.array_task_id}"
        elif self.het_job_offset != NO_VAL:
            out += f"+{self.het_job_offset}"
        if self.step_id != NO_VAL:
            names = {
                SLURM_BATCH_SCRIPT: "batch",
                SLURM_EXTERN_CONT: "extern",
                SLURM_INTERACTIVE_STEP: "interactive",
                _PENDING: "TBD",
            }
            out += "." + names.get(self.step_id, str(self.step_id))
            if self.het_comp != NO_VAL:
                out += f"+{self.het_comp}"
        return out


# --- Slurm's list parsers ---------------------------------------------------------------------


def parse_char_list(names: str) -> list[str]:
    """slurm_parse_char_list(): comma list with an optional leading quote."""
    out: list[str] = []
    s = list(names)
    i = 0
    quote_c = ""
    if s and s[0] in "\"'":
        quote_c = s[0]
        i = 1
    start = i
    end = len(s)
    while i < len(s):
        c = s[i]
        if quote_c and c == quote_c:
            end = i
            break
        if c in "\"'":
            s[i] = "`"
        elif c == ",":
            if i != start:
                out.append("".join(s[start:i]))
            start = i + 1
        i += 1
    tail = "".join(s[start:end])
    if tail:
        out.append(tail)
    return out


def addto_char_list(names: str, lower: bool = True) -> list[str]:
    """slurm_addto_char_list() (no hostlist brackets): lower-cased, de-duplicated."""
    items: list[str] = []
    for name in parse_char_list(names):
        if lower:
            name = name.lower()
        if name in items:
            items.remove(name)
        items.append(name)
    return items


def _atoi(text: str) -> int:
    digits = ""
    sign = 1
    t = text.lstrip()
    if t[:1] in "+-":
        sign = -1 if t[0] == "-" else 1
        t = t[1:]
    for ch in t:
        if not ch.isdigit():
            break
        digits += ch
    return sign * int(digits) if digits else 0


def parse_step(name: str) -> Selected:
    """slurm_parse_step_str()"""
    sel = Selected(job_id=0)
    plus_in_step = False
    if "." in name:
        name, dot = name.split(".", 1)
        names = {
            "batch": SLURM_BATCH_SCRIPT,
            "extern": SLURM_EXTERN_CONT,
            "interactive": SLURM_INTERACTIVE_STEP,
            "TBD": _PENDING,
        }
        if dot in names:
            sel.step_id = names[dot]
        elif dot[:1].isdigit():
            sel.step_id = _atoi(dot) & 0xFFFFFFFF
        else:
            raise fatal(f"Bad step specified: {name}")
        if "+" in dot:
            plus_in_step = True
            sel.het_comp = _atoi(dot.split("+", 1)[1].lstrip("+")) & 0xFFFFFFFF
    if "_" in name:
        name, under = name.split("_", 1)
        if under[:1].isdigit():
            sel.array_task_id = _atoi(under)
        else:
            raise fatal(f"Bad job array element specified: {name}")
    elif not plus_in_step and "+" in name:
        name, plus = name.split("+", 1)
        if plus[:1].isdigit():
            sel.het_job_offset = _atoi(plus)
        else:
            raise fatal(f"Bad hetjob offset specified: {name}")
    sel.job_id = _atoi(name) & 0xFFFFFFFF
    return sel


def addto_step_list(steps: list[Selected], names: str) -> None:
    for name in parse_char_list(names):
        if not name[:1].isdigit():
            raise fatal(f"Bad job/step specified: {name}")
        sel = parse_step(name)
        if all(s.key() != sel.key() for s in steps):
            steps.append(sel)


# --- job states --------------------------------------------------------------------------------

# states sacct accepts (options.c _supported_state()): the base states and three flags
_SUPPORTED = set(range(states.JOB_END)) | {
    states.JOB_REQUEUE,
    states.JOB_RESIZING,
    states.JOB_REVOKED,
}


def state_display(num: int) -> str:
    """The state name slurmrestd's ``state`` filter takes."""
    return states.job_state_string(num)


# --- the parameters ------------------------------------------------------------------------------


@dataclass
class Params:
    family: str
    all_users: bool = False
    users: Optional[list[str]] = None  # as given (names or numbers)
    accounts: Optional[list[str]] = None
    groups: Optional[list[str]] = None
    steps: list[Selected] = field(default_factory=list)
    jobnames: Optional[list[str]] = None
    partitions: Optional[list[str]] = None
    states: Optional[list[int]] = None
    qos: Optional[str] = None
    reasons: Optional[list[str]] = None
    wckeys: Optional[list[str]] = None
    associations: Optional[list[str]] = None
    constraints: Optional[list[str]] = None
    nodes: Optional[str] = None
    usage_start: int = 0
    usage_end: int = 0
    no_steps: bool = False
    duplicates: bool = False
    no_trunc: bool = True
    whole_hetjob: Optional[bool] = None
    brief: bool = False
    long: bool = False
    field_list: Optional[str] = None
    noheader: bool = False
    parsable: int = 0
    delimiter: Optional[str] = None
    units: int = NO_VAL
    convert_flags: int = fmt.CONVERT_NUM_UNIT_EXACT
    all_clusters: bool = False
    clusters: Optional[list[str]] = None
    local: bool = False
    federation: bool = False
    help: int = 0  # 1 --help, 2 -e, 3 --usage, 4 --helpstate, 5 --helpreason
    mimetype: Optional[str] = None
    data_parser: Optional[str] = None
    array: bool = False
    expand_patterns: bool = False
    use_local_uid: bool = False
    verbosity: int = 0
    batch_script: bool = False
    unsupported: Optional[str] = None
    rest: list[str] = field(default_factory=list)


def release_tuple(family: str) -> tuple[int, int]:
    major, minor = family.split(".")
    return int(major), int(minor)


def long_options(rel: tuple[int, int]) -> list[LongOpt]:
    req, no, opt = REQUIRED_ARGUMENT, NO_ARGUMENT, OPTIONAL_ARGUMENT
    opts: list[tuple[str, int, str]] = []
    if rel >= (23, 2):
        opts.append(("autocomplete", req, "AUTOCOMP"))
    opts += [("allusers", no, "a"), ("accounts", req, "A"), ("allocations", no, "X")]
    if rel >= (23, 2):
        opts.append(("array", no, "ARRAY"))
    opts += [
        ("brief", no, "b"),
        ("batch-script", no, "B"),
        ("completion", no, "c"),
        ("constraints", req, "C"),
        ("delimiter", req, "DELIM"),
        ("duplicates", no, "D"),
        ("federation", no, "FEDR"),
        ("helpformat", no, "e"),
        ("help-fields", no, "e"),
    ]
    if rel >= (24, 5):
        opts += [("helpreason", no, "HELPREASON"), ("helpstate", no, "HELPSTATE")]
    opts += [("endtime", req, "E"), ("env-vars", no, "ENV")]
    if rel >= (24, 5):
        opts.append(("expand-patterns", no, "EXPAND"))
    opts += [
        ("file", req, "f"),
        ("flags", req, "F"),
        ("gid", req, "g"),
        ("group", req, "g"),
        ("help", no, "h"),
        ("local", no, "LOCAL"),
        ("name", req, "NAME"),
        ("nnodes", req, "i"),
        ("ncpus", req, "I"),
        ("jobs", req, "j"),
        ("timelimit-min", req, "k"),
        ("timelimit-max", req, "K"),
        ("long", no, "l"),
        ("allclusters", no, "L"),
        ("cluster", req, "M"),
        ("clusters", req, "M"),
        ("nodelist", req, "N"),
        ("noconvert", no, "NOCONVERT"),
        ("units", req, "UNITS"),
        ("noheader", no, "n"),
        ("fields", req, "o"),
        ("format", req, "o"),
        ("parsable", no, "p"),
        ("parsable2", no, "P"),
        ("qos", req, "q"),
        ("partition", req, "r"),
        ("reason", req, "R"),
        ("state", req, "s"),
        ("starttime", req, "S"),
        ("truncate", no, "T"),
        ("uid", req, "u"),
        ("use-local-uid", no, "LOCALUID"),
        ("usage", no, "U"),
        ("user", req, "u"),
        ("verbose", no, "v"),
        ("version", no, "V"),
        ("wckeys", req, "W"),
        ("whole-hetjob", opt, "WHETJOB"),
        ("associations", req, "x"),
    ]
    json_arg = opt if rel >= (23, 11) else no
    opts += [("json", json_arg, "JSON"), ("yaml", json_arg, "YAML")]
    return [LongOpt(n, a, v) for n, a, v in opts]


def shortopts(rel: tuple[int, int]) -> str:
    if rel >= (26, 5):
        return "aA:bBcC:DeE:f:F:g:hi:I:j:k:K:lLM:nN:o:pPq:r:R:s:S:Ttu:UvVW:x:X"
    return "aA:bBcC:DeE:f:F:g:hi:I:j:k:K:lLM:nN:o:pPq:r:s:S:Ttu:UvVW:x:X"


def _time_arg(text: str, elevenses: bool, now: int) -> int:
    """parse_time(optarg, 1); an invalid time ends sacct with Slurm's message."""
    if not elevenses:  # 22.05 does not know "elevenses": it stops at its first letter
        at = text.lower().find("elevenses")
        if at >= 0 and not text.lower().startswith("now"):
            raise Exit(1, err=f"Invalid time specification (pos={at}): {text}\n")
    value, problem = cparse.parse_time(text, True, now=now or None)
    if problem:
        raise Exit(1, err=problem + "\n")
    return value


def _unsupported(spelled: str, why: str) -> Exit:
    return error(f"{spelled} is not supported by slurm-proxy: {why}")


def parse(
    argv: list[str],
    family: str,
    release: str,
    *,
    posixly_correct: bool = False,
    now: int = 0,
    help_exits: Optional[bool] = None,
    version: str = "",
) -> Params:
    """The getopt loop and the checks up to the time window (raises :class:`Exit`);
    ``version`` is the line ``-V`` prints."""
    rel = release_tuple(family)
    p = Params(family=family)
    if help_exits is None:
        help_exits = rel >= (25, 5)
    getopt = Getopt(
        "sacct", argv, shortopts(rel), long_options(rel), posixly_correct=posixly_correct
    )
    elevenses = rel >= (23, 2)
    try:
        for opt in getopt:
            c, arg = opt.val, opt.arg
            if c == "a":
                p.all_users = True
            elif c == "A":
                p.accounts = (p.accounts or []) + addto_char_list(arg or "")
            elif c == "ARRAY":
                p.array = True
            elif c == "b":
                p.brief = True
            elif c == "B":
                p.batch_script = True
                p.no_steps = True
            elif c in ("c", "f"):
                raise _unsupported(
                    opt.spelled, "slurmrestd does not serve the job completion plugin's data"
                )
            elif c == "DELIM":
                p.delimiter = arg
            elif c == "C":
                p.constraints = (p.constraints or []) + addto_char_list(arg or "")
            elif c == "M":
                if (arg or "").lower() in ("all", "-1"):
                    p.all_clusters = True
                    continue
                p.all_clusters = False
                p.local = True
                p.clusters = (p.clusters or []) + [
                    x for x in addto_char_list(arg or "") if x not in (p.clusters or [])
                ]
            elif c == "D":
                p.duplicates = True
            elif c == "e":
                p.help = 2
                if help_exits:
                    return p
            elif c == "E":
                p.usage_end = _time_arg(arg or "", elevenses, now)
            elif c == "ENV":
                raise _unsupported(opt.spelled, "slurmrestd does not return job environments")
            elif c == "EXPAND":
                p.expand_patterns = True
            elif c == "F":
                raise _unsupported(opt.spelled, "scheduling flag filters are not implemented")
            elif c == "g":
                p.groups = (p.groups or []) + parse_char_list(arg or "")
            elif c == "h":
                p.help = 1
                if help_exits:
                    return p
            elif c in ("i", "I", "k", "K"):
                raise _unsupported(
                    opt.spelled, "node/cpu/time limit range filters are not implemented"
                )
            elif c == "j":
                addto_step_list(p.steps, arg or "")
            elif c == "L":
                p.all_clusters = True
            elif c == "l":
                p.long = True
            elif c == "FEDR":
                p.federation = True
                p.all_clusters = False
            elif c == "LOCAL":
                p.local = True
                p.all_clusters = False
            elif c == "NOCONVERT":
                p.convert_flags |= fmt.CONVERT_NUM_UNIT_NO
            elif c == "UNITS":
                unit = fmt.unit_type((arg or "")[:1])
                if unit is None:
                    ch = (arg or "")[:1]
                    raise Exit(
                        1,
                        err=(
                            f"sacct: error: Invalid unit type '{ch}'. "
                            "Possible options are 'KMGTP'\n"
                            "sacct: fatal: Invalid unit type\n"
                        ),
                    )
                p.units = unit
            elif c == "n":
                p.noheader = True
            elif c == "N":
                if p.nodes is not None:
                    continue  # "Already asked for nodes" is only logged
                p.nodes = arg
            elif c == "NAME":
                p.jobnames = (p.jobnames or []) + addto_char_list(arg or "")
            elif c == "o":
                p.field_list = (p.field_list or "") + f"{arg},"
            elif c == "p":
                p.parsable = 1
            elif c == "P":
                p.parsable = 2
            elif c == "q":
                p.qos = arg
            elif c == "r":
                p.partitions = (p.partitions or []) + addto_char_list(arg or "")
            elif c == "R":
                p.reasons = (p.reasons or []) + parse_char_list(arg or "")
            elif c == "s":
                wanted = p.states or []
                for name in parse_char_list(arg or ""):
                    num = states.job_state_num(name, rel)
                    if num is None:
                        raise fatal(f"unrecognized job state value '{name}'")
                    if num not in _SUPPORTED:
                        raise fatal(f"job state {name} is not supported / accounted")
                    if num not in wanted:
                        wanted.append(num)
                p.states = wanted
            elif c == "S":
                p.usage_start = _time_arg(arg or "", elevenses, now)
            elif c == "T":
                p.no_trunc = False
            elif c == "U":
                p.help = 3
                if help_exits:
                    return p
            elif c == "u":
                if arg == "-1":
                    p.all_users = True
                    continue
                p.all_users = False
                names = parse_char_list(arg or "")
                users = p.users or []
                for name in names:
                    if name not in users:
                        users.append(name)
                if not users:
                    raise Exit(1)
                p.users = users
            elif c == "LOCALUID":
                p.use_local_uid = True
            elif c == "v":
                p.verbosity += 1
            elif c == "W":
                p.wckeys = (p.wckeys or []) + addto_char_list(arg or "")
            elif c == "WHETJOB":
                low = (arg or "").lower()
                if arg is None or low in ("yes", "y"):
                    p.whole_hetjob = True
                elif low in ("no", "n"):
                    p.whole_hetjob = False
                else:
                    raise error(f'Invalid --whole-hetjob value "{arg}". Valid values: [yes|no].')
            elif c == "V":
                raise Exit(0, out=version)
            elif c == "x":
                p.associations = (p.associations or []) + addto_char_list(arg or "")
            elif c in ("t", "X"):
                p.no_steps = True
            elif c == "JSON":
                p.mimetype = "json"
                p.data_parser = arg
            elif c == "YAML":
                if rel >= (26, 5):
                    raise fatal("YAML serializer plugin is required but not available")
                raise fatal("YAML plugin load failure")
            elif c == "AUTOCOMP":
                raise _unsupported(opt.spelled, "shell completion is not implemented")
            elif c == "HELPSTATE":
                p.help = 4
                if help_exits:
                    return p
            elif c == "HELPREASON":
                raise _unsupported(opt.spelled, "the reason table is not implemented")
    except UsageError as exc:
        raise Exit(1, err=f"{exc.message}\n") from None
    p.rest = getopt.rest

    if not p.steps and p.batch_script:
        raise fatal(
            "When requesting job scripts you must also request specific jobs with the '-j' option."
        )
    if p.long and p.field_list is not None:
        raise fatal(
            "Options -o(--format) and -l(--long) are mutually exclusive. "
            "Please remove one and retry."
        )
    return p


def default_window(p: Params, now: int, midnight: int) -> None:
    """slurmdb_job_cond_def_start_end()"""
    if p.states:
        if not p.usage_start and not p.steps:
            p.usage_start = now
        if p.usage_start and not p.usage_end:
            p.usage_end = p.usage_start
    elif not p.steps and not p.usage_start:
        p.usage_start = midnight
    if not p.usage_end:
        p.usage_end = now
    if p.usage_end == p.usage_start or p.usage_end == now:
        p.usage_end += 1
