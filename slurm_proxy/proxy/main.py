from __future__ import annotations

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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-M", "--clusters", "cluster", metavar="PROFILE",
              help="Use the named cluster profile of the configuration.")
@click.pass_context
def cli(ctx: click.Context, cluster: Optional[str]) -> None:
    """slurm-proxy: Slurm's commands over slurmrestd."""
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
    inv.out.write(f"slurmrestd {sess.url}: API {sess.api}, Slurm {release or sess.release}, "
                  f"{state}, {elapsed:.1f} ms\n")


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
    """Print the effective settings and where each came from (token redacted)."""
    inv: Invocation = ctx.obj
    settings = config.load(inv.env, ctx.meta.get("cluster"))
    if settings.profile:
        inv.out.write(f"profile = {settings.profile}\n")
    for key in config.KEYS:
        value = settings.get(key.name)
        if value is not None and key.name == "token":
            value = "<redacted>"
        inv.out.write(f"{key.name} = {value!r}  # {settings.source(key.name)}\n")


def run(inv: Invocation) -> int:
    try:
        cli.main(args=inv.argv, prog_name=inv.prog, obj=inv, standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show(file=inv.err)
        return exc.exit_code
    except click.Abort:
        inv.err.write("Aborted!\n")
        return 1
    return 0


main = entry("slurm-proxy", run)
