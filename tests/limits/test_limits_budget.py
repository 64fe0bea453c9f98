"""Budgets are never exceeded by parallel requests: in Redis (shared by replicas) and in process."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from kanmon.core.principal import Principal
from kanmon.errors import RateLimitError
from kanmon.limits import Limits, LocalLimits, RedisLimits
from tests.conftest import GatewayFactory
from tests.gateway._util import audit_rows, chat_body, new_key


def _principal(**budget: Any) -> Principal:
    return Principal(key_id="kb", name="b", team="t", roles=frozenset({"app"}), **budget)


async def _race(limits: Limits, p: Principal, n: int, tokens: int, usd: float) -> int:
    async def one() -> bool:
        try:
            r = await limits.reserve(p, tokens, usd)
        except RateLimitError:
            return False
        await asyncio.sleep(0)
        assert r is not None
        return True

    got = await asyncio.gather(*(one() for _ in range(n)))
    return sum(got)


@pytest.mark.parametrize("backend", ["redis", "local"])
async def test_parallel_reservations_never_exceed_the_budget(
    backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "redis":
        limits: Limits = RedisLimits(
            request.getfixturevalue("redis_url"), request.getfixturevalue("redis_prefix")
        )
    else:
        limits = LocalLimits()
    try:
        p = _principal(budget_tokens=1000, budget_period_s=3600)
        assert await _race(limits, p, 200, 30, 0.0) == 33  # 33 * 30 = 990 <= 1000 < 34 * 30
        usage = await limits.usage(p)
        assert usage["held_tokens"] == 990 and usage["spent_tokens"] == 0
        q = Principal(
            key_id="ku",
            name="u",
            team="t",
            roles=frozenset({"app"}),
            budget_usd=0.01,
            budget_period_s=3600,
        )
        assert await _race(limits, q, 200, 0, 0.001) == 9  # holds round up by a nano-dollar
    finally:
        await limits.close()


async def test_settle_charges_actual_usage(redis_url: str, redis_prefix: str) -> None:
    limits = RedisLimits(redis_url, redis_prefix)
    p = _principal(budget_tokens=100, budget_period_s=3600)
    r = await limits.reserve(p, 80, 0.0)
    assert r is not None
    with pytest.raises(RateLimitError) as e:
        await limits.reserve(p, 30, 0.0)
    assert e.value.code == "budget_exceeded"
    await limits.settle(r, 15, 0.0)
    assert (await limits.usage(p))["spent_tokens"] == 15
    assert await limits.reserve(p, 80, 0.0) is not None
    await limits.close()


async def test_redis_rpm_is_shared(redis_url: str, redis_prefix: str) -> None:
    if time.time() % 60 > 55:  # stay inside one minute window
        await asyncio.sleep(61 - time.time() % 60)
    a, b = RedisLimits(redis_url, redis_prefix), RedisLimits(redis_url, redis_prefix)
    p = Principal(key_id="kr", name="r", team="t", roles=frozenset({"app"}), rpm_limit=10)
    ok = 0
    for lim in [a, b] * 10:
        try:
            await lim.admit(p)
            ok += 1
        except RateLimitError:
            pass
    assert ok == 10
    await a.close()
    await b.close()


async def test_calls_of_one_loop_iteration_share_a_round_trip_and_survive_a_script_flush(
    redis_url: str, redis_prefix: str
) -> None:
    limits = RedisLimits(redis_url, redis_prefix)
    p = Principal(key_id="kp", name="p", team="t", roles=frozenset({"app"}), rpm_limit=50)
    sent: list[int] = []
    execute = limits._batch._execute

    async def counting(batch: list[Any]) -> list[Any]:
        sent.append(len(batch))
        return await execute(batch)

    limits._batch._execute = counting  # type: ignore[method-assign]
    if time.time() % 60 > 55:  # stay inside one minute window
        await asyncio.sleep(61 - time.time() % 60)

    async def admit() -> bool:
        try:
            await limits.admit(p)
            return True
        except RateLimitError:
            return False

    got = await asyncio.gather(*(admit() for _ in range(80)))
    assert sum(got) == 50  # each script still checks and counts atomically
    assert sent == [80]  # one pipeline for the whole burst

    # Redis forgot its scripts (restart, SCRIPT FLUSH) but one was loaded again meanwhile: the
    # batch loads them and runs again only the calls that found no script.
    from kanmon.limits._redis_scripts import RPM

    await limits._redis.set(f"{redis_prefix}state", "0")  # budget state kept since the epoch
    await limits._redis.script_flush()
    await limits._redis.script_load(RPM)
    sent.clear()
    p2 = Principal(key_id="kq", name="q", team="t", roles=frozenset({"app"}), rpm_limit=50)
    q = _principal(budget_tokens=100, budget_period_s=3600)
    _, r = await asyncio.gather(limits.admit(p2), limits.reserve(q, 40, 0.0))
    assert r is not None and sent == [2, 1]
    minute = int(time.time() // 60)
    assert await limits._redis.get(f"{redis_prefix}rpm:kq:{minute}") == "1"  # counted once
    assert (await limits.usage(q))["held_tokens"] == 40  # held once
    await limits.settle(r, 10, 0.0)
    assert (await limits.usage(q))["spent_tokens"] == 10
    await limits.close()


async def _fire(base: str, key: str, n: int) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=n)
    async with httpx.AsyncClient(timeout=30, limits=limits) as c:
        return await asyncio.gather(
            *(
                c.post(
                    base + "/chat/completions",
                    headers={"Authorization": f"Bearer {key}"},
                    json=chat_body(content=f"count for me {i}", max_tokens=24),
                )
                for i in range(n)
            )
        )


def test_200_parallel_requests_on_two_gateways_stay_within_budget(
    gateway: GatewayFactory, redis_url: str, redis_prefix: str
) -> None:
    # Both gateways and the client share this process's GIL: on a loaded machine a Redis answer
    # can wait past the 1 s default and be refused as 503, which says nothing about budgets.
    cfg = {"limits": {"redis_url": redis_url, "key_prefix": redis_prefix, "redis_timeout_s": 15}}
    gw1 = gateway(**cfg)
    gw2 = gateway(**cfg)  # a second replica: same store, same Redis
    budget = 1500
    key = new_key(gw1, budget_tokens=budget, budget_period_s=3600)

    async def both() -> list[httpx.Response]:
        x, y = await asyncio.gather(_fire(gw1.base_url, key, 100), _fire(gw2.base_url, key, 100))
        return [*x, *y]

    responses = asyncio.run(both())
    ok = [r for r in responses if r.status_code == 200]
    refused = [r for r in responses if r.status_code == 429]
    other = [(r.status_code, r.text[:200]) for r in responses if r.status_code not in (200, 429)]
    assert ok and refused and not other, other
    assert all(r.json()["error"]["code"] == "budget_exceeded" for r in refused)
    used = sum(r.json()["usage"]["total_tokens"] for r in ok)
    assert used <= budget
    rows = [
        x for x in audit_rows(gw1) if x["endpoint"] == "chat.completions" and x["status"] == 200
    ]
    assert len(rows) == len(ok)
    assert sum(x["prompt_tokens"] + x["completion_tokens"] for x in rows) == used


def test_in_process_budget_caps_max_tokens_and_refuses(gateway: GatewayFactory) -> None:
    gw = gateway(limits={"default_reserve_tokens": 16})
    key = new_key(gw, budget_tokens=200, budget_period_s=86400)
    h = {"Authorization": f"Bearer {key}"}
    codes = []
    for i in range(12):
        r = httpx.post(
            gw.base_url + "/chat/completions", headers=h, json=chat_body(content="x" * i)
        )
        codes.append(r.status_code)
        if r.status_code == 200:
            assert r.json()["usage"]["completion_tokens"] <= 16  # capped at the reservation
        else:
            assert r.json()["error"]["code"] == "budget_exceeded"
    assert 200 in codes and codes[-1] == 429
    used = sum(
        x["prompt_tokens"] + x["completion_tokens"]
        for x in audit_rows(gw)
        if x["endpoint"] == "chat.completions" and x["status"] == 200
    )
    assert used <= 200


async def test_unreachable_redis_fails_closed() -> None:
    from kanmon.errors import ServiceUnavailableError

    limits = RedisLimits("redis://127.0.0.1:1/0")
    p = Principal(key_id="kx", name="x", team="t", roles=frozenset({"app"}), rpm_limit=5)
    with pytest.raises(ServiceUnavailableError):
        await limits.admit(p)
    free = Principal(key_id="ky", name="y", team="t", roles=frozenset({"app"}))
    await limits.admit(free)  # keys without limits never touch Redis
    assert await limits.reserve(free, 10, 1.0) is None
    await limits.close()
