"""Review queue: held requests with their reasons, rule ids and the findings marked in place;
approve or reject with a note, under the same four-eyes rule and audit names as the API (the
caller's next poll sees the decision at once: it is the same row)."""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, tuple_

from kanmon.console._http import Response, redirect
from kanmon.console._pages import REVIEWERS, Host, View, page
from kanmon.core.principal import Principal
from kanmon.errors import BadRequestError, NotFoundError
from kanmon.policy import scan_body
from kanmon.review import STATUSES, ReviewItem, ReviewStore, decide
from kanmon.store import review_items

PAGE = 50


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    entity: str | None = None


def may_see_values(p: Principal) -> bool:
    """Finding values are shown to keys that hold the reviewer role themselves (deciding needs
    them); an admin acting without it sees them masked."""
    return "reviewer" in p.roles


def _mask(value: str) -> str:
    keep = value[-2:] if len(value) > 6 else ""
    return "•" * max(len(value) - len(keep), 3) + keep


class ReviewPages:
    def __init__(self, console: Host) -> None:
        self.c = console

    def _store(self) -> ReviewStore:
        if self.c.services.reviews is None:
            raise NotFoundError(
                "No review queue: this gateway runs without a policy or governance.enforce.",
                code="review_not_found",
            )
        return self.c.services.reviews

    def _list(self, status: str | None, before: str | None) -> tuple[list[dict[str, Any]], Any]:
        """Oldest first (the queue's order), keyset on (created_at, id)."""
        store = self._store()
        c = review_items.c
        cols = [c.id, c.request_id, c.created_at, c.status, c.kind, c.key_id, c.team, c.model]
        cols += [c.data_class, c.rule_ids, c.reasons, c.findings, c.deployments, c.decided_by]
        q = select(*cols)
        if status:
            q = q.where(c.status == status)
        if before:
            ts, _, rid = before.partition("~")
            try:
                at = dt.datetime.fromisoformat(ts)
            except ValueError:
                raise BadRequestError("Invalid page cursor.", param="after") from None
            q = q.where(tuple_(c.created_at, c.id) > tuple_(at, rid))
        q = q.order_by(c.created_at, c.id).limit(PAGE + 1)
        with store.db.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q)]
        nxt = None
        if len(rows) > PAGE:
            last = rows[PAGE - 1]
            at = last["created_at"]
            nxt = f"{(at if at.tzinfo else at.replace(tzinfo=dt.UTC)).isoformat()}~{last['id']}"
        return rows[:PAGE], nxt

    @page("GET", "/console/reviews", "review.list", roles=REVIEWERS)
    async def queue(self, v: View) -> Response:
        status = v.req.query.get("status", "pending")
        if status not in (*STATUSES, "all"):
            raise BadRequestError(f"Unknown status {status!r}.", param="status")
        after = v.req.query.get("after") or None
        rows, nxt = await asyncio.to_thread(self._list, None if status == "all" else status, after)
        return self.c.page(
            v, "reviews.html.j2", rows=rows, status=status, statuses=STATUSES, next=nxt
        )

    def _segments(self, item: ReviewItem, values: bool) -> list[tuple[str, list[Segment]]]:
        """Each text of the held request, cut at the findings the policy in force sees now."""
        pol = self.c.services.policy
        body = copy.deepcopy(item.body)
        if pol is None:
            from kanmon.scan import text_slots

            return [(s.location, [Segment(s.text)]) for s in text_slots(body)]
        state = scan_body(pol.policy, body)
        out = []
        for slot, found in zip(state.slots, state.findings, strict=True):
            text, pos, segs = slot.text, 0, []
            for f in sorted(found, key=lambda f: (f.start, -f.end)):
                if f.start < pos:
                    continue  # overlapping findings: the first one marks the span
                if f.start > pos:
                    segs.append(Segment(text[pos : f.start]))
                value = text[f.start : f.end]
                segs.append(Segment(value if values else _mask(value), f.entity))
                pos = f.end
            if pos < len(text):
                segs.append(Segment(text[pos:]))
            out.append((slot.location, segs))
        return out

    @page("GET", "/console/reviews/{rid}", "review.show", roles=REVIEWERS)
    async def show(self, v: View) -> Response:
        rid = v.params["rid"]
        store = self._store()
        item = await asyncio.to_thread(store.get, rid)
        await asyncio.to_thread(store.note_viewed, rid, v.principal.key_id)
        events = await asyncio.to_thread(store.events, rid)
        v.ex.review_id = rid
        v.ex.reasons.append(f"review {rid} viewed")
        values = may_see_values(v.principal)
        segments = await asyncio.to_thread(self._segments, item, values)
        deps = self.c.services.catalog.deployments
        return self.c.page(
            v,
            "review.html.j2",
            item=item,
            events=events,
            segments=segments,
            values=values,
            deployments=[(d, deps.get(d)) for d in item.deployments],
            own=item.key_id == v.principal.key_id,
        )

    async def _decide(self, v: View, approve: bool) -> Response:
        rid = v.params["rid"]
        note = (await v.req.field("note")).strip() or None
        if note is not None and len(note) > 2000:
            raise BadRequestError("The note is longer than 2000 characters.", param="note")
        override = (await v.req.field("override_four_eyes")) == "on"
        done = await asyncio.to_thread(
            decide,
            self._store(),
            self.c.services.keys.owner_of,
            rid,
            v.principal,
            approve=approve,
            note=note,
            override=override,
        )
        v.ex.review_id = rid
        v.ex.rule_ids = done.rule_ids
        v.ex.policy_version = done.item.policy_version
        v.ex.reasons.extend([*done.reasons, "via the console"])
        return redirect(f"/console/reviews/{rid}")

    @page("POST", "/console/reviews/{rid}/approve", "review.approve", roles=REVIEWERS)
    async def approve(self, v: View) -> Response:
        return await self._decide(v, True)

    @page("POST", "/console/reviews/{rid}/reject", "review.reject", roles=REVIEWERS)
    async def reject(self, v: View) -> Response:
        return await self._decide(v, False)
