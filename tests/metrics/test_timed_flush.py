"""Observations flushed in one go count exactly as one ``observe`` each, and each bucket's
exemplar is the newest observation that fell in it."""

from __future__ import annotations

import random
from typing import Any

import pytest
from prometheus_client import CollectorRegistry, Histogram

from kanmon.metrics._exemplars import Exemplars
from kanmon.metrics._timed import Timed
from kanmon.request import TraceContext

_BUCKETS = (0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0)


def _pair() -> tuple[CollectorRegistry, Histogram, CollectorRegistry, Histogram]:
    a, b = CollectorRegistry(), CollectorRegistry()
    ha = Histogram("t_seconds", "t", ["route"], buckets=_BUCKETS, registry=a)
    hb = Histogram("t_seconds", "t", ["route"], buckets=_BUCKETS, registry=b)
    return a, ha, b, hb


def _child(metric: Any, labels: tuple[str, ...]) -> Any:
    return metric.labels(*labels)


def test_the_same_exposition_as_one_observe_each() -> None:
    rng = random.Random(7)
    # values on the bounds themselves, between them, past the last one, and zero
    values = [*_BUCKETS, 0.0, 3.0, *(rng.expovariate(20) for _ in range(500))]
    routes = [rng.choice(("chat", "embed", "other")) for _ in values]
    a, ha, b, hb = _pair()
    for route, v in zip(routes, values, strict=True):
        ha.labels(route).observe(v)
    timed = Timed(hb, _BUCKETS, None, 1)
    # in two flushes, as a second's worth at a time
    for part in (slice(0, 200), slice(200, None)):
        rows = [(r, v, None, None, 0.0) for r, v in zip(routes[part], values[part], strict=True)]
        timed.flush(rows, _child, Exemplars(), 0.0)
    assert _samples(b, approx=True) == _samples(a)


def test_each_bucket_names_its_newest_request() -> None:
    _, _, _, hb = _pair()
    timed = Timed(hb, _BUCKETS, "t_seconds", 1)
    sampled = TraceContext("a" * 32, "b" * 16)
    unsampled = TraceContext("c" * 32, "d" * 16, sampled=False)
    rows = [
        ("chat", 0.003, "req_1", None, 10.0),
        ("chat", 0.004, "req_2", sampled, 11.0),  # the same bucket, newer
        ("chat", 0.005, "req_3", unsampled, 12.0),  # on the bound: still that bucket
        ("chat", 7.0, "req_4", sampled, 13.0, "more of the row"),  # +Inf
        ("embed", 0.003, None, None, 0.0),  # names no request
    ]
    ex = Exemplars()
    timed.flush(rows, _child, ex, 1000.0)
    assert ex.latest == {
        ("t_seconds", ("chat",), 1): (0.005, ("req_3", "", 1012.0)),
        ("t_seconds", ("chat",), 7): (7.0, ("req_4", "a" * 32, 1013.0)),
    }


def _samples(
    registry: CollectorRegistry, *, approx: bool = False
) -> dict[tuple[str, tuple[tuple[str, str], ...]], object]:
    """Every sample but the creation time; the sum to float rounding."""
    out: dict[tuple[str, tuple[tuple[str, str], ...]], object] = {}
    for family in registry.collect():
        for s in family.samples:
            if s.name.endswith("_created"):
                continue
            value = pytest.approx(s.value) if approx and s.name.endswith("_sum") else s.value
            out[(s.name, tuple(sorted(s.labels.items())))] = value
    return out


def test_a_histogram_without_the_expected_parts_is_observed_one_by_one() -> None:
    seen: list[tuple[tuple[str, ...], float]] = []

    class Other:
        def __init__(self, labels: tuple[str, ...]) -> None:
            self.labels = labels

        def observe(self, v: float) -> None:
            seen.append((self.labels, v))

    timed = Timed(None, _BUCKETS, None, 1)
    rows = [("a", 0.1, None, None, 0.0), ("b", 0.2, None, None, 0.0), ("a", 0.3, None, None, 0.0)]
    timed.flush(rows, lambda _m, labels: Other(labels), Exemplars(), 0.0)
    assert sorted(seen) == [(("a",), 0.1), (("a",), 0.3), (("b",), 0.2)]
