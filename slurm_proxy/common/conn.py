"""One cluster as a command talks to it: the Session plus the facts commands branch on.

The commands reproduce the real command *of the same release*, so they need the
release before they parse their options.  It comes from the negotiation cache (no
request when warm); when negotiation fails the failure is kept and raised at the
first real request, so ``--help`` and usage errors still work offline (newest texts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Optional

from ..errors import SlurmError

if TYPE_CHECKING:
    from ..cli import Invocation
    from ..session import Session
    from .getopt import LongOpt

NEWEST: tuple[int, int] = (26, 5)


def release_tuple(release: Optional[str]) -> tuple[int, int]:
    """ "24.11.5" -> (24, 11); unknown -> the newest behaviour."""
    if not release:
        return NEWEST
    parts = release.split(".")
    try:
        return int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        return NEWEST


def setting(sess: Any, name: str) -> Any:
    """Setting ``name`` of the session's configuration (its default for a session that
    carries none, such as the tests' stand-ins)."""
    from ..config import KEYS_BY_NAME

    settings = getattr(sess, "settings", None)
    return settings.get(name) if settings is not None else KEYS_BY_NAME[name].default


def version_line(sess: Any, release: str) -> str:
    """What ``-V/--version`` prints, for every command: the name of the real build
    (setting ``package_name``: ``slurm`` upstream, ``slurm-wlm`` for Debian's
    packages) and the release of the server behind ``sess``."""
    return f"{setting(sess, 'package_name') or 'slurm'} {release}\n"


class Conn:
    def __init__(
        self, inv: Invocation, profile: Optional[str] = None, sess: Optional[Session] = None
    ) -> None:
        from ..session import Session

        self.inv = inv
        self.sess: Session = sess if sess is not None else Session.open(inv, cluster=profile)
        self._release: Optional[str] = None
        self.failure: Optional[SlurmError] = None
        self.meta_cluster: Optional[str] = None
        self._cache: dict[str, dict[str, Any]] = {}
        self._text: dict[str, str] = {}

    @property
    def release(self) -> Optional[str]:
        if self._release is None and self.failure is None:
            try:
                self._release = self.sess.release or ""
            except SlurmError as exc:
                self.failure = exc
        return self._release

    def release_tuple(self) -> tuple[int, int]:
        return release_tuple(self.release)

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Optional[dict[str, Any]] = None,
        json: Any = None,
        each: Optional[tuple[str, Callable[[Any], Any]]] = None,
    ) -> dict[str, Any]:
        if self.failure is not None:
            raise self.failure
        body = self.sess.request(method, path, params=params, json=json, each=each)
        self.meta_cluster = meta_cluster(body) or self.meta_cluster
        return body

    def get(
        self, path: str, each: Optional[tuple[str, Callable[[Any], Any]]] = None
    ) -> dict[str, Any]:
        """A GET, answered once per invocation (or per ``squeue -i`` round).  ``each``:
        the elements of one list converted while parsing (Session.request), cached
        apart from the plain answer."""
        key = path if each is None else f"{path}\0{each[0]}"
        if key not in self._cache:
            self._cache[key] = self.request("GET", path, each=each)
        return self._cache[key]

    def get_text(self, path: str) -> tuple[dict[str, Any], Optional[str]]:
        """A GET whose answer is also kept as text (to reprint parts of it verbatim);
        the text is None when the session cannot give it."""
        send = getattr(self.sess, "send", None)
        if send is None or path in self._cache:
            return self.get(path), self._text.get(path)
        if self.failure is not None:
            raise self.failure
        from ..errors import from_response

        response = send("GET", path.replace("{v}", self.sess.api))
        if not 200 <= response.status < 300 or not response.is_json:
            return self.get(path), None  # the ordinary path raises the right error
        text = response.content.decode("utf-8", "replace")
        body = response.json()
        if not isinstance(body, dict):
            raise from_response(response.status, response.content_type, response.content)
        self._cache[path] = body
        self._text[path] = text
        return body, text

    def clear_cache(self) -> None:
        self._text.clear()
        self._cache.clear()


def has_profile(inv: Invocation, name: str) -> bool:
    from .. import config

    try:
        return name in config.profile_names(inv.env)
    except SlurmError:
        return False


