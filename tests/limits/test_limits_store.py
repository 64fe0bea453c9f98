"""Limits counted in the gateway's store: several processes (here: several ``StoreLimits``,
each with its own connection and event loop, racing from their own threads) never together
exceed a budget or a rate limit, on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kanmon.config import KanmonConfig
from kanmon.core.principal import Principal
from kanmon.errors import ConfigError, RateLimitError
from kanmon.limits import LocalLimits, StoreLimits
from kanmon.store import CounterStore, Database, migrate
from kanmon.wiring._resilience import build_limits


@pytest.fixture(params=["sqlite", "pg"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "pg":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'kanmon.db'}"


@pytest.fixture
def dbs(store_url: str) -> Iterator[list[Database]]:
    """Two handles on one store, as two worker processes have."""
    out = [Database(store_url) for _ in range(2)]
    migrate(out[0])
    yield out
    for db in out:
        db.close()


def _p(key: str = "kb", **limits: Any) -> Principal:
    return Principal(key_id=key, name="b", team="t", roles=frozenset({"app"}), **limits)


def _in_threads(dbs: list[Database], job: Any) -> list[Any]:
    """Run ``job(limits)`` on a loop of its own per handle, all at once."""
    results: list[Any] = [None] * len(dbs)
    start = threading.Barrier(len(dbs))

    def run(i: int) -> None:
        async def main() -> None:
            limits = StoreLimits(CounterStore(dbs[i]))
            start.wait()
            try:
                results[i] = await job(limits)
            finally:
                await limits.close()

        try:
            asyncio.run(main())
        except BaseException as e:  # handed to the test's thread, which fails with it
            results[i] = e

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(dbs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for r in results:
        if isinstance(r, BaseException):
            raise r
    return results


async def _race(limits: StoreLimits, p: Principal, n: int, tokens: int, usd: float) -> int:
    async def one() -> bool:
        try:
            return await limits.reserve(p, tokens, usd) is not None
        except RateLimitError:
            return False

    return sum(await asyncio.gather(*(one() for _ in range(n))))


def test_two_processes_never_exceed_a_budget_together(dbs: list[Database]) -> None:
    p = _p(budget_tokens=1000, budget_period_s=3600)
    q = _p("ku", budget_usd=0.01, budget_period_s=3600)

    async def job(limits: StoreLimits) -> tuple[int, int, int]:
        tokens = await _race(limits, p, 100, 30, 0.0)
        usd = await _race(limits, q, 100, 0, 0.001)
        return tokens, usd, limits.transactions

    got = _in_threads(dbs, job)
    assert sum(g[0] for g in got) == 33  # 33 * 30 = 990 <= 1000 < 34 * 30
    assert sum(g[1] for g in got) == 9  # holds round up by a nano-dollar
    # the calls of one loop iteration share a transaction
    assert all(g[2] < 200 for g in got)
    usage = asyncio.run(StoreLimits(CounterStore(dbs[0])).usage(p))
    assert (usage["spent_tokens"], usage["held_tokens"]) == (0, 990)


def test_settle_charges_actual_usage_once(dbs: list[Database]) -> None:
    p = _p(budget_tokens=100, budget_period_s=3600)

    async def main() -> None:
        a, b = StoreLimits(CounterStore(dbs[0])), StoreLimits(CounterStore(dbs[1]))
        r = await a.reserve(p, 80, 0.0)
        assert r is not None
        with pytest.raises(RateLimitError) as e:
            await b.reserve(p, 30, 0.0)
        assert e.value.code == "budget_exceeded"
        await a.settle(r, 15, 0.0)
        await b.settle(r, 15, 0.0)  # sent twice (a retry): charged once
        await a.usage(p)  # a settle is queued, not waited for: this sends a's
        assert await b.usage(p) == {
            "spent_tokens": 15,
            "held_tokens": 0,
            "spent_usd": 0.0,
            "held_usd": 0.0,
        }
        assert await b.reserve(p, 80, 0.0) is not None
        with pytest.raises(RateLimitError):
            await a.reserve(p, 10, 0.0)
        await a.close()
        await b.close()

    asyncio.run(main())


def test_a_hold_whose_process_died_is_given_back(dbs: list[Database]) -> None:
    p = _p(budget_tokens=100, budget_period_s=3600)
    dead = CounterStore(dbs[0])

    async def main() -> None:
        died = StoreLimits(dead, hold_max_s=600)
        assert await died.reserve(p, 90, 0.0) is not None  # and never settled
        counters = CounterStore(dbs[1])
        alive = StoreLimits(counters)
        with pytest.raises(RateLimitError):
            await alive.reserve(p, 20, 0.0)
        counters.apply([], now=time.time() + 601)  # the housekeeping of 10 minutes later
        assert counters.released_holds == 1
        assert await alive.reserve(p, 20, 0.0) is not None
        assert (await alive.usage(p))["held_tokens"] == 20
        await alive.close()
        dead.close()

    asyncio.run(main())


def test_requests_per_minute_are_counted_across_processes(dbs: list[Database]) -> None:
    if time.time() % 60 > 50:  # stay inside one minute window
        time.sleep(61 - time.time() % 60)
    p = _p("kr", rpm_limit=10)

    async def job(limits: StoreLimits) -> int:
        async def one() -> bool:
            try:
                await limits.admit(p)
            except RateLimitError:
                return False
            return True

        return sum(await asyncio.gather(*(one() for _ in range(15))))

    assert sum(_in_threads(dbs, job)) == 10


def test_where_limits_are_counted_follows_the_config(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    one = KanmonConfig()
    assert isinstance(build_limits(one, db), LocalLimits)
    assert isinstance(build_limits(one.with_workers(2), db), StoreLimits)
    pg = KanmonConfig.model_validate({"store": {"url": "postgresql+psycopg://h/db"}})
    assert isinstance(build_limits(pg, db), StoreLimits)  # replicas may share it
    alone = KanmonConfig.model_validate(
        {"limits": {"backend": "process"}, "gateway": {"workers": 2}}
    )
    with pytest.raises(ConfigError, match="limits.redis_url"):
        build_limits(alone, db)
    db.close()


def test_a_settle_the_store_refused_is_retried_until_it_lands(dbs: list[Database]) -> None:
    p = _p(budget_tokens=100, budget_period_s=3600)
    counters = CounterStore(dbs[0])
    real = counters.apply
    refused: list[int] = []

    def flaky(ops: list[Any], now: float | None = None) -> list[bool | str]:
        if any(type(op).__name__ == "Settle" for op in ops) and not refused:
            refused.append(len(ops))
            raise ConnectionError("the store went away")
        return real(ops, now)

    counters.apply = flaky  # type: ignore[method-assign]

    async def main() -> dict[str, float]:
        limits = StoreLimits(counters)
        r = await limits.reserve(p, 60, 0.0)
        assert r is not None
        await limits.settle(r, 20, 0.0)  # the request was served: it does not wait
        deadline = time.monotonic() + 10
        while (refused == [] or limits.deferred_settles) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        got = await limits.usage(p)
        await limits.close()
        return got

    usage = asyncio.run(main())
    assert refused == [1]
    assert (usage["spent_tokens"], usage["held_tokens"]) == (20, 0)


def test_serve_workers_override_reaches_each_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``kanmon serve --workers 2`` with a file that says 1: each worker must count in the
    store too (the supervisor hands the count over in the environment)."""
    from kanmon.gateway.asgi import create_app

    cfg = tmp_path / "kanmon.yaml"
    cfg.write_text(f"store: {{url: 'sqlite:///{tmp_path / 'k.db'}'}}\n")
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    db.close()
    monkeypatch.setenv("KANMON_CONFIG", str(cfg))
    monkeypatch.setenv("KANMON_WORKERS", "2")
    app = create_app()
    try:
        assert app.services.config.gateway.workers == 2
        assert isinstance(app.services.limits, StoreLimits)
    finally:
        app.services.close_sync()
