"""sbatch option handling: command line, SBATCH_* environment, #SBATCH directives.

Everything here runs without a server: ``prepare()`` stops before the network.  The
expected texts and exit codes were checked against the real sbatch (22.05, 24.11,
26.05) by tests/live/test_sbatch_diff.py.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Optional

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slurm_proxy.cli import Invocation
from slurm_proxy.common.parse import INFINITE, NO_VAL
from slurm_proxy.sbatch import environ, prepare, run_opt
from slurm_proxy.sbatch import options as table
from slurm_proxy.sbatch.opt import (
    EXIT_OPTION,
    JOB_SHARED_NONE,
    JOB_SHARED_USER,
    KILL_INV_DEP,
    Opt,
    OptError,
)

SH = b"#!/bin/sh\n"


def make(
    argv: list[str],
    stdin: bytes = b"",
    env: Optional[dict[str, str]] = None,
    cwd: str = "/tmp",
    release: Optional[tuple[int, int]] = None,
) -> tuple[Invocation, Opt, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(
        prog="sbatch",
        argv=argv,
        env=dict(env or {}),
        cwd=cwd,
        stdin=io.BytesIO(stdin),
        out=out,
        err=err,
    )
    o = Opt(prog="sbatch", cwd=cwd, chdir=cwd, release=release)
    return inv, o, out, err


def parsed(
    argv: list[str],
    script: bytes = SH + b"true\n",
    env: Optional[dict[str, str]] = None,
    cwd: str = "/tmp",
    release: Optional[tuple[int, int]] = None,
) -> Opt:
    inv, o, _out, _err = make(argv, script, env, cwd, release)
    prepare(inv, o)
    return o


def failure(
    argv: list[str],
    script: bytes = SH + b"true\n",
    env: Optional[dict[str, str]] = None,
    release: Optional[tuple[int, int]] = None,
) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of a command that stops before the network."""
    inv, o, out, err = make(argv, script, env, release=release)
    code = run_opt(inv, o)
    return code, out.getvalue(), err.getvalue()


# -- command line forms -----
def test_forms_of_one_option() -> None:
    for argv in (["-J", "x"], ["-Jx"], ["--job-name=x"], ["--job-name", "x"], ["--job-n=x"]):
        assert parsed(argv).job_name == "x", argv


def test_clients_command_lines() -> None:
    # Arvados
    o = parsed(
        [
            "--nice=10000",
            "--no-requeue",
            "--job-name=zzzzz-dz642-queuedcontainer",
            "--mem=11995",
            "--cpus-per-task=4",
            "--tmp=45777",
        ]
    )
    assert (o.nice, o.requeue, o.pn_min_memory, o.cpus_per_task, o.pn_min_tmp_disk) == (
        10000,
        0,
        11995,
        4,
        45777,
    )
    # Snakemake
    o = parsed(
        [
            "--parsable",
            "--job-name",
            "uuid",
            "--output",
            "/l/%j.log",
            "--export=ALL",
            "--comment",
            "rule_a",
            "-A",
            "acct",
            "-p",
            "part",
            "-t",
            "30",
            "-C",
            "c1",
            "--qos=q",
            "--mem",
            "1000",
            "--nodes=1",
            "--ntasks=2",
            "--cpus-per-task=1",
            "-D",
            "/work",
            "--wrap=python -m snakemake",
        ]
    )
    assert o.parsable and o.job_name == "uuid" and o.ofname == "/l/%j.log"
    assert (o.account, o.partition, o.time_limit, o.constraint, o.qos) == (
        "acct",
        "part",
        30,
        "c1",
        "q",
    )
    assert (o.min_nodes, o.ntasks, o.chdir, o.wrap) == (1, 2, "/work", "python -m snakemake")
    # submitit-style long forms with '='
    o = parsed(["--signal=USR2@90", "--open-mode=append", "--array=0-9%2", "--gpus-per-node=2"])
    assert (o.warn_signal, o.warn_time, o.open_mode, o.array_inx, o.gpus_per_node) == (
        12,
        90,
        1,
        "0-9%2",
        "2",
    )


def test_script_arguments_are_not_options(tmp_path: Path) -> None:
    script = tmp_path / "job.sh"
    script.write_bytes(SH + b"true\n")
    inv, o, _out, _err = make([str(script), "-J", "notmine", "--bogus"], cwd=str(tmp_path))
    prepare(inv, o)
    assert o.job_name == "job.sh"
    assert o.argv == [str(script), "-J", "notmine", "--bogus"]


