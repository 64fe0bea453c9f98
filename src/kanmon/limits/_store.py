"""Limits shared through the gateway's store (SQLite file or PostgreSQL), for several worker
processes or replicas without Redis. Every check-and-count is atomic in the store
(``kanmon.store.CounterStore``), so the worker processes of a gateway together never let a key
spend more than its budget, as ``LocalLimits`` does for one process.

The store is a thread hop and a commit away, so calls made during one event-loop iteration
go together, as one transaction; while it runs the next iteration's calls wait and then go
as the next one: under load a commit carries many requests (group commit). A settle is not
waited for (the request was served): it rides with the next transaction, at the latest
``SETTLE_DELAY_S`` later: a commit fewer per request took what these limits cost a two-worker
gateway from 35% to 14% of its requests per second (docs/history/operations-log.md). Admission
fails closed (503) when the store cannot be used; a settle that fails is retried in the
background until it lands (a hold is settled once, however often its settle is sent).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import time
from collections.abc import Sequence
from typing import Protocol

from kanmon.core.counters import Admit, CounterOp, Reserve, Settle
from kanmon.core.principal import Principal
from kanmon.errors import ServiceUnavailableError
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


class Counters(Protocol):
    """Where the counters live (``kanmon.store.CounterStore``)."""

    def apply(self, ops: list[CounterOp], now: float | None = None) -> Sequence[bool | str]: ...

    def usage(self, key_id: str, window: int) -> tuple[int, int, int, int]: ...

    def close(self) -> None: ...


Pending = tuple[CounterOp, "asyncio.Future[bool | str]"]


class StoreLimits:
    SETTLE_RETRY_MAX = 100_000
    #: A settle waits at most this for a transaction to share (one commit fewer per request).
    SETTLE_DELAY_S = 0.05

    def __init__(self, counters: Counters, *, hold_max_s: int = 900) -> None:
        self._counters = counters
        self._hold_max = hold_max_s
        self._id = secrets.token_hex(6) + "."
        self._n = itertools.count()
        self._pending: list[Pending] = []
        self._sending: asyncio.Task[None] | None = None
        self._soon = False  # a flush is due at the end of this loop iteration
        self._later: asyncio.TimerHandle | None = None  # a flush for lazy settles only
        self._deferred: dict[str, Settle] = {}
        self._retrying: asyncio.Task[None] | None = None
        self._throttle = Throttle(log)
        self.settles_lost = 0
        self.transactions = 0  # batches applied (one transaction each); ops / this = batch size
        self.ops = 0

    # -- the batch ---------------------------------------------------------------------------

    def _call(self, op: CounterOp, *, lazy: bool = False) -> asyncio.Future[bool | str]:
        """Queue ``op`` for the next transaction: at the end of this loop iteration, or, for a
        ``lazy`` one nobody waits for, with the next call that is waited for (at the latest
        ``SETTLE_DELAY_S`` from now)."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[bool | str] = loop.create_future()
        self._pending.append((op, fut))
        if self._sending is None and not self._soon:
            if not lazy:
                self._soon = True
                loop.call_soon(self._flush)
            elif self._later is None:
                self._later = loop.call_later(self.SETTLE_DELAY_S, self._flush)
        return fut

    def _flush(self) -> None:
        self._soon = False
        if self._later is not None:
            self._later.cancel()
            self._later = None
        if self._sending is None and self._pending:
            batch, self._pending = self._pending, []
            self._sending = asyncio.ensure_future(self._send(batch))

    async def _send(self, batch: list[Pending]) -> None:
        try:
            got = await asyncio.to_thread(self._counters.apply, [op for op, _ in batch])
            self.transactions += 1
            self.ops += len(batch)
            for (_, fut), res in zip(batch, got, strict=True):
                if not fut.done():
                    fut.set_result(res)
        except Exception as e:
            for _, fut in batch:
                if not fut.done():
                    fut.set_exception(e)
        finally:
            self._sending = None
            self._flush()  # what arrived meanwhile goes as the next transaction

    async def _run(self, op: CounterOp) -> bool | str:
        try:
            return await self._call(op)
        except Exception as e:
            raise counter_unavailable(self._throttle, "store", e) from None

    # -- Limits --------------------------------------------------------------------------------

    async def admit(self, p: Principal) -> None:
        if p.rpm_limit is None:
            return
        now = time.time()
        ok = await self._run(Admit(p.key_id, int(now // 60), p.rpm_limit, 1 - (now % 60) / 60))
        if not ok:
            raise rpm_error(p, now)

    async def reserve(self, p: Principal, tokens: int, usd: float) -> Reservation | None:
        if not has_budget(p):
            return None
        now = time.time()
        window, period = window_of(p, now)
        nano = int(usd * NANO) + 1
        r = Reservation(p.key_id, window, period, tokens, nano, f"{self._id}{next(self._n)}")
        got = await self._run(
            Reserve(
                p.key_id,
                window,
                r.hold_id,
                tokens,
                nano,
                p.budget_tokens if p.budget_tokens is not None else -1,
                int(p.budget_usd * NANO) if p.budget_usd is not None else -1,
                now + self._hold_max,
                (window + 1) * period + 60.0,
            )
        )
        if got != "ok":
            raise budget_error(p, str(got), period, window)
        return r

    async def settle(self, r: Reservation, tokens: int, usd: float) -> None:
        """Queued, not waited for: the request was served. It goes with the next reserve or
        admission of this process (a commit they pay anyway) or on its own within
        ``SETTLE_DELAY_S``; meanwhile the hold keeps counting, so nothing is overspent."""
        op = Settle(r.key_id, r.window, r.hold_id, tokens, int(usd * NANO))
        self._call(op, lazy=True).add_done_callback(lambda f: self._settled(op, f))

    def _settled(self, op: Settle, fut: asyncio.Future[bool | str]) -> None:
        e = None if fut.cancelled() else fut.exception()
        if e is None and not fut.cancelled():
            return
        self._throttle.warning(
            "settle",
            "limits: settling a budget hold of key %s failed (%s); it is retried until it lands",
            op.key_id,
            type(e).__name__ if e is not None else "cancelled",
        )
        self._defer(op)

    def _defer(self, op: Settle) -> None:
        if len(self._deferred) >= self.SETTLE_RETRY_MAX:
            del self._deferred[next(iter(self._deferred))]
            self._lost(1, "too many deferred settles")
        self._deferred[op.hold_id] = op
        if self._retrying is None or self._retrying.done():
            self._retrying = asyncio.ensure_future(self._retry_loop())

    async def _retry_loop(self) -> None:
        delay = 0.2
        while self._deferred:
            await asyncio.sleep(delay)
            delay = 0.2 if await self._retry_once() else min(delay * 2, 5.0)

    async def _retry_once(self) -> bool:
        ops = list(self._deferred.values())
        try:
            await asyncio.gather(*(self._call(op) for op in ops))
        except Exception:
            return False
        for op in ops:
            self._deferred.pop(op.hold_id, None)
        log.warning("limits: %d deferred budget settles landed", len(ops))
        return True

    def _lost(self, n: int, why: str) -> None:
        self.settles_lost += n
        self._throttle.error(
            "settle-lost",
            "limits: a budget charge was lost (%s); %d so far",
            why,
            self.settles_lost,
        )

    async def _drain(self) -> None:
        """Until this process' queued calls (settles included) are in the store."""
        while self._pending or self._sending is not None:
            self._flush()
            if self._sending is not None:
                await asyncio.gather(self._sending, return_exceptions=True)

    async def usage(self, p: Principal) -> dict[str, float]:
        await self._drain()  # this process' settles count
        window, _ = window_of(p)
        try:
            st, ht, su, hu = await asyncio.to_thread(self._counters.usage, p.key_id, window)
        except Exception as e:
            raise ServiceUnavailableError(
                f"The rate-limit store is unavailable ({type(e).__name__})."
            ) from None
        return {
            "spent_tokens": st,
            "held_tokens": ht,
            "spent_usd": su / NANO,
            "held_usd": hu / NANO,
        }

    @property
    def deferred_settles(self) -> int:
        return len(self._deferred)

    async def close(self) -> None:
        await self._drain()  # settles still waiting for company
        if self._deferred:
            try:
                await asyncio.wait_for(self._retry_once(), 2.0)
            except Exception:
                pass
            if self._deferred:
                self._lost(len(self._deferred), "the gateway stopped before the store came back")
        if self._retrying is not None:
            self._retrying.cancel()
        await asyncio.to_thread(self._counters.close)
