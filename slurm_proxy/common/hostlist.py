"""Slurm hostlists: ``node[01-04,07],login1`` <-> host names, the way Slurm does it.

Behaviour follows ``src/common/hostlist.c`` for one-dimensional clusters:

- a name splits into a prefix and a numeric suffix whose width (zero padding) is
  kept; ``node007`` and ``node7`` are different hosts;
- parsing accepts ``prefix[ranges]suffix`` and nested prefix ranges
  (``rack[1-2]node[1-3]``); separators are comma, space, tab and newline;
- :meth:`Hostlist.ranged` compresses in list order (only adjacent ranges merge);
  :func:`compress` first sorts and removes duplicates like a ``hostset`` (prefixes
  compared "naturally", then by number), which is what ``squeue``'s NODELIST shows;
- widths combine when zero padding is not changed (``[8-10]`` with width 1 and 2).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Optional

MAX_RANGE = 1 << 20  # hostlist.c refuses larger single ranges
_SEPARATORS = "\t, \n"


class HostlistError(ValueError):
    """The string is not a valid hostlist expression."""


# -- natural comparison (strnatcmp) -------------------------------------------------------
def _isdigit(c: str) -> bool:
    return "0" <= c <= "9"


def _compare_right(a: str, ai: int, b: str, bi: int) -> int:
    bias = 0
    while True:
        ca = a[ai] if ai < len(a) else ""
        cb = b[bi] if bi < len(b) else ""
        da, db = bool(ca) and _isdigit(ca), bool(cb) and _isdigit(cb)
        if not da and not db:
            return bias
        if not da:
            return -1
        if not db:
            return 1
        if ca < cb:
            bias = bias or -1
        elif ca > cb:
            bias = bias or 1
        ai += 1
        bi += 1


def _compare_left(a: str, ai: int, b: str, bi: int) -> int:
    while True:
        ca = a[ai] if ai < len(a) else ""
        cb = b[bi] if bi < len(b) else ""
        da, db = bool(ca) and _isdigit(ca), bool(cb) and _isdigit(cb)
        if not da and not db:
            return 0
        if not da:
            return -1
        if not db:
            return 1
        if ca < cb:
            return -1
        if ca > cb:
            return 1
        ai += 1
        bi += 1


def strnatcmp(a: str, b: str) -> int:
    """Martin Pool's natural order comparison, as bundled with Slurm."""
    ai = bi = 0
    while True:
        ca = a[ai] if ai < len(a) else ""
        cb = b[bi] if bi < len(b) else ""
        while ca and ca.isspace():
            ai += 1
            ca = a[ai] if ai < len(a) else ""
        while cb and cb.isspace():
            bi += 1
            cb = b[bi] if bi < len(b) else ""
        if ca and cb and _isdigit(ca) and _isdigit(cb):
            if ca == "0" or cb == "0":
                result = _compare_left(a, ai, b, bi)
            else:
                result = _compare_right(a, ai, b, bi)
            if result:
                return result
        if not ca and not cb:
            return 0
        if ca < cb:
            return -1
        if ca > cb:
            return 1
        ai += 1
        bi += 1


# -- ranges -----------------------------------------------------------------------------
@dataclass
class Range:
    prefix: str
    lo: int = 0
    hi: int = 0
    width: int = 0
    single: bool = False  # a name without numeric suffix: prefix is the whole name

    def count(self) -> int:
        return 1 if self.single else self.hi - self.lo + 1

    def names(self) -> Iterator[str]:
        if self.single:
            yield self.prefix
            return
        for i in range(self.lo, self.hi + 1):
            yield f"{self.prefix}{i:0{self.width}d}"

    def numstr(self) -> str:
        if self.single:
            return ""
        text = f"{self.lo:0{self.width}d}"
        if self.lo < self.hi:
            text += f"-{self.hi:0{self.width}d}"
        return text


def _zero_padded(num: int, width: int) -> int:
    return max(width - len(str(num)), 0)


def _width_equiv(n: int, wn: int, m: int, wm: int) -> Optional[int]:
    """The common width of two (number, width) pairs, or None if incompatible."""
    if wn == wm:
        return wn
    npad, nmpad = _zero_padded(n, wn), _zero_padded(n, wm)
    mpad, mnpad = _zero_padded(m, wm), _zero_padded(m, wn)
    if npad != nmpad and mpad != mnpad:
        return None
    if npad != nmpad:
        return wn
    return wm


def _width_combine(h0: Range, h1: Range) -> bool:
    """hostrange_width_combine(): may adjust one of the two widths."""
    w = _width_equiv(h0.lo, h0.width, h1.lo, h1.width)
    if w is None:
        return False
    h0.width = h1.width = w
    return True


