from __future__ import annotations

import contextlib
import os
import time
from typing import Any, Optional

import click

from .. import __version__, config, negotiate
from ..cli import Invocation, entry
from ..errors import SlurmError
from ..session import Session


def _session(ctx: click.Context) -> Session:
    inv: Invocation = ctx.obj
    return Session.open(inv, cluster=ctx.meta.get("cluster"))


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    inv: Invocation = ctx.obj
    inv.out.write(f"slurm-proxy {__version__}\n")
    ctx.exit()


def _complete_profiles(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[str]:
    try:
        return [n for n in config.profile_names(os.environ) if n.startswith(incomplete)]
    except SlurmError:
        return []


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-M",
    "--clusters",
    "cluster",
    metavar="PROFILE",
    shell_complete=_complete_profiles,
    help="Use the named cluster profile of the configuration.",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Print slurm-proxy's version and exit.",
)
@click.pass_context
def cli(ctx: click.Context, cluster: Optional[str]) -> None:
    """slurm-proxy: Slurm's commands over slurmrestd.

    Set up with `slurm-proxy config init`, check with `slurm-proxy doctor`.
    """
    ctx.meta["cluster"] = cluster


@cli.command()
@click.pass_context
def ping(ctx: click.Context) -> None:
    """Reach slurmrestd: URL, negotiated API version, Slurm release, latency."""
    sess = _session(ctx)
    inv: Invocation = ctx.obj
    started = time.monotonic()
    body = sess.request("GET", "/slurm/{v}/ping/")
    elapsed = (time.monotonic() - started) * 1000
    release, _ = negotiate.meta_facts(body)
    state = _controller_state(body)
    inv.out.write(
        f"slurmrestd {sess.url}: API {sess.api}, Slurm {release or sess.release}, "
        f"{state}, {elapsed:.1f} ms\n"
    )


def _controller_state(body: dict[str, Any]) -> str:
    pings = body.get("pings") or []
    if not pings:
        return "no controller answer"
    parts = []
    for entry_ in pings:
        host = entry_.get("hostname", "?")
        # v0.0.38 "ping", v0.0.39-44 "pinged", v0.0.45 "responding" + "status"
        up = entry_.get("pinged") or entry_.get("ping")
        if up is None:
            up = "UP" if entry_.get("responding") else "DOWN"
        mode = entry_.get("mode") or ("primary" if entry_.get("primary") else "backup")
        parts.append(f"slurmctld {host} {up} ({mode})")
    return ", ".join(parts)


@cli.command()
@click.pass_context
def version(ctx: click.Context) -> None:
    """Print slurm-proxy's version, and the server's when one is configured."""
    inv: Invocation = ctx.obj
    inv.out.write(f"slurm-proxy {__version__}\n")
    inv.out.write(f"API versions: {' '.join(negotiate.supported_versions())}\n")
    try:
        sess = _session(ctx)
        inv.out.write(f"server: slurm {sess.release} (API {sess.api}) at {sess.url}\n")
    except SlurmError as exc:
        inv.out.write(f"server: unknown ({exc.text})\n")


@cli.group(name="config")
def config_group() -> None:
    """Show or write the configuration."""


@config_group.command(name="show")
@click.pass_context
def config_show(ctx: click.Context) -> None:
    """Print the effective settings and where each came from (token redacted).

    The first lines (comments) name the files that were read and the profiles
    they define.
    """
    inv: Invocation = ctx.obj
    settings = config.load(inv.env, ctx.meta.get("cluster"))
    user_file = config.user_config_path(inv.env)
    system_file = inv.env.get("SLURM_PROXY_SYSTEM_CONFIG", config.SYSTEM_CONFIG)
    for label, path in (("user file", user_file), ("system file", system_file)):
        state = "read" if os.path.isfile(path) else "absent"
        inv.out.write(f"# {label}: {path} ({state})\n")
    names = config.profile_names(inv.env)
    inv.out.write(f"# profiles: {', '.join(names) if names else 'none'}\n")
    if settings.profile:
        inv.out.write(f"profile = {settings.profile}\n")
    for key in config.KEYS:
        value = settings.get(key.name)
        if value is not None and key.name == "token":
            value = "<redacted>"
        inv.out.write(f"{key.name} = {value!r}  # {settings.source(key.name)}\n")


