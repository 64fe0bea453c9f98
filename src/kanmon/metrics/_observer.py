"""The per-request metrics: one observer told of every finished model call, counting it by the
labels an operator slices by. Label values come only from bounded sets: route names the
gateway serves (anything else a caller sends is ``other``; a call refused before its body was
read has ``none``), deployment ids, ISO codes, HTTP statuses, the policy's actions, scanner
entity types, error codes and key ids (which an admin creates). No request id, prompt or raw
model name ever becomes a label (request ids travel as exemplars)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from kanmon.core.catalog import Deployment
from kanmon.metrics._exemplars import Exemplars
from kanmon.metrics._families import ADMIN_BUCKETS, RequestMetrics
from kanmon.metrics._timed import Labels, Row, Timed
from kanmon.metrics._unpriced import cost_unknown
from kanmon.request import Exchange
from kanmon.routing import Router

_BLOCKING = frozenset({"block", "deny"})

#: The labels of ``kanmon_requests`` as ``done`` gathers them: the HTTP status still a number
#: (its text is made at the flush, once per label set).
_RequestKey = tuple[str, str, str, str, str, int, str]
#: Tokens and cost of one (key, team, deployment) since the flush: prompt and completion
#: tokens, requests, and the deployment whose price they cost.
_Usage = list[Any]
#: A call's row (``MetricsObserver._calls``) → its ``kanmon_requests`` labels.
_CALL_LABELS = itemgetter(0, 1, 6, 7, 8, 9, 10)


class MetricsObserver:
    """Counts each finished model call (``kanmon.request.Observer``); calls that are not
    model calls (admin API, console pages) only by endpoint name, status and time.

    ``done`` only appends to lists and adds to a dict on the event loop; ``flush`` moves them
    into the ``prometheus_client`` metrics at most ``flush_s`` later (and before each scrape),
    one increment per label set (or bucket) rather than per request. Tokens are summed per
    key, team and deployment and priced at the flush: the price is linear in the tokens, so the
    cost of the sums is the sum of the costs (to float rounding). That keeps the request's
    share to a few appends and one dict update (bench/metrics_bench.py); with several workers
    a scrape of another worker sees a count within ``flush_s``.

    Each latency observation carries its request's id, trace and start; the flush keeps
    the newest per bucket in ``exemplars`` (and writes them where a scrape of any worker finds
    them)."""

    #: No marks (``kanmon.request.StepList``): the gateway's overhead is the request's time
    #: less its upstream attempts (each timed by the router, retries and their backoff inside)
    #: and less the time a stream ran after its first chunk (``Exchange.streamed_s``).
    times_steps = False
    times_call = False

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
        # One row per observation, kept until the flush: the labels, the value, then what an
        # exemplar names (request id, trace, start). A model call's row is its
        # ``kanmon_requests`` labels too (``_CALL_LABELS``): one tuple per call, not one per
        # metric it feeds.
        self._calls: list[tuple[Any, ...]] = []
        self._attempts: list[Row] = []
        self._ttft: list[Row] = []
        self._admin: list[Row] = []
        self._usage: dict[tuple[str, str | None, str], _Usage] = {}
        specs = m.exemplified
        # in the order of the rows' lists at the flush: calls, attempts, ttft, admin
        self._timed = (
            *(
                Timed(h, specs[h].bounds, specs[h].name, 2)
                for h in (m.overhead, m.upstream, m.ttft)
            ),
            Timed(m.admin_latency, ADMIN_BUCKETS, None, 1),
        )
        self._touched: set[str] = set()  # deployments whose circuit may have changed
        self._unpriced: dict[str, Deployment] = {}  # served since the last flush, cost unknown
        self._children: dict[tuple[Any, Labels], Any] = {}
        self._adders: dict[tuple[Any, Labels], Callable[[float], None]] = {}
        self._request_adders: dict[_RequestKey, Callable[[float], None]] = {}
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
        router = self.router
        model = ex.model
        if model is None:  # refused before the body was read (no key, rate limit)
            route = "none"
        else:
            route = model if model in router.routes or model in router.direct else "other"
        endpoint, dep = ex.endpoint, ex.deployment
        if dep is not None:
            dep_id = dep.id
            jur, region = dep.provider_jurisdiction, dep.processing_region
        else:
            dep_id = jur = region = "none"
        # what an exemplar names, as the exchange holds it: no object made here for it
        rid, tc, t0 = ex.request_id, ex.trace, ex.started
        took = time.perf_counter() - t0 - ex.streamed_s
        attempts = ex.attempts
        if attempts:
            rows, touched = self._attempts, self._touched
            for a in attempts:
                upstream = a.latency_ms / 1000
                took -= upstream
                at = a.deployment
                rows.append((at, a.status, upstream, rid, tc, t0))
                touched.add(at)
                if a.retries:  # (rare)
                    self._add(self.m.retries, (at,), a.retries)
            if len(attempts) > 1:  # each but the last moved on to the next
                for a in attempts[:-1]:
                    self._add(self.m.fallbacks, (route, a.deployment), 1)
        # (an attempt's time is rounded to the microsecond: never below none)
        took = took if took > 0.0 else 0.0
        self._calls.append(
            (endpoint, route, took, rid, tc, t0, dep_id, jur, region, ex.status, ex.decision)
        )
        if ex.first_chunk is not None:
            self._ttft.append((route, dep_id, ex.first_chunk - t0, rid, tc, t0))
        p = ex.principal
        pt, ct = ex.prompt_tokens, ex.completion_tokens
        if p is not None and (pt or ct):
            k = (p.key_id, p.team, dep_id)
            usage = self._usage.get(k)
            if usage is not None and usage[3] is dep:
                usage[0] += pt
                usage[1] += ct
                usage[2] += 1
            else:  # the first of the second, or a deployment reloaded with another price
                if usage is not None:
                    self._settle(k, usage)
                self._usage[k] = [pt, ct, 1, dep]
        m, add = self.m, self._add  # the rest is rare
        if ex.findings_in or ex.findings_out or ex.findings_tools:
            data_class = ex.data_class or "none"
            for direction, found in (
                ("in", ex.findings_in),
                ("out", ex.findings_out),
                ("tools", ex.findings_tools),
            ):
                for entity, n in found.items():
                    add(m.findings, (entity, data_class, direction), n)
            if ex.decision in _BLOCKING and "PROMPT_INJECTION" in ex.findings_in:
                add(m.injection_blocks, (route, data_class), 1)
        scan = ex.scan
        if scan is not None and scan.slots:
            if scan.cached:
                add(m.scan_texts, ("memo",), scan.cached)
            if len(scan.slots) > scan.cached:
                add(m.scan_texts, ("scanned",), len(scan.slots) - scan.cached)
        if ex.status == 429 and ex.error_code in _LIMIT_CODES:
            add(m.limit_rejections, (ex.error_code,), 1)
        if not self._armed:
            self._arm()

    def _settle(self, k: tuple[str, str | None, str], usage: _Usage) -> None:
        """A (key, team, deployment)'s tokens since the flush, and their cost, into the
        counters (each label set is theirs alone: no other increment to gather them with)."""
        key, team, dep_id = k
        pt, ct, n, dep = usage
        m, adder, team = self.m, self._adder, team or "none"
        adder(m.tokens, ("in", key, team, dep_id))(pt)
        adder(m.tokens, ("out", key, team, dep_id))(ct)
        if dep is None:
            return
        price = dep.price
        usd = None if price is None else price.usd_cost(pt, ct)
        if usd is None:  # counted, and logged at the flush (not a lock per request)
            adder(m.cost_unknown, (dep_id,))(n)
            self._unpriced[dep_id] = dep
        else:
            adder(m.cost, (key, team, dep_id))(usd)

    def _add(self, metric: Any, labels: Labels, v: float) -> None:
        k = (metric, labels)
        self._inc[k] = self._inc.get(k, 0) + v

    def _other(self, ex: Exchange) -> None:
        """An admin call or console page: its endpoint is a name from the route (or page)
        table, never the path it was called by."""
        k = (self.m.admin_calls, (ex.endpoint, str(ex.status)))
        self._inc[k] = self._inc.get(k, 0) + 1
        took = time.perf_counter() - ex.started
        self._admin.append((ex.endpoint, took, None, None, 0.0))
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
        usage, self._usage = self._usage, {}
        for k, u in usage.items():
            self._settle(k, u)
        inc, self._inc = self._inc, {}
        calls, self._calls = self._calls, []
        attempts, self._attempts = self._attempts, []
        ttft, self._ttft = self._ttft, []
        admin, self._admin = self._admin, []
        touched, self._touched = self._touched, set()
        unpriced, self._unpriced = self._unpriced, {}
        for dep in unpriced.values():
            cost_unknown(dep)
        adder = self._adder
        for (metric, labels), v in inc.items():
            adder(metric, labels)(v)
        requests_of = self._request_adders
        counts = Counter(map(_CALL_LABELS, calls))  # counted in C, not a dict update per call
        for k, n in counts.items():
            add = requests_of.get(k)
            if add is None:
                labels = (*k[:5], str(k[5]), k[6])
                add = requests_of[k] = adder(self.m.requests, labels)
            add(n)
        child = self._child
        wall = time.time() - time.perf_counter()  # the requests' starts on the Unix clock
        for timed, rows in zip(self._timed, (calls, attempts, ttft, admin), strict=True):
            timed.flush(rows, child, self.exemplars, wall)
        # (admin calls only: one needless write at most once a second)
        if calls or attempts or ttft or admin:
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

    def _adder(self, metric: Any, labels: Labels) -> Callable[[float], None]:
        """What adds to a counter's child: its value's own ``inc``, past the checks of
        ``Counter.inc`` (that the child has its labels and the amount is not negative, which
        holds for every amount here); the child's ``inc`` should its value be kept otherwise."""
        add = self._adders.get((metric, labels))
        if add is None:
            c = self._child(metric, labels)
            value = getattr(c, "_value", None)
            add = self._adders[(metric, labels)] = c.inc if value is None else value.inc
        return add

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
