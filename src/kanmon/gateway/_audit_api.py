"""Auditor endpoints over the Merkle log (verify, proofs, export) and admin-only erasure.
Every call is itself an audited request."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field

from kanmon.audit import (
    apply_retention,
    consistency,
    erase_content,
    export_lines,
    inclusion,
    verify_log,
)
from kanmon.core.principal import Role
from kanmon.errors import BadRequestError
from kanmon.gateway._asgi import Receive, Scope, Send, query_params, read_body, send_bytes
from kanmon.gateway._auth import require, require_own
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._proxy import Proxy
from kanmon.gateway._schemas import parse_json, validate

_JSONL = [(b"content-type", b"application/x-ndjson")]


class EraseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    request_ids: list[str] = Field(default_factory=list, max_length=10_000)
    key_id: str | None = None
    older_than_days: float | None = Field(default=None, gt=0)


def _int(q: dict[str, str], name: str) -> int | None:
    if name not in q:
        return None
    try:
        return int(q[name])
    except ValueError:
        raise BadRequestError(f"{name} must be an integer", param=name) from None


class AuditApi:
    def __init__(self, proxy: Proxy) -> None:
        self.proxy = proxy
        self.s = proxy.s

    async def _guard(self, ex: Exchange, scope: Scope, role: Role) -> None:
        ex.principal = p = await self.s.auth.authenticate(scope["headers"])
        if role == "auditor":
            require_own(p, "auditor")  # reading and exporting: auditors only
        else:
            require(p, role)

    async def _done(self, ex: Exchange, send: Send, body: bytes, headers: Any = None) -> None:
        ex.status = 200
        await self.proxy._audit(ex)
        hdrs = headers or [(b"content-type", b"application/json")]
        await send_bytes(send, 200, body, [*hdrs, (b"x-request-id", ex.request_id.encode())])

    async def verify(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="admin.audit.verify")
        try:
            await self._guard(ex, scope, "auditor")
            q = query_params(scope)
            rep = await asyncio.to_thread(
                verify_log,
                self.s.db,
                self.s.audit.signer.public if self.s.audit.signer else None,
                start=_int(q, "from") or 0,
                end=_int(q, "to"),
            )
            body = orjson.dumps(rep.to_dict(max_problems=100))
            await self._done(ex, send, body)
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def proof(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="admin.audit.proof")
        try:
            await self._guard(ex, scope, "auditor")
            q = query_params(scope)
            leaf, first, size = _int(q, "leaf"), _int(q, "from_size"), _int(q, "size")
            if leaf is not None:
                data = await asyncio.to_thread(inclusion, self.s.db, leaf, size)
            elif first is not None:
                data = await asyncio.to_thread(consistency, self.s.db, first, size)
            else:
                raise BadRequestError("give leaf=N (inclusion) or from_size=M (consistency)")
            await self._done(ex, send, orjson.dumps(data))
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def export(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="admin.audit.export")
        try:
            await self._guard(ex, scope, "auditor")
            signer = self.s.audit.signer
            if signer is None:
                raise BadRequestError("this gateway signs no tree heads")
            q = query_params(scope)
            start, end, since = _int(q, "from") or 0, _int(q, "to"), _int(q, "since")

            def build() -> bytes:
                lines = export_lines(
                    self.s.db, signer.public_raw_b64(), start=start, end=end, since=since
                )
                return b"".join(lines)

            await self._done(ex, send, await asyncio.to_thread(build), _JSONL)
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def erase(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Admin only: remove content (by request ids, key, or age); records and leaf hashes
        stay, so the log still verifies."""
        ex = Exchange(endpoint="admin.audit.erase")
        try:
            await self._guard(ex, scope, "admin")
            req = validate(EraseRequest, parse_json(await read_body(scope, receive, 1 << 20)))
            assert isinstance(req, EraseRequest)
            if req.older_than_days is not None:
                n = await asyncio.to_thread(apply_retention, self.s.db, req.older_than_days)
            else:
                n = await asyncio.to_thread(
                    erase_content,
                    self.s.db,
                    request_ids=req.request_ids or None,
                    key_id=req.key_id,
                )
            ex.reasons.append(f"erased content of {n} record(s)")
            await self._done(ex, send, orjson.dumps({"erased": n}))
        except Exception as e:
            await self.proxy._fail(ex, e, send)
