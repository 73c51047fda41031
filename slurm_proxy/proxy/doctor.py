"""``slurm-proxy doctor``: every check between this host and a working cluster, one line each.

Each line is ``VERDICT  CHECK  what was found``; the verdicts are ``OK``, ``WARN``
(works, but worth knowing), ``FAIL`` (a command would fail) and ``SKIP`` (could
not be checked because an earlier check failed, or does not apply).  The exit code
is 1 when any check FAILs, else 0.

Facts about slurmrestd this relies on (read from its source and seen on 22.05,
24.11 and 26.05):

* ``/slurm/vX/ping`` does not check the token on 24.11 and later, so the token is
  proven with ``/slurm/vX/diag`` (or, when diag is denied, a jobs request).  A bad
  token gets HTTP 401 (text), 511 with error 1007 (24.11+) or, on 22.05, a 500
  with error -1 "Unspecified error".
* A path slurmrestd does not serve answers a text/plain 404; that is how a missing
  ``/slurmdb`` (no accounting plugin loaded) is told from a failing one.
* slurmrestd sends no ``Date`` header; the controller's clock is diag's
  ``req_time``.  A ``Date`` header (from a proxy in front of it) is the fallback.
"""

from __future__ import annotations

import email.utils
import os
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Optional

from .. import auth, config, negotiate
from ..cli import Invocation
from ..errors import ESLURM_ACCESS_DENIED, SlurmError, from_response
from ..http import Response, Transport, is_loopback
from . import shims

OK, WARN, FAIL, SKIP = "OK", "WARN", "FAIL", "SKIP"

#: a token with less than this left and no token_command to renew it is a WARN
TOKEN_WARN_SECONDS = 600
#: a server certificate expiring within this is a WARN
CERT_WARN_SECONDS = 14 * 86400
#: clock skew (seconds) beyond which WARN / FAIL
SKEW_WARN, SKEW_FAIL = 5.0, 300.0


def _when(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(epoch))


def _span(seconds: float) -> str:
    s = int(abs(seconds))
    if s < 120:
        return f"{s} s"
    if s < 7200:
        return f"{s // 60} min"
    if s < 2 * 86400:
        return f"{s // 3600} h {s % 3600 // 60} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