def test_double_dash_ends_options(tmp_path: Path) -> None:
    (tmp_path / "-x.sh").write_bytes(SH)
    inv, o, _out, _err = make(["-J", "a", "--", "-x.sh"], cwd=str(tmp_path))
    prepare(inv, o)
    assert o.argv == ["-x.sh"] and o.job_name == "a"


def test_relative_script_found_in_cwd_then_path(tmp_path: Path) -> None:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "onpath.sh").write_bytes(SH)
    inv, o, _out, _err = make(["onpath.sh"], env={"PATH": str(bindir)}, cwd=str(tmp_path))
    prepare(inv, o)
    assert o.argv == [f"{bindir}/onpath.sh"]


# -- errors and exit codes -----
@pytest.mark.parametrize(
    ("argv", "code", "err"),
    [
        (
            ["--bogus"],
            255,
            "sbatch: unrecognized option '--bogus'\nTry \"sbatch --help\" for more information\n",
        ),
        (
            ["-z"],
            255,
            "sbatch: invalid option -- 'z'\nTry \"sbatch --help\" for more information\n",
        ),
        (
            ["-J"],
            255,
            "sbatch: option requires an argument -- 'J'\n"
            'Try "sbatch --help" for more information\n',
        ),
        (
            ["--job"],
            255,
            "sbatch: option '--job-name' requires an argument\n"
            'Try "sbatch --help" for more information\n',
        ),
        (
            ["--parsable=1"],
            255,
            "sbatch: option '--parsable' doesn't allow an argument\n"
            'Try "sbatch --help" for more information\n',
        ),
        (["--mem=bad"], 255, "sbatch: error: Invalid --mem specification\n"),
        (["-t", "1h"], 255, "sbatch: error: Invalid --time specification\n"),
        (["-c", "0"], 1, 'sbatch: error: Invalid numeric value "0" for --cpus-per-task.\n'),
        (["-n", "x"], 1, 'sbatch: error: Invalid numeric value "x" for --ntasks.\n'),
        (["--signal=FOO"], 255, "sbatch: error: Invalid --signal specification\n"),
        (["--mail-type=bogus"], 255, "sbatch: error: Invalid --mail-type specification\n"),
        (["--open-mode=x"], 255, "sbatch: error: Invalid --open-mode specification\n"),
        (
            ["--begin=bogus"],
            255,
            "Invalid time specification (pos=0): bogus\n"
            "sbatch: error: Invalid --begin specification\n",
        ),
        (["--exclusive=bogus"], 255, "sbatch: error: Invalid --exclusive specification\n"),
        (
            ["--kill-on-invalid-dep=maybe"],
            255,
            "sbatch: error: Invalid --kill-on-invalid-dep specification\n",
        ),
        (["--priority=-1"], 255, "sbatch: error: Priority must be >= 0\n"),
        (
            ["--nice=2147483647"],
            255,
            "sbatch: error: Invalid --nice value, out of range (+/- 2147483645)\n",
        ),
        (
            ["-N", "3-1"],
            255,
            "sbatch: error: Maximum node count 1 is less than minimum node count 3\n",
        ),
        (
            ["--wrap=true", "x"],
            1,
            "sbatch: error: Script arguments not permitted with --wrap option\n",
        ),
        (
            ["-Q", "-v", "--wrap=true"],
            1,
            "sbatch: error: don't specify both --verbose (-v) and --quiet (-Q)\n",
        ),
        (
            ["--mem=1", "--mem-per-cpu=1"],
            1,
            "sbatch: fatal: --mem, --mem-per-cpu, and --mem-per-gpu are mutually exclusive.\n",
        ),
        (
            ["--exclusive", "-s"],
            1,
            "sbatch: fatal: --exclusive and --oversubscribe options are mutually exclusive\n",
        ),
    ],
)
def test_errors(argv: list[str], code: int, err: str) -> None:
    assert failure(argv) == (code, "", err)


def test_first_error_wins_in_order() -> None:
    # the value of --time is checked before getopt ever sees --bogus
    assert failure(["--time=x", "--bogus"])[2] == "sbatch: error: Invalid --time specification\n"
    assert failure(["--bogus", "--time=x"])[0] == EXIT_OPTION
    # --help acts where it appears
    code, out, err = failure(["--help", "--bogus"])
    assert code == 0 and out.startswith("Usage: sbatch") and err == ""
    assert failure(["--bogus", "--help"])[0] == 255


