"""slurm_proxy.common.getopt against glibc's rules, texts and (when present) glibc itself."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
import tempfile
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slurm_proxy.common.getopt import (
    NO_ARGUMENT,
    NONOPT,
    OPTIONAL_ARGUMENT,
    REQUIRED_ARGUMENT,
    Getopt,
    LongOpt,
    UsageError,
    shortopts_for,
)

# A table shaped like squeue's and sbatch's: letters with and without arguments, an
# optional argument, long options sharing prefixes, two aliases with the same val.
LONG = [
    LongOpt("all", NO_ARGUMENT, "a"),
    LongOpt("jobs", OPTIONAL_ARGUMENT, "j"),
    LongOpt("job-name", REQUIRED_ARGUMENT, "J"),
    LongOpt("help", NO_ARGUMENT, "h"),
    LongOpt("hold", NO_ARGUMENT, "H"),
    LongOpt("nice", OPTIONAL_ARGUMENT, "nice"),
    LongOpt("ntasks", REQUIRED_ARGUMENT, "n"),
    LongOpt("ntasks-per-node", REQUIRED_ARGUMENT, "ntasks-per-node"),
    LongOpt("tasks-per-node", REQUIRED_ARGUMENT, "ntasks-per-node"),
    LongOpt("verbose", NO_ARGUMENT, "v"),
    LongOpt("version", NO_ARGUMENT, "V"),
    LongOpt("wait", NO_ARGUMENT, "W"),
    LongOpt("wrap", REQUIRED_ARGUMENT, "wrap"),
    LongOpt("mem", REQUIRED_ARGUMENT, "mem"),
    LongOpt("mem-per-cpu", REQUIRED_ARGUMENT, "mem-per-cpu"),
]
SHORT = "aj::J:hHn:vVWk::"


def run(
    argv: list[str], shortopts: str = SHORT, prog: str = "prog", posixly_correct: bool = False
) -> tuple[list[tuple[str, Optional[str]]], list[str]]:
    g = Getopt(prog, argv, shortopts, LONG, posixly_correct=posixly_correct)
    opts = [(f.val, f.arg) for f in g]
    return opts, g.rest


def error(argv: list[str], shortopts: str = SHORT, prog: str = "prog") -> str:
    with pytest.raises(UsageError) as info:
        run(argv, shortopts, prog)
    return info.value.message


# -- forms of arguments ---------------------------------------------------------------------
def test_short_forms() -> None:
    assert run(["-J", "x"]) == ([("J", "x")], [])
    assert run(["-Jx"]) == ([("J", "x")], [])
    assert run(["-vvH"]) == ([("v", None), ("v", None), ("H", None)], [])
    assert run(["-vJname", "rest"]) == ([("v", None), ("J", "name")], ["rest"])
    assert run(["-J", "-v"]) == ([("J", "-v")], [])  # a required argument takes anything
    assert run(["-J", "--"]) == ([("J", "--")], [])


def test_long_forms() -> None:
    assert run(["--job-name=x"]) == ([("J", "x")], [])
    assert run(["--job-name", "x"]) == ([("J", "x")], [])
    assert run(["--job-name="]) == ([("J", "")], [])
    assert run(["--job-name", "--all"]) == ([("J", "--all")], [])
    assert run(["--job-name=a=b"]) == ([("J", "a=b")], [])


def test_optional_arguments_must_be_attached() -> None:
    assert run(["-j", "123"]) == ([("j", None)], ["123"])
    assert run(["-j123"]) == ([("j", "123")], [])
    assert run(["--jobs", "123"]) == ([("j", None)], ["123"])
    assert run(["--jobs=123"]) == ([("j", "123")], [])
    assert run(["--jobs="]) == ([("j", "")], [])
    assert run(["--nice"]) == ([("nice", None)], [])
    assert run(["-k"]) == ([("k", None)], [])


def test_abbreviations() -> None:
    assert run(["--job-n=x"]) == ([("J", "x")], [])
    assert run(["--verb"]) == ([("v", None)], [])
    assert run(["--vers"]) == ([("V", None)], [])
    assert run(["--wr=x"]) == ([("wrap", "x")], [])
    assert run(["--al"]) == ([("a", None)], [])
    # an exact match wins over longer names it prefixes
    assert run(["--mem=5"]) == ([("mem", "5")], [])
    assert run(["--ntasks=5"]) == ([("n", "5")], [])
    # aliases (same has_arg and val) are not ambiguous
    assert run(["--ntasks-per=2"]) == ([("ntasks-per-node", "2")], [])


def test_ambiguous() -> None:
    assert error(["--ver"]) == (
        "prog: option '--ver' is ambiguous; possibilities: '--verbose' '--version'"
    )
    assert error(["--h"]) == "prog: option '--h' is ambiguous; possibilities: '--help' '--hold'"
    # the text shows what was typed, value included
    assert error(["--jo=3"]) == (
        "prog: option '--jo=3' is ambiguous; possibilities: '--jobs' '--job-name'"
    )
    assert error(["--mem-"]) == "prog: option '--mem-per-cpu' requires an argument"
    assert error(["--w"]) == "prog: option '--w' is ambiguous; possibilities: '--wait' '--wrap'"


def test_error_texts() -> None:
    assert error(["--bogus"]) == "prog: unrecognized option '--bogus'"
    assert error(["--bogus=1"]) == "prog: unrecognized option '--bogus=1'"
    assert error(["-z"]) == "prog: invalid option -- 'z'"
    assert error(["-vz"]) == "prog: invalid option -- 'z'"
    assert error(["-J"]) == "prog: option requires an argument -- 'J'"
    assert error(["--job-name"]) == "prog: option '--job-name' requires an argument"
    # the full name is printed even when abbreviated
    assert error(["--job-n"]) == "prog: option '--job-name' requires an argument"
    assert error(["--all=1"]) == "prog: option '--all' doesn't allow an argument"
    assert error(["--al=1"]) == "prog: option '--all' doesn't allow an argument"
    assert error(["-:"], "a:") == "prog: invalid option -- ':'"
    assert error(["-+"], "+a") == "prog: invalid option -- '+'"
    assert error(["--bogus"], prog="/usr/bin/squeue") == (
        "/usr/bin/squeue: unrecognized option '--bogus'"
    )


def test_error_is_raised_at_the_offending_option() -> None:
    g = Getopt("prog", ["-v", "--bogus", "-H"], SHORT, LONG)
    it = iter(g)
    assert next(it).val == "v"
    with pytest.raises(UsageError):
        next(it)


def test_permutation_and_double_dash() -> None:
    assert run(["1", "2", "-a", "3"]) == ([("a", None)], ["1", "2", "3"])
    assert run(["1", "--job-name", "x", "2"]) == ([("J", "x")], ["1", "2"])
    assert run(["-a", "--", "-v", "x"]) == ([("a", None)], ["-v", "x"])
    assert run(["x", "--", "-v"]) == ([], ["x", "-v"])
    assert run(["x", "-a", "--", "-v", "y"]) == ([("a", None)], ["x", "-v", "y"])
    assert run(["-", "-a"]) == ([("a", None)], ["-"])
    assert run(["--"]) == ([], [])
    assert run([]) == ([], [])


def test_require_order() -> None:
    # "+" (sbatch): stop at the script; what follows belongs to it
    assert run(["-a", "script.sh", "-v", "--bogus"], "+" + SHORT) == (
        [("a", None)],
        ["script.sh", "-v", "--bogus"],
    )
    assert run(["-a", "--", "-v"], "+" + SHORT) == ([("a", None)], ["-v"])
    assert run(["x", "-a"], SHORT, posixly_correct=True) == ([], ["x", "-a"])


def test_return_in_order() -> None:
    opts, rest = run(["x", "-a", "y"], "-" + SHORT)
    assert opts == [(NONOPT, "x"), ("a", None), (NONOPT, "y")]
    assert rest == []


def test_found_details() -> None:
    g = Getopt("p", ["--job-n=x", "-Jy"], SHORT, LONG)
    found = list(g)
    assert found[0].spelled == "--job-n" and found[0].name == "job-name"
    assert found[1].spelled == "-J" and found[1].name is None


def test_shortopts_for() -> None:
    assert (
        shortopts_for([("a", NO_ARGUMENT), ("b", REQUIRED_ARGUMENT), ("c", OPTIONAL_ARGUMENT)], "+")
        == "+ab:c::"
    )


def _words(text: str) -> list[str]:
    return text.split()


# -- properties -----------------------------------------------------------------------------
WORDS = st.one_of(
    st.sampled_from(
        _words(
            "-a -j -j5 -J -Jx -vvH -k -kx -- - x --all --jobs --jobs=1 --job --job-name "
            "--job-name= --ver --verb --nice --nice=3 --bogus --a=1 --= --w --wr --mem --mem- "
            "-z --tasks-per --ntasks-p -: -; -+"
        )
        + [""]
    ),
    st.text(max_size=6),
)


@given(st.lists(WORDS, max_size=8), st.sampled_from(["", "+", "-"]))
def test_never_raises_anything_but_usage_error(argv: list[str], mode: str) -> None:
    g = Getopt("prog", argv, mode + SHORT, LONG)
    try:
        found = list(g)
    except UsageError as exc:
        assert exc.message.startswith("prog: ")
        return
    # every argument is either consumed by an option or left over, none invented
    assert sorted(g.argv[1:]) == sorted(argv)
    if mode != "-":
        assert all(f.val != NONOPT for f in found)


# -- differential test against the C library's getopt_long, when it is glibc ----------------
def _libc() -> Optional[ctypes.CDLL]:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if not name:
        return None
    libc = ctypes.CDLL(name)
    try:
        gnu = libc.gnu_get_libc_version
    except AttributeError:
        return None
    gnu.restype = ctypes.c_char_p
    major, minor = (int(x) for x in gnu().decode().split(".")[:2])
    if (major, minor) < (2, 26):  # older glibc printed different texts
        return None
    return libc


class _COption(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("has_arg", ctypes.c_int),
        ("flag", ctypes.POINTER(ctypes.c_int)),
        ("val", ctypes.c_int),
    ]


def _glibc_run(
    libc: ctypes.CDLL, argv: list[str], shortopts: str
) -> tuple[list[tuple[str, Optional[str]]], Optional[str], list[str]]:
    """Run the real getopt_long; return the options, the first error text, the rest."""
    codes: dict[str, int] = {}
    names: dict[int, str] = {}
    for i, opt in enumerate(LONG):
        code = ord(opt.val) if len(opt.val) == 1 else 256 + i
        code = codes.setdefault(opt.val, code)
        names[code] = opt.val
    table = (_COption * (len(LONG) + 1))()
    for i, opt in enumerate(LONG):
        table[i] = _COption(opt.name.encode(), opt.has_arg, None, codes[opt.val])
    words = [b"prog"] + [a.encode("utf-8", "surrogateescape") for a in argv]
    cargv = (ctypes.c_char_p * (len(words) + 1))(*words, None)
    optind = ctypes.c_int.in_dll(libc, "optind")
    optarg = ctypes.c_char_p.in_dll(libc, "optarg")
    optind.value = 0
    getopt_long = libc.getopt_long
    getopt_long.restype = ctypes.c_int
    found: list[tuple[str, Optional[str]]] = []
    err: Optional[str] = None
    with tempfile.TemporaryFile() as tmp:
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            while True:
                c = getopt_long(len(words), cargv, shortopts.encode(), table, None)
                if c == -1:
                    break
                if c == ord("?"):
                    break
                if c == 1:
                    found.append((NONOPT, (optarg.value or b"").decode()))
                    continue
                val = names.get(c, chr(c))
                arg = optarg.value
                found.append((val, None if arg is None else arg.decode("utf-8", "surrogateescape")))
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode("utf-8", "surrogateescape")
    if text:
        err = text.rstrip("\n")
        return found, err, []
    rest = [
        cargv[i].decode("utf-8", "surrogateescape")  # type: ignore[union-attr]
        for i in range(optind.value, len(words))
    ]
    return found, None, rest


LIBC = _libc()
C_WORDS = st.one_of(
    st.sampled_from(
        _words(
            "-a -j -j5 -J -Jx -vvH -k -kx -- - x y --all --jobs --jobs=1 --job --job-name "
            "--job-name= --ver --verb --nice --nice=3 --bogus --a=1 --=x --w --wr --mem --mem- "
            "-z --tasks-per --ntasks-p --h --ho -: -; -+ --all= --jo=2"
        )
        + [""]
    ),
    st.text(alphabet="-=ajJvx", max_size=5),
)


@pytest.mark.skipif(LIBC is None, reason="needs glibc >= 2.26")
@settings(max_examples=400, deadline=None)
@given(st.lists(C_WORDS, max_size=8), st.sampled_from(["", "+", "-"]))
def test_same_as_glibc(argv: list[str], mode: str) -> None:
    assert LIBC is not None
    shortopts = mode + SHORT
    want_found, want_err, want_rest = _glibc_run(LIBC, argv, shortopts)
    g = Getopt("prog", argv, shortopts, LONG)
    got: list[tuple[str, Optional[str]]] = []
    got_err: Optional[str] = None
    try:
        for f in g:
            got.append((f.val, f.arg))
    except UsageError as exc:
        got_err = exc.message
    assert got == want_found
    assert got_err == want_err
    if want_err is None:
        assert g.rest == want_rest
