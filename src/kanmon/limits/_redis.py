"""Limits shared by every replica through Redis. Each check-and-count is one Lua script, which
Redis runs atomically: two gateways can never both take the last unit of a budget
(``_redis_scripts`` describes the keys).

The script calls made during one event-loop iteration go to Redis together in one pipeline:
redis-py spends ~49 us of CPU on a lone EVALSHA and ~13 us per call in a pipeline of 16, and
three calls per request (rate, reserve, settle) took two thirds of a worker's throughput.

Every wait for Redis is bounded (``limits.redis_timeout_s``, ``redis_connect_timeout_s``): with
redis-py 7 a paused Redis held budgeted requests for 20 s. Admission fails closed (503); a
settle that fails is retried in the background until it lands (it is idempotent by hold id).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import NoScriptError

from kanmon.core.principal import Principal
from kanmon.errors import ServiceUnavailableError
from kanmon.health import Check
from kanmon.limits import _redis_scripts as lua
from kanmon.limits._base import (
    NANO,
    Reservation,
    budget_error,
    counter_unavailable,
    has_budget,
    rpm_error,
    window_of,
)
from kanmon.ratelog import Throttle

log = logging.getLogger("kanmon.limits")

#: ``(key_id, since)`` → tokens and nano-USD the key spent since ``since`` (epoch seconds), as
#: the audit log has them; used to rebuild a budget window Redis lost.
Rebuild = Callable[[str, float], Awaitable[tuple[int, int]]]

Call = tuple[str, list[str], list[Any], "asyncio.Future[Any]"]


class _Batcher:
    """Collects script calls until the running loop iteration ends, then sends them as one
    pipeline (not a transaction: each script is atomic on its own) and hands each caller its
    own result or error."""

    def __init__(self, redis: Redis, scripts: tuple[str, ...]) -> None:
        self._redis = redis
        self._scripts = scripts  # sources, to load again after a Redis restart
        self._pending: list[Call] = []
        self._sending: set[asyncio.Task[None]] = set()

    def call(self, sha: str, keys: list[str], args: list[Any]) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        if not self._pending:
            loop.call_soon(self._flush)
        self._pending.append((sha, keys, args, fut))
        return fut

    def _flush(self) -> None:
        batch, self._pending = self._pending, []
        if batch:
            task = asyncio.ensure_future(self._send(batch))
            self._sending.add(task)
            task.add_done_callback(self._sending.discard)

    async def _execute(self, batch: list[Call]) -> list[Any]:
        pipe = self._redis.pipeline(transaction=False)
        for sha, keys, args, _ in batch:
            pipe.evalsha(sha, len(keys), *keys, *args)
        results: list[Any] = await pipe.execute(raise_on_error=False)
        return results

    async def _send(self, batch: list[Call]) -> None:
        try:
            results = await self._execute(batch)
            missing = [i for i, r in enumerate(results) if isinstance(r, NoScriptError)]
            if missing:  # Redis restarted or was flushed: only those calls ran nowhere
                for source in self._scripts:
                    await self._redis.script_load(source)
                again = await self._execute([batch[i] for i in missing])
                for i, r in zip(missing, again, strict=True):
                    results[i] = r
        except Exception as e:
            results = [e] * len(batch)
        for (*_, fut), res in zip(batch, results, strict=True):
            if fut.done():  # the caller went away
                continue
            if isinstance(res, BaseException):
                fut.set_exception(res)
            else:
                fut.set_result(res)

    async def drain(self) -> None:
        self._flush()
        if self._sending:
            await asyncio.gather(*self._sending, return_exceptions=True)


@dataclass(slots=True)
class _Deferred:
    keys: list[str]
    args: list[Any]
    key_id: str
    until: float  # epoch: the window is over, nothing left to correct

    @property
    def charges(self) -> bool:
        """A settle that charges; not a release of a hold a failed reserve may have made."""
        return bool(self.args[1] or self.args[2])


class RedisLimits:
    SETTLE_RETRY_MAX = 100_000  # deferred settles kept at most (oldest are dropped, counted)

    def __init__(
        self,
        url: str,
        prefix: str = "kanmon:",
        max_connections: int = 64,
        *,
        timeout_s: float = 1.0,
        connect_timeout_s: float = 1.0,
        hold_max_s: int = 900,
        rebuild: Rebuild | None = None,
    ) -> None:
        # Requests beyond the pool wait for a connection (at most timeout_s) instead of failing.
        # One retry, on a fresh connection, only when the connection broke (e.g. CLIENT KILL):
        # retrying a timeout would double the wait, and every script is safe to run twice.
        pool = BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=timeout_s,
            decode_responses=True,
            socket_timeout=timeout_s,
            socket_connect_timeout=connect_timeout_s,
            retry=Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,)),
        )
        self._redis: Redis = Redis.from_pool(pool)
        self._p = prefix
        # Hold ids: unique per process (random) and per reservation (a counter).
        self._id = secrets.token_hex(6) + "."
        self._n = itertools.count()
        self._timeout = timeout_s
        self._hold_max = hold_max_s
        self._rebuild_fn = rebuild
        self._rpm = self._redis.register_script(lua.RPM)
        self._reserve = self._redis.register_script(lua.RESERVE)
        self._settle = self._redis.register_script(lua.SETTLE)
        self._seed = self._redis.register_script(lua.SEED)
        self._usage = self._redis.register_script(lua.USAGE)
        self._batch = _Batcher(self._redis, lua.ALL)
        self._throttle = Throttle(log)
        self._deferred: dict[str, _Deferred] = {}
        self._retrying: asyncio.Task[None] | None = None
        self._rebuilding: dict[tuple[str, int], asyncio.Future[None]] = {}
        self.settles_lost = 0

    def _budget_key(self, key_id: str, window: int) -> str:
        return f"{self._p}budget:{key_id}:{window}"

    async def _run(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return await self._batch.call(script.sha, keys, args)
        except Exception as e:
            raise counter_unavailable(self._throttle, "Redis", e) from None

    async def admit(self, p: Principal) -> None:
        if p.rpm_limit is None:
            return
        now = time.time()
        minute = int(now // 60)
        base = f"{self._p}rpm:{p.key_id}:"
        ok = await self._run(
            self._rpm, [f"{base}{minute}", f"{base}{minute - 1}"], [p.rpm_limit, (now % 60) / 60]
        )
        if not int(ok):
            raise rpm_error(p, now)

    async def reserve(self, p: Principal, tokens: int, usd: float) -> Reservation | None:
        if not has_budget(p):
            return None
        window, period = window_of(p)
        nano = int(usd * NANO) + 1
        tl = p.budget_tokens if p.budget_tokens is not None else -1
        ul = int(p.budget_usd * NANO) if p.budget_usd is not None else -1
        r = Reservation(p.key_id, window, period, tokens, nano, f"{self._id}{next(self._n)}")
        h = self._budget_key(p.key_id, window)
        nums = f"{tl} {ul} {tokens} {nano} {period + 60} {self._hold_max} {window * period}"
        for _ in range(3):
            # Held only if Redis runs it well before we stop waiting for the answer.
            deadline_ms = int((time.time() + 0.8 * self._timeout) * 1000)
            try:
                got = await self._run(
                    self._reserve,
                    [h, h + ":dl", self._p + "state"],
                    [r.hold_id, f"{nums} {deadline_ms}"],
                )
            except ServiceUnavailableError:
                # Redis may have run it in time and stopped before its answer left (paused,
                # or the connection cut): a hold for a request that was refused. Release it
                # once Redis answers again; releasing a hold that was never made is a no-op.
                self._defer(r, [h, h + ":dl"], [r.hold_id, 0, 0])
                raise
            if got == "ok":
                return r
            if got == "late":
                raise ServiceUnavailableError(
                    "The rate-limit store answered too late, so the request was not admitted."
                )
            if got == "lost":
                await self._mark_lost()
            elif got == "rebuild":
                await self._rebuild(p.key_id, window, period)
            else:
                raise budget_error(p, str(got), period, window)
        raise ServiceUnavailableError(  # pragma: no cover - Redis emptied again meanwhile
            "The budget state is being rebuilt; retry shortly."
        )

    async def _mark_lost(self) -> None:
        self._throttle.error(
            "lost",
            "limits: Redis has no budget state (restarted without persistence, flushed or "
            "evicted); each budget window is rebuilt from the audit log before it is used",
        )
        try:
            await self._redis.set(self._p + "state", repr(time.time()), nx=True)
        except Exception as e:
            raise ServiceUnavailableError(
                f"The rate-limit store is unavailable ({type(e).__name__}), so the request "
                "was not admitted."
            ) from None

    async def _rebuild(self, key_id: str, window: int, period: int) -> None:
        """Seed a window Redis lost with what the audit log says the key spent in it; the
        requests of one key that find it lost together share one rebuild."""
        slot = (key_id, window)
        running = self._rebuilding.get(slot)
        if running is None:
            running = self._rebuilding[slot] = asyncio.ensure_future(
                self._rebuild_once(key_id, window, period)
            )
            running.add_done_callback(lambda _: self._rebuilding.pop(slot, None))
        await asyncio.shield(running)

    async def _rebuild_once(self, key_id: str, window: int, period: int) -> None:
        if self._rebuild_fn is None:
            self._throttle.error(
                "no-rebuild",
                "limits: budget window of key %s was lost and there is no audit log to rebuild "
                "it from: it counts from zero",
                key_id,
            )
            tokens, nano = 0, 0
        else:
            try:
                tokens, nano = await self._rebuild_fn(key_id, float(window * period))
            except Exception as e:
                raise ServiceUnavailableError(
                    f"The budget of this key cannot be rebuilt now ({type(e).__name__}); "
                    "retry shortly.",
                    retry_after_s=2,
                ) from None
        seeded = await self._run(
            self._seed, [self._budget_key(key_id, window)], [tokens, nano, period + 60]
        )
        if int(seeded) and (tokens or nano):
            log.warning(
                "limits: rebuilt budget window of key %s from the audit log: %d tokens, %.6f USD",
                key_id,
                tokens,
                nano / NANO,
            )

    async def settle(self, r: Reservation, tokens: int, usd: float) -> None:
        h = self._budget_key(r.key_id, r.window)
        keys, args = [h, h + ":dl"], [r.hold_id, tokens, int(usd * NANO)]
        try:
            await self._batch.call(self._settle.sha, keys, args)
        except Exception as e:
            self._throttle.warning(
                "settle",
                "limits: settling a budget hold of key %s failed (%s); it is retried until it "
                "lands or its window ends",
                r.key_id,
                type(e).__name__,
            )
            self._defer(r, keys, args)

    def _defer(self, r: Reservation, keys: list[str], args: list[Any]) -> None:
        d = _Deferred(keys, args, r.key_id, (r.window + 1) * r.period_s + 60)
        if len(self._deferred) >= self.SETTLE_RETRY_MAX:
            # A release only hastens what the hold's lifetime does anyway: it gives way.
            if not d.charges:
                return
            oldest = next(iter(self._deferred))
            if self._deferred.pop(oldest).charges:
                self._lost(1, "too many deferred settles")
        self._deferred[r.hold_id] = d
        if self._retrying is None or self._retrying.done():
            self._retrying = asyncio.ensure_future(self._retry_loop())

    async def _retry_loop(self) -> None:
        delay = 0.2
        while self._deferred:
            await asyncio.sleep(delay)
            if await self._retry_once():
                delay = 0.2
            else:
                delay = min(delay * 2, 5.0)

    async def _retry_once(self) -> bool:
        """One try at every deferred settle; True if all that were tried landed."""
        now = time.time()
        for hid in [h for h, d in self._deferred.items() if d.until < now]:
            if self._deferred.pop(hid).charges:
                self._lost(1, "its window ended first")
        items = list(self._deferred.items())
        if not items:
            return True
        got = await asyncio.gather(
            *(self._batch.call(self._settle.sha, d.keys, d.args) for _, d in items),
            return_exceptions=True,
        )
        failed = 0
        for (hid, _), res in zip(items, got, strict=True):
            if isinstance(res, BaseException):
                failed += 1
            else:
                self._deferred.pop(hid, None)
        if not failed:
            log.warning("limits: %d deferred budget settles landed", len(items))
        return failed == 0

    def _lost(self, n: int, why: str) -> None:
        self.settles_lost += n
        self._throttle.error(
            "settle-lost",
            "limits: a budget charge was lost (%s); %d so far",
            why,
            self.settles_lost,
        )

    async def usage(self, p: Principal) -> dict[str, float]:
        window, _ = window_of(p)
        h = self._budget_key(p.key_id, window)
        try:
            v = await self._usage(keys=[h, h + ":dl"])
        except Exception as e:
            raise ServiceUnavailableError(
                f"The rate-limit store is unavailable ({type(e).__name__})."
            ) from None
        st, ht, su, hu = (int(x or 0) for x in v)
        return {
            "spent_tokens": st,
            "held_tokens": ht,
            "spent_usd": su / NANO,
            "held_usd": hu / NANO,
        }

    @property
    def deferred_settles(self) -> int:
        return len(self._deferred)

    async def check(self) -> Check:
        """Readiness: Redis answers a PING within the socket timeout."""
        await self._redis.ping()
        return Check(True, facts={"deferred_settles": len(self._deferred)})

    async def close(self) -> None:
        await self._batch.drain()
        if self._deferred:
            try:
                await asyncio.wait_for(self._retry_once(), 2.0)
            except Exception:
                pass
            if lost := sum(d.charges for d in self._deferred.values()):
                self._lost(lost, "the gateway stopped before Redis came back")
        if self._retrying is not None:
            self._retrying.cancel()
        await self._redis.aclose()
