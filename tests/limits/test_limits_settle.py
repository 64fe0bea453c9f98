"""Budgets converge to what was really spent: a settle is idempotent and retried until it lands,
the hold of a request that died is released after its lifetime, and a Redis that lost its data
is refilled from the audit log instead of counting from zero."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from kanmon.core.principal import Principal
from kanmon.errors import RateLimitError, ServiceUnavailableError
from kanmon.limits import RedisLimits, Reservation


def _p(key: str = "ks", tokens: int = 100) -> Principal:
    return Principal(
        key_id=key,
        name="s",
        team="t",
        roles=frozenset({"app"}),
        budget_tokens=tokens,
        budget_period_s=3600,
    )


async def _known(limits: RedisLimits, prefix: str) -> None:
    """Mark the test's Redis as holding budget state since the epoch (no rebuild needed)."""
    await limits._redis.set(prefix + "state", "0")


async def test_a_retried_settle_charges_once(redis_url: str, redis_prefix: str) -> None:
    limits = RedisLimits(redis_url, redis_prefix)
    await _known(limits, redis_prefix)
    p = _p()
    r = await limits.reserve(p, 60, 0.0)
    assert r is not None and r.hold_id
    await limits.settle(r, 25, 0.0)
    await limits.settle(r, 25, 0.0)  # e.g. its first reply was lost with the connection
    assert await limits.usage(p) == {
        "spent_tokens": 25,
        "held_tokens": 0,
        "spent_usd": 0.0,
        "held_usd": 0.0,
    }
    await limits.close()


async def test_a_dead_requests_hold_is_released_after_its_lifetime(
    redis_url: str, redis_prefix: str
) -> None:
    limits = RedisLimits(redis_url, redis_prefix, hold_max_s=1)
    await _known(limits, redis_prefix)
    p = _p()
    lost = await limits.reserve(p, 80, 0.0)  # its process dies: it never settles
    assert lost is not None
    with pytest.raises(RateLimitError):
        await limits.reserve(p, 30, 0.0)
    await asyncio.sleep(2.1)  # Redis TIME has one-second steps
    assert (await limits.usage(p))["held_tokens"] == 0  # reconciled
    later = await limits.reserve(p, 30, 0.0)
    assert later is not None
    # The first request did finish after all: its use is charged, its hold not released twice.
    await limits.settle(lost, 20, 0.0)
    usage = await limits.usage(p)
    assert (usage["spent_tokens"], usage["held_tokens"]) == (20, 30)
    await limits.close()


