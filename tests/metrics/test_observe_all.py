"""Observations flushed in one go count exactly as one ``observe`` each."""

from __future__ import annotations

import random

import pytest
from prometheus_client import CollectorRegistry, Histogram

from kanmon.metrics._observer import observe_all

_BUCKETS = (0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0)


def _pair() -> tuple[CollectorRegistry, Histogram, CollectorRegistry, Histogram]:
    a, b = CollectorRegistry(), CollectorRegistry()
    ha = Histogram("t_seconds", "t", ["route"], buckets=_BUCKETS, registry=a)
    hb = Histogram("t_seconds", "t", ["route"], buckets=_BUCKETS, registry=b)
    return a, ha, b, hb


def test_the_same_exposition_as_one_observe_each() -> None:
    rng = random.Random(7)
    # values on the bounds themselves, between them, past the last one, and zero
    values = [*_BUCKETS, 0.0, 3.0, *(rng.expovariate(20) for _ in range(500))]
    a, ha, b, hb = _pair()
    for v in values:
        ha.labels("chat").observe(v)
    observe_all(hb.labels("chat"), values)
    assert _samples(b, approx=True) == _samples(a)


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
    seen: list[float] = []

    class Other:
        def observe(self, v: float) -> None:
            seen.append(v)

    observe_all(Other(), [0.1, 0.2])
    assert seen == [0.1, 0.2]
