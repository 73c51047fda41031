"""Config precedence, token handling and error shapes of the runtime core."""

from __future__ import annotations

import base64
import json
import os
import re
import time
from pathlib import Path

import pytest

from slurm_proxy import auth, config, errors

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "recorded"


def make_jwt(**claims: object) -> str:
    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    return ".".join(
        [
            b64(b'{"alg":"HS256","typ":"JWT"}'),
            b64(json.dumps(claims).encode()),
            b64(b"signature-not-checked"),
        ]
    )


# -- config ---------------------------------------------------------------------------
def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    system = write(
        tmp_path / "etc.toml",
        'url = "https://system:6820"\nretries = 1\n'
        '[profiles.big]\nurl = "https://big-system:6820"\n',
    )
    user = write(
        tmp_path / "user.toml",
        'url = "https://user:6820"\nread_timeout = 9\n[profiles.big]\napi_version = "v0.0.42"\n',
    )
    return {
        "SLURM_PROXY_SYSTEM_CONFIG": str(system),
        "SLURM_PROXY_CONFIG": str(user),
        "HOME": str(tmp_path),
    }


def test_precedence_profile_env_user_system(files: dict[str, str]) -> None:
    s = config.load(files)
    assert s.get("url") == "https://user:6820" and s.get("retries") == 1
    assert s.get("read_timeout") == 9.0 and s.source("read_timeout").endswith("user.toml")
    env = {**files, "SLURMRESTD_URL": "https://env:6820"}
    s = config.load(env)
    assert s.get("url") == "https://env:6820" and s.source("url") == "$SLURMRESTD_URL"
    s = config.load(env, "big")  # a -M profile beats the environment
    assert s.get("url") == "https://big-system:6820"
    assert s.get("api_version") == "v0.0.42"
    assert s.get("cluster_name") == "big" and s.profile == "big"


def test_unknown_profile_and_key_are_errors(files: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(errors.SlurmError, match="unknown cluster profile 'nope'"):
        config.load(files, "nope")
    bad = write(tmp_path / "bad.toml", "colour = 1\n")
    with pytest.raises(errors.SlurmError, match="unknown setting 'colour'"):
        config.load({**files, "SLURM_PROXY_CONFIG": str(bad)})
    broken = write(tmp_path / "broken.toml", "url = \n")
    with pytest.raises(errors.SlurmError, match="invalid configuration file"):
        config.load({**files, "SLURM_PROXY_CONFIG": str(broken)})


def test_path_map_longest_prefix_first(files: dict[str, str]) -> None:
    s = config.load({**files, "SLURM_PROXY_PATH_MAP": "/home=/cluster/home,/home/a/b=/x"})
    assert s.path_map == [("/home/a/b", "/x"), ("/home", "/cluster/home")]


# -- tokens ----------------------------------------------------------------------------
def settings_with(**values: object) -> config.Settings:
    return config.Settings(values=dict(values), sources={k: "test" for k in values})


def test_token_prefix_and_claims() -> None:
    tok = make_jwt(sun="alice", exp=int(time.time()) + 600)
    token = auth.resolve(settings_with(token=f"SLURM_JWT={tok}\n"), {})
    assert token.value == tok and token.user == "alice" and not token.expired()


def test_expired_token_is_refused_before_any_request() -> None:
    tok = make_jwt(sun="alice", exp=1_000_000_000)
    with pytest.raises(errors.SlurmError, match=r"token expired at 2001-09-\d\dT"):
        auth.resolve(settings_with(token=tok), {})


def test_token_file_must_be_private(tmp_path: Path) -> None:
    path = tmp_path / "jwt"
    path.write_text(make_jwt(sun="bob") + "\n")
    os.chmod(path, 0o644)
    with pytest.raises(errors.SlurmError, match="accessible by group or others"):
        auth.resolve(settings_with(token_file=str(path)), {})
    os.chmod(path, 0o600)
    assert auth.resolve(settings_with(token_file=str(path)), {}).user == "bob"


def test_token_command_refreshes_an_expired_token(tmp_path: Path) -> None:
    fresh = make_jwt(sun="carol", exp=int(time.time()) + 3600)
    script = write(tmp_path / "mint", f"#!/bin/sh\necho SLURM_JWT={fresh}\n")
    os.chmod(script, 0o700)
    stale = make_jwt(sun="carol", exp=1_000_000_000)
    token = auth.resolve(settings_with(token=stale, token_command=str(script)), {})
    assert token.value == fresh and token.source == "token_command"
    failing = write(tmp_path / "fail", "#!/bin/sh\necho secret-out; echo nope >&2; exit 3\n")
    os.chmod(failing, 0o700)
    with pytest.raises(errors.SlurmError) as info:
        auth.resolve(settings_with(token_command=str(failing)), {})
    assert "exited with 3: nope" in info.value.text and "secret-out" not in info.value.text


def test_no_token_at_all() -> None:
    with pytest.raises(errors.SlurmError, match="no slurmrestd token"):
        auth.resolve(settings_with(), {})


# -- error shapes, from real recorded 22.05 answers --------------------------------------
def recorded_http(name: str) -> tuple[int, str, bytes]:
    path = SHARED / "live-22.05" / "errors" / name
    if not path.exists():
        pytest.skip(f"{path} not present (shared recordings absent)")
    head, _, body = path.read_bytes().partition(b"\r\n\r\n")
    if not _:
        head, _, body = path.read_bytes().partition(b"\n\n")
    lines = head.decode().splitlines()
    status = int(lines[0].split()[1])
    ctype = next(
        (ln.split(":", 1)[1].strip() for ln in lines if ln.lower().startswith("content-type:")), ""
    )
    return status, ctype, body


@pytest.mark.parametrize(
    "name, errno, text",
    [
        ("unknown-job-get.http", 2017, "Invalid job id specified"),
        ("unknown-node.http", 2018, "Invalid node name specified"),
        ("submit-missing-script.http", 2009, "Job script not specified"),
        ("bad-token.http", -1, "slurmctld config is unable to load"),
        ("submit-unknown-field.http", 9001, 'Unknown key "bogus_field"'),
    ],
)
def test_error_shapes_of_slurm_22_05(name: str, errno: int, text: str) -> None:
    status, ctype, body = recorded_http(name)
    err = errors.from_response(status, ctype, body)
    assert err.text == text and err.status == status
    if name != "submit-unknown-field.http":
        assert err.errno == errno


@pytest.mark.parametrize(
    "name, pattern",
    [
        ("missing-token-only.http", "Authentication failure"),
        ("unknown-path.http", "HTTP 404: Unable find requested URL"),
        ("submit-invalid-json.http", "HTTP 400: Unable to parse query."),
    ],
)
def test_text_bodies(name: str, pattern: str) -> None:
    status, ctype, body = recorded_http(name)
    err = errors.from_response(status, ctype, body)
    assert pattern in err.text and err.body is None


def test_v0042_delete_status_shape() -> None:
    body = {
        "status": [{"error": {"code": 2017, "string": "Invalid job id specified"}, "job_id": 5}]
    }
    assert errors.first_error(body)[:2] == (2017, "Invalid job id specified")


def test_html_and_garbage_never_leak_into_the_message() -> None:
    err = errors.from_response(502, "text/html", b"<html><body>Bad gateway</body></html>")
    assert err.text == "slurmrestd answered HTTP 502 without a usable body"
    err = errors.from_response(500, "application/json", b"{not json")
    assert re.match(r"slurmrestd answered HTTP 500", err.text)
