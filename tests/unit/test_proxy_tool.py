"""The `slurm-proxy` tool itself: config init/show, doctor (against a fake slurmrestd),
shims, completion scripts, --version.

Everything runs in-process through ``execute(run, Invocation)`` (what the console
script and the warm agent run), except the shims and the completion scripts, which
are executed by a real /bin/sh, bash, zsh or fish.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import ssl
import stat
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional

import pytest

from slurm_proxy import __version__, config
from slurm_proxy.cli import Invocation, execute
from slurm_proxy.common.getopt import OPTIONAL_ARGUMENT
from slurm_proxy.proxy import completion, doctor, shims, tomlfile
from slurm_proxy.proxy import run as proxy_run

# built at run time: a JWT-shaped literal in the tree would trip the secrets scan
SECRET = ".".join(["eyJhbGciOiJIUzI1NiJ9", "c2VjcmV0LXRva2VuLXZhbHVl", "dont-print-me"])


def make_jwt(**claims: object) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    return ".".join(
        [b64(b'{"alg":"HS256","typ":"JWT"}'), b64(json.dumps(claims).encode()), b64(b"sig")]
    )


@dataclass
class Ran:
    out: str
    err: str
    rc: int


def sp(
    argv: list[str],
    env: dict[str, str],
    *,
    stdin: bytes = b"",
    cwd: str = "/tmp",
) -> Ran:
    out, err = io.StringIO(), io.StringIO()
    inv = Invocation(
        prog="slurm-proxy",
        argv=argv,
        env=env,
        cwd=cwd,
        stdin=io.BytesIO(stdin),
        out=out,
        err=err,
    )
    rc = execute(proxy_run, inv)
    return Ran(out.getvalue(), err.getvalue(), rc)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    return h


@pytest.fixture
def env(home: Path, tmp_path: Path) -> dict[str, str]:
    """A clean environment: nothing from the developer's own configuration."""
    return {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "SLURM_PROXY_SYSTEM_CONFIG": str(tmp_path / "no-system.toml"),
        "SLURM_PROXY_CACHE_DIR": str(tmp_path / "cache"),
    }


def user_file(home: Path) -> Path:
    return home / ".config" / "slurm-proxy" / "config.toml"


# -- --version, help -----------------------------------------------------------------------
def test_version_option(env: dict[str, str]) -> None:
    r = sp(["--version"], env)
    assert (r.out, r.err, r.rc) == (f"slurm-proxy {__version__}\n", "", 0)


def test_help_goes_to_the_invocation_streams(env: dict[str, str]) -> None:
    r = sp(["--help"], env)
    assert r.rc == 0 and "doctor" in r.out and "shims" in r.out and "completion" in r.out
    r = sp(["config", "init", "--help"], env)
    assert r.rc == 0 and "--token-command" in r.out and "never writes" in r.out
    r = sp(["nope"], env)
    assert r.rc == 2 and "No such command" in r.err and r.out == ""


