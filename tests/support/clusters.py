"""The real Slurm clusters that scripts/cluster/clusterctl runs on this machine.

Stdlib only.  Each running cluster has an env file /var/lib/slurm-proxy-ci/<release>.env
(mode 0600, plain KEY=value lines) written by ``clusterctl start``:

    SLURMRESTD_URL=http://127.0.0.1:7820     SLURM_USER_NAME=slurmtest
    SLURM_JWT=<slurmtest token, 7 days>       SP_RELEASE=24.11
    SP_CHROOT=/srv/slurm-24.11 (empty: host)  SP_CLUSTER=ci24
    SP_JOBDIR=/srv/slurm-jobs                 SP_API_VERSIONS="v0.0.40 v0.0.41 v0.0.42"
    SP_ACCOUNTING=1                           SP_SLURM_VERSION=24.11.5
    SP_USER2=slurmtest2

    from tests.support.clusters import available_clusters
    c = available_clusters()["24.11"]
    r = c.real(["sbatch", "--parsable", "job.sh"], cwd=c.jobpath("t1"))   # the REAL sbatch
    c.rest("GET", "/slurm/v0.0.41/diag")                                # urllib, token headers
"""

from __future__ import annotations

import dataclasses
import grp
import json
import os
import pwd
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Optional, Union

RELEASES: tuple[str, ...] = ("22.05", "24.11", "26.05")

#: REST API versions each release's slurmrestd serves (static, for test parametrization;
#: the env file's SP_API_VERSIONS is what the running cluster says).
SERVED_APIS: dict[str, tuple[str, ...]] = {
    "22.05": ("v0.0.38",),
    "24.11": ("v0.0.40", "v0.0.41", "v0.0.42"),
    "26.05": ("v0.0.42", "v0.0.43", "v0.0.44", "v0.0.45"),
}

ENV_DIR = Path(os.environ.get("SP_CLUSTER_ENV_DIR", "/var/lib/slurm-proxy-ci"))
REPO = Path(__file__).resolve().parents[2]
CLUSTERCTL = REPO / "scripts" / "cluster" / "clusterctl"

#: PATH for the real commands: system directories only, so that a pip-installed
#: slurm-proxy ``sbatch`` (venv, pyenv shims, ~/.local/bin) can never shadow the real one.
REAL_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

# Variables the real CLI must not inherit from the test process: SLURM_JWT switches it
# to auth/jwt, SLURM_CONF/SLURM_* and the per-command input variables change what it
# does, SLURMRESTD_*/SP_* belong to the proxy and the test harness.
_DROP_ENV = re.compile(
    r"^(SLURM|SLURMRESTD|SP|SBATCH|SALLOC|SRUN|SQUEUE|SINFO|SACCT|SCONTROL|SCANCEL)_"
    r"|^SLURMRESTD$|^SLURM_PROXY"
)


def clean_env(env: Optional[Mapping[str, str]] = None) -> dict[str, str]:
    """``env`` (default os.environ) without any Slurm, slurmrestd or proxy variable."""
    src = os.environ if env is None else env
    return {k: v for k, v in src.items() if not _DROP_ENV.match(k)}


def parse_env_file(path: Union[str, Path]) -> dict[str, str]:
    """KEY=value lines; '#' comments; one level of surrounding quotes is removed."""
    out: dict[str, str] = {}
    for raw in Path(path).read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip()
        if key.startswith("export "):
            key = key[len("export ") :].strip()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        out[key] = value
    return out


class RestResponse(NamedTuple):
    status: int
    content_type: str
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode())


