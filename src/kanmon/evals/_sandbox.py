"""Run untrusted Python (generated code plus its tests) in a contained child process.

The boundary is the operating system's (``_sandbox_bwrap``): bubblewrap's namespaces and minimal
read-only file system, with a seccomp filter (``_sandbox_seccomp``) where libseccomp is present.
Inside it, the layers that were there before it stay, each holding where another is absent:

- a fresh temporary working directory, removed afterwards;
- rlimits (set by the child's prelude before the code runs): CPU seconds, address space, file
  size, open files, processes; stdout and stderr are files, so the file-size limit caps them too;
- a wall-clock timeout that kills the child's whole process group;
- an audit hook that refuses sockets, process creation, ``ctypes`` and writes outside the working
  directory. PEP 578: such a hook is not a security boundary (code in the interpreter can remove
  it); it turns the common mistakes into clear errors.

Where no OS sandbox can start (no bubblewrap, or a kernel that refuses it the namespaces it needs)
the "weak sandbox" is those layers alone, with ``unshare -n`` where permitted. It runs only when
the user opted in (``--allow-weak-sandbox``, ``evals.allow_weak_sandbox``); otherwise
:func:`run_python_sync` raises :class:`~kanmon.errors.EvalError`.

The child runs with ``python -I -S`` (isolated: no user site, no environment variables).
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

from kanmon.errors import EvalError
from kanmon.evals._sandbox_bwrap import (
    BWRAP_ENV,
    INSIDE,
    SandboxInfo,
    base_interpreter,
    command,
    probe,
    seccomp_pipe,
)
from kanmon.evals._sandbox_seccomp import program as seccomp_program

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
    #: Which sandbox ran it: "bubblewrap+seccomp", "bubblewrap" or "weak sandbox (opted in)".
    sandbox: str


@functools.cache
def sandbox_info() -> SandboxInfo:
    """This machine's sandbox, probed on first use and kept for the life of the process."""
    return probe(shutil.which("bwrap"), base_interpreter())


def require_sandbox(allow_weak: bool, info: SandboxInfo | None = None) -> SandboxInfo:
    """The sandbox to run generated code in; an :class:`EvalError` if it is the weak one and
    the user did not opt in."""
    info = info or sandbox_info()
    if info.kind == "weak" and not allow_weak:
        raise EvalError(
            f"no OS-level sandbox for model-generated code: {info.reason}. Install bubblewrap "
            "(Debian: apt-get install bubblewrap), or accept the weak sandbox (rlimits and an "
            "audit hook, not a security boundary) with --allow-weak-sandbox or "
            "`evals: {allow_weak_sandbox: true}` in kanmon.yaml"
        )
    return info


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


def _read(path: Path, n: int, *, tail: bool = False) -> str:
    """At most ``n`` characters of an output file: its start, or its end (for stderr, where
    the traceback that explains a failure is)."""
    size = path.stat().st_size
    with path.open("rb") as f:
        if tail and size > 4 * n:
            f.seek(size - 4 * n)
        s = f.read(4 * n + 4).decode("utf-8", "replace")
    if len(s) <= n:
        return s
    return "…" + s[-n:] if tail else s[:n] + "…"


def _argv(info: SandboxInfo, work: Path, limits: Limits, seccomp_fd: int | None) -> list[str]:
    mb = 1024 * 1024
    args = [str(limits.cpu_s), str(limits.memory_mb * mb), str(limits.file_mb * mb)]
    if info.kind != "weak":
        cmd = [info.python, "-I", "-S", "-B", f"{INSIDE}/_prelude.py", *args]
        return command(info, cmd, work=work, seccomp_fd=seccomp_fd)
    argv = [sys.executable, "-I", "-S", "-B", "_prelude.py", *args]
    return [shutil.which("unshare") or "unshare", "-n", *argv] if _unshare_works() else argv


def run_python_sync(
    code: str,
    limits: Limits = Limits(),
    *,
    allow_weak: bool = False,
    sandbox: SandboxInfo | None = None,
) -> SandboxResult:
    """Run ``code`` contained; never raises for anything the code does. Raises
    :class:`EvalError` when only the weak sandbox is available and ``allow_weak`` is false."""
    info = require_sandbox(allow_weak, sandbox)
    work = Path(tempfile.mkdtemp(prefix="kanmon-sbx-"))
    # Output goes to files the box cannot see: bounded by the file-size limit, read back capped.
    out_dir = Path(tempfile.mkdtemp(prefix="kanmon-sbx-out-"))
    program = seccomp_program()[0] if info.seccomp else None
    fd = seccomp_pipe(program) if program is not None else None
    try:
        (work / "main.py").write_text(code, encoding="utf-8")
        (work / "_prelude.py").write_text(_PRELUDE, encoding="utf-8")
        argv = _argv(info, work, limits, fd)
        env = BWRAP_ENV if info.kind != "weak" else {**BWRAP_ENV, "PYTHONHASHSEED": "0"}
        with (out_dir / "out").open("wb") as out, (out_dir / "err").open("wb") as err:
            try:
                proc = subprocess.Popen(
                    argv,
                    cwd=work,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=err,
                    pass_fds=(fd,) if fd is not None else (),
                    start_new_session=True,  # its own process group, killed as a whole
                )
            except OSError as e:
                return SandboxResult(False, None, "error", "", str(e), info.label)
            if fd is not None:
                os.close(fd)
                fd = None
            try:
                proc.wait(timeout=limits.wall_s)
                status = "ok" if proc.returncode == 0 else "failed"
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                status = "timeout"
        rc = proc.returncode
        if info.kind != "weak" and rc is not None and rc > 128:
            rc = -(rc - 128)  # bubblewrap reports a child killed by signal N as 128 + N
        stdout = _read(out_dir / "out", limits.max_output_chars)
        stderr = _read(out_dir / "err", limits.max_output_chars, tail=True)
        if status == "failed" and rc in (-signal.SIGXCPU, -signal.SIGKILL):
            status = "timeout" if rc == -signal.SIGXCPU else "killed"
        if status == "failed" and "MemoryError" in stderr:
            status = "memory"
        return SandboxResult(status == "ok", rc, status, stdout, stderr, info.label)
    finally:
        if fd is not None:
            os.close(fd)
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True)


async def run_python(
    code: str,
    limits: Limits = Limits(),
    *,
    allow_weak: bool = False,
    sandbox: SandboxInfo | None = None,
) -> SandboxResult:
    """The async form: runs in a worker thread so the event loop keeps serving other items."""
    return await asyncio.to_thread(
        functools.partial(run_python_sync, code, limits, allow_weak=allow_weak, sandbox=sandbox)
    )
