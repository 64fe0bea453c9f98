"""Failed authentications, counted per source address instead of one audit record each.

A caller without a valid key could otherwise grow the audit log without bound and slow its
writer. Failures are written as one record per source and interval (``endpoint`` is
``auth.failed``, ``decision`` is ``deny``, ``count`` says how many), and a source that keeps
failing is refused with 429 before any key lookup for a full minute from the failure that
reached the limit — except for keys that authenticated lately, so callers sharing an address
with the attacker keep working. A source's minute starts at its first failure, not on the clock's
minute, so failures that straddle a minute boundary still add up. Counts are per worker
process; the limit is per worker too.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from kanmon.core.record import RECORD_VERSION, AuditRecord
from kanmon.errors import RateLimitError

log = logging.getLogger("kanmon.auth")

_MINUTE = 60.0


@dataclass(slots=True)
class _Source:
    started: float  # wall time the interval began
    window: float  # wall time the source's current minute began (its first failure in it)
    in_window: int = 0
    blocked_until: float = 0.0  # refused before this wall time
    failed: int = 0
    refused: int = 0
    endpoints: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)


class AuthFailures:
    def __init__(
        self,
        record: Callable[[AuditRecord], object],
        *,
        interval_s: float = 60.0,
        per_minute: int = 60,
        max_sources: int = 10_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._record = record
        self._clock = clock
        self.interval_s = interval_s
        self.per_minute = per_minute
        self.max_sources = max_sources
        self._sources: dict[str, _Source] = {}
        #: Hashes of keys that authenticated lately: never refused by a source's limit.
        self._good: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def vouch(self, key_hash: str) -> None:
        """``key_hash`` just authenticated: its caller is not an attacker guessing keys."""
        good = self._good
        if key_hash in good:
            good.move_to_end(key_hash)
            return
        good[key_hash] = None
        if len(good) > self.max_sources:
            good.popitem(last=False)

    def check(self, source: str | None, key_hash: str | None = None) -> None:
        """Refuse a source that failed ``per_minute`` times within a minute, for a minute from
        the failure that reached the limit, unless the key it presents authenticated lately."""
        if source is None or self.per_minute <= 0:
            return
        s = self._sources.get(source)
        if s is None or key_hash in self._good:
            return
        now = self._clock()
        if now < s.blocked_until:
            with self._lock:
                s.refused += 1
            wait = max(1, math.ceil(s.blocked_until - now))
            raise RateLimitError(
                f"Too many failed authentications from {source}; retry in about "
                f"{wait} s with a valid key.",
                retry_after_s=wait,
                code="too_many_auth_failures",
            )

    def failed(self, source: str | None, endpoint: str, code: str | None) -> None:
        now = self._clock()
        key = source or "unknown"
        with self._lock:
            s = self._sources.get(key)
            if s is None:
                if len(self._sources) >= self.max_sources:
                    self._flush_locked(now, everything=True)  # bounded memory under a spray
                s = self._sources[key] = _Source(started=now, window=now)
            if now - s.window >= _MINUTE:
                s.window, s.in_window = now, 0
            s.in_window += 1
            if self.per_minute > 0 and s.in_window >= self.per_minute:
                s.blocked_until = now + _MINUTE
            s.failed += 1
            s.endpoints[endpoint] += 1
            s.codes[code or "invalid_api_key"] += 1

    def flush(self, *, everything: bool = False) -> int:
        """Write the records of intervals that ended (all of them with ``everything``)."""
        with self._lock:
            return self._flush_locked(self._clock(), everything=everything)

    def _flush_locked(self, now: float, *, everything: bool) -> int:
        written = 0
        for source, s in list(self._sources.items()):
            if not everything and now - s.started < self.interval_s:
                continue
            if s.failed or s.refused:
                self._record(_record(source, s, now))
                written += 1
            if not everything and now < s.blocked_until:
                # keep refusing until its minute ends; count the next interval from zero
                self._sources[source] = _Source(now, s.window, s.in_window, s.blocked_until)
            else:
                del self._sources[source]
        return written

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kanmon-auth-fail", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(max(1.0, self.interval_s / 4)):
            try:
                self.flush()
            except Exception as e:  # the next tick tries again; the counts are still here
                log.error("failed authentications not recorded: %s", e)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        self.flush(everything=True)


def _record(source: str, s: _Source, now: float) -> AuditRecord:
    ts = dt.datetime.fromtimestamp(s.started, dt.UTC)
    until = dt.datetime.fromtimestamp(now, dt.UTC)
    codes = ", ".join(f"{c}={n}" for c, n in sorted(s.codes.items()))
    where = ", ".join(f"{e}={n}" for e, n in sorted(s.endpoints.items()))
    reasons = [
        f"{s.failed} failed authentication(s) from {source} between {ts.isoformat()} and "
        f"{until.isoformat()} ({codes}; endpoints: {where})"
    ]
    if s.refused:
        reasons.append(f"{s.refused} request(s) refused with 429 for too many failures")
    return AuditRecord(
        version=RECORD_VERSION,
        request_id=f"authfail_{time.time_ns() // 1_000_000:012x}{os.urandom(6).hex()}",
        ts=ts.isoformat(),
        key_id=None,
        team=None,
        endpoint="auth.failed",
        model_requested=None,
        status=401,
        error_code="invalid_api_key",
        decision="deny",
        reasons=reasons,
        rule_ids=["auth.failed"],
        count=s.failed + s.refused,
    )
