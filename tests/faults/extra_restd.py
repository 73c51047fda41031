"""Real server-side faults without disturbing the shared clusters.

:class:`ExtraRestd` starts a slurmrestd of our own (the real binary of a chroot cluster,
24.11 by default) on a free loopback port, as notes/real-slurm.md section 5 describes
for version tests.  It reads its own copy of the cluster's slurm.conf, in which the
ports of slurmctld and/or slurmdbd can point at a loopback port that refuses
connections.  From slurmrestd's side that *is* "slurmctld stopped" / "slurmdbd stopped":
its connect() to SlurmctldPort or AccountingStoragePort is refused, exactly as when the
daemon is not running; nobody else's tests lose their controller.  Stopping the extra
slurmrestd itself gives "slurmrestd stopped".

Everything it starts is stopped by PID in :meth:`stop` (SIGTERM, then SIGKILL), and its
configuration directory is removed.  Needs root (chroot, --userspec).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional

DAEMON_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ids(chroot: str, user: str) -> str:
    def one(flag: str) -> str:
        return subprocess.run(
            ["chroot", chroot, "id", flag, user],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()

    return f"{one('-u')}:{one('-g')}"


class ExtraRestd:
    def __init__(
        self,
        chroot: str,
        *,
        ctld_port: Optional[int] = None,
        dbd_port: Optional[int] = None,
        data_parser: Optional[str] = None,
    ) -> None:
        if not chroot or not Path(chroot, "usr/sbin/slurmrestd").exists():
            raise RuntimeError(f"no slurmrestd in chroot {chroot!r}")
        self.chroot = chroot
        self.ctld_port = ctld_port
        self.dbd_port = dbd_port
        self.data_parser = data_parser
        self.port = 0
        self.proc: Optional[subprocess.Popen[bytes]] = None
        self._confdir: Optional[str] = None  # path inside the chroot
        self.log = ""

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _write_conf(self) -> str:
        real = Path(self.chroot, "etc/slurm/slurm.conf").read_text()
        text = real
        if self.ctld_port is not None:
            text = re.sub(r"(?m)^SlurmctldPort=.*$", f"SlurmctldPort={self.ctld_port}", text)
        if self.dbd_port is not None:
            text = re.sub(
                r"(?m)^AccountingStoragePort=.*$", f"AccountingStoragePort={self.dbd_port}", text
            )
        host_dir = tempfile.mkdtemp(prefix="sp-faults-", dir=os.path.join(self.chroot, "tmp"))
        os.chmod(host_dir, 0o755)
        Path(host_dir, "slurm.conf").write_text(text)
        for extra in ("cgroup.conf",):
            src = Path(self.chroot, "etc/slurm", extra)
            if src.exists():
                shutil.copy(src, Path(host_dir, extra))
        for f in Path(host_dir).iterdir():
            f.chmod(0o644)
        self.log = os.path.join(host_dir, "slurmrestd.log")
        self._confdir = "/" + os.path.relpath(host_dir, self.chroot)
        return self._confdir

    def start(self, timeout: float = 30.0) -> ExtraRestd:
        confdir = self._confdir or self._write_conf()
        userspec = _ids(self.chroot, "slurmrestd")
        last = ""
        for _attempt in range(3):  # a free port can be taken between probe and bind
            self.port = free_port()
            argv = [
                "chroot",
                f"--userspec={userspec}",
                self.chroot,
                "/usr/bin/env",
                "-i",
                f"PATH={DAEMON_PATH}",
                "LANG=C",
                "SLURM_JWT=daemon",
                f"SLURM_CONF={confdir}/slurm.conf",
                "/usr/sbin/slurmrestd",
                "-a",
                "rest_auth/jwt",
            ]
            if self.data_parser:
                argv += ["-d", self.data_parser]
            argv.append(f"127.0.0.1:{self.port}")
            with open(self.log, "ab") as log:
                self.proc = subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and self.proc.poll() is None:
                if self.answers():
                    return self
                time.sleep(0.1)
            last = Path(self.log).read_text(errors="replace")[-2000:]
            self.stop(remove=False)
        raise RuntimeError(f"extra slurmrestd did not start:\n{last}")

    def answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/slurm/v0.0.41/ping", timeout=2):
                return True
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False

    def stop(self, *, remove: bool = True) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if remove and self._confdir:
            shutil.rmtree(os.path.join(self.chroot, self._confdir.lstrip("/")), ignore_errors=True)
            self._confdir = None

    def __enter__(self) -> ExtraRestd:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
