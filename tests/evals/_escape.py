"""Helpers for the sandbox escape tests: hostile code that first switches the audit hook off.

PEP 578 audit hooks are not a security boundary: code in the interpreter can find the hook
function (``gc``) and replace its code. Every escape attempt starts with ``DISARM`` and prints
``hook disarmed`` once ``import ctypes`` (which the hook refuses) has worked, so a test knows the
attempt really went past the hook and only the OS layer stood in its way.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

DISARM = """
import gc as _gc
for _f in _gc.get_objects():
    if type(_f).__name__ == "function" and _f.__code__.co_filename.endswith("_prelude.py"):
        _f.__code__ = (lambda *a, **k: None).__code__
del _gc, _f
import ctypes
print("hook disarmed", flush=True)
"""

#: x86_64 / aarch64 numbers of the syscalls the seccomp filter refuses (tests call them raw).
SYSCALLS = {
    "x86_64": {
        "ptrace": 101,
        "mount": 165,
        "unshare": 272,
        "setns": 308,
        "keyctl": 250,
        "add_key": 248,
        "bpf": 321,
        "perf_event_open": 298,
        "userfaultfd": 323,
        "io_uring_setup": 425,
    },
    "aarch64": {
        "ptrace": 117,
        "mount": 40,
        "unshare": 97,
        "setns": 268,
        "keyctl": 219,
        "add_key": 217,
        "bpf": 280,
        "perf_event_open": 241,
        "userfaultfd": 282,
        "io_uring_setup": 425,
    },
}

ROOT = Path(__file__).resolve().parents[2]


def hostile(code: str) -> str:
    return DISARM + code


def disarmed(stdout: str, stderr: str) -> None:
    assert "hook disarmed" in stdout, f"the attempt did not get past the audit hook: {stderr}"


def marker() -> str:
    """A process name (``comm``, at most 15 bytes) no other process has."""
    return "kbx" + secrets.token_hex(5)


def set_name(name: str) -> str:
    """Code that renames the current process to ``name`` (prctl PR_SET_NAME through libc)."""
    return f"ctypes.CDLL(None).prctl(15, {name.encode()!r}, 0, 0, 0)\n"


def procs_named(name: str) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        with contextlib.suppress(OSError):
            if Path(f"/proc/{entry}/comm").read_text().strip() == name:
                out.append(int(entry))
    return out


def wait_for(pred: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return bool(pred())  # type: ignore[operator]


def kill_named(name: str) -> list[int]:
    """Kill every process called ``name`` (what an escape left behind); returns their pids."""
    found = procs_named(name)
    for pid in found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return found


def start_parent(tmp: Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A separate process that runs the code written to its stdin in the sandbox, as the eval
    runner would: the sandboxed code's real parent. ``{PARENT_PID}`` in it becomes its pid.
    Its temporary directories go under ``tmp``: a runner killed by a test cannot remove them."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.evals._sandbox_parent"],
        cwd=ROOT,
        env={**(env if env is not None else os.environ), "TMPDIR": str(tmp)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