# -- config init ---------------------------------------------------------------------------
def test_init_writes_private_file_without_any_token(
    env: dict[str, str], home: Path, tmp_path: Path
) -> None:
    token_file = home / "slurm.jwt"
    token_file.write_text(SECRET + "\n")
    token_file.chmod(0o600)
    env = {**env, "SLURM_JWT": SECRET}  # a token in the environment is never copied
    r = sp(
        [
            "config",
            "init",
            "--yes",
            "--url",
            "https://slurm.example.org:6820/",
            "--user",
            "alice",
            "--token-file",
            "~/slurm.jwt",
        ],
        env,
    )
    assert r.rc == 0, r
    path = user_file(home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text()
    assert SECRET not in text and "dont-print-me" not in text
    assert SECRET not in r.out + r.err
    doc = tomlfile.loads(text)
    assert doc == {
        "url": "https://slurm.example.org:6820",
        "user": "alice",
        "token_file": str(token_file),
    }
    assert "No token is written to the configuration" in r.out
    # the file is what the commands read
    s = config.load({**env, "SLURM_JWT": ""})
    assert s.get("url") == "https://slurm.example.org:6820" and s.get("user") == "alice"


def test_init_merges_and_keeps_profiles_and_comments(env: dict[str, str], home: Path) -> None:
    path = user_file(home)
    path.parent.mkdir(parents=True)
    path.write_text(
        "# site settings, keep me\n"
        'url = "https://old.example.org:6820"\n'
        "read_timeout = 90\n"
        "\n"
        "[profiles.gpu]  # the GPU cluster\n"
        'url = "https://gpu.example.org:6820"\n'
        'token_command = "ssh gpu-login scontrol token"\n'
        "[profiles.gpu.path_map]\n"
        '"/home" = "/cluster/home"\n'
    )
    path.chmod(0o644)
    r = sp(
        [
            "config",
            "init",
            "--yes",
            "--profile",
            "cpu",
            "--url",
            "https://cpu.example.org:6820",
            "--token-command",
            "ssh cpu-login scontrol token",
        ],
        env,
    )
    assert r.rc == 0, r
    text = path.read_text()
    assert "# site settings, keep me" in text and "# the GPU cluster" in text
    doc = tomlfile.loads(text)
    assert doc["url"] == "https://old.example.org:6820" and doc["read_timeout"] == 90
    assert doc["profiles"]["gpu"] == {
        "url": "https://gpu.example.org:6820",
        "token_command": "ssh gpu-login scontrol token",
        "path_map": {"/home": "/cluster/home"},
    }
    assert doc["profiles"]["cpu"] == {
        "url": "https://cpu.example.org:6820",
        "token_command": "ssh cpu-login scontrol token",
    }
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # change one key of the top level; remove another with an empty value
    r = sp(["config", "init", "--yes", "--url", "https://new.example.org:6820", "--user", ""], env)
    assert r.rc == 0, r
    doc = tomlfile.loads(path.read_text())
    assert doc["url"] == "https://new.example.org:6820" and "user" not in doc
    assert set(doc["profiles"]) == {"gpu", "cpu"}
    assert config.load(env, "gpu").get("url") == "https://gpu.example.org:6820"


def test_init_profile_masks_inherited_token_source(env: dict[str, str], home: Path) -> None:
    path = user_file(home)
    path.parent.mkdir(parents=True)
    path.write_text('url = "https://a.example.org:6820"\ntoken_file = "/a/token"\n')
    r = sp(
        [
            "config",
            "init",
            "-y",
            "--profile",
            "b",
            "--url",
            "https://b.example.org:6820",
            "--token-command",
            "true",
        ],
        env,
    )
    assert r.rc == 0, r
    s = config.load(env, "b")
    assert not s.get("token_file") and s.get("token_command") == "true"
    assert "keeps the top level's token_file" in r.out


def test_init_rewrites_layouts_it_cannot_edit_in_place(env: dict[str, str], home: Path) -> None:
    path = user_file(home)
    path.parent.mkdir(parents=True)
    path.write_text('profiles.x.url = "https://x.example.org:6820"\nurl = "https://a:1"\n')
    r = sp(["config", "init", "-y", "--profile", "x", "--user", "bob", "--url", "https://x:2"], env)
    assert r.rc == 0, r
    doc = tomlfile.loads(path.read_text())
    assert doc == {"url": "https://a:1", "profiles": {"x": {"url": "https://x:2", "user": "bob"}}}


def test_init_refuses_bad_input_and_writes_nothing(env: dict[str, str], home: Path) -> None:
    r = sp(["config", "init", "-y", "--url", "http://slurm.example.org:6820"], env)
    assert r.rc == 2 and "in clear" in r.err and not user_file(home).exists()
    r = sp(["config", "init", "-y", "--url", "ftp://x"], env)
    assert r.rc == 2 and not user_file(home).exists()
    r = sp(["config", "init", "-y"], env)
    assert r.rc == 2 and "no slurmrestd URL" in r.err
    r = sp(["config", "init", "-y", "--url", "https://x:1", "--profile", "a b"], env)
    assert r.rc == 2 and not user_file(home).exists()
    broken = user_file(home)
    broken.parent.mkdir(parents=True)
    broken.write_text("url = \n")
    r = sp(["config", "init", "-y", "--url", "https://x:1"], env)
    assert r.rc == 1 and "not valid TOML" in r.err and broken.read_text() == "url = \n"
    # plain http to another host with the explicit flag is written with the flag
    broken.unlink()
    r = sp(["config", "init", "-y", "--url", "http://10.1.2.3:6820", "--allow-insecure-http"], env)
    assert r.rc == 0, r
    assert tomlfile.loads(user_file(home).read_text())["allow_insecure_http"] is True


def test_init_never_replaces_a_device_or_directory(env: dict[str, str], tmp_path: Path) -> None:
    for target in (os.devnull, str(tmp_path)):
        r = sp(
            ["config", "init", "-y", "--url", "https://x:1"], {**env, "SLURM_PROXY_CONFIG": target}
        )
        assert r.rc == 1 and "not a regular file" in r.err
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


def test_init_interactive_answers_from_stdin(env: dict[str, str], home: Path) -> None:
    answers = b"https://asked.example.org:6820\n\n~/tok\n-\n\n"
    r = sp(["config", "init"], env, stdin=answers)
    assert r.rc == 0, r
    assert "slurmrestd URL" in r.err and "Token file" in r.err
    doc = tomlfile.loads(user_file(home).read_text())
    assert doc == {"url": "https://asked.example.org:6820", "token_file": str(home / "tok")}
    # end of input keeps every existing value
    r = sp(["config", "init"], env, stdin=b"")
    assert r.rc == 0 and "unchanged:" in r.out
    assert tomlfile.loads(user_file(home).read_text()) == doc


def test_toml_writer_round_trips() -> None:
    doc = {
        "a": 'quote " and \\ and \n and \x7f',
        "b": True,
        "c": 1.5,
        "d": [1, 2],
        "profiles": {"x y": {"path_map": {"/h": "/c"}, "n": 3}},
    }
    assert tomlfile.loads(tomlfile.dumps(doc)) == doc
    text, kept = tomlfile.update("# c\n", (), {"url": "u"})
    assert kept and text == '# c\nurl = "u"\n'


# -- config show ---------------------------------------------------------------------------
def test_config_show_redacts_the_token_and_names_sources(env: dict[str, str], home: Path) -> None:
    path = user_file(home)
    path.parent.mkdir(parents=True)
    path.write_text(f'url = "https://f:1"\n[profiles.p]\ntoken = "{SECRET}"\n')
    r = sp(["config", "show"], {**env, "SLURM_JWT": "SLURM_JWT=" + SECRET})
    assert r.rc == 0 and SECRET not in r.out and "dont-print-me" not in r.out
    assert "token = '<redacted>'  # $SLURM_JWT" in r.out
    assert f"url = 'https://f:1'  # {path}" in r.out
    assert f"# user file: {path} (read)" in r.out and "# profiles: p" in r.out
    r = sp(["-M", "p", "config", "show"], env)
    assert SECRET not in r.out and f"token = '<redacted>'  # {path} [profiles.p]" in r.out


def test_home_in_paths_is_expanded(env: dict[str, str], home: Path) -> None:
    path = user_file(home)
    path.parent.mkdir(parents=True)
    path.write_text('token_file = "~/t"\nca_bundle = "~/ca.pem"\n')
    s = config.load(env)
    assert s.get("token_file") == f"{home}/t" and s.get("ca_bundle") == f"{home}/ca.pem"


# -- doctor against a fake slurmrestd --------------------------------------------------------
class FakeSlurmrestd(BaseHTTPRequestHandler):
    """Serves v0.0.42 only; /slurmdb only when ``accounting``; token ``good`` only."""

    protocol_version = "HTTP/1.1"
    accounting = True
    clock_offset = 0.0

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0].rstrip("/")
        meta = {"slurm": {"release": "24.11.9"}, "plugin": {"accounting_storage": "slurmdbd"}}
        good = self.headers.get("X-SLURM-USER-TOKEN") == GOOD
        if path == "/slurm/v0.0.42/ping":
            body = {"pings": [{"hostname": "c", "pinged": "UP"}], "meta": meta}
            self._send(200, json.dumps(body).encode(), "application/json")
        elif path == "/slurm/v0.0.42/diag" and good:
            now = int(time.time() + self.clock_offset)
            body = {"statistics": {"req_time": {"set": True, "number": now}}, "meta": meta}
            self._send(200, json.dumps(body).encode(), "application/json")
        elif path == "/slurm/v0.0.42/diag":
            err = {"errors": [{"error_number": 1007, "error": "Protocol authentication error"}]}
            self._send(511, json.dumps(err).encode(), "application/json")
        elif path == "/slurmdb/v0.0.42/diag" and self.accounting:
            self._send(
                200, json.dumps({"statistics": {}, "meta": meta}).encode(), "application/json"
            )
        else:
            self._send(404, b"Unable find requested URL.", "text/plain")