@dataclass
class Doctor:
    inv: Invocation
    profile: Optional[str] = None
    counts: dict[str, int] = field(default_factory=lambda: {OK: 0, WARN: 0, FAIL: 0, SKIP: 0})
    settings: Optional[config.Settings] = None
    url: Optional[str] = None
    token: Optional[auth.Token] = None
    user: Optional[str] = None
    transport: Optional[Transport] = None
    reachable: bool = False
    authenticated: bool = False
    info: Optional[negotiate.ServerInfo] = None
    diag: Optional[dict[str, Any]] = None
    diag_clock: Optional[tuple[float, float, float]] = None  # (server, sent, answered)
    date_clock: Optional[tuple[float, float, float]] = None

    def report(self, verdict: str, check: str, detail: str) -> None:
        self.counts[verdict] += 1
        self.inv.out.write(f"{verdict:<5} {check:<11} {detail}\n")
        self.inv.out.flush()

    def run(self) -> int:
        for check in (
            self.check_config,
            self.check_token,
            self.check_url,
            self.check_tls,
            self.check_api,
            self.check_auth,
            self.check_accounting,
            self.check_clock,
            self.check_commands,
            self.check_path_map,
        ):
            try:
                check()
            except Exception as exc:  # one broken check must not hide the others
                name = check.__name__.replace("check_", "")
                text = exc.text if isinstance(exc, SlurmError) else f"{type(exc).__name__}: {exc}"
                self.report(FAIL, name, f"could not check: {text}")
        if self.transport is not None:
            self.transport.close()
        c = self.counts
        self.inv.out.write(f"doctor: {c[OK]} OK, {c[WARN]} WARN, {c[FAIL]} FAIL, {c[SKIP]} SKIP\n")
        return 1 if c[FAIL] else 0

    # -- local ----------------------------------------------------------------------------
    def check_config(self) -> None:
        env = self.inv.env
        user_file = config.user_config_path(env)
        system_file = env.get("SLURM_PROXY_SYSTEM_CONFIG", config.SYSTEM_CONFIG)
        try:
            settings = config.load(env, self.profile)
        except SlurmError as exc:
            self.report(FAIL, "config", exc.text)
            return
        self.settings = settings
        files = [p for p in (user_file, system_file) if os.path.isfile(p)]
        where = ", ".join(files) if files else "no configuration file (environment only)"
        if settings.profile:
            where += f"; profile {settings.profile}"
        url = settings.get("url")
        if not url:
            self.report(
                FAIL,
                "config",
                f"{where}; no slurmrestd URL: run `slurm-proxy config init` or set SLURMRESTD_URL",
            )
            return
        try:  # validates the URL the way every command will (no network yet)
            Transport(
                str(url), headers={}, allow_insecure_http=bool(settings.get("allow_insecure_http"))
            )
        except SlurmError as exc:
            self.report(FAIL, "config", f"{where}; {exc.text}")
            return
        self.url = str(url).rstrip("/")
        detail = f"{where}; url {self.url} (from {settings.source('url')})"
        leaky = [
            p
            for p in files
            if settings.get("token") and _holds_token(p) and os.stat(p).st_mode & 0o077
        ]
        if leaky:
            self.report(
                WARN,
                "config",
                f"{detail}; {leaky[0]} holds a token and is readable "
                "by others: move the token to a token_file",
            )
            return
        self.report(OK, "config", detail)

    def check_token(self) -> None:
        if self.settings is None:
            self.report(SKIP, "token", "no usable configuration")
            return
        settings = self.settings
        try:
            token = auth.resolve(settings, self.inv.env, check_expiry=False)
        except SlurmError as exc:
            self.report(FAIL, "token", exc.text)
            return
        self.token = token
        self.user = str(settings.get("user") or token.user or "") or None
        now = time.time()
        if not self.user:
            self.report(
                FAIL,
                "token",
                f"from {token.source}: no user name (the token has no "
                "`sun` claim): set user / SLURM_USER_NAME",
            )
            return
        who = f"from {token.source}, user {self.user}"
        if settings.get("user") and token.user and settings.get("user") != token.user:
            who += (
                f" (the token is {token.user}'s: only SlurmUser/root tokens may act for "
                "another user)"
            )
        exp = token.expires
        if exp is None:
            self.report(
                WARN,
                "token",
                f"{who}; no `exp` claim (not a JWT from `scontrol token`?): expiry unknown",
            )
        elif exp <= now:
            self.report(
                FAIL,
                "token",
                f"{who}; expired at {_when(exp)} ({_span(now - exp)} "
                "ago): get a new one with `scontrol token`",
            )
        elif exp - now < TOKEN_WARN_SECONDS and not settings.get("token_command"):
            self.report(WARN, "token", f"{who}; expires at {_when(exp)}, in {_span(exp - now)}")
        else:
            renew = "; token_command renews it" if settings.get("token_command") else ""
            self.report(
                OK, "token", f"{who}; expires at {_when(exp)} (in {_span(exp - now)}){renew}"
            )

    # -- network --------------------------------------------------------------------------
    def _parts(self) -> urllib.parse.SplitResult:
        assert self.url is not None
        return urllib.parse.urlsplit(self.url)

    def check_url(self) -> None:
        if self.url is None or self.settings is None:
            self.report(SKIP, "url", "no usable URL")
            return
        parts = self._parts()
        timeout = float(self.settings.get("connect_timeout"))
        started = time.monotonic()
        try:
            if parts.scheme == "unix":
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(timeout)
                try:
                    sock.connect(parts.path)
                finally:
                    sock.close()
            else:
                port = parts.port or (443 if parts.scheme == "https" else 80)
                socket.create_connection((parts.hostname, port), timeout=timeout).close()
        except socket.gaierror as exc:
            self.report(
                FAIL, "url", f"{self.url}: cannot resolve {parts.hostname} ({exc.strerror})"
            )
            return
        except (socket.timeout, TimeoutError):
            self.report(
                FAIL,
                "url",
                f"{self.url}: no connection within {timeout:g} s (firewall? wrong port?)",
            )
            return
        except OSError as exc:
            self.report(FAIL, "url", f"{self.url}: {exc.strerror or exc}")
            return
        self.reachable = True
        ms = (time.monotonic() - started) * 1000
        self.report(OK, "url", f"{self.url} accepts connections ({ms:.1f} ms)")

    def check_tls(self) -> None:
        if self.url is None or self.settings is None:
            self.report(SKIP, "tls", "no usable URL")
            return
        parts = self._parts()
        if parts.scheme == "unix":
            self.report(SKIP, "tls", "unix socket: no TLS, access is the socket's file mode")
            return
        if parts.scheme == "http":
            if is_loopback(parts.hostname or ""):
                self.report(SKIP, "tls", "plain http to this host (loopback): nothing to verify")
            else:
                self.report(
                    WARN,
                    "tls",
                    f"plain http to {parts.hostname}: the token travels "
                    "in clear (allow_insecure_http)",
                )
            return
        if not self.reachable:
            self.report(SKIP, "tls", "no connection")
            return
        ca = self.settings.get("ca_bundle")
        try:
            context = ssl.create_default_context(cafile=ca)
        except (OSError, ssl.SSLError) as exc:
            self.report(FAIL, "tls", f"cannot load CA bundle {ca}: {exc}")
            self.reachable = False
            return
        port = parts.port or 443
        host = parts.hostname or ""
        timeout = float(self.settings.get("connect_timeout"))
        try:
            with (
                socket.create_connection((host, port), timeout=timeout) as raw,
                context.wrap_socket(raw, server_hostname=host) as tls,
            ):
                cert = tls.getpeercert() or {}
                version = tls.version()
        except ssl.SSLCertVerificationError as exc:
            hint = "" if ca else "; set ca_bundle to your site's CA (PEM)"
            self.report(
                FAIL,
                "tls",
                f"certificate of {host} not trusted: {exc.verify_message or exc.reason}{hint}",
            )
            self.reachable = False
            return
        except (ssl.SSLError, OSError) as exc:
            self.report(
                FAIL,
                "tls",
                f"TLS handshake with {host}:{port} failed: {exc} (a plain http server?)",
            )
            self.reachable = False
            return
        issuer = _name(cert.get("issuer"))
        trust = f"CA bundle {ca}" if ca else "system CAs"
        not_after = cert.get("notAfter")
        expiry = ssl.cert_time_to_seconds(str(not_after)) if not_after else None
        detail = f"{version}, certificate for {host} issued by {issuer or '?'} ({trust})"
        if expiry is not None and expiry - time.time() < CERT_WARN_SECONDS:
            self.report(
                WARN, "tls", f"{detail}; expires {_when(expiry)}, in {_span(expiry - time.time())}"
            )
        else:
            until = f", valid until {_when(expiry)}" if expiry else ""
            self.report(OK, "tls", detail + until)

    def _transport(self) -> Transport:
        if self.transport is None:
            assert self.settings is not None and self.url is not None
            headers = {}
            if self.token is not None and self.user:
                headers = {"X-SLURM-USER-NAME": self.user, "X-SLURM-USER-TOKEN": self.token.value}
            self.transport = Transport(
                self.url,
                headers=headers,
                ca_bundle=self.settings.get("ca_bundle"),
                connect_timeout=float(self.settings.get("connect_timeout")),
                read_timeout=min(30.0, float(self.settings.get("read_timeout"))),
                retries=0,
                allow_insecure_http=bool(self.settings.get("allow_insecure_http")),
            )
        return self.transport

    def _send(self, path: str, params: Optional[dict[str, Any]] = None) -> Response:
        sent = time.time()
        response = self._transport().send("GET", path, params=params)
        answered = time.time()
        date = response.headers.get("date")
        if date and self.date_clock is None:
            try:
                server = email.utils.parsedate_to_datetime(date).timestamp()
                self.date_clock = (server, sent, answered)
            except (TypeError, ValueError):
                pass
        return response

    def check_api(self) -> None:
        if not self.reachable or self.settings is None:
            self.report(SKIP, "api", "no working connection to slurmrestd")
            return
        ours = negotiate.supported_versions()
        span = f"{ours[-1]}..{ours[0]}" if ours else "none"
        pinned = self.settings.get("api_version")
        if pinned:
            if not negotiate.is_supported(pinned):
                self.report(
                    FAIL, "api", f"api_version {pinned} is not one this slurm-proxy ships ({span})"
                )
                return
            versions = [pinned]
        else:
            versions = ours
        assert self.url is not None
        try:
            info = negotiate.probe(self._transport(), self.url, versions)
        except SlurmError as exc:
            lacking = " (no token to send)" if exc.kind == "auth" and self.token is None else ""
            self.report(FAIL, "api", exc.text + lacking)
            return
        self.info = info
        negotiate.remember(self.inv.env, info)  # commands start with a fresh answer
        how = (
            f"pinned by api_version ({self.settings.source('api_version')})"
            if pinned
            else f"negotiated; this slurm-proxy speaks {span}"
        )
        self.report(OK, "api", f"{info.api}, Slurm {info.release or 'release unknown'} ({how})")

    def check_auth(self) -> None:
        if self.info is None:
            self.report(SKIP, "auth", "no API version")
            return
        if self.token is None or not self.user:
            self.report(SKIP, "auth", "no token to try")
            return
        path = f"/slurm/{self.info.api}/diag"
        sent = time.time()
        response = self._send(path)
        answered = time.time()
        if 200 <= response.status < 300 and response.is_json:
            body = response.json()
            self.diag = body if isinstance(body, dict) else {}
            server = _req_time(self.diag)
            if server is not None:
                self.diag_clock = (server, sent, answered)
            self.authenticated = True
            self.report(OK, "auth", f"token accepted: GET {path} as {self.user}")
            return
        error = from_response(response.status, response.content_type, response.content)
        if error.errno == ESLURM_ACCESS_DENIED:  # diag restricted: a jobs request instead
            path = f"/slurm/{self.info.api}/jobs"
            response = self._send(path, params={"update_time": int(time.time())})
            if 200 <= response.status < 300 or response.status == 304:
                self.authenticated = True
                self.report(
                    OK,
                    "auth",
                    f"token accepted: GET {path} as {self.user} (diag is restricted here)",
                )
                return
            error = from_response(response.status, response.content_type, response.content)
        hint = ""
        if error.status == 500 and error.errno in (None, -1):
            hint = "; Slurm 22.05 answers an invalid or expired token this way"
        self.report(
            FAIL,
            "auth",
            f"slurmrestd refused GET {path} as {self.user}: "
            f"{error.text} (HTTP {error.status}){hint}",
        )

    def check_accounting(self) -> None:
        if self.info is None:
            self.report(SKIP, "accounting", "no API version")
            return
        path = f"/slurmdb/{self.info.api}/diag"
        response = self._send(path)
        if negotiate.is_missing_path(response.status, response.content_type):
            self.report(
                WARN,
                "accounting",
                f"/slurmdb/{self.info.api} is absent (text/plain "
                "404): slurmrestd runs without its slurmdbd plugin, "
                "so sacct cannot work",
            )
            return
        body: Any = {}
        if response.is_json:
            try:
                body = response.json()
            except SlurmError:
                body = {}
        _, storage = negotiate.meta_facts(body)
        plugin = ((body.get("meta") or {}).get("plugin") or {}) if isinstance(body, dict) else {}
        name = plugin.get("accounting_storage") if isinstance(plugin, dict) else None
        what = f"/slurmdb/{self.info.api} present" + (f" ({name})" if name else "")
        if 200 <= response.status < 300:
            self.report(OK, "accounting", what)
            return
        if not self.authenticated:
            self.report(OK, "accounting", f"{what}; not tried further (the token was refused)")
            return
        error = from_response(response.status, response.content_type, response.content)
        if error.errno == ESLURM_ACCESS_DENIED:
            self.report(OK, "accounting", f"{what}; its statistics need an administrator, as usual")
        elif error.kind == "auth":
            self.report(FAIL, "accounting", f"{what}; the token was refused: {error.text}")
        else:
            self.report(
                WARN,
                "accounting",
                f"{what} but failing: {error.text} (HTTP {error.status}); is slurmdbd up?",
            )

    def check_clock(self) -> None:
        clock, what = self.diag_clock, "slurmctld (diag req_time)"
        if clock is None:
            clock, what = self.date_clock, "the HTTP Date header"
        if clock is None:
            self.report(SKIP, "clock", "no server time seen (no diag answer, no Date header)")
            return
        server, sent, answered = clock
        # server time is whole seconds, taken somewhere between sent and answered
        skew = server + 0.5 - (sent + answered) / 2
        margin = 0.5 + (answered - sent) / 2
        if abs(skew) <= max(SKEW_WARN, margin):
            self.report(
                OK,
                "clock",
                f"this host and {what} differ by {abs(skew):.1f} s (+/- {margin:.1f} s)",
            )
            return
        direction = "behind" if skew > 0 else "ahead of"
        verdict = FAIL if abs(skew) > SKEW_FAIL else WARN
        self.report(
            verdict,
            "clock",
            f"this host is {_span(skew)} {direction} {what}: "
            "token expiry and job times will be off; run NTP",
        )

    # -- this host --------------------------------------------------------------------------
    def check_commands(self) -> None:
        scripts = shims.installed_scripts()
        for command in shims.COMMANDS:
            found = [shims.classify(p, scripts) for p in shims.on_path(command, self.inv.env)]
            mine = scripts.get(command)
            if not found:
                where = f"slurm-proxy's is {mine}" if mine else "slurm-proxy installed none"
                self.report(
                    WARN,
                    command,
                    f"not on PATH ({where}); add its directory to PATH "
                    "or run `slurm-proxy shims --dir DIR`",
                )
                continue
            first, others = found[0], found[1:]
            if first.ours:
                if first.python and not os.path.exists(first.python):
                    self.report(
                        FAIL,
                        command,
                        f"{first.describe()} runs {first.python}, which "
                        "is gone: run `slurm-proxy shims` again",
                    )
                    continue
                if not shims.same_environment(first.python):
                    self.report(
                        WARN,
                        command,
                        f"{first.describe()} runs another Python "
                        f"environment ({first.python}) than this "
                        "slurm-proxy",
                    )
                    continue
                if not shims.available(command):
                    self.report(
                        WARN, command, f"{first.describe()}; this installation has no {command} yet"
                    )
                    continue
                real = [p for p in others if not p.ours]
                if real:
                    self.report(WARN, command, f"{first.describe()} shadows {real[0].describe()}")
                else:
                    self.report(OK, command, first.describe())
                continue
            ours = [p for p in others if p.ours]
            if ours:
                self.report(
                    WARN,
                    command,
                    f"{first.describe()} comes first on PATH and shadows {ours[0].path}",
                )
            else:
                tail = f" ({mine}, not on PATH)" if mine else " (none installed)"
                self.report(WARN, command, f"{first.describe()} runs, not slurm-proxy's{tail}")

    def check_path_map(self) -> None:
        cwd = self.inv.cwd
        if self.settings is None:
            self.report(SKIP, "path_map", "no usable configuration")
            return
        raw = self.settings.get("path_map")
        if not raw:
            self.report(
                OK,
                "path_map",
                f"not set: the working directory {cwd} is sent as it "
                "is (the cluster must see the same path)",
            )
            return
        bad = []
        if isinstance(raw, dict):
            pairs = [(str(a), str(b)) for a, b in raw.items()]
        else:
            pairs = []
            for item in str(raw).split(","):
                local, eq, remote = item.strip().partition("=")
                if not eq or not local or not remote:
                    bad.append(item.strip())
                else:
                    pairs.append((local, remote))
        bad += [f"{a}={b}" for a, b in pairs if not (a.startswith("/") and b.startswith("/"))]
        if bad:
            self.report(
                FAIL,
                "path_map",
                f"entries that are not LOCAL=REMOTE with absolute "
                f"paths: {', '.join(bad)} "
                f"({self.settings.source('path_map')})",
            )
            return
        mapped = map_path(self.settings, cwd)
        if mapped is None:
            locals_ = ", ".join(a for a, _ in self.settings.path_map)
            self.report(
                WARN,
                "path_map",
                f"the working directory {cwd} is under none of {locals_}: it is sent unchanged",
            )
        else:
            self.report(OK, "path_map", f"the working directory {cwd} is {mapped} on the cluster")