def test_ambiguity_follows_the_release() -> None:
    new = failure(["--ex"], release=(26, 5))[2]
    old = failure(["--ex"], release=(22, 5))[2]
    assert "'--external' '--extra'" in new
    assert old == (
        "sbatch: option '--ex' is ambiguous; possibilities: '--exclude' "
        "'--exclusive' '--export' '--export-file' '--extra-node-info'\n"
        'Try "sbatch --help" for more information\n'
    )
    # --requeue takes an optional argument from 25.11 on
    assert failure(["--requeue=x"], release=(24, 11))[2].startswith(
        "sbatch: option '--requeue' doesn't allow an argument"
    )
    assert failure(["--requeue=x"], release=(26, 5))[2] == (
        "sbatch: error: Invalid --requeue specification\n"
    )


def test_unsupported_options_fail_loudly() -> None:
    assert failure(["--network=x"]) == (
        1,
        "",
        "sbatch: error: --network is not supported by slurm-proxy\n",
    )
    # an abbreviation is named by its full name
    assert failure(["--netw=x"])[2] == "sbatch: error: --network is not supported by slurm-proxy\n"
    assert failure([], SH + b"#SBATCH --hint=nomultithread\n")[2] == (
        "sbatch: error: --hint (in #SBATCH) is not supported by slurm-proxy\n"
    )
    assert failure([], env={"SBATCH_NETWORK": "x"})[2] == (
        "sbatch: error: SBATCH_NETWORK (--network) is not supported by slurm-proxy\n"
    )
    code, _out, err = failure([], SH + b"#SBATCH -J a\n#SBATCH hetjob\n#SBATCH -J b\n")
    assert code == 1 and "not supported by slurm-proxy" in err
    assert failure(["-N1", ":", "-N2"], SH)[0] == 1


def test_every_real_option_is_known() -> None:
    names = {opt.name for opt in table.long_options()}
    for name in (
        "account",
        "array",
        "begin",
        "chdir",
        "constraint",
        "comment",
        "dependency",
        "error",
        "output",
        "input",
        "export",
        "exclusive",
        "gres",
        "gpus",
        "gpus-per-node",
        "gpus-per-task",
        "cpus-per-gpu",
        "mem-per-gpu",
        "hold",
        "job-name",
        "licenses",
        "mail-type",
        "mail-user",
        "mem",
        "mem-per-cpu",
        "nodes",
        "ntasks",
        "ntasks-per-node",
        "nice",
        "no-requeue",
        "requeue",
        "open-mode",
        "partition",
        "parsable",
        "qos",
        "reservation",
        "signal",
        "time",
        "time-min",
        "tmp",
        "nodelist",
        "exclude",
        "wckey",
        "wait",
        "kill-on-invalid-dep",
        "priority",
        "propagate",
        "clusters",
        "quiet",
        "wrap",
        "version",
        "help",
        "usage",
        "network",
        "hint",
        "test-only",
        "bbf",
    ):
        assert name in names, name


def test_script_checks() -> None:
    assert failure([], b"")[2] == "sbatch: error: Batch script is empty!\n"
    assert failure([], b"  \n\t\n")[2] == "sbatch: error: Batch script contains only whitespace!\n"
    assert failure([], b"echo hi\n") == (
        1,
        "",
        (
            "sbatch: error: This does not look like a batch script.  The first\n"
            "sbatch: error: line must start with #! followed by the path to an interpreter.\n"
            "sbatch: error: For instance: #!/bin/sh\n"
        ),
    )
    assert failure([], b"#!/bin/sh\r\ntrue\r\n")[2] == (
        "sbatch: error: Batch script contains DOS line breaks (\\r\\n)\n"
        "sbatch: error: instead of expected UNIX line breaks (\\n).\n"
    )
    assert failure([], b"#!/bin/sh\n\0")[2].startswith(
        "sbatch: error: The Slurm controller does not allow scripts that\n"
    )
    assert failure(["/nonexistent/job.sh"]) == (
        1,
        "",
        "sbatch: error: Unable to open file /nonexistent/job.sh\n",
    )


