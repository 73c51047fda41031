#!/usr/bin/env bash
# Slurm 24.11 test cluster in a debootstrap chroot (/srv/slurm-24.11) of
# Debian 13 "trixie" (24.11.5): slurmrestd on http://127.0.0.1:7820 serving
# v0.0.40-v0.0.42, JWT auth, slurmdbd + MariaDB accounting.
#
# Usage: slurm-24.11.sh start|stop|restart|status|build|destroy|token [USER [LIFESPAN]]|env
# (normally through clusterctl; shared code and notes: lib.sh)
set -euo pipefail

REL=24.11
ROOT=/srv/slurm-24.11
SUITE=trixie
CLUSTER=ci24
CTLD_PORT=7817 SLURMD_PORT=7818 DBD_PORT=7819 REST_PORT=7820
SLURM_USER=slurm24 SLURM_UID=64024     # NOT 64030: Debian's postrm pkill -u slurm
NODE_CPUS=4
NODE_MEM=2000
SELECT_PARAMS=CR_Core
CONF_EXTRA="SlurmctldTimeout=30
SlurmdTimeout=120"
CGROUP_CONF=1
API_VERSIONS="v0.0.40 v0.0.41 v0.0.42"
API_PROBE=v0.0.41
REST_PLUGINS=""
# MariaDB 11.8 turns innodb_snapshot_isolation on; Slurm does not support it
MARIADB_EXTRA=(--innodb-snapshot-isolation=OFF)
PKGS=(munge slurmctld slurmd slurmrestd slurm-client slurm-wlm-jwt-plugin slurmdbd
    mariadb-server-core mariadb-client-core)

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"
cluster_main "$@"
