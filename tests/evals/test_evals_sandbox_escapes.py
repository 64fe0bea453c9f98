"""Escape attempts that go past the audit hook (see ``_escape.DISARM``): only the OS-level
sandbox (bubblewrap namespaces, a minimal read-only file system, seccomp) stands in their way.
Each of these got out of the sandbox of rlimits + ``unshare -n`` + audit hook."""

from __future__ import annotations

import os
import platform
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kanmon.evals import Limits, run_python_sync
from tests.evals._escape import SYSCALLS, disarmed, hostile, marker

FAST = Limits(wall_s=5.0, cpu_s=2, memory_mb=256)


class Listener:
    """A server the sandboxed code must not reach; counts every connection it accepts."""

    def __init__(self, family: int, address: str | tuple[str, int]) -> None:
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.bind(address)
        self.sock.listen(64)
        self.sock.settimeout(0.1)
        self.address = self.sock.getsockname()
        self.accepted = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture
def tcp_listener() -> Iterator[Listener]:
    srv = Listener(socket.AF_INET, ("127.0.0.1", 0))
    yield srv
    srv.close()


@pytest.fixture
def unix_listener() -> Iterator[Listener]:
    # A short path: AF_UNIX addresses are limited to 107 bytes.
    d = tempfile.mkdtemp(prefix="kbx-")
    srv = Listener(socket.AF_UNIX, os.path.join(d, "s"))
    yield srv
    srv.close()
    shutil.rmtree(d, ignore_errors=True)


def test_network_is_unreachable_through_any_module(
    tcp_listener: Listener, unix_listener: Listener
) -> None:
    port = tcp_listener.address[1]
    code = f"""
import ctypes, os, socket, struct, _socket
libc = ctypes.CDLL(None, use_errno=True)
PORT = {port}
def report(how, ok):
    print(how, "CONNECTED" if ok else "refused", flush=True)
def attempt(how, fn):
    try:
        report(how, fn())
    except OSError as e:
        report(how, False)
def via_socket():
    socket.create_connection(("127.0.0.1", PORT), timeout=1)
    return True
def via__socket():
    s = _socket.socket(_socket.AF_INET, _socket.SOCK_STREAM)
    s.settimeout(1)
    s.connect(("127.0.0.1", PORT))
    return True
def via_ctypes():
    fd = libc.socket(2, 1, 0)
    addr = struct.pack("<H", 2) + struct.pack("!H", PORT) + bytes([127, 0, 0, 1]) + bytes(8)
    return fd >= 0 and libc.connect(fd, addr, len(addr)) == 0
def via_parents_netns():
    # back into the runner's network namespace, where the listener is
    for pid in (os.getppid(), 1):
        try:
            fd = os.open(f"/proc/{{pid}}/ns/net", os.O_RDONLY)
        except OSError:
            continue
        if libc.setns(fd, 0x40000000) == 0 and via_ctypes():
            return True
    return False
def via_unix():
    u = socket.socket(socket.AF_UNIX)
    u.settimeout(1)
    u.connect({unix_listener.address!r})
    return True
for how, fn in [("socket", via_socket), ("_socket", via__socket), ("ctypes", via_ctypes),
                ("setns", via_parents_netns), ("unix", via_unix)]:
    attempt(how, fn)
"""
    r = run_python_sync(hostile(code), FAST)
    disarmed(r.stdout, r.stderr)
    assert "CONNECTED" not in r.stdout, r.stdout
    assert r.stdout.count("refused") == 5, (r.stdout, r.stderr)
    assert tcp_listener.accepted == 0 and unix_listener.accepted == 0


def test_no_process_can_be_created_through_any_module() -> None:
    code = """
import os, subprocess, _posixsubprocess
libc = ctypes.CDLL(None, use_errno=True)
SH = ["/bin/sh", "-c"]
def attempt(how, fn):
    try:
        fn()
        print("tried", how, flush=True)
    except OSError as e:
        print("refused", how, e.errno, flush=True)
def child(how):
    os.write(1, f"SPAWNED by {how}\\n".encode())
    os._exit(0)
def via_fork():
    if os.fork() == 0:
        child("fork")
    os.wait()
def via_ctypes_fork():
    pid = libc.fork()
    if pid == 0:
        child("ctypes fork")
    if pid < 0:
        raise OSError(ctypes.get_errno(), "fork")
    os.wait()
def via_clone_syscall():
    nr = {"x86_64": 56, "aarch64": 220}[os.uname().machine]
    pid = libc.syscall(nr, 17, 0, 0, 0, 0)  # clone(SIGCHLD): a fork by another name
    if pid == 0:
        child("clone")
    if pid < 0:
        raise OSError(ctypes.get_errno(), "clone")
    os.wait()
def via_posix_spawn():
    os.waitpid(os.posix_spawn("/bin/sh", ["sh", "-c", "echo SPAWNED by posix_spawn"], {}), 0)
def via_posixsubprocess():
    r, w = os.pipe()
    args = [[b"/bin/sh", b"-c", b"echo SPAWNED by _posixsubprocess"], [b"/bin/sh"], True, (w,),
            None, None, -1, -1, -1, -1, -1, -1, r, w, False, False, -1, None, None, None, -1,
            None]
    try:
        pid = _posixsubprocess.fork_exec(*args, False)
    except TypeError:
        pid = _posixsubprocess.fork_exec(*args)
    os.waitpid(pid, 0)
def via_subprocess():
    subprocess.run(SH + ["echo SPAWNED by subprocess"])
def via_system():
    if os.system("echo SPAWNED by system") != 0:
        raise OSError(1, "system failed")
for how, fn in [("fork", via_fork), ("ctypes fork", via_ctypes_fork),
                ("clone", via_clone_syscall), ("posix_spawn", via_posix_spawn),
                ("_posixsubprocess", via_posixsubprocess), ("subprocess", via_subprocess),
                ("system", via_system)]:
    attempt(how, fn)
"""
    r = run_python_sync(hostile(code), FAST)
    disarmed(r.stdout, r.stderr)
    assert "SPAWNED" not in r.stdout, r.stdout
    assert r.stdout.count("refused") == 7, (r.stdout, r.stderr)


