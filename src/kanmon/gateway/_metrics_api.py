"""``GET /metrics``: the Prometheus scrape, behind an auditor (or admin) key and audited like
any admin call, or open (``metrics.auth: none``) for a network only the scraper reaches; in
OpenMetrics (with exemplars) when the ``Accept`` header asks for it, else the text format."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from kanmon.errors import NotFoundError
from kanmon.gateway._http import Receive, Scope, Send, send_bytes
from kanmon.gateway._routes import Call, Params, Reply, endpoint
from kanmon.metrics import CONTENT_TYPE, OPENMETRICS_TYPE, Metrics, wants_openmetrics


def _off() -> NotFoundError:
    return NotFoundError(
        "Metrics are off on this gateway (metrics.enabled in kanmon.yaml).", code="metrics_off"
    )


class MetricsApi:
    def __init__(self, metrics: Metrics | None) -> None:
        self.m = metrics

    @endpoint("GET", "/metrics", "metrics", roles=("auditor",))
    async def scrape(self, call: Call) -> Reply:
        """Prometheus metrics in the text exposition format, or OpenMetrics with exemplars when
        the scraper asks for it (docs/operations.md)."""
        if self.m is None:
            raise _off()
        self.m.observer.flush()  # what this worker counted since its last flush
        om = _openmetrics(call.ex.request_headers)
        # it may read the store and every worker's file: off the event loop
        body = await asyncio.to_thread(self.m.render, om)
        return Reply(raw=body, content_type=OPENMETRICS_TYPE if om else CONTENT_TYPE)


class OpenMetricsApi:
    def __init__(self, metrics: Metrics) -> None:
        self.m = metrics

    @endpoint("GET", "/metrics", "metrics", roles=(), raw=True)
    async def scrape(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Prometheus metrics without a key (metrics.auth: none), in the text format or in
        OpenMetrics with exemplars when the scraper asks for it."""
        self.m.observer.flush()
        om = _openmetrics(scope["headers"])
        body = await asyncio.to_thread(self.m.render, om)
        await send_bytes(
            send, 200, body, [(b"content-type", OPENMETRICS_TYPE if om else CONTENT_TYPE)]
        )


def _openmetrics(headers: Sequence[tuple[bytes, bytes]]) -> bool:
    accept = next((v for k, v in headers if k == b"accept"), None)
    return accept is not None and wants_openmetrics(accept.decode("latin-1"))
