"""sinfo: node and partition summaries, printed like the real ``sinfo`` of the server's
release (``src/sinfo/{opts,sinfo,print,sort}.c``).

Data comes from ``GET /slurm/<v>/partitions`` and ``/nodes`` (``/node/{name}`` for a
single ``-n`` node), with the same show flags the real command asks for where the API
takes them (v0.0.40+).  What the REST API cannot tell is documented where it is used
(:mod:`slurm_proxy.sinfo.query`).
"""

from __future__ import annotations

import time
from typing import Any, Optional

from slurm_proxy.cli import Invocation, entry
from slurm_proxy.common.conn import (
    Conn,
    UnknownClusters,
    clusters_from_env,
    first_profile,
    prescan_clusters,
    resolve_clusters,
    version_line,
)
from slurm_proxy.common.getopt import (
    NO_ARGUMENT,
    OPTIONAL_ARGUMENT,
    REQUIRED_ARGUMENT,
    Getopt,
    LongOpt,
    UsageError,
)
from slurm_proxy.errors import SlurmError

from .build import (
    Group,
    Params,
    StateListError,
    build_state_list,
    field_sizes,
    group_nodes,
    sort_groups,
)
from .build import node_state_list as _node_state_list
from .fields import (
    PRINTERS,
    Ctx,
    help_format,
    help_long_format,
    now_date,
    parse_format,
    parse_long_format,
)

PROG = "sinfo"


