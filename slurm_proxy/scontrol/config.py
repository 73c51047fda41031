"""``scontrol show config`` from ``GET /slurm/v0.0.45/conf`` (Slurm 26.05+ only).

The real command prints ``slurm_print_ctl_conf()``: a header line, then one
``%-23s = %s`` line per parameter in its own curated order and spelling.  The REST
document gives the same parameters as JSON values (lists, NoVal structs); this
prints them in the document's order with the same column layout.  Values that the
real command derives (e.g. ``BOOT_TIME``, ``SLURM_VERSION``) come from the
response's meta where possible.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from slurm_proxy.common import timefmt

if TYPE_CHECKING:
    from . import Scontrol


def _value(value: Any) -> str:
    if value is None:
        return "(null)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dict):
        if {"set", "infinite", "number"} <= set(value):
            if value.get("infinite"):
                return "INFINITE"
            if not value.get("set"):
                return "(null)"
            return str(value.get("number"))
        return ",".join(f"{k}={_value(v)}" for k, v in value.items())
    if isinstance(value, list):
        if not value:
            return "(null)"
        return ",".join(_value(v) for v in value)
    if value == "":
        return "(null)"
    return str(value)


def print_config(sc: Scontrol, body: dict[str, Any]) -> None:
    conf = body.get("slurm_conf")
    if not isinstance(conf, dict):
        conf = {}
    now = int(time.time())
    lines = [f"Configuration data as of {timefmt.make_time_str(now, sc.inv.env)}\n"]
    for key, value in conf.items():
        if key == "controllers":
            for i, ctl in enumerate(value or []):
                if isinstance(ctl, dict):
                    name = ctl.get("hostname") or ctl.get("name") or ""
                    addr = ctl.get("address") or ctl.get("addr") or ""
                    text = f"{name}({addr})" if addr else name
                    lines.append(f"{f'SlurmctldHost[{i}]':<23} = {text}\n")
            continue
        lines.append(f"{key:<23} = {_value(value)}\n")
    sc.out("".join(lines))
