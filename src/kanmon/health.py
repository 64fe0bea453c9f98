"""Readiness: can this process serve now? One bounded check per dependency, run side by side.

Liveness (``/healthz``) only says the process is up. Readiness (``/readyz``) says whether a
request would succeed: the store answers and takes writes, Redis answers (when limits use it) and
the audit writer is running and keeping up. A check that does not finish within its own timeout
fails; its thread, if it has one, is bounded by the driver's timeouts and ends on its own.

The result names each dependency and why it failed by error class only: the endpoint is
unauthenticated, so no address, URL or message of the driver reaches it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CheckFn = Callable[[], Awaitable["Check"]]


@dataclass(frozen=True, slots=True)
class Check:
    ok: bool
    detail: str = "ok"
    latency_ms: float = 0.0
    facts: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "detail": self.detail,
            "latency_ms": round(self.latency_ms, 2),
            **self.facts,
        }


@dataclass(frozen=True, slots=True)
class Readiness:
    ready: bool
    checks: Mapping[str, Check]

    def to_json(self) -> dict[str, Any]:
        return {
            "status": "ready" if self.ready else "not_ready",
            "checks": {name: c.to_json() for name, c in self.checks.items()},
        }


async def timed(fn: CheckFn, timeout_s: float) -> Check:
    """Run one check; a timeout or an exception is a failed check, never a raised one."""
    t0 = time.monotonic()
    try:
        got = await asyncio.wait_for(fn(), timeout_s)
    except TimeoutError:
        return Check(False, f"no answer within {timeout_s:g} s", _ms(t0))
    except Exception as e:
        return Check(False, type(e).__name__, _ms(t0))
    if got.latency_ms:
        return got
    return Check(got.ok, got.detail, _ms(t0), got.facts)


class Prober:
    """Runs the checks, at most once per ``min_interval_s``: concurrent probes share one run, so
    a flood of unauthenticated ``/readyz`` calls costs the database at most one query per
    interval."""

    def __init__(
        self, checks: Mapping[str, tuple[CheckFn, float]], min_interval_s: float = 0.5
    ) -> None:
        self._checks = dict(checks)
        self._min = min_interval_s
        self._last: tuple[float, Readiness] | None = None
        self._running: asyncio.Future[Readiness] | None = None

    async def probe(self) -> Readiness:
        now = time.monotonic()
        if self._last is not None and now - self._last[0] < self._min:
            return self._last[1]
        if self._running is None or self._running.done():
            self._running = asyncio.ensure_future(self._run())
        return await asyncio.shield(self._running)

    async def _run(self) -> Readiness:
        names = list(self._checks)
        got = await asyncio.gather(*(timed(fn, t) for fn, t in self._checks.values()))
        result = Readiness(all(c.ok for c in got), dict(zip(names, got, strict=True)))
        self._last = (time.monotonic(), result)
        return result


def _ms(t0: float) -> float:
    return (time.monotonic() - t0) * 1000
