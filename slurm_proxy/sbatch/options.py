"""sbatch's option table, per Slurm release.

Every option the real sbatch knows is listed here, so that getopt resolves
abbreviations (``--job`` is ambiguous, ``--parsa`` is ``--parsable``) exactly as the real
command of that release does, including options slurm-proxy does not implement.
The table follows ``common_options[]`` of ``src/common/slurm_opt.c`` (the order matters:
it is the order of glibc's "ambiguous; possibilities:" list), restricted to entries
sbatch accepts; it was read from the release tags 22.05 to 26.05 and master.

Each row: long name, argument kind, value (the short letter when there is one, else a
key; aliases share a key), first release that has it, last release that has it
(``None``: open ended).
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import NO_ARGUMENT as NO
from ..common.getopt import OPTIONAL_ARGUMENT as OPT
from ..common.getopt import REQUIRED_ARGUMENT as REQ
from ..common.getopt import LongOpt

Release = tuple[int, int]

#: the release whose table is used when the server's release is not known
DEFAULT_RELEASE: Release = (26, 5)

# fmt: off
TABLE: tuple[tuple[str, int, str, Optional[Release], Optional[Release]], ...] = (
    ("account", REQ, 'A', None, None),
    ("acctg-freq", REQ, 'acctg-freq', None, None),
    ("array", REQ, 'a', None, None),
    ("autocomplete", REQ, 'autocomplete', (23, 2), None),
    ("batch", REQ, 'batch', None, None),
    ("begin", REQ, 'b', None, None),
    ("bb", REQ, 'bb', None, None),
    ("bbf", REQ, 'bbf', None, None),
    ("cluster-constraint", REQ, 'cluster-constraint', None, None),
    ("chdir", REQ, 'D', None, None),
    ("cluster", REQ, 'cluster', None, None),
    ("clusters", REQ, 'M', None, None),
    ("comment", REQ, 'comment', None, None),
    ("consolidate-segments", NO, 'consolidate-segments', (25, 11), None),
    ("container", REQ, 'container', None, None),
    ("container-id", REQ, 'container-id', (23, 2), None),
    ("container-type", REQ, 'container-type', (26, 5), (26, 5)),
    ("context", REQ, 'context', None, None),
    ("contiguous", NO, 'contiguous', None, None),
    ("constraint", REQ, 'C', None, None),
    ("core-spec", REQ, 'S', None, None),
    ("cores-per-socket", REQ, 'cores-per-socket', None, None),
    ("cpu-freq", REQ, 'cpu-freq', None, None),
    ("cpus-per-gpu", REQ, 'cpus-per-gpu', None, None),
    ("cpus-per-task", REQ, 'c', None, None),
    ("deadline", REQ, 'deadline', None, None),
    ("delay-boot", REQ, 'delay-boot', None, None),
    ("dependency", REQ, 'd', None, None),
    ("distribution", REQ, 'm', None, None),
    ("error", REQ, 'e', None, None),
    ("exclude", REQ, 'x', None, None),
    ("exclusive", OPT, 'exclusive', None, None),
    ("export", REQ, 'export', None, None),
    ("export-file", REQ, 'export-file', None, None),
    ("external", NO, 'external', (25, 5), None),
    ("extra", REQ, 'extra', (23, 2), None),
    ("extra-node-info", REQ, 'B', None, None),
    ("get-user-env", OPT, 'get-user-env', None, (24, 11)),
    ("get-user-env", NO, 'get-user-env', (25, 5), None),
    ("gid", REQ, 'gid', None, None),
    ("gpu-bind", REQ, 'gpu-bind', None, None),
    ("gpu-freq", REQ, 'gpu-freq', None, None),
    ("gpus", REQ, 'G', None, None),
    ("gpus-per-node", REQ, 'gpus-per-node', None, None),
    ("gpus-per-socket", REQ, 'gpus-per-socket', None, None),
    ("gpus-per-task", REQ, 'gpus-per-task', None, None),
    ("gres", REQ, 'gres', None, None),
    ("gres-flags", REQ, 'gres-flags', None, None),
    ("help", NO, 'h', None, None),  # early
    ("hint", REQ, 'hint', None, None),
    ("hold", NO, 'H', None, None),
    ("ignore-pbs", NO, 'ignore-pbs', None, None),
    ("input", REQ, 'i', None, None),
    ("job-name", REQ, 'J', None, None),
    ("kill-on-invalid-dep", REQ, 'kill-on-invalid-dep', None, None),
    ("licenses", REQ, 'L', None, None),
    ("mail-type", REQ, 'mail-type', None, None),
    ("mail-user", REQ, 'mail-user', None, None),
    ("mcs-label", REQ, 'mcs-label', None, None),
    ("mem", REQ, 'mem', None, None),
    ("mem-bind", REQ, 'mem-bind', None, None),
    ("mem-per-cpu", REQ, 'mem-per-cpu', None, None),
    ("mem-per-gpu", REQ, 'mem-per-gpu', None, None),
    ("mem-update", REQ, 'mem-update', (26, 5), None),
    ("mincpus", REQ, 'mincpus', None, None),
    ("network", REQ, 'network', None, None),
    ("nice", OPT, 'nice', None, None),
    ("no-kill", OPT, 'k', None, None),
    ("no-requeue", NO, 'no-requeue', None, None),
    ("nodefile", REQ, 'F', None, None),
    ("nodelist", REQ, 'w', None, None),
    ("nodes", REQ, 'N', None, None),
    ("ntasks", REQ, 'n', None, None),
    ("ntasks-per-core", REQ, 'ntasks-per-core', None, None),
    ("ntasks-per-gpu", REQ, 'ntasks-per-gpu', None, None),
    ("ntasks-per-node", REQ, 'ntasks-per-node', None, None),
    ("ntasks-per-socket", REQ, 'ntasks-per-socket', None, None),
    ("ntasks-per-tres", REQ, 'ntasks-per-tres', None, None),
    ("oom-kill-step", OPT, 'oom-kill-step', (24, 11), None),
    ("open-mode", REQ, 'open-mode', None, None),
    ("output", REQ, 'o', None, None),
    ("overcommit", NO, 'O', None, None),
    ("oversubscribe", NO, 's', None, None),
    ("parsable", NO, 'parsable', None, None),
    ("partition", REQ, 'p', None, None),
    ("power", REQ, 'power', None, (23, 11)),
    ("prefer", REQ, 'prefer', None, None),
    ("priority", REQ, 'priority', None, None),
    ("profile", REQ, 'profile', None, None),
    ("propagate", OPT, 'propagate', None, None),
    ("qos", REQ, 'q', None, None),
    ("quiet", NO, 'Q', None, None),  # early
    ("reboot", NO, 'reboot', None, None),
    ("requeue", NO, 'requeue', None, (25, 5)),
    ("requeue", OPT, 'requeue', (25, 11), None),
    ("resources", REQ, 'resources', (25, 11), None),
    ("reservation", REQ, 'reservation', None, None),
    ("resv-ports", OPT, 'resv-ports', (24, 5), None),
    ("runtime", REQ, 'runtime', (26, 11), None),
    ("segment", REQ, 'segment', (24, 5), None),
    ("signal", REQ, 'signal', None, None),
    ("sockets-per-node", REQ, 'sockets-per-node', None, None),
    ("spread-job", NO, 'spread-job', None, None),
    ("spread-segments", NO, 'spread-segments', (25, 11), None),
    ("stepmgr", NO, 'stepmgr', (24, 5), None),
    ("switches", REQ, 'switches', None, None),
    ("tasks-per-node", REQ, 'ntasks-per-node', None, None),
    ("test-only", NO, 'test-only', None, None),
    ("thread-spec", REQ, 'thread-spec', None, None),
    ("threads-per-core", REQ, 'threads-per-core', None, None),
    ("time", REQ, 't', None, None),
    ("time-min", REQ, 'time-min', None, None),
    ("tmp", REQ, 'tmp', None, None),
    ("tres-bind", REQ, 'tres-bind', (23, 11), None),
    ("tres-per-task", REQ, 'tres-per-task', (23, 2), None),
    ("uid", REQ, 'uid', None, None),
    ("use-min-nodes", NO, 'use-min-nodes', None, None),
    ("verbose", NO, 'v', None, None),  # early
    ("version", NO, 'V', None, None),  # early
    ("usage", NO, 'usage', None, None),  # early
    ("wait", NO, 'W', None, None),
    ("wait-all-nodes", REQ, 'wait-all-nodes', None, None),
    ("wckey", REQ, 'wckey', None, None),
    ("wrap", REQ, 'wrap', None, None),  # early
)
# fmt: on

#: options handled in sbatch's first pass over the command line only
EARLY = frozenset({"h", "Q", "v", "V", "usage", "wrap"})

#: options whose value is reset before the second pass (``reset_each_pass``)
RESET_EACH_PASS = frozenset(
    {
        "bb",
        "consolidate-segments",
        "C",
        "contiguous",
        "S",
        "cores-per-socket",
        "cpu-freq",
        "cpus-per-gpu",
        "c",
        "m",
        "exclusive",
        "external",
        "B",
        "gpu-bind",
        "tres-bind",
        "gpu-freq",
        "G",
        "gpus-per-node",
        "gpus-per-socket",
        "gpus-per-task",
        "tres-per-task",
        "gres",
        "gres-flags",
        "hint",
        "L",
        "mail-type",
        "mail-user",
        "mem-bind",
        "mem-per-cpu",
        "mem-per-gpu",
        "mincpus",
        "network",
        "F",
        "w",
        "N",
        "n",
        "ntasks-per-core",
        "ntasks-per-node",
        "ntasks-per-socket",
        "ntasks-per-tres",
        "ntasks-per-gpu",
        "O",
        "s",
        "p",
        "resources",
        "resv-ports",
        "segment",
        "sockets-per-node",
        "spread-job",
        "spread-segments",
        "switches",
        "thread-spec",
        "threads-per-core",
        "tmp",
        "use-min-nodes",
    }
)

#: SBATCH_* (and a few SLURM_*) variables, in the order sbatch reads them
ENV_EARLY = (("SBATCH_IGNORE_PBS", "ignore-pbs"), ("SBATCH_DEBUG", "v"))
ENV_VARS = (
    ("SBATCH_ACCOUNT", "A"), ("SBATCH_ARRAY_INX", "a"), ("SBATCH_ACCTG_FREQ", "acctg-freq"),
    ("SBATCH_BATCH", "batch"), ("SBATCH_BURST_BUFFER", "bb"),
    ("SBATCH_CLUSTER_CONSTRAINT", "cluster-constraint"), ("SBATCH_CLUSTERS", "M"),
    ("SLURM_CLUSTERS", "M"), ("SBATCH_CONSOLIDATE_SEGMENTS", "consolidate-segments"),
    ("SBATCH_CONTAINER", "container"), ("SBATCH_CONTAINER_ID", "container-id"),
    ("SBATCH_RUNTIME", "runtime"), ("SBATCH_CONSTRAINT", "C"), ("SBATCH_CORE_SPEC", "S"),
    ("SBATCH_CPU_FREQ_REQ", "cpu-freq"), ("SBATCH_CPUS_PER_GPU", "cpus-per-gpu"),
    ("SBATCH_DELAY_BOOT", "delay-boot"), ("SBATCH_DISTRIBUTION", "m"),
    ("SBATCH_EXCLUSIVE", "exclusive"), ("SBATCH_EXPORT", "export"),
    ("SBATCH_GET_USER_ENV", "get-user-env"), ("SBATCH_GRES", "gres"),
    ("SBATCH_GRES_FLAGS", "gres-flags"), ("SBATCH_GPUS", "G"), ("SBATCH_GPU_BIND", "gpu-bind"),
    ("SBATCH_GPU_FREQ", "gpu-freq"), ("SBATCH_GPUS_PER_NODE", "gpus-per-node"),
    ("SBATCH_GPUS_PER_SOCKET", "gpus-per-socket"), ("SBATCH_GPUS_PER_TASK", "gpus-per-task"),
    ("SLURM_HINT", "hint"), ("SBATCH_HINT", "hint"), ("SBATCH_JOB_NAME", "J"),
    ("SBATCH_MEM_BIND", "mem-bind"), ("SBATCH_MEM_PER_CPU", "mem-per-cpu"),
    ("SBATCH_MEM_PER_GPU", "mem-per-gpu"), ("SBATCH_MEM_PER_NODE", "mem"),
    ("SBATCH_NETWORK", "network"), ("SBATCH_NO_KILL", "k"), ("SBATCH_NO_REQUEUE", "no-requeue"),
    ("SBATCH_OPEN_MODE", "open-mode"), ("SBATCH_OVERCOMMIT", "O"), ("SBATCH_PARTITION", "p"),
    ("SBATCH_POWER", "power"), ("SBATCH_PROFILE", "profile"), ("SBATCH_QOS", "q"),
    ("SBATCH_REQ_SWITCH", "switch-req"), ("SBATCH_REQUEUE", "requeue"),
    ("SBATCH_RESERVATION", "reservation"), ("SBATCH_SEGMENT_SIZE", "segment"),
    ("SBATCH_SIGNAL", "signal"), ("SBATCH_SPREAD_JOB", "spread-job"),
    ("SBATCH_SPREAD_SEGMENTS", "spread-segments"), ("SBATCH_THREAD_SPEC", "thread-spec"),
    ("SBATCH_THREADS_PER_CORE", "threads-per-core"), ("SBATCH_TIMELIMIT", "t"),
    ("SBATCH_TRES_BIND", "tres-bind"), ("SBATCH_TRES_PER_TASK", "tres-per-task"),
    ("SBATCH_USE_MIN_NODES", "use-min-nodes"), ("SBATCH_WAIT", "W"),
    ("SBATCH_WAIT_ALL_NODES", "wait-all-nodes"), ("SBATCH_WAIT4SWITCH", "switch-wait"),
    ("SBATCH_WCKEY", "wckey"), ("SBATCH_ERROR", "e"), ("SBATCH_INPUT", "i"),
    ("SBATCH_OUTPUT", "o"),
)  # fmt: skip


def parse_release(text: Optional[str]) -> Optional[Release]:
    """``"24.11.5"`` -> ``(24, 11)``; None when it cannot be read."""
    if not text:
        return None
    parts = text.split(".")
    try:
        return int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        return None


def _present(
    row: tuple[str, int, str, Optional[Release], Optional[Release]], release: Release
) -> bool:
    _name, _has_arg, _val, since, until = row
    return (since is None or release >= since) and (until is None or release <= until)


def long_options(release: Optional[Release] = None) -> list[LongOpt]:
    """The ``struct option`` table of that release's sbatch."""
    rel = release or DEFAULT_RELEASE
    return [LongOpt(row[0], row[1], row[2]) for row in TABLE if _present(row, rel)]


def shortopts(release: Optional[Release] = None) -> str:
    """The optstring (``+`` first: sbatch stops at the script name)."""
    out = ["+"]
    for opt in long_options(release):
        if len(opt.val) == 1:
            out.append(opt.val + {NO: "", REQ: ":", OPT: "::"}[opt.has_arg])
    return "".join(out)


def has_arg(key: str, release: Optional[Release] = None) -> int:
    for opt in long_options(release):
        if opt.val == key:
            return opt.has_arg
    return NO


def long_name(key: str) -> str:
    """The long name of an option key (``"J"`` -> ``"job-name"``)."""
    for name, _has_arg, val, _since, _until in TABLE:
        if val == key:
            return name
    return key