GOOD = make_jwt(sun="alice", exp=int(time.time()) + 86400)


@pytest.fixture
def fake() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSlurmrestd)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeSlurmrestd.accounting = True
    FakeSlurmrestd.clock_offset = 0.0
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def lines(out: str) -> dict[str, tuple[str, str]]:
    """check name -> (verdict, detail)"""
    found = {}
    for line in out.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0] in ("OK", "WARN", "FAIL", "SKIP"):
            found[parts[1]] = (parts[0], parts[2])
    return found


def test_doctor_all_good(env: dict[str, str], fake: str) -> None:
    r = sp(["doctor"], {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": GOOD})
    got = lines(r.out)
    assert r.rc == 0, r.out
    for check in ("config", "token", "url", "api", "auth", "accounting", "clock", "path_map"):
        assert got[check][0] == "OK", (check, r.out)
    assert "v0.0.42, Slurm 24.11.9" in got["api"][1]
    assert "user alice" in got["token"][1] and "expires at" in got["token"][1]
    assert GOOD not in r.out + r.err
    assert r.out.rstrip().splitlines()[-1].startswith("doctor: ")


def test_doctor_bad_token_fails(env: dict[str, str], fake: str) -> None:
    forged = make_jwt(sun="alice", exp=int(time.time()) + 3600) + "x"
    r = sp(["doctor"], {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": forged})
    got = lines(r.out)
    assert r.rc == 1
    assert got["token"][0] == "OK" and got["auth"][0] == "FAIL"
    assert "Protocol authentication error (HTTP 511)" in got["auth"][1]


def test_doctor_expired_token_fails(env: dict[str, str], fake: str) -> None:
    old = make_jwt(sun="alice", exp=int(time.time()) - 90)
    r = sp(["doctor"], {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": old})
    got = lines(r.out)
    assert r.rc == 1 and got["token"][0] == "FAIL" and "expired at" in got["token"][1]
    assert got["auth"][0] == "FAIL"  # the server is asked too, and refuses it


def test_doctor_missing_accounting_and_clock_skew_warn(env: dict[str, str], fake: str) -> None:
    FakeSlurmrestd.accounting = False
    FakeSlurmrestd.clock_offset = -120.0
    r = sp(["doctor"], {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": GOOD})
    got = lines(r.out)
    assert r.rc == 0
    assert got["accounting"][0] == "WARN" and "absent" in got["accounting"][1]
    assert got["clock"][0] == "WARN" and "ahead of slurmctld" in got["clock"][1]
    FakeSlurmrestd.clock_offset = 3600.0
    r = sp(["doctor"], {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": GOOD})
    assert lines(r.out)["clock"][0] == "FAIL" and r.rc == 1


def test_doctor_unreachable_and_unconfigured(env: dict[str, str]) -> None:
    r = sp(["doctor"], {**env, "SLURMRESTD_URL": "http://127.0.0.1:1", "SLURM_JWT": GOOD})
    got = lines(r.out)
    assert r.rc == 1 and got["url"][0] == "FAIL" and got["api"][0] == "SKIP"
    r = sp(["doctor"], env)
    got = lines(r.out)
    assert r.rc == 1 and got["config"][0] == "FAIL" and "config init" in got["config"][1]


def test_doctor_path_map(env: dict[str, str], fake: str) -> None:
    base = {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": GOOD}
    r = sp(
        ["doctor"],
        {**base, "SLURM_PROXY_PATH_MAP": "/data=/lustre/data,/data/a=/x"},
        cwd="/data/a/run",
    )
    assert lines(r.out)["path_map"] == (
        "OK",
        "the working directory /data/a/run is /x/run on the cluster",
    )
    r = sp(["doctor"], {**base, "SLURM_PROXY_PATH_MAP": "/data=/lustre"}, cwd="/database")
    assert lines(r.out)["path_map"][0] == "WARN"
    r = sp(["doctor"], {**base, "SLURM_PROXY_PATH_MAP": "/data"}, cwd="/data")
    assert lines(r.out)["path_map"][0] == "FAIL" and r.rc == 1


def _self_signed(tmp: Path) -> Optional[tuple[Path, Path]]:
    if shutil.which("openssl") is None:
        return None
    key, cert = tmp / "key.pem", tmp / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "60", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, cert


def test_doctor_tls_verdicts(env: dict[str, str], tmp_path: Path) -> None:
    pair = _self_signed(tmp_path)
    if pair is None:
        pytest.skip("no openssl to make a certificate")
    key, cert = pair
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSlurmrestd)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"https://localhost:{server.server_address[1]}"
        base = {**env, "SLURMRESTD_URL": url, "SLURM_JWT": GOOD}
        r = sp(["doctor"], base)
        got = lines(r.out)
        assert r.rc == 1 and got["tls"][0] == "FAIL" and "not trusted" in got["tls"][1]
        r = sp(["doctor"], {**base, "SLURM_PROXY_CA_BUNDLE": str(cert)})
        got = lines(r.out)
        assert got["tls"][0] == "OK" and "localhost" in got["tls"][1], r.out
        assert got["auth"][0] == "OK", r.out
    finally:
        server.shutdown()
        server.server_close()


def test_doctor_tells_our_commands_from_real_ones(
    env: dict[str, str], fake: str, tmp_path: Path
) -> None:
    real = tmp_path / "realbin"
    real.mkdir()
    (real / "squeue").write_bytes(b"\x7fELF fake")
    (real / "squeue").chmod(0o755)
    ours = tmp_path / "shims"
    assert sp(["shims", "--dir", str(ours)], env).rc == 0
    base = {**env, "SLURMRESTD_URL": fake, "SLURM_JWT": GOOD}
    got = lines(sp(["doctor"], {**base, "PATH": f"{ours}:{real}"}).out)
    assert got["squeue"][0] == "WARN" and "shadows" in got["squeue"][1]
    got = lines(sp(["doctor"], {**base, "PATH": f"{real}:{ours}"}).out)
    assert got["squeue"][0] == "WARN" and "real Slurm" in got["squeue"][1]
    assert "shadows" in got["squeue"][1]
    got = lines(sp(["doctor"], {**base, "PATH": str(ours)}).out)
    if shims.available("squeue"):
        assert got["squeue"] == ("OK", f"{ours}/squeue (slurm-proxy shim)")
    got = lines(sp(["doctor"], {**base, "PATH": str(tmp_path)}).out)
    assert got["squeue"][0] == "WARN" and "not on PATH" in got["squeue"][1]


# -- shims -----------------------------------------------------------------------------------
def _runnable_command() -> str:
    for command in ("squeue", "sinfo", "sbatch", "sacct", "scancel", "scontrol"):
        if shims.available(command):
            return command
    pytest.skip("no Slurm command is implemented in this installation yet")
    return ""


def test_shims_run_the_command_with_this_python(env: dict[str, str], tmp_path: Path) -> None:
    directory = tmp_path / "slurm-bin"
    r = sp(["shims", "--dir", str(directory)], env)
    assert r.rc == 0, r
    for command in shims.COMMANDS:
        path = directory / command
        assert stat.S_IMODE(path.stat().st_mode) == 0o755
        assert shims.classify(str(path)).kind == "shim"
    command = _runnable_command()
    # run it for real, from a directory holding a decoy `slurm_proxy` package
    decoy = tmp_path / "work"
    (decoy / "slurm_proxy").mkdir(parents=True)
    (decoy / "slurm_proxy" / "__init__.py").write_text("raise SystemExit('decoy imported')\n")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLURM", "SQUEUE", "SINFO"))}
    got = subprocess.run([str(directory / command), "--help"], cwd=decoy, env=clean,
                         capture_output=True, timeout=60)  # fmt: skip
    assert got.returncode == 0, got.stderr
    assert b"decoy" not in got.stderr and b"Usage" in got.stdout + got.stderr
    # the same as the console script pip installed, byte for byte
    script = shims.installed_scripts().get(command)
    if script:
        direct = subprocess.run([script, "--help"], cwd=decoy, env=clean, capture_output=True,
                                timeout=60)  # fmt: skip
        assert (direct.returncode, direct.stdout, direct.stderr) == (
            got.returncode, got.stdout, got.stderr)  # fmt: skip


def test_shims_are_rewritten_but_foreign_files_kept(env: dict[str, str], tmp_path: Path) -> None:
    directory = tmp_path / "bin"
    directory.mkdir()
    foreign = directory / "sinfo"
    foreign.write_text("#!/bin/sh\necho site wrapper\n")
    r = sp(["shims", "--dir", str(directory)], env)
    assert r.rc == 1 and "use --force" in r.err and "nothing was written" in r.err
    assert not (directory / "sbatch").exists()
    r = sp(["shims", "--dir", str(directory), "--force"], env)
    assert r.rc == 0 and "replaced" in r.out
    assert shims.classify(str(foreign)).kind == "shim"
    r = sp(["shims", "--dir", str(directory)], env)
    assert r.rc == 0 and r.out.count(": unchanged") == 6


def test_shims_replace_links_to_our_console_scripts(env: dict[str, str], tmp_path: Path) -> None:
    script = shims.installed_scripts().get("squeue")
    if script is None:
        pytest.skip("squeue is not pip-installed here")
    directory = tmp_path / "bin"
    directory.mkdir()
    (directory / "squeue").symlink_to(script)
    r = sp(["shims", "--dir", str(directory)], env)
    assert r.rc == 0 and "squeue: replaced" in r.out
    assert shims.classify(str(directory / "squeue")).kind == "shim"
    assert os.path.isfile(script)  # the link was replaced, not what it pointed to


def test_shim_with_a_vanished_python_says_so(env: dict[str, str], tmp_path: Path) -> None:
    text = shims.shim_text("squeue", "slurm_proxy.shim:squeue", str(tmp_path / "gone/bin/python"))
    path = tmp_path / "squeue"
    path.write_text(text)
    path.chmod(0o755)
    got = subprocess.run([str(path), "-h"], capture_output=True, text=True, timeout=30)
    assert got.returncode == 1 and got.stdout == ""
    assert got.stderr.startswith("squeue: error: slurm-proxy's Python ")
    assert "gone/bin/python is missing" in got.stderr


def test_shims_refuse_pips_own_directory(env: dict[str, str]) -> None:
    scripts = shims.installed_scripts()
    if "slurm-proxy" not in scripts:
        pytest.skip("slurm-proxy is not pip-installed here")
    r = sp(["shims", "--dir", os.path.dirname(scripts["slurm-proxy"])], env)
    assert r.rc == 1 and "console scripts" in r.err


# -- completion ------------------------------------------------------------------------------
def test_completion_tables_come_from_the_command_packages() -> None:
    assert completion.option_table("no-such-command") == []
    from slurm_proxy.sbatch.help import option_table

    names = [o.name for o in completion.option_table("sbatch")]
    assert "parsable" in names and "job-name" in names and "tasks-per-node" in names
    # what --help lists (and the getopt aliases of those), not what slurm-proxy refuses
    newest = option_table(completion.RELEASES[-1])
    assert {n for o in newest if o.supported for n in o.names} <= set(names)
    assert not {n for o in newest if not o.supported for n in o.names} & set(names)
    squeue = {o.name: o for o in completion.option_table("squeue")}
    assert squeue["json"].has_arg == OPTIONAL_ARGUMENT  # the newest release's kind
    assert "array-unique" in squeue and "steps" not in squeue  # 22.05 only; unsupported


@pytest.mark.parametrize("shell", completion.SHELLS)
def test_completion_scripts_parse(shell: str, env: dict[str, str], tmp_path: Path) -> None:
    r = sp(["completion", shell], env)
    assert r.rc == 0 and r.err == "" and "_SLURM_PROXY_COMPLETE" in r.out
    path = tmp_path / f"c.{shell}"
    path.write_text(r.out)
    exe = shutil.which(shell)
    if exe is None:
        pytest.skip(f"{shell} is not installed")
    check = {"bash": [exe, "-n"], "zsh": [exe, "-n"], "fish": [exe, "--no-execute"]}[shell]
    got = subprocess.run([*check, str(path)], capture_output=True, text=True, timeout=30)
    assert got.returncode == 0, got.stderr


def test_bash_completion_completes_long_options(env: dict[str, str], tmp_path: Path) -> None:
    tables = {c: completion.option_table(c) for c in shims.COMMANDS}
    command = next((c for c, t in tables.items() if t), None)
    if command is None:
        pytest.skip("no command option table yet")
    option = tables[command][-1].name
    path = tmp_path / "c.bash"
    path.write_text(sp(["completion", "bash", "--command", command], env).out)
    prefix = "--" + option[:-1]
    script = (
        f"source {path}\n"
        f"COMP_WORDS=({command} {prefix}); COMP_CWORD=1\n"
        f"_slurm_proxy_slurm_command {command} {prefix} {command}\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    got = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=30)
    assert got.returncode == 0, got.stderr
    assert "--" + option in got.stdout.split()


def test_click_completes_slurm_proxy_itself(env: dict[str, str]) -> None:
    script = shims.installed_scripts().get("slurm-proxy")
    if script is None:
        pytest.skip("slurm-proxy is not pip-installed here")
    got = subprocess.run(
        [script],
        env={**os.environ, "_SLURM_PROXY_COMPLETE": "bash_complete",
             "COMP_WORDS": "slurm-proxy doc", "COMP_CWORD": "1"},
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert got.stdout.strip() == "plain,doctor", got


def test_path_map_prefixes_are_whole_components() -> None:
    s = config.Settings(values={"path_map": "/data=/lustre,/data/a=/x"})
    assert doctor.map_path(s, "/data/a/b") == "/x/b"
    assert doctor.map_path(s, "/data") == "/lustre"
    assert doctor.map_path(s, "/database") is None
    assert doctor.map_path(config.Settings(values={"path_map": "/=/r"}), "/home") == "/r/home"
