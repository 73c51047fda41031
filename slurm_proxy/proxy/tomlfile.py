"""Set keys of one table of a TOML file, keeping everything else (comments included).

The standard library reads TOML but does not write it.  ``config init`` changes a
handful of string and boolean keys in one table (the top level, or
``[profiles.NAME]``); it edits those lines in place, and then proves the edit by
parsing the result: it must equal the old document with exactly the requested
changes.  When the file is laid out in a way the line editor does not handle
(dotted keys, multi-line values, inline ``profiles = {...}``), the document is
written out again from its parsed form instead; comments are then lost, and the
caller says so.
"""

from __future__ import annotations

import copy
import datetime
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Optional

_BARE = re.compile(r"^[A-Za-z0-9_-]+$")
_HEADER = re.compile(r"^\s*\[\[?\s*(.+?)\s*\]\]?\s*(#.*)?$")


def loads(text: str) -> dict[str, Any]:
    try:
        import tomllib  # type: ignore[import-not-found,unused-ignore]  # novermin
    except ImportError:  # Python < 3.11
        import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]
    return dict(tomllib.loads(text))


# -- writing values -------------------------------------------------------------------------
def _string(value: str) -> str:
    out = ['"']
    for ch in value:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def key(name: str) -> str:
    return name if _BARE.match(name) else _string(name)


def value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, (datetime.datetime, datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, Mapping):
        return "{" + ", ".join(f"{key(k)} = {value(x)}" for k, x in v.items()) + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x) for x in v) + "]"
    raise TypeError(f"cannot write {type(v).__name__} to TOML")


def dumps(doc: Mapping[str, Any], header: str = "") -> str:
    """A whole document: plain keys first, then one ``[table]`` per nested mapping."""
    lines: list[str] = [header] if header else []

    def table(path: Sequence[str], data: Mapping[str, Any]) -> None:
        plain = [(k, v) for k, v in data.items() if not isinstance(v, Mapping)]
        nested = [(k, v) for k, v in data.items() if isinstance(v, Mapping)]
        if path and (plain or not nested):
            if lines:
                lines.append("")
            lines.append("[" + ".".join(key(p) for p in path) + "]")
        lines.extend(f"{key(k)} = {value(v)}" for k, v in plain)
        for k, v in nested:
            table([*path, k], v)

    table([], doc)
    return "\n".join(lines) + "\n"


# -- editing one table in place -----------------------------------------------------------------
def _header_path(text: str) -> Optional[tuple[str, ...]]:
    parts: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in " \t.":
            i += 1
            continue
        if ch in "\"'":
            end = text.find(ch, i + 1)
            if end < 0:
                return None
            parts.append(text[i + 1 : end])
            i = end + 1
            continue
        m = re.match(r"[A-Za-z0-9_-]+", text[i:])
        if not m:
            return None
        parts.append(m.group(0))
        i += len(m.group(0))
    return tuple(parts)


def _edit(text: str, path: tuple[str, ...], updates: Mapping[str, Any]) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    headers = [i for i, line in enumerate(lines) if _HEADER.match(line)]
    if not path:
        start, end = 0, headers[0] if headers else len(lines)
    else:
        start = -1
        for i in headers:
            m = _HEADER.match(lines[i])
            if m and not lines[i].lstrip().startswith("[[") and _header_path(m.group(1)) == path:
                start = i + 1
                break
        if start < 0:  # a new table at the end
            new = [v for v in updates.values() if v is not None]
            if not new:
                return "".join(lines)
            block = [
                "\n" if lines and lines[-1].strip() else "",
                "[" + ".".join(key(p) for p in path) + "]\n",
            ]
            block += [f"{key(k)} = {value(v)}\n" for k, v in updates.items() if v is not None]
            return "".join(lines + block)
        end = next((i for i in headers if i >= start), len(lines))
    for name, new_value in updates.items():
        pattern = re.compile(r"^\s*(" + re.escape(name) + '|"' + re.escape(name) + '")\\s*=')
        at = next((i for i in range(start, end) if pattern.match(lines[i])), None)
        if at is not None:
            if new_value is None:
                del lines[at]
                end -= 1
            else:
                lines[at] = f"{key(name)} = {value(new_value)}\n"
            continue
        if new_value is None:
            continue
        settings = [
            i
            for i in range(start, end)
            if lines[i].strip() and not lines[i].lstrip().startswith("#")
        ]
        where = settings[-1] + 1 if settings else start
        if not settings and not path:  # top of a file that has only comments/tables
            where = start
            while where < end and lines[where].lstrip().startswith("#"):
                where += 1
        lines.insert(where, f"{key(name)} = {value(new_value)}\n")
        end += 1
        if not settings and not path and where + 1 < len(lines) and lines[where + 1].strip():
            lines.insert(where + 1, "\n")
            end += 1
    return "".join(lines)


def expected(
    doc: Mapping[str, Any], path: tuple[str, ...], updates: Mapping[str, Any]
) -> dict[str, Any]:
    out = copy.deepcopy(dict(doc))
    table = out
    for part in path:
        table = table.setdefault(part, {})
        if not isinstance(table, dict):
            raise ValueError(f"[{'.'.join(path)}] is not a table in the existing file")
    for name, new_value in updates.items():
        if new_value is None:
            table.pop(name, None)
        else:
            table[name] = new_value
    return out


def update(
    text: str, path: tuple[str, ...], updates: Mapping[str, Any], header: str = ""
) -> tuple[str, bool]:
    """(new text, comments kept) after setting ``updates`` (None deletes) in ``path``.

    ``text`` must be valid TOML (ValueError otherwise).
    """
    old = loads(text)
    want = expected(old, path, updates)
    edited = _edit(text if text.strip() else header, path, updates)
    try:
        if loads(edited) == want:
            return edited, True
    except ValueError:
        pass
    return dumps(want, header), not text.strip()