def test_fork_bomb_gets_no_process() -> None:
    code = """
import os, time
n = 0
for _ in range(200):
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        time.sleep(2)
        os._exit(0)
    n += 1
print("forked", n, flush=True)
"""
    r = run_python_sync(hostile(code), FAST)
    disarmed(r.stdout, r.stderr)
    assert "forked 0\n" in r.stdout, r.stdout


def test_memory_bomb_gets_no_memory_past_its_limits() -> None:
    """Lifting the address-space limit, and memory the limit does not count: files in the
    shared-memory tmpfs (RAM), which would also outlive the run."""
    tag = marker()
    code = f"""
import resource
try:
    inf = resource.RLIM_INFINITY
    resource.setrlimit(resource.RLIMIT_AS, (inf, inf))
    print("limit lifted", flush=True)
except (ValueError, OSError) as e:
    print("limit kept", e, flush=True)
try:
    b = bytearray(1 << 30)
    print("ALLOCATED", len(b), flush=True)
    del b
except MemoryError:
    print("allocation refused", flush=True)
written = 0
try:
    for i in range(64):
        with open(f"/dev/shm/{tag}-{{i}}", "wb") as f:
            f.write(bytes(8 << 20))
        written += 8 << 20
except OSError as e:
    print("shm refused", e.errno, flush=True)
print("shm MiB", written >> 20, flush=True)
"""
    try:
        r = run_python_sync(hostile(code), FAST)
        disarmed(r.stdout, r.stderr)
        assert "ALLOCATED" not in r.stdout and "allocation refused" in r.stdout, r.stdout
        shm = next(line for line in r.stdout.splitlines() if line.startswith("shm MiB"))
        assert int(shm.split()[-1]) <= 16, r.stdout
        assert not list(Path("/dev/shm").glob(f"{tag}-*")), "memory outlived the run"
    finally:
        for f in Path("/dev/shm").glob(f"{tag}-*"):
            f.unlink()


def test_syscalls_for_escaping_the_box_are_refused() -> None:
    numbers = SYSCALLS[platform.machine()]
    code = f"""
import errno, socket
libc = ctypes.CDLL(None, use_errno=True)
for name, nr in {numbers!r}.items():
    ctypes.set_errno(0)
    # unshare(CLONE_NEWNS) and setns(-1, 0) are well-formed; the rest get zero arguments
    args = (0x20000,) if name == "unshare" else (-1, 0) if name == "setns" else (0, 0, 0, 0, 0)
    rc = libc.syscall(nr, *args)
    print(name, "ALLOWED" if rc >= 0 else "errno", ctypes.get_errno(), flush=True)
for fam in ("AF_NETLINK", "AF_PACKET", "AF_INET6", "AF_VSOCK"):
    try:
        socket.socket(getattr(socket, fam), socket.SOCK_RAW if fam != "AF_VSOCK" else 1)
        print(fam, "ALLOWED", flush=True)
    except OSError as e:
        print(fam, "errno", e.errno, flush=True)
"""
    r = run_python_sync(hostile(code), FAST)
    disarmed(r.stdout, r.stderr)
    lines = dict(line.split(" ", 1) for line in r.stdout.splitlines()[1:])
    for name in numbers:
        assert lines.get(name) == "errno 1", (name, r.stdout)  # EPERM from the filter
    for fam in ("AF_NETLINK", "AF_PACKET", "AF_INET6", "AF_VSOCK"):
        assert lines.get(fam) == "errno 97", (fam, r.stdout)  # EAFNOSUPPORT from the filter


def test_output_flood_is_cut_at_the_file_size_limit() -> None:
    r = run_python_sync(
        "import sys\nfor _ in range(64):\n    sys.stdout.write('x' * (1 << 20))", FAST
    )
    assert not r.ok and "File too large" in r.stderr, r.stderr[-300:]
    assert len(r.stdout) <= FAST.max_output_chars + 1
