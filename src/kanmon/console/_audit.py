"""Audit log: search by time, key, team, model, deployment, decision, data class and approval,
newest first with keyset pagination; a record in full (provenance snapshot, findings,
attempts, cost, content per its mode); the signed tree head; verify with progress; export.
Auditors only, as on the API (admin does not include it)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

from kanmon.audit import (
    FILTERS,
    export_lines,
    record_by_id,
    search_records,
    signed_head,
    verify_log,
)
from kanmon.console._http import Response
from kanmon.console._pages import AUDITORS, Host, View, page
from kanmon.console._render import render
from kanmon.core.when import to_utc
from kanmon.errors import BadRequestError, NotFoundError

LABELS = {
    "key_id": "Key",
    "team": "Team",
    "model_requested": "Model",
    "deployment": "Deployment",
    "decision": "Decision",
    "data_class": "Data class",
    "approval_id": "Approval",
}


def _time(value: str, name: str) -> str | None:
    """A ``datetime-local`` field (taken as UTC) as the log's ISO timestamps."""
    if not value:
        return None
    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BadRequestError(f"{name}: not a date and time", param=name) from None
    return to_utc(t, name, naive_is_utc=True).isoformat()


class AuditPages:
    def __init__(self, console: Host) -> None:
        self.c = console

    def _query(self, q: dict[str, str]) -> tuple[dict[str, str], str | None, str | None]:
        filters = {k: q[k].strip() for k in FILTERS if q.get(k, "").strip()}
        for k, v in filters.items():
            if len(v) > 200:
                raise BadRequestError(f"{k}: too long", param=k)
        return filters, _time(q.get("since", ""), "since"), _time(q.get("until", ""), "until")

    @page("GET", "/console/audit", "admin.audit.read", roles=AUDITORS, own=True)
    async def search(self, v: View) -> Response:
        q = v.req.query
        filters, since, until = self._query(q)
        before = q.get("before") or None
        db = self.c.services.db
        result = await asyncio.to_thread(
            search_records, db, filters=filters, since=since, until=until, before=before
        )
        params = {k: q[k] for k in (*FILTERS, "since", "until") if q.get(k)}
        ctx: dict[str, Any] = {
            "records": result.records,
            "next": result.next_cursor,
            "params": params,
        }
        if b"hx-request" in v.req.headers and before:  # "older" appends rows in place
            return self.c.fragment("audit_rows.html.j2", **ctx)
        head = None
        with contextlib.suppress(NotFoundError):
            head = await asyncio.to_thread(signed_head, db)
        signer = self.c.services.audit.signer
        return self.c.page(
            v,
            "audit.html.j2",
            **ctx,
            labels=LABELS,
            head=head,
            key_id=signer.key_id if signer else None,
            q=q,
        )

    @page(
        "GET", "/console/audit/records/{request_id}", "admin.audit.read", roles=AUDITORS, own=True
    )
    async def record(self, v: View) -> Response:
        rid = v.params["request_id"]
        found = await asyncio.to_thread(record_by_id, self.c.services.db, rid)
        if found is None:
            raise NotFoundError(f"No audit record {rid!r}.", code="record_not_found")
        rec, envelope = found
        content: Any = None
        opened = False
        if envelope is not None:
            sealer = self.c.services.sealer
            mode = (rec.get("content") or {}).get("mode")
            if mode == "encrypted" and v.req.query.get("open") == "1":
                content = await asyncio.to_thread(sealer.open, envelope, rid)
                opened = True
                v.ex.reasons.append(f"opened the encrypted content of {rid}")
            elif mode != "encrypted":
                import orjson

                content = orjson.loads(envelope)
        return self.c.page(
            v, "audit_record.html.j2", rec=rec, content=content, opened=opened, envelope=envelope
        )

    @page("GET", "/console/audit/verify", "admin.audit.verify", roles=AUDITORS, own=True)
    async def verify(self, v: View) -> Response:
        """Verifies the whole log, streaming its progress into the page as it goes (a line per
        10,000 leaves; the stylesheet shows only the newest), then the result."""
        db = self.c.services.db
        signer = self.c.services.audit.signer
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[int | None] = asyncio.Queue()

        def progress(n: int) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, n)

        def run() -> Any:
            try:
                return verify_log(db, signer.public if signer else None, progress=progress)
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        task = asyncio.ensure_future(asyncio.to_thread(run))
        ex = v.ex
        page = self.c.page(v, "verify.html.j2").body
        head, _, foot = page.partition(b"<!--STREAM-->")

        async def stream() -> AsyncIterator[bytes]:
            yield head
            while (n := await queue.get()) is not None:
                yield f'<p class="progress-line">{n:,} records checked…</p>\n'.encode()
            rep = await task
            ex.reasons.append(rep.summary())
            yield render("verify_result.html.j2", rep=rep.to_dict(max_problems=100), ok=rep.ok)
            yield foot

        return Response(200, stream=stream())

    @page("GET", "/console/audit/export", "admin.audit.export", roles=AUDITORS, own=True)
    async def export(self, v: View) -> Response:
        signer = self.c.services.audit.signer
        if signer is None:
            raise BadRequestError("This gateway signs no tree heads; there is nothing to export.")
        public = signer.public_raw_b64()
        db = self.c.services.db

        def build() -> bytes:
            return b"".join(export_lines(db, public))

        body = await asyncio.to_thread(build)
        name = f"kanmon-audit-{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%SZ}.jsonl"
        r = Response(200, body, b"application/x-ndjson")
        r.headers.append((b"content-disposition", f'attachment; filename="{name}"'.encode()))
        lines = body.count(b"\n")
        v.ex.reasons.append(f"exported {lines} lines")
        return r
