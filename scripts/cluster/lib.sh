# shellcheck shell=bash
# scripts/cluster/lib.sh -- code shared by the three real Slurm test clusters.
#
# Sourced by slurm-22.05.sh (host), slurm-24.11.sh and slurm-26.05.sh
# (debootstrap chroots) and by clusterctl.  A release script sets the
# variables below, sources this file and calls `cluster_main "$@"`.
#
#   REL            22.05 | 24.11 | 26.05   (also the env-file name)
#   ROOT           "" for the host, else the chroot directory (/srv/slurm-24.11)
#   SUITE          Debian suite of the chroot (trixie, forky)
#   CLUSTER        ClusterName (ci, ci24, ci26)
#   CTLD_PORT SLURMD_PORT DBD_PORT REST_PORT
#   SLURM_USER     SlurmUser; SLURM_UID: uid/gid it gets in a chroot.  The three
#                  clusters MUST use distinct uids: Debian's slurmctld/slurmdbd
#                  postrm runs "pkill -9 -u slurm ..." and a plain chroot shares
#                  the PID namespace with the host.
#   NODE_CPUS NODE_MEM SELECT_PARAMS CONF_EXTRA (extra slurm.conf lines)
#   CGROUP_CONF    1: write cgroup.conf with CgroupPlugin=disabled (24.11+)
#   API_VERSIONS   REST versions slurmrestd serves ("v0.0.40 v0.0.41 v0.0.42")
#   API_PROBE      the version used for readiness / token checks
#   REST_PLUGINS   slurmrestd -s argument ("" = slurmrestd's default set)
#   MARIADB_EXTRA  array of extra mariadbd options
#   PKGS           array of packages (host apt-get, or apt-get in the chroot)
#
# Every cluster: munged, MariaDB (unix socket only), slurmdbd, slurmctld,
# slurmd and slurmrestd (127.0.0.1, rest_auth/jwt), all started directly (no
# systemd), all stopped again by the PID in their pidfile, after checking
# that the PID still runs the expected program inside this cluster's root.
#
# Tunables (environment): SP_CI_MIRROR  Debian mirror for debootstrap
# (default: the host's apt source), SP_CI_WAIT  seconds to wait per daemon (120).

SP_STATE_DIR=/var/lib/slurm-proxy-ci      # <release>.env, locks, stamps
SP_LOG_DIR=/var/log/slurm-proxy-ci        # clusterctl, debootstrap and apt logs
SP_JOBDIR=/srv/slurm-jobs                 # shared by host and chroots (bind mounts)
SP_TEST_USERS=(slurmtest slurmtest2)      # same uid/gid on the host and in every chroot
SP_JWT_LIFESPAN=604800                    # the env file's token: 7 days
SP_REST_USER=slurmrestd                   # slurmrestd refuses root and SlurmUser
SP_WAIT=${SP_CI_WAIT:-120}
SP_DAEMON_PATH=/usr/sbin:/usr/bin:/sbin:/bin
NODE=$(hostname -s)                       # slurmd takes its NodeName from it

# Nothing from the caller's Slurm environment may leak into our Slurm
# commands: SLURM_JWT makes the CLI use auth/jwt instead of munge (and fail
# as root), SLURM_CONF would point them at another cluster.
while IFS= read -r _v; do unset "$_v"; done < <(compgen -e | grep -E '^(SLURM|SBATCH|SQUEUE|SINFO|SACCT|SCONTROL|SCANCEL|SALLOC|SRUN)_' || true)
unset _v
export PATH=/usr/local/sbin:/usr/local/bin:$SP_DAEMON_PATH

log() { printf '[slurm-%s %(%H:%M:%S)T] %s\n' "${REL:-ctl}" -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

need_root() { [ "$(id -u)" = 0 ] || die "must run as root"; }

# Run a command inside this cluster's root (as root), or as uid:gid.
# Numeric ids only: coreutils chroot looks user NAMES up on the host first.
inroot() { if [ -n "${ROOT:-}" ]; then chroot "$ROOT" "$@"; else "$@"; fi; }
inroot_as() { local spec=$1; shift; chroot --userspec="$spec" "${ROOT:-/}" "$@"; }
ids_of() { printf '%s:%s\n' "$(inroot id -u "$1")" "$(inroot id -g "$1")"; }
root_real() { readlink -f "${ROOT:-/}"; }

# wait_for SECONDS DESCRIPTION CMD...  (WAIT_PID=pid: give up when it dies)
wait_for() {
    local t=$1 what=$2 i=0 end
    shift 2
    end=$((SECONDS + t))
    until "$@" >/dev/null 2>&1; do
        if [ -n "${WAIT_PID:-}" ] && ! pid_alive "$WAIT_PID"; then
            log "$what: process $WAIT_PID exited"
            return 1
        fi
        [ $SECONDS -lt $end ] || { log "timed out after ${t}s waiting for $what"; return 1; }
        # poll fast at first: most waits end within a second
        if [ $((i += 1)) -lt 20 ]; then sleep 0.05; else sleep 0.25; fi
    done
}

pid_alive() { # PID: exists and is not a zombie
    local st
    [ -n "$1" ] || return 1
    { read -r st <"/proc/$1/stat"; } 2>/dev/null || return 1
    st=${st##*) }
    [ "${st%% *}" != Z ]
}

# pid_ok PIDFILE NAME -> prints the PID if the pidfile (path inside the root)
# names a live process that runs NAME (or Debian's NAME-wlm) inside THIS root.
# Stale pidfiles, recycled PIDs and other clusters' daemons never match.
pid_ok() {
    local f="${ROOT:-}$1" name=$2 pid comm
    [ -s "$f" ] || return 1
    pid=$(tr -dc 0-9 <"$f" 2>/dev/null) || return 1
    pid_alive "$pid" || return 1
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$(root_real)" ] || return 1
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
    case "$comm" in "$name" | "$name"-wlm) echo "$pid" ;; *) return 1 ;; esac
}

