"""A tracer asks for the steps before the call, and the call, to be timed only in the requests it
traces: the others (19 in 20 at the default ratio) make no marks at all; metrics need none."""

from __future__ import annotations

import asyncio

from kanmon.metrics._observer import MetricsObserver
from kanmon.request import Exchange, RequestPath, StepList, TraceContext


class _Tracer:
    times_steps = "sampled"
    times_call = "sampled"

    def __init__(self, sampled: bool) -> None:
        self.sampled = sampled

    def begin(self, ex: Exchange) -> None:
        ex.trace = TraceContext("1" * 32, "2" * 16, sampled=self.sampled)

    def done(self, ex: Exchange) -> None: ...


class _Plain:
    def done(self, ex: Exchange) -> None: ...


async def _step(ex: Exchange) -> None:
    pass


def _lists(*observers: object) -> StepList:
    before = (("auth", _step), ("parse", _step))
    return StepList(before, None, (), (), None, observers)  # type: ignore[arg-type]


def test_what_the_observers_ask_for() -> None:
    metrics = MetricsObserver.__new__(MetricsObserver)
    assert _lists(_Tracer(True)).time_steps == "sampled"
    assert _lists(metrics, _Tracer(True)).time_steps == "sampled"
    assert _lists(_Tracer(True), _Plain()).time_steps is True  # one that reads every request's
    assert _lists(metrics).time_steps is False
    assert _lists(metrics, _Tracer(True)).time_call == "sampled"
    assert _lists(metrics).time_call is False


def _marks(*observers: object) -> list[str] | None:
    ex = Exchange(endpoint="chat.completions", operation="chat")
    asyncio.run(RequestPath(_lists(*observers)).start(ex))
    return None if ex.marks is None else [m.name for m in ex.marks]


def test_steps_are_timed_in_a_sampled_request_only() -> None:
    metrics = MetricsObserver.__new__(MetricsObserver)
    assert _marks(_Tracer(sampled=True)) == ["auth", "parse"]
    assert _marks(metrics, _Tracer(sampled=True)) == ["auth", "parse"]
    assert _marks(_Tracer(sampled=False)) is None  # not even the call's
    assert _marks(metrics, _Tracer(sampled=False)) is None
    assert _marks(metrics) is None
