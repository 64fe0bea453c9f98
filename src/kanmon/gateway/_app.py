"""The gateway's ASGI application: lifespan, and dispatch through the route table."""

from __future__ import annotations

import logging
from collections.abc import Awaitable

import orjson

import kanmon
from kanmon.gateway._audit_api import AuditApi
from kanmon.gateway._catalog_api import CatalogApi
from kanmon.gateway._gov_api import GovernanceApi
from kanmon.gateway._http import JSON_HEADERS, Receive, Scope, Send, send_bytes, send_json
from kanmon.gateway._keys_api import KeysApi
from kanmon.gateway._messages import MessagesApi
from kanmon.gateway._metrics_api import MetricsApi, OpenMetricsApi
from kanmon.gateway._mounts import build_mounts
from kanmon.gateway._openai import OpenAIApi
from kanmon.gateway._openapi import openapi
from kanmon.gateway._policy_api import PolicyApi
from kanmon.gateway._responses import ResponsesApi
from kanmon.gateway._review_api import ReviewApi
from kanmon.gateway._routes import Params, Route, RouteTable, endpoint, routes_of
from kanmon.gateway._transfers_api import TransfersApi
from kanmon.wiring import Services, readiness

log = logging.getLogger("kanmon.gateway")


class Gateway:
    """``Gateway(services)`` is an ASGI app: no framework, no middleware stack; the model calls
    are found with one dict lookup."""

    def __init__(self, services: Services) -> None:
        s = self.services = services
        max_body = s.config.gateway.max_body_bytes
        self.openai = OpenAIApi(s.path, s.router, max_body)
        self.responses = ResponsesApi(s.path, max_body, s.db, s.sealer)
        self.messages = MessagesApi(s.path, s.router, max_body)
        gov = s.governance
        apis: list[object] = [
            self,
            self.openai,
            self.responses,
            self.messages,
            KeysApi(
                s.keys, s.auth, s.db, gov.service.settings.data_classes if gov else None, s.sync
            ),
            AuditApi(s.db, s.audit),
            TransfersApi(s.db, s.audit, s),
            CatalogApi(s),
            ReviewApi(s.reviews, s.run_reviewed, s.keys.owner_of),
            PolicyApi(s),
            OpenMetricsApi(s.metrics)
            if s.metrics is not None and s.config.metrics.auth == "none"
            else MetricsApi(s.metrics),
        ]
        if gov is not None:
            routed = {d.id for chain in s.router.routes.values() for d in chain}
            apis.append(GovernanceApi(gov, sorted(routed)))
        self.table = RouteTable(routes_of(*apis), s.auth, s.path, build_mounts(s))
        self._openapi: bytes | None = None
        self.openai.table = self.responses.table = self.messages.table = self.table
        self.readiness = readiness(s.db, s.audit, s.limits, s.router)

    @property
    def routes(self) -> list[Route]:
        return self.table.routes

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        # Returns the handler's coroutine instead of awaiting it in one of its own: a frame
        # less at every resumption of every request (the upstream's answer, the commit).
        kind = scope["type"]
        if kind == "http":
            return self.table.dispatch(scope, receive, send)
        if kind == "lifespan":
            return self._lifespan(receive, send)
        return _nothing()

    @endpoint("GET", "/openapi.json", "openapi", roles=(), raw=True)
    async def openapi_json(
        self, scope: Scope, receive: Receive, send: Send, params: Params
    ) -> None:
        """This API as an OpenAPI 3.1 document (the roles of each operation included)."""
        if self._openapi is None:
            self._openapi = orjson.dumps(openapi(self.table.routes, kanmon.__version__))
        await send_bytes(send, 200, self._openapi, JSON_HEADERS)

    @endpoint("GET", "/healthz", "healthz", roles=(), raw=True)
    async def healthz(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Liveness: the process serves and its audit writer runs."""
        ok = self.services.audit.alive
        await send_json(
            send,
            200 if ok else 503,
            {"status": "ok" if ok else "degraded", "audit_writer": "running" if ok else "stopped"},
        )

    @endpoint("GET", "/readyz", "readyz", roles=(), raw=True)
    async def readyz(self, scope: Scope, receive: Receive, send: Send, params: Params) -> None:
        """Readiness: the store, the audit writer, Redis (when used) and every route's circuits,
        each bounded."""
        got = await self.readiness.probe()
        await send_json(send, 200 if got.ready else 503, got.to_json())

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    _tune_gc()
                    self.services.start()
                except Exception as e:  # reported to the server, which refuses to start
                    await send({"type": "lifespan.startup.failed", "message": str(e)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.services.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


async def _nothing() -> None:
    """Other ASGI scopes (websocket): not served."""


def _tune_gc() -> None:
    """Move start-up objects (catalog, config, modules) out of the collector's sight: full
    collections walking them were the main source of tail latency under load (bench/). Request
    objects are mostly acyclic and die young, so reference counting frees them."""
    import gc

    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, 50_000), gen1, gen2)
