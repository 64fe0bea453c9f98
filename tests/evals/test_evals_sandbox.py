"""The code sandbox contains hostile code and reports it as a failure; the run goes on."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kanmon.evals import (
    Item,
    Limits,
    SandboxInfo,
    ScoreContext,
    _sandbox,
    get_scorer,
    run_python_sync,
)

FAST = Limits(wall_s=3.0, cpu_s=1, memory_mb=256)


@pytest.fixture
def listener() -> Iterator[int]:
    """A loopback TCP server; a connection from the sandbox would set ``hit``."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.settimeout(0.2)
    hit = threading.Event()
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            hit.set()
            conn.close()

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    yield srv.getsockname()[1]
    stop.set()
    t.join(2)
    srv.close()
    assert not hit.is_set(), "the sandboxed code reached the network"


def test_ordinary_code_runs_and_may_write_in_its_own_dir() -> None:
    r = run_python_sync("open('x.txt', 'w').write('hi')\nprint(open('x.txt').read())", FAST)
    assert r.ok and r.stdout.strip() == "hi"


def test_infinite_loop_is_stopped() -> None:
    r = run_python_sync("while True:\n    pass", FAST)
    assert not r.ok and r.status in ("timeout", "killed")


def test_fork_bomb_is_refused() -> None:
    r = run_python_sync("import os\nwhile True:\n    os.fork()", FAST)
    assert not r.ok and "os.fork" in r.stderr
    r = run_python_sync("import subprocess\nsubprocess.run(['true'])", FAST)
    assert not r.ok and "subprocess.Popen" in r.stderr


def test_network_is_unreachable(listener: int) -> None:
    code = f"import socket\ns = socket.socket()\ns.connect(('127.0.0.1', {listener}))\n"
    r = run_python_sync(code, FAST)
    assert not r.ok and r.sandbox == "bubblewrap+seccomp"
    assert "socket" in r.stderr


def test_the_weak_sandbox_still_refuses_the_plain_attempts(
    listener: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opted in, without bubblewrap: the audit hook turns the ordinary attempts into errors
    (it does not stop a determined one: see test_evals_sandbox_escapes)."""
    monkeypatch.setattr(_sandbox, "_unshare_works", lambda: False)
    weak = SandboxInfo("weak", "bubblewrap (bwrap) is not installed")
    code = f"import socket\ns = socket.socket()\ns.connect(('127.0.0.1', {listener}))\n"
    r = run_python_sync(code, FAST, allow_weak=True, sandbox=weak)
    assert not r.ok and r.sandbox == "weak sandbox (opted in)"
    assert "socket.__new__ is not allowed" in r.stderr
    r = run_python_sync("import os\nos.fork()", FAST, allow_weak=True, sandbox=weak)
    assert not r.ok and "os.fork" in r.stderr


def test_writes_outside_the_work_dir_fail(tmp_path: Path) -> None:
    target = tmp_path / "escape.txt"
    for code in (
        f"open({str(target)!r}, 'w').write('x')",
        f"import os\nos.open({str(target)!r}, os.O_WRONLY | os.O_CREAT)",
        "open('../escape.txt', 'w').write('x')",
        f"import pathlib\npathlib.Path({str(target)!r}).write_text('x')",
        f"import os\nos.remove({str(tmp_path / 'keep')!r})",
    ):
        (tmp_path / "keep").write_text("k")
        r = run_python_sync(code, FAST)
        assert not r.ok, code
        assert "sandbox" in r.stderr, r.stderr
        assert not target.exists()
        assert (tmp_path / "keep").exists()


def test_memory_limit() -> None:
    r = run_python_sync("x = bytearray(1024 * 1024 * 1024)", FAST)
    assert not r.ok and r.status == "memory"


async def test_code_scorer_reports_hostile_code_as_failures() -> None:
    scorer = get_scorer("code_tests")
    ctx = ScoreContext(model="m")
    tests = "assert add(2, 3) == 5"
    good = Item(id="g", input="q", expect={"tests": tests})
    ok = await scorer.score(good, "```python\ndef add(a, b):\n    return a + b\n```", ctx)  # type: ignore[union-attr]
    assert ok.passed and ok.detail["sandbox_status"] == "ok"
    assert ok.detail["sandbox"] == "bubblewrap+seccomp"
    hostile = Item(id="h", input="q", expect={"tests": tests, "wall_s": 2, "cpu_s": 1})
    for code in ("while True: pass", "import os\nos.fork()", "import socket\nsocket.socket()"):
        s = await scorer.score(hostile, f"```python\n{code}\n```", ctx)  # type: ignore[union-attr]
        assert not s.passed and s.value == 0.0
