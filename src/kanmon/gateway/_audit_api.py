"""Auditor endpoints over the Merkle log (verify, proofs, export) and admin-only erasure."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kanmon.audit import (
    MAX_RETENTION_DAYS,
    MAX_TREE_SIZE,
    AuditWriter,
    apply_retention,
    consistency,
    erase_content,
    export_lines,
    inclusion,
    verify_log,
)
from kanmon.errors import BadRequestError
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.store import Database


class Range(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    start: int = Field(default=0, ge=0, le=MAX_TREE_SIZE, alias="from")
    end: int | None = Field(default=None, ge=0, le=MAX_TREE_SIZE, alias="to")


class ExportQuery(Range):
    since: int | None = Field(default=None, ge=0, le=MAX_TREE_SIZE)


class ProofQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    leaf: int | None = Field(default=None, ge=0, le=MAX_TREE_SIZE)
    from_size: int | None = Field(default=None, ge=1, le=MAX_TREE_SIZE)
    size: int | None = Field(default=None, ge=1, le=MAX_TREE_SIZE)

    @model_validator(mode="after")
    def _one_kind(self) -> ProofQuery:
        if (self.leaf is None) == (self.from_size is None):
            raise ValueError("give leaf=N (inclusion) or from_size=M (consistency), not both")
        if self.from_size is not None and self.size is not None and self.size < self.from_size:
            raise ValueError("size must be at least from_size")
        if self.leaf is not None and self.size is not None and self.leaf >= self.size:
            raise ValueError("leaf must be below size")
        return self


class EraseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    request_ids: list[str] = Field(default_factory=list, max_length=10_000)
    key_id: str | None = Field(default=None, max_length=200)
    #: Up to 100 years: beyond that no record exists, and the date arithmetic would overflow.
    older_than_days: float | None = Field(default=None, gt=0, le=MAX_RETENTION_DAYS)


_JSONL = b"application/x-ndjson"


class AuditApi:
    def __init__(self, db: Database, writer: AuditWriter) -> None:
        self.db = db
        self.writer = writer

    @endpoint(
        "GET",
        "/admin/audit/verify",
        "admin.audit.verify",
        roles=("auditor",),
        own=True,
        query=Range,
    )
    async def verify(self, call: Call) -> Reply:
        """Verify the log: every leaf, the Merkle tree and each signed tree head."""
        q: Range = call.query
        signer = self.writer.signer
        rep = await asyncio.to_thread(
            verify_log, self.db, signer.public if signer else None, start=q.start, end=q.end
        )
        return Reply(rep.to_dict(max_problems=100))

    @endpoint(
        "GET",
        "/admin/audit/proof",
        "admin.audit.proof",
        roles=("auditor",),
        own=True,
        query=ProofQuery,
    )
    async def proof(self, call: Call) -> Reply:
        """An inclusion proof (``leaf``) or a consistency proof (``from_size``)."""
        q: ProofQuery = call.query
        if q.leaf is not None:
            data = await asyncio.to_thread(inclusion, self.db, q.leaf, q.size)
        else:
            assert q.from_size is not None
            data = await asyncio.to_thread(consistency, self.db, q.from_size, q.size)
        return Reply(data)

    @endpoint(
        "GET",
        "/admin/audit/export",
        "admin.audit.export",
        roles=("auditor",),
        own=True,
        query=ExportQuery,
    )
    async def export(self, call: Call) -> Reply:
        """Records with their proofs and signed heads, as NDJSON for the standalone verifier."""
        q: ExportQuery = call.query
        signer = self.writer.signer
        if signer is None:
            raise BadRequestError("this gateway signs no tree heads")
        public = signer.public_raw_b64()

        def build() -> bytes:
            lines = export_lines(self.db, public, start=q.start, end=q.end, since=q.since)
            return b"".join(lines)

        return Reply(raw=await asyncio.to_thread(build), content_type=_JSONL)

    @endpoint(
        "POST", "/admin/audit/erase", "admin.audit.erase", roles=("admin",), body=EraseRequest
    )
    async def erase(self, call: Call) -> Reply:
        """Remove content (by request ids, key, or age); records and leaf hashes stay, so the
        log still verifies."""
        req: EraseRequest = call.body
        if req.older_than_days is not None:
            n = await asyncio.to_thread(apply_retention, self.db, req.older_than_days)
        else:
            n = await asyncio.to_thread(
                erase_content, self.db, request_ids=req.request_ids or None, key_id=req.key_id
            )
        call.ex.reasons.append(f"erased content of {n} record(s)")
        return Reply({"erased": n})
