"""squeue --help and --usage texts per Slurm release.

These are the interface texts the real squeue prints (src/squeue/help.txt and
usage.txt, or the strings in opts.c before 23.11); they are data reproduced for
byte-identical output, not code.
"""

from __future__ import annotations

HELP_2205 = (
    'Usage: squeue [OPTIONS]\n'
    '  -A, --account=account(s)        comma separated list of accounts\n'
    '\t\t\t\t  to view, default is all accounts\n'
    '  -a, --all                       display jobs in hidden partitions\n'
    '      --array-unique              display one unique pending job array\n'
    '                                  element per line\n'
    '      --federation                Report federated information if a member\n'
    '                                  of one\n'
    '  -h, --noheader                  no headers on output\n'
    '      --hide                      do not display jobs in hidden partitions\n'
    '  -i, --iterate=seconds           specify an interation period\n'
    '  -j, --job=job(s)                comma separated list of jobs IDs\n'
    '                                  to view, default is all\n'
    '      --json                      Produce JSON output\n'
    '      --local                     Report information only about jobs on the\n'
    '                                  local cluster. Overrides --federation.\n'
    '  -l, --long                      long report\n'
    '  -L, --licenses=(license names)  comma separated list of license names to view\n'
    '  -M, --clusters=cluster_name     cluster to issue commands to.  Default is\n'
    '                                  current cluster.  cluster with no name will\n'
    '                                  reset to default. Implies --local.\n'
    '  -n, --name=job_name(s)          comma separated list of job names to view\n'
    "      --noconvert                 don't convert units from their original type\n"
    "                                  (e.g. 2048M won't be converted to 2G).\n"
    '  -o, --format=format             format specification\n'
    '  -O, --Format=format             format specification\n'
    '  -p, --partition=partition(s)    comma separated list of partitions\n'
    '\t\t\t\t  to view, default is all partitions\n'
    "  -q, --qos=qos(s)                comma separated list of qos's\n"
    "\t\t\t\t  to view, default is all qos's\n"
    '  -R, --reservation=name          reservation to view, default is all\n'
    '  -r, --array                     display one job array element per line\n'
    '      --sibling                   Report information about all sibling jobs\n'
    '                                  on a federated cluster. Implies --federation.\n'
    '  -s, --step=step(s)              comma separated list of job steps\n'
    '\t\t\t\t  to view, default is all\n'
    '  -S, --sort=fields               comma separated list of fields to sort on\n'
    '      --start                     print expected start times of pending jobs\n'
    '  -t, --states=states             comma separated list of states to view,\n'
    '\t\t\t\t  default is pending and running,\n'
    "\t\t\t\t  '--states=all' reports all states\n"
    '  -u, --user=user_name(s)         comma separated list of users to view\n'
    '      --name=job_name(s)          comma separated list of job names to view\n'
    '  -v, --verbose                   verbosity level\n'
    '  -V, --version                   output version information and exit\n'
    '  -w, --nodelist=hostlist         list of nodes to view, default is \n'
    '\t\t\t\t  all nodes\n'
    '      --yaml                      Produce YAML output\n'
    '\n'
    'Help options:\n'
    '  --help                          show this help message\n'
    '  --usage                         display a brief summary of squeue options\n'
)

USAGE_2205 = (
    'Usage: squeue [-A account] [--clusters names] [-i seconds] [--job jobid]\n'
    '              [-n name] [-o format] [-p partitions] [--qos qos]\n'
    '              [--reservation reservation] [--sort fields] [--start]\n'
    '              [--step step_id] [-t states] [-u user_name] [--usage]\n'
    '              [-L licenses] [-w nodes] [--federation] [--local] [--sibling]\n'
    '\t      [-ahjlrsv]\n'
)