class _Exit(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def parse_release(text: Optional[str]) -> tuple[int, ...]:
    out = []
    for part in (text or "").split(".")[:3]:
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        out.append(int(digits) if digits else 0)
    while len(out) < 3:
        out.append(0)
    return tuple(out)


def _atoi(text: str) -> int:
    text = text.lstrip(" \t\n\v\f\r")
    sign = 1
    if text[:1] in "+-" and text[:1]:
        sign = -1 if text[0] == "-" else 1
        text = text[1:]
    digits = ""
    for ch in text:
        if not ch.isdigit():
            break
        digits += ch
    value = sign * int(digits) if digits else 0
    return max(min(value, 2**31 - 1), -(2**31))


def _options(release: tuple[int, ...]) -> tuple[str, list[LongOpt]]:
    new = release >= (23, 2)
    shortopts = "adeFhi:lM:n:No:O:p:rRsS:t:TvV" if new else "adehi:lM:n:No:O:p:rRsS:t:TvV"
    json_arg = OPTIONAL_ARGUMENT if release >= (23, 11) else NO_ARGUMENT
    longs = []
    if new:
        longs.append(LongOpt("autocomplete", REQUIRED_ARGUMENT, "autocomp"))
    longs += [
        LongOpt("all", NO_ARGUMENT, "a"),
        LongOpt("dead", NO_ARGUMENT, "d"),
        LongOpt("exact", NO_ARGUMENT, "e"),
        LongOpt("federation", NO_ARGUMENT, "federation"),
    ]
    if new:
        longs.append(LongOpt("future", NO_ARGUMENT, "F"))
    longs.append(LongOpt("help", NO_ARGUMENT, "help"))
    if release >= (24, 5):
        longs += [
            LongOpt("helpformat", NO_ARGUMENT, "helpformat"),
            LongOpt("helpFormat", NO_ARGUMENT, "helpFormat"),
            LongOpt("helpstate", NO_ARGUMENT, "helpstate"),
        ]
    longs += [
        LongOpt("hide", NO_ARGUMENT, "hide"),
        LongOpt("iterate", REQUIRED_ARGUMENT, "i"),
        LongOpt("local", NO_ARGUMENT, "local"),
        LongOpt("long", NO_ARGUMENT, "l"),
        LongOpt("cluster", REQUIRED_ARGUMENT, "M"),
        LongOpt("clusters", REQUIRED_ARGUMENT, "M"),
        LongOpt("nodes", REQUIRED_ARGUMENT, "n"),
        LongOpt("noconvert", NO_ARGUMENT, "noconvert"),
        LongOpt("noheader", NO_ARGUMENT, "h"),
        LongOpt("Node", NO_ARGUMENT, "N"),
        LongOpt("format", REQUIRED_ARGUMENT, "o"),
        LongOpt("Format", REQUIRED_ARGUMENT, "O"),
        LongOpt("partition", REQUIRED_ARGUMENT, "p"),
        LongOpt("responding", NO_ARGUMENT, "r"),
        LongOpt("list-reasons", NO_ARGUMENT, "R"),
        LongOpt("summarize", NO_ARGUMENT, "s"),
        LongOpt("sort", REQUIRED_ARGUMENT, "S"),
        LongOpt("states", REQUIRED_ARGUMENT, "t"),
        LongOpt("reservation", NO_ARGUMENT, "T"),
        LongOpt("usage", NO_ARGUMENT, "usage"),
        LongOpt("verbose", NO_ARGUMENT, "v"),
        LongOpt("version", NO_ARGUMENT, "V"),
        LongOpt("json", json_arg, "json"),
        LongOpt("yaml", json_arg, "yaml"),
    ]
    return shortopts, longs


def _part_list(text: str) -> list[str]:
    return [p for p in text.split(",") if p]


class Command:
    def __init__(self, inv: Invocation) -> None:
        self.inv = inv
        self.params = Params()
        self._sess: Any = None
        self.release: tuple[int, ...] = (26, 5, 0)
        self.release_text = ""
        shortopts, longs = _options(self.release)
        self.cluster_arg = prescan_clusters(PROG, inv.argv, inv.env, shortopts, longs)

    # -- server ------------------------------------------------------------------------
    @property
    def sess(self) -> Any:
        if self._sess is None:
            from slurm_proxy.session import Session

            self._sess = Session.open(self.inv, cluster=first_profile(self.inv, self.cluster_arg))
        return self._sess

    def learn_release(self) -> None:
        try:
            self.release_text = self.sess.release
        except SlurmError:
            self.release_text = ""
            return
        self.release = parse_release(self.release_text)

    def out(self, text: str) -> None:
        self.inv.out.write(text)

    def error(self, text: str) -> None:
        self.inv.err.write(f"{PROG}: error: {text}\n")

    # -- options -----------------------------------------------------------------------
    def parse(self) -> None:
        p = self.params
        env = self.inv.env
        rel = self.release
        opt_a = opt_p = env_a = env_p = False
        if "SINFO_ALL" in env:
            env_a = True
            p.all_flag = True
        if "SINFO_FUTURE" in env and rel >= (23, 2):
            p.future_flag = True
        if "SINFO_PARTITION" in env:
            env_p = True
            p.part_list = _part_list(env["SINFO_PARTITION"])
            p.all_flag = True
        if env_a and env_p:
            self.error(
                "Conflicting options, SINFO_ALL and SINFO_PARTITION, specified. "
                "Please choose one or the other."
            )
            raise _Exit(1)
        if "SINFO_SORT" in env:
            p.sort = env["SINFO_SORT"]
        if "SLURM_CLUSTERS" in env:
            p.clusters = env["SLURM_CLUSTERS"]
        shortopts, longs = _options(rel)
        long_form = False
        parser = Getopt(PROG, self.inv.argv, shortopts, longs)
        try:
            for opt in parser:
                long_form = self._option(opt.val, opt.arg, long_form) or long_form
                if opt.val == "a":
                    opt_a = True
                if opt.val == "p":
                    opt_p = True
        except UsageError as exc:
            self.inv.err.write(exc.message + "\n")
            self.inv.err.write(f'Try "{PROG} --help" for more information\n')
            raise _Exit(1) from None
        if p.long_output and p.format is not None:
            self.inv.err.write(
                f"{PROG}: fatal: Options -o(--format) and -l(--long) are "
                "mutually exclusive. Please remove one and retry.\n"
            )
            raise _Exit(1)
        if opt_a and opt_p:
            self.error("Conflicting options, -a and -p, specified. Please choose one or the other.")
            raise _Exit(1)
        self._default_format(long_form)
        if p.list_reasons and p.state_list is None:
            p.states = "down,fail,drain"
            p.state_list = build_state_list(p.states, p, rel)
        p.filtering = bool(
            p.dead_nodes or p.nodes or p.part_list or p.responding_nodes or p.state_list
        )

    def _option(self, val: str, arg: Optional[str], long_form: bool) -> bool:
        p = self.params
        rel = self.release
        if val == "a":
            p.part_list = None
            p.all_flag = True
        elif val == "d":
            p.dead_nodes = True
        elif val == "e":
            p.exact_match = True
        elif val == "F":
            p.future_flag = True
        elif val == "h":
            p.no_header = True
        elif val == "i":
            p.iterate = _atoi(arg or "")
            if p.iterate <= 0:
                self.error(f"Error: invalid entry for --iterate={arg}")
                raise _Exit(1)
        elif val == "l":
            p.long_output = True
        elif val == "M":
            p.clusters = arg
        elif val == "noconvert":
            p.no_convert = True
        elif val == "n":
            self._nodes(arg or "")
        elif val == "N":
            p.node_flag = True
        elif val == "o":
            p.format = arg
        elif val == "O":
            p.format = arg
            return True
        elif val == "p":
            p.part_list = _part_list(arg or "")
            p.all_flag = True
        elif val == "r":
            p.responding_nodes = True
        elif val == "R":
            p.list_reasons = True
        elif val == "s":
            p.summarize = True
        elif val == "S":
            p.sort = arg
        elif val == "t":
            p.states = arg
            try:
                p.state_list = build_state_list(arg or "", p, rel)
            except StateListError as exc:
                self.error(f'Bad state string: "{exc.bad}"')
                self.error(f"valid states: {_node_state_list(rel)}")
                raise _Exit(1) from None
        elif val == "T":
            p.reservation_flag = True
        elif val == "v":
            p.verbose += 1
        elif val == "V":
            self.learn_release()
            if not self.release_text:
                self.sess.release  # raise the real error  # noqa: B018
            self.out(version_line(self.sess, self.release_text))
            raise _Exit(0)
        elif val == "help":
            from .help import help_text

            self.out(help_text(rel))
            raise _Exit(0)
        elif val == "usage":
            from .help import usage_text

            self.out(usage_text(rel))
            raise _Exit(0)
        elif val == "hide":
            p.all_flag = False
        elif val in ("local", "federation"):
            pass
        elif val in ("json", "yaml"):
            p.mimetype = val
            p.data_parser = arg
            p.fmt.match.add("gres_used")
        elif val == "autocomp":
            self._autocomplete(arg or "")
            raise _Exit(0)
        elif val == "helpformat":
            self.out(help_format(rel))
            raise _Exit(0)
        elif val == "helpFormat":
            self.out(help_long_format(rel))
            raise _Exit(0)
        elif val == "helpstate":
            self.out(_node_state_list(rel).replace(",", "\n") + "\n")
            raise _Exit(0)
        return False

    def _autocomplete(self, text: str) -> None:
        """suggest_completion(): the long options starting with the given text."""
        _, longs = _options(self.release)
        for opt in longs:
            if opt.name.startswith(text.lstrip("-")):
                suffix = "=" if opt.has_arg == REQUIRED_ARGUMENT else ""
                self.out(f"--{opt.name}{suffix}\n")

    def _nodes(self, arg: str) -> None:
        from slurm_proxy.common import hostlist

        p = self.params
        try:
            names = hostlist.expand(arg)
        except hostlist.HostlistError:
            names = []
        if not names:
            self.error(f"'{arg}' invalid entry for --nodes")
            raise _Exit(1)
        p.nodes = arg
        p.node_name_single = len(names) == 1
        if p.node_name_single:
            p.nodes = names[0]

    def _default_format(self, long_form: bool) -> None:
        p = self.params
        rel = self.release
        fmt = p.format
        if fmt is None:
            p.def_format = True
            long_form = True
            if p.summarize:
                p.part_field_flag = True
                fmt = "partition:9 ,available:.5 ,time:.10 ,nodeaiot:.16 ,nodelist:0"
            elif p.node_flag:
                p.node_field_flag = True
                p.part_field_flag = True
                fmt = (
                    "nodelist:0 ,nodes:.6 ,partition:.9 ,statelong:.11 ,cpus:4 "
                    ",socketcorethread:.8 ,memory:.6 ,disk:.8 ,weight:.6 ,features:.8 "
                    ",reason:20"
                    if p.long_output
                    else "nodelist:0 ,nodes:.6 ,partition:.9 ,statecompact:6"
                )
            elif p.list_reasons:
                fmt = (
                    "reason:20 ,userlong:12 ,timestamp:19 ,statecompact:6 ,nodelist:0"
                    if p.long_output
                    else "reason:20 ,user:9 ,timestamp:19 ,nodelist:0"
                )
            elif "SINFO_FORMAT" in self.inv.env:
                fmt = self.inv.env["SINFO_FORMAT"]
                long_form = False
            else:
                p.part_field_flag = True
                if not p.long_output:
                    fmt = (
                        "partition:9 ,available:.5 ,time:.10 ,nodes:.6 ,statecompact:.6 ,nodelist:0"
                    )
                elif rel >= (23, 2):
                    fmt = (
                        "partition:9 ,available:.5 ,time:.10 ,size:.10 ,root:.4 "
                        ",oversubscribe:.8 ,groups:.10 ,nodes:.6 ,statelong:.11 "
                        ",reservation:.11 ,nodelist:0"
                    )
                else:
                    fmt = (
                        "partition:9 ,available:.5 ,time:.10 ,size:.10 ,root:.4 "
                        ",oversubscribe:.8 ,groups:.10 ,nodes:.6 ,statelong:.11 "
                        ",nodelist:0"
                    )
        extra = set(p.fmt.match)
        if long_form:
            p.fmt = parse_long_format(fmt, rel, PROG)
        else:
            p.fmt = parse_format(fmt, rel)
        p.fmt.match |= extra
        for line in p.fmt.errors:
            self.inv.err.write(line + "\n")

    # -- running -----------------------------------------------------------------------
    def run(self) -> int:
        p = self.params
        rc = 0
        iterations = _max_iterations(self.inv.env)
        count = 0
        clusters: list[tuple[Optional[str], Any]] = [(None, self.sess)]
        if p.clusters:
            from_env = clusters_from_env(self.inv, self.cluster_arg)
            rel = (self.release[0], self.release[1])
            try:
                found = resolve_clusters(
                    self.inv, PROG, p.clusters, from_env, Conn(self.inv, sess=self.sess), rel
                )
            except UnknownClusters:
                return 1
            clusters = [(label, c.sess) for label, c in found]
        while True:
            if not p.no_header and not p.mimetype and (p.iterate or p.verbose or p.long_output):
                self.out(now_date(self.inv.env) + "\n")
            for i, (cluster, sess) in enumerate(clusters):
                if cluster is not None and not p.no_header:
                    if i:
                        self.out("\n")
                    self.out(f"CLUSTER: {cluster}\n")
                self._sess = sess
                if self.show(cluster):
                    rc = 1
            count += 1
            if not p.iterate:
                break
            self.out("\n")
            self.inv.out.flush()
            if iterations and count >= iterations:
                break
            time.sleep(p.iterate)
        return rc

    def show(self, cluster: Optional[str]) -> int:
        from . import query

        p = self.params
        if p.reservation_flag:
            return query.reservation_report(self)
        loaded = query.load(self)
        if loaded is None:
            return 1
        parts, nodes = loaded
        groups = group_nodes(p, parts, nodes, self.release)
        if cluster is not None:
            for g in groups:
                g.cluster_name = cluster
        groups = sort_groups(groups, p)
        if p.mimetype:
            return query.dump(self, parts, nodes, groups)
        ctx = Ctx(params=p, release=self.release, env=self.inv.env)
        ctx.node_field_size, ctx.part_field_size = field_sizes(groups)
        lines = []
        if not p.no_header:
            lines.append(self._line(ctx, None))
        for g in groups:
            lines.append(self._line(ctx, g))
        self.out("".join(lines))
        return 0

    def _line(self, ctx: Ctx, group: Optional[Group]) -> str:
        parts = []
        for item in self.params.fmt.items:
            width = item.width if item.width > 0 else 0
            parts.append(PRINTERS[item.printer](ctx, group, width, item.right))
            if item.suffix is not None:
                parts.append(item.suffix)
        parts.append("\n")
        return "".join(parts)


def _max_iterations(env: dict[str, str]) -> int:
    """Test hook: SLURM_PROXY_SINFO_ITERATIONS stops ``-i`` after that many rounds."""
    try:
        return int(env.get("SLURM_PROXY_SINFO_ITERATIONS", "0"))
    except ValueError:
        return 0


def run(inv: Invocation) -> int:
    cmd = Command(inv)
    try:
        cmd.learn_release()
        cmd.parse()
        return cmd.run()
    except _Exit as stop:
        return stop.code


main = entry(PROG, run)
