#!/usr/bin/env bash
# `make demo`: start the local Slurm 22.05 cluster and drive it through the proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/cluster/clusterctl start 22.05
set -a
# shellcheck disable=SC1091
. "$(scripts/cluster/clusterctl env 22.05)"
set +a
export PATH="$PWD/.venv/bin:$PATH"
jobdir=/srv/slurm-jobs/demo
mkdir -p "$jobdir" && chmod 1777 "$jobdir"
cd "$jobdir"
run() { printf '\n$ %s\n' "$*"; "$@"; }
run slurm-proxy ping
if [ -f "$OLDPWD/slurm_proxy/sbatch/__init__.py" ]; then
  cat > demo.sh <<'JOB'
#!/bin/bash
#SBATCH --job-name=demo --time=5
#SBATCH --output=demo-%j.out
echo "hello from $(hostname) as $(id -un)"
JOB
  jobid=$(sbatch --parsable demo.sh)
  echo "submitted job $jobid"
  for cmd in "squeue" "scontrol show job $jobid" ; do
    # shellcheck disable=SC2086
    [ -f "$OLDPWD/slurm_proxy/${cmd%% *}/__init__.py" ] && run $cmd
  done
  for _ in $(seq 1 60); do [ -s "demo-$jobid.out" ] && break; sleep 0.5; done
  run cat "demo-$jobid.out"
  if [ -f "$OLDPWD/slurm_proxy/sacct/__init__.py" ]; then
    # slurmdbd gets the final record a moment after the job ends
    for _ in $(seq 1 40); do
      sacct -j "$jobid" -X -n -P -o State | grep -q COMPLETED && break
      sleep 0.5
    done
    run sacct -j "$jobid"
  fi
fi