def map_path(settings: config.Settings, path: str) -> Optional[str]:
    """``path`` as sbatch would send it (see :func:`config.map_path`)."""
    return config.map_path(settings.path_map, path)


def _holds_token(path: str) -> bool:
    try:
        from .tomlfile import loads

        with open(path, encoding="utf-8") as fh:
            doc = loads(fh.read())
    except (OSError, ValueError):
        return False
    tables = [doc, *((doc.get("profiles") or {}).values())]
    return any(isinstance(t, dict) and t.get("token") for t in tables)


def _req_time(body: dict[str, Any]) -> Optional[float]:
    stats = body.get("statistics")
    value = stats.get("req_time") if isinstance(stats, dict) else None
    if isinstance(value, dict):  # v0.0.40+: {"set", "infinite", "number"}
        value = value.get("number") if value.get("set", True) else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def _name(rdns: Any) -> str:
    """'O=Example, CN=Example CA' from getpeercert()'s nested tuples."""
    parts = []
    for rdn in rdns or ():
        for pair in rdn:
            if len(pair) == 2 and pair[0] in ("organizationName", "commonName"):
                parts.append(str(pair[1]))
    return ", ".join(parts)


def run(inv: Invocation, profile: Optional[str]) -> int:
    return Doctor(inv, profile).run()
