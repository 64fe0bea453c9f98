"""Limits shared by every replica through Redis. Each check-and-count is one Lua script, which
Redis runs atomically: two gateways can never both take the last unit of a budget.

The script calls made during one event-loop iteration go to Redis together in one pipeline:
redis-py spends ~49 us of CPU on a lone EVALSHA and ~13 us per call in a pipeline of 16, and
three calls per request (rate, reserve, settle) took two thirds of a worker's throughput.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from redis.asyncio import BlockingConnectionPool, Redis
from redis.exceptions import NoScriptError

from kanmon.core.principal import Principal
from kanmon.errors import ServiceUnavailableError
from kanmon.limits._base import NANO, Reservation, budget_error, has_budget, rpm_error, window_of

# KEYS: this minute's counter, last minute's counter. ARGV: limit, elapsed fraction of minute.
_RPM = """
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
local prev = tonumber(redis.call('GET', KEYS[2]) or '0')
if prev * (1 - tonumber(ARGV[2])) + cur + 1 > tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], 150)
return 1
"""

# KEYS: the budget window hash. ARGV: token limit, nano-USD limit (-1: none), tokens and
# nano-USD to hold, ttl. Fields: st/ht spent/held tokens, su/hu spent/held nano-USD.
_RESERVE = """
local h = KEYS[1]
local v = redis.call('HMGET', h, 'st', 'ht', 'su', 'hu')
local st, ht = tonumber(v[1] or '0'), tonumber(v[2] or '0')
local su, hu = tonumber(v[3] or '0'), tonumber(v[4] or '0')
local tl, ul = tonumber(ARGV[1]), tonumber(ARGV[2])
local ta, ua = tonumber(ARGV[3]), tonumber(ARGV[4])
if tl >= 0 and st + ht + ta > tl then return 'tokens' end
if ul >= 0 and su + hu + ua > ul then return 'usd' end
redis.call('HINCRBY', h, 'ht', ta)
redis.call('HINCRBY', h, 'hu', ua)
redis.call('EXPIRE', h, ARGV[5])
return 'ok'
"""

# KEYS: the budget window hash. ARGV: held tokens, held nano-USD, actual tokens, actual nano-USD.
_SETTLE = """
local h = KEYS[1]
if redis.call('EXISTS', h) == 0 then return 0 end
redis.call('HINCRBY', h, 'ht', -tonumber(ARGV[1]))
redis.call('HINCRBY', h, 'hu', -tonumber(ARGV[2]))
redis.call('HINCRBY', h, 'st', tonumber(ARGV[3]))
redis.call('HINCRBY', h, 'su', tonumber(ARGV[4]))
return 1
"""


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


class RedisLimits:
    def __init__(self, url: str, prefix: str = "kanmon:", max_connections: int = 64) -> None:
        # Requests beyond the pool wait for a connection instead of failing.
        pool = BlockingConnectionPool.from_url(
            url, max_connections=max_connections, timeout=10, decode_responses=True
        )
        self._redis: Redis = Redis.from_pool(pool)
        self._p = prefix
        self._rpm = self._redis.register_script(_RPM)
        self._reserve = self._redis.register_script(_RESERVE)
        self._settle = self._redis.register_script(_SETTLE)
        self._batch = _Batcher(self._redis, (_RPM, _RESERVE, _SETTLE))

    def _budget_key(self, key_id: str, window: int) -> str:
        return f"{self._p}budget:{key_id}:{window}"

    async def _run(self, script: Any, keys: list[str], args: list[Any]) -> Any:
        try:
            return await self._batch.call(script.sha, keys, args)
        except Exception as e:  # limits fail closed: without Redis nobody can be counted
            raise ServiceUnavailableError(
                f"The rate-limit store is unavailable ({type(e).__name__}), so the request "
                "was not admitted."
            ) from None

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
        got = await self._run(
            self._reserve,
            [self._budget_key(p.key_id, window)],
            [tl, ul, tokens, nano, period + 60],
        )
        if got != "ok":
            raise budget_error(p, str(got), period, window)
        return Reservation(p.key_id, window, period, tokens, nano)

    async def settle(self, r: Reservation, tokens: int, usd: float) -> None:
        await self._run(
            self._settle,
            [self._budget_key(r.key_id, r.window)],
            [r.tokens, r.nano_usd, tokens, int(usd * NANO)],
        )

    async def usage(self, p: Principal) -> dict[str, float]:
        window, _ = window_of(p)
        v = await self._redis.hmget(self._budget_key(p.key_id, window), ["st", "ht", "su", "hu"])
        st, ht, su, hu = (int(x or 0) for x in v)
        return {
            "spent_tokens": st,
            "held_tokens": ht,
            "spent_usd": su / NANO,
            "held_usd": hu / NANO,
        }

    async def close(self) -> None:
        await self._batch.drain()
        await self._redis.aclose()
