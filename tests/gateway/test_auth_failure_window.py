"""A source's failed-authentication limit counts a minute from its first failure, not the
clock's minute, and refuses for a full minute from the failure that reached the limit."""

from __future__ import annotations

import pytest

from kanmon.auth import AuthFailures
from kanmon.core.record import AuditRecord
from kanmon.errors import RateLimitError


class _Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _failures(clock: _Clock, records: list[AuditRecord]) -> AuthFailures:
    return AuthFailures(records.append, interval_s=3600, per_minute=3, clock=clock)


def test_failures_straddling_a_clock_minute_still_reach_the_limit() -> None:
    clock, records = _Clock(1_000_000 * 60 - 1.5), []  # 1.5 s before a clock minute
    f = _failures(clock, records)
    f.failed("10.0.0.1", "/v1/chat/completions", None)
    clock.now += 1.0
    f.failed("10.0.0.1", "/v1/chat/completions", None)
    clock.now += 1.0  # the clock's minute changed here
    f.failed("10.0.0.1", "/v1/chat/completions", None)
    with pytest.raises(RateLimitError) as e:
        f.check("10.0.0.1", "a-key-never-seen")
    assert e.value.code == "too_many_auth_failures"
    assert e.value.retry_after_s == 60  # a full minute from the third failure
    f.check("10.0.0.2", "a-key-never-seen")  # another source is not refused


def test_the_refusal_lasts_a_minute_from_the_failure_that_reached_the_limit() -> None:
    clock, records = _Clock(1_000_000 * 60 + 58.0), []  # 2 s before a clock minute
    f = _failures(clock, records)
    for _ in range(3):
        f.failed("10.0.0.1", "/v1/models", None)
    clock.now += 30.0  # past the clock's minute: still refused
    with pytest.raises(RateLimitError) as e:
        f.check("10.0.0.1")
    assert e.value.retry_after_s == 30
    f.vouch("known")
    f.check("10.0.0.1", "known")  # a key that authenticated lately still gets in
    clock.now += 30.0
    f.check("10.0.0.1")  # the minute is over
    assert f.flush(everything=True) == 1
    [rec] = records
    assert rec.count == 4 and rec.decision == "deny"  # 3 failed, 1 refused


def test_failures_spread_over_more_than_a_minute_do_not_add_up() -> None:
    clock, records = _Clock(1_000_000 * 60.0), []
    f = _failures(clock, records)
    for _ in range(2):
        f.failed("10.0.0.1", "/v1/models", None)
        clock.now += 40.0
    f.failed("10.0.0.1", "/v1/models", None)  # 80 s after the first: a new minute, count 1
    f.check("10.0.0.1")


def test_a_periodic_flush_keeps_a_refused_source_refused() -> None:
    clock, records = _Clock(1_000_000 * 60.0), []
    f = AuthFailures(records.append, interval_s=10, per_minute=3, clock=clock)
    for _ in range(3):
        f.failed("10.0.0.1", "/v1/models", None)
    clock.now += 20.0
    assert f.flush() == 1  # the interval ended: its record is written
    with pytest.raises(RateLimitError):
        f.check("10.0.0.1")  # but the source's minute has not
    clock.now += 41.0
    f.check("10.0.0.1")
