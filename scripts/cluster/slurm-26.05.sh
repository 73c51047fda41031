#!/usr/bin/env bash
# Slurm 26.05 test cluster in a debootstrap chroot (/srv/slurm-26.05) of
# Debian "forky" (26.05.5): slurmrestd on http://127.0.0.1:8820 serving
# v0.0.42-v0.0.45, JWT auth, slurmdbd + MariaDB accounting.
#
# Usage: slurm-26.05.sh start|stop|restart|status|build|destroy|token [USER [LIFESPAN]]|env
# (normally through clusterctl; shared code and notes: lib.sh)
set -euo pipefail

REL=26.05
ROOT=/srv/slurm-26.05
SUITE=forky
CLUSTER=ci26
CTLD_PORT=8817 SLURMD_PORT=8818 DBD_PORT=8819 REST_PORT=8820
SLURM_USER=slurm26 SLURM_UID=64026     # NOT 64030: Debian's postrm pkill -u slurm
NODE_CPUS=4
NODE_MEM=2000
SELECT_PARAMS=CR_Core
CONF_EXTRA="SlurmctldTimeout=30
SlurmdTimeout=120"
CGROUP_CONF=1
API_VERSIONS="v0.0.42 v0.0.43 v0.0.44 v0.0.45"
API_PROBE=v0.0.44
REST_PLUGINS=""
# MariaDB 11.8 turns innodb_snapshot_isolation on; slurmdbd 26.05 warns that
# it will fatal on a write conflict
MARIADB_EXTRA=(--innodb-snapshot-isolation=OFF)
PKGS=(munge slurmctld slurmd slurmrestd slurm-client slurm-wlm-jwt-plugin slurmdbd
    mariadb-server-core mariadb-client-core)

# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "$(readlink -f "$0")")/lib.sh"
cluster_main "$@"
