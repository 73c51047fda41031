"""sbatch's options: command line, SBATCH_* environment and #SBATCH directives.

This follows the real sbatch (``src/sbatch/opt.c``, ``src/common/slurm_opt.c``):

1. **First pass** over the command line: glibc getopt in ``+`` mode (options stop at
   the script name; what follows is the script's arguments).  Every option is
   evaluated here already, so a bad value on the command line is reported before
   anything else; ``--help``/``--usage``/``--version`` act where they appear.
2. The script is read (path, stdin, or ``--wrap``).
3. **Second pass**: options marked "reset each pass" are reset, then the
   ``#SBATCH`` directives are applied, then the ``SBATCH_*`` environment, then the
   command line again, so the command line wins over the environment, which wins
   over the script.
4. Verification (mutually exclusive options, defaults derived from others).

Errors are raised as :class:`OptError` carrying the exact lines the real sbatch
prints and its exit status: 255 for a rejected option (Slurm exits with -1), 1 for
``parse_int`` failures and ``fatal()``, ``SLURM_EXIT_ERROR`` (default 1) for the rest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Callable, NamedTuple, Optional

from ..common import parse
from ..common.getopt import NO_ARGUMENT, OPTIONAL_ARGUMENT, Getopt, UsageError
from ..common.parse import INFINITE, NO_VAL, NO_VAL16, NO_VAL64, ParseError
from . import options as table

EXIT_OPTION = 255  # slurm_process_option_or_exit() calls exit(-1)

JOB_SHARED_NONE, JOB_SHARED_OK, JOB_SHARED_USER, JOB_SHARED_MCS, JOB_SHARED_TOPO = 0, 1, 2, 3, 4
OPEN_MODE_APPEND, OPEN_MODE_TRUNCATE = 1, 2
KILL_INV_DEP = 1 << 0
NO_KILL_INV_DEP = 1 << 1
SPREAD_JOB = 1 << 8
USE_MIN_NODES = 1 << 9
JOB_NTASKS_SET = 1 << 14
JOB_CPUS_SET = 1 << 15
EXPEDITED_REQUEUE = 1 << 45


class OptError(Exception):
    """sbatch stops: print ``lines`` on stderr (``out`` on stdout) and exit ``code``."""

    def __init__(self, lines: list[str], code: int, out: str = "") -> None:
        super().__init__("\n".join(lines))
        self.lines = lines
        self.code = code
        self.out = out


class Opt:
    """The slurm_opt_t + sbatch_opt_t fields sbatch uses (C names, C sentinels).

    Class attributes are the defaults (what each option's reset restores); a plain
    class rather than a dataclass keeps the import of this module cheap.
    """

    def __init__(
        self,
        prog: str = "sbatch",
        cwd: str = "/",
        chdir: Optional[str] = None,
        release: Optional[tuple[int, int]] = None,
    ) -> None:
        self.prog = prog
        self.cwd = cwd
        self.chdir = chdir if chdir is not None else cwd
        self.release = release
        self.error_exit = 1
        # bookkeeping: key -> (set, set_by_env)
        self.state: dict[str, tuple[bool, bool]] = {}
        self.verbose_by_env = False
        self.verbose_by_cli = False
        self.warnings: list[str] = []
        self.argv: list[str] = []  # script path (resolved) + its arguments

    account: Optional[str] = None
    array_inx: Optional[str] = None
    begin: int = 0
    clusters: Optional[str] = None
    c_constraint: Optional[str] = None
    comment: Optional[str] = None
    constraint: Optional[str] = None
    contiguous: bool = False
    cores_per_socket: int = NO_VAL
    cpus_per_gpu: int = 0
    cpus_per_task: int = 0
    cpus_set: bool = False
    deadline: int = 0
    delay_boot: int = NO_VAL
    dependency: Optional[str] = None
    efname: Optional[str] = None
    exclude: Optional[str] = None
    export_env: Optional[str] = None
    extra: Optional[str] = None
    gpus: Optional[str] = None
    gpus_per_node: Optional[str] = None
    gpus_per_socket: Optional[str] = None
    gpus_per_task: Optional[str] = None
    gres: Optional[str] = None
    hold: bool = False
    ifname: Optional[str] = None
    ignore_pbs: bool = False
    job_flags: int = 0
    job_name: Optional[str] = None
    job_size_str: Optional[str] = None
    licenses: Optional[str] = None
    mail_type: int = 0
    mail_user: Optional[str] = None
    max_nodes: int = 0
    mcs_label: Optional[str] = None
    mem_per_cpu: int = NO_VAL64
    mem_per_gpu: int = NO_VAL64
    min_nodes: int = 1
    nice: int = NO_VAL
    no_kill: bool = False
    nodelist: Optional[str] = None
    nodes_set: bool = False
    ntasks: int = 1
    ntasks_per_core: int = NO_VAL
    ntasks_per_gpu: int = NO_VAL
    ntasks_per_node: int = NO_VAL
    ntasks_per_socket: int = NO_VAL
    ntasks_set: bool = False
    ofname: Optional[str] = None
    open_mode: int = 0
    overcommit: bool = False
    parsable: bool = False
    partition: Optional[str] = None
    pn_min_cpus: int = -1
    pn_min_memory: int = NO_VAL64
    pn_min_tmp_disk: int = NO_VAL64
    prefer: Optional[str] = None
    priority: int = 0
    propagate: Optional[str] = None
    qos: Optional[str] = None
    quiet: int = 0
    quiet_first_pass: int = 0  # sbatch keeps -Q from the command line only
    reboot: bool = False
    requeue: int = NO_VAL
    reservation: Optional[str] = None
    shared: int = NO_VAL16
    sockets_per_node: int = NO_VAL
    threads_per_core: int = NO_VAL
    time_limit: int = NO_VAL
    time_min: int = NO_VAL
    verbose: int = 0
    wait: bool = False
    warn_flags: int = 0
    warn_signal: int = 0
    warn_time: int = 0
    wckey: Optional[str] = None
    wrap: Optional[str] = None

    # -- helpers for handlers -------------------------------------------------------------
    def error(self, message: str, code: int = EXIT_OPTION) -> OptError:
        return OptError([f"{self.prog}: error: {message}"], code)

    def fatal(self, message: str) -> OptError:
        return OptError([f"{self.prog}: fatal: {message}"], 1)

    def set_by_cli(self, key: str) -> bool:
        s, env = self.state.get(key, (False, False))
        return s and not env

    def set_by_env(self, key: str) -> bool:
        s, env = self.state.get(key, (False, False))
        return s and env

    def isset(self, key: str) -> bool:
        return self.state.get(key, (False, False))[0]


Handler = Callable[[Opt, Optional[str]], None]
HANDLERS: dict[str, Handler] = {}
RESETS: dict[str, Callable[[Opt], None]] = {}


def _handles(key: str, *fields: str) -> Callable[[Handler], Handler]:
    """Register the handler of an option; ``fields`` are what its reset restores."""

    def register(func: Handler) -> Handler:
        HANDLERS[key] = func
        defaults = {name: getattr(Opt, name) for name in fields}

        def reset(o: Opt) -> None:
            for name, value in defaults.items():
                setattr(o, name, value)

        RESETS[key] = reset
        return func

    return register


def _string(key: str, attr: str) -> None:
    def handler(o: Opt, arg: Optional[str]) -> None:
        setattr(o, attr, arg)

    _handles(key, attr)(handler)


def _mbytes(key: str, attr: str, option: str) -> None:
    def handler(o: Opt, arg: Optional[str]) -> None:
        value = parse.str_to_mbytes(arg or "")
        setattr(o, attr, value)
        if value == NO_VAL64:
            raise o.error(f"Invalid {option} specification")

    _handles(key, attr)(handler)


def _int(key: str, attr: str, option: str) -> None:
    def handler(o: Opt, arg: Optional[str]) -> None:
        setattr(o, attr, _parse_int(o, option, arg, True))

    _handles(key, attr)(handler)


def _flag(key: str, attr: str) -> None:
    def handler(o: Opt, arg: Optional[str]) -> None:
        setattr(o, attr, True)

    _handles(key, attr)(handler)


def _parse_int(o: Opt, option: str, arg: Optional[str], positive: bool) -> int:
    try:
        return parse.parse_int(option, arg, positive)
    except ParseError as exc:
        raise o.error(exc.message, 1) from None


# -- the options slurm-proxy implements ------------------------------------------------------
for _key, _attr in (("A", "account"), ("a", "array_inx"), ("M", "clusters"),
                    ("C", "constraint"), ("comment", "comment"), ("d", "dependency"),
                    ("G", "gpus"), ("gpus-per-node", "gpus_per_node"),
                    ("gpus-per-task", "gpus_per_task"), ("gpus-per-socket", "gpus_per_socket"),
                    ("J", "job_name"), ("L", "licenses"), ("mail-user", "mail_user"),
                    ("p", "partition"), ("q", "qos"), ("reservation", "reservation"),
                    ("x", "exclude"), ("wckey", "wckey"), ("wrap", "wrap"),
                    ("prefer", "prefer"), ("mcs-label", "mcs_label"), ("extra", "extra"),
                    ("cluster-constraint", "c_constraint")):  # fmt: skip
    _string(_key, _attr)
_string("cluster", "clusters")
for _key, _attr, _name in (("mem", "pn_min_memory", "--mem"),
                           ("mem-per-cpu", "mem_per_cpu", "--mem-per-cpu"),
                           ("mem-per-gpu", "mem_per_gpu", "--mem-per-gpu"),
                           ("tmp", "pn_min_tmp_disk", "--tmp")):  # fmt: skip
    _mbytes(_key, _attr, _name)
for _key, _attr, _name in (("ntasks-per-node", "ntasks_per_node", "--ntasks-per-node"),
                           ("cpus-per-gpu", "cpus_per_gpu", "--cpus-per-gpu"),
                           ("mincpus", "pn_min_cpus", "--mincpus"),
                           ("sockets-per-node", "sockets_per_node", "--sockets-per-node"),
                           ("cores-per-socket", "cores_per_socket", "--cores-per-socket"),
                           ("threads-per-core", "threads_per_core", "--threads-per-core"),
                           ("ntasks-per-core", "ntasks_per_core", "--ntasks-per-core"),
                           ("ntasks-per-socket", "ntasks_per_socket", "--ntasks-per-socket"),
                           ("ntasks-per-gpu", "ntasks_per_gpu", "--ntasks-per-gpu")):  # fmt: skip
    _int(_key, _attr, _name)
for _key, _attr in (("H", "hold"), ("parsable", "parsable"), ("W", "wait"),
                    ("O", "overcommit"), ("contiguous", "contiguous"), ("reboot", "reboot"),
                    ("ignore-pbs", "ignore_pbs")):  # fmt: skip
    _flag(_key, _attr)


@_handles("b", "begin")
def _begin(o: Opt, arg: Optional[str]) -> None:
    value, problem = parse.parse_time(arg or "")
    o.begin = value
    if not value:
        lines = [problem] if problem else []
        raise OptError([*lines, f"{o.prog}: error: Invalid --begin specification"], EXIT_OPTION)


@_handles("deadline", "deadline")
def _deadline(o: Opt, arg: Optional[str]) -> None:
    value, problem = parse.parse_time(arg or "")
    o.deadline = value
    if not value:
        lines = [problem] if problem else []
        raise OptError([*lines, f"{o.prog}: error: Invalid --deadline specification"], EXIT_OPTION)


@_handles("delay-boot", "delay_boot")
def _delay_boot(o: Opt, arg: Optional[str]) -> None:
    o.delay_boot = parse.time_str2secs(arg)
    if o.delay_boot == NO_VAL:
        raise o.error("Invalid --delay-boot specification")


@_handles("D")
def _chdir(o: Opt, arg: Optional[str]) -> None:
    arg = arg or ""
    o.chdir = arg if arg.startswith("/") else f"{o.cwd.rstrip('/') or ''}/{arg}"


RESETS["D"] = lambda o: setattr(o, "chdir", o.cwd)  # noqa: B010


@_handles("c", "cpus_per_task", "cpus_set")
def _cpus_per_task(o: Opt, arg: Optional[str]) -> None:
    o.cpus_per_task = _parse_int(o, "--cpus-per-task", arg, True)
    o.cpus_set = True


def _std_path(attr: str) -> Handler:
    def handler(o: Opt, arg: Optional[str]) -> None:
        setattr(o, attr, "/dev/null" if (arg or "").lower() == "none" else arg)

    return handler


_handles("e", "efname")(_std_path("efname"))
_handles("o", "ofname")(_std_path("ofname"))
_handles("i", "ifname")(_std_path("ifname"))


@_handles("export", "export_env")
def _export(o: Opt, arg: Optional[str]) -> None:
    o.export_env = arg


@_handles("exclusive", "shared")
def _exclusive(o: Opt, arg: Optional[str]) -> None:
    word = None if arg is None else arg.lower()
    if word in (None, "exclusive", "allocation"):
        o.shared = JOB_SHARED_NONE
    elif word == "oversubscribe":
        o.shared = JOB_SHARED_OK
    elif word == "user":
        o.shared = JOB_SHARED_USER
    elif word == "mcs":
        o.shared = JOB_SHARED_MCS
    elif word == "topo" and (o.release or table.DEFAULT_RELEASE) >= (25, 5):
        o.shared = JOB_SHARED_TOPO
    else:
        raise o.error("Invalid --exclusive specification")


@_handles("s", "shared")
def _oversubscribe(o: Opt, arg: Optional[str]) -> None:
    o.shared = JOB_SHARED_OK


@_handles("gres", "gres")
def _gres(o: Opt, arg: Optional[str]) -> None:
    arg = arg or ""
    if arg.lower() in ("help", "list"):
        raise o.error("--gres=help is not supported by slurm-proxy (use `sinfo -o %G`)", 1)
    if arg.lower() == "none":
        o.gres = arg
    else:
        o.gres = ("gres/" + arg).replace(",", ",gres/").replace("gres/gres/", "gres/")


@_handles("mail-type", "mail_type")
def _mail_type(o: Opt, arg: Optional[str]) -> None:
    o.mail_type = parse.parse_mail_type(arg)
    if o.mail_type == parse.INFINITE16:
        raise o.error("Invalid --mail-type specification")


@_handles("N", "min_nodes", "max_nodes", "nodes_set", "job_size_str")
def _nodes(o: Opt, arg: Optional[str]) -> None:
    try:
        count = parse.verify_node_count(arg or "")
    except ParseError as exc:
        o.nodes_set = False
        raise o.error(exc.message) from None
    o.min_nodes, o.max_nodes, o.job_size_str = count
    o.nodes_set = True


@_handles("n", "ntasks", "ntasks_set")
def _ntasks(o: Opt, arg: Optional[str]) -> None:
    o.ntasks = _parse_int(o, "--ntasks", arg, True)
    o.ntasks_set = True


@_handles("nice", "nice")
def _nice(o: Opt, arg: Optional[str]) -> None:
    value = parse.strtol(arg)[0] if arg is not None else 100
    value = max(min(value, parse.LONG_MAX), parse.LONG_MIN)
    limit = 0x80000000 - 3
    if abs(value) > limit:
        raise o.error(f"Invalid --nice value, out of range (+/- {limit})")
    o.nice = value


@_handles("k", "no_kill")
def _no_kill(o: Opt, arg: Optional[str]) -> None:
    if arg is None or arg.lower() == "set":
        o.no_kill = True
    elif arg.lower() in ("off", "no"):
        o.no_kill = False
    else:
        raise o.error("Invalid --no-kill specification")


@_handles("no-requeue", "requeue")
def _no_requeue(o: Opt, arg: Optional[str]) -> None:
    o.requeue = 0


@_handles("requeue", "requeue")
def _requeue(o: Opt, arg: Optional[str]) -> None:
    o.requeue = 1
    if arg and arg.lower() == "expedite":
        o.job_flags |= EXPEDITED_REQUEUE
    elif arg:
        raise o.error("Invalid --requeue specification")


RESETS["no-requeue"] = RESETS["requeue"]


@_handles("open-mode", "open_mode")
def _open_mode(o: Opt, arg: Optional[str]) -> None:
    first = (arg or "")[:1]
    if first in ("a", "A"):
        o.open_mode = OPEN_MODE_APPEND
    elif first in ("t", "T"):
        o.open_mode = OPEN_MODE_TRUNCATE
    else:
        raise o.error("Invalid --open-mode specification")


@_handles("priority", "priority")
def _priority(o: Opt, arg: Optional[str]) -> None:
    arg = arg or ""
    if arg.lower() == "top":
        o.priority = NO_VAL - 1
        return
    value = parse.strtol(arg)[0]
    if value < 0:
        raise o.error("Priority must be >= 0")
    if value >= NO_VAL:
        raise o.error(f"Priority must be < {NO_VAL}")
    o.priority = value


@_handles("propagate", "propagate")
def _propagate(o: Opt, arg: Optional[str]) -> None:
    o.propagate = arg if arg is not None else "ALL"


@_handles("signal", "warn_signal", "warn_time", "warn_flags")
def _signal(o: Opt, arg: Optional[str]) -> None:
    spec = parse.get_signal_opts(arg)
    if spec is None:
        raise o.error("Invalid --signal specification")
    o.warn_signal, o.warn_time = spec.signal, spec.time
    o.warn_flags |= spec.flags


def _duration(attr: str, option: str) -> Handler:
    def handler(o: Opt, arg: Optional[str]) -> None:
        minutes = parse.time_str2mins(arg)
        if minutes == NO_VAL:
            raise o.error(f"Invalid {option} specification")
        setattr(o, attr, INFINITE if minutes == 0 else minutes)

    return handler


_handles("t", "time_limit")(_duration("time_limit", "--time"))
_handles("time-min", "time_min")(_duration("time_min", "--time-min"))


@_handles("w", "nodelist")
def _nodelist(o: Opt, arg: Optional[str]) -> None:
    o.nodelist = arg


@_handles("kill-on-invalid-dep")
def _kill_inv_dep(o: Opt, arg: Optional[str]) -> None:
    word = (arg or "").lower()
    if word == "yes":
        o.job_flags |= KILL_INV_DEP
    elif word == "no":
        o.job_flags |= NO_KILL_INV_DEP
    else:
        raise o.error("Invalid --kill-on-invalid-dep specification")


@_handles("spread-job")
def _spread_job(o: Opt, arg: Optional[str]) -> None:
    o.job_flags |= SPREAD_JOB


@_handles("use-min-nodes")
def _use_min_nodes(o: Opt, arg: Optional[str]) -> None:
    o.job_flags |= USE_MIN_NODES


@_handles("Q", "quiet")
def _quiet(o: Opt, arg: Optional[str]) -> None:
    o.quiet += 1


@_handles("v", "verbose")
def _verbose(o: Opt, arg: Optional[str]) -> None:
    if arg is None:
        if o.verbose_by_env:
            o.verbose = 0
            o.verbose_by_env = False
        o.verbose_by_cli = True
        o.verbose += 1
    elif not o.verbose_by_cli:
        o.verbose_by_env = True
        o.verbose = _parse_int(o, "--verbose", arg, False)


@_handles("h")
def _help(o: Opt, arg: Optional[str]) -> None:
    from .help import help_text

    raise OptError([], 0, help_text(o.release))


@_handles("usage")
def _usage(o: Opt, arg: Optional[str]) -> None:
    from .help import usage_text

    raise OptError([], 0, usage_text(o.release))


@_handles("V")
def _version(o: Opt, arg: Optional[str]) -> None:
    raise OptError([], 0, "\0version")  # resolved by the command (needs the server)


def _unsupported(key: str) -> Handler:
    def handler(o: Opt, arg: Optional[str]) -> None:
        raise o.error(f"option --{table.long_name(key)} is not supported by slurm-proxy", 1)

    return handler


#: option keys slurm-proxy implements
SUPPORTED = frozenset(HANDLERS)
#: option keys the real sbatch knows that slurm-proxy rejects when they are used
UNSUPPORTED = frozenset(
    ({row[2] for row in table.TABLE} | {k for _v, k in table.ENV_VARS}) - SUPPORTED
)
for _key in sorted(UNSUPPORTED):
    HANDLERS[_key] = _unsupported(_key)
    RESETS[_key] = lambda o: None


# -- slurm_process_option -------------------------------------------------------------------------
def process_option(
    o: Opt, key: str, arg: Optional[str], set_by_env: bool, early_pass: bool, source: str = ""
) -> None:
    """Apply one option the way ``slurm_process_option`` does (raises OptError)."""
    if not set_by_env:
        early = key in table.EARLY
        if early_pass != early:
            return
    kind = table.has_arg(key, o.release) if key in HANDLERS else NO_ARGUMENT
    setarg = arg
    is_set = True
    if arg is not None:
        if kind == NO_ARGUMENT:
            value, end, _over = parse.strtol(arg)
            if arg == "" or arg.lower() == "yes" or (value and end == len(arg) and end > 0):
                is_set = True
            else:
                is_set = False
        elif kind == OPTIONAL_ARGUMENT and arg == "":
            setarg = None
    handler = HANDLERS.get(key)
    if handler is None:  # not an sbatch option (cannot come from getopt)
        return
    if not is_set:
        RESETS.get(key, lambda _o: None)(o)
        o.state[key] = (False, False)
        return
    if source and key in UNSUPPORTED:
        raise o.error(f"{source} is not supported by slurm-proxy", 1)
    handler(o, setarg)
    o.state[key] = (True, set_by_env)


def _usage_error(o: Opt, exc: UsageError) -> OptError:
    return OptError([exc.message, f'Try "{o.prog} --help" for more information'], EXIT_OPTION)


def _getopt(prog: str, argv: list[str], o: Opt) -> Getopt:
    return Getopt(prog, argv, table.shortopts(o.release), table.long_options(o.release))


def iter_options(parser: Getopt, o: Opt) -> Iterator[tuple[str, Optional[str], str]]:
    """(key, arg, spelled) for each option; a getopt error becomes sbatch's OptError."""
    try:
        for found in parser:
            yield found.val, found.arg, "--" + (found.name or table.long_name(found.val))
    except UsageError as exc:
        raise _usage_error(o, exc) from None


# -- first pass -----------------------------------------------------------------------------
class FirstPass(NamedTuple):
    script: Optional[str]  # resolved path, or None for stdin
    script_args: list[str]
    het: bool


def first_pass(o: Opt, argv: list[str], env: dict[str, str]) -> FirstPass:
    """Command line only: early options, and where the script name is."""
    for var, key in table.ENV_EARLY:
        if var in env:
            process_option(o, key, env[var], True, False, f"{var} (--{table.long_name(key)})")
    het = ":" in argv
    local = [a for a in argv if a != ":"]
    parser = _getopt(o.prog, local, o)
    for key, arg, spelled in iter_options(parser, o):
        process_option(o, key, arg, True, True, spelled)
    rest = parser.rest
    if rest and o.wrap is not None:
        raise o.error("Script arguments not permitted with --wrap option", o.error_exit)
    script: Optional[str] = None
    if rest:
        script = search_path(o.chdir, rest[0], env) or rest[0]
        o.argv = [script, *rest[1:]]
    return FirstPass(script, rest[1:], het)


def search_path(cwd: str, cmd: str, env: dict[str, str]) -> Optional[str]:
    """Slurm's ``search_path(cwd, cmd, check_cwd_last=false, R_OK, test_exec=false)``."""
    if cmd.startswith(".") or cmd.startswith("/"):
        return None
    dirs = [d for d in env.get("PATH", "").split(":") if d] if "PATH" in env else []
    if "PATH" not in env:
        return None
    for base in [cwd, *dirs]:
        path = f"{cwd}/{base}/{cmd}" if base.startswith(".") else f"{base}/{cmd}"
        check = path if path.startswith("/") else os.path.join(cwd, path)
        if os.path.exists(check) and not os.path.isdir(check):
            return path
    return None


# -- #SBATCH directives --------------------------------------------------------------------------
_SPACE = " \t\n\v\f\r"


def get_argument(o: Opt, file: str, lineno: int, line: str) -> tuple[Optional[str], int]:
    """One argument of a directive line: (argument or None, characters consumed)."""
    i = 0
    n = len(line)
    while i < n and line[i] in _SPACE:
        i += 1
    for word in ("packjob", "hetjob"):
        if line[i : i + len(word)].lower() == word and (
            i + len(word) == n or line[i + len(word)] in _SPACE
        ):
            line = line[:i] + " " * len(word) + line[i + len(word) :]
    if line[i : i + 1] == ":":
        raise o.fatal(f"{file}: line {lineno}: Unexpected `:` in [{line}]")
    if i >= n:
        return None, i
    arg: Optional[list[str]] = None
    quoted = False
    q_char = ""
    escape = False
    # "\ " keeps a space inside an argument since 24.05; before, the space ends it
    space_escape = (o.release or table.DEFAULT_RELEASE) >= (24, 5)
    while i < n and (quoted or line[i] not in _SPACE) and line[i] != "\n":
        c = line[i]
        if escape:
            escape = False
        elif c == "\\":
            i += 1
            if i < n and line[i] == " " and space_escape:
                if arg is None:
                    arg = []
                arg.append(" ")
                i += 1
            else:
                escape = True
            continue
        elif quoted:
            if c == q_char:
                quoted = False
                i += 1
                continue
        elif c in "\"'":
            quoted = True
            q_char = c
            i += 1
            continue
        elif c == "#":
            break
        if arg is None:
            arg = []
        arg.append(c)
        i += 1
    if quoted:
        raise o.fatal(f"{file}: line {lineno}: Unmatched `{q_char}` in [{line}]")
    return ("".join(arg) if arg is not None else None), i


def directive_args(o: Opt, file: str, body: bytes) -> tuple[list[str], bool]:
    """The argv built from ``#SBATCH`` lines (argv[0] excluded), and "more het components"."""
    text = body.decode("utf-8", "surrogateescape")
    args: list[str] = []
    warned = False
    het_scan = 0
    more_het = False
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    for lineno, line in enumerate(lines, 1):
        if line.startswith("#SBATCH"):
            ptr = line[len("#SBATCH") :]
        elif line.startswith("#SLURM"):
            ptr = line[len("#SLURM") :]
            if not warned:
                o.warnings.append(
                    f"{o.prog}: error: Change from #SLURM to #SBATCH in your "
                    "script and verify the options are valid in sbatch"
                )
                warned = True
        else:
            stripped = line.lstrip(_SPACE)
            if stripped and not stripped.startswith("#"):
                break
            continue
        ptr = ptr.lstrip(_SPACE)
        low = ptr.lower()
        for word in ("packjob", "hetjob"):
            if low.startswith(word) and (len(ptr) == len(word) or ptr[len(word)] in _SPACE):
                het_scan += 1
        if het_scan > 0:
            more_het = True
            break
        while True:
            arg, used = get_argument(o, file, lineno, ptr)
            if arg is None:
                break
            args.append(arg)
            ptr = ptr[used:]
    return args, more_het


def apply_directives(o: Opt, args: list[str]) -> None:
    parser = Getopt("sbatch", args, table.shortopts(o.release), table.long_options(o.release))
    for key, arg, spelled in iter_options(parser, o):
        process_option(o, key, arg, False, False, f"{spelled} (in #SBATCH)")
    rest = parser.rest
    if rest:
        raise OptError(
            [f"{o.prog}: error: Invalid directive found in batch script: {rest[0]}"], EXIT_OPTION
        )


# -- second pass --------------------------------------------------------------------------------
def second_pass(
    o: Opt, argv: list[str], env: dict[str, str], file: str, body: Optional[bytes]
) -> bool:
    """Directives, then environment, then command line. Returns "more het components"."""
    for key in table.RESET_EACH_PASS:
        if key in RESETS:
            RESETS[key](o)
            if key in o.state:
                o.state[key] = (False, False)
    more_het = False
    if body is not None:
        args, more_het = directive_args(o, file, body)
        apply_directives(o, args)
    for var, key in table.ENV_VARS:
        if var in env:
            process_option(o, key, env[var], True, False, f"{var} (--{table.long_name(key)})")
    local = argv[: len(argv) - len(o.argv)] if o.argv else list(argv)
    parser = _getopt(o.prog, local, o)
    for key, arg, spelled in iter_options(parser, o):
        process_option(o, key, arg, False, False, spelled)
    return more_het


# -- verification (_opt_verify, validate_options_salloc_sbatch_srun) -----------------------------
def verify(o: Opt, env: dict[str, str]) -> None:
    if (
        o.gres
        and o.gres.lower() != "none"
        and "gres/gpu" in o.gres
        and (o.set_by_cli("gpus-per-node") or o.set_by_env("gpus-per-node"))
    ):
        raise o.fatal("--gpus-per-node and --gres=gpu are mutually exclusive.")
    mem_cli = [o.set_by_cli(k) for k in ("mem", "mem-per-cpu", "mem-per-gpu")]
    mem_env = [o.set_by_env(k) for k in ("mem", "mem-per-cpu", "mem-per-gpu")]
    if sum(mem_cli) > 1:
        raise o.fatal("--mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive.")
    if any(mem_cli):
        for key, keep in zip(("mem", "mem-per-cpu", "mem-per-gpu"), mem_cli):
            if not keep:
                RESETS[key](o)
                o.state[key] = (False, False)
    elif sum(mem_env) > 1:
        raise o.fatal(
            "SLURM_MEM_PER_CPU, SLURM_MEM_PER_GPU, and SLURM_MEM_PER_NODE are mutually exclusive."
        )
    if o.set_by_cli("exclusive") and o.set_by_cli("s"):
        raise o.fatal("--exclusive and --oversubscribe options are mutually exclusive")
    if (o.set_by_cli("c") and o.set_by_cli("cpus-per-gpu")) or (
        o.set_by_env("c") and o.set_by_env("cpus-per-gpu")
    ):
        raise o.fatal(
            "--cpus-per-task, --tres-per-task=cpu:#, and --cpus-per-gpu are mutually exclusive"
        )
    if o.set_by_cli("c") and o.set_by_env("cpus-per-gpu"):
        RESETS["cpus-per-gpu"](o)
    elif o.set_by_cli("cpus-per-gpu") and o.set_by_env("c"):
        RESETS["c"](o)
    if o.ntasks_per_gpu != NO_VAL:
        for key, what in (
            ("gpus-per-task", "--gpus-per-task"),
            ("gpus-per-socket", "--gpus-per-socket"),
            ("ntasks-per-node", "--ntasks-per-node"),
        ):
            if o.set_by_cli(key):
                raise o.fatal(
                    f"{what} is mutually exclusive with --ntasks-per-gpu and SLURM_NTASKS_PER_GPU"
                )
    for attr, what in (("nodelist", "-w"), ("exclude", "-x")):
        value = getattr(o, attr)
        if value and "/" in value:
            raise o.error(f"node list files ({what} {value}) are not supported by slurm-proxy", 1)
    if o.quiet and o.verbose:
        raise o.error("don't specify both --verbose (-v) and --quiet (-Q)", o.error_exit)

    if not o.ifname:
        o.ifname = "/dev/null"
    for attr in ("efname", "ifname", "ofname"):
        value = getattr(o, attr)
        if value is not None and not value.startswith("/"):
            setattr(o, attr, f"{o.chdir}/{value}")

    if o.nodelist and not o.nodes_set and "{" not in o.nodelist:
        from ..common import hostlist

        try:
            o.min_nodes = len(set(hostlist.expand(o.nodelist)))
        except ValueError:
            raise o.fatal("Invalid node list specified") from None
        o.nodes_set = True

    if o.cpus_set and o.pn_min_cpus < o.cpus_per_task:
        o.pn_min_cpus = o.cpus_per_task

    if not o.job_name and o.wrap is not None:
        o.job_name = "wrap"
    elif not o.job_name and o.argv:
        o.job_name = o.argv[0].rsplit("/", 1)[-1]

    if (
        o.nodes_set
        and (o.min_nodes == o.max_nodes or o.max_nodes == 0)
        and o.ntasks_per_node == NO_VAL
        and not o.ntasks_set
    ):
        o.ntasks = max(o.min_nodes, 1)
        for attr in ("sockets_per_node", "cores_per_socket", "threads_per_core"):
            if getattr(o, attr) != NO_VAL:
                o.ntasks *= getattr(o, attr)
                o.ntasks_set = True
    elif o.nodes_set and o.ntasks_set:
        if o.ntasks < o.max_nodes:
            o.max_nodes = o.ntasks
        if o.ntasks < o.min_nodes:
            o.warnings.append(
                f"{o.prog}: warning: can't run {o.ntasks} processes on "
                f"{o.min_nodes} nodes, setting nnodes to {o.ntasks}"
            )
            o.min_nodes = o.max_nodes = o.ntasks

    if (
        o.ntasks_per_core != NO_VAL
        and o.threads_per_core != NO_VAL
        and o.threads_per_core < o.ntasks_per_core
    ):
        raise o.error(
            f"--ntasks-per-core ({o.ntasks_per_core}) can not be bigger than "
            f"--threads-per-core ({o.threads_per_core})",
            o.error_exit,
        )
    if o.deadline and o.begin and o.deadline < o.begin:
        raise o.error("Incompatible begin and deadline time specification", o.error_exit)
