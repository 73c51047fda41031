"""What sinfo asks slurmrestd, and what it does where the REST API says less than
slurmctld tells the real command.

- Show flags: the real sinfo loads partitions without ``SHOW_ALL`` (hidden partitions
  and those the user may not use are left out) unless ``-a``/``-p``, and nodes with
  ``SHOW_MIXED`` (+``SHOW_ALL``, +``SHOW_DETAIL`` for GresUsed, +``SHOW_FUTURE`` for
  ``-F``).  v0.0.40+ take these as the ``flags`` query parameter; v0.0.38/39 always
  use ``SHOW_ALL``: there, hidden partitions are dropped by their ``hidden`` flag
  (v0.0.38) or cannot be told apart (v0.0.39).
- Partition flags (Default, Hidden, RootOnly ...) and PreemptMode are not dumped by
  the v0.0.39 .. v0.0.44 data parsers.  The default partition (the ``*``) is then
  taken from the ``default_partition`` setting when the configuration has one, or,
  when the cluster has a single partition, that partition.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any, Optional
from urllib.parse import quote

from slurm_proxy.adapters.nodes import Node, nodes_from_response
from slurm_proxy.adapters.partitions import (
    PART_FLAG_DEFAULT,
    PART_FLAG_HIDDEN,
    Partition,
    partitions_from_response,
)
from slurm_proxy.common import timefmt
from slurm_proxy.common.conn import setting
from slurm_proxy.errors import ESLURM_INVALID_NODE_NAME, SlurmError

if TYPE_CHECKING:
    from . import Command
    from .build import Group

_OLD_APIS = ("v0.0.38", "v0.0.39")


def _errors_say_not_found(body: dict[str, Any]) -> bool:
    """A 200 with an error and no ``nodes`` key: how v0.0.40+ say "no such node"."""
    return "nodes" not in body and any(isinstance(e, dict) for e in body.get("errors") or [])


def default_partition_setting(cmd: Command) -> Optional[str]:
    value = setting(cmd.sess, "default_partition")
    return str(value) if value else None


def mark_default(cmd: Command, parts: list[Partition], everything: Optional[int]) -> None:
    """Give back the DEFAULT flag the v0.0.39..v0.0.44 parsers leave out."""
    if not parts or any(p.flags_known for p in parts):
        return
    name = default_partition_setting(cmd)
    if name is None and everything == 1 and len(parts) == 1:
        name = parts[0].name
    for part in parts:
        if part.name == name:
            part.flags |= PART_FLAG_DEFAULT


def load_partitions(cmd: Command) -> list[Partition]:
    p = cmd.params
    sess = cmd.sess
    api = sess.api
    params: Optional[list[str]] = None
    if api not in _OLD_APIS and not p.all_flag:
        params = ["LOCAL"]
    body = sess.request("GET", "/slurm/{v}/partitions" + flags_query(params))
    parts = partitions_from_response(body)
    everything: Optional[int] = len(parts)
    if params is not None:
        everything = None  # the filtered list says nothing about the cluster
    if api == "v0.0.38" and not p.all_flag:
        parts = [x for x in parts if not x.flags & PART_FLAG_HIDDEN]
    if parts and not parts[0].flags_known and everything is None:
        try:
            everything = len(partitions_from_response(sess.request("GET", "/slurm/{v}/partitions")))
        except SlurmError:
            everything = None
    mark_default(cmd, parts, everything)
    return parts


def load_nodes(cmd: Command) -> list[Node]:
    p = cmd.params
    sess = cmd.sess
    api = sess.api
    params: Optional[list[str]] = None
    if api not in _OLD_APIS:
        params = ["MIXED"]
        if p.all_flag:
            params.insert(0, "ALL")
        if "gres_used" in p.match:
            params.append("DETAIL")
        if p.future_flag:
            params.append("FUTURE")
    if p.node_name_single and p.nodes:
        try:
            body = sess.request(
                "GET", "/slurm/{v}/node/" + quote(p.nodes, safe="") + flags_query(params)
            )
        except SlurmError as exc:
            if exc.errno == ESLURM_INVALID_NODE_NAME or exc.status == 404:
                return []
            raise
        if _errors_say_not_found(body):
            return []
        return nodes_from_response(body)
    return nodes_from_response(sess.request("GET", "/slurm/{v}/nodes" + flags_query(params)))


def flags_query(flags: Optional[list[str]]) -> str:
    """``?flags=A&flags=B``: slurmrestd makes a list of repeated keys (a literal comma
    in the value is refused by 24.11 with "Unable to parse query.")."""
    if not flags:
        return ""
    return "?" + "&".join(f"flags={quote(f, safe='')}" for f in flags)


def load(cmd: Command) -> Optional[tuple[list[Partition], list[Node]]]:
    try:
        parts = load_partitions(cmd)
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        cmd.inv.err.write(f"slurm_load_partitions: {exc.text}\n")
        return None
    try:
        nodes = load_nodes(cmd)
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        cmd.inv.err.write(f"slurm_load_node: {exc.text}\n")
        return None
    return parts, nodes


# --- -T: reservations ---------------------------------------------------------------------
def reservation_report(cmd: Command) -> int:
    from slurm_proxy.adapters.noval import text, timestamp

    try:
        body = cmd.sess.request("GET", "/slurm/{v}/reservations")
    except SlurmError as exc:
        if exc.kind in ("config", "auth", "connect", "timeout", "tls"):
            raise
        cmd.inv.err.write(f"slurm_load_reservations: {exc.text}\n")
        return 1
    resvs = [r for r in body.get("reservations") or [] if isinstance(r, dict)]
    if not resvs:
        cmd.out("No reservations in the system\n")
        return 0
    width = 9
    env = cmd.inv.env
    lines = []
    if not cmd.params.no_header:
        for r in resvs:
            width = max(width, len(text(r.get("name")) or ""))
        lines.append(
            f"{'RESV_NAME':<{width}}  {'STATE':>8}  {'START_TIME':>19}  "
            f"{'END_TIME':>19}  {'DURATION':>11}  NODELIST\n"
        )
    now = int(time.time())
    for r in resvs:
        start = timestamp(r.get("start_time"))
        end = timestamp(r.get("end_time"))
        state = "ACTIVE" if start <= now <= end else "INACTIVE"
        name = text(r.get("name")) or "(null)"
        nodes = text(r.get("node_list")) or "(null)"
        lines.append(
            f"{name:<{width}}  {state:>8}  "
            f"{timefmt.make_time_str(start, env):>19}  "
            f"{timefmt.make_time_str(end, env):>19}  "
            f"{timefmt.secs2time_str(end - start):>11}  {nodes}\n"
        )
    cmd.out("".join(lines))
    return 0


# --- --json / --yaml ----------------------------------------------------------------------
def _noval(value: int, bits: int = 32) -> dict[str, Any]:
    no_val = (1 << bits) - 2
    infinite = (1 << bits) - 1
    if value == infinite:
        return {"set": False, "infinite": True, "number": 0}
    if value == no_val:
        return {"set": False, "infinite": False, "number": 0}
    return {"set": True, "infinite": False, "number": value}


def _group_json(cmd: Command, g: Group) -> dict[str, Any]:
    from . import nodestate

    rel = cmd.release
    state = [nodestate.base_name(g.node_state)] + nodestate.flag_names(g.node_state, rel)
    raw_part = g.part.raw if g.part is not None else {}
    return {
        "port": g.port,
        "node": {"state": state if g.nodes_total else []},
        "nodes": {
            "allocated": g.nodes_alloc,
            "idle": g.nodes_idle,
            "other": g.nodes_other,
            "total": g.nodes_total,
            "hostnames": list(g.hostnames),
            "addresses": list(g.node_addr),
            "nodes": list(g.nodes),
        },
        "cpus": {
            "allocated": g.cpus_alloc,
            "idle": g.cpus_idle,
            "other": g.cpus_other,
            "total": g.cpus_total,
            "minimum": g.min_cpus,
            "maximum": g.max_cpus,
            "load": {"minimum": g.min_cpu_load, "maximum": g.max_cpu_load},
            "per_node": {"max": _noval(g.max_cpus_per_node)},
        },
        "sockets": {"minimum": g.min_sockets, "maximum": g.max_sockets},
        "cores": {"minimum": g.min_cores, "maximum": g.max_cores},
        "threads": {"minimum": g.min_threads, "maximum": g.max_threads},
        "disk": {"minimum": g.min_disk, "maximum": g.max_disk},
        "memory": {
            "minimum": g.min_mem,
            "maximum": g.max_mem,
            "free": {"minimum": _noval(g.min_free_mem, 64), "maximum": _noval(g.max_free_mem, 64)},
            "allocated": g.alloc_memory,
        },
        "weight": {"minimum": g.min_weight, "maximum": g.max_weight},
        "features": {"total": g.features or "", "active": g.features_act or ""},
        "gres": {"total": g.gres or "", "used": g.gres_used or ""},
        "cluster": g.cluster_name or "",
        "comment": g.comment or "",
        "extra": g.extra or "",
        "reason": {
            "description": g.reason or "",
            "time": g.reason_time,
            "user": g.reason_user or "",
        },
        "reservation": g.resv_name or "",
        "partition": raw_part,
    }


def dump(cmd: Command, parts: list[Partition], nodes: list[Node], groups: list[Group]) -> int:
    meta: dict[str, Any] = {}
    try:
        meta = {
            "plugin": {
                "type": "",
                "name": "",
                "data_parser": cmd.params.data_parser or f"data_parser/{cmd.sess.api}",
                "accounting_storage": "",
            },
            "client": {"source": "", "user": cmd.sess.user, "group": ""},
            "command": [_prog_argv(cmd)],
            "slurm": {
                "version": dict(zip(("major", "minor", "micro"), (str(x) for x in cmd.release))),
                "release": cmd.release_text,
                "cluster": "",
            },
        }
    except SlurmError:
        pass
    doc = {
        "sinfo": [_group_json(cmd, g) for g in groups],
        "meta": meta,
        "errors": [],
        "warnings": [],
    }
    if cmd.params.mimetype == "yaml":
        cmd.out(_yaml(doc))
    else:
        cmd.out(json.dumps(doc, indent=2) + "\n")
    return 0


def _prog_argv(cmd: Command) -> str:
    return " ".join(["sinfo", *cmd.inv.argv])


def _yaml(doc: Any, indent: int = 0) -> str:
    """A small YAML emitter (block style), enough for sinfo's document."""
    pad = "  " * indent
    if isinstance(doc, dict):
        if not doc:
            return "{}\n"
        out = []
        for key, value in doc.items():
            if isinstance(value, (dict, list)) and value:
                out.append(f"{pad}{key}:\n{_yaml(value, indent + 1)}")
            else:
                out.append(f"{pad}{key}: {_scalar(value)}\n")
        return "".join(out)
    if isinstance(doc, list):
        out = []
        for value in doc:
            if isinstance(value, (dict, list)) and value:
                body = _yaml(value, indent + 1)
                out.append(f"{pad}- {body.lstrip()}")
            else:
                out.append(f"{pad}- {_scalar(value)}\n")
        return "".join(out)
    return f"{pad}{_scalar(doc)}\n"


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (dict, list)):
        return "{}" if isinstance(value, dict) else "[]"
    return json.dumps(str(value))