def prescan_clusters(
    prog: str, argv: list[str], env: Mapping[str, str], shortopts: str, longopts: list[LongOpt]
) -> Optional[str]:
    """The -M/--clusters value (or $SLURM_CLUSTERS), read before the real parse: that
    parse follows the release of the cluster it names."""
    from .getopt import Getopt, UsageError

    found = env.get("SLURM_CLUSTERS")
    try:
        for opt in Getopt(prog, argv, shortopts, longopts):
            if opt.val == "M":
                found = opt.arg
    except UsageError:
        pass
    return found


def first_profile(inv: Invocation, text: Optional[str]) -> Optional[str]:
    """The profile a command opens first for ``-M text``: the first name, when it is a
    configured profile (its server's release decides how options parse and what the
    output looks like), else None (the default settings)."""
    first = next((n for n in (text or "").split(",") if n), None)
    return first if first is not None and has_profile(inv, first) else None


def clusters_from_env(inv: Invocation, text: Optional[str]) -> bool:
    """Whether the -M value came from $SLURM_CLUSTERS (the error names it so)."""
    return text == inv.env.get("SLURM_CLUSTERS") and not any(
        a.startswith(("-M", "--cl")) for a in inv.argv
    )


class UnknownClusters(Exception):
    """No -M/--clusters name could be resolved; the messages were printed."""


def meta_cluster(body: Any) -> Optional[str]:
    """The server's ClusterName as an answer names it (``meta.slurm.cluster``, v0.0.40+)."""
    meta = body.get("meta") if isinstance(body, dict) else None
    slurm = (meta.get("slurm") or meta.get("Slurm")) if isinstance(meta, dict) else None
    cluster = slurm.get("cluster") if isinstance(slurm, dict) else None
    return str(cluster) if cluster else None


def server_cluster(conn: Conn) -> Optional[str]:
    """The ClusterName of the server behind ``conn`` (None when it cannot tell)."""
    if conn.sess.cluster_name:
        return conn.sess.cluster_name
    if conn.meta_cluster:
        return conn.meta_cluster
    if conn.sess.api not in ("v0.0.38", "v0.0.39"):
        conn.get("/slurm/{v}/ping")
        return conn.meta_cluster
    body = conn.get("/slurm/{v}/jobs")
    for job in body.get("jobs") or ():
        if isinstance(job, dict) and job.get("cluster"):
            conn.meta_cluster = str(job["cluster"])
            return conn.meta_cluster
    return None


def resolve_clusters(
    inv: Invocation,
    prog: str,
    text: str,
    from_env: bool,
    default: Conn,
    release: tuple[int, int],
    fatal: bool = True,
) -> list[tuple[str, Conn]]:
    """``-M a,b`` as the real commands resolve it through slurmdbd: a configured profile,
    the default server's own cluster name, or ``all`` alone (that cluster); unknown names are
    reported like ``slurm_get_cluster_info()`` and skipped, nothing left is fatal, and
    each cluster comes once.  ``default`` is the Conn the command opened first (see
    :func:`first_profile`)."""
    names = list(dict.fromkeys(n for n in text.split(",") if n))
    settings = getattr(default.sess, "settings", None)
    opened_for = settings.profile if settings is not None else None
    out: list[tuple[str, Conn]] = []
    base: Optional[Conn] = None  # the default settings' server, for the other names
    own = ""
    for name in names:
        if has_profile(inv, name):
            out.append((name, default if name == opened_for else Conn(inv, name)))
            continue
        if base is None:
            base = Conn(inv) if opened_for in names else default
            own = server_cluster(base) or ""
        if text.lower() == "all":  # only the whole value: "a,all" names a cluster "all"
            label = own or name
        elif not own or name == own:
            label = name
        else:
            inv.err.write(f"{prog}: error: No cluster '{name}' known by database.\n")
            continue
        if all(c is not base for _, c in out):
            out.append((label, base))
    if not out:
        where = "SLURM_CLUSTERS" if from_env else "--cluster"
        inv.err.write(
            f"{prog}: error: '{text}' can't be reached now, or it is an invalid "
            f"entry for {where}.  Use 'sacctmgr list clusters' to see available "
            "clusters.\n"
        )
        if fatal and release >= (23, 2):
            inv.err.write(f"{prog}: fatal: Could not get cluster information\n")
        raise UnknownClusters(text)
    return out
