"""Two workers on one port: whichever serves the scrape reports the counts of both, a worker's
counts outlive it, and counts of an earlier run do not leak in."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import httpx
import yaml
from prometheus_client.parser import text_string_to_metric_families

from kanmon.simulator import SimulatorThread
from tests.cli.test_serve_workers import _chat, _children, _free_port, _serve, _wait_healthy
from tests.conftest import ADMIN_KEY, sim_deployment


def _requests_total(root: str) -> float:
    # a new connection per scrape, so the kernel hands scrapes to either worker
    r = httpx.get(root + "/metrics", headers={"Authorization": f"Bearer {ADMIN_KEY}"}, timeout=10)
    assert r.status_code == 200, r.text
    return sum(
        s.value
        for fam in text_string_to_metric_families(r.text)
        for s in fam.samples
        if s.name == "kanmon_requests_total"
    )


def test_two_workers_report_one_set_of_counts(tmp_path: Path, sim: SimulatorThread) -> None:
    port = _free_port()
    shared = tmp_path / "metrics"
    shared.mkdir()
    (shared / "counter_99999.db").write_bytes(b"left by an earlier run")
    doc = {
        "gateway": {"port": port, "workers": 2},
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
        "metrics": {"enabled": True, "multiprocess_dir": str(shared)},
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    proc = _serve(path)
    root = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(root, proc)
        workers = _children(proc.pid)
        assert len(workers) == 2
        assert not (shared / "counter_99999.db").exists()  # emptied at start

        assert all(_chat(root, ADMIN_KEY).status_code == 200 for _ in range(30))
        # every scrape, whichever worker answers it, adds both up (each worker moves
        # its counts to its file within metrics' flush interval of a second)
        deadline = time.monotonic() + 10
        while _requests_total(root) != 30:
            assert time.monotonic() < deadline, "counts of both workers never added up"
            time.sleep(0.2)
        assert {_requests_total(root) for _ in range(8)} == {30.0}
        # both workers served: each has its own file of counts
        served_by = {int(f.stem.rsplit("_", 1)[1]) for f in shared.glob("counter_*.db")}
        assert served_by == workers

        victim = min(workers)
        assert list(shared.glob(f"gauge_live*_{victim}.db"))  # its audit writer's gauges
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while len(_children(proc.pid) - {victim}) < 2:
            assert time.monotonic() < deadline, "worker not replaced"
            time.sleep(0.2)
        _wait_healthy(root, proc)
        # a dead worker's live gauges are gone; its counts still count
        while list(shared.glob(f"gauge_live*_{victim}.db")):
            assert time.monotonic() < deadline, "dead worker's gauges kept"
            time.sleep(0.2)
        assert {_requests_total(root) for _ in range(4)} == {30.0}
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=40)
    assert proc.returncode == 0
    assert shared.is_dir()  # a configured directory stays for inspection


def test_a_directory_kanmon_makes_is_removed_at_exit(tmp_path: Path, sim: SimulatorThread) -> None:
    port = _free_port()
    doc = {
        "gateway": {"port": port, "workers": 2},
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
        "metrics": {"enabled": True},
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    proc = _serve(path)
    root = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(root, proc)
        worker = min(_children(proc.pid))
        env = Path(f"/proc/{worker}/environ").read_bytes().split(b"\0")
        [entry] = [e for e in env if e.startswith(b"PROMETHEUS_MULTIPROC_DIR=")]
        shared = Path(entry.split(b"=", 1)[1].decode())
        assert shared.is_dir()
        assert _chat(root, ADMIN_KEY).status_code == 200
        deadline = time.monotonic() + 10
        while _requests_total(root) != 1:
            assert time.monotonic() < deadline, "the request was never counted"
            time.sleep(0.2)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=40)
    assert proc.returncode == 0
    assert not shared.exists()
