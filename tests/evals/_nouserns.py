"""Run a command where the kernel refuses new user namespaces, as on a host with
``user.max_user_namespaces = 0`` (or Debian's ``kernel.unprivileged_userns_clone = 0``).

The command runs as root in a user namespace of its own (uids and gids 0-65535 mapped to
themselves) whose limit on nested user namespaces is set to 0: the machine's own setting is not
touched. Needs root (to write the id maps); usage: ``python -m tests.evals._nouserns CMD ...``.
"""

from __future__ import annotations

import ctypes
import os
import sys

CLONE_NEWUSER = 0x10000000


def main() -> None:
    go_r, go_w = os.pipe()
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(go_w)
        os.close(ready_r)
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.unshare(CLONE_NEWUSER) != 0:
            os.write(2, f"unshare(CLONE_NEWUSER): errno {ctypes.get_errno()}\n".encode())
            os._exit(90)
        os.write(ready_w, b"u")
        os.close(ready_w)
        os.read(go_r, 1)  # the parent has written the id maps
        with open("/proc/sys/user/max_user_namespaces", "w") as f:
            f.write("0")
        os.execvp(sys.argv[1], sys.argv[1:])
    os.close(go_r)
    os.close(ready_w)
    if os.read(ready_r, 1) != b"u":
        sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    with open(f"/proc/{pid}/setgroups", "w") as f:
        f.write("allow")
    for name in ("uid_map", "gid_map"):
        with open(f"/proc/{pid}/{name}", "w") as f:
            f.write("0 0 65536\n")
    os.write(go_w, b"g")
    sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))


if __name__ == "__main__":
    main()
