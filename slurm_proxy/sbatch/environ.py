"""The job's environment, built as the real sbatch builds it.

sbatch first adds a few variables to its *own* environment (``SLURM_PRIO_PROCESS``,
``SLURM_SUBMIT_DIR``, ``SLURM_SUBMIT_HOST``, ``SLURM_UMASK``, ``SLURM_RLIMIT_*``,
``SLURM_JOB_DEPENDENCY``, ``SLURM_EXPORT_ENV``), then copies its environment into
the job according to ``--export``:

- default: everything except ``SLURM_JWT``;
- ``ALL``: everything;
- ``NONE`` / ``NIL``: only ``SLURM*`` and ``_SLURM_SPANK_OPTION*`` variables
  (``NONE`` also sets ``SLURM_GET_USER_ENV=1``: the node loads the user's login
  environment);
- a list ``[ALL,]NAME[=value],...``: those variables, plus ``SLURM*``, plus
  ``SLURM_GET_USER_ENV=1`` (sbatch sets it for every list form, ``ALL,...`` too).

Finally the option-derived ``SLURM_*`` variables (``SLURM_NTASKS``,
``SLURM_CPUS_PER_TASK``, ...) are set.  What slurmctld and slurmd add at launch
(``SLURM_JOB_ID``, ``SLURM_JOB_NAME``, ...) is not sbatch's business.

The proxy's own settings and secrets never reach the job, whatever ``--export``
says: ``SLURM_JWT*``, ``SLURMRESTD_URL``, ``SLURM_PROXY_*`` and the other variables
slurm-proxy reads for itself.
"""

from __future__ import annotations

import os
import socket
from typing import Optional

from ..common.parse import NO_VAL, NO_VAL64
from .opt import Opt, OptError

SPANK_PREFIX = "_SLURM_SPANK_OPTION_"
RLIMITS = ("CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NPROC", "NOFILE", "MEMLOCK", "AS")


def is_proxy_variable(name: str) -> bool:
    """Variables that configure slurm-proxy itself (never part of a job)."""
    if name.startswith(("SLURM_JWT", "SLURM_PROXY_")):
        return True
    from ..config import KEYS

    return any(key.env == name for key in KEYS)


def find_quote_tokens(text: str) -> list[str]:
    """Slurm's ``find_quote_token`` loop over a comma list (quotes keep commas)."""
    tokens: list[str] = []
    start = 0
    n = len(text)
    while start < n:
        single = double = 0
        i = start
        while True:
            c = text[i] if i < n else "\0"
            if c == "'":
                single ^= 1
            elif c == '"':
                double ^= 1
            elif c in (",", "\0") and not single and not double:
                token = text[start:i]
                if len(token) >= 2 and token[0] in "'\"" and token[-1] == token[0]:
                    token = token[1:-1]
                tokens.append(token)
                start = i + 1
                break
            elif c == "\0":  # unbalanced quote: Slurm complains and takes the rest
                tokens.append(text[start:i])
                start = n
                break
            i += 1
    return tokens


def _parse_rlimits(o: Opt, spec: str) -> dict[str, bool]:
    """``--propagate`` list -> {rlimit: propagate}; raises like sbatch on a bad name."""
    if spec == "NONE":
        return dict.fromkeys(RLIMITS, False)
    if spec == "ALL":
        return dict.fromkeys(RLIMITS, True)
    chosen: dict[str, bool] = {}
    for tok in (t for t in spec.replace(" ", ",").split(",") if t):
        name = tok[len("RLIMIT_") :] if tok.startswith("RLIMIT_") else tok
        if name not in RLIMITS:
            raise OptError(
                [
                    f"{o.prog}: error: Bad rlimit name: {name}",
                    f"{o.prog}: error: --propagate={spec} is not valid.",
                ],
                o.error_exit,
            )
        chosen[name] = True
    return {name: chosen.get(name, False) for name in RLIMITS}


def _rlimits(o: Opt) -> dict[str, str]:
    try:
        import resource
    except ImportError:  # not on this platform
        return {}
    if o.propagate:
        wanted = _parse_rlimits(o, o.propagate)
        fmt = "U{}"
    else:  # PropagateResourceLimits defaults to ALL
        wanted = dict.fromkeys(RLIMITS, True)
        fmt = "{}"
    out: dict[str, str] = {}
    for name in RLIMITS:
        if not wanted[name]:
            continue
        number = getattr(resource, f"RLIMIT_{name}", None)
        if number is None:
            continue
        soft, _hard = resource.getrlimit(number)
        out[f"SLURM_RLIMIT_{name}"] = fmt.format(soft & 0xFFFFFFFFFFFFFFFF)
    return out


