"""The cross-border transfer report for auditors (a data-protection officer's key), built from
the audit log as the CLI builds it."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from kanmon.audit import AuditWriter
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.store import Database
from kanmon.transfers import build_report, render_csv, render_html
from kanmon.wiring import Services


class TransfersQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    since: AwareDatetime
    until: AwareDatetime
    #: Your territories, comma-separated (ISO codes or EU), to mark rows cross-border.
    home: str | None = Field(default=None, max_length=200)
    format: Literal["json", "csv", "html"] = "json"


_TYPES = {"csv": b"text/csv; charset=utf-8", "html": b"text/html; charset=utf-8"}


class TransfersApi:
    def __init__(self, db: Database, writer: AuditWriter, services: Services) -> None:
        self.db = db
        self.writer = writer
        #: the catalog in force, read per report (a reload swaps it)
        self.services = services

    @endpoint(
        "GET", "/admin/transfers", "admin.transfers", roles=("auditor",), query=TransfersQuery
    )
    async def report(self, call: Call) -> Reply:
        """Which data classes went to which jurisdictions, regions and provider entities in a
        period, with the signed tree head its records verify against."""
        q: TransfersQuery = call.query
        signer = self.writer.signer
        home = [h for h in (q.home or "").split(",") if h.strip()]

        def build() -> Reply:
            rep = build_report(
                self.db,
                since=q.since,
                until=q.until,
                home=home,
                catalog=self.services.catalog,
                public_key=signer.public if signer is not None else None,
                now=dt.datetime.now(dt.UTC),
            )
            if q.format == "json":
                return Reply(rep.to_json())
            text = render_csv(rep) if q.format == "csv" else render_html(rep)
            return Reply(raw=text.encode(), content_type=_TYPES[q.format])

        reply = await asyncio.to_thread(build)
        call.ex.reasons.append(f"transfer report {q.since.isoformat()} .. {q.until.isoformat()}")
        return reply