HELP_2411 = (
    'Usage: squeue [OPTIONS]\n'
    '  -A, --account=account(s)        comma separated list of accounts\n'
    '                                  to view, default is all accounts\n'
    '  -a, --all                       display jobs in hidden partitions\n'
    '      --federation                Report federated information if a member\n'
    '                                  of one\n'
    '  -h, --noheader                  no headers on output\n'
    '      --hide                      do not display jobs in hidden partitions\n'
    '  -i, --iterate=seconds           specify an iteration period\n'
    '  -j, --job=job(s)                comma separated list of jobs IDs\n'
    '                                  to view, default is all\n'
    '      --json[=data_parser]        Produce JSON output\n'
    '      --local                     Report information only about jobs on the\n'
    '                                  local cluster. Overrides --federation.\n'
    '  -l, --long                      long report\n'
    '  -L, --licenses=(license names)  comma separated list of license names to view\n'
    '  -M, --clusters=cluster_name     cluster to issue commands to.  Default is\n'
    '                                  current cluster.  cluster with no name will\n'
    '                                  reset to default. Implies --local.\n'
    '  -n, --name=job_name(s)          comma separated list of job names to view\n'
    "      --noconvert                 don't convert units from their original type\n"
    "                                  (e.g. 2048M won't be converted to 2G).\n"
    '  -o, --format=format             format specification\n'
    '  -O, --Format=format             format specification\n'
    '      --only-job-state            Only query job state\n'
    '  -p, --partition=partition(s)    comma separated list of partitions\n'
    '                                  to view, default is all partitions\n'
    "  -q, --qos=qos(s)                comma separated list of qos's\n"
    "                                  to view, default is all qos's\n"
    '  -R, --reservation=name          reservation to view, default is all\n'
    '  -r, --array                     display one job array element per line\n'
    '      --sibling                   Report information about all sibling jobs\n'
    '                                  on a federated cluster. Implies --federation.\n'
    '  -s, --step=step(s)              comma separated list of job steps\n'
    '                                  to view, default is all\n'
    '  -S, --sort=fields               comma separated list of fields to sort on\n'
    '      --start                     print expected start times of pending jobs\n'
    '  -t, --states=states             comma separated list of states to view,\n'
    '                                  default is pending and running,\n'
    "                                  '--states=all' reports all states\n"
    '  -u, --user=user_name(s)         comma separated list of users to view\n'
    '      --name=job_name(s)          comma separated list of job names to view\n'
    '  -v, --verbose                   verbosity level\n'
    '  -V, --version                   output version information and exit\n'
    '  -w, --nodelist=hostlist         list of nodes to view, default is all nodes\n'
    '      --yaml[=data_parser]        Produce YAML output\n'
    '\n'
    'Help options:\n'
    '  --help                          show this help message\n'
    '  --helpformat                    print a list of fields that can be specified\n'
    "                                  with '--format=' option\n"
    '  --helpFormat                    print a list of fields that can be specified\n'
    "                                  with '--Format=' option\n"
    '  --helpstate                     print a list of states that can use specified\n'
    "                                  with '--states=' option\n"
    '  --usage                         display a brief summary of squeue options\n'
)

USAGE_2411 = (
    'Usage: squeue [-A account] [--clusters names] [-i seconds] [--job jobid]\n'
    '              [-n name] [-o format] [--only-job-state] [-p partitions]\n'
    '              [--qos qos] [--reservation reservation] [--sort fields] [--start]\n'
    '              [--step step_id] [-t states] [-u user_name] [--usage]\n'
    '              [-L licenses] [-w nodes] [--federation] [--local] [--sibling]\n'
    '              [--expand-patterns] [--json=data_parser] [--yaml=data_parser]\n'
    '              [-ahjlrsv]\n'
)

HELP_2505 = (
    'Usage: squeue [OPTIONS]\n'
    '  -A, --account=account(s)        comma separated list of accounts\n'
    '                                  to view, default is all accounts\n'
    '  -a, --all                       display jobs in hidden partitions\n'
    '      --federation                Report federated information if a member\n'
    '                                  of one\n'
    '  -h, --noheader                  no headers on output\n'
    '      --hide                      do not display jobs in hidden partitions\n'
    '  -i, --iterate=seconds           specify an iteration period\n'
    '  -j, --job=job(s)                comma separated list of jobs IDs\n'
    '                                  to view, default is all\n'
    '      --json[=data_parser]        Produce JSON output\n'
    '      --local                     Report information only about jobs on the\n'
    '                                  local cluster. Overrides --federation.\n'
    '  -l, --long                      long report\n'
    '  -L, --licenses=(license names)  comma separated list of license names to view\n'
    '  -M, --clusters=cluster_name     cluster to issue commands to.  Default is\n'
    '                                  current cluster.  cluster with no name will\n'
    '                                  reset to default. Implies --local.\n'
    '  -n, --name=job_name(s)          comma separated list of job names to view\n'
    "      --noconvert                 don't convert units from their original type\n"
    "                                  (e.g. 2048M won't be converted to 2G).\n"
    '  -o, --format=format             format specification\n'
    '  -O, --Format=format             format specification\n'
    '      --only-job-state            Only query job state\n'
    '  -p, --partition=partition(s)    comma separated list of partitions\n'
    '                                  to view, default is all partitions\n'
    "  -q, --qos=qos(s)                comma separated list of qos's\n"
    "                                  to view, default is all qos's\n"
    '  -R, --reservation=name(s)       comma separated list of reservations to view\n'
    '  -r, --array                     display one job array element per line\n'
    '      --sibling                   Report information about all sibling jobs\n'
    '                                  on a federated cluster. Implies --federation.\n'
    '  -s, --step=step(s)              comma separated list of job steps\n'
    '                                  to view, default is all\n'
    '  -S, --sort=fields               comma separated list of fields to sort on\n'
    '      --start                     print expected start times of pending jobs\n'
    '  -t, --states=states             comma separated list of states to view,\n'
    '                                  default is pending and running,\n'
    "                                  '--states=all' reports all states\n"
    '  -u, --user=user_name(s)         comma separated list of users to view\n'
    '      --name=job_name(s)          comma separated list of job names to view\n'
    '  -v, --verbose                   verbosity level\n'
    '  -V, --version                   output version information and exit\n'
    '  -w, --nodelist=hostlist         list of nodes to view, default is all nodes\n'
    '      --yaml[=data_parser]        Produce YAML output\n'
    '\n'
    'Help options:\n'
    '  --help                          show this help message\n'
    '  --helpformat                    print a list of fields that can be specified\n'
    "                                  with '--format=' option\n"
    '  --helpFormat                    print a list of fields that can be specified\n'
    "                                  with '--Format=' option\n"
    '  --helpstate                     print a list of states that can use specified\n'
    "                                  with '--states=' option\n"
    '  --usage                         display a brief summary of squeue options\n'
)

