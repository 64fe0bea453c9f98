"""Which sandbox runs generated code, as root and as an unprivileged user, with and without user
namespaces, without seccomp and without bubblewrap; and what a run and its reports say of it."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from kanmon.errors import EvalError
from kanmon.evals import Limits, SandboxInfo, run_python_sync, sandbox_info
from kanmon.evals._sandbox import require_sandbox
from kanmon.evals._sandbox_bwrap import BWRAP_ENV, base_interpreter, command, probe, seccomp_pipe
from kanmon.evals._sandbox_seccomp import program
from tests.evals._escape import ROOT, hostile

FAST = Limits(wall_s=5.0, cpu_s=2, memory_mb=256)
BWRAP = shutil.which("bwrap")
#: An interpreter an unprivileged user can run (this one may live in root's home).
SYSTEM_PYTHON = "/usr/bin/python3"
NOBODY = 65534

#: What every contained run must show; printed by CHECKS.
CHECKS = """
import os, socket
try:
    open("/etc/shadow").read()
    print("READ shadow")
except OSError as e:
    print("shadow", e.errno)
try:
    socket.create_connection(("127.0.0.1", 5432), timeout=1)
    print("CONNECTED")
except OSError as e:
    print("network", e.errno)
try:
    if os.fork() == 0:
        os._exit(0)
    print("FORKED")
except OSError as e:
    print("fork", e.errno)
caps = [line for line in open("/proc/self/status") if line.startswith("CapEff")]
print("uid", os.getuid(), caps[0].split()[1])
open("written-inside", "w").write("ok")
print("work dir writable")
"""


def _contained(stdout: str, *, seccomp: bool = True) -> None:
    assert "shadow 2" in stdout, stdout  # ENOENT: /etc is not in the box at all
    assert "CONNECTED" not in stdout and "READ" not in stdout, stdout
    # 97: the filter refuses AF_INET; 111: the box's own loopback, where nothing listens
    assert ("network 97" if seccomp else "network 111") in stdout, stdout
    if seccomp:
        assert "fork 1" in stdout, stdout
    assert "0000000000000000" in stdout, stdout  # no capabilities
    assert "work dir writable" in stdout, stdout


@pytest.fixture
def as_nobody(tmp_path: Path) -> str:
    """A ``bwrap`` that is the real one run as an unprivileged user (uid/gid 65534)."""
    if not Path(SYSTEM_PYTHON).exists():
        pytest.fail(f"{SYSTEM_PYTHON} is needed (Debian: apt-get install python3-minimal)")
    assert BWRAP is not None, "bubblewrap is needed (apt-get install bubblewrap)"
    wrapper = tmp_path / "bwrap-as-nobody"
    wrapper.write_text(
        f'#!/bin/sh\nexec setpriv --reuid={NOBODY} --regid={NOBODY} --clear-groups {BWRAP} "$@"\n'
    )
    wrapper.chmod(0o755)
    return str(wrapper)


def test_this_machine_runs_bubblewrap_with_seccomp_in_a_user_namespace() -> None:
    info = sandbox_info()
    assert info is sandbox_info()  # probed once per process
    assert (info.kind, info.reason, info.user_namespace) == ("bubblewrap+seccomp", "", True)
    r = run_python_sync(hostile(CHECKS), FAST)
    assert r.ok and r.sandbox == "bubblewrap+seccomp", r.stderr
    _contained(r.stdout)
    assert f"uid {NOBODY} " in r.stdout


def test_an_unprivileged_user_gets_the_same_sandbox(as_nobody: str) -> None:
    info = probe(as_nobody, SYSTEM_PYTHON)
    assert (info.kind, info.user_namespace) == ("bubblewrap+seccomp", True), info.reason
    # Python's code, not the audit hook's: the OS layer is all there is in this run.
    work = Path(tempfile.mkdtemp(prefix="kanmon-sbx-nobody-", dir="/tmp"))
    os.chown(work, NOBODY, NOBODY)
    (work / "main.py").write_text(CHECKS)
    bpf = program()[0]
    assert bpf is not None
    fd = seccomp_pipe(bpf)
    try:
        argv = command(info, [SYSTEM_PYTHON, "-I", "-S", "main.py"], work=work, seccomp_fd=fd)
        r = subprocess.run(
            argv, env=BWRAP_ENV, capture_output=True, text=True, timeout=30, pass_fds=(fd,)
        )
    finally:
        os.close(fd)
        shutil.rmtree(work, ignore_errors=True)
    assert r.returncode == 0, r.stderr
    _contained(r.stdout)
    assert f"uid {NOBODY} " in r.stdout


def _in_a_kernel_without_user_namespaces(script: str) -> dict[str, object]:
    r = subprocess.run(
        [sys.executable, "-m", "tests.evals._nouserns", sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr
    out: dict[str, object] = json.loads(r.stdout.splitlines()[-1])
    return out


def test_root_without_user_namespaces_still_gets_bubblewrap_and_seccomp() -> None:
    script = f"""