def test_slurm_exit_error() -> None:
    assert failure(["/nonexistent/x"], env={"SLURM_EXIT_ERROR": "7"})[0] == 7
    code, _out, err = failure(["/nonexistent/x"], env={"SLURM_EXIT_ERROR": "0"})
    assert code == 1 and err.startswith("sbatch: error: SLURM_EXIT_ERROR has zero value\n")


# -- precedence: command line > environment > #SBATCH -----
def test_precedence() -> None:
    script = SH + b"#SBATCH -J fromscript -t 10 -p scriptpart\n"
    o = parsed([], script)
    assert (o.job_name, o.time_limit, o.partition) == ("fromscript", 10, "scriptpart")
    o = parsed([], script, env={"SBATCH_JOB_NAME": "fromenv", "SBATCH_TIMELIMIT": "20"})
    assert (o.job_name, o.time_limit, o.partition) == ("fromenv", 20, "scriptpart")
    o = parsed(["-J", "fromcli"], script, env={"SBATCH_JOB_NAME": "fromenv"})
    assert (o.job_name, o.time_limit) == ("fromcli", 10)
    o = parsed(["-p", "clipart"], script)
    assert o.partition == "clipart"


def test_env_quirks() -> None:
    # an empty SBATCH_* variable is still applied (and may be invalid)
    assert failure([], env={"SBATCH_TIMELIMIT": ""})[2] == (
        "sbatch: error: Invalid --time specification\n"
    )
    # flags from the environment: "", "yes" or a non-zero number set them
    assert parsed([], env={"SBATCH_WAIT": "yes"}).wait
    assert parsed([], env={"SBATCH_WAIT": "1"}).wait
    assert not parsed([], env={"SBATCH_WAIT": "no"}).wait
    assert parsed([], env={"SLURM_CLUSTERS": "c1"}).clusters == "c1"
    # directives and the command line count as "cli" for mutual exclusion
    assert failure(["--mem-per-cpu=1"], SH + b"#SBATCH --mem=1\n")[0] == 1
    # the environment yields to the command line
    o = parsed(["--mem-per-cpu=5"], env={"SBATCH_MEM_PER_NODE": "1"})
    assert o.mem_per_cpu == 5 and o.pn_min_memory == parse_no_val64()


def parse_no_val64() -> int:
    from slurm_proxy.common.parse import NO_VAL64

    return NO_VAL64


# -- #SBATCH directives -----
def test_directive_quoting_and_comments() -> None:
    o = parsed([], SH + b"#SBATCH -J \"a b\" --comment='c d' # trailing comment\n")
    assert (o.job_name, o.comment) == ("a b", "c d")
    o = parsed([], SH + b"#SBATCH --comment=a\\ b\n")
    assert o.comment == "a b"
    o = parsed([], SH + b'#SBATCH --comment="x # y"\n')
    assert o.comment == "x # y"
    o = parsed([], SH + b"#SBATCH --comment=x#y\n")
    assert o.comment == "x"
    o = parsed([], SH + b'#SBATCH --comment=\\"q\\"\n')
    assert o.comment == '"q"'
    o = parsed([], SH + b"#SBATCH    -p   part\t-A acct\n")
    assert (o.partition, o.account) == ("part", "acct")


def test_several_options_per_line_and_argument_on_next_line() -> None:
    o = parsed([], SH + b"#SBATCH -a 1 --signal=KILL\n#SBATCH -c 2\n")
    assert (o.array_inx, o.warn_signal, o.cpus_per_task) == ("1", 9, 2)
    # getopt sees one argv across lines: -J takes the next line's first word
    o = parsed([], SH + b"#SBATCH -J\n#SBATCH name\n")
    assert o.job_name == "name"


def test_directives_stop_at_first_command() -> None:
    script = SH + b"\n# a comment\n   \n#SBATCH -J one\nhostname\n#SBATCH -J two\n"
    assert parsed([], script).job_name == "one"
    # indented comments do not stop the scan; "#SBATCH" must start the line
    script = SH + b"  # indented\n #SBATCH -J ignored\n#SBATCH -p p\n"
    o = parsed([], script)
    assert o.partition == "p" and o.job_name is None


def test_slurm_magic_word_warns() -> None:
    code, _out, err = failure([], SH + b"#SLURM --bogus\n")
    assert err.startswith(
        "sbatch: error: Change from #SLURM to #SBATCH in your script and "
        "verify the options are valid in sbatch\n"
    )
    assert "unrecognized option '--bogus'" in err and code == 255


