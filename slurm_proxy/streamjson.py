"""Parse a large slurmrestd answer without building it as one tree of dicts.

``GET /jobs`` on a 10,000-job queue is about 82 MB of (pretty-printed) JSON.  Parsed
whole, it costs about 3x its size in dicts and strings before the adapters turn it
into job records, and the text copy that ``json.loads`` makes adds another 1x.  Here
the body is decoded a window at a time and the elements of one top-level list
(``jobs``) are handed to a converter as soon as each is parsed, so only the raw
bytes, one window of text and the converted records are alive at once (about 1.5x
the answer instead of 4x; see the README's performance section).

Same strictness as :func:`slurm_proxy.errors.loads` (no NaN/Infinity, finite floats,
a ValueError for anything malformed or too deeply nested), and the same result for
every key except ``key``, whose list holds what ``convert`` returned.  Why not a
faster third-party parser: measured in the README (orjson saved about a quarter of
the parse time but used more memory; the answer's transfer dominates anyway).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, Callable

from .errors import _finite, _no_constant

CHUNK = 1 << 20
_WS = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = re.compile(r"[0-9.eE+-]*")
_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)


class _Reader:
    """A moving window of text over the body (decoded incrementally as UTF-8)."""

    def __init__(self, content: bytes, chunk: int) -> None:
        self.content = memoryview(content)
        self.chunk = max(1, chunk)
        self.offset = 0  # bytes decoded so far
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buf = ""
        self.pos = 0

    @property
    def exhausted(self) -> bool:
        return self.offset >= len(self.content)

    def more(self, size: int = 0) -> bool:
        """Append the next ``size`` bytes (a chunk) to the window, dropping what was
        consumed."""
        if self.exhausted:
            return False
        end = self.offset + (size or self.chunk)
        text = self.decoder.decode(self.content[self.offset : end], end >= len(self.content))
        self.offset = end
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next non-blank character ("" at the end of the body)."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def expect(self, chars: str) -> str:
        char = self.peek()
        if not char or char not in chars:
            raise ValueError(f"expected one of {chars!r} at byte {self.offset} of the answer")
        self.pos += 1
        return char

    def value(self) -> Any:
        """The next JSON value.  A value that runs to the end of the window may be cut
        (``12`` of ``12.5e3``), and one that fails may be incomplete: both are parsed again
        with more text, until the body is exhausted (reading twice as much each time,
        so that a malformed body costs linear time)."""
        self.peek()
        size = self.chunk
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except RecursionError:
                raise ValueError("JSON nested too deeply") from None
            except ValueError:
                if self.more(size):
                    size *= 2
                    continue
                raise
            if _NUMBER_TAIL.match(self.buf, end).end() == len(self.buf) and self.more():  # type: ignore[union-attr]
                continue
            self.pos = end
            return value


def loads_list(content: bytes, key: str, convert: Callable[[Any], Any], chunk: int = CHUNK) -> Any:
    """Like ``loads(content)``, but each element of the top-level ``key`` list is
    passed through ``convert`` while parsing.  A body that is not an object is
    parsed the ordinary way (the caller rejects it)."""
    reader = _Reader(content, chunk)
    if reader.peek() != "{":
        from .errors import loads

        return loads(content)
    reader.pos += 1
    out: dict[str, Any] = {}
    if reader.peek() == "}":
        reader.pos += 1
    else:
        while True:
            if reader.peek() != '"':
                raise ValueError(f"expected a key at byte {reader.offset} of the answer")
            name = reader.value()
            reader.expect(":")
            if name == key and reader.peek() == "[":
                reader.pos += 1
                items: list[Any] = []
                if reader.peek() == "]":
                    reader.pos += 1
                else:
                    while True:
                        items.append(convert(reader.value()))
                        if reader.expect(",]") == "]":
                            break
                out[name] = items
            else:
                out[name] = reader.value()
            if reader.expect(",}") == "}":
                break
    if reader.peek():
        raise ValueError(f"extra data after the JSON object, at byte {reader.offset}")
    return out