import dataclasses, json
from kanmon.evals import Limits, run_python_sync, sandbox_info
info = sandbox_info()
r = run_python_sync({hostile(CHECKS)!r}, Limits(wall_s=5.0, cpu_s=2, memory_mb=256))
print(json.dumps({{"info": dataclasses.asdict(info), "result": dataclasses.asdict(r)}}))
"""
    out = _in_a_kernel_without_user_namespaces(script)
    info, result = out["info"], out["result"]
    assert isinstance(info, dict) and isinstance(result, dict)
    assert info["kind"] == "bubblewrap+seccomp" and info["user_namespace"] is False
    assert "no user namespace" in info["reason"]
    assert result["ok"] and result["sandbox"] == "bubblewrap+seccomp", result["stderr"]
    _contained(str(result["stdout"]))
    assert "uid 0 " in str(result["stdout"])  # root, but with no capability at all


def test_unprivileged_without_user_namespaces_is_weak_and_refused(as_nobody: str) -> None:
    script = f"""
import dataclasses, json
from kanmon.evals._sandbox_bwrap import probe
print(json.dumps(dataclasses.asdict(probe({as_nobody!r}, {SYSTEM_PYTHON!r}))))
"""
    fields = _in_a_kernel_without_user_namespaces(script)
    info = SandboxInfo(**fields)  # type: ignore[arg-type]
    assert info.kind == "weak" and "namespace" in info.reason, info.reason
    with pytest.raises(EvalError, match="--allow-weak-sandbox"):
        run_python_sync("print(1)", FAST, sandbox=info)
    r = run_python_sync("print(1)", FAST, sandbox=info, allow_weak=True)
    assert r.ok and r.sandbox == "weak sandbox (opted in)"


def test_without_bubblewrap_the_weak_sandbox_needs_an_opt_in() -> None:
    info = probe(None, base_interpreter())
    assert info.kind == "weak" and "not installed" in info.reason
    with pytest.raises(EvalError) as e:
        require_sandbox(False, info)
    assert "apt-get install bubblewrap" in str(e.value)
    assert "evals: {allow_weak_sandbox: true}" in str(e.value)
    assert require_sandbox(True, info) is info


def test_without_seccomp_it_is_bubblewrap_alone() -> None:
    assert BWRAP is not None
    info = probe(BWRAP, base_interpreter(), seccomp=False)
    assert info.kind == "bubblewrap" and info.label == "bubblewrap"
    r = run_python_sync(hostile(CHECKS), FAST, sandbox=info)
    assert r.ok and r.sandbox == "bubblewrap", r.stderr
    _contained(r.stdout, seccomp=False)


def test_a_kernel_that_refuses_the_filter_steps_down_to_bubblewrap(tmp_path: Path) -> None:
    assert BWRAP is not None
    fake = tmp_path / "bwrap"
    fake.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do [ "$a" = --seccomp ] && '
        '{ echo "bwrap: prctl(PR_SET_SECCOMP): Invalid argument" >&2; exit 1; }; done\n'
        f'exec {BWRAP} "$@"\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    info = probe(str(fake), base_interpreter())
    assert info.kind == "bubblewrap" and info.user_namespace
    assert "seccomp refused: bwrap: prctl(PR_SET_SECCOMP)" in info.reason


def test_the_result_names_the_sandbox(no_bwrap_on_path: None) -> None:
    info = sandbox_info()
    assert info.kind == "weak"
    with pytest.raises(EvalError):
        run_python_sync("print(1)", FAST)
    r = run_python_sync("print(1)", FAST, allow_weak=True)
    assert r.ok and dataclasses.asdict(r)["sandbox"] == "weak sandbox (opted in)"
