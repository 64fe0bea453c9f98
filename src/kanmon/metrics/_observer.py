"""The per-request metrics: one observer told of every finished model call, counting it by the
labels an operator slices by. Label values come only from bounded sets: route names the
gateway serves (anything else a caller sends is ``other``; a call refused before its body was
read has ``none``), deployment ids, ISO codes, HTTP statuses, the policy's actions, scanner
entity types, error codes and key ids (which an admin creates). No request id, prompt or raw
model name ever becomes a label (request ids travel as exemplars)."""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_left
from typing import Any

from kanmon.core.catalog import Deployment
from kanmon.metrics._exemplars import Exemplars
from kanmon.metrics._families import RequestMetrics
from kanmon.metrics._unpriced import cost_unknown
from kanmon.request import Exchange, TraceContext
from kanmon.routing import Router

_BLOCKING = frozenset({"block", "deny"})

Labels = tuple[str, ...]


class MetricsObserver:
    """Counts each finished model call (``kanmon.request.Observer``); calls that are not
    model calls (admin API, console pages) only by endpoint name, status and time.

    ``done`` only adds to plain dicts and a list on the event loop; ``flush`` moves them into
    the ``prometheus_client`` metrics at most ``flush_s`` later (and before each scrape), one
    increment per label set rather than per request. That keeps the request's share to a few
    dict operations (bench/metrics_bench.py); with several workers a scrape of another worker
    sees a count within ``flush_s``.

    Each latency observation carries its request's id, trace and start; the flush keeps
    the newest per bucket in ``exemplars`` (and writes them where a scrape of any worker finds
    them)."""

    #: The gateway's overhead needs the call, its attempts and what came after: not a mark
    #: per step before the call (``kanmon.request.StepList.time_steps``).
    times_steps = False

    def __init__(
        self,
        m: RequestMetrics,
        router: Router,
        flush_s: float = 1.0,
        exemplars: Exemplars | None = None,
    ) -> None:
        self.m = m
        self.router = router
        self.flush_s = flush_s
        self.exemplars = exemplars if exemplars is not None else Exemplars()
        self.exemplars.specs.update((spec.name, spec) for spec in m.exemplified.values())
        self._inc: dict[tuple[Any, Labels], float] = {}
        #: (histogram, labels, value, request id, trace context, request start): the last
        #: three name the request in an exemplar (None: no exemplar).
        self._obs: list[tuple[Any, Labels, float, str | None, TraceContext | None, float]] = []
        self._touched: set[str] = set()  # deployments whose circuit may have changed
        self._unpriced: dict[str, Deployment] = {}  # served since the last flush, cost unknown
        self._children: dict[tuple[Any, Labels], Any] = {}
        self._armed = False
        # one group commit per request at low rates: its children found once, not per commit
        self._commits = {
            ok: (m.commit.labels(r), m.committed.labels(r))
            for ok, r in ((True, "ok"), (False, "failed"))
        }

    def done(self, ex: Exchange) -> None:
        if ex.operation == "none":
            self._other(ex)
            return
        m = self.m
        inc = self._inc
        obs = self._obs
        router = self.router
        model = ex.model
        if model is None:  # refused before the body was read (no key, rate limit)
            route = "none"
        else:
            route = model if model in router.routes or model in router.direct else "other"
        dep = ex.deployment
        if dep is not None:
            dep_id, jur, region = dep.id, dep.provider_jurisdiction, dep.processing_region
        else:
            dep_id = jur = region = "none"
        k: tuple[Any, Labels] = (
            m.requests,
            (ex.endpoint, route, dep_id, jur, region, str(ex.status), ex.decision),
        )
        inc[k] = inc.get(k, 0) + 1
        # what an exemplar names, as the exchange holds it: no object made here for it
        rid, tc, t0 = ex.request_id, ex.trace, ex.started
        if ex.marks is not None:
            obs.append((m.overhead, (ex.endpoint, route), _overhead(ex), rid, tc, t0))
            for mk in ex.marks:
                if mk.name == "attempt":
                    d = dict(mk.detail)
                    labels = (d.get("deployment", "none"), d.get("outcome", ""))
                    obs.append((m.upstream, labels, mk.end - mk.start, rid, tc, t0))
        if ex.first_chunk is not None:
            obs.append((m.ttft, (route, dep_id), ex.first_chunk - t0, rid, tc, t0))
        p = ex.principal
        if p is not None and (ex.prompt_tokens or ex.completion_tokens):
            key, team = p.key_id, p.team or "none"
            k = (m.tokens, ("in", key, team, dep_id))
            inc[k] = inc.get(k, 0) + ex.prompt_tokens
            k = (m.tokens, ("out", key, team, dep_id))
            inc[k] = inc.get(k, 0) + ex.completion_tokens
            if dep is not None:
                price, pt, ct = dep.price, ex.prompt_tokens, ex.completion_tokens
                usd = None if price is None else price.usd_cost(pt, ct)
                if usd is None:  # counted, and logged at the flush (not a lock per request)
                    k = (m.cost_unknown, (dep_id,))
                    inc[k] = inc.get(k, 0) + 1
                    self._unpriced[dep_id] = dep
                else:
                    k = (m.cost, (key, team, dep_id))
                    inc[k] = inc.get(k, 0) + usd
        if ex.attempts:
            last = len(ex.attempts) - 1
            for i, a in enumerate(ex.attempts):
                self._touched.add(a.deployment)
                if a.retries:
                    k = (m.retries, (a.deployment,))
                    inc[k] = inc.get(k, 0) + a.retries
                if i < last:
                    k = (m.fallbacks, (route, a.deployment))
                    inc[k] = inc.get(k, 0) + 1
        if ex.findings_in or ex.findings_out or ex.findings_tools:
            data_class = ex.data_class or "none"
            for direction, found in (
                ("in", ex.findings_in),
                ("out", ex.findings_out),
                ("tools", ex.findings_tools),
            ):
                for entity, n in found.items():
                    k = (m.findings, (entity, data_class, direction))
                    inc[k] = inc.get(k, 0) + n
            if ex.decision in _BLOCKING and "PROMPT_INJECTION" in ex.findings_in:
                k = (m.injection_blocks, (route, data_class))
                inc[k] = inc.get(k, 0) + 1
        if ex.status == 429 and ex.error_code in _LIMIT_CODES:
            k = (m.limit_rejections, (ex.error_code,))
            inc[k] = inc.get(k, 0) + 1
        if not self._armed:
            self._arm()

    def _other(self, ex: Exchange) -> None:
        """An admin call or console page: its endpoint is a name from the route (or page)
        table, never the path it was called by."""
        k = (self.m.admin_calls, (ex.endpoint, str(ex.status)))
        self._inc[k] = self._inc.get(k, 0) + 1
        took = time.perf_counter() - ex.started
        self._obs.append((self.m.admin_latency, (ex.endpoint,), took, None, None, 0.0))
        if not self._armed:
            self._arm()

    def _arm(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # told from a thread without a loop: nothing to wait for
            self.flush()
            return
        self._armed = True
        loop.call_later(self.flush_s, self.flush)

    def flush(self) -> None:
        """Move what ``done`` gathered into the metrics. Call it on the event loop ``done``
        runs on (or with none running)."""
        self._armed = False
        inc, self._inc = self._inc, {}
        obs, self._obs = self._obs, []
        touched, self._touched = self._touched, set()
        unpriced, self._unpriced = self._unpriced, {}
        for dep in unpriced.values():
            cost_unknown(dep)
        child = self._child
        for (metric, labels), v in inc.items():
            child(metric, labels).inc(v)
        spec_of = self.m.exemplified
        latest = self.exemplars.latest
        wall = time.time() - time.perf_counter()  # the requests' starts on the Unix clock
        series: dict[tuple[Any, Labels], list[float]] = {}
        for metric, labels, v, rid, tc, t0 in obs:
            got = series.get((metric, labels))
            if got is None:
                series[(metric, labels)] = [v]
            else:
                got.append(v)
            if rid is not None:  # ``Exemplars.note`` written out: once per observation
                spec = spec_of[metric]
                tid = tc.trace_id if tc is not None and tc.sampled else ""
                latest[(spec.name, labels, bisect_left(spec.bounds, v))] = (
                    v,
                    (rid, tid, t0 + wall),
                )
        for (metric, labels), values in series.items():
            observe_all(child(metric, labels), values)
        if obs:  # (admin calls only: one needless write at most once a second)
            self.exemplars.changed = True
        self.exemplars.save()
        m = self.m
        breaker = self.router.breaker
        now = time.time()
        for dep_id in touched:
            failures, open_s = breaker.health(dep_id)
            child(m.breaker_failures, (dep_id,)).set(failures)
            child(m.breaker_open_until, (dep_id,)).set(now + open_s if open_s else 0)

    def _child(self, metric: Any, labels: Labels) -> Any:
        c = self._children.get((metric, labels))
        if c is None:
            c = self._children[(metric, labels)] = metric.labels(*labels)
        return c

    def on_commit(self, writer: Any, records: int, seconds: float, ok: bool) -> None:
        """The audit writer's group commit (on its thread; prometheus_client locks)."""
        m = self.m
        timed, counted = self._commits[ok]
        timed.observe(seconds)
        counted.inc(records)
        queued, kept = writer.backlog
        m.writer_queue.set(queued)
        m.writer_kept.set(kept)
        m.writer_failing.set(0 if ok else 1)


#: Error codes of the key's own limits (an upstream's 429 has its own code and is not counted).
_LIMIT_CODES = frozenset({"rate_limit_exceeded", "budget_exceeded", "too_many_auth_failures"})


def observe_all(histogram: Any, values: list[float]) -> None:
    """A histogram child observes ``values``: the same counts as one ``observe`` each, with one
    increment per bucket hit and one of the sum. Each increment of a multiprocess value takes a
    lock and writes the shared file, and a second of requests hits few buckets. Falls back to
    ``observe`` should prometheus_client ever keep its buckets otherwise."""
    buckets = getattr(histogram, "_buckets", None)
    bounds = getattr(histogram, "_upper_bounds", None)
    total = getattr(histogram, "_sum", None)
    if buckets is None or bounds is None or total is None or len(buckets) != len(bounds):
        for v in values:
            histogram.observe(v)
        return
    counts = [0] * len(buckets)
    for v in values:
        counts[bisect_left(bounds, v)] += 1  # the first bound >= v, as observe's ``<=``
    total.inc(sum(values))
    for bucket, n in zip(buckets, counts, strict=True):
        if n:
            bucket.inc(n)


def _overhead(ex: Exchange) -> float:
    """The gateway's share: from the request's start to its call, the call's own time around
    its attempts (planning the next one), and what was timed after the call (output filter,
    audit). Retries and their backoff sit inside an attempt: they are the upstream's account.
    A request refused before any call: its whole time until now."""
    assert ex.marks is not None
    own = call = attempts = 0.0
    call_start: float | None = None
    for mk in ex.marks:
        d = mk.end - mk.start
        if mk.name == "call":
            call += d
            if call_start is None:
                call_start = mk.start
        elif mk.name == "attempt":
            attempts += d
        elif call_start is not None and mk.start >= call_start:
            own += d  # after the call; the steps before it are counted through its start
    if call_start is None:
        return time.perf_counter() - ex.started
    return (call_start - ex.started) + own + max(0.0, call - attempts)
