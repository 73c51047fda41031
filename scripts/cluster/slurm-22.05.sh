#!/usr/bin/env bash
# Slurm 22.05 test cluster ON THE HOST, from Debian 12 "bookworm" packages
# (22.05.8): slurmrestd on http://127.0.0.1:6820 serving v0.0.38 (+ the
# /slurmdb/v0.0.38 endpoints), JWT auth, slurmdbd + MariaDB accounting.
#
# Usage: slurm-22.05.sh start|stop|restart|status|build|destroy|token [USER [LIFESPAN]]|env
# (normally through clusterctl; shared code and notes: lib.sh)
set -euo pipefail

REL=22.05
ROOT=""
CLUSTER=ci
CTLD_PORT=6817 SLURMD_PORT=6818 DBD_PORT=6819 REST_PORT=6820
SLURM_USER=slurm SLURM_UID=""          # Debian's slurm (64030), made by the packages
NODE_CPUS=8
NODE_MEM=$(awk '/MemTotal/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)
SELECT_PARAMS=CR_CPU
CONF_EXTRA="SwitchType=switch/none
Waittime=0"
CGROUP_CONF=0
API_VERSIONS="v0.0.38"
API_PROBE=v0.0.38
# 22.05 would also serve v0.0.36/v0.0.37: serve exactly the versions advertised
REST_PLUGINS=openapi/v0.0.38,openapi/dbv0.0.38
MARIADB_EXTRA=()
# auth/jwt (for slurmctld/slurmdbd) is only in slurm-wlm-jwt-plugin;
# mariadb-server-core instead of mariadb-server: no perl, galera, rsync...
PKGS=(munge slurmctld slurmd slurmrestd slurm-client slurm-wlm-jwt-plugin slurmdbd
    mariadb-server-core mariadb-client-core curl)

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"
cluster_main "$@"
