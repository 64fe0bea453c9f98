"""Rows ↔ governance types. Every write also appends to ``gov_events`` in the same transaction."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import Connection, insert, select, update

from kanmon.core.approval import Approval, Assessment
from kanmon.errors import NotFoundError
from kanmon.store import Database, gov_approvals, gov_assessments, gov_events


def utc(t: dt.datetime | None) -> dt.datetime | None:
    """SQLite drops the timezone of DateTime(timezone=True); every time we write is UTC."""
    if t is not None and t.tzinfo is None:
        return t.replace(tzinfo=dt.UTC)
    return t


def _utc(t: dt.datetime) -> dt.datetime:
    out = utc(t)
    assert out is not None
    return out


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(6)}"


def assessment_from(row: Any) -> Assessment:
    return Assessment(
        id=row["id"],
        deployment=row["deployment"],
        use_case=row["use_case"],
        status=row["status"],
        requester=row["requester"],
        answers=dict(row["answers"]),
        fingerprint=row["fingerprint"],
        created_at=_utc(row["created_at"]),
        updated_at=_utc(row["updated_at"]),
        decided_by=row["decided_by"],
        decided_at=utc(row["decided_at"]),
        decision_note=row["decision_note"],
    )


def approval_from(row: Any) -> Approval:
    return Approval(
        id=row["id"],
        assessment_id=row["assessment_id"],
        deployment=row["deployment"],
        use_case=row["use_case"],
        fingerprint=row["fingerprint"],
        data_classes=frozenset(row["data_classes"]),
        expires_at=_utc(row["expires_at"]),
        approved_by=row["approved_by"],
        approved_at=_utc(row["approved_at"]),
        status=row["status"],
        status_reason=row["status_reason"],
        conditions=tuple(row["conditions"]),
        evidence=tuple(row["evidence"]),
        flags=frozenset(row["flags"]),
    )


class GovernanceStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reads ---------------------------------------------------------------------------------

    def assessment(self, assessment_id: str) -> Assessment:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                select(gov_assessments).where(gov_assessments.c.id == assessment_id)
            ).first()
        if row is None:
            raise NotFoundError(
                f"no assessment with id {assessment_id!r}", code="assessment_not_found"
            )
        return assessment_from(row._mapping)

    def find_assessment(self, deployment: str, use_case: str) -> Assessment | None:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                select(gov_assessments).where(
                    gov_assessments.c.deployment == deployment,
                    gov_assessments.c.use_case == use_case,
                )
            ).first()
        return assessment_from(row._mapping) if row is not None else None

    def assessments(self) -> list[Assessment]:
        q = select(gov_assessments).order_by(gov_assessments.c.created_at)
        with self.db.engine.connect() as conn:
            return [assessment_from(r._mapping) for r in conn.execute(q)]

    def approval(self, approval_id: str) -> Approval:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                select(gov_approvals).where(gov_approvals.c.id == approval_id)
            ).first()
        if row is None:
            raise NotFoundError(f"no approval with id {approval_id!r}", code="approval_not_found")
        return approval_from(row._mapping)

    def approvals(
        self, *, assessment_id: str | None = None, statuses: tuple[str, ...] = ()
    ) -> list[Approval]:
        q = select(gov_approvals).order_by(gov_approvals.c.approved_at)
        if assessment_id is not None:
            q = q.where(gov_approvals.c.assessment_id == assessment_id)
        if statuses:
            q = q.where(gov_approvals.c.status.in_(statuses))
        with self.db.engine.connect() as conn:
            return [approval_from(r._mapping) for r in conn.execute(q)]

    def events(self, assessment_id: str | None = None) -> list[dict[str, Any]]:
        q = select(gov_events).order_by(gov_events.c.seq)
        if assessment_id is not None:
            q = q.where(gov_events.c.assessment_id == assessment_id)
        with self.db.engine.connect() as conn:
            out = []
            for r in conn.execute(q):
                d = dict(r._mapping)
                d["ts"] = _utc(d["ts"]).isoformat()
                out.append(d)
            return out

    # -- writes --------------------------------------------------------------------------------

    @staticmethod
    def _event(
        conn: Connection,
        now: dt.datetime,
        actor: str,
        action: str,
        assessment_id: str | None,
        approval_id: str | None,
        detail: dict[str, Any],
    ) -> None:
        conn.execute(
            insert(gov_events).values(
                ts=now,
                actor=actor,
                action=action,
                assessment_id=assessment_id,
                approval_id=approval_id,
                detail=detail,
            )
        )

    def insert_assessment(self, a: Assessment) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(gov_assessments).values(
                    id=a.id,
                    deployment=a.deployment,
                    use_case=a.use_case,
                    status=a.status,
                    requester=a.requester,
                    answers=a.answers,
                    fingerprint=a.fingerprint,
                    created_at=a.created_at,
                    updated_at=a.updated_at,
                )
            )
            self._event(
                conn,
                a.created_at,
                a.requester,
                "assessment.create",
                a.id,
                None,
                {"deployment": a.deployment, "use_case": a.use_case},
            )

    def update_assessment(
        self,
        a: Assessment,
        *,
        actor: str,
        action: str,
        detail: dict[str, Any],
        expect_status: tuple[str, ...],
    ) -> bool:
        """Write ``a`` if the stored status is still one of ``expect_status`` (no lost update
        between two approvers)."""
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(gov_assessments)
                .where(gov_assessments.c.id == a.id, gov_assessments.c.status.in_(expect_status))
                .values(
                    status=a.status,
                    answers=a.answers,
                    fingerprint=a.fingerprint,
                    updated_at=a.updated_at,
                    decided_by=a.decided_by,
                    decided_at=a.decided_at,
                    decision_note=a.decision_note,
                )
            )
            if res.rowcount != 1:
                return False
            self._event(conn, a.updated_at, actor, action, a.id, None, detail)
            return True

    def insert_approval(self, ap: Approval, parts: dict[str, Any], *, supersede: list[str]) -> None:
        with self.db.engine.begin() as conn:
            for old in supersede:
                conn.execute(
                    update(gov_approvals)
                    .where(gov_approvals.c.id == old, gov_approvals.c.status == "active")
                    .values(
                        status="superseded",
                        status_reason=f"replaced by {ap.id}",
                        status_changed_at=ap.approved_at,
                    )
                )
            conn.execute(
                insert(gov_approvals).values(
                    id=ap.id,
                    assessment_id=ap.assessment_id,
                    deployment=ap.deployment,
                    use_case=ap.use_case,
                    fingerprint=ap.fingerprint,
                    fingerprint_parts=parts,
                    data_classes=sorted(ap.data_classes),
                    conditions=list(ap.conditions),
                    evidence=list(ap.evidence),
                    flags=sorted(ap.flags),
                    expires_at=ap.expires_at,
                    approved_by=ap.approved_by,
                    approved_at=ap.approved_at,
                    status=ap.status,
                )
            )
            self._event(
                conn,
                ap.approved_at,
                ap.approved_by,
                "approval.grant",
                ap.assessment_id,
                ap.id,
                {
                    "data_classes": sorted(ap.data_classes),
                    "expires_at": ap.expires_at.isoformat(),
                    "fingerprint": ap.fingerprint,
                    "superseded": supersede,
                },
            )

    def set_approval_status(
        self, ap: Approval, status: str, reason: str, *, actor: str, now: dt.datetime
    ) -> bool:
        """Move an *active* approval to ``status``; False if another worker already did."""
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(gov_approvals)
                .where(gov_approvals.c.id == ap.id, gov_approvals.c.status == "active")
                .values(status=status, status_reason=reason, status_changed_at=now)
            )
            if res.rowcount != 1:
                return False
            self._event(
                conn, now, actor, f"approval.{status}", ap.assessment_id, ap.id, {"reason": reason}
            )
            return True