def _umask() -> str:
    mask = os.umask(0)
    os.umask(mask)
    return f"0{(mask >> 6) & 7}{(mask >> 3) & 7}{mask & 7}"


def build(
    o: Opt, caller_env: dict[str, str], submit_dir: str, submit_host: Optional[str] = None
) -> dict[str, str]:
    """The job environment for these options (insertion order as sbatch builds it)."""
    # sbatch's own environment after the setenv() calls it makes before copying it
    own = {k: v for k, v in caller_env.items() if not is_proxy_variable(k)}
    if o.dependency:
        own["SLURM_JOB_DEPENDENCY"] = o.dependency
    if o.export_env and o.export_env.upper() != "ALL":
        own.setdefault("SLURM_EXPORT_ENV", o.export_env)
    own.update(_rlimits(o))
    try:
        own["SLURM_PRIO_PROCESS"] = str(os.getpriority(os.PRIO_PROCESS, 0))
    except (AttributeError, OSError):
        pass
    own["SLURM_SUBMIT_DIR"] = submit_dir
    own["SLURM_SUBMIT_HOST"] = submit_host or socket.gethostname()
    if "SLURM_UMASK" not in own:
        own["SLURM_UMASK"] = _umask()

    def slurm_only() -> dict[str, str]:
        return {k: v for k, v in own.items() if k.startswith(("SLURM", SPANK_PREFIX))}

    env: dict[str, str]
    get_user_env = False
    export = o.export_env
    if export is None or export.upper() == "ALL":
        env = dict(own)
    elif export.upper() in ("NIL", "NONE"):
        env = slurm_only()
        get_user_env = export.upper() == "NONE"
    else:
        env = {}
        for tok in find_quote_tokens(export):
            if tok.upper() == "ALL":
                env.update(own)
            elif "=" in tok:
                name, _eq, value = tok.partition("=")
                if not is_proxy_variable(name):
                    env[name] = value
            elif tok in own:
                env[tok] = own[tok]
        env.update(slurm_only())
        get_user_env = True
    if get_user_env:
        env["SLURM_GET_USER_ENV"] = "1"

    # set_env_from_opts()
    if o.cpus_per_gpu:
        env["SLURM_CPUS_PER_GPU"] = str(o.cpus_per_gpu)
    if o.gpus:
        env["SLURM_GPUS"] = o.gpus
    if o.gpus_per_node:
        env["SLURM_GPUS_PER_NODE"] = o.gpus_per_node
    if o.gpus_per_socket:
        env["SLURM_GPUS_PER_SOCKET"] = o.gpus_per_socket
    if o.mem_per_gpu != NO_VAL64:
        env["SLURM_MEM_PER_GPU"] = str(o.mem_per_gpu)
    env.setdefault("OMPI_MCA_plm_slurm_args", "--external-launcher")
    env.setdefault("PRTE_MCA_plm_slurm_args", "--external-launcher")
    for boot, extra in (
        ("HYDRA_BOOTSTRAP", "HYDRA_LAUNCHER_EXTRA_ARGS"),
        ("I_MPI_HYDRA_BOOTSTRAP", "I_MPI_HYDRA_BOOTSTRAP_EXEC_EXTRA_ARGS"),
    ):
        if own.get(boot, "slurm") == "slurm":
            env.setdefault(boot, "slurm")
            env.setdefault(extra, "--external-launcher")

    # set_envs(): the counts _opt_verify() recorded
    if o.cpus_set:
        env["SLURM_CPUS_PER_TASK"] = str(o.cpus_per_task)
    if o.ntasks_set and o.ntasks > 0:
        env["SLURM_NPROCS"] = str(o.ntasks)
        env["SLURM_NTASKS"] = str(o.ntasks)
    for attr, name in (
        ("ntasks_per_core", "SLURM_NTASKS_PER_CORE"),
        ("ntasks_per_gpu", "SLURM_NTASKS_PER_GPU"),
        ("ntasks_per_node", "SLURM_NTASKS_PER_NODE"),
        ("ntasks_per_socket", "SLURM_NTASKS_PER_SOCKET"),
        ("threads_per_core", "SLURM_THREADS_PER_CORE"),
    ):
        value = getattr(o, attr)
        if value != NO_VAL:
            env[name] = str(value)
    return env