HELP_2605 = (
    'Usage: squeue [OPTIONS]\n'
    '  -A, --account=account(s)        comma separated list of accounts\n'
    '                                  to view, default is all accounts\n'
    '  -a, --all                       display jobs in hidden partitions\n'
    '      --federation                Report federated information if a member\n'
    '                                  of one\n'
    '  -h, --noheader                  no headers on output\n'
    '      --hide                      do not display jobs in hidden partitions\n'
    '  -i, --iterate=seconds           specify an iteration period\n'
    '  -j, --job=job(s)                comma separated list of jobs IDs\n'
    '                                  to view, default is all\n'
    '      --json[=data_parser]        Produce JSON output\n'
    '      --local                     Report information only about jobs on the\n'
    '                                  local cluster. Overrides --federation.\n'
    '  -l, --long                      long report\n'
    '  -L, --licenses=(license names)  comma separated list of license names to view\n'
    '  -M, --clusters=cluster_name     cluster to issue commands to.  Default is\n'
    '                                  current cluster.  cluster with no name will\n'
    '                                  reset to default. Implies --local.\n'
    '  -n, --name=job_name(s)          comma separated list of job names to view\n'
    "      --noconvert                 don't convert units from their original type\n"
    "                                  (e.g. 2048M won't be converted to 2G).\n"
    '  -o, --format=format             format specification\n'
    '  -O, --Format=format             format specification\n'
    '      --only-job-state            Only query job state\n'
    '  -p, --partition=partition(s)    comma separated list of partitions\n'
    '                                  to view, default is all partitions\n'
    "  -q, --qos=qos(s)                comma separated list of qos's\n"
    "                                  to view, default is all qos's\n"
    '  -R, --reservation=name(s)       comma separated list of reservations to view\n'
    '  -r, --array                     display one job array element per line\n'
    '      --running-over=time         Display only jobs that have been running\n'
    '                                  over the specified time.\n'
    '      --running-under=time        Display only jobs that have been running\n'
    '                                  under the specified time.\n'
    '      --sibling                   Report information about all sibling jobs\n'
    '                                  on a federated cluster. Implies --federation.\n'
    '  -s, --step=step(s)              comma separated list of job steps\n'
    '                                  to view, default is all\n'
    '  -S, --sort=fields               comma separated list of fields to sort on\n'
    '      --start                     print expected start times of pending jobs\n'
    '  -t, --states=states             comma separated list of states to view,\n'
    '                                  default is pending and running,\n'
    "                                  '--states=all' reports all states\n"
    '  -u, --user=user_name(s)         comma separated list of users to view\n'
    '      --name=job_name(s)          comma separated list of job names to view\n'
    '  -v, --verbose                   verbosity level\n'
    '  -V, --version                   output version information and exit\n'
    '  -w, --nodelist=hostlist         list of nodes to view, default is all nodes\n'
    '      --yaml[=data_parser]        Produce YAML output\n'
    '\n'
    'Help options:\n'
    '  --help                          show this help message\n'
    '  --helpformat                    print a list of fields that can be specified\n'
    "                                  with '--format=' option\n"
    '  --helpFormat                    print a list of fields that can be specified\n'
    "                                  with '--Format=' option\n"
    '  --helpstate                     print a list of states that can use specified\n'
    "                                  with '--states=' option\n"
    '  --usage                         display a brief summary of squeue options\n'
)

USAGE_2605 = (
    'Usage: squeue [-A account] [--clusters names] [-i seconds] [--job jobid]\n'
    '              [-n name] [-o format] [--only-job-state] [-p partitions]\n'
    '              [--qos qos] [--reservation reservation] [--sort fields] [--start]\n'
    '              [--step step_id] [-t states] [-u user_name] [--usage]\n'
    '              [-L licenses] [-w nodes] [--federation] [--local] [--sibling]\n'
    '              [--expand-patterns] [--json=data_parser] [--yaml=data_parser]\n'
    '              [--running-over=time] [--running-under=time] [-ahjlrsv]\n'
)


def help_text(release: tuple[int, int]) -> str:
    if release < (23, 11):
        return HELP_2205
    if release < (25, 5):
        return HELP_2411
    if release < (25, 11):
        return HELP_2505
    return HELP_2605


def usage_text(release: tuple[int, int]) -> str:
    if release < (23, 11):
        return USAGE_2205
    if release < (25, 11):
        return USAGE_2411
    return USAGE_2605
