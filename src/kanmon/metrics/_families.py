"""The metric families of the request path and the audit writer: their names, help texts,
label names and buckets, registered in one registry (or, with workers, in
``prometheus_client``'s multiprocess files). Which requests feed them is ``MetricsObserver``'s
business; which histograms carry exemplars is declared here (``exemplified``)."""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from kanmon.metrics._exemplars import Spec

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
        self.cost_unknown = Counter(
            "kanmon_cost_unknown_requests",
            "Requests kanmon_cost_usd leaves out: their deployment has no price, or a price in a "
            "currency without a rate in pricing.rates",
            ["deployment"],
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
        self.scan_texts = Counter(
            "kanmon_scan_texts",
            "Request texts the input scan looked at, by how: scanned, or answered from the memo "
            "of texts the same key sent before (memo)",
            ["how"],
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
