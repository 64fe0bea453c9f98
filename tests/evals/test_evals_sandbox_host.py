"""What of the host sandboxed code can reach past the audit hook (see ``_escape.DISARM``): files
outside its work directory, its parent process and the parent's environment, and the time after
its run. Each of these got out of the sandbox of rlimits + ``unshare -n`` + audit hook."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kanmon.evals import Limits, run_python_sync
from tests.evals._escape import (
    disarmed,
    hostile,
    kill_named,
    marker,
    procs_named,
    set_name,
    start_parent,
    wait_for,
)

FAST = Limits(wall_s=5.0, cpu_s=2, memory_mb=256)


@pytest.fixture
def home_dir() -> Iterator[Path]:
    """A directory in the real $HOME of whoever runs the sandbox."""
    d = Path(tempfile.mkdtemp(prefix=".kanmon-sbx-test-", dir=Path.home()))
    yield d
    shutil.rmtree(d, ignore_errors=True)


def test_files_outside_the_work_dir_cannot_be_read(tmp_path: Path, home_dir: Path) -> None:
    token = secrets.token_hex(8)
    config = tmp_path / "kanmon.yaml"
    config.write_text(f"store: {{url: 'sqlite:///kanmon.db'}}  # {token}\n")
    db = tmp_path / "kanmon.db"
    db.write_bytes(f"SQLite format 3\x00{token}".encode())
    (home_dir / "credentials").write_text(token)
    project = Path.cwd() / "pyproject.toml"
    targets = ["/etc/shadow", "/etc/passwd", str(config), str(db), str(home_dir / "credentials")]
    targets += [str(project), str(Path.home() / ".bash_history")]
    code = f"""
import os
for path in {targets!r}:
    try:
        with open(path, "rb") as f:
            data = f.read(200)
        print("READ", path, data, flush=True)
    except OSError as e:
        print("unreadable", path, e.errno, flush=True)
print("root holds", sorted(os.listdir("/")), flush=True)
"""
    r = run_python_sync(hostile(code), FAST)
    disarmed(r.stdout, r.stderr)
    assert "READ" not in r.stdout and token not in r.stdout, r.stdout
    assert r.stdout.count("unreadable") == len(targets), (r.stdout, r.stderr)
    listing = next(line for line in r.stdout.splitlines() if line.startswith("root holds"))
    for name in ("'etc'", "'home'", "'work'", "'var'", "'run'"):
        assert name not in listing, listing


def test_nothing_outside_the_work_dir_can_be_written(tmp_path: Path, home_dir: Path) -> None:
    token = secrets.token_hex(6)
    targets = [
        tmp_path / "escape.txt",
        home_dir / "escape.txt",
        Path(tempfile.gettempdir()) / f"kanmon-escape-{token}",
        Path(sys.base_prefix) / f"kanmon-escape-{token}",
        Path("/usr") / f"kanmon-escape-{token}",
    ]
    code = f"""
for path in {[str(t) for t in targets]!r}:
    try:
        with open(path, "w") as f:
            f.write("escaped")
        print("WROTE", path, flush=True)
    except OSError as e:
        print("refused", path, e.errno, flush=True)
"""
    try:
        r = run_python_sync(hostile(code), FAST)
        disarmed(r.stdout, r.stderr)
        wrote = {line.split()[1] for line in r.stdout.splitlines() if line.startswith("WROTE")}
        assert wrote <= {str(targets[2])}, r.stdout  # the box's own /tmp, not the host's
        assert not [t for t in targets if t.exists()]
    finally:
        for t in targets:
            t.unlink(missing_ok=True)


def test_the_parents_environment_is_not_readable(tmp_path: Path) -> None:
    token = secrets.token_hex(8)
    env = {**os.environ, "KANMON_TEST_SECRET": token}
    code = """
import os
for path in ("/proc/{PARENT_PID}/environ", f"/proc/{os.getppid()}/environ", "/proc/1/environ",
             "/proc/self/environ"):
    try:
        print("READ", path, open(path, "rb").read(), flush=True)
    except OSError as e:
        print("unreadable", path, e.errno, flush=True)
print("ENV", dict(os.environ), flush=True)
"""
    parent = start_parent(tmp_path, env)
    out, err = parent.communicate(hostile(code), timeout=60)
    assert parent.returncode == 0, err[-500:]
    result = json.loads(out.splitlines()[-1])
    disarmed(result["stdout"], result["stderr"])
    assert token not in result["stdout"], result["stdout"]


def test_sandboxed_code_cannot_kill_its_parent(tmp_path: Path) -> None:
    code = """
import os, signal
for pid in ({PARENT_PID}, os.getppid()):
    try:
        os.kill(pid, signal.SIGKILL)
        print("signalled", pid, flush=True)
    except OSError as e:
        print("kill refused", pid, e.errno, flush=True)
"""
    parent = start_parent(tmp_path)
    out, err = parent.communicate(hostile(code), timeout=60)
    assert parent.returncode == 0, f"the runner died ({parent.returncode}): {err[-500:]}"
    result = json.loads(out.splitlines()[-1])
    disarmed(result["stdout"], result["stderr"])


def test_sandboxed_code_dies_with_its_parent(tmp_path: Path) -> None:
    name = marker()
    code = hostile(set_name(name) + "import time\nprint('sleeping', flush=True)\ntime.sleep(30)\n")
    parent = start_parent(tmp_path)
    try:
        assert parent.stdin is not None
        parent.stdin.write(code)
        parent.stdin.close()
        assert wait_for(lambda: procs_named(name), 10), "the sandboxed code never started"
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        assert wait_for(lambda: not procs_named(name), 3), "the code outlived its runner"
    finally:
        parent.kill()
        parent.wait()
        for pipe in (parent.stdout, parent.stderr):
            if pipe is not None:
                pipe.close()
        kill_named(name)


def test_a_detached_cpu_spinner_does_not_outlive_the_run() -> None:
    name = marker()
    code = f"""
import os, resource
try:
    pid = os.fork()
except OSError as e:
    print("fork refused", e.errno, flush=True)
    raise SystemExit(0)
if pid == 0:
    os.setsid()
    {set_name(name).strip()}
    try:
        inf = resource.RLIM_INFINITY
        resource.setrlimit(resource.RLIMIT_CPU, (inf, inf))
    except (ValueError, OSError):
        pass
    while True:
        pass
print("spinner left behind", flush=True)
"""
    try:
        r = run_python_sync(hostile(code), FAST)
        disarmed(r.stdout, r.stderr)
        assert not wait_for(lambda: procs_named(name), 0.5), "a process outlived the run"
    finally:
        kill_named(name)
