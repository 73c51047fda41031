"""sbatch's options in slurm-proxy's words: ``--help``, ``--usage``, completion.

The getopt table is :data:`slurm_proxy.sbatch.options.TABLE`; the options slurm-proxy
implements are the keys of ``slurm_proxy.sbatch.opt.HANDLERS`` (the others are
refused with an error when used, so ``--help`` does not list them).  See
:mod:`slurm_proxy.common.optable` for how the tables are joined.
"""

from __future__ import annotations

from typing import Optional

from ..common.getopt import LongOpt
from ..common.optable import CommandHelp, Doc, unsupported

OPERANDS = "[script [args...]]"

SUPPORTED_DOCS: tuple[Doc, ...] = (
    Doc("account", "NAME", "charge the job to this account"),
    Doc("array", "INDEXES", "submit a job array (e.g. 0-15%4)"),
    Doc("begin", "TIME", "start no earlier than TIME"),
    Doc("chdir", "DIR", "working directory of the job"),
    Doc("cluster-constraint", "LIST", "features the cluster must have"),
    Doc("clusters", "NAME", "cluster (slurm-proxy profile) to submit to"),
    Doc("cluster", "NAME", "the same as --clusters"),
    Doc("comment", "TEXT", "free text stored with the job"),
    Doc("constraint", "LIST", "node features the job needs (a&b, a|b, ...)"),
    Doc("contiguous", "", "nodes next to each other"),
    Doc("cores-per-socket", "N", "nodes with at least N cores per socket"),
    Doc("cpus-per-gpu", "N", "CPUs per allocated GPU"),
    Doc("cpus-per-task", "N", "CPUs per task"),
    Doc("deadline", "TIME", "cancel the job if it cannot end before TIME"),
    Doc("delay-boot", "MINUTES", "wait this long before rebooting nodes for it"),
    Doc("dependency", "LIST", "start after other jobs (afterok:ID, ...)"),
    Doc("error", "FILE", "file for the script's standard error"),
    Doc("exclude", "HOSTLIST", "never run on these nodes"),
    Doc("exclusive", "user|mcs", "nodes not shared with other jobs (or users)"),
    Doc("export", "NAMES", "environment passed on (ALL, NONE, NAME=value)"),
    Doc("extra", "TEXT", "extra text for the scheduler's node matching"),
    Doc("gpus", "N", "GPUs for the whole job"),
    Doc("gpus-per-node", "N", "GPUs per node"),
    Doc("gpus-per-socket", "N", "GPUs per socket"),
    Doc("gpus-per-task", "N", "GPUs per task"),
    Doc("gres", "LIST", "generic resources per node (gpu:2, ...)"),
    Doc("hold", "", "submit the job held (release it with scontrol)"),
    Doc("ignore-pbs", "", "ignore #PBS lines in the script"),
    Doc("input", "FILE", "file for the script's standard input"),
    Doc("job-name", "NAME", "name of the job"),
    Doc("kill-on-invalid-dep", "yes|no", "cancel if a dependency can never be met"),
    Doc("licenses", "LIST", "licenses the job needs"),
    Doc("mail-type", "TYPES", "when to send mail (BEGIN, END, FAIL, ALL, ...)"),
    Doc("mail-user", "ADDRESS", "whom to send that mail"),
    Doc("mcs-label", "LABEL", "MCS label of the job"),
    Doc("mem", "SIZE", "memory per node (e.g. 4G)"),
    Doc("mem-per-cpu", "SIZE", "memory per CPU"),
    Doc("mem-per-gpu", "SIZE", "memory per GPU"),
    Doc("mincpus", "N", "nodes with at least N CPUs"),
    Doc("nice", "N", "lower the job's priority by N"),
    Doc("no-kill", "off", "keep the job running when one of its nodes fails"),
    Doc("no-requeue", "", "never requeue the job"),
    Doc("nodelist", "HOSTLIST", "run on these nodes"),
    Doc("nodes", "N[-MAX]", "number of nodes"),
    Doc("ntasks", "N", "number of tasks"),
    Doc("ntasks-per-core", "N", "tasks per core"),
    Doc("ntasks-per-gpu", "N", "tasks per GPU"),
    Doc("ntasks-per-node", "N", "tasks per node"),
    Doc("ntasks-per-socket", "N", "tasks per socket"),
    Doc("open-mode", "append|truncate", "how the output files are opened"),
    Doc("output", "FILE", "file for the script's standard output"),
    Doc("overcommit", "", "allow more tasks than CPUs"),
    Doc("oversubscribe", "", "allow sharing nodes with other jobs"),
    Doc("parsable", "", "print only the job id (and cluster name)"),
    Doc("partition", "LIST", "partitions the job may run in"),
    Doc("prefer", "LIST", "node features wanted but not required"),
    Doc("priority", "N", "priority of the job (operators only)"),
    Doc("propagate", "LIMITS", "pass these resource limits on (all by default)"),
    Doc("qos", "NAME", "quality of service"),
    Doc("quiet", "", "no informational messages"),
    Doc("reboot", "", "reboot the nodes before the job starts"),
    Doc("requeue", "expedite", "allow the job to be requeued"),
    Doc("reservation", "NAME", "run in this reservation"),
    Doc("signal", "[R:][B:]SIG[@SEC]", "signal the job before its time limit"),
    Doc("sockets-per-node", "N", "nodes with at least N sockets"),
    Doc("spread-job", "", "spread the job over as many nodes as possible"),
    Doc("threads-per-core", "N", "nodes with at least N threads per core"),
    Doc("time", "TIME", "time limit (minutes, or [D-]HH:MM:SS)"),
    Doc("time-min", "TIME", "shortest acceptable time limit"),
    Doc("tmp", "SIZE", "temporary disk space per node"),
    Doc("use-min-nodes", "", "prefer the smallest node count of a range"),
    Doc("verbose", "", "more messages"),
    Doc("wait", "", "wait for the job to end; exit with its exit code"),
    Doc("wckey", "NAME", "workload characterization key"),
    Doc("wrap", "COMMAND", "submit COMMAND as a one-line sh script"),
    Doc("help", "", "print this help and exit"),
    Doc("usage", "", "print a short usage message and exit"),
    Doc("version", "", "print the Slurm release of the server and exit"),
)

INTRO = (
    "slurm-proxy's sbatch: submits through slurmrestd, with the messages of the\n"
    "server's Slurm release. The other options of Slurm's sbatch are recognised and\n"
    "refused with an error naming them."
)


def _unsupported_names() -> list[str]:
    from .opt import UNSUPPORTED
    from .options import TABLE

    return list(dict.fromkeys(row[0] for row in TABLE if row[2] in UNSUPPORTED))


#: the options slurm-proxy implements, then every other option of the table
DOCS: tuple[Doc, ...] = SUPPORTED_DOCS + unsupported(*_unsupported_names())


def getopt_table(release: Optional[tuple[int, ...]] = None) -> tuple[list[LongOpt], str]:
    """The long options and optstring sbatch's getopt uses for that release."""
    from .options import long_options, shortopts

    rel = (release[0], release[1]) if release else None
    return long_options(rel), shortopts(rel)


_HELP = CommandHelp("sbatch", OPERANDS, DOCS, INTRO, getopt_table)
option_table, help_text, usage_text = _HELP.option_table, _HELP.help_text, _HELP.usage_text
