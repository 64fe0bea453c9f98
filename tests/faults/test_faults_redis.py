"""Redis paused, its connections killed, and restarted without persistence, under load with a
budgeted key: admission fails closed within the timeout (503, Retry-After), and the budget ends
where the audit log says the key spent, with nothing left held."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from kanmon.audit import spent_since
from kanmon.gateway import GatewayThread
from kanmon.limits import NANO, RedisLimits
from tests.faults._load import Load, Result
from tests.faults._servers import RedisServer
from tests.faults.conftest import GatewayOn
from tests.gateway._util import new_key

pytestmark = pytest.mark.faults

PERIOD = 3600


def _gateway(gateway_on: GatewayOn, redis: RedisServer) -> tuple[GatewayThread, str, str]:
    gw = gateway_on(limits={"redis_url": redis.url})
    key = new_key(gw, budget_tokens=50_000_000, budget_period_s=PERIOD)
    return gw, key, key.split("-")[1]


def _check(results: list[Result], bound_s: float) -> list[Result]:
    assert results
    for r in results:
        assert r.status in (200, 503), (r.status, r.code, r.message)
        if r.status == 503:
            assert r.code == "service_unavailable", (r.code, r.message)
            assert r.retry_after is not None and int(r.retry_after) >= 1
        assert r.latency < bound_s, (r.latency, r.status, r.code)
    return [r for r in results if r.status == 503]


def _converged(
    gw: GatewayThread, redis: RedisServer, key_id: str, served: int, slack: int = 0
) -> None:
    """Every deferred settle landed; nothing is held; Redis counts what the audit log has (less
    at most ``slack``: requests in flight when Redis lost its data)."""
    limits = gw.services.limits
    assert isinstance(limits, RedisLimits)
    deadline = time.monotonic() + 10
    while limits.deferred_settles and time.monotonic() < deadline:
        time.sleep(0.05)
    assert limits.deferred_settles == 0
    # The key is new and a test lasts seconds: its spending is in this window or, when the test
    # crossed a window's end, in the one before too.
    now = int(time.time() // PERIOD)
    st = ht = 0
    with redis.client() as r:
        for window in (now - 1, now):
            got = r.hmget(f"kanmon:budget:{key_id}:{window}", ["st", "ht"])
            st, ht = st + int(got[0] or 0), ht + int(got[1] or 0)
    tokens, _ = spent_since(gw.services.db, key_id, (now - 1) * PERIOD, unit=NANO)
    assert ht == 0, "a hold leaked"
    assert tokens == served
    assert tokens - slack <= st <= tokens, (st, tokens, slack)


def _served_tokens(load: Load) -> int:
    return sum(r.tokens for r in load.results if r.status == 200)


def test_paused_redis_fails_closed_within_its_timeout(
    gateway_on: GatewayOn, own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    gw, key, key_id = _gateway(gateway_on, own_redis)
    with Load(gw.base_url, key) as load:
        time.sleep(1.0)
        own_redis.freeze()
        paused = time.monotonic()
        time.sleep(0.8)
        ready = httpx.get(gw.root_url + "/readyz", timeout=10)
        time.sleep(1.7)
        own_redis.thaw()
        up = time.monotonic()
        time.sleep(2.0)
    assert ready.status_code == 503 and not ready.json()["checks"]["redis"]["ok"]
    assert ready.json()["checks"]["store"]["ok"]
    # redis_timeout_s is 0.5 here: a reserve, or a settle before the response, waits that long.
    refused = _check(load.results, bound_s=2.0)
    answered = [r for r in load.results if paused < r.t0 and r.t1 < up]
    assert answered and all(r.status == 503 for r in answered)
    assert refused
    late = load.since(up + 1.0)
    assert late and all(r.status == 200 for r in late)
    _converged(gw, own_redis, key_id, _served_tokens(load))
    assert not [r for r in caplog.records if r.exc_info]
    assert len([r for r in caplog.records if r.name == "kanmon.limits"]) <= 6


def test_killed_connections_leave_no_hold_and_lose_no_charge(
    gateway_on: GatewayOn, own_redis: RedisServer
) -> None:
    gw, key, key_id = _gateway(gateway_on, own_redis)
    with Load(gw.base_url, key, concurrency=6) as load:
        time.sleep(0.5)
        for _ in range(10):
            own_redis.kill_clients()
            time.sleep(0.15)
        time.sleep(0.5)
    _check(load.results, bound_s=2.0)
    assert sum(r.status == 200 for r in load.results) > 20
    _converged(gw, own_redis, key_id, _served_tokens(load))


def test_a_restart_without_persistence_does_not_reset_the_budget(
    gateway_on: GatewayOn, own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    gw, key, key_id = _gateway(gateway_on, own_redis)
    with Load(gw.base_url, key) as load:
        time.sleep(1.0)
        crash = time.monotonic()
        own_redis.crash()
        own_redis.start()  # empty: no RDB, no AOF
        up = time.monotonic()
        time.sleep(1.5)
    _check(load.results, bound_s=2.0)
    assert load.since(up + 0.5) and all(r.status == 200 for r in load.since(up + 0.5))
    before = sum(r.tokens for r in load.results if r.status == 200 and r.t1 < crash)
    assert before > 0
    # Requests in flight across the loss: their holds went with it; whether their use is counted
    # depends on whether their record committed before the window was rebuilt.
    in_flight = sum(
        r.tokens for r in load.results if r.status == 200 and r.t0 <= up and r.t1 >= crash
    )
    _converged(gw, own_redis, key_id, _served_tokens(load), slack=in_flight)
    msgs = [r.getMessage() for r in caplog.records if r.name == "kanmon.limits"]
    assert any("no budget state" in m for m in msgs)
    assert any("rebuilt budget window of key " + key_id in m for m in msgs)
