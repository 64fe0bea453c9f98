"""The seccomp filter for sandboxed code: a BPF program compiled with libseccomp, which bubblewrap
loads (``--seccomp FD``) just before it starts the interpreter.

Everything is allowed except what a test of generated code has no use for and an escape does:

- sockets of any family but ``AF_UNIX`` (``EAFNOSUPPORT``): no network even if a namespace leaks;
- new processes: ``fork``/``vfork`` and a ``clone`` without ``CLONE_THREAD`` (``EPERM``; threads
  still work). ``clone3`` passes its flags in memory a filter cannot read, so it answers
  ``ENOSYS`` and the C library falls back to ``clone``;
- the ways out of or around the namespaces and the kernel's own surfaces: ``ptrace`` and
  cross-process memory, mounts, namespaces, keyrings, ``bpf``, ``perf_event_open``,
  ``userfaultfd``, ``io_uring`` (whose socket operations a filter would not see), modules,
  ``kexec``, ``reboot`` and their like (``EPERM``).

A syscall the running architecture does not have is skipped; a foreign-architecture syscall is
killed (libseccomp's default for a mismatched architecture).
"""

from __future__ import annotations

import errno
import functools
import socket
import tempfile
from typing import Any

CLONE_THREAD = 0x00010000

DENIED = (
    # processes (clone is handled by its flags, below)
    "fork",
    "vfork",
    # another process's memory and state
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_getfd",
    "kcmp",
    # namespaces and mounts
    "unshare",
    "setns",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "open_tree",
    "move_mount",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "name_to_handle_at",
    "open_by_handle_at",
    # kernel interfaces with a long record of escapes
    "keyctl",
    "add_key",
    "request_key",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "io_uring_setup",
    "io_uring_enter",
    "io_uring_register",
    # the machine itself
    "init_module",
    "finit_module",
    "delete_module",
    "kexec_load",
    "kexec_file_load",
    "reboot",
    "swapon",
    "swapoff",
    "acct",
    "quotactl",
    "syslog",
    "iopl",
    "ioperm",
    "settimeofday",
    "clock_settime",
    "clock_adjtime",
    "adjtimex",
    "vhangup",
)


@functools.cache
def program() -> tuple[bytes | None, str]:
    """The compiled filter, or None and why not (no libseccomp, or it refused the rules).
    Compiled once per process."""
    try:
        import pyseccomp as sc
    except (ImportError, RuntimeError, OSError) as e:  # RuntimeError: libseccomp not found
        return None, f"libseccomp is not available ({e})"
    try:
        return _compile(sc), ""
    except (OSError, ValueError, RuntimeError) as e:
        return None, f"libseccomp could not build the filter ({e})"


def _compile(sc: Any) -> bytes:
    f = sc.SyscallFilter(sc.ALLOW)
    eperm = sc.ERRNO(errno.EPERM)
    for name in ("socket", "socketpair"):
        f.add_rule(sc.ERRNO(errno.EAFNOSUPPORT), name, sc.Arg(0, sc.NE, socket.AF_UNIX))
    f.add_rule(eperm, "clone", sc.Arg(0, sc.MASKED_EQ, CLONE_THREAD, 0))
    _add(sc, f, sc.ERRNO(errno.ENOSYS), "clone3")
    for name in DENIED:
        _add(sc, f, eperm, name)
    with tempfile.TemporaryFile() as out:
        f.export_bpf(out)
        out.seek(0)
        return out.read()


def _add(sc: Any, f: Any, action: int, name: str) -> None:
    try:
        f.add_rule(action, name)
    except (OSError, ValueError, RuntimeError):
        # a syscall this architecture does not have (e.g. iopl off x86): nothing to deny
        if _known(sc, name):
            raise


def _known(sc: Any, name: str) -> bool:
    try:
        return int(sc.resolve_syscall(sc.Arch.NATIVE, name)) >= 0
    except (OSError, ValueError, RuntimeError):
        return False
