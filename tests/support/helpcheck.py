"""Differential check for ``--help``/``--usage`` and the usage texts that go with errors.

slurm-proxy writes these texts itself (Slurm's are GPL prose, and slurm-proxy lists
only what it supports), so they are not compared byte for byte.  Compared instead:

- the exit code, stderr (e.g. squeue's ``Unrecognized option`` line that comes with a
  usage text), and which of stdout/stderr is written;
- slurm-proxy's text names exactly the options it supports on the cluster's release
  (``slurm_proxy.<prog>.help.option_table``: what ``--help`` lists, ``--usage``
  names), each as ``--name`` or its short letter;
- every long option slurm-proxy names is one the real command of that release
  accepts: named in the real ``--help``/``--usage`` (perhaps abbreviated, as the real
  squeue writes ``--account`` for ``--accounts``), or else not refused by the real
  getopt when tried (``prog --name[=1] --usage``: getopt reports an unknown option
  before ``--usage`` is acted on).

    from tests.support.helpcheck import check_help
    check_help(cluster, "squeue", ["--help"])
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Optional

from slurm_proxy.common.getopt import REQUIRED_ARGUMENT
from tests.support.diff import Result, run_proxy, run_real

_LONG = re.compile(r"--([A-Za-z][A-Za-z0-9-]*)")
# --usage words start a line or follow a space (not "-N N[-MAX]")
_USAGE_LONG = re.compile(r"(?<!\S)\[--([A-Za-z0-9-]+)")
_USAGE_SHORT = re.compile(r"(?<!\S)\[-([A-Za-z0-9])[ \[]")
_USAGE_FLAGS = re.compile(r"(?<!\S)\[-([A-Za-z0-9]+)\]")

_real_names: dict[tuple[str, str], set[str]] = {}


def release_of(cluster: object) -> tuple[int, int]:
    major, minor = cluster.release.split(".")[:2]  # type: ignore[attr-defined]
    return int(major), int(minor)


def listed(text: str, letters: dict[str, str]) -> set[str]:
    """The options a help or usage text names: long names, and ``-x`` for an option
    known by its short letter only (``letters``: short letter -> its long name)."""
    found: set[str] = set()
    for line in text.splitlines():
        if line.startswith("  -") or line.startswith("      --"):  # a --help option line
            left = re.split(r"\s{2,}", line.strip())[0]
            m = _LONG.search(left)
            found.add(m.group(1) if m else left.split()[0])
    found |= set(_USAGE_LONG.findall(text))
    shorts = _USAGE_SHORT.findall(text) + [c for g in _USAGE_FLAGS.findall(text) for c in g]
    found |= {letters.get(c) or f"-{c}" for c in shorts}
    return found


def real_names(cluster: object, prog: str) -> set[str]:
    """Every ``--name`` the real command's --help and --usage texts mention."""
    key = (cluster.release, prog)  # type: ignore[attr-defined]
    if key not in _real_names:
        names: set[str] = set()
        for flag in ("--help", "--usage"):
            r = run_real(cluster, prog, [flag])
            names |= set(_LONG.findall(r.stdout))
        _real_names[key] = names
    return _real_names[key]


def real_accepts(cluster: object, prog: str, name: str, has_arg: int) -> bool:
    """The real getopt takes ``--name`` (it names no option before ``--usage`` acts)."""
    word = f"--{name}=1" if has_arg == REQUIRED_ARGUMENT else f"--{name}"
    r = run_real(cluster, prog, [word, "--usage"])
    return f"'--{name}'" not in r.stderr and f"'--{name}=" not in r.stderr


def check_help(
    cluster: object,
    prog: str,
    argv: Sequence[str],
    *,
    env: Optional[dict[str, str]] = None,
    real: Optional[Result] = None,
) -> Result:
    """Run ``prog argv`` both ways and check as described above; the proxy's result."""
    real = real or run_real(cluster, prog, argv)
    proxy = run_proxy(cluster, prog, argv, env=env)
    where = f"{prog} {' '.join(argv)} on {cluster.release}"  # type: ignore[attr-defined]
    shape = (proxy.rc, bool(proxy.stdout), proxy.stderr)
    assert shape == (real.rc, bool(real.stdout), real.stderr), (
        f"{where}\n=== proxy\n{proxy}\n=== real\n{real}"
    )
    if not proxy.stdout:
        return proxy
    assert proxy.stdout.startswith(f"Usage: {prog} "), f"{where}\n{proxy.stdout}"
    table = importlib.import_module(f"slurm_proxy.{prog}.help").option_table(release_of(cluster))
    supported = {o.name or f"-{o.short}" for o in table if o.supported}
    letters = {o.short: o.name for o in table if o.short and o.name}
    assert listed(proxy.stdout, letters) == supported, f"{where}\n{proxy.stdout}"
    known = real_names(cluster, prog)
    # the real texts may abbreviate (--account for --accounts); a name that is an
    # option of its own (--help) is no abbreviation
    prefixes = known - {n for o in table for n in o.names}
    for o in table:
        if not o.supported or not o.name:
            continue
        if o.name in known or any(o.name.startswith(k) for k in prefixes):
            continue
        assert real_accepts(cluster, prog, o.name, o.has_arg), (
            f"{where}: slurm-proxy names --{o.name}, the real {prog} does not accept it"
        )
    return proxy
