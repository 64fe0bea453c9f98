"""A PostgreSQL and a Redis of the tests' own (own data directory, own port), to stop, crash,
freeze and restart. The machine's shared services on 5432 and 6379 are never touched."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
import redis


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        pytest.fail(f"the fault tests need PostgreSQL's {name} (Debian: postgresql)")
    return found


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after its closing paren
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            out.append(int(entry.name))
    return out


class _Proc:
    """A server and its children: PostgreSQL's backends each start their own session, so a
    signal to the server's process group would miss them."""

    proc: subprocess.Popen[bytes] | None = None

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        for pid in [*_children(self.proc.pid), self.proc.pid]:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass

    def freeze(self) -> None:
        self.signal(signal.SIGSTOP)

    def thaw(self) -> None:
        self.signal(signal.SIGCONT)

    def crash(self) -> None:
        """SIGKILL, as a power cut of the process (the OS keeps what was written)."""
        self.signal(signal.SIGKILL)
        assert self.proc is not None
        self.proc.wait(10)
        self.proc = None


class PgServer(_Proc):
    def __init__(self) -> None:
        # A directory the server's user can reach: pytest's tmp dirs are private to root.
        self.root = Path(tempfile.mkdtemp(prefix="kanmon-faults-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._user: str | None = None
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            for name in ("postgres", "nobody"):
                try:
                    pw = pwd.getpwnam(name)
                except KeyError:
                    continue
                self._user = name
                os.chown(self.root, pw.pw_uid, pw.pw_gid)
                break
            else:
                pytest.fail("running as root, the fault tests need a 'postgres' or 'nobody' user")
        self.log = self.root / "server.log"
        self._run([_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-N"])

    def _run(self, argv: list[str]) -> None:
        subprocess.run(argv, check=True, capture_output=True, user=self._user, timeout=120)

    @property
    def dsn(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def start(self, timeout: float = 30.0) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    _pg_bin("postgres"),
                    "-D",
                    str(self.data),
                    "-p",
                    str(self.port),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    f"unix_socket_directories={self.root}",
                    "-c",
                    "fsync=off",
                    "-c",
                    "max_connections=60",
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                user=self._user,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self.dsn, connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    tail = self.log.read_text()[-2000:]
                    raise RuntimeError(f"PostgreSQL did not start: {tail}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """A clean, fast shutdown (``pg_ctl -m fast``): sessions are ended, the server exits."""
        if self.proc is not None:
            self.signal(signal.SIGCONT)
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(30)
            self.proc = None

    def create_db(self, name: str) -> str:
        with psycopg.connect(self.dsn, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def close(self) -> None:
        try:
            if self.proc is not None:
                self.signal(signal.SIGCONT)
                self.signal(signal.SIGKILL)
                self.proc.wait(10)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


class RedisServer(_Proc):
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kanmon-faults-redis-"))
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 15.0) -> None:
        """No persistence: a restart comes back empty, as the issue's Redis did."""
        exe = shutil.which("redis-server")
        if exe is None:
            pytest.fail("the fault tests need redis-server (Debian: redis-server)")
        self.proc = subprocess.Popen(
            [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.root)]
            + ["--save", "", "--appendonly", "no", "--protected-mode", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with redis.Redis(port=self.port, socket_timeout=1) as r:
                    r.ping()
                return
            except redis.RedisError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=5, decode_responses=True)

    def kill_clients(self) -> int:
        with self.client() as r:
            return int(r.execute_command("CLIENT", "KILL", "TYPE", "normal"))

    def close(self) -> None:
        try:
            if self.proc is not None:
                self.signal(signal.SIGCONT)
                self.signal(signal.SIGKILL)
                self.proc.wait(10)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
