#!/usr/bin/env bash
# scripts/test-deps.sh -- host packages the test tiers need beyond the clusters:
#   stunnel4   the TLS terminator of tests/faults/test_tls.py (in front of a live slurmrestd)
#   openssl    certificates generated at test time (CA, server, self-signed, wrong host, expired)
#   zsh, fish  the completion scripts of `slurm-proxy completion` are checked by the real shells
# Idempotent; as root it installs what is missing (no daemon is started: Debian's stunnel4
# runs nothing without a /etc/stunnel/*.conf, and a policy-rc.d is in place during the
# install).  As another user it only reports what is missing.
set -euo pipefail
HERE=$(dirname "$(readlink -f "$0")")
# shellcheck source=cluster/lib.sh
. "$HERE/cluster/lib.sh"
PKGS=(stunnel4 openssl zsh fish)
missing=$(host_missing_pkgs "${PKGS[@]}")
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    log "missing test packages (install as root): $missing"
    exit 0
fi
mkdir -p "$SP_STATE_DIR" "$SP_LOG_DIR"
host_apt_install "${PKGS[@]}"