# Listening TCP sockets, read from /proc (iproute2 is not always installed).
port_inodes() { # PORT -> inode of each LISTEN socket on that port
    local p
    p=$(printf ':%04X' "$1")
    awk -v p="$p" 'FNR > 1 && $4 == "0A" && toupper($2) ~ p"$" { print $10 }' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}
port_in_use() { [ -n "$(port_inodes "$1")" ]; }
port_owner() { # PORT -> PID of a process holding its listening socket
    local ino fd
    for ino in $(port_inodes "$1"); do
        for fd in /proc/[0-9]*/fd/*; do
            if [ "$(readlink "$fd" 2>/dev/null)" = "socket:[$ino]" ]; then
                fd=${fd#/proc/}; echo "${fd%%/*}"; return 0
            fi
        done
    done
    return 1
}
check_port_free() { # PORT WHAT
    local o
    port_in_use "$1" || return 0
    o=$(port_owner "$1" || true)
    die "port $1 ($2) is already in use${o:+ by pid $o ($(cat "/proc/$o/comm" 2>/dev/null), root $(readlink "/proc/$o/root" 2>/dev/null))}"
}

# write_if_changed FILE OWNER MODE < content -> 0 if FILE was (re)written
write_if_changed() {
    local f=$1 owner=$2 mode=$3 tmp
    tmp=$(mktemp "$f.XXXXXX")
    cat >"$tmp"
    if cmp -s "$tmp" "$f"; then
        rm -f "$tmp"; chown "$owner" "$f"; chmod "$mode" "$f"
        return 1
    fi
    chown "$owner" "$tmp"; chmod "$mode" "$tmp"; mv -f "$tmp" "$f"
    return 0
}

# ------------------------------------------------------------------ host apt
host_apt_update() { # [force]: at most once per 6 h unless forced
    local stamp=$SP_STATE_DIR/apt-update.stamp
    mkdir -p "$SP_STATE_DIR"
    if [ "${1:-}" != force ] && [ -n "$(find "$stamp" -mmin -360 2>/dev/null)" ]; then return 0; fi
    log "apt-get update"
    # unreachable extra sources only warn; a real problem shows at install
    DEBIAN_FRONTEND=noninteractive apt-get update -q -o DPkg::Lock::Timeout=600 \
        -o Acquire::Retries=3 >"$SP_LOG_DIR/apt-update.log" 2>&1 ||
        log "WARNING: apt-get update failed (see $SP_LOG_DIR/apt-update.log)"
    touch "$stamp"
}

host_missing_pkgs() { # PKG... -> the ones not installed
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done
}

host_apt_install() { # PKG...
    local missing added_policy=0 rc=0
    mapfile -t missing < <(host_missing_pkgs "$@")
    [ ${#missing[@]} -gt 0 ] || return 0
    host_apt_update
    log "apt-get install ${missing[*]}"
    # no systemd here: keep the packages' init scripts from starting daemons
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        added_policy=1
    fi
    local opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
    if ! DEBIAN_FRONTEND=noninteractive apt-get install "${opts[@]}" "${missing[@]}" \
        >>"$SP_LOG_DIR/apt-install.log" 2>&1; then
        log "apt-get install failed; apt-get update and retry"
        host_apt_update force
        DEBIAN_FRONTEND=noninteractive apt-get install "${opts[@]}" "${missing[@]}" \
            >>"$SP_LOG_DIR/apt-install.log" 2>&1 || rc=$?
    fi
    [ $added_policy = 1 ] && rm -f /usr/sbin/policy-rc.d
    [ $rc = 0 ] || { tail -20 "$SP_LOG_DIR/apt-install.log" >&2; die "apt-get install failed (log: $SP_LOG_DIR/apt-install.log)"; }
}

# ------------------------------------------------------------------ host users + job dir
# The host's test users are the reference: each chroot gets the same uid/gid,
# so files that jobs write in the shared job directory have one owner.
ensure_host_test_users() {
    local u
    for u in "${SP_TEST_USERS[@]}"; do
        getent passwd "$u" >/dev/null && continue
        log "creating host user $u"
        useradd --create-home --user-group --shell /bin/bash "$u"
    done
}

ensure_jobdir() {
    mkdir -p "$SP_JOBDIR"
    chmod 1777 "$SP_JOBDIR"
    if [ -n "${REL:-}" ]; then
        mkdir -p "$SP_JOBDIR/$REL"
        chmod 1777 "$SP_JOBDIR/$REL"
    fi
}

# ------------------------------------------------------------------ chroot build
host_debian_mirror() {
    local m=""
    if [ -r /etc/apt/sources.list.d/debian.sources ]; then
        m=$(awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) if ($i !~ /-security\/?$/) { print $i; exit } }' \
            /etc/apt/sources.list.d/debian.sources)
    fi
    if [ -z "$m" ] && [ -r /etc/apt/sources.list ]; then
        m=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\// && $i !~ /-security\/?$/) { print $i; exit } }' \
            /etc/apt/sources.list)
    fi
    [ -n "$m" ] || m=http://deb.debian.org/debian
    printf '%s\n' "$m"
}

mounted_under() { findmnt -rn -o TARGET | grep -q "^$(root_real)/"; }

chroot_bootstrap() {
    [ -e "$ROOT/.ci-debootstrap-done" ] && return 0
    if [ -e "$ROOT" ]; then
        # only ever delete what looks like our own unfinished debootstrap
        if [ "$(root_real)" = / ] ||
            { [ -n "$(ls -A "$ROOT" 2>/dev/null)" ] && [ ! -d "$ROOT/debootstrap" ] &&
                ! ls "$ROOT"/.ci-* >/dev/null 2>&1; }; then
            die "$ROOT exists and is not an unfinished chroot of these scripts; refusing to delete it"
        fi
        log "removing incomplete chroot $ROOT"
        chroot_umount
        mounted_under && die "something is still mounted under $ROOT"
        rm -rf --one-file-system "$ROOT"
    fi
    local mirror=${SP_CI_MIRROR:-$(host_debian_mirror)}
    # bookworm's debootstrap has no script for forky: it is built like sid
    local script=/usr/share/debootstrap/scripts/$SUITE
    [ -e "$script" ] || script=/usr/share/debootstrap/scripts/sid
    log "debootstrap --variant=minbase $SUITE $ROOT $mirror (script $(basename "$script"))"
    mkdir -p "$ROOT"
    debootstrap --variant=minbase "$SUITE" "$ROOT" "$mirror" "$script" \
        >"$SP_LOG_DIR/$REL-debootstrap.log" 2>&1 ||
        { tail -20 "$SP_LOG_DIR/$REL-debootstrap.log" >&2; die "debootstrap failed (log: $SP_LOG_DIR/$REL-debootstrap.log)"; }
    # no docs, man pages or locales from now on
    cat >"$ROOT/etc/dpkg/dpkg.cfg.d/01-ci-nodoc" <<'EOF'
path-exclude=/usr/share/doc/*
path-include=/usr/share/doc/*/copyright
path-exclude=/usr/share/man/*
path-exclude=/usr/share/info/*
path-exclude=/usr/share/locale/*
EOF
    # package postinsts must not start services
    printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
    chmod 755 "$ROOT/usr/sbin/policy-rc.d"
    # a testing snapshot's InRelease may carry an expired Valid-Until that
    # debootstrap ignores but apt refuses ("Release file ... is expired")
    echo 'Acquire::Check-Valid-Until "false";' >"$ROOT/etc/apt/apt.conf.d/99ci-no-valid-until"
    touch "$ROOT/.ci-debootstrap-done"
}

chroot_install_pkgs() {
    local marker
    marker="$ROOT/.ci-pkgs-$(printf '%s\n' "${PKGS[@]}" | md5sum | cut -c1-12)"
    [ -e "$marker" ] && return 0
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
    log "apt-get install (in chroot): ${PKGS[*]}"
    inroot /usr/bin/env -i PATH=$SP_DAEMON_PATH DEBIAN_FRONTEND=noninteractive sh -c "
        apt-get update -q -o Acquire::Retries=3 &&
        apt-get install -y -q --no-install-recommends -o Acquire::Retries=3 ${PKGS[*]} &&
        apt-get clean && rm -rf /var/lib/apt/lists/* &&
        rm -rf /usr/share/locale/* /usr/share/man/* /usr/share/info/* &&
        find /usr/share/doc ! -type d ! -name copyright -delete" >"$SP_LOG_DIR/$REL-apt.log" 2>&1 ||
        { tail -30 "$SP_LOG_DIR/$REL-apt.log" >&2; die "apt-get in chroot failed (log: $SP_LOG_DIR/$REL-apt.log)"; }
    touch "$marker"
}

chroot_mount() {
    local r=$ROOT
    mountpoint -q "$r/proc" || mount -t proc proc "$r/proc"
    mountpoint -q "$r/sys" || mount -t sysfs sysfs "$r/sys" # hwloc reads the topology
    mkdir -p "$r/dev/shm"
    mountpoint -q "$r/dev/shm" || mount -t tmpfs -o mode=1777,size=256m tmpfs "$r/dev/shm"
    # the job directory, at the same path on both sides
    mkdir -p "$r$SP_JOBDIR"
    mountpoint -q "$r$SP_JOBDIR" || mount --bind "$SP_JOBDIR" "$r$SP_JOBDIR"
}

chroot_umount() {
    local m
    for m in "${SP_JOBDIR#/}" dev/shm sys proc; do
        if mountpoint -q "$ROOT/$m" 2>/dev/null; then umount "$ROOT/$m" || umount -l "$ROOT/$m"; fi
    done
}

install_software() {
    if [ -z "$ROOT" ]; then
        host_apt_install "${PKGS[@]}"
    else
        host_apt_install debootstrap curl
        chroot_bootstrap
        chroot_mount
        chroot_install_pkgs
    fi
}

# ------------------------------------------------------------------ users, dirs, keys
ensure_root_user() { # NAME UID GID: the chroot's NAME gets exactly this uid/gid
    local name=$1 uid=$2 gid=$3 cur curg
    curg=$(inroot getent group "$name" | cut -d: -f3 || true)
    if [ -z "$curg" ]; then
        inroot groupadd -g "$gid" "$name"
    elif [ "$curg" != "$gid" ]; then
        log "changing gid of $name in $ROOT from $curg to $gid"
        inroot groupmod -g "$gid" "$name"
    fi
    cur=$(inroot id -u "$name" 2>/dev/null || true)
    if [ -z "$cur" ]; then
        inroot useradd -u "$uid" -g "$gid" --create-home --shell /bin/bash "$name"
    elif [ "$cur" != "$uid" ] || [ "$(inroot id -g "$name")" != "$gid" ]; then
        log "changing uid of $name in $ROOT from $cur to $uid"
        inroot usermod -u "$uid" -g "$gid" "$name"
        chown -R "$uid:$gid" "$ROOT/home/$name" 2>/dev/null || true
    fi
}

ensure_system_user() { # NAME [UID]: nologin system user inside the root
    local name=$1 uid=${2:-}
    inroot getent passwd "$name" >/dev/null && return 0
    if [ -n "$uid" ]; then
        inroot getent group "$name" >/dev/null || inroot groupadd --system -g "$uid" "$name"
        inroot useradd --system -u "$uid" -g "$name" --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$name"
    else
        inroot useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$name"
    fi
}

setup_users() {
    ensure_host_test_users
    if [ -n "$ROOT" ]; then
        local u
        for u in "${SP_TEST_USERS[@]}"; do
            ensure_root_user "$u" "$(id -u "$u")" "$(id -g "$u")"
        done
        # debootstrap writes no /etc/hosts; slurmd must resolve the hostname
        if ! grep -qw "$NODE" "$ROOT/etc/hosts" 2>/dev/null; then
            printf '127.0.0.1\tlocalhost %s\n::1\tlocalhost ip6-localhost ip6-loopback\n' "$NODE" >"$ROOT/etc/hosts"
        fi
        ensure_system_user "$SLURM_USER" "$SLURM_UID"
    fi
    ensure_system_user "$SP_REST_USER"
    # mariadb-server-core (unlike mariadb-server) does not create it
    ensure_system_user mysql
}

setup_dirs() {
    local su r=${ROOT:-}
    su=$(ids_of "$SLURM_USER")
    ensure_jobdir
    install -d -m 0755 "$r/etc/slurm"
    install -d -o "${su%:*}" -g "${su#*:}" -m 0755 "$r/var/log/slurm" "$r/var/lib/slurm/slurmctld"
    install -d -m 0755 "$r/var/lib/slurm/slurmd" "$r/run/slurmrestd"
    local f
    for f in slurmctld.log slurmdbd.log; do
        [ -e "$r/var/log/slurm/$f" ] && chown "$su" "$r/var/log/slurm/$f"
    done
    [ -z "$r" ] || chmod 1777 "$r/tmp"
}

make_keys() {
    local r=${ROOT:-} su mu
    su=$(ids_of "$SLURM_USER")
    mu=$(ids_of munge)
    install -d -o "${mu%:*}" -g "${mu#*:}" -m 0700 "$r/etc/munge" "$r/var/lib/munge" "$r/var/log/munge"
    install -d -o "${mu%:*}" -g "${mu#*:}" -m 0755 "$r/run/munge"
    if [ ! -s "$r/etc/munge/munge.key" ]; then
        log "creating munge key"
        head -c 1024 /dev/urandom >"$r/etc/munge/munge.key"
    fi
    chown "$mu" "$r/etc/munge/munge.key"
    chmod 0400 "$r/etc/munge/munge.key"
    # JWT HS256 key for slurmctld + slurmdbd (auth/jwt), readable by SlurmUser only
    if [ ! -s "$r/etc/slurm/jwt_hs256.key" ]; then
        log "creating JWT key /etc/slurm/jwt_hs256.key"
        head -c 32 /dev/urandom >"$r/etc/slurm/jwt_hs256.key"
    fi
    chown "$su" "$r/etc/slurm/jwt_hs256.key"
    chmod 0600 "$r/etc/slurm/jwt_hs256.key"
    if [ ! -s "$r/etc/slurm/.slurmdbd-db-pass" ]; then
        head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$r/etc/slurm/.slurmdbd-db-pass"
    fi
    chmod 0600 "$r/etc/slurm/.slurmdbd-db-pass"
}

# ------------------------------------------------------------------ configuration
SLURM_CONF_CHANGED=0
DBD_CONF_CHANGED=0

write_configs() {
    local r=${ROOT:-} su
    su=$(ids_of "$SLURM_USER")
    # slurm.conf goes first: every client (sacctmgr too) needs it (pitfall:
    # without it sacctmgr waits 90 s for a DNS SRV lookup, then fails)
    if write_if_changed "$r/etc/slurm/slurm.conf" 0:0 0644 <<EOF; then SLURM_CONF_CHANGED=1; fi
# Slurm $REL test cluster of slurm-proxy -- written by scripts/cluster (do not edit)
ClusterName=$CLUSTER
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=$SLURM_USER
SlurmdUser=root
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/etc/slurm/jwt_hs256.key
CredType=cred/munge
StateSaveLocation=/var/lib/slurm/slurmctld
SlurmdSpoolDir=/var/lib/slurm/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# no cgroups (plain chroot / no systemd)
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
# start batch jobs right after submission (default: up to 3 s later)
SchedulerParameters=batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=$SELECT_PARAMS
ReturnToService=2
# advertise NODE_CPUS even on a 2-core machine
SlurmdParameters=config_overrides
# finished jobs stay visible in slurmctld (GET /job/{id}, squeue -t all) for 10 min
MinJobAge=600
# room for make bench's 10,000-job queue on top of the tests' jobs (default 10000,
# which counts finished jobs still held for MinJobAge too)
MaxJobCount=30000
KillWait=5
InactiveLimit=0
${CONF_EXTRA}
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$DBD_PORT
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=30
JobCompType=jobcomp/none
# no MTA: silences "Configured MailProg is invalid"
MailProg=/bin/true
NodeName=$NODE NodeAddr=127.0.0.1 NodeHostname=$NODE CPUs=$NODE_CPUS RealMemory=$NODE_MEM State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
    if [ "${CGROUP_CONF:-0}" = 1 ]; then
        # slurmd 24.11+ always initialises a cgroup plugin and dies with
        # "No filesystem mounted on /sys/fs/cgroup" in a plain chroot
        if printf '# written by scripts/cluster\nCgroupPlugin=disabled\n' |
            write_if_changed "$r/etc/slurm/cgroup.conf" 0:0 0644; then SLURM_CONF_CHANGED=1; fi
    fi
    if write_if_changed "$r/etc/slurm/slurmdbd.conf" "$su" 0600 <<EOF; then DBD_CONF_CHANGED=1; fi
# Slurm $REL test cluster of slurm-proxy -- written by scripts/cluster (do not edit)
AuthType=auth/munge
AuthAltTypes=auth/jwt
AuthAltParameters=jwt_key=/etc/slurm/jwt_hs256.key
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort=$DBD_PORT
SlurmUser=$SLURM_USER
PidFile=/run/slurmdbd.pid
LogFile=/var/log/slurm/slurmdbd.log
DebugLevel=info
StorageType=accounting_storage/mysql
StorageHost=localhost
StorageUser=slurm
StoragePass=$(cat "$r/etc/slurm/.slurmdbd-db-pass")
StorageLoc=slurm_acct_db
EOF
}

# ------------------------------------------------------------------ daemons
# Daemons get a clean environment and none of our file descriptors (the
# clusterctl log pipe, the lock): they must not keep either open.
run_daemon() { # LOGFILE(in root) CMD... : a daemon that forks itself into the background
    local logf="${ROOT:-}$1"
    shift
    inroot /usr/bin/env -i PATH=$SP_DAEMON_PATH LANG=C "$@" </dev/null >>"$logf" 2>&1 9>&-
}

# DAEMONS: name:pidfile, in start order
DAEMONS=(munged:/run/munge/munged.pid mariadbd:/run/mysqld/mysqld.pid slurmdbd:/run/slurmdbd.pid
    slurmctld:/run/slurmctld.pid slurmd:/run/slurmd.pid slurmrestd:/run/slurmrestd/slurmrestd.pid)
pidfile_of() { local d; for d in "${DAEMONS[@]}"; do [ "${d%%:*}" = "$1" ] && echo "${d#*:}"; done; }
running() { pid_ok "$(pidfile_of "$1")" "$1"; }

start_munged() {
    local pid mu
    if pid=$(running munged); then
        log "munged running (pid $pid)"
    else
        mu=$(ids_of munge)
        log "starting munged"
        inroot_as "$mu" /usr/bin/env -i PATH=$SP_DAEMON_PATH /usr/sbin/munged \
            </dev/null >>"${ROOT:-}/var/log/munge/munged.out" 2>&1 9>&-
    fi
    wait_for 20 munged inroot sh -c 'munge -n | unmunge' || die "munge does not work"
}

db() { inroot mariadb -uroot "$@"; } # root over the unix socket (socket auth)

start_mariadb() {
    local pid mu r=${ROOT:-}
    if pid=$(running mariadbd); then
        log "mariadbd running (pid $pid)"
    else
        mu=$(ids_of mysql)
        install -d -o "${mu%:*}" -g "${mu#*:}" -m 0755 "$r/run/mysqld" "$r/var/lib/mysql"
        install -d -o "${mu%:*}" -g "${mu#*:}" -m 0750 "$r/var/log/mysql"
        if [ ! -d "$r/var/lib/mysql/mysql" ]; then
            log "initialising the MariaDB data directory"
            inroot mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db \
                --auth-root-authentication-method=socket --innodb-log-file-size=16M \
                >"$r/var/log/mysql/install-db.log" 2>&1 9>&- ||
                { tail -20 "$r/var/log/mysql/install-db.log" >&2; die "mariadb-install-db failed"; }
        fi
        log "starting mariadbd (unix socket only)"
        # --skip-networking: no port 3306, so the three MariaDBs never clash
        # (each root has its own /run/mysqld/mysqld.sock)
        setsid chroot "${ROOT:-/}" /usr/bin/env -i PATH=$SP_DAEMON_PATH LANG=C /usr/sbin/mariadbd \
            --user=mysql --datadir=/var/lib/mysql --skip-networking \
            --socket=/run/mysqld/mysqld.sock --pid-file=/run/mysqld/mysqld.pid \
            --innodb-buffer-pool-size=128M --innodb-log-file-size=16M --innodb-lock-wait-timeout=900 \
            --innodb-use-native-aio=0 "${MARIADB_EXTRA[@]}" --log-error=/var/log/mysql/error.log \
            </dev/null >/dev/null 2>&1 9>&- &
        WAIT_PID=$! wait_for "$SP_WAIT" mariadbd db -e 'SELECT 1' ||
            { tail -20 "$r/var/log/mysql/error.log" >&2; die "MariaDB did not start"; }
    fi
    # slurmdbd must find the database already there: creating it itself
    # fails with libmariadb 11.8 (error 5027 -> fatal _check_mysql_concat_is_sane)
    local pass
    pass=$(cat "$r/etc/slurm/.slurmdbd-db-pass")
    db -e "CREATE DATABASE IF NOT EXISTS slurm_acct_db;
        CREATE USER IF NOT EXISTS 'slurm'@'localhost' IDENTIFIED BY '$pass';
        ALTER USER 'slurm'@'localhost' IDENTIFIED BY '$pass';
        GRANT ALL ON slurm_acct_db.* TO 'slurm'@'localhost';" || die "cannot create the accounting database"
}

start_slurmdbd() {
    local pid
    if pid=$(running slurmdbd) && [ "$DBD_CONF_CHANGED" = 1 ]; then
        log "slurmdbd.conf changed: restarting slurmdbd"
        stop_daemon slurmdbd
    fi
    if pid=$(running slurmdbd); then
        log "slurmdbd running (pid $pid)"
    else
        check_port_free "$DBD_PORT" slurmdbd
        log "starting slurmdbd (port $DBD_PORT)"
        run_daemon /var/log/slurm/slurmdbd.out /usr/sbin/slurmdbd
    fi
    # it answers once it has connected to MariaDB and created its tables
    wait_for "$SP_WAIT" slurmdbd inroot sacctmgr -n list cluster ||
        { tail -20 "${ROOT:-}/var/log/slurm/slurmdbd.log" >&2; die "slurmdbd does not answer"; }
}

setup_accounting() {
    local assoc u
    inroot sacctmgr -n -P list cluster format=cluster | grep -qx "$CLUSTER" ||
        inroot sacctmgr -i add cluster "$CLUSTER" >/dev/null
    assoc=$(inroot sacctmgr -n -P list assoc cluster="$CLUSTER" format=account,user)
    if ! grep -qx 'ci|' <<<"$assoc"; then
        log "sacctmgr: account ci"
        inroot sacctmgr -i add account ci cluster="$CLUSTER" description=ci organization=ci >/dev/null
    fi
    for u in "${SP_TEST_USERS[@]}"; do
        if ! grep -qx "ci|$u" <<<"$assoc"; then
            log "sacctmgr: user $u"
            inroot sacctmgr -i add user "$u" account=ci cluster="$CLUSTER" >/dev/null
        fi
    done
}

start_slurmctld() {
    local pid
    if pid=$(running slurmctld); then
        log "slurmctld running (pid $pid)"
    else
        check_port_free "$CTLD_PORT" slurmctld
        log "starting slurmctld (port $CTLD_PORT)"
        run_daemon /var/log/slurm/slurmctld.out /usr/sbin/slurmctld
    fi
    wait_for "$SP_WAIT" slurmctld ctld_up ||
        { tail -20 "${ROOT:-}/var/log/slurm/slurmctld.log" >&2; die "slurmctld does not answer"; }
}

ctld_up() { inroot scontrol ping | grep -q UP; }
node_ready() { inroot sinfo -h -n "$NODE" -o %T | grep -Eq '^(idle|mixed|allocated|completing)'; }

start_slurmd() {
    local pid
    if pid=$(running slurmd); then
        log "slurmd running (pid $pid)"
    else
        check_port_free "$SLURMD_PORT" slurmd
        log "starting slurmd (port $SLURMD_PORT)"
        run_daemon /var/log/slurm/slurmd.out /usr/sbin/slurmd
    fi
    wait_for "$SP_WAIT" "node $NODE idle" node_ready ||
        { inroot sinfo -N -l >&2 || true; tail -20 "${ROOT:-}/var/log/slurm/slurmd.log" >&2; die "node $NODE not ready"; }
}

rest_code() { # PATH [TOKEN [USER]] -> HTTP status ("000": no answer)
    # headers go through stdin (-H @-), never argv: a token in argv is visible in ps
    local h=/dev/null
    [ -n "${2:-}" ] && h=-
    printf 'X-SLURM-USER-NAME: %s\nX-SLURM-USER-TOKEN: %s\n' "${3:-slurmtest}" "${2:-}" |
        curl -s -o /dev/null -m 10 -w '%{http_code}' -H "@$h" "http://127.0.0.1:$REST_PORT$1" || true
}
rest_answers() { [ "$(rest_code "/slurm/$API_PROBE/ping")" != 000 ]; }

start_slurmrestd() {
    local pid ru rpid owner pf
    pf=$(pidfile_of slurmrestd)
    if pid=$(running slurmrestd); then
        log "slurmrestd running (pid $pid)"
        return 0
    fi
    check_port_free "$REST_PORT" slurmrestd
    ru=$(ids_of "$SP_REST_USER")
    local plugins=()
    [ -n "$REST_PLUGINS" ] && plugins=(-s "$REST_PLUGINS")
    log "starting slurmrestd as $SP_REST_USER on 127.0.0.1:$REST_PORT"
    # slurmrestd refuses root and SlurmUser; SLURM_JWT=daemon makes it
    # authenticate each request with the client's token (without it: 401).
    # It does not daemonize: setsid + &, and its PID goes to our pidfile.
    setsid chroot --userspec="$ru" "${ROOT:-/}" /usr/bin/env -i PATH=$SP_DAEMON_PATH LANG=C \
        SLURM_JWT=daemon /usr/sbin/slurmrestd -a rest_auth/jwt "${plugins[@]}" "127.0.0.1:$REST_PORT" \
        </dev/null >>"${ROOT:-}/var/log/slurm/slurmrestd.log" 2>&1 9>&- &
    rpid=$!
    echo "$rpid" >"${ROOT:-}$pf"
    # readiness: any HTTP answer (/ping answers even without a valid token)
    WAIT_PID=$rpid wait_for "$SP_WAIT" "slurmrestd on port $REST_PORT" rest_answers ||
        { tail -20 "${ROOT:-}/var/log/slurm/slurmrestd.log" >&2; die "slurmrestd does not answer"; }
    # $! is slurmrestd itself unless setsid had to fork: trust the socket owner
    owner=$(port_owner "$REST_PORT" || true)
    [ -n "$owner" ] && [ "$owner" != "$rpid" ] && echo "$owner" >"${ROOT:-}$pf"
    return 0
}

stop_daemon() { # NAME: SIGTERM the PID of its pidfile (if it is ours), then SIGKILL
    local name=$1 pid i
    pid=$(running "$name") || return 0
    log "stopping $name (pid $pid)"
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        pid_alive "$pid" || break
        sleep 0.1
    done
    if pid_alive "$pid"; then
        log "$name did not stop in 30 s: SIGKILL"
        kill -9 "$pid" 2>/dev/null || true
    fi
    [ "$name" = slurmrestd ] && rm -f "${ROOT:-}$(pidfile_of slurmrestd)"
    return 0
}

# Cancel what still runs or waits, so that slurmctld's records stay true (a
# job whose steps die with slurmd would stay RUNNING after the next start).
active_jobs() { inroot squeue -h -o %A -t PENDING,RUNNING,SUSPENDED,CONFIGURING,COMPLETING 2>/dev/null; }
no_active_jobs() { [ -z "$(active_jobs)" ]; }
cancel_jobs() {
    local ids
    running slurmctld >/dev/null || return 0
    ids=$(active_jobs | tr '\n' ' ') || true
    [ -n "${ids// /}" ] || return 0
    log "cancelling jobs: $ids"
    # shellcheck disable=SC2086
    inroot scancel $ids 2>/dev/null || true
    wait_for 20 "cancelled jobs to end" no_active_jobs || true
}

# Job steps outlive slurmd: kill this cluster's slurmstepd processes and
# everything below them (the jobs), found through the parent links in /proc.
kill_job_trees() {
    local rr p st ppid comm
    rr=$(root_real)
    local -A children=()
    local roots=()
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        { read -r st <"/proc/$p/stat"; } 2>/dev/null || continue
        st=${st##*) }
        read -r _ ppid _ <<<"$st"
        children[$ppid]+=" $p"
        { read -r comm <"/proc/$p/comm"; } 2>/dev/null || continue
        case "$comm" in slurmstepd | slurmstepd-wlm) ;; *) continue ;; esac
        [ "$(readlink "/proc/$p/root" 2>/dev/null)" = "$rr" ] && roots+=("$p")
    done
    [ ${#roots[@]} -gt 0 ] || return 0
    local todo=("${roots[@]}") all=()
    while [ ${#todo[@]} -gt 0 ]; do
        p=${todo[0]}
        todo=("${todo[@]:1}")
        all+=("$p")
        # shellcheck disable=SC2206
        [ -n "${children[$p]:-}" ] && todo+=(${children[$p]})
    done
    log "killing leftover job steps: ${all[*]}"
    kill -9 "${all[@]}" 2>/dev/null || true
}

# ------------------------------------------------------------------ tokens + env file
mint_token() { # USER [LIFESPAN] -> bare token
    local out
    out=$(inroot scontrol token username="$1" lifespan="${2:-$SP_JWT_LIFESPAN}") || return 1
    out=$(sed -n 's/^SLURM_JWT=//p' <<<"$out")
    [ -n "$out" ] || return 1
    printf '%s\n' "$out"
}

env_file() { echo "$SP_STATE_DIR/$REL.env"; }

write_env_file() {
    local tok ver code f tmp
    f=$(env_file)
    tok=$(mint_token slurmtest "$SP_JWT_LIFESPAN") || die "scontrol token username=slurmtest failed"
    # /ping answers 200 even with a bad token: check one that authenticates
    code=$(rest_code "/slurm/$API_PROBE/diag" "$tok")
    [ "$code" = 200 ] || die "authenticated GET /slurm/$API_PROBE/diag returned HTTP $code"
    ver=$(inroot sbatch --version | awk '{print $2}')
    mkdir -p "$SP_STATE_DIR"
    tmp=$(mktemp "$f.XXXXXX")
    chmod 0600 "$tmp"
    cat >"$tmp" <<EOF
# slurm-proxy test cluster: Slurm $REL -- written by scripts/cluster/clusterctl
# Plain KEY=value lines (load in a shell with: set -a; . FILE; set +a).
# Never hand SLURM_JWT to the REAL Slurm CLI: it then uses auth/jwt, not munge.
SLURMRESTD_URL=http://127.0.0.1:$REST_PORT
SLURM_USER_NAME=slurmtest
SLURM_JWT=$tok
SP_RELEASE=$REL
SP_CHROOT=${ROOT:-}
SP_CLUSTER=$CLUSTER
SP_JOBDIR=$SP_JOBDIR
SP_API_VERSIONS="$API_VERSIONS"
SP_ACCOUNTING=1
SP_SLURM_VERSION=$ver
SP_USER2=${SP_TEST_USERS[1]}
EOF
    mv -f "$tmp" "$f"
}

# ------------------------------------------------------------------ actions
do_start() {
    local t0=$SECONDS
    mkdir -p "$SP_STATE_DIR" "$SP_LOG_DIR"
    install_software
    setup_users
    setup_dirs
    make_keys
    write_configs
    if [ "$SLURM_CONF_CHANGED" = 1 ]; then
        # slurmctld, slurmd and slurmrestd read slurm.conf at start only
        local d
        for d in slurmrestd slurmd slurmctld; do
            running "$d" >/dev/null && { log "slurm.conf changed: restarting $d"; stop_daemon "$d"; }
        done
    fi
    start_munged
    start_mariadb
    start_slurmdbd
    setup_accounting
    start_slurmctld
    start_slurmd
    start_slurmrestd
    write_env_file
    log "ready in $((SECONDS - t0)) s: http://127.0.0.1:$REST_PORT ($API_VERSIONS), env file $(env_file)"
}

do_stop() {
    local d
    stop_daemon slurmrestd
    cancel_jobs
    stop_daemon slurmd
    kill_job_trees
    for d in slurmctld slurmdbd mariadbd munged; do stop_daemon "$d"; done
    if [ -n "$ROOT" ] && [ -d "$ROOT" ]; then chroot_umount; fi
    return 0
}

do_destroy() { # chroots only: stop, then delete the chroot and the env file
    [ -n "$ROOT" ] || die "destroy is for the chroot clusters (22.05 lives on the host)"
    do_stop
    mounted_under && die "something is still mounted under $ROOT"
    if [ -e "$ROOT" ]; then
        log "removing $ROOT"
        rm -rf --one-file-system "$ROOT"
    fi
    rm -f "$(env_file)"
}

do_status() { # one line per daemon; exit 0 only if all of them run
    local d name pid rc=0
    for d in "${DAEMONS[@]}"; do
        name=${d%%:*}
        if pid=$(running "$name"); then
            printf '%-10s %s\n' "$name" "$pid"
        else
            printf '%-10s -\n' "$name"
            rc=3
        fi
    done
    return $rc
}

with_lock() { # serialise start/stop of one cluster (fd 9; daemons never inherit it)
    mkdir -p "$SP_STATE_DIR" "$SP_LOG_DIR"
    exec 9>"$SP_STATE_DIR/$REL.lock"
    flock -w 900 9 || die "could not lock $SP_STATE_DIR/$REL.lock"
    "$@"
}

cluster_main() {
    local action=${1:-start}
    [ $# -gt 0 ] && shift
    case "$action" in
    start) need_root; with_lock do_start ;;
    stop) need_root; with_lock do_stop ;;
    restart) need_root; with_lock do_stop; do_start ;;
    build) need_root; with_lock install_software ;;
    destroy) need_root; with_lock do_destroy ;;
    status) do_status ;;
    token) need_root; mint_token "${1:-slurmtest}" "${2:-1800}" || die "scontrol token failed" ;;
    env) env_file ;;
    *) die "usage: $0 start|stop|restart|status|build|destroy|token [USER [LIFESPAN]]|env" ;;
    esac
}
