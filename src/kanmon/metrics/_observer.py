"""The per-request metrics: one observer told of every finished model call, counting it by the
labels an operator slices by. Label values come only from bounded sets: route names the
gateway serves (anything else a caller sends is ``other``; a call refused before its body was
read has ``none``), deployment ids, ISO codes, HTTP statuses, the policy's actions, scanner
entity types, error codes and key ids (which an admin creates). No request id, prompt or raw
model name ever becomes a label."""

from __future__ import annotations

import asyncio
import time
from bisect import bisect_left
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from kanmon.metrics._exemplars import Exemplars, Spec
from kanmon.request import Exchange, TraceContext
from kanmon.routing import Router

#: Time in the gateway's own steps: scanners, policy, audit commit; most of it well under 10 ms.
OVERHEAD_BUCKETS = (
    0.0005,
    0.001,
    0.0025,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
)
#: Upstream calls and time to first token: tens of milliseconds to a minute.
UPSTREAM_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 40.0, 80.0)
COMMIT_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0)
#: Admin API calls and console pages: mostly a store read or write.
ADMIN_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0)

_BLOCKING = frozenset({"block", "deny"})


class RequestMetrics:
    """The counters and histograms, registered in ``registry`` (None: the multiprocess files
    only, read back by ``MultiProcessCollector``)."""

    def __init__(self, registry: CollectorRegistry | None) -> None:
        r = registry
        self.requests = Counter(
            "kanmon_requests",
            "Model calls by endpoint, route, serving deployment, its provider's jurisdiction and "
            "processing region, HTTP status and the policy's decision",
            ["endpoint", "route", "deployment", "jurisdiction", "region", "status", "decision"],
            registry=r,
        )
        self.overhead = Histogram(
            "kanmon_gateway_overhead_seconds",
            "Time a model call spent in the gateway's own steps (auth, scan, policy, audit "
            "commit, …), upstream time excluded",
            ["endpoint", "route"],
            buckets=OVERHEAD_BUCKETS,
            registry=r,
        )
        self.upstream = Histogram(
            "kanmon_upstream_seconds",
            "Each upstream attempt (retries included) by deployment and outcome",
            ["deployment", "outcome"],
            buckets=UPSTREAM_BUCKETS,
            registry=r,
        )
        self.ttft = Histogram(
            "kanmon_time_to_first_token_seconds",
            "Streams: from the request's arrival to its first chunk sent",
            ["route", "deployment"],
            buckets=UPSTREAM_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "kanmon_tokens",
            "Tokens by direction (in: prompt, out: completion), key, team and deployment",
            ["direction", "key", "team", "deployment"],
            registry=r,
        )
        self.cost = Counter(
            "kanmon_cost_usd",
            "Cost at the catalog's prices by key, team and deployment",
            ["key", "team", "deployment"],
            registry=r,
        )
        self.retries = Counter(
            "kanmon_upstream_retries",
            "Retries of an upstream call on the same deployment",
            ["deployment"],
            registry=r,
        )
        self.fallbacks = Counter(
            "kanmon_fallbacks",
            "Calls that moved on from a deployment to the next of their route",
            ["route", "deployment"],
            registry=r,
        )
        self.findings = Counter(
            "kanmon_scan_findings",
            "Scanner findings by entity type, the request's data class and where (in: the "
            "request, out: the response, tools: tool content)",
            ["entity", "data_class", "direction"],
            registry=r,
        )
        self.injection_blocks = Counter(
            "kanmon_injection_blocks",
            "Requests refused with a prompt injection among their findings",
            ["route", "data_class"],
            registry=r,
        )
        self.limit_rejections = Counter(
            "kanmon_limit_rejections",
            "Requests refused by the key's rate limit or budget (by error code)",
            ["code"],
            registry=r,
        )
        # Per process in-memory state, written when it changes (an attempt ends, a commit
        # ends) rather than read at scrape time, so every worker's share reaches the scrape.
        self.breaker_failures = Gauge(
            "kanmon_circuit_consecutive_failures",
            "Consecutive failed calls to a deployment (the most of any worker)",
            ["deployment"],
            multiprocess_mode="livemax",
            registry=r,
        )
        self.breaker_open_until = Gauge(
            "kanmon_circuit_open_until_timestamp_seconds",
            "Unix time the deployment's circuit stays open until (in the past: closed)",
            ["deployment"],
            multiprocess_mode="livemax",
            registry=r,
        )
        self.commit = Histogram(
            "kanmon_audit_commit_seconds",
            "Audit writer group commits, retries within one included",
            ["result"],
            buckets=COMMIT_BUCKETS,
            registry=r,
        )
        self.committed = Counter(
            "kanmon_audit_committed_records",
            "Records in audit group commits by result",
            ["result"],
            registry=r,
        )
        self.writer_queue = Gauge(
            "kanmon_audit_writer_queue",
            "Hand-overs waiting for the audit writer thread, after its last commit (all workers)",
            multiprocess_mode="livesum",
            registry=r,
        )
        self.writer_kept = Gauge(
            "kanmon_audit_writer_kept_records",
            "Records kept in memory through a store outage, written once it is back",
            multiprocess_mode="livesum",
            registry=r,
        )
        self.writer_failing = Gauge(
            "kanmon_audit_writer_failing",
            "1 while the audit writer's last group commit failed (the most of any worker)",
            multiprocess_mode="livemax",
            registry=r,
        )
        self.admin_calls = Counter(
            "kanmon_admin_calls",
            "Calls that are not model calls (admin API, model list, review polls, console "
            "pages, scrapes) by the route table's name for the endpoint and HTTP status",
            ["endpoint", "status"],
            registry=r,
        )
        self.admin_latency = Histogram(
            "kanmon_admin_call_seconds",
            "Time of a call that is not a model call, by endpoint name",
            ["endpoint"],
            buckets=ADMIN_BUCKETS,
            registry=r,
        )
        #: The latency histograms whose buckets name a request that fell in them.
        self.exemplified: dict[Any, Spec] = {
            self.overhead: Spec(
                "kanmon_gateway_overhead_seconds", ("endpoint", "route"), OVERHEAD_BUCKETS
            ),
            self.upstream: Spec(
                "kanmon_upstream_seconds", ("deployment", "outcome"), UPSTREAM_BUCKETS
            ),
            self.ttft: Spec(
                "kanmon_time_to_first_token_seconds", ("route", "deployment"), UPSTREAM_BUCKETS
            ),
        }


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
            if dep is not None and dep.price is not None:
                k = (m.cost, (key, team, dep_id))
                inc[k] = inc.get(k, 0) + dep.price.cost(ex.prompt_tokens, ex.completion_tokens)
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
        child = self._child
        for (metric, labels), v in inc.items():
            child(metric, labels).inc(v)
        spec_of = self.m.exemplified
        latest = self.exemplars.latest
        wall = time.time() - time.perf_counter()  # the requests' starts on the Unix clock
        for metric, labels, v, rid, tc, t0 in obs:
            child(metric, labels).observe(v)
            if rid is not None:  # ``Exemplars.note`` written out: once per observation
                spec = spec_of[metric]
                tid = tc.trace_id if tc is not None and tc.sampled else ""
                latest[(spec.name, labels, bisect_left(spec.bounds, v))] = (
                    v,
                    (rid, tid, t0 + wall),
                )
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


def _overhead(ex: Exchange) -> float:
    """The gateway's share: every timed step but the upstream call, plus the call's own time
    around its attempts (planning the next one). Retries and their backoff sit inside an
    attempt: they are the upstream's account."""
    assert ex.marks is not None
    own = call = attempts = 0.0
    for mk in ex.marks:
        d = mk.end - mk.start
        if mk.name == "call":
            call += d
        elif mk.name == "attempt":
            attempts += d
        else:
            own += d
    return own + max(0.0, call - attempts)
