"""Mutations of real JSON records, drawn with hypothesis.

A mutant is a recorded record with a few random edits, each at a random place in it:
delete a key or element, set null, set a JSON value of another type, a boundary number
(NO_VAL, INFINITE, -1, 2^63, ...), a weird string, wrap a scalar in a NoVal struct or
unwrap one, turn a dict into a list and back, or copy another value of the same record
there (type confusion as a different API version would cause it).  Everything stays
JSON: what ``json.loads`` can produce from bytes slurmrestd might send (the transport
refuses NaN and infinities, see slurm_proxy.http.Response.json).
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

BOUNDARY_INTS = [
    0,
    1,
    -1,
    -2,
    2,
    0xFFFE,
    0xFFFF,
    0x10000,
    0x7FFFFFFF,
    0x80000000,
    0xFFFFFFFE,
    0xFFFFFFFF,
    0x100000000,
    2**53 + 1,
    2**63 - 1,
    2**63,
    0xFFFFFFFFFFFFFFFE,
    0xFFFFFFFFFFFFFFFF,
    2**64,
    -(2**63),
    -(2**64),
    10**30,
    -(10**30),
]
WEIRD_STRINGS = [
    "",
    " ",
    "-1",
    "0",
    "4294967294",
    "INFINITE",
    "UNLIMITED",
    "NO_VAL",
    "nan",
    "1e400",
    "null",
    "(null)",
    "N/A",
    "None",
    "\x00",
    "\n",
    "\x1b[31m",
    "é",
    "\U0001f600",
    "a" * 300,
    "12abc",
    "1_2",
    "1+2",
    "+",
    "_",
    "::",
    "PENDING",
    "RUNNING",
    "COMPLETED",
    "idle",
    "DOWN",
    "DRAIN",
    "1-00:00:00",
    "vm[1-3]",
    "vm[",
    "[]",
    "{}",
    "1.5",
    "-0",
    "0x10",
    "true",
    "2024-01-01T00:00:00",
]

scalars = (
    st.none()
    | st.booleans()
    | st.sampled_from(BOUNDARY_INTS)
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(WEIRD_STRINGS)
    | st.text(max_size=12)
)

json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(max_size=10)
            | st.sampled_from(["set", "infinite", "number", "name", "id", "count"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=8,
)

NOVAL_SHAPES = [
    lambda v: {"set": True, "infinite": False, "number": v},
    lambda v: {"set": False, "infinite": False, "number": v},
    lambda v: {"set": True, "infinite": True, "number": v},
    lambda v: {"set": "yes", "number": v},
    lambda v: {"number": v},
    lambda v: {"set": True},
]

OPS = [
    "delete",
    "null",
    "value",
    "number",
    "string",
    "noval",
    "unwrap",
    "swap_type",
    "copy",
    "empty",
]

# Strategies built once: building one costs more than drawing from it.
_EDITS = {n: st.integers(min_value=1, max_value=n) for n in range(1, 17)}
_OP = st.sampled_from(OPS)
_NUMBER = (
    st.sampled_from(BOUNDARY_INTS)
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
)
_STRING = st.sampled_from(WEIRD_STRINGS) | st.text(max_size=20)
_SHAPE = st.sampled_from(NOVAL_SHAPES)
_EMPTY = st.sampled_from([{}, [], "", 0])


@functools.lru_cache(maxsize=4096)
def _index(n: int) -> st.SearchStrategy[int]:
    return st.integers(min_value=0, max_value=n - 1)


def _slots(doc: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) in ``doc``, depth first."""
    out: list[tuple[Any, Any]] = []
    stack = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                out.append((node, k))
                if isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                out.append((node, i))
                if isinstance(v, (dict, list)):
                    stack.append(v)
    return out


def pick(data: st.DataObject, pool: Sequence[Any], label: str) -> Any:
    """One element of a big sequence (an index draw: cheaper than sampled_from, which
    inspects every element each time it is built)."""
    return pool[data.draw(_index(len(pool)), label=label)]


def mutate(data: st.DataObject, record: Any, *, max_edits: int = 6) -> Any:
    """A mutated deep copy of ``record``."""
    doc = copy.deepcopy(record)
    for _ in range(data.draw(_EDITS[max_edits], label="edits")):
        slots = _slots(doc)
        if not slots:
            break
        container, key = slots[data.draw(_index(len(slots)), label="where")]
        op = data.draw(_OP, label="op")
        old = container[key]
        new: Any
        if op == "delete":
            del container[key]
            continue
        if op == "null":
            new = None
        elif op == "value":
            new = data.draw(json_values, label="value")
        elif op == "number":
            new = data.draw(_NUMBER, label="n")
        elif op == "string":
            new = data.draw(_STRING, label="s")
        elif op == "noval":
            shape = data.draw(_SHAPE, label="shape")
            new = shape(old if not isinstance(old, (dict, list)) else 0)
        elif op == "unwrap":
            if isinstance(old, dict):
                new = old.get("number", next(iter(old.values()), None))
            elif isinstance(old, list):
                new = old[0] if old else None
            else:
                new = [old]
        elif op == "swap_type":
            if isinstance(old, dict):
                new = list(old.values())
            elif isinstance(old, list):
                new = {str(i): v for i, v in enumerate(old)}
            elif isinstance(old, str):
                new = [old]
            elif isinstance(old, bool):
                new = str(old).lower()
            elif isinstance(old, (int, float)):
                new = str(old)
            else:
                new = {}
        elif op == "copy":
            src, src_key = slots[data.draw(_index(len(slots)), label="from")]
            new = copy.deepcopy(src[src_key])
        else:  # empty
            new = data.draw(_EMPTY, label="empty")
        container[key] = new
    return doc


def as_json(doc: Any) -> Any:
    """``doc`` after a JSON round trip (what a client would really parse)."""
    return json.loads(json.dumps(doc))
