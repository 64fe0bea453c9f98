"""Run untrusted Python (generated code plus its tests) in a contained child process.

Containment, layered so each holds even where another is unavailable:

- a fresh temporary working directory, removed afterwards;
- rlimits (set by the child's prelude before the code runs): CPU seconds, address space, file
  size, open files, processes;
- a wall-clock timeout that kills the child's whole process group;
- no network: a new network namespace (``unshare -n``) where the kernel allows it, and in any case
  an audit hook in the child that refuses socket creation;
- the same audit hook refuses process creation (fork, exec, spawn, subprocess), ``ctypes`` and
  any write, rename or removal outside the working directory.

The child runs with ``python -I`` (isolated: no user site, no environment variables).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

# The prelude runs before the untrusted code; an audit hook cannot be removed once added.
_PRELUDE = r"""
import os as _os, sys as _sys, resource as _r
# Limits first, from argv (set by the parent): the code below cannot raise a hard limit.
_cpu, _mem, _fsize = (int(x) for x in _sys.argv[1:4])
_r.setrlimit(_r.RLIMIT_CPU, (_cpu, _cpu + 1))
_r.setrlimit(_r.RLIMIT_AS, (_mem, _mem))
_r.setrlimit(_r.RLIMIT_FSIZE, (_fsize, _fsize))
_r.setrlimit(_r.RLIMIT_NOFILE, (64, 64))
_r.setrlimit(_r.RLIMIT_CORE, (0, 0))
try:
    _r.setrlimit(_r.RLIMIT_NPROC, (64, 64))
except (ValueError, OSError):
    pass
del _r, _cpu, _mem, _fsize
_ROOT = _os.path.realpath(_os.getcwd())
_BLOCKED = {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo",
            "os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
            "subprocess.Popen", "os.kill", "os.killpg", "ctypes.dlopen", "ctypes.cdata",
            "os.chdir", "os.chroot", "mmap.__new__", "sys.addaudithook", "os.putenv"}
_PATHS = {"os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown",
          "os.symlink", "os.link", "os.truncate", "os.utime", "shutil.rmtree", "shutil.move"}
def _inside(p):
    try:
        p = _os.fsdecode(p) if not isinstance(p, int) else None
    except TypeError:
        return False
    if p is None:
        return True
    full = _os.path.realpath(_os.path.join(_ROOT, p))
    return full == _ROOT or full.startswith(_ROOT + _os.sep)
def _hook(event, args):
    if event in _BLOCKED:
        raise PermissionError(f"sandbox: {event} is not allowed")
    if event == "import" and args and str(args[0]).split(".")[0] in ("ctypes", "_ctypes"):
        raise PermissionError("sandbox: ctypes is not allowed")
    if event == "open":
        path, mode, flags = (list(args) + [None, None, 0])[:3]
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & (_os.O_WRONLY | _os.O_RDWR | _os.O_CREAT
                                                | _os.O_APPEND | _os.O_TRUNC))
        if writing and not _inside(path):
            raise PermissionError(f"sandbox: writing {path!r} is not allowed")
    elif event in _PATHS:
        for a in args[:2]:
            if isinstance(a, (str, bytes, _os.PathLike)) and not _inside(a):
                raise PermissionError(f"sandbox: {event} outside the work dir is not allowed")
_sys.addaudithook(_hook)
del _hook
_src = open("main.py", encoding="utf-8").read()
exec(compile(_src, "main.py", "exec"), {"__name__": "__main__"})
"""


@dataclass(frozen=True, slots=True)
class Limits:
    wall_s: float = 10.0
    cpu_s: int = 5
    memory_mb: int = 512
    file_mb: int = 16
    max_output_chars: int = 4000


@dataclass(frozen=True, slots=True)
class SandboxResult:
    ok: bool
    returncode: int | None
    status: str  # "ok" | "failed" | "timeout" | "memory" | "killed" | "error"
    stdout: str
    stderr: str
    network_namespace: bool


@functools.cache
def _unshare_works() -> bool:
    exe = shutil.which("unshare")
    if exe is None:
        return False
    try:
        r = subprocess.run([exe, "-n", "true"], capture_output=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return r.returncode == 0


def _clip(text: bytes, n: int) -> str:
    s = text.decode("utf-8", "replace")
    return s if len(s) <= n else s[:n] + "…"


def run_python_sync(code: str, limits: Limits = Limits()) -> SandboxResult:
    """Run ``code`` contained; never raises for anything the code does."""
    work = Path(tempfile.mkdtemp(prefix="kanmon-sbx-"))
    netns = _unshare_works()
    try:
        (work / "main.py").write_text(code, encoding="utf-8")
        (work / "_prelude.py").write_text(_PRELUDE, encoding="utf-8")
        mb = 1024 * 1024
        argv = [
            sys.executable,
            "-I",
            "-S",
            "-B",
            "_prelude.py",
            str(limits.cpu_s),
            str(limits.memory_mb * mb),
            str(limits.file_mb * mb),
        ]
        if netns:
            argv = [shutil.which("unshare") or "unshare", "-n", *argv]
        env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONHASHSEED": "0"}
        try:
            proc = subprocess.Popen(
                argv,
                cwd=work,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its own process group, killed as a whole
            )
        except OSError as e:
            return SandboxResult(False, None, "error", "", str(e), netns)
        try:
            out, err = proc.communicate(timeout=limits.wall_s)
            status = "ok" if proc.returncode == 0 else "failed"
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            status = "timeout"
        rc = proc.returncode
        if status == "failed" and rc in (-signal.SIGXCPU, -signal.SIGKILL):
            status = "timeout" if rc == -signal.SIGXCPU else "killed"
        if status == "failed" and b"MemoryError" in err:
            status = "memory"
        return SandboxResult(
            status == "ok",
            rc,
            status,
            _clip(out, limits.max_output_chars),
            _clip(err, limits.max_output_chars),
            netns,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


async def run_python(code: str, limits: Limits = Limits()) -> SandboxResult:
    """The async form: runs in a worker thread so the event loop keeps serving other items."""
    return await asyncio.to_thread(run_python_sync, code, limits)