@dataclasses.dataclass(frozen=True)
class Cluster:
    release: str  # "24.11"
    url: str  # "http://127.0.0.1:7820"
    token: str = dataclasses.field(repr=False)  # JWT of `user`, from the env file; never printed
    user: str  # "slurmtest"
    chroot: str  # "" (host) or "/srv/slurm-24.11"
    name: str  # ClusterName: ci, ci24, ci26
    jobdir: str  # "/srv/slurm-jobs" (same path on the host and in the chroot)
    versions: tuple[str, ...]  # REST versions served
    slurm_version: str  # "24.11.5", as the real `sbatch --version` prints it
    accounting: bool = True
    user2: str = "slurmtest2"
    env_file: str = ""

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: Union[str, Path]) -> Cluster:
        e = parse_env_file(path)
        return cls(
            release=e["SP_RELEASE"],
            url=e["SLURMRESTD_URL"].rstrip("/"),
            token=e["SLURM_JWT"],
            user=e.get("SLURM_USER_NAME", "slurmtest"),
            chroot=e.get("SP_CHROOT", ""),
            name=e.get("SP_CLUSTER", ""),
            jobdir=e.get("SP_JOBDIR", "/srv/slurm-jobs"),
            versions=tuple(e.get("SP_API_VERSIONS", "").split()),
            slurm_version=e.get("SP_SLURM_VERSION", ""),
            accounting=e.get("SP_ACCOUNTING", "0") == "1",
            user2=e.get("SP_USER2", "slurmtest2"),
            env_file=str(path),
        )

    @property
    def root(self) -> str:
        """Root directory of the cluster's own files: "/" or the chroot."""
        return self.chroot or "/"

    @property
    def api(self) -> str:
        """Newest REST version served."""
        return self.versions[-1]

    def rest_env(self, token: Optional[str] = None, user: Optional[str] = None) -> dict[str, str]:
        """The slurmrestd client variables for this cluster (for running the proxy)."""
        return {
            "SLURMRESTD_URL": self.url,
            "SLURM_JWT": token or self.token,
            "SLURM_USER_NAME": user or self.user,
        }

    # ----------------------------------------------------------------- files
    def jobpath(self, test_id: str, *, fresh: bool = True, owner: Optional[str] = None) -> Path:
        """/srv/slurm-jobs/<release>/<test_id>/: a directory that the real jobs of this
        cluster can write (mode 1777, owned by ``owner``, default the test user) and that
        the host sees at the same path.  ``fresh``: emptied first."""
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", test_id).strip("_.") or "test"
        d = Path(self.jobdir) / self.release / safe
        if fresh and d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True, exist_ok=True)
        d.chmod(0o1777)
        if os.geteuid() == 0:
            uid, gid = user_ids(owner or self.user)
            os.chown(d, uid, gid)
        return d

    # ----------------------------------------------------------------- REST
    def headers(self, token: Optional[str] = None, user: Optional[str] = None) -> dict[str, str]:
        return {
            "X-SLURM-USER-NAME": user or self.user,
            "X-SLURM-USER-TOKEN": token or self.token,
        }

    def rest(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        token: Optional[str] = None,
        user: Optional[str] = None,
        auth: bool = True,
        headers: Optional[Mapping[str, str]] = None,
        timeout: float = 30,
    ) -> RestResponse:
        """One HTTP request to slurmrestd (urllib).  Any HTTP status is returned, not
        raised; ``body`` is sent as JSON unless it is bytes; ``auth=False`` sends no
        token headers."""
        h = dict(self.headers(token, user)) if auth else {}
        data: Optional[bytes] = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=h)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return RestResponse(resp.status, resp.headers.get("Content-Type", ""), resp.read())
        except urllib.error.HTTPError as err:
            return RestResponse(err.code, err.headers.get("Content-Type", ""), err.read())

    def answers(self, timeout: float = 3) -> bool:
        """True when slurmrestd gives any HTTP answer (ping needs no valid token)."""
        try:
            self.rest("GET", f"/slurm/{self.versions[0]}/ping", timeout=timeout)
        except (OSError, IndexError):
            return False
        return True

    # ----------------------------------------------------------------- real CLI
    def real(
        self,
        argv: Sequence[str],
        *,
        stdin: Optional[bytes] = None,
        cwd: Union[str, Path, None] = None,
        env_extra: Optional[Mapping[str, str]] = None,
        user: Optional[str] = "slurmtest",
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[bytes]:
        """Run the REAL Slurm command ``argv`` of this cluster and capture it (bytes).

        Host binaries for 22.05; ``chroot [--userspec=uid:gid] DIR`` for the chroot
        releases.  As ``user`` (default slurmtest; None: root).  The environment is
        this process's minus every SLURM_*/SLURMRESTD_*/SP_*/S<command>_ variable (so
        the CLI authenticates with munge, never with SLURM_JWT), with a system-only
        PATH, HOME/USER/LOGNAME of the user, plus ``env_extra``.  ``cwd`` is a path
        that means the same on both sides (under the job directory for a chroot).
        """
        env = clean_env()
        env["PATH"] = REAL_PATH
        uid = gid = None
        groups: list[int] = []
        if user is not None:
            pw = pwd.getpwnam(user)
            uid, gid = pw.pw_uid, pw.pw_gid
            groups = os.getgrouplist(user, gid)
            env.update(HOME=f"/home/{user}", USER=user, LOGNAME=user)
        else:
            env.update(HOME="/root", USER="root", LOGNAME="root")
        env.update(env_extra or {})
        argv = [str(a) for a in argv]
        kwargs: dict[str, Any] = {}
        if self.chroot:
            spec = [f"--userspec={uid}:{gid}"] if uid is not None else []
            # chroot(1) changes to the new "/": cd inside it, then exec the command
            script = 'cd "$1" && shift && exec "$@"'
            cmd = ["chroot", *spec, self.chroot, "/bin/sh", "-c", script, "sh", str(cwd or "/")]
            cmd += argv
        else:
            cmd = argv
            kwargs["cwd"] = str(cwd) if cwd is not None else None
            if uid is not None:
                kwargs.update(user=uid, group=gid, extra_groups=groups)
        return subprocess.run(
            cmd,
            input=stdin,
            stdin=None if stdin is not None else subprocess.DEVNULL,
            capture_output=True,
            env=env,
            timeout=timeout,
            check=False,
            **kwargs,
        )

    def mint_token(self, user: str = "slurmtest", lifespan: int = 600) -> str:
        return mint_token(self.release, user, lifespan)


def user_ids(name: str) -> tuple[int, int]:
    pw = pwd.getpwnam(name)
    return pw.pw_uid, pw.pw_gid


def group_name(gid: int) -> str:
    return grp.getgrgid(gid).gr_name


def mint_token(release: str, user: str = "slurmtest", lifespan: int = 600) -> str:
    """A fresh JWT for ``user`` on cluster ``release`` (clusterctl token; needs root)."""
    r = subprocess.run(
        [str(CLUSTERCTL), "token", release, user, str(int(lifespan))],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=60,
        check=False,
    )
    token = r.stdout.strip()
    if r.returncode != 0 or not token:
        raise RuntimeError(f"clusterctl token {release} {user} failed: {r.stderr.strip()}")
    return token


def env_file(release: str) -> Path:
    return ENV_DIR / f"{release}.env"


def probe(release: str) -> tuple[Optional[Cluster], str]:
    """(Cluster, "") when the env file of ``release`` exists and slurmrestd answers,
    else (None, reason)."""
    path = env_file(release)
    if not path.exists():
        return None, f"no {path}: run `scripts/cluster/clusterctl start {release}` (as root)"
    try:
        cluster = Cluster.load(path)
    except PermissionError:
        return None, f"{path} is not readable (mode 0600): run the live tests as root"
    except (OSError, KeyError) as err:
        return None, f"{path} is unusable: {err!r}"
    if not cluster.answers():
        hint = f"scripts/cluster/clusterctl start {release}"
        return None, f"Slurm {release}: slurmrestd at {cluster.url} does not answer ({hint})"
    return cluster, ""


def available_clusters() -> dict[str, Cluster]:
    """Release -> Cluster for every cluster whose env file exists and whose slurmrestd
    answers."""
    out: dict[str, Cluster] = {}
    for release in RELEASES:
        cluster, _ = probe(release)
        if cluster is not None:
            out[release] = cluster
    return out
