"""Fixtures of the fault-injection suite: own PostgreSQL and Redis servers, a gateway on them
and a light load that records what every request got back."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.config import load_config
from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from kanmon.wiring import build_services
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
