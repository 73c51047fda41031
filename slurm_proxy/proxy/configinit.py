"""``slurm-proxy config init``: write the user configuration file, asking or from options.

What it writes: ``url``, ``user``, ``token_file``, ``token_command``, ``ca_bundle``
and, when the URL needs it, ``allow_insecure_http``, in the top-level table or in
``[profiles.NAME]`` of the user file (``config.user_config_path``), which it merges
into: other tables, other keys and comments stay as they were.  The file is written
atomically with mode 0600, in a directory made with mode 0700.

What it never writes: a token.  The token lives in the file ``token_file`` names
(the user puts it there) or comes from ``token_command`` at run time; a token in
the configuration file would be copied wherever the file is.

Prompts go to stderr and answers come from stdin (one line each, empty keeps the
default, ``-`` removes the value), so answers can be piped in; ``--yes`` /
``--non-interactive`` asks nothing and changes only what the options give (an empty
option value removes that key).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import ssl
import stat
import tempfile
import urllib.parse
from collections.abc import Mapping
from typing import Any, Optional

import click

from .. import config
from ..cli import Invocation
from ..http import is_loopback
from . import tomlfile

HEADER = (
    "# slurm-proxy configuration: see `slurm-proxy config show` and docs/configuration.md.\n"
    "# Written by `slurm-proxy config init`; no token is ever stored here.\n"
)
PROFILE_NAME = re.compile(r"^[A-Za-z0-9_-]+$")
FIELDS = ("url", "user", "token_file", "token_command", "ca_bundle")


class _Prompter:
    """Questions on stderr, answers from stdin; end of input accepts every default."""

    def __init__(self, inv: Invocation) -> None:
        self.inv = inv
        self.eof = False

    def ask(self, question: str, default: Optional[str]) -> Optional[str]:
        shown = f" [{default}]" if default else ""
        self.inv.err.write(f"{question}{shown}: ")
        self.inv.err.flush()
        line = b"" if self.eof else self.inv.stdin.readline()
        if not line:
            self.eof = True
            self.inv.err.write("\n")
            return default
        answer = line.decode("utf-8", "replace").strip()
        if answer == "-":
            return None
        return answer or default

    def yes(self, question: str, default: bool = False) -> bool:
        answer = self.ask(f"{question} [{'Y/n' if default else 'y/N'}]", None)
        if not answer:
            return default
        return answer.lower() in ("y", "yes")


def _url_problem(url: str, allow_insecure: bool) -> Optional[str]:
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", "unix"):
        return "use https://host:port, http://host:port or unix:///path/to/socket"
    if scheme == "unix":
        return None if parts.path else "a unix:// URL needs the socket path (unix:///run/x.sock)"
    if not parts.hostname:
        return "the URL has no host"
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return "the port is not a number from 0 to 65535"
    if scheme == "http" and not allow_insecure and not is_loopback(parts.hostname):
        return (
            "plain http:// to another host sends the token in clear: use https://, or "
            "--allow-insecure-http if this network is trusted"
        )
    return None


def _abspath(path: str, inv: Invocation) -> str:
    return os.path.normpath(os.path.join(inv.cwd, config.expand_home(path, inv.env)))


def _table(doc: Mapping[str, Any], profile: Optional[str]) -> dict[str, Any]:
    if profile is None:
        return dict(doc)
    table = (doc.get("profiles") or {}).get(profile)
    return dict(table) if isinstance(table, dict) else {}


def run(
    inv: Invocation,
    *,
    profile: Optional[str],
    options: Mapping[str, Optional[str]],
    allow_insecure: Optional[bool],
    interactive: bool,
) -> int:
    path = _abspath(config.user_config_path(inv.env), inv)
    target = os.path.realpath(path)  # a symlinked dotfile: write where it points
    if os.path.exists(target) and not os.path.isfile(target):
        raise click.ClickException(
            f"{path} is not a regular file (SLURM_PROXY_CONFIG={inv.env.get('SLURM_PROXY_CONFIG')}"
            "?); nothing was written"
        )
    try:
        with open(target, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {path}: {exc}") from None
    try:
        doc = tomlfile.loads(text)
    except ValueError as exc:
        raise click.ClickException(
            f"{path} is not valid TOML ({exc}); fix or move it first, nothing was written"
        ) from None
    if profile is not None and not PROFILE_NAME.match(profile):
        raise click.BadParameter("letters, digits, '-' and '_' only", param_hint="'--profile'")
    where = f"[profiles.{profile}]" if profile else "the top level"
    current = _table(doc, profile)
    values: dict[str, Optional[str]] = {k: current.get(k) for k in FIELDS}
    for name, given in options.items():
        if given is not None:
            values[name] = given or None  # "" removes the key
    insecure = (
        bool(current.get("allow_insecure_http")) if allow_insecure is None else allow_insecure
    )

    if interactive:
        ask = _Prompter(inv)
        inv.err.write(
            f"Setting up {where} of {path}. Empty answer: keep the value in "
            "brackets; '-': remove it.\n"
        )
        if options.get("url") is None:
            for _attempt in range(3):
                values["url"] = ask.ask(
                    "slurmrestd URL (https://host:6820, unix:///path)", values["url"]
                )
                problem = _url_problem(values["url"] or "", insecure) if values["url"] else None
                if (
                    problem
                    and "--allow-insecure-http" in problem
                    and allow_insecure is None
                    and ask.yes(
                        "Plain http:// sends the token in clear. Allow it for "
                        "this cluster (trusted network only)?"
                    )
                ):
                    insecure = True
                    problem = None
                if not problem:
                    break
                inv.err.write(f"  {problem}\n")
        if options.get("user") is None:
            values["user"] = ask.ask(
                "User name at the cluster ('-': the token's own user)", values["user"]
            )
        if options.get("token_file") is None:
            values["token_file"] = ask.ask(
                "Token file: a file you keep a JWT in, chmod 600 ('-': none)", values["token_file"]
            )
        if options.get("token_command") is None:
            values["token_command"] = ask.ask(
                "Token command printing a fresh JWT, run without a shell, e.g. "
                "`ssh login scontrol token lifespan=86400` ('-': none)",
                values["token_command"],
            )
        if options.get("ca_bundle") is None and (values["url"] or "").startswith("https:"):
            values["ca_bundle"] = ask.ask(
                "CA bundle (PEM) for slurmrestd's certificate ('-': the system's CAs)",
                values["ca_bundle"],
            )

    url = (values["url"] or "").strip().rstrip("/") or None
    values["url"] = url
    if not url:
        raise click.UsageError("no slurmrestd URL: give --url (or answer the question)")
    problem = _url_problem(url, insecure)
    if problem:
        raise click.BadParameter(f"{url}: {problem}", param_hint="'--url'")
    if values["user"] is not None and (not values["user"] or re.search(r"\s", values["user"])):
        raise click.BadParameter("a user name has no spaces", param_hint="'--user'")
    notes: list[str] = []
    for name in ("token_file", "ca_bundle"):
        if values[name]:
            values[name] = _abspath(str(values[name]), inv)
    if values["token_file"]:
        notes += _check_token_file(str(values["token_file"]))
    if values["token_command"]:
        notes += _check_token_command(str(values["token_command"]), inv.env)
    if values["ca_bundle"]:
        if not url.startswith("https:"):
            notes.append(f"ca_bundle is only used for https:// URLs, not for {url}")
        try:
            ssl.create_default_context(cafile=str(values["ca_bundle"]))
        except (OSError, ssl.SSLError) as exc:
            raise click.BadParameter(
                f"{values['ca_bundle']}: not a readable PEM CA bundle ({exc})",
                param_hint="'--ca-bundle'",
            ) from None
    if not values["token_file"] and not values["token_command"]:
        notes.append(
            "no token source configured: commands will need SLURM_JWT in their "
            "environment (or set token_file / token_command)"
        )
    if current.get("token") is not None:
        notes.append(
            f"{path} {where} holds a token value (`token = ...`): it takes "
            "precedence over token_file and token_command; remove it from the file"
        )

    updates: dict[str, Any] = {k: values[k] for k in FIELDS}
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    host = urllib.parse.urlsplit(url).hostname or ""
    if scheme == "http" and not is_loopback(host):
        updates["allow_insecure_http"] = True
    elif allow_insecure is not None:
        updates["allow_insecure_http"] = True if allow_insecure else None
    if profile is not None:
        notes += _mask_inherited_token_source(inv, doc, current, updates, profile)
    updates = {k: v for k, v in updates.items() if v != current.get(k)}
    table_path: tuple[str, ...] = ("profiles", profile) if profile else ()

    try:
        new_text, kept = tomlfile.update(text, table_path, updates, header=HEADER)
    except ValueError as exc:
        raise click.ClickException(f"cannot merge into {path}: {exc}") from None
    changed = new_text != text
    if changed:
        _write_private(target, new_text, inv)
    elif stat.S_IMODE(os.stat(target).st_mode) & 0o077:
        os.chmod(target, 0o600)
    final = _table(tomlfile.loads(new_text), profile)
    out = inv.out
    mode = stat.S_IMODE(os.stat(target).st_mode)
    out.write(f"{'wrote' if changed else 'unchanged:'} {path} (mode {mode:04o}), {where}:\n")
    for name in (*FIELDS, "allow_insecure_http"):
        if name in final:
            out.write(f"  {name} = {tomlfile.value(final[name])}\n")
    if changed and not kept:
        out.write(
            f"note: {path} was rewritten from its parsed form; its comments and layout "
            "were not kept\n"
        )
    out.write(
        "No token is written to the configuration: slurm-proxy reads it from token_file "
        "or token_command (or SLURM_JWT) each time a command runs.\n"
    )
    for note in notes:
        out.write(f"note: {note}\n")
    out.write(f"next: slurm-proxy{' -M ' + profile if profile else ''} doctor\n")
    return 0


def _mask_inherited_token_source(
    inv: Invocation,
    doc: Mapping[str, Any],
    current: Mapping[str, Any],
    updates: dict[str, Any],
    profile: str,
) -> list[str]:
    """Keep a profile's token source its own.

    A profile is layered over the top level of the files, so a top-level
    ``token_file`` would be tried before the profile's ``token_command`` (and the
    other way round), handing one cluster's token to another.  An empty value in
    the profile masks the inherited one.
    """
    inherited: dict[str, Any] = {}
    system = inv.env.get("SLURM_PROXY_SYSTEM_CONFIG", config.SYSTEM_CONFIG)
    try:
        with open(system, encoding="utf-8") as fh:
            inherited.update(tomlfile.loads(fh.read()))
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    inherited.update(doc)
    final = {**current, **updates}
    if not (final.get("token_file") or final.get("token_command")):
        return []
    notes = []
    for name in ("token_file", "token_command"):
        if final.get(name) is None and inherited.get(name):
            updates[name] = ""
            notes.append(
                f'{name} = "" in [profiles.{profile}] keeps the top level\'s {name} '
                "(another cluster's token) from applying to this profile"
            )
    return notes


def _check_token_file(path: str) -> list[str]:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return [
            f"token file {path} does not exist yet: save a JWT there "
            "(`scontrol token lifespan=SECONDS` on a login node prints one) and chmod 600 it"
        ]
    except OSError as exc:
        return [f"token file {path}: {exc.strerror}"]
    if stat.S_ISDIR(st.st_mode):
        raise click.BadParameter(f"{path} is a directory", param_hint="'--token-file'")
    if stat.S_IMODE(st.st_mode) & 0o077:
        return [
            f"token file {path} is readable by others (mode "
            f"{stat.S_IMODE(st.st_mode):04o}); slurm-proxy refuses it until you run: "
            f"chmod 600 {shlex.quote(path)}"
        ]
    return []


def _check_token_command(command: str, env: Mapping[str, str]) -> list[str]:
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise click.BadParameter(
            f"cannot split {command!r}: {exc}", param_hint="'--token-command'"
        ) from None
    if not argv:
        raise click.BadParameter("empty command", param_hint="'--token-command'")
    if shutil.which(argv[0], path=env.get("PATH")) is None:
        return [
            f"token command {argv[0]!r} is not on PATH here; it runs without a shell, "
            "with the caller's PATH"
        ]
    return []


def _write_private(path: str, text: str, inv: Invocation) -> None:
    directory = os.path.dirname(path)
    if not os.path.isdir(directory):
        try:
            os.makedirs(directory, mode=0o700)
        except OSError as exc:
            raise click.ClickException(f"cannot create {directory}: {exc.strerror}") from None
    elif os.path.basename(directory) == "slurm-proxy":
        # our own directory (~/.config/slurm-proxy): private, like the file
        mode = stat.S_IMODE(os.stat(directory).st_mode)
        if mode & 0o077 and os.stat(directory).st_uid == os.getuid():
            os.chmod(directory, 0o700)
            inv.out.write(f"{directory}: mode {mode:04o} -> 0700\n")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".config.toml.")
    except OSError as exc:
        raise click.ClickException(f"cannot write in {directory}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise click.ClickException(f"cannot write {path}: {exc.strerror}") from None
