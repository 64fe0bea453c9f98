"""Virtual keys (admin) and the audit records (auditor)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from kanmon.audit import read_records
from kanmon.auth import Authenticator
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.gateway._schemas import KeyCreateRequest
from kanmon.governance import known_classes
from kanmon.store import Database, KeyStore
from kanmon.wiring import WorkerSync


class KeyList(BaseModel):
    model_config = ConfigDict(extra="forbid")
    include_revoked: bool = False


class AuditQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    limit: int = Field(default=50, ge=1, le=1000)
    after_seq: int | None = Field(default=None, ge=0, le=2**62)
    request_id: str | None = Field(default=None, max_length=200)
    key_id: str | None = Field(default=None, max_length=200)


class KeysApi:
    def __init__(
        self,
        keys: KeyStore,
        auth: Authenticator,
        db: Database,
        ladder: Sequence[str] | None,
        sync: WorkerSync | None = None,
    ) -> None:
        self.keys = keys
        self.sync = sync
        self.auth = auth
        self.db = db
        #: The data classes a key's floor may name, when governance knows the ladder.
        self.ladder = ladder

    @endpoint(
        "POST",
        "/admin/keys",
        "admin.keys.create",
        roles=("admin",),
        body=KeyCreateRequest,
        status=201,
    )
    async def create(self, call: Call) -> Reply:
        """Create a virtual key; its secret is in this response only."""
        req: KeyCreateRequest = call.body
        if req.data_class is not None and self.ladder is not None:
            known_classes([req.data_class], self.ladder, where="data_class")
        # the request's fields are the store's, one for one
        secret, info = await asyncio.to_thread(
            lambda: self.keys.create(**req.model_dump(), created_by=call.principal.key_id)
        )
        call.ex.reasons.append(f"created key {info.id} roles={','.join(info.roles)}")
        return Reply({**info.to_json(), "key": secret}, status=201)

    @endpoint("GET", "/admin/keys", "admin.keys.list", roles=("admin", "auditor"), query=KeyList)
    async def list(self, call: Call) -> Reply:
        """List keys (never their secrets)."""
        q: KeyList = call.query
        infos = await asyncio.to_thread(self.keys.list, include_revoked=q.include_revoked)
        return Reply({"object": "list", "data": [i.to_json() for i in infos]})

    @endpoint("DELETE", "/admin/keys/{key_id}", "admin.keys.revoke", roles=("admin",))
    async def revoke(self, call: Call) -> Reply:
        """Revoke a key: at once on this worker, on the others (and replicas on the same store)
        at their next poll, within ``gateway.sync_interval_s``; a worker that misses the signal
        still drops its cached copy within ``keys.cache_ttl_s``."""
        key_id = call.params["key_id"]
        info = await asyncio.to_thread(self.keys.revoke, key_id)
        self.auth.forget(key_id)
        call.ex.reasons.append(f"revoked key {key_id}")
        if self.sync is not None:
            await self.sync.notify("keys", call.principal.key_id)
        return Reply(info.to_json())

    @endpoint(
        "GET", "/admin/audit", "admin.audit.read", roles=("auditor",), own=True, query=AuditQuery
    )
    async def audit(self, call: Call) -> Reply:
        """Read audit records (newest first; after ``after_seq`` oldest first, for tailing)."""
        q: AuditQuery = call.query
        rows = await asyncio.to_thread(
            read_records,
            self.db,
            limit=q.limit,
            request_id=q.request_id,
            key_id=q.key_id,
            after_seq=q.after_seq,
        )
        return Reply({"object": "list", "data": rows})
