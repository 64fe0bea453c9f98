"""The gateway's ASGI application: lifespan, dispatch, and nothing else."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from kanmon.errors import MethodNotAllowedError, NotFoundError
from kanmon.gateway._admin import Admin
from kanmon.gateway._asgi import JSON_HEADERS, Receive, Scope, Send, send_bytes, send_json
from kanmon.gateway._audit_api import AuditApi
from kanmon.gateway._errors import error_body
from kanmon.gateway._gov_admin import PREFIXES as GOV_PREFIXES
from kanmon.gateway._gov_admin import GovernanceAdmin
from kanmon.gateway._policy_admin import PolicyAdmin
from kanmon.gateway._proxy import Proxy
from kanmon.gateway._reviews import Reviews
from kanmon.gateway._services import Services

log = logging.getLogger("kanmon.gateway")
Handler = Callable[[Scope, Receive, Send], Awaitable[None]]


class Gateway:
    """``Gateway(services)`` is an ASGI app. Routes are an exact-match dict: the hot endpoints
    are found with one lookup, no regex routing, no middleware stack."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.proxy = Proxy(services)
        self.admin = Admin(self.proxy)
        self.audit_api = AuditApi(self.proxy)
        gov = services.governance
        self.gov = GovernanceAdmin(self.admin, gov) if gov is not None else None
        self.reviews = Reviews(self.proxy)
        self.policy = PolicyAdmin(self.proxy)
        self._routes: dict[str, dict[str, Handler]] = {
            "/v1/chat/completions": {"POST": self.proxy.chat},
            "/v1/embeddings": {"POST": self.proxy.embeddings},
            "/v1/models": {"GET": self.proxy.models},
            "/healthz": {"GET": self.healthz},
            "/admin/keys": {"POST": self.admin.create_key, "GET": self.admin.list_keys},
            "/admin/audit": {"GET": self.admin.audit},
            "/admin/audit/verify": {"GET": self.audit_api.verify},
            "/admin/audit/proof": {"GET": self.audit_api.proof},
            "/admin/audit/export": {"GET": self.audit_api.export},
            "/admin/audit/erase": {"POST": self.audit_api.erase},
            "/admin/reviews": {"GET": self.reviews.list},
            "/admin/policy": {"GET": self.policy.show},
            "/admin/policy/reload": {"POST": self.policy.reload},
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            path: str = scope["path"]
            methods = self._routes.get(path) or self._routes.get(path.rstrip("/"))
            if methods is not None:
                handler = methods.get(scope["method"])
                if handler is not None:
                    await handler(scope, receive, send)
                    return
                await self._error(
                    send, MethodNotAllowedError(f"{scope['method']} not allowed on {path}")
                )
                return
            if path.startswith("/admin/keys/") and scope["method"] == "DELETE":
                await self.admin.revoke_key(scope, receive, send, path.rsplit("/", 1)[1])
                return
            if self.gov is not None and path.startswith(GOV_PREFIXES):
                await self.gov.dispatch(scope, receive, send)
                return
            if path.startswith("/admin/reviews/"):
                await self.reviews.dispatch(scope, receive, send, path[len("/admin/reviews/") :])
                return
            if path.startswith("/v1/reviews/") and scope["method"] == "GET":
                await self.reviews.poll(scope, receive, send, path[len("/v1/reviews/") :])
                return
            await self._error(send, NotFoundError(f"No endpoint {path}.", code="not_found"))
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _error(self, send: Send, exc: Exception) -> None:
        status, body, _ = error_body(exc)
        await send_bytes(send, status, body, JSON_HEADERS)

    async def healthz(self, scope: Scope, receive: Receive, send: Send) -> None:
        ok = self.services.audit.alive
        await send_json(
            send,
            200 if ok else 503,
            {"status": "ok" if ok else "degraded", "audit_writer": "running" if ok else "stopped"},
        )

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    _tune_gc()
                    self.services.db.start_checkpointer()
                    self.services.audit.start()
                    if self.services.governance is not None:
                        self.services.governance.start()
                except Exception as e:  # reported to the server, which refuses to start
                    await send({"type": "lifespan.startup.failed", "message": str(e)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.services.http.close()
                await self.services.limits.close()
                self.services.close_sync()
                await send({"type": "lifespan.shutdown.complete"})
                return


def _tune_gc() -> None:
    """Move start-up objects (catalog, config, modules) out of the collector's sight: full
    collections walking them were the main source of tail latency under load (bench/). Request
    objects are mostly acyclic and die young, so reference counting frees them."""
    import gc

    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, 50_000), gen1, gen2)