def _prefix_cmp(h1: Optional[Range], h2: Optional[Range]) -> int:
    if h1 is None:
        return 1
    if h2 is None:
        return -1
    ret = strnatcmp(h1.prefix, h2.prefix)
    return ret if ret else int(h2.single) - int(h1.single)


def _range_cmp(h1: Range, h2: Range) -> int:
    ret = _prefix_cmp(h1, h2)
    if ret == 0:
        ret = (h1.lo - h2.lo) if _width_combine(h1, h2) else (h1.width - h2.width)
    return ret


def _within_range(h1: Range, h2: Optional[Range]) -> bool:
    if h2 is not None and _prefix_cmp(h1, h2) == 0:
        return not (h1.single or h2.single)
    return False


def split_name(name: str) -> Range:
    """A host name as a one-host range (numeric suffix kept with its width)."""
    idx = len(name)
    while idx > 0 and _isdigit(name[idx - 1]):
        idx -= 1
    if idx == len(name):
        return Range(name, single=True)
    suffix = name[idx:]
    return Range(name[:idx], int(suffix), int(suffix), len(suffix))


def _next_tokens(text: str) -> Iterator[str]:
    """_next_tok(): split on separators, keeping bracketed groups whole."""
    i, n = 0, len(text)
    while True:
        while i < n and text[i] in _SEPARATORS:
            i += 1
        if i >= n:
            return
        start = parse = i
        while True:
            while i < n and text[i] not in _SEPARATORS:
                i += 1
            ob = text.find("[", parse)
            if ob < 0 or ob > i:
                break
            cb = text.find("]", parse)
            if cb < 0 or cb < ob:
                break
            if cb < i:
                parse = cb + 1
                continue
            i = cb
        yield text[start:i]


def _parse_ranges(spec: str) -> list[tuple[int, int, int]]:
    out = []
    for part in spec.split(","):
        lo_s, dash, hi_s = part.partition("-")
        if "x" in part or (dash and hi_s.startswith("-")):
            raise HostlistError(f"Invalid range: `{part}'")
        if not lo_s.isdigit() or (dash and hi_s and not hi_s.isdigit()):
            raise HostlistError(f"Invalid range: `{part}'")
        lo = int(lo_s)
        hi = int(hi_s) if hi_s else lo
        if lo > hi:
            raise HostlistError(f"Invalid range: `{part}'")
        if hi - lo + 1 > MAX_RANGE:
            raise HostlistError(f"Too many hosts in range `{part}'")
        out.append((lo, hi, len(lo_s)))
    return out


class Hostlist:
    """An ordered list of host ranges (hostlist_t)."""

    def __init__(self, text: Optional[str] = None) -> None:
        self.ranges: list[Range] = []
        if text:
            self.push(text)

    # -- building ---------------------------------------------------------------------
    def push_range(self, hr: Range) -> None:
        tail = self.ranges[-1] if self.ranges else None
        if (
            tail is not None
            and not hr.single
            and not tail.single
            and tail.hi == hr.lo - 1
            and _prefix_cmp(tail, hr) == 0
            and _width_combine(tail, hr)
        ):
            tail.hi = hr.hi
        else:
            self.ranges.append(Range(hr.prefix, hr.lo, hr.hi, hr.width, hr.single))

    def push_host(self, name: str) -> None:
        self.push_range(split_name(name))

    def _push_hr(self, prefix: str, suffix: Optional[str], lo: int, hi: int, width: int) -> None:
        if suffix:
            for i in range(lo, hi + 1):
                self.push_range(Range(f"{prefix}{i:0{width}d}{suffix}", single=True))
        else:
            self.push_range(Range(prefix, lo, hi, width))

    def _push_range_list(
        self, prefix: str, suffix: Optional[str], ranges: list[tuple[int, int, int]]
    ) -> None:
        ob = prefix.rfind("[")
        cb = prefix.find("]", ob) if ob >= 0 else -1
        if ob >= 0 and cb >= 0:
            head, spec, tail = prefix[:ob], prefix[ob + 1 : cb], prefix[cb + 1 :]
            for lo, hi, width in _parse_ranges(spec):
                for j in range(lo, hi + 1):
                    self._push_range_list(f"{head}{j:0{width}d}{tail}", suffix, ranges)
            return
        for lo, hi, width in ranges:
            self._push_hr(prefix, suffix, lo, hi, width)

    def push(self, text: str) -> None:
        """Append a hostlist expression; raises HostlistError when malformed."""
        for tok in _next_tokens(text):
            ob = tok.rfind("[")
            if ob < 0:
                self.push_host(tok)
                continue
            prefix, rest = tok[:ob], tok[ob + 1 :]
            cb = rest.find("]")
            if cb < 0:
                raise HostlistError(f"invalid hostlist `{text}'")
            suffix = rest[cb + 1 :] or None
            if suffix is not None and suffix.startswith(","):
                suffix = None
            self._push_range_list(prefix, suffix, _parse_ranges(rest[:cb]))

    # -- reading ------------------------------------------------------------------------
    def __iter__(self) -> Iterator[str]:
        for hr in self.ranges:
            yield from hr.names()

    def __len__(self) -> int:
        return sum(hr.count() for hr in self.ranges)

    def uniq(self) -> None:
        """hostlist_uniq(): sort ranges and merge overlaps and neighbours."""
        if len(self.ranges) <= 1:
            return
        self.ranges.sort(key=functools.cmp_to_key(_range_cmp))
        i = 1
        while i < len(self.ranges):
            h1, h2 = self.ranges[i - 1], self.ranges[i]
            if _join(h1, h2) >= 0:
                del self.ranges[i]
            else:
                i += 1

    def ranged(self, brackets: bool = True) -> str:
        """hostlist_ranged_string(): ``prefix[a-b,c]`` groups, in list order."""
        out = []
        i, n = 0, len(self.ranges)
        while i < n:
            hr = self.ranges[i]
            nxt = self.ranges[i + 1] if i + 1 < n else None
            bracket = brackets and (hr.count() > 1 or _within_range(hr, nxt))
            parts = [hr.numstr()]
            i += 1
            while i < n and _within_range(self.ranges[i], self.ranges[i - 1]):
                parts.append(self.ranges[i].numstr())
                i += 1
            body = ",".join(parts)
            out.append(f"{hr.prefix}[{body}]" if bracket else f"{hr.prefix}{body}")
        return ",".join(out)


