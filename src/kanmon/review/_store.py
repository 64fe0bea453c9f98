"""The human review queue: requests policy holds, and who decided what about them.

A held request waits as ``pending``; a reviewer ``approve``s or ``reject``s it; the caller's
next poll runs an approved request once (``running`` → ``completed`` or ``failed``) and gets
the completion. Every transition is an event row, and the gateway and CLI also write each
action to the audit log (:func:`action_record`).
"""

from __future__ import annotations

import builtins
import datetime as dt
import os
from dataclasses import dataclass
from typing import Any, Literal

import orjson
from sqlalchemy import insert, select, update

from kanmon.core.decision import Decision
from kanmon.core.record import RECORD_VERSION, AuditRecord
from kanmon.errors import BadRequestError, NotFoundError
from kanmon.request import Exchange
from kanmon.store import Database, review_events, review_items

Kind = Literal["request", "output"]
Status = Literal["pending", "approved", "rejected", "running", "completed", "failed"]
STATUSES: tuple[Status, ...] = ("pending", "approved", "rejected", "running", "completed", "failed")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_review_id() -> str:
    return "rev_" + os.urandom(10).hex()


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: str
    request_id: str
    created_at: dt.datetime
    status: Status
    kind: Kind
    key_id: str | None
    team: str | None
    model: str | None
    data_class: str | None
    policy_version: str | None
    rule_ids: list[str]
    reasons: list[str]
    findings: dict[str, int]
    redact: list[str]
    deployments: list[str]
    body: dict[str, Any]
    decided_by: str | None
    decided_at: dt.datetime | None
    note: str | None
    result: dict[str, Any] | None
    #: ``{"endpoint", "request"}`` when the request came as Responses or Messages.
    wire: dict[str, Any] | None = None

    def summary(self) -> dict[str, Any]:
        """What a caller polling its own request may see (no body, no reviewer note)."""
        return {
            "id": self.id,
            "object": "kanmon.review",
            "status": self.status,
            "kind": self.kind,
            "request_id": self.request_id,
            "created_at": self.created_at.isoformat(),
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "reasons": self.reasons,
            # a held output is the caller's only once a reviewer released it
            "result": self.result if self.status == "completed" else None,
        }

    def to_json(self) -> dict[str, Any]:
        """What a reviewer sees: everything, including the held request (and output)."""
        return {
            **self.summary(),
            "result": self.result,
            "key_id": self.key_id,
            "team": self.team,
            "model": self.model,
            "data_class": self.data_class,
            "policy_version": self.policy_version,
            "rule_ids": self.rule_ids,
            "findings": self.findings,
            "redact": self.redact,
            "deployments": self.deployments,
            "body": self.body,
            "decided_by": self.decided_by,
            "note": self.note,
        }


def _aware(v: dt.datetime | None) -> dt.datetime | None:
    if v is not None and v.tzinfo is None:
        return v.replace(tzinfo=dt.UTC)  # SQLite drops the zone; we only ever store UTC
    return v


def _item(row: Any) -> ReviewItem:
    m = row._mapping
    created = _aware(m["created_at"])
    assert created is not None
    return ReviewItem(
        id=m["id"],
        request_id=m["request_id"],
        created_at=created,
        status=m["status"],
        kind=m["kind"],
        key_id=m["key_id"],
        team=m["team"],
        model=m["model"],
        data_class=m["data_class"],
        policy_version=m["policy_version"],
        rule_ids=list(m["rule_ids"]),
        reasons=list(m["reasons"]),
        findings=dict(m["findings"]),
        redact=list(m["redact"]),
        deployments=list(m["deployments"]),
        body=orjson.loads(m["body"]),
        decided_by=m["decided_by"],
        decided_at=_aware(m["decided_at"]),
        note=m["note"],
        result=orjson.loads(m["result"]) if m["result"] else None,
        wire=m["wire"],
    )


class ReviewStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self,
        ex: Exchange,
        body: dict[str, Any],
        decision: Decision,
        *,
        output: dict[str, Any] | None = None,
    ) -> str:
        """Queue a held request, or (``output`` given) a response held before the caller saw
        it; approving the latter releases exactly that response."""
        rid = new_review_id()
        p = ex.principal
        now = _now()
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(review_items).values(
                    id=rid,
                    request_id=ex.request_id,
                    created_at=now,
                    status="pending",
                    kind="request" if output is None else "output",
                    key_id=p.key_id if p else None,
                    team=p.team if p else None,
                    model=ex.model,
                    data_class=decision.data_class,
                    policy_version=decision.policy_version,
                    rule_ids=decision.rule_ids,
                    reasons=[str(r) for r in decision.reasons],
                    findings=dict(ex.findings_in),
                    redact=sorted(decision.redact),
                    deployments=list(decision.deployments),
                    body=orjson.dumps(body).decode(),
                    result=orjson.dumps(output).decode() if output is not None else None,
                    wire=(
                        {"endpoint": ex.endpoint, "request": ex.wire_request}
                        if ex.wire_request is not None
                        else None
                    ),
                )
            )
            self._event(conn, rid, p.key_id if p else "gateway", "held", None, now)
        return rid

    @staticmethod
    def _event(
        conn: Any, rid: str, actor: str, action: str, note: str | None, ts: dt.datetime
    ) -> None:
        conn.execute(
            insert(review_events).values(
                review_id=rid, ts=ts, actor=actor, action=action, note=note
            )
        )

    def get(self, rid: str) -> ReviewItem:
        with self.db.engine.connect() as conn:
            row = conn.execute(select(review_items).where(review_items.c.id == rid)).first()
        if row is None:
            raise NotFoundError(f"No review item {rid!r}.", code="review_not_found")
        return _item(row)

    def list(self, *, status: str | None = "pending", limit: int = 50) -> builtins.list[ReviewItem]:
        if status is not None and status not in STATUSES:
            raise BadRequestError(f"unknown status {status!r}; expected one of {STATUSES}")
        q = select(review_items).order_by(review_items.c.created_at).limit(max(1, min(limit, 1000)))
        if status is not None:
            q = q.where(review_items.c.status == status)
        with self.db.engine.connect() as conn:
            return [_item(r) for r in conn.execute(q)]

    def events(self, rid: str) -> builtins.list[dict[str, Any]]:
        q = select(review_events).where(review_events.c.review_id == rid)
        with self.db.engine.connect() as conn:
            rows = conn.execute(q.order_by(review_events.c.seq)).all()
        return [
            {
                "ts": _aware(r.ts).isoformat() if r.ts else None,  # type: ignore[union-attr]
                "actor": r.actor,
                "action": r.action,
                "note": r.note,
            }
            for r in rows
        ]

    def note_viewed(self, rid: str, actor: str) -> None:
        with self.db.engine.begin() as conn:
            self._event(conn, rid, actor, "viewed", None, _now())

    def decide(self, rid: str, *, approve: bool, actor: str, note: str | None = None) -> ReviewItem:
        """Approve or reject a pending item (only a pending one: decisions are final)."""
        status: Status = "approved" if approve else "rejected"
        now = _now()
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(review_items)
                .where(review_items.c.id == rid, review_items.c.status == "pending")
                .values(status=status, decided_by=actor, decided_at=now, note=note)
            )
            if res.rowcount != 1:
                current = self.get(rid)  # raises NotFound for an unknown id
                raise BadRequestError(
                    f"Review {rid} is already {current.status}; only pending items can be decided.",
                    code="review_already_decided",
                )
            self._event(conn, rid, actor, status, note, now)
        return self.get(rid)

    def claim(self, rid: str, actor: str) -> bool:
        """Move an approved item to ``running``; True for exactly one caller."""
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(review_items)
                .where(review_items.c.id == rid, review_items.c.status == "approved")
                .values(status="running")
            )
            if res.rowcount == 1:
                self._event(conn, rid, actor, "running", None, _now())
                return True
        return False

    def finish(
        self, rid: str, actor: str, result: dict[str, Any] | None, error: str | None
    ) -> None:
        status: Status = "completed" if error is None else "failed"
        values: dict[str, Any] = {"status": status}
        if result is not None:
            values["result"] = orjson.dumps(result).decode()
        with self.db.engine.begin() as conn:
            conn.execute(update(review_items).where(review_items.c.id == rid).values(**values))
            self._event(conn, rid, actor, status, error, _now())


def action_record(
    item: ReviewItem,
    action: str,
    *,
    actor_key_id: str | None,
    actor_name: str | None,
    roles: list[str],
    request_id: str,
    note: str | None = None,
) -> AuditRecord:
    """The audit record of one review action (by a reviewer, through the API or the CLI). The
    review's outcome is in ``reasons``; ``decision`` is what was done with this call."""
    reasons = [f"review {item.id} {item.status} by {actor_name or actor_key_id or 'cli'}"]
    if note:
        reasons.append(f"note: {note}")
    return AuditRecord(
        version=RECORD_VERSION,
        request_id=request_id,
        ts=_now().isoformat(),
        key_id=actor_key_id,
        team=item.team,
        endpoint=f"review.{action}",
        model_requested=item.model,
        status=200,
        decision="allow",
        reasons=reasons,
        key_name=actor_name,
        roles=roles,
        data_class=item.data_class,
        findings_in=dict(item.findings),
        policy_version=item.policy_version,
        rule_ids=list(item.rule_ids),
        review_id=item.id,
    )
