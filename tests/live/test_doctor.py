"""`slurm-proxy doctor` against the real clusters: all good, bad token, expired token,
unreachable URL, pinned API version.

The proxy runs in-process (tests.support.diff.run_proxy) with the cluster's URL and
token; the verdicts are read from the ``VERDICT  CHECK  detail`` lines.
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path

from tests.live.conftest import get_cluster
from tests.support.clusters import Cluster, mint_token
from tests.support.diff import Result, run_proxy


def verdicts(result: Result) -> dict[str, tuple[str, str]]:
    found = {}
    for line in result.stdout.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0] in ("OK", "WARN", "FAIL", "SKIP"):
            found[parts[1]] = (parts[0], parts[2])
    return found


def doctor(cluster: Cluster, **env: str) -> tuple[Result, dict[str, tuple[str, str]]]:
    result = run_proxy(cluster, "slurm-proxy", ["doctor"], env=env or None)
    assert result.stderr == "", result
    return result, verdicts(result)


def forged(claims: dict[str, object]) -> str:
    """A JWT with plausible claims and a signature no cluster made."""

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")

    return ".".join([b64(b'{"alg":"HS256","typ":"JWT"}'), b64(json.dumps(claims).encode()),
                     b64(b"not-the-cluster-key")])  # fmt: skip


def test_doctor_all_good(cluster: Cluster) -> None:
    result, got = doctor(cluster)
    assert result.rc == 0, result
    for check in ("config", "token", "url", "api", "auth", "accounting", "clock", "path_map"):
        assert got[check][0] == "OK", (check, str(result))
    api = got["api"][1].split(",")[0]
    assert api == cluster.api and api in cluster.versions, got["api"]
    assert f"Slurm {cluster.slurm_version}" in got["api"][1]
    assert f"user {cluster.user}" in got["token"][1]
    assert f"as {cluster.user}" in got["auth"][1]
    assert f"/slurmdb/{api} present" in got["accounting"][1]
    assert got["tls"][0] == "SKIP"  # plain http on loopback
    assert cluster.token not in result.stdout


def test_doctor_pinned_api_version(cluster: Cluster) -> None:
    oldest = cluster.versions[0]
    result, got = doctor(cluster, SLURM_PROXY_API_VERSION=oldest)
    assert result.rc == 0, result
    assert got["api"][1].startswith(f"{oldest}, ") and "pinned by api_version" in got["api"][1]
    assert got["auth"] == ("OK", f"token accepted: GET /slurm/{oldest}/diag as {cluster.user}")


def test_doctor_bad_token(cluster: Cluster) -> None:
    token = forged({"sun": cluster.user, "exp": int(time.time()) + 3600, "iat": int(time.time())})
    result, got = doctor(cluster, SLURM_JWT=token)
    assert result.rc == 1, result
    assert got["token"][0] == "OK"  # nothing wrong with it that this host can see
    if cluster.release == "22.05":
        # 22.05 answers even /ping with a 500 for a bad token: negotiation itself fails
        assert got["api"][0] == "FAIL", result
        assert "slurmctld config is unable to load" in got["api"][1], result
    else:
        assert got["auth"][0] == "FAIL" and "slurmrestd refused" in got["auth"][1], result
        assert got["api"][0] == "OK"  # /ping checks no token on 24.11+


def test_doctor_unreachable_url(cluster: Cluster) -> None:
    result, got = doctor(cluster, SLURMRESTD_URL="http://127.0.0.1:1")
    assert result.rc == 1, result
    assert got["url"][0] == "FAIL" and "Connection refused" in got["url"][1]
    assert [got[c][0] for c in ("api", "auth", "accounting")] == ["SKIP"] * 3


def test_doctor_expired_token() -> None:
    cluster = get_cluster("24.11")
    token = mint_token("24.11", cluster.user, 5)
    exp = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "==")).get("exp", 0)
    time.sleep(max(0.0, exp - time.time()) + 1.5)
    result, got = doctor(cluster, SLURM_JWT=token)
    assert result.rc == 1, result
    assert got["token"][0] == "FAIL" and "expired at" in got["token"][1], result
    assert got["auth"][0] == "FAIL", result  # and slurmctld agrees


def test_doctor_through_a_profile(tmp_path: Path) -> None:
    """config init writes what doctor then finds good (token in a 0600 file)."""
    cluster = get_cluster("24.11")
    home = tmp_path
    token_file = home / "jwt"
    token_file.write_text(cluster.token + "\n")
    token_file.chmod(0o600)
    conf = home / "config.toml"
    env = {"SLURM_PROXY_CONFIG": str(conf), "SLURMRESTD_URL": "", "SLURM_JWT": ""}
    init = run_proxy(cluster, "slurm-proxy", ["config", "init", "--yes", "--profile", "ci",
                                              "--url", cluster.url, "--token-file",
                                              str(token_file)], env=env)  # fmt: skip
    assert init.rc == 0, init
    assert cluster.token not in conf.read_text()
    result = run_proxy(cluster, "slurm-proxy", ["-M", "ci", "doctor"], env=env)
    got = verdicts(result)
    assert result.rc == 0, result
    assert got["config"][0] == "OK" and "profile ci" in got["config"][1]
    assert got["token"][0] == "OK" and f"file {token_file}" in got["token"][1]
    assert got["auth"][0] == "OK"
