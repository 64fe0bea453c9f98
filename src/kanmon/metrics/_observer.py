"""The per-request metrics: one observer told of every finished model call, counting it by the
labels an operator slices by. Label values come only from bounded sets: route names the
gateway serves (anything else a caller sends is ``other``; a call refused before its body was
read has ``none``), deployment ids, ISO codes, HTTP statuses, the policy's actions, scanner
entity types, error codes and key ids (which an admin creates). No request id, prompt or raw
model name ever becomes a label."""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from kanmon.request import Exchange
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


class MetricsObserver:
    """Counts each finished model call (``kanmon.request.Observer``). Admin and console calls
    are left to the audit log: they are not model traffic."""

    def __init__(self, m: RequestMetrics, router: Router) -> None:
        self.m = m
        self.router = router

    def done(self, ex: Exchange) -> None:
        if ex.operation == "none":
            return
        m = self.m
        router = self.router
        model = ex.model
        if model is None:  # refused before the body was read (no key, rate limit)
            route = "none"
        else:
            route = model if model in router.routes or model in router.direct else "other"
        dep = ex.deployment
        dep_id = dep.id if dep is not None else "none"
        m.requests.labels(
            ex.endpoint,
            route,
            dep_id,
            dep.provider_jurisdiction if dep is not None else "none",
            dep.processing_region if dep is not None else "none",
            str(ex.status),
            ex.decision,
        ).inc()
        if ex.marks is not None:
            m.overhead.labels(ex.endpoint, route).observe(_overhead(ex))
            for mk in ex.marks:
                if mk.name == "attempt":
                    detail = dict(mk.detail)
                    m.upstream.labels(
                        detail.get("deployment", "none"), detail.get("outcome", "")
                    ).observe(mk.end - mk.start)
        if ex.first_chunk is not None:
            m.ttft.labels(route, dep_id).observe(ex.first_chunk - ex.started)
        p = ex.principal
        if p is not None and (ex.prompt_tokens or ex.completion_tokens):
            key, team = p.key_id, p.team or "none"
            m.tokens.labels("in", key, team, dep_id).inc(ex.prompt_tokens)
            m.tokens.labels("out", key, team, dep_id).inc(ex.completion_tokens)
            if dep is not None and dep.price is not None:
                m.cost.labels(key, team, dep_id).inc(
                    dep.price.cost(ex.prompt_tokens, ex.completion_tokens)
                )
        if ex.attempts:
            self._attempts(ex, route)
        data_class = ex.data_class or "none"
        for direction, found in (
            ("in", ex.findings_in),
            ("out", ex.findings_out),
            ("tools", ex.findings_tools),
        ):
            for entity, n in found.items():
                m.findings.labels(entity, data_class, direction).inc(n)
        if ex.decision in _BLOCKING and "PROMPT_INJECTION" in ex.findings_in:
            m.injection_blocks.labels(route, data_class).inc()
        if ex.status == 429 and ex.error_code in _LIMIT_CODES:
            m.limit_rejections.labels(ex.error_code).inc()

    def _attempts(self, ex: Exchange, route: str) -> None:
        m = self.m
        breaker = self.router.breaker
        last = len(ex.attempts) - 1
        seen: set[str] = set()
        for i, a in enumerate(ex.attempts):
            if a.retries:
                m.retries.labels(a.deployment).inc(a.retries)
            if i < last:
                m.fallbacks.labels(route, a.deployment).inc()
            if a.deployment not in seen:
                seen.add(a.deployment)
                failures, open_s = breaker.health(a.deployment)
                m.breaker_failures.labels(a.deployment).set(failures)
                m.breaker_open_until.labels(a.deployment).set(time.time() + open_s if open_s else 0)

    def on_commit(self, writer: Any, records: int, seconds: float, ok: bool) -> None:
        """The audit writer's group commit (on its thread)."""
        m = self.m
        result = "ok" if ok else "failed"
        m.commit.labels(result).observe(seconds)
        m.committed.labels(result).inc(records)
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