def test_directive_errors() -> None:
    assert failure([], SH + b"#SBATCH --bogus\n") == (
        255,
        "",
        ("sbatch: unrecognized option '--bogus'\nTry \"sbatch --help\" for more information\n"),
    )
    assert failure([], SH + b"#SBATCH foo -J x\n") == (
        255,
        "",
        "sbatch: error: Invalid directive found in batch script: foo\n",
    )
    assert failure([], SH + b"#SBATCH -J 'a b\n") == (
        1,
        "",
        "sbatch: fatal: stdin: line 2: Unmatched `'` in [ 'a b]\n",
    )
    assert failure([], SH + b"#SBATCH : x\n") == (
        1,
        "",
        "sbatch: fatal: stdin: line 2: Unexpected `:` in [: x]\n",
    )
    # early options in directives are ignored (sbatch only honours them on the command line)
    o = parsed([], SH + b"#SBATCH --wrap=ignored -Q\n")
    assert o.wrap is None and o.quiet == 0


def test_foreign_directives_fail_loudly() -> None:
    assert failure([], SH + b"#PBS -N x\n")[0] == 1
    assert parsed(["--ignore-pbs"], SH + b"#PBS -N x\n").job_name is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=" \t#\"'\\-=:abcJNpt0123SBATCHhetjob", max_size=30), max_size=6))
def test_directives_never_raise_anything_but_opt_error(lines: list[str]) -> None:
    script = SH + "".join(f"#SBATCH {line}\n" for line in lines).encode()
    inv, o, _out, _err = make([], script)
    try:
        prepare(inv, o)
    except OptError as exc:
        assert exc.code in (0, 1, 255)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "-J",
                "x",
                "--mem",
                "2G",
                "-t",
                "1:00",
                "--wrap",
                "true",
                "-c",
                "0",
                "--bogus",
                "--ex",
                "-H",
                "--parsable",
                "--",
                "-",
                "--nice",
                "--signal=B:USR1@9",
                "--begin=now+1",
                "-N",
                "1-2",
                "--export=NONE",
                "-Q",
                "--hint=x",
                ":",
                "-vvv",
                "--requeue=expedite",
                "--exclusive",
                "--array=1-3",
                "--gpus=2",
                "--time-min=5",
                "--mail-type=ALL",
            ]
        ),
        max_size=8,
    )
)
def test_argv_never_raises_anything_but_opt_error(argv: list[str]) -> None:
    inv, o, _out, _err = make(argv, SH + b"true\n")
    try:
        prepare(inv, o)
    except OptError as exc:
        assert isinstance(exc.code, int)


# -- derived values (_opt_verify) -----
def test_defaults_and_derived_values() -> None:
    o = parsed(["--wrap=true"])
    assert o.job_name == "wrap" and o.ifname == "/dev/null"
    o = parsed([])
    assert o.job_name is None  # the job description falls back to "sbatch"
    o = parsed(["-o", "out.txt", "-e", "/abs/err", "-D", "sub"], cwd="/home/u")
    assert (o.chdir, o.ofname, o.efname) == ("/home/u/sub", "/home/u/sub/out.txt", "/abs/err")
    o = parsed(["-c", "4"])
    assert o.pn_min_cpus == 4
    o = parsed(["-N", "2"])
    assert o.ntasks == 2 and not o.ntasks_set
    o = parsed(["-N", "3", "-n", "2"])
    assert (o.min_nodes, o.max_nodes) == (2, 2)
    o = parsed(["-w", "n[1-3],n2"])
    assert o.min_nodes == 3 and o.nodes_set
    o = parsed(["-t", "0"])
    assert o.time_limit == INFINITE
    assert parsed([]).time_limit == NO_VAL
    o = parsed(["--exclusive"])
    assert o.shared == JOB_SHARED_NONE
    assert parsed(["--exclusive=user"]).shared == JOB_SHARED_USER
    assert parsed(["--kill-on-invalid-dep=yes"]).job_flags & KILL_INV_DEP


