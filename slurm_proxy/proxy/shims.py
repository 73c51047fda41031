"""``slurm-proxy shims --dir DIR``: the Slurm commands in a directory of the user's choice.

Galaxy, Pulsar and Arvados take "the directory of the Slurm commands" as a setting;
pip puts our console scripts in the environment's ``bin`` next to python, pip and
everything else.  A shim directory holds only the six commands.

Why small ``/bin/sh`` scripts and not symlinks to the console scripts: both break
when the Python environment is moved (a venv's ``bin/python`` and the console
scripts' ``#!`` line are absolute paths), but they break differently.  A symlink
then dangles, and the calling tool sees ENOENT for a file that is visibly there
("No such file or directory: '/opt/slurm-bin/sbatch'"); a console script fails in
the kernel with "bad interpreter", which Python's subprocess also reports as
ENOENT.  The shim is run by ``/bin/sh``, which is never moved: it checks that
slurm-proxy's Python is still there and otherwise prints one ``sbatch: error:``
line that names the missing interpreter and the fix, and exits 1 like a failing
Slurm command.  It also avoids the ``#!`` length limit that deep venv paths hit.

The shim runs the installed entry point (``slurm_proxy.sbatch:main``, read from
the distribution's metadata) in the same Python that ran ``slurm-proxy shims``,
so the console script and the shim behave identically (the warm agent included).
"""

from __future__ import annotations

import os
import re
import shlex
import sys
import sysconfig
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Optional

from .. import __version__
from ..cli import Invocation

#: the Slurm commands slurm-proxy provides, in the order they are reported
COMMANDS = ("sbatch", "squeue", "scancel", "sinfo", "sacct", "scontrol")

#: every shim's second line; how a file in DIR is recognised as ours
SHIM_MARKER = "# slurm-proxy shim"

_ENTRY = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")


def _distribution() -> Any:
    try:
        from importlib import metadata
    except ImportError:  # pragma: no cover - Python < 3.8
        return None
    for name in ("slurm-proxy", "slurm_proxy"):
        try:
            return metadata.distribution(name)
        except Exception:  # PackageNotFoundError, or a broken metadata directory
            continue
    return None


def entry_points() -> dict[str, str]:
    """Console script name -> ``module:function`` of the installed distribution."""
    found: dict[str, str] = {}
    dist = _distribution()
    if dist is not None:
        for ep in dist.entry_points:
            if ep.group == "console_scripts" and _ENTRY.match(ep.value.replace(" ", "")):
                found[ep.name] = ep.value.replace(" ", "")
    for command in COMMANDS:  # the commands are scripts (bin/), not entry points
        found.setdefault(command, f"slurm_proxy.shim:{command}")
    return found


def installed_scripts() -> dict[str, str]:
    """Console script name -> path of the script pip installed, for the names that exist."""
    names = set(COMMANDS) | {"slurm-proxy"}
    found: dict[str, str] = {}
    dist = _distribution()
    if dist is not None:
        for f in dist.files or ():
            if f.name in names and f.parent.name in ("bin", "Scripts"):
                path = os.path.normpath(os.path.abspath(str(dist.locate_file(f))))
                if os.path.isfile(path):
                    found.setdefault(f.name, path)
    dirs = [sysconfig.get_path("scripts")]
    try:
        dirs.append(sysconfig.get_path("scripts", f"{os.name}_user"))
    except KeyError:
        pass
    for directory in dirs:
        for name in names - set(found):
            path = os.path.join(directory or "", name)
            if directory and os.path.isfile(path):
                found[name] = path
    return found


# -- recognising a command on PATH --------------------------------------------------------
@dataclass(frozen=True)
class Program:
    """One executable called like a Slurm command, and what it is."""

    path: str
    kind: str  # "shim" (ours), "script" (our console script), "elf" (real Slurm?), "other"
    python: Optional[str] = None  # the interpreter it runs, for ours

    @property
    def ours(self) -> bool:
        return self.kind in ("shim", "script")

    def describe(self) -> str:
        if self.kind == "shim":
            return f"{self.path} (slurm-proxy shim)"
        if self.kind == "script":
            return f"{self.path} (slurm-proxy)"
        if self.kind == "elf":
            return f"{self.path} (a compiled program: real Slurm)"
        return f"{self.path} (not slurm-proxy)"


def _head(path: str, size: int = 4096) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def classify(path: str, scripts: Optional[Mapping[str, str]] = None) -> Program:
    head = _head(path)
    if head.startswith(b"\x7fELF"):
        return Program(path, "elf")
    text = head.decode("utf-8", "replace")
    if SHIM_MARKER in text:
        m = re.search(r"^PY=(.*)$", text, re.M)
        python = None
        if m:
            try:
                python = shlex.split(m.group(1))[0]
            except (ValueError, IndexError):
                python = None
        return Program(path, "shim", python)
    real = os.path.realpath(path)
    mine = {os.path.realpath(p) for p in (scripts or {}).values()}
    if real in mine or re.search(r"^from slurm_proxy[\w.]* import ", text, re.M):
        python = None
        first = text.splitlines()[0] if text else ""
        if first.startswith("#!") and "/bin/sh" not in first:
            python = first[2:].strip().split(" ")[0] or None
        return Program(path, "script", python)
    return Program(path, "other")


