"""Run ``kanmon serve`` as a real subprocess (its own process group, so it can be SIGKILLed)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from tests.conftest import ADMIN_KEY, sim_deployment


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_config(path: Path, store_url: str, sim_url: str, **extra: Any) -> Path:
    doc = {
        "store": {"url": store_url},
        "audit": {"head_interval_s": 0.2},
        "deployments": [sim_deployment("d-main", "sim-model", sim_url)],
        "routes": {"chat": {"deployments": ["d-main"]}},
        **extra,
    }
    path.write_text(yaml.safe_dump(doc))
    return path


class Served:
    def __init__(self, config: Path, port: int, log: Path) -> None:
        self.port = port
        self.root = f"http://127.0.0.1:{port}"
        self._log = log.open("ab")
        env = {**os.environ, "KANMON_ADMIN_KEY": ADMIN_KEY}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kanmon", "serve", "-c", str(config), "--port", str(port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90.0) -> Served:
        """Generous: on a loaded machine two workers importing everything take a while. A
        server that never gets ready is killed, so no process outlives the test."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self._log.close()
                raise RuntimeError(f"kanmon serve exited with {self.proc.returncode}")
            try:
                if httpx.get(self.root + "/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.kill9()
        raise TimeoutError("kanmon serve did not become ready")

    def stop(self) -> None:
        """Graceful: SIGTERM lets the writer flush and sign the final tree head."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(30)
        self._log.close()

    def kill9(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._log.close()