def _join(h1: Range, h2: Range) -> int:
    """hostrange_join(): merge h2 into h1; -1 when they cannot be merged."""
    if _prefix_cmp(h1, h2) == 0 and _width_combine(h1, h2):
        if h1.single and h2.single:
            return 1
        if h1.hi == h2.lo - 1:
            h1.hi = h2.hi
            return 0
        if h1.hi >= h2.lo:
            if h1.hi < h2.hi:
                dup = h1.hi - h2.lo + 1
                h1.hi = h2.hi
                return dup
            return h2.count()
    return -1


def expand(text: Optional[str]) -> list[str]:
    """All host names of a hostlist expression, in order (duplicates kept)."""
    return list(Hostlist(text)) if text else []


def compress(hosts: Iterable[str] | str, sort: bool = True) -> str:
    """The ranged string of host names (sorted and de-duplicated like a hostset)."""
    hl = Hostlist()
    if isinstance(hosts, str):
        hl.push(hosts)
    else:
        for name in hosts:
            hl.push_host(name)
    if sort:
        hl.uniq()
    return hl.ranged()


def sort_node_list(text: Optional[str]) -> Optional[str]:
    """slurm_sort_node_list_str(): what squeue prints for NODELIST."""
    if text is None:
        return None
    try:
        return compress(text)
    except HostlistError:
        return text


def _within(hr: Range, name: str) -> bool:
    """hostrange_hn_within() for one-dimensional clusters."""
    hn = split_name(name)
    if hr.single:
        return name == hr.prefix
    if hn.single:
        return False
    prefix, suffix = hn.prefix, name[len(hn.prefix) :]
    if hr.prefix != prefix:
        ldiff = len(hr.prefix) - len(prefix)
        if ldiff == 0:
            return False
        if ldiff > 0 and len(suffix) >= ldiff:
            prefix, suffix = prefix + suffix[:ldiff], suffix[ldiff:]
        elif ldiff < 0:
            prefix, suffix = prefix[: len(prefix) + ldiff], prefix[len(prefix) + ldiff :] + suffix
        else:
            return False
        if hr.prefix != prefix or not suffix:
            return False
    num = int(suffix) if suffix.isdigit() else -1
    if hr.lo <= num <= hr.hi:
        return _width_equiv(hr.lo, hr.width, num, len(suffix)) is not None
    return False


class Hostset:
    """A sorted, de-duplicated host set (hostset_t), for ``-w`` style filters."""

    def __init__(self, text: Optional[str] = None) -> None:
        self.hl = Hostlist(text)
        self.hl.uniq()

    def find(self, name: str) -> bool:
        return any(_within(hr, name) for hr in self.hl.ranges)

    def intersects(self, hosts: Optional[str]) -> bool:
        if not hosts:
            return False
        try:
            names = expand(hosts)
        except HostlistError:
            return False
        return any(self.find(n) for n in reversed(names))

    def ranged(self) -> str:
        return self.hl.ranged()

    def __iter__(self) -> Iterator[str]:
        return iter(self.hl)

    def __len__(self) -> int:
        return len(self.hl)