async def test_a_settle_that_fails_is_retried_until_it_lands(
    redis_url: str, redis_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kanmon.limits")
    limits = RedisLimits(redis_url, redis_prefix)
    await _known(limits, redis_prefix)
    p = _p()
    r = await limits.reserve(p, 60, 0.0)
    assert r is not None
    call = limits._batch.call
    fails = {"left": 3}

    def flaky(sha: str, keys: list[str], args: list[Any]) -> asyncio.Future[Any]:
        if fails["left"]:
            fails["left"] -= 1
            fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            fut.set_exception(RedisConnectionError("Connection reset by peer"))
            return fut
        return call(sha, keys, args)

    limits._batch.call = flaky  # type: ignore[method-assign]
    await limits.settle(r, 40, 0.0)  # does not raise: the request was served
    assert limits.deferred_settles == 1
    deadline = time.monotonic() + 5
    while limits.deferred_settles and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert limits.deferred_settles == 0
    assert (await limits.usage(p))["spent_tokens"] == 40
    assert (await limits.usage(p))["held_tokens"] == 0
    msgs = " ".join(r.getMessage() for r in caplog.records)
    assert "not admitted" not in msgs and "retried until it lands" in msgs
    await limits.close()


async def test_an_emptied_redis_is_refilled_from_the_audit_log(
    redis_url: str, redis_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kanmon.limits")
    asked: list[tuple[str, float]] = []

    async def from_audit(key_id: str, since: float) -> tuple[int, int]:
        asked.append((key_id, since))
        return 500, 0  # what the audit log says this key spent in the window

    limits = RedisLimits(redis_url, redis_prefix, rebuild=from_audit)
    p = _p(tokens=600)
    r = await limits.reserve(p, 50, 0.0)  # no state mark yet: as after a restart
    assert r is not None
    window_start = (time.time() // 3600) * 3600
    assert asked == [("ks", window_start)]
    with pytest.raises(RateLimitError):
        await limits.reserve(p, 60, 0.0)  # 500 spent + 50 held + 60 > 600
    await limits.settle(r, 50, 0.0)
    assert (await limits.usage(p))["spent_tokens"] == 550

    # Redis loses everything again (restart without persistence): rebuilt, not reset.
    keys = await limits._redis.keys(redis_prefix + "*")
    await limits._redis.delete(*keys)
    with pytest.raises(RateLimitError):
        await limits.reserve(p, 101, 0.0)
    assert len(asked) == 2
    assert (await limits.usage(p))["spent_tokens"] == 500
    assert any("no budget state" in r.getMessage() for r in caplog.records)
    await limits.close()


async def test_a_window_that_began_after_the_mark_is_not_rebuilt(
    redis_url: str, redis_prefix: str
) -> None:
    async def never(key_id: str, since: float) -> tuple[int, int]:
        raise AssertionError("rebuilt a window Redis has kept whole")

    limits = RedisLimits(redis_url, redis_prefix, rebuild=never)
    await _known(limits, redis_prefix)
    assert await limits.reserve(_p(), 10, 0.0) is not None
    await limits.close()


async def test_a_reserve_run_after_its_caller_gave_up_holds_nothing(
    redis_url: str, redis_prefix: str
) -> None:
    """A paused Redis runs the calls queued on its sockets when it resumes, after the callers
    timed out and answered 503: those reserves must not hold budget for nobody."""
    limits = RedisLimits(redis_url, redis_prefix)
    await _known(limits, redis_prefix)
    h = f"{redis_prefix}budget:ks:{int(time.time() // 3600)}"
    gave_up_ms = int(time.time() * 1000) - 1
    args = ["hold-1", f"100 -1 40 1 3660 900 0 {gave_up_ms}"]
    got = await limits._run(limits._reserve, [h, h + ":dl", redis_prefix + "state"], args)
    assert got == "late"
    assert (await limits.usage(_p()))["held_tokens"] == 0
    await limits.close()


async def test_a_reserve_whose_answer_was_lost_releases_its_hold(
    redis_url: str, redis_prefix: str
) -> None:
    """Redis ran the reserve in time, then stopped before its answer reached the gateway (a
    pause, a cut connection): the request was refused, so its hold is released once Redis
    answers again, and a release for a reserve that never ran changes nothing."""
    limits = RedisLimits(redis_url, redis_prefix)
    await _known(limits, redis_prefix)
    p = _p(tokens=100)
    call = limits._batch.call
    mode = {"lose": True}

    def answer_lost(sha: str, keys: list[str], args: list[Any]) -> asyncio.Future[Any]:
        fut = call(sha, keys, args)
        if not (mode["lose"] and sha == limits._reserve.sha):
            return fut
        lost: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

        def ran(f: asyncio.Future[Any]) -> None:  # it ran; only its answer is lost
            lost.set_exception(TimeoutError("Timeout reading from redis"))

        fut.add_done_callback(ran)
        return lost

    limits._batch.call = answer_lost  # type: ignore[method-assign]
    with pytest.raises(ServiceUnavailableError):
        await limits.reserve(p, 75, 0.0)
    assert limits.deferred_settles == 1
    mode["lose"] = False
    deadline = time.monotonic() + 5
    while limits.deferred_settles and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert limits.deferred_settles == 0
    assert await limits.usage(p) == {
        "spent_tokens": 0,
        "held_tokens": 0,
        "spent_usd": 0.0,
        "held_usd": 0.0,
    }
    # the whole budget is there again
    r = await limits.reserve(p, 100, 0.0)
    assert r is not None
    await limits.close()


async def test_releases_give_way_to_charges_and_are_never_counted_lost(
    redis_url: str, redis_prefix: str
) -> None:
    """A full queue of deferred settles takes no more releases, and a charge that needs room
    evicts the oldest entry: only an evicted charge counts as lost."""
    limits = RedisLimits(redis_url, redis_prefix)
    limits.SETTLE_RETRY_MAX = 2  # type: ignore[misc]
    p = _p()
    now = int(time.time() // 3600)

    def res(n: int) -> Reservation:
        return Reservation(p.key_id, now, 3600, 10, 1, f"hold-{n}")

    limits._retrying = asyncio.get_running_loop().create_future()  # no retries in this test
    limits._defer(res(1), ["h", "h:dl"], ["hold-1", 0, 0])  # a release
    limits._defer(res(2), ["h", "h:dl"], ["hold-2", 7, 0])  # a charge
    limits._defer(res(3), ["h", "h:dl"], ["hold-3", 0, 0])  # a release: no room, not kept
    assert list(limits._deferred) == ["hold-1", "hold-2"] and limits.settles_lost == 0
    limits._defer(res(4), ["h", "h:dl"], ["hold-4", 5, 0])  # a charge evicts the release
    assert list(limits._deferred) == ["hold-2", "hold-4"] and limits.settles_lost == 0
    limits._defer(res(5), ["h", "h:dl"], ["hold-5", 3, 0])  # and then a charge
    assert list(limits._deferred) == ["hold-4", "hold-5"] and limits.settles_lost == 1
    limits._deferred.clear()
    limits._retrying = None
    await limits.close()
