"""``kanmon serve`` as a real process: several workers on one port, restarts, clean shutdown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml
from tests.conftest import ADMIN_KEY, sim_deployment

from kanmon.simulator import SimulatorThread


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _children(pid: int) -> set[int]:
    """Worker processes only (multiprocessing also starts a resource tracker)."""
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    workers = set()
    for child in out.split():
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if b"spawn_main" in cmdline:
            workers.add(int(child))
    return workers


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for its new parent to reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _wait_healthy(root: str, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    """Generous: on a loaded machine two workers importing everything take a while (the
    fixture stops the server whatever happens)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "kanmon serve exited early"
        try:
            if httpx.get(root + "/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("gateway did not become healthy")


@pytest.fixture
def config(tmp_path: Path, sim: SimulatorThread) -> tuple[Path, int]:
    port = _free_port()
    doc = {
        "gateway": {"port": port, "workers": 2},
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path, port


def _serve(path: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KANMON_ADMIN_KEY": ADMIN_KEY}
    return subprocess.Popen(
        [sys.executable, "-m", "kanmon", "serve", "-c", str(path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


@pytest.fixture
def served(config: tuple[Path, int]) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    path, port = config
    proc = _serve(path)
    root = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(root, proc)
        yield proc, root
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=40)


def _chat(root: str, key: str) -> httpx.Response:
    # A new connection per request, so the kernel spreads them over the workers' sockets.
    return httpx.post(
        root + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
        timeout=10,
    )


def test_two_workers_share_port_and_store_then_stop_cleanly(
    served: tuple[subprocess.Popen[bytes], str],
) -> None:
    proc, root = served
    assert len(_children(proc.pid)) == 2
    ids = {_chat(root, ADMIN_KEY).headers["x-request-id"] for _ in range(20)}
    assert len(ids) == 20
    auditor = httpx.post(
        root + "/admin/keys",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        json={"name": "audit", "team": "risk", "roles": ["auditor"]},
    ).json()["key"]
    audit = httpx.get(
        root + "/admin/audit",
        params={"limit": 100},
        headers={"Authorization": f"Bearer {auditor}"},
    ).json()["data"]
    # Both workers write to one SQLite file: every answered request has its record.
    assert ids <= {r["request_id"] for r in audit}
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=40)
    assert proc.returncode == 0


def test_a_dead_worker_is_replaced(served: tuple[subprocess.Popen[bytes], str]) -> None:
    proc, root = served
    before = _children(proc.pid)
    victim = min(before)
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        now = _children(proc.pid)
        if len(now) == 2 and victim not in now:
            break
        time.sleep(0.2)
    else:
        raise AssertionError(f"worker not replaced: {before} -> {_children(proc.pid)}")
    _wait_healthy(root, proc)
    assert all(_chat(root, ADMIN_KEY).status_code == 200 for _ in range(10))


def test_workers_stop_when_the_supervisor_is_killed(
    served: tuple[subprocess.Popen[bytes], str],
) -> None:
    proc, root = served
    workers = _children(proc.pid)
    assert len(workers) == 2
    proc.kill()
    proc.communicate(timeout=40)  # returns once the workers, holding its pipes, are gone too
    assert not any(_running(w) for w in workers)


def test_port_in_use_is_a_one_line_error(config: tuple[Path, int]) -> None:
    path, port = config
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", port))
        holder.listen(1)
        proc = _serve(path)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    lines = err.decode().strip().splitlines()
    assert lines[-1].startswith("kanmon: error: gateway: cannot listen on 127.0.0.1:")
    assert "Traceback" not in err.decode()
