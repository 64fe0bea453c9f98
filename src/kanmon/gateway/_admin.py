"""Admin and auditor endpoints: keys and audit records. Every call is itself audited."""

from __future__ import annotations

import asyncio
from typing import Any

from kanmon.audit import read_records
from kanmon.errors import BadRequestError
from kanmon.gateway._asgi import Receive, Scope, Send, query_params, read_body, send_json
from kanmon.gateway._auth import require, require_own
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._proxy import Proxy
from kanmon.gateway._schemas import KeyCreateRequest, parse_json, validate
from kanmon.store import KeyInfo


def key_json(info: KeyInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "name": info.name,
        "team": info.team,
        "roles": list(info.roles),
        "use_case": info.use_case,
        "models": list(info.models),
        "rpm_limit": info.rpm_limit,
        "data_class": info.data_class,
        "budget_usd": info.budget_usd,
        "budget_tokens": info.budget_tokens,
        "budget_period_s": info.budget_period_s,
        "created_at": info.created_at.isoformat(),
        "revoked_at": info.revoked_at.isoformat() if info.revoked_at else None,
        "active": info.active,
    }


class Admin:
    def __init__(self, proxy: Proxy) -> None:
        self.proxy = proxy
        self.s = proxy.s

    async def _run(self, ex: Exchange, send: Send, status: int, data: Any) -> None:
        ex.status = status
        await self.proxy._audit(ex)
        await send_json(send, status, data, [(b"x-request-id", ex.request_id.encode())])

    async def create_key(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="admin.keys.create")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "admin")
            body = parse_json(await read_body(scope, receive, 64 * 1024))
            req = validate(KeyCreateRequest, body)
            assert isinstance(req, KeyCreateRequest)
            if req.data_class is not None and self.s.governance is not None:
                from kanmon.governance._ladder import known_classes

                ladder = self.s.governance.service.settings.data_classes
                known_classes([req.data_class], ladder, where="data_class")
            secret, info = await asyncio.to_thread(
                self.s.keys.create,
                name=req.name,
                team=req.team,
                roles=req.roles,
                use_case=req.use_case,
                models=req.models,
                rpm_limit=req.rpm_limit,
                data_class=req.data_class,
                created_by=p.key_id,
                budget_usd=req.budget_usd,
                budget_tokens=req.budget_tokens,
                budget_period_s=req.budget_period_s,
            )
            ex.reasons.append(f"created key {info.id} roles={','.join(info.roles)}")
            await self._run(ex, send, 201, {**key_json(info), "key": secret})
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def list_keys(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="admin.keys.list")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "admin", "auditor")
            include = query_params(scope).get("include_revoked") in ("1", "true")
            infos = await asyncio.to_thread(self.s.keys.list, include_revoked=include)
            await self._run(ex, send, 200, {"object": "list", "data": [key_json(i) for i in infos]})
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def revoke_key(self, scope: Scope, receive: Receive, send: Send, key_id: str) -> None:
        ex = Exchange(endpoint="admin.keys.revoke")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "admin")
            info = await asyncio.to_thread(self.s.keys.revoke, key_id)
            self.s.auth.forget(key_id)
            ex.reasons.append(f"revoked key {key_id}")
            await self._run(ex, send, 200, key_json(info))
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def audit(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="admin.audit.read")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require_own(p, "auditor")
            q = query_params(scope)
            try:
                limit = int(q.get("limit", "50"))
                after = int(q["after_seq"]) if "after_seq" in q else None
            except ValueError:
                raise BadRequestError("limit and after_seq must be integers") from None
            rows = await asyncio.to_thread(
                read_records,
                self.s.db,
                limit=limit,
                request_id=q.get("request_id"),
                key_id=q.get("key_id"),
                after_seq=after,
            )
            await self._run(ex, send, 200, {"object": "list", "data": rows})
        except Exception as e:
            await self.proxy._fail(ex, e, send)
