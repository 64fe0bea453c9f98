"""Thousands of half-open connections against ``kanmon serve`` with a small open-file limit.

Before the connection cap, a flood larger than the file-descriptor limit left the server unable
to accept (EMFILE) and a normal request waited in the backlog until the flood went away. The
server here runs with ``ulimit -n`` 1024 soft / 2048 hard and gets 3,000 connections that never
finish their request; a normal request must still be served, at about its usual latency.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from kanmon.simulator import SimulatorThread
from tests.conftest import ADMIN_KEY, sim_deployment
from tests.gateway._util import chat_body

SOFT, HARD = 1024, 2048
FLOOD = 3000
SAMPLES = 20


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path, sim: SimulatorThread) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    port = _free_port()
    doc = {
        # Deadlines far past the test, so only the cap stands between the flood and the caller.
        "gateway": {"port": port, "header_timeout_s": 300, "body_grace_s": 300},
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
    }
    cfg = tmp_path / "kanmon.yaml"
    cfg.write_text(yaml.safe_dump(doc))
    log = (tmp_path / "serve.log").open("wb")
    limit = f'ulimit -Sn {SOFT} && ulimit -Hn {HARD} && exec "$0" "$@"'
    proc = subprocess.Popen(
        ["bash", "-c", limit, sys.executable, "-m", "kanmon", "serve", "-c", str(cfg)],
        env={**os.environ, "KANMON_ADMIN_KEY": ADMIN_KEY},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    root = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            try:
                if httpx.get(root + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "kanmon serve did not become healthy"
            time.sleep(0.1)
        yield proc, root
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(40)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def _latencies(root: str, key: str, n: int) -> list[float]:
    """``n`` chat requests in a row, each on a new connection (a new caller)."""
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = httpx.post(
            root + "/v1/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json=chat_body(),
            timeout=10,
        )
        out.append(time.perf_counter() - t0)
        assert r.status_code == 200, r.text
    return out


def _half_open(port: int, i: int) -> socket.socket:
    """Connected, and then one of: nothing, half the headers, the headers and a tenth of the
    body its Content-Length promised."""
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    kind = i % 3
    if kind == 1:
        s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    elif kind == 2:
        s.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n" + b"x" * 100
        )
    s.setblocking(False)
    return s


def _closed_by_server(socks: list[socket.socket]) -> int:
    n = 0
    for s in socks:
        try:
            data = s.recv(1, socket.MSG_PEEK)
        except BlockingIOError:
            continue
        except ConnectionResetError:
            n += 1
            continue
        n += 1  # end of stream, or the 503 of a shed connection
        del data
    return n


def test_normal_request_keeps_its_latency_under_a_flood_of_half_open_connections(
    served: tuple[subprocess.Popen[bytes], str], tmp_path: Path
) -> None:
    proc, root = served
    port = int(root.rsplit(":", 1)[1])
    limits = Path(f"/proc/{proc.pid}/limits").read_text()
    [open_files] = [ln for ln in limits.splitlines() if ln.startswith("Max open files")]
    assert open_files.split()[3:5] == [str(HARD), str(HARD)], "soft limit not raised at start"

    key = httpx.post(
        root + "/admin/keys",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        json={"name": "flood", "team": "qa", "roles": ["app"]},
    ).json()["key"]
    _latencies(root, key, 5)  # warm-up
    before = statistics.median(_latencies(root, key, SAMPLES))

    flood: list[socket.socket] = []
    try:
        for i in range(FLOOD):
            flood.append(_half_open(port, i))
        # The server can hold at most HARD descriptors, so it must have let go of the rest.
        deadline = time.monotonic() + 20
        while _closed_by_server(flood) < FLOOD - HARD:
            assert time.monotonic() < deadline, "the server did not shed connections"
            time.sleep(0.2)
        during = statistics.median(_latencies(root, key, SAMPLES))
    finally:
        for s in flood:
            s.close()

    # Generous: the machine is shared and the flood costs the server some bookkeeping, but a
    # caller stuck behind the flood (the failure this guards) waits seconds, not milliseconds.
    assert during < max(5 * before, before + 0.25), (before, during)
    log = (tmp_path / "serve.log").read_text()
    assert re.search(r"gateway.max_connections 10000 lowered to \d+ per worker", log), log
    assert "connection cap" in log
