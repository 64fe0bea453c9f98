"""The OS-level sandbox: bubblewrap's command line, and a probe of what this machine allows.

Inside the box the code sees:

- a read-only ``/usr`` (and the ``/bin``, ``/lib*`` links or directories beside it) and the
  interpreter's own ``bin`` and ``lib``; nothing else of the host: no ``/etc``, ``/home``,
  ``/root``, ``/run``, ``/var``, no project, store, config or key file;
- its work directory (``/sandbox``, writable), a private ``/tmp`` and ``/dev/shm`` (small tmpfs,
  gone with the box), a minimal ``/dev`` and its own ``/proc``; ``/`` and ``/dev`` read-only;
- new network (no interface but its own loopback), IPC, PID, UTS and cgroup namespaces and, where
  the kernel allows, a user namespace (uid 65534 inside; nested user namespaces disabled);
- no capabilities, a clean environment, its own session (no terminal injection), and death with
  its parent;
- the seccomp filter of ``_sandbox_seccomp`` where libseccomp is present.

The probe tries the strongest form first and steps down: with a user namespace (and
``--disable-userns``, bubblewrap 0.8+), with one but without that flag (older bubblewrap),
without one (root, or a setuid bubblewrap, when the kernel refuses user namespaces), each with
the seccomp filter and then without it. The first form that starts an interpreter is the one
used; none: the weak sandbox.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kanmon.evals._sandbox_seccomp import program as seccomp_program

Kind = Literal["bubblewrap+seccomp", "bubblewrap", "weak"]

INSIDE = "/sandbox"
NOBODY = "65534"
TMP_BYTES = 64 * 1024 * 1024
SHM_BYTES = 16 * 1024 * 1024
#: What bubblewrap itself runs with: its own environment is readable as /proc/1/environ inside.
BWRAP_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
_TOP = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
_FILTERED = """
import socket
try:
    socket.socket()
except OSError:
    pass
else:
    raise SystemExit("the seccomp filter is not in force")
"""


@dataclass(frozen=True, slots=True)
class SandboxInfo:
    """What runs generated code on this machine (the probe's answer)."""

    kind: Kind
    #: Why it is not stronger ("" for bubblewrap+seccomp).
    reason: str = ""
    bwrap: str | None = None
    python: str = ""
    user_namespace: bool = False
    disable_userns: bool = False

    @property
    def label(self) -> str:
        """As reports show it; the weak sandbox runs only when the user opted in."""
        return "weak sandbox (opted in)" if self.kind == "weak" else self.kind

    @property
    def seccomp(self) -> bool:
        return self.kind == "bubblewrap+seccomp"


def base_interpreter() -> str:
    """The interpreter behind this one (a virtualenv's python is a link or a copy of it)."""
    return os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)


def _interpreter_binds(python: str) -> list[str]:
    exe = Path(os.path.realpath(python))
    args = ["--ro-bind", str(exe), str(exe)]
    prefix = exe.parent.parent
    if prefix == Path("/usr") or Path("/usr") in prefix.parents or prefix == Path("/"):
        return args
    # Only the prefix's lib: the prefix itself may be a home directory.
    for sub in ("lib", "lib64"):
        args += ["--ro-bind-try", str(prefix / sub), str(prefix / sub)]
    return args


def command(
    info: SandboxInfo,
    cmd: Sequence[str],
    *,
    work: Path | None = None,
    seccomp_fd: int | None = None,
) -> list[str]:
    """bubblewrap's argv that runs ``cmd`` (inside paths) with ``work`` at ``/sandbox``."""
    assert info.bwrap is not None
    argv = [info.bwrap, "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts"]
    argv += ["--unshare-cgroup-try", "--hostname", "sandbox"]
    if info.user_namespace:
        argv += ["--unshare-user", "--uid", NOBODY, "--gid", NOBODY]
        if info.disable_userns:
            argv.append("--disable-userns")
    argv += ["--cap-drop", "ALL", "--die-with-parent", "--new-session", "--clearenv"]
    for k, v in (("PATH", "/usr/bin:/bin"), ("LANG", "C.UTF-8"), ("HOME", INSIDE)):
        argv += ["--setenv", k, v]
    argv += ["--ro-bind", "/usr", "/usr"]
    for top in _TOP:
        if os.path.islink(top):
            argv += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            argv += ["--ro-bind", top, top]
    argv += _interpreter_binds(info.python)
    argv += ["--proc", "/proc", "--dev", "/dev"]
    argv += ["--size", str(SHM_BYTES), "--tmpfs", "/dev/shm", "--remount-ro", "/dev"]
    argv += ["--size", str(TMP_BYTES), "--tmpfs", "/tmp"]
    if work is not None:
        argv += ["--bind", str(work), INSIDE, "--chdir", INSIDE]
    else:
        argv += ["--dir", INSIDE, "--chdir", INSIDE]
    argv += ["--remount-ro", "/"]
    if seccomp_fd is not None:
        argv += ["--seccomp", str(seccomp_fd)]
    return [*argv, "--", *cmd]


def seccomp_pipe(program: bytes) -> int:
    """A pipe's read end holding the filter, for ``--seccomp FD`` (the caller closes it)."""
    r, w = os.pipe()
    try:
        os.write(w, program)  # a few hundred bytes: far below a pipe's buffer
    finally:
        os.close(w)
    return r


def _starts(info: SandboxInfo, program: bytes | None) -> tuple[bool, str]:
    fd = seccomp_pipe(program) if program is not None else None
    # The probe's test: the interpreter starts and, under the filter, an AF_INET socket is refused.
    check = _FILTERED if program is not None else "pass"
    argv = command(info, [info.python, "-I", "-S", "-c", check], seccomp_fd=fd)
    try:
        r = subprocess.run(
            argv,
            env=BWRAP_ENV,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
            check=False,
            pass_fds=(fd,) if fd is not None else (),
        )
    except (OSError, subprocess.SubprocessError) as e:
        return False, str(e)
    finally:
        if fd is not None:
            os.close(fd)
    why = r.stderr.decode("utf-8", "replace").strip().splitlines()
    return r.returncode == 0, (why[-1] if why else f"bwrap exited {r.returncode}")


def probe(bwrap: str | None, python: str, *, seccomp: bool = True) -> SandboxInfo:
    """The strongest sandbox that works here (see the module's docstring); not cached."""
    if not sys.platform.startswith("linux"):
        return SandboxInfo("weak", "bubblewrap needs Linux", python=python)
    if bwrap is None:
        return SandboxInfo("weak", "bubblewrap (bwrap) is not installed", python=python)
    program, why_not = seccomp_program() if seccomp else (None, "seccomp not asked for")
    errors: list[str] = []
    for prog in [program, None] if program is not None else [None]:
        kind: Kind = "bubblewrap+seccomp" if prog is not None else "bubblewrap"
        for userns, disable in ((True, True), (True, False), (False, False)):
            info = SandboxInfo(kind, "", bwrap, python, userns, disable)
            ok, why = _starts(info, prog)
            if ok:
                notes = [] if prog is not None else [why_not or f"seccomp refused: {errors[0]}"]
                if not userns:
                    notes.append(f"no user namespace: {errors[0]}")
                return SandboxInfo(kind, "; ".join(notes), bwrap, python, userns, disable)
            errors.append(why)
    return SandboxInfo(
        "weak", f"bubblewrap cannot start a sandbox here: {errors[0]}", bwrap, python
    )