# -- the job environment -----
CALLER = {
    "PATH": "/usr/bin",
    "HOME": "/home/u",
    "ARVADOS_API_TOKEN": "t",
    "SLURM_JWT": "secret",
    "SLURM_JWT_ROOT": "x",
    "SLURMRESTD_URL": "http://h",
    "SLURM_PROXY_DEBUG": "1",
    "SLURM_USER_NAME": "u",
    "SLURM_CONF": "/etc/slurm.conf",
    "A": "1",
    "B": "2",
}


def job_env(argv: list[str]) -> dict[str, str]:
    o = parsed(argv, env={})
    return environ.build(o, CALLER, "/submit", "host1")


def test_default_export_sends_the_caller_environment_without_secrets() -> None:
    env = job_env([])
    assert env["ARVADOS_API_TOKEN"] == "t" and env["PATH"] == "/usr/bin"
    for secret in (
        "SLURM_JWT",
        "SLURM_JWT_ROOT",
        "SLURMRESTD_URL",
        "SLURM_PROXY_DEBUG",
        "SLURM_USER_NAME",
    ):
        assert secret not in env
    assert env["SLURM_SUBMIT_DIR"] == "/submit" and env["SLURM_SUBMIT_HOST"] == "host1"
    assert env["SLURM_CONF"] == "/etc/slurm.conf"
    assert "SLURM_GET_USER_ENV" not in env and "SLURM_EXPORT_ENV" not in env
    assert "SLURM_UMASK" in env and "SLURM_PRIO_PROCESS" in env
    assert env["SLURM_RLIMIT_NOFILE"].isdigit()


def test_export_none_and_lists() -> None:
    env = job_env(["--export=NONE"])
    assert "PATH" not in env and "A" not in env
    assert env["SLURM_GET_USER_ENV"] == "1" and env["SLURM_EXPORT_ENV"] == "NONE"
    assert env["SLURM_CONF"] == "/etc/slurm.conf" and "SLURM_JWT" not in env
    env = job_env(["--export=A,C=3,'D=x,y'"])
    assert env["A"] == "1" and env["C"] == "3" and env["D"] == "x,y" and "B" not in env
    assert env["SLURM_GET_USER_ENV"] == "1"
    env = job_env(["--export=ALL,C=3"])
    assert env["B"] == "2" and env["C"] == "3" and "ALL" not in env
    env = job_env(["--export=ALL"])
    assert env["B"] == "2" and "SLURM_GET_USER_ENV" not in env
    env = job_env(["--export=ALL,SLURM_JWT=leak"])
    assert "SLURM_JWT" not in env


def test_option_variables() -> None:
    env = job_env(["-n", "4", "-c", "2", "--ntasks-per-node=2", "-d", "afterok:1"])
    assert (env["SLURM_NTASKS"], env["SLURM_NPROCS"], env["SLURM_CPUS_PER_TASK"]) == ("4", "4", "2")
    assert env["SLURM_NTASKS_PER_NODE"] == "2" and env["SLURM_JOB_DEPENDENCY"] == "afterok:1"
    assert env["OMPI_MCA_plm_slurm_args"] == "--external-launcher"
    env = job_env(["--propagate=NOFILE"])
    assert env["SLURM_RLIMIT_NOFILE"].startswith("U") and "SLURM_RLIMIT_CORE" not in env


def test_bad_propagate() -> None:
    o = parsed(["--propagate=BOGUS"])
    with pytest.raises(OptError) as info:
        environ.build(o, CALLER, "/submit", "h")
    assert info.value.lines == [
        "sbatch: error: Bad rlimit name: BOGUS",
        "sbatch: error: --propagate=BOGUS is not valid.",
    ]


def test_wrap_script() -> None:
    from slurm_proxy.sbatch.script import wrap

    assert wrap("echo hi") == b"#!/bin/sh\n# This script was created by sbatch --wrap.\n\necho hi\n"


def test_stdin_forms(tmp_path: Path) -> None:
    inv, o, _out, _err = make(["/dev/stdin"], SH + b"#SBATCH -J fromstdin\n", cwd=str(tmp_path))
    body = prepare(inv, o)
    assert body.startswith(SH) and o.job_name == "fromstdin"
    inv, o, _out, _err = make([], SH + b"true\n", cwd=str(tmp_path))
    prepare(inv, o)
    assert o.argv == [] and o.job_name is None


def test_version_and_usage_need_no_server() -> None:
    code, out, _err = failure(["--usage"])
    assert code == 0 and out.startswith("Usage: sbatch")
