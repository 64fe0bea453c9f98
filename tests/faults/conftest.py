"""Fixtures of the fault-injection suite: own PostgreSQL and Redis servers, a gateway on them
and a light load that records what every request got back."""

from __future__ import annotations

import asyncio
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from kanmon.config import load_config
from kanmon.gateway import GatewayThread
from kanmon.wiring import build_services
from kanmon.simulator import SimulatorThread
from tests.conftest import sim_deployment
from tests.faults._servers import PgServer, RedisServer

pytestmark = pytest.mark.faults

#: Bounds the gateway is configured with here (kept small so the suite stays short).
TIMEOUTS: dict[str, Any] = {
    "store": {
        "connect_timeout_s": 2,
        "statement_timeout_s": 1,
        "lock_timeout_s": 1,
        "pool_timeout_s": 1,
    },
    "audit": {"head_interval_s": 0.3, "commit_timeout_s": 1},
    "limits": {"redis_timeout_s": 0.5, "redis_connect_timeout_s": 0.5},
}


@pytest.fixture(scope="session")
def own_pg() -> Iterator[PgServer]:
    pg = PgServer()
    try:
        pg.start()
        yield pg
    finally:
        pg.close()


@pytest.fixture
def pg(own_pg: PgServer) -> Iterator[PgServer]:
    """The suite's PostgreSQL, running (a test may have left it stopped or frozen)."""
    yield own_pg
    if own_pg.proc is not None:
        own_pg.thaw()
    else:
        own_pg.start()


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    r = RedisServer()
    try:
        r.start()
        yield r
    finally:
        r.close()


def _deep_merge(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for k, v in b.items():
        out[k] = _deep_merge(out[k], v) if isinstance(v, dict) and k in out else v
    return out


GatewayOn = Callable[..., GatewayThread]


@pytest.fixture
def gateway_on(tmp_path: Path, sim: SimulatorThread, pg: PgServer) -> Iterator[GatewayOn]:
    """``gateway_on(**config)``: a gateway whose store is a fresh database on the suite's own
    PostgreSQL, with the small bounds of ``TIMEOUTS``."""
    started: list[GatewayThread] = []

    def make(**config: Any) -> GatewayThread:
        url = pg.create_db(f"kanmon_f_{secrets.token_hex(4)}")
        doc = _deep_merge(
            {
                "store": {"url": url},
                "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
                "routes": {"chat": {"deployments": ["d-main"]}},
                "upstream": {"retry_base_delay_s": 0.01, "retry_max_delay_s": 0.05},
            },
            _deep_merge(TIMEOUTS, config),
        )
        path = tmp_path / f"kanmon-{len(started)}.yaml"
        path.write_text(yaml.safe_dump(doc))
        gw = GatewayThread(build_services(load_config(path), path)).start()
        started.append(gw)
        return gw

    yield make
    for gw in started:
        if gw._thread.is_alive():
            gw.stop()


@dataclass(slots=True)
class Result:
    t0: float
    t1: float
    status: int
    code: str | None
    retry_after: str | None
    request_id: str | None
    tokens: int = 0
    message: str = ""

    @property
    def latency(self) -> float:
        return self.t1 - self.t0


@dataclass
class Load:
    """``concurrency`` clients, each sending one chat request after another until stopped."""

    url: str
    key: str
    concurrency: int = 4
    body: dict[str, Any] = field(
        default_factory=lambda: {
            "model": "chat",
            "messages": [{"role": "user", "content": "hello"}],
            "max_tokens": 16,
        }
    )
    results: list[Result] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    def __enter__(self) -> Load:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> list[Result]:
        self._stop.set()
        self._thread.join(60)
        return self.results

    def since(self, t: float) -> list[Result]:
        return [r for r in list(self.results) if r.t0 >= t]

    async def _main(self) -> None:
        limits = httpx.Limits(max_connections=self.concurrency)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            await asyncio.gather(*(self._client(client) for _ in range(self.concurrency)))

    async def _client(self, client: httpx.AsyncClient) -> None:
        headers = {"Authorization": f"Bearer {self.key}"}
        while not self._stop.is_set():
            t0 = time.monotonic()
            try:
                r = await client.post(
                    self.url + "/chat/completions", json=self.body, headers=headers
                )
            except httpx.HTTPError as e:  # a refused or broken connection: also an outcome
                self.results.append(Result(t0, time.monotonic(), 0, type(e).__name__, None, None))
                await asyncio.sleep(0.05)
                continue
            t1 = time.monotonic()
            body = (
                r.json() if r.headers.get("content-type", "").startswith("application/json") else {}
            )
            error = (body.get("error") or {}) if isinstance(body, dict) else {}
            code = error.get("code")
            usage = body.get("usage") or {} if r.status_code == 200 else {}
            self.results.append(
                Result(
                    t0,
                    t1,
                    r.status_code,
                    code,
                    r.headers.get("retry-after"),
                    r.headers.get("x-request-id"),
                    int(usage.get("prompt_tokens", 0)) + int(usage.get("completion_tokens", 0)),
                    str(error.get("message", "")),
                )
            )
            if r.status_code != 200:
                await asyncio.sleep(0.02)  # as a client backing off a little would
