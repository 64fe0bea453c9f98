"""The observer keeps a second's model calls and counts them at the flush, one increment per
label set or bucket: a batch of calls of every kind must count exactly as the same calls
flushed one at a time, and a catalog reload must not relabel the calls kept before it."""

from __future__ import annotations

import random
import time
from types import SimpleNamespace
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.core.record import Attempt
from kanmon.metrics import _observer
from kanmon.metrics._families import RequestMetrics
from kanmon.metrics._observer import MetricsObserver
from kanmon.providers._http import RetryPolicy
from kanmon.request import Exchange, TraceContext
from kanmon.routing import Breaker, Router


def _dep(i: int) -> Deployment:
    return Deployment(
        id=f"d{i}",
        model="m",
        provider="p",
        provider_entity="e",
        provider_jurisdiction=("US", "DE")[i % 2],
        processing_region=("us", "eu")[i % 2],
        base_url="http://127.0.0.1:1/v1",
        model_alias=f"alias-{i}",
    )


DEPS = [_dep(i) for i in range(3)]
KEYS = [
    Principal(key_id=f"k{i}", team=("t", "u")[i % 2], name=f"n{i}", roles=frozenset({"app"}))
    for i in range(3)
]


def _router() -> Router:
    routes = {"chat": DEPS[:2], "fallback": [DEPS[2], DEPS[0]]}
    return Router(routes, {}, retry=RetryPolicy(), breaker=Breaker(3, 30.0), direct={"d1": DEPS[1]})


def _calls(n: int, clock: float) -> list[tuple[Exchange, float]]:
    """Calls of every shape: refused before the body or the call, served at the first try,
    retried, moved on to another deployment, streamed, with and without a key or tokens,
    sampled traces and not; each with the clock reading it is observed at."""
    rnd = random.Random(7)
    out = []
    for i in range(n):
        ex = Exchange(endpoint=rnd.choice(("chat.completions", "responses")), operation="chat")
        ex.started = clock + i * 0.01
        ex.model = rnd.choice(("chat", "fallback", "d1", "unknown", None))
        ex.principal = rnd.choice((*KEYS, None))
        ex.status = rnd.choice((200, 200, 200, 429, 502))
        ex.decision = rnd.choice(("allow", "allow", "redact"))
        shape = rnd.randrange(5)
        if shape:  # 0: refused before any call
            chain = [rnd.choice(DEPS) for _ in range(1 if shape < 3 else 2)]
            for j, dep in enumerate(chain):
                last = j == len(chain) - 1
                retries = rnd.choice((0, 0, 1)) if shape == 2 or not last else 0
                status = "ok" if last else "http_503"
                ex.attempts.append(Attempt(dep.id, status, rnd.uniform(1, 900), retries))
            ex.deployment = chain[-1] if ex.status == 200 else None
            ex.prompt_tokens, ex.completion_tokens = rnd.choice(((0, 0), (12, 30), (5, 0)))
        if shape == 4:
            ex.first_chunk = ex.started + rnd.uniform(0.01, 0.5)
            ex.streamed_s = rnd.uniform(0.0, 0.2)
        if rnd.random() < 0.3:
            ex.trace = TraceContext(f"{i:032x}", f"{i:016x}", sampled=rnd.random() < 0.5)
        out.append((ex, ex.started + rnd.uniform(0.0005, 3.0)))
    return out


def _said(registry: CollectorRegistry, obs: MetricsObserver) -> tuple[dict[Any, float], Any]:
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in registry.collect()
        for s in family.samples
        if not s.name.endswith("_created")
    }
    return samples, {k: (v, ref[:2]) for k, (v, ref) in obs.exemplars.latest.items()}


def _observe(
    monkeypatch: pytest.MonkeyPatch, calls: list[tuple[Exchange, float]], every: int
) -> tuple[dict[Any, float], Any]:
    registry = CollectorRegistry(auto_describe=False)
    obs = MetricsObserver(RequestMetrics(registry), _router())
    obs._armed = True  # flushed below only
    for i, (ex, end) in enumerate(calls):
        clock = SimpleNamespace(perf_counter=lambda end=end: end, time=time.time)
        monkeypatch.setattr(_observer, "time", clock)
        ex.observed = False
        obs.done(ex)
        if (i + 1) % every == 0:
            obs.flush()
    obs.flush()
    return _said(registry, obs)


def test_a_batch_counts_as_its_calls_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _calls(400, clock=1000.0)
    once, exemplars_once = _observe(monkeypatch, calls, every=len(calls))
    each, exemplars_each = _observe(monkeypatch, calls, every=1)
    assert once.keys() == each.keys()
    for k, v in each.items():
        if k[0].endswith("_sum") or k[0].startswith("kanmon_cost"):
            assert once[k] == pytest.approx(v, rel=1e-12), k  # added up in another order
        else:
            assert once[k] == v, k
    assert exemplars_once == exemplars_each
    # the shapes above all reached the metrics
    names = {k[0] for k in once}
    for name in (
        "kanmon_upstream_retries_total",
        "kanmon_fallbacks_total",
        "kanmon_time_to_first_token_seconds_count",
        "kanmon_tokens_total",
    ):
        assert name in names


def test_a_batch_of_one_key_and_series_counts_as_its_calls(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The shortcuts of one series and one key on one deployment since the flush."""
    calls = []
    for i in range(50):
        ex = Exchange(endpoint="chat.completions", operation="chat", model="chat")
        ex.started, ex.status, ex.principal = 10.0 + i, 200, KEYS[0]
        ex.attempts = [Attempt("d0", "ok", 3.0 + i)]
        ex.deployment = DEPS[0]
        ex.prompt_tokens, ex.completion_tokens = i, 2 * i
        calls.append((ex, ex.started + 0.01 + i / 1000))
    assert _observe(monkeypatch, calls, every=len(calls)) == _observe(monkeypatch, calls, 1)


def test_calls_kept_before_a_reload_keep_their_route(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = CollectorRegistry(auto_describe=False)
    router = _router()
    obs = MetricsObserver(RequestMetrics(registry), router)
    obs._armed = True
    for model in ("chat", "gone"):
        ex = Exchange(endpoint="chat.completions", operation="chat", model=model)
        ex.status = 200
        obs.done(ex)
        router.routes = {"gone": DEPS[:1]}  # the reload swaps the routes whole
        router.direct = {}
    obs.flush()
    routes = {
        s.labels["route"]: s.value
        for family in registry.collect()
        for s in family.samples
        if s.name == "kanmon_requests_total"
    }
    assert routes == {"chat": 1.0, "gone": 1.0}
