"""``sbatch --help`` and ``--usage`` (slurm-proxy's own wording, same option set)."""

from __future__ import annotations

USAGE = """\
Usage: sbatch [-N nnodes] [-n ntasks] [-c ncpus] [-t time] [-p partition]
              [-A account] [-q qos] [-J jobname] [-o file] [-e file] [-i file]
              [-D dir] [-d type:jobid[:time]] [-b time] [-a array] [-H]
              [--mem=MB] [--mem-per-cpu=MB] [--export[=names]] [--wrap=cmd]
              [--parsable] [-Q] [-W] [-M cluster] [executable [args...]]
"""

HELP = """\
Usage: sbatch [OPTIONS(0)...] executable [args...]

slurm-proxy: submits through slurmrestd; the options below behave as in Slurm's
sbatch. Other sbatch options are recognised and rejected with an error.

  -A, --account=name          charge job to specified account
  -a, --array=indexes         job array index values
  -b, --begin=time            defer job until HH:MM MM/DD[/YY]
      --comment=name          arbitrary comment
  -c, --cpus-per-task=ncpus   number of cpus required per task
  -C, --constraint=list       specify a list of constraints
  -d, --dependency=type:jobid[:time] defer job until condition on jobid is satisfied
      --deadline=time         remove the job if no ending possible before this time
  -D, --chdir=directory       set working directory for batch script
  -e, --error=err             file for batch script's standard error
      --exclusive[=user|mcs]  allocate nodes in exclusive mode
      --export[=names]        specify environment variables to export
      --gres=list             required generic resources
  -G, --gpus=n                count of GPUs required for the job
      --gpus-per-node=n       number of GPUs required per allocated node
      --gpus-per-task=n       number of GPUs required per spawned task
      --cpus-per-gpu=n        number of CPUs required per allocated GPU
      --mem-per-gpu=n         real memory required per allocated GPU
  -H, --hold                  submit job in held state
  -i, --input=in              file for batch script's standard input
  -J, --job-name=jobname      name of job
      --kill-on-invalid-dep=<yes|no> terminate job if invalid dependency
  -L, --licenses=names        required license, comma separated
      --mail-type=type        notify on state change: BEGIN, END, FAIL or ALL
      --mail-user=user        who to send email notification for job state changes
      --mem=MB                minimum amount of real memory
      --mem-per-cpu=MB        maximum amount of real memory per allocated cpu
  -M, --clusters=names        cluster (slurm-proxy profile) to submit to
  -n, --ntasks=ntasks         number of tasks to run
      --ntasks-per-node=n     number of tasks to invoke on each node
  -N, --nodes=N               number of nodes on which to run (N = min[-max])
      --nice[=value]          decrease scheduling priority by value
      --no-requeue            if set, do not permit the job to be requeued
      --requeue               if set, permit the job to be requeued
      --open-mode={append|truncate} output file open mode
  -o, --output=out            file for batch script's standard output
  -p, --partition=partition   partition requested
      --parsable              outputs only the jobid and cluster name (if present)
      --priority=value        set the priority of the job to value
      --propagate[=rlimits]   propagate all [or specific list of] rlimits
  -q, --qos=qos               quality of service
  -Q, --quiet                 quiet mode (suppress informational messages)
      --reservation=name      allocate resources from named reservation
      --signal=[R:][B:]num[@time] send signal when time limit within time seconds
  -t, --time=minutes          time limit
      --time-min=minutes      minimum time limit (if distinct)
      --tmp=MB                minimum amount of temporary disk
  -w, --nodelist=hosts...     request a specific list of hosts
  -x, --exclude=hosts...      exclude a specific list of hosts
      --wckey=wckey           wckey to run job under
  -W, --wait                  wait for completion of submitted job
      --wrap[=command string] wrap command string in a sh script and submit

Help options:
  -h, --help                  show this help message
      --usage                 display brief usage message

Other options:
  -V, --version               output version information and exit

"""


def help_text() -> str:
    return HELP


def usage_text() -> str:
    return USAGE
