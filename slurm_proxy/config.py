"""Settings: where they come from, in which order, and what each one means.

Precedence, highest first:

1. the profile named with ``-M/--clusters`` (or ``SLURM_PROXY_PROFILE``), from the
   user file, then the system file;
2. the environment (``SLURMRESTD_URL``, ``SLURM_JWT``, ``SLURM_USER_NAME``, ``SLURM_PROXY_*``);
3. the top level of the user file (``$XDG_CONFIG_HOME/slurm-proxy/config.toml``);
4. the top level of the system file (``/etc/slurm-proxy/config.toml``).

A config file holds the default profile at its top level and named profiles as
``[profiles.NAME]`` tables with the same keys.  Every resolved value remembers where
it came from, for ``slurm-proxy config show``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Optional

from .errors import SlurmError

SYSTEM_CONFIG = "/etc/slurm-proxy/config.toml"


@dataclass(frozen=True)
class Key:
    name: str
    env: Optional[str]
    kind: type
    default: Any
    help: str


# Every setting, once: the README's configuration table is generated from this list.
KEYS: tuple[Key, ...] = (
    Key(
        "url",
        "SLURMRESTD_URL",
        str,
        None,
        "slurmrestd address: http://host:port, https://host:port or unix:///path/to/socket",
    ),
    Key(
        "user",
        "SLURM_USER_NAME",
        str,
        None,
        "user name sent to slurmrestd; defaults to the token's `sun` claim",
    ),
    Key(
        "token",
        "SLURM_JWT",
        str,
        None,
        "the JWT itself (the `SLURM_JWT=` prefix that `scontrol token` prints is accepted)",
    ),
    Key(
        "token_file",
        "SLURM_PROXY_TOKEN_FILE",
        str,
        None,
        "file holding the JWT; must not be readable by group or others",
    ),
    Key(
        "token_command",
        "SLURM_PROXY_TOKEN_COMMAND",
        str,
        None,
        "command (no shell) that prints a fresh JWT; run when no other token is valid",
    ),
    Key(
        "ca_bundle",
        "SLURM_PROXY_CA_BUNDLE",
        str,
        None,
        "PEM file of CA certificates to verify slurmrestd's TLS certificate",
    ),
    Key(
        "allow_insecure_http",
        "SLURM_PROXY_ALLOW_INSECURE_HTTP",
        bool,
        False,
        "allow plain http:// to a host that is not loopback (the token travels in clear)",
    ),
    Key(
        "api_version",
        "SLURM_PROXY_API_VERSION",
        str,
        None,
        "pin the REST API version (e.g. v0.0.42) instead of negotiating it",
    ),
    Key(
        "connect_timeout",
        "SLURM_PROXY_CONNECT_TIMEOUT",
        float,
        5.0,
        "seconds to wait for the TCP/TLS connection",
    ),
    Key("read_timeout", "SLURM_PROXY_READ_TIMEOUT", float, 60.0, "seconds to wait for an answer"),
    Key(
        "retries",
        "SLURM_PROXY_RETRIES",
        int,
        3,
        "retries of read requests on connection errors and HTTP 502/503/504",
    ),
    Key(
        "cache_ttl",
        "SLURM_PROXY_CACHE_TTL",
        int,
        3600,
        "seconds the negotiated API version stays cached on disk",
    ),
    Key(
        "response_cache_ttl",
        "SLURM_PROXY_RESPONSE_CACHE_TTL",
        float,
        0.0,
        "seconds squeue, sinfo and sacct share a GET answer among the user's processes (0: off)",
    ),
    Key(
        "cluster_name",
        None,
        str,
        None,
        "name printed where the real command prints a cluster name (e.g. sbatch -M)",
    ),
    Key(
        "path_map",
        "SLURM_PROXY_PATH_MAP",
        str,
        None,
        "LOCAL=REMOTE[,LOCAL=REMOTE...]: path prefixes rewritten for the cluster (sbatch)",
    ),
    Key(
        "package_name",
        "SLURM_PROXY_PACKAGE_NAME",
        str,
        "slurm",
        "name `-V/--version` prints before the release: `slurm` (upstream builds), "
        "`slurm-wlm` (Debian's)",
    ),
    Key(
        "default_partition",
        "SLURM_PROXY_DEFAULT_PARTITION",
        str,
        None,
        "the cluster's default partition, for sinfo's `*` where the API version does not "
        "say which one it is (v0.0.39 to v0.0.44)",
    ),
    Key(
        "squeue_fast_states",
        "SLURM_PROXY_SQUEUE_FAST_STATES",
        bool,
        False,
        "serve state-only squeue formats (`-o '%A %t'`) from `/jobs/state`: far less data, "
        "rows in another order",
    ),
)
KEYS_BY_NAME = {k.name: k for k in KEYS}


@dataclass
class Settings:
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    profile: Optional[str] = None

    def get(self, name: str) -> Any:
        if name in self.values:
            return self.values[name]
        return KEYS_BY_NAME[name].default

    def source(self, name: str) -> str:
        return self.sources.get(name, "default")

    @property
    def path_map(self) -> list[tuple[str, str]]:
        raw = self.get("path_map")
        if not raw:
            return []
        if isinstance(raw, dict):
            pairs = list(raw.items())
        else:
            pairs = [(a, b) for a, _, b in (p.partition("=") for p in str(raw).split(",")) if b]
        # longest local prefix first, so /home/a/b wins over /home
        return sorted(((str(a), str(b)) for a, b in pairs), key=lambda p: -len(p[0]))


def map_path(pairs: list[tuple[str, str]], path: str) -> Optional[str]:
    """``path`` rewritten by path_map ``pairs`` (longest LOCAL prefix first, whole path
    components), or None when no LOCAL prefix covers it.  The one home of this rule:
    sbatch applies it, doctor reports it."""
    for local, remote in pairs:
        base = local.rstrip("/")
        if path == (base or "/") or path.startswith(base + "/"):
            return (remote.rstrip("/") + path[len(base) :]) or "/"
    return None


def user_config_path(env: Mapping[str, str]) -> str:
    if env.get("SLURM_PROXY_CONFIG"):
        return env["SLURM_PROXY_CONFIG"]
    base = env.get("XDG_CONFIG_HOME") or os.path.join(
        env.get("HOME") or os.path.expanduser("~"), ".config"
    )
    return os.path.join(base, "slurm-proxy", "config.toml")


def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise SlurmError(
            f"cannot read configuration file {path}: {exc.strerror}", kind="config"
        ) from None
    try:
        import tomllib  # type: ignore[import-not-found,unused-ignore]  # novermin
    except ImportError:  # Python < 3.11
        import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]
    try:
        return dict(tomllib.loads(data.decode("utf-8")))
    except (ValueError, UnicodeDecodeError) as exc:
        raise SlurmError(f"invalid configuration file {path}: {exc}", kind="config") from None


def _coerce(key: Key, value: Any, origin: str) -> Any:
    if key.name == "path_map" and isinstance(value, dict):
        return value
    try:
        if key.kind is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(value)
        return key.kind(value)
    except (TypeError, ValueError):
        raise SlurmError(
            f"invalid value for {key.name} in {origin}: {value!r}", kind="config"
        ) from None


def _layer(settings: Settings, table: Mapping[str, Any], origin: str) -> None:
    for name, value in table.items():
        if name in ("profiles", "default_profile"):
            continue
        key = KEYS_BY_NAME.get(name)
        if key is None:
            raise SlurmError(f"unknown setting {name!r} in {origin}", kind="config")
        settings.values[name] = _coerce(key, value, origin)
        settings.sources[name] = origin


def load(env: Mapping[str, str], profile: Optional[str] = None) -> Settings:
    """Resolve the settings for one command invocation."""
    settings = Settings()
    files = [(SYSTEM_CONFIG, _read_toml(env.get("SLURM_PROXY_SYSTEM_CONFIG", SYSTEM_CONFIG)))]
    user_path = user_config_path(env)
    files.append((user_path, _read_toml(user_path)))
    for path, data in files:
        _layer(settings, data, path)
    for key in KEYS:
        if key.env and env.get(key.env) not in (None, ""):
            settings.values[key.name] = _coerce(key, env[key.env], f"${key.env}")
            settings.sources[key.name] = f"${key.env}"
    if profile is None:
        profile = env.get("SLURM_PROXY_PROFILE") or None
    if profile is None:
        for _path, data in reversed(files):
            if data.get("default_profile"):
                profile = str(data["default_profile"])
                break
    if profile is not None:
        found = False
        for path, data in files:
            table = (data.get("profiles") or {}).get(profile)
            if isinstance(table, dict):
                _layer(settings, table, f"{path} [profiles.{profile}]")
                found = True
        if not found:
            raise SlurmError(
                f"unknown cluster profile {profile!r} (define [profiles.{profile}] in {user_path})",
                kind="config",
            )
        settings.profile = profile
        if "cluster_name" not in settings.values:
            settings.values["cluster_name"] = profile
            settings.sources["cluster_name"] = "profile name"
    for name in PATH_KEYS:
        value = settings.values.get(name)
        if isinstance(value, str) and value.startswith("~"):
            settings.values[name] = expand_home(value, env)
    return settings


#: settings that name a file: a leading ``~`` is the user's home directory
PATH_KEYS = ("token_file", "ca_bundle")


def expand_home(path: str, env: Mapping[str, str]) -> str:
    """``~/x`` -> ``$HOME/x`` (the invocation's HOME); ``~user/x`` as the shell does."""
    home = env.get("HOME")
    if home and (path == "~" or path.startswith("~/")):
        return (home.rstrip("/") + path[1:]) or "/"
    return os.path.expanduser(path)


def profile_names(env: Mapping[str, str]) -> list[str]:
    names: list[str] = []
    for path in (env.get("SLURM_PROXY_SYSTEM_CONFIG", SYSTEM_CONFIG), user_config_path(env)):
        for name in _read_toml(path).get("profiles") or {}:
            if name not in names:
                names.append(name)
    return names
