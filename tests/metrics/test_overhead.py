"""The gateway's overhead: a request's time less its upstream attempts (retries and their
backoff inside them) and less the time its stream ran after the first chunk; no marks are
made for it, and steps are timed only for observers that read them."""

from __future__ import annotations

import time
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from kanmon.core.record import Attempt
from kanmon.metrics._families import RequestMetrics
from kanmon.metrics._observer import MetricsObserver
from kanmon.providers._http import RetryPolicy
from kanmon.request import Exchange, StepList
from kanmon.routing import Breaker, Router


def _observer() -> tuple[MetricsObserver, CollectorRegistry]:
    registry = CollectorRegistry()
    router = Router({"chat": []}, {}, retry=RetryPolicy(), breaker=Breaker(3, 30.0))
    return MetricsObserver(RequestMetrics(registry), router), registry


def _ex(took: float, attempts: list[Attempt], streamed_s: float = 0.0) -> Exchange:
    ex = Exchange(endpoint="chat.completions", operation="chat", model="chat")
    ex.started = time.perf_counter() - took
    ex.attempts = attempts
    ex.streamed_s = streamed_s
    ex.status = 200
    return ex


def _sums(registry: CollectorRegistry, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    out: dict[tuple[tuple[str, str], ...], Any] = {}
    for fam in registry.collect():
        for s in fam.samples:
            if s.name == name + "_sum":
                out[tuple(sorted(s.labels.items()))] = s.value
    return out


def test_overhead_is_the_time_around_the_upstream() -> None:
    obs, registry = _observer()
    # 0.5 s in all, of which a failed attempt of 0.1 s and a served one of 0.3 s
    obs.done(_ex(0.5, [Attempt("a", "http_503", 100.0), Attempt("b", "ok", 300.0, 1)]))
    obs.flush()
    (overhead,) = _sums(registry, "kanmon_gateway_overhead_seconds").values()
    assert overhead == pytest.approx(0.1, abs=0.02)  # what the test itself took is added
    upstream = _sums(registry, "kanmon_upstream_seconds")
    assert sorted(upstream.values()) == pytest.approx([0.1, 0.3])
    assert {dict(k)["outcome"] for k in upstream} == {"http_503", "ok"}


def test_a_stream_s_time_after_its_first_chunk_is_not_overhead() -> None:
    obs, registry = _observer()
    obs.done(_ex(2.0, [Attempt("b", "ok", 200.0)], streamed_s=1.7))
    obs.flush()
    (overhead,) = _sums(registry, "kanmon_gateway_overhead_seconds").values()
    assert overhead == pytest.approx(0.1, abs=0.02)


def test_a_request_refused_before_any_call_counts_its_whole_time() -> None:
    obs, registry = _observer()
    obs.done(_ex(0.05, []))
    obs.flush()
    (overhead,) = _sums(registry, "kanmon_gateway_overhead_seconds").values()
    assert 0.05 <= overhead < 5.0
    assert _sums(registry, "kanmon_upstream_seconds") == {}


def test_never_below_zero() -> None:
    # attempts are kept to the microsecond: their sum may pass the request's own clock
    obs, registry = _observer()
    obs.done(_ex(0.0, [Attempt("b", "ok", 50.0)]))
    obs.flush()
    assert list(_sums(registry, "kanmon_gateway_overhead_seconds").values()) == [0.0]


class _Plain:
    def done(self, ex: Exchange) -> None: ...


def test_steps_and_calls_are_timed_only_for_an_observer_that_reads_them() -> None:
    def lists(*observers: object) -> StepList:
        return StepList((), None, (), (), None, observers)  # type: ignore[arg-type]

    metrics = MetricsObserver.__new__(MetricsObserver)  # its class says what it needs
    assert (lists(metrics).time_steps, lists(metrics).time_call) == (False, False)
    both = lists(metrics, _Plain())  # an observer that says nothing reads everything
    assert (both.time_steps, both.time_call) == (True, True)
    assert (lists().time_steps, lists().time_call) == (False, False)
