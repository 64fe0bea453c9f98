"""The gateway's overhead from the marks a request has: the same with the steps before the call
timed one by one or not, never the upstream's time, and steps timed only for observers that
read them."""

from __future__ import annotations

import time

import pytest

from kanmon.metrics._observer import MetricsObserver, _overhead
from kanmon.request import Exchange, Mark, StepList


def _ex(marks: list[Mark], started: float = 100.0) -> Exchange:
    ex = Exchange(endpoint="chat.completions", operation="chat")
    ex.started = started
    ex.marks = marks
    return ex


# started 100.0; steps before the call to 100.004; the call 100.004-100.104 with an attempt
# of 0.099 inside it; the audit 100.104-100.106
_AFTER = [
    Mark("attempt", 100.0045, 100.1035),
    Mark("call", 100.004, 100.104),
    Mark("audit", 100.104, 100.106),
]
_STEPS = [Mark("auth", 100.0, 100.001), Mark("parse", 100.001, 100.003)]


def test_overhead_is_the_time_around_the_upstream() -> None:
    expected = 0.004 + (0.100 - 0.099) + 0.002
    assert _overhead(_ex(list(_AFTER))) == pytest.approx(expected)
    # step marks, when a tracer asked for them, change nothing: the call's start counts them
    assert _overhead(_ex(_STEPS + _AFTER)) == pytest.approx(expected)


def test_a_request_refused_before_any_call_counts_its_whole_time() -> None:
    ex = _ex([], started=time.perf_counter() - 0.05)
    assert 0.05 <= _overhead(ex) < 5.0


class _Plain:
    def done(self, ex: Exchange) -> None: ...


def test_steps_are_timed_only_for_an_observer_that_reads_them() -> None:
    def lists(*observers: object) -> StepList:
        return StepList((), None, (), (), None, observers)  # type: ignore[arg-type]

    metrics = MetricsObserver.__new__(MetricsObserver)  # its class says what it needs
    assert lists(metrics).time_steps is False
    assert lists(metrics, _Plain()).time_steps is True  # an observer that says nothing
    assert lists().time_steps is False
