"""``GET /metrics``: the Prometheus scrape, behind an auditor (or admin) key and audited like
any admin call, or open (``metrics.auth: none``) for a network only the scraper reaches."""

from __future__ import annotations

import asyncio

from kanmon.errors import NotFoundError
from kanmon.gateway._http import Receive, Scope, Send, send_bytes
from kanmon.gateway._routes import Call, Params, Reply, endpoint
from kanmon.metrics import CONTENT_TYPE, Metrics


def _off() -> NotFoundError:
    return NotFoundError(
        "Metrics are off on this gateway (metrics.enabled in kanmon.yaml).", code="metrics_off"
    )


class MetricsApi:
    def __init__(self, metrics: Metrics | None) -> None:
        self.m = metrics

    @endpoint("GET", "/metrics", "metrics", roles=("auditor",))
    async def scrape(self, call: Call) -> Reply:
        """Prometheus metrics in the text exposition format (docs/operations.md)."""
        if self.m is None:
            raise _off()
        self.m.observer.flush()  # what this worker counted since its last flush
        # it may read the store and every worker's file: off the event loop
        return Reply(raw=await asyncio.to_thread(self.m.render), content_type=CONTENT_TYPE)


class OpenMetricsApi:
    def __init__(self, metrics: Metrics) -> None:
        self.m = metrics

    @endpoint("GET", "/metrics", "metrics", roles=(), raw=True)
    async def scrape(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Prometheus metrics in the text exposition format, without a key (metrics.auth: none)."""
        self.m.observer.flush()
        body = await asyncio.to_thread(self.m.render)
        await send_bytes(send, 200, body, [(b"content-type", CONTENT_TYPE)])