@config_group.command(name="init")
@click.option(
    "--url",
    help="slurmrestd address: https://host:port, http://host:port or unix:///path/to/socket.",
)
@click.option("--user", help="User name at the cluster (default: the token's `sun` claim).")
@click.option(
    "--token-file",
    metavar="PATH",
    help="File holding the JWT (chmod 600); slurm-proxy never writes it.",
)
@click.option(
    "--token-command",
    metavar="COMMAND",
    help="Command (no shell) printing a fresh JWT, e.g. 'ssh login scontrol token lifespan=86400'.",
)
@click.option("--ca-bundle", metavar="PATH", help="PEM CA bundle for slurmrestd's certificate.")
@click.option(
    "--profile",
    metavar="NAME",
    help="Write [profiles.NAME] (used with -M NAME) instead of the top level.",
)
@click.option(
    "--allow-insecure-http/--no-allow-insecure-http",
    default=None,
    help="Allow plain http:// to a host that is not this one (token in clear).",
)
@click.option(
    "-y",
    "--yes",
    "--non-interactive",
    "non_interactive",
    is_flag=True,
    help="Ask nothing: change only what the options give.",
)
@click.pass_context
def config_init(
    ctx: click.Context,
    url: Optional[str],
    user: Optional[str],
    token_file: Optional[str],
    token_command: Optional[str],
    ca_bundle: Optional[str],
    profile: Optional[str],
    allow_insecure_http: Optional[bool],
    non_interactive: bool,
) -> int:
    """Write the user configuration file (asks for what the options do not give).

    Merges into an existing file: other profiles, keys and comments are kept.  An
    empty value (--user '') removes that key.  No token is ever written: the token
    stays in the file --token-file names, or comes from --token-command.
    """
    from .configinit import run as init

    inv: Invocation = ctx.obj
    options = {
        "url": url,
        "user": user,
        "token_file": token_file,
        "token_command": token_command,
        "ca_bundle": ca_bundle,
    }
    return init(
        inv,
        profile=profile or ctx.meta.get("cluster"),
        options=options,
        allow_insecure=allow_insecure_http,
        interactive=not non_interactive,
    )


@cli.command()
@click.pass_context
def doctor(ctx: click.Context) -> int:
    """Check the set-up, one line per check: configuration, token, connection, TLS,
    API version, authentication, accounting, clock, the commands on PATH, path_map.

    Exits 1 when a check FAILs.
    """
    from .doctor import run as run_doctor

    return run_doctor(ctx.obj, ctx.meta.get("cluster"))


@cli.command()
@click.option(
    "--dir",
    "directory",
    required=True,
    metavar="DIR",
    help="Directory for the shims (created if needed).",
)
@click.option("--force", is_flag=True, help="Replace files in DIR that are not slurm-proxy's.")
@click.pass_context
def shims(ctx: click.Context, directory: str, force: bool) -> int:
    """Put sbatch, squeue, scancel, sinfo, sacct and scontrol into DIR.

    For tools configured with a Slurm bin directory (Galaxy, Pulsar, Arvados).  Each
    shim is a small /bin/sh script that runs this slurm-proxy's Python and entry
    point; files in DIR that are not slurm-proxy shims are left alone without --force.
    """
    from .shims import install

    return install(ctx.obj, directory, force)


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
@click.option(
    "--command",
    "commands",
    multiple=True,
    metavar="NAME",
    type=click.Choice(["slurm-proxy", "sbatch", "squeue", "scancel", "sinfo", "sacct", "scontrol"]),
    help="Only this command (repeatable), e.g. for a per-command completion file.",
)
@click.pass_context
def completion(ctx: click.Context, shell: str, commands: tuple[str, ...]) -> None:
    """Print the shell completion script for slurm-proxy and the Slurm commands.

    \b
    bash:  eval "$(slurm-proxy completion bash)"      (~/.bashrc)
    zsh:   eval "$(slurm-proxy completion zsh)"       (~/.zshrc, after compinit)
    fish:  slurm-proxy completion fish | source       (~/.config/fish/config.fish)
    """
    from .completion import script

    inv: Invocation = ctx.obj
    inv.out.write(script(shell, commands))


def run(inv: Invocation) -> int:
    # click writes its own messages (--help, usage of a group called without a
    # command) to sys.stdout/sys.stderr; send them to the invocation's streams, so
    # that in-process runs and the warm agent see everything.
    try:
        with contextlib.redirect_stdout(inv.out), contextlib.redirect_stderr(inv.err):
            rv = cli.main(args=inv.argv, prog_name=inv.prog, obj=inv, standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show(file=inv.err)
        return exc.exit_code
    except click.Abort:
        inv.err.write("Aborted!\n")
        return 1
    # a command returns its exit code (doctor: 1 when a check failed)
    return rv if isinstance(rv, int) and not isinstance(rv, bool) else 0


main = entry("slurm-proxy", run)