def on_path(command: str, env: Mapping[str, str]) -> list[str]:
    """Every executable file named ``command`` along PATH, in PATH order, no duplicates."""
    found: list[str] = []
    seen: set[str] = set()
    for directory in (env.get("PATH") or os.defpath).split(os.pathsep):
        path = os.path.join(directory or ".", command)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            key = os.path.realpath(path)
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def same_environment(python: Optional[str], other: Optional[str] = None) -> bool:
    """True when ``python`` is this interpreter's environment (same bin directory).

    Paths are not resolved: every venv's python is a symlink to the same base
    interpreter, and it is the venv (its site-packages) that matters.
    """
    if not python:
        return True
    mine = other or sys.executable
    return os.path.dirname(os.path.normpath(python)) == os.path.dirname(os.path.normpath(mine))


# -- writing shims ------------------------------------------------------------------------
def shim_text(command: str, entry: str, python: str) -> str:
    module, _, func = entry.partition(":")
    code = "\n".join(
        [
            "import sys",
            'if sys.path and sys.path[0] in ("", "."):',
            "    del sys.path[0]  # never import from the working directory of the caller",
            f'sys.argv[0] = "{command}"',
            "try:",
            f"    from {module} import {func} as main",
            "except ImportError as exc:",
            f'    sys.stderr.write("{command}: error: slurm-proxy cannot be imported by " '
            '+ sys.executable + " (" + str(exc) + "); run slurm-proxy shims again\\n")',
            "    sys.exit(1)",
            "sys.exit(main())",
        ]
    )
    assert "'" not in code  # it travels in a single-quoted sh word
    py = shlex.quote(python)
    return (
        "#!/bin/sh\n"
        f"{SHIM_MARKER} for {command} (slurm-proxy {__version__}): runs {entry}.\n"
        "# Written by `slurm-proxy shims`; run it again after moving or re-creating the\n"
        "# Python environment below.\n"
        f"PY={py}\n"
        'if [ ! -x "$PY" ]; then\n'
        f"    echo \"{command}: error: slurm-proxy's Python $PY is missing (environment moved "
        'or removed?); re-create this shim with: slurm-proxy shims --dir DIR" >&2\n'
        "    exit 1\n"
        "fi\n"
        f'exec "$PY" -c \'{code}\' "$@"\n'
    )


def _write_executable(path: str, text: str) -> None:
    directory = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o755)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _is_pip_bin_dir(directory: str, scripts: Mapping[str, str]) -> bool:
    real = os.path.realpath(directory)
    return any(os.path.realpath(os.path.dirname(p)) == real for p in scripts.values())


def install(inv: Invocation, directory: str, force: bool) -> int:
    """Write the six shims into ``directory``; 0, or 1 when something was refused."""
    directory = os.path.normpath(os.path.join(inv.cwd, os.path.expanduser(directory)))
    scripts = installed_scripts()
    if _is_pip_bin_dir(directory, scripts):
        inv.err.write(
            f"slurm-proxy: error: {directory} already holds slurm-proxy's console "
            "scripts (pip installed them there): give that directory to your tool "
            "as it is, or choose another one for the shims\n"
        )
        return 1
    python = os.path.abspath(sys.executable) if sys.executable else ""
    if not python:
        inv.err.write("slurm-proxy: error: cannot tell which Python runs slurm-proxy\n")
        return 1
    entries = entry_points()
    plan: list[tuple[str, str, str]] = []  # (command, path, action)
    refused = []
    for command in COMMANDS:
        path = os.path.join(directory, command)
        text = shim_text(command, entries[command], python)
        if not os.path.lexists(path):
            plan.append((command, path, "created"))
            continue
        existing = classify(path, scripts) if os.path.isfile(path) else Program(path, "other")
        if existing.kind == "shim":
            same = _head(path, 1 << 16).decode("utf-8", "replace") == text
            plan.append((command, path, "unchanged" if same else "updated"))
        elif existing.ours or force:  # e.g. a symlink to our console script
            plan.append((command, path, f"replaced {existing.describe()}"))
        else:
            refused.append(existing)
    if refused:
        for program in refused:
            inv.err.write(
                f"slurm-proxy: error: {program.describe()} exists and is not a "
                "slurm-proxy shim; not replacing it (use --force to replace it)\n"
            )
        inv.err.write("slurm-proxy: nothing was written\n")
        return 1
    try:
        os.makedirs(directory, mode=0o755, exist_ok=True)
    except OSError as exc:
        inv.err.write(f"slurm-proxy: error: cannot create {directory}: {exc.strerror}\n")
        return 1
    for command, path, action in plan:
        if action != "unchanged":
            try:
                _write_executable(path, shim_text(command, entries[command], python))
            except OSError as exc:
                inv.err.write(f"slurm-proxy: error: cannot write {path}: {exc.strerror}\n")
                return 1
        inv.out.write(f"{path}: {action}\n")
    inv.out.write(f"The shims run {python} (slurm-proxy {__version__}).\n")
    missing = [c for c in COMMANDS if not available(c)]
    if missing:
        inv.out.write(
            f"note: this installation has no {', '.join(missing)} yet; "
            "those shims will fail until it does\n"
        )
    path_dirs = [os.path.normpath(p) for p in (inv.env.get("PATH") or "").split(os.pathsep) if p]
    if directory not in path_dirs:
        inv.out.write(
            f"Give {directory} to the tool that runs Slurm commands (Galaxy/Pulsar: "
            "the job runner's environment PATH; Arvados: PATH of "
            "crunch-dispatch-slurm), or prepend it to PATH.\n"
        )
    return 0


def available(command: str) -> bool:
    """True when this installation has the command's package (``slurm_proxy.<command>``)."""
    import importlib

    try:
        module = importlib.import_module(f"slurm_proxy.{command}")
    except Exception:  # absent, or a command still being written
        return False
    return callable(getattr(module, "main", None)) or callable(getattr(module, "run", None))
