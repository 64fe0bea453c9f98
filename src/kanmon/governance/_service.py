"""The governance workflow: assess → submit → approve/reject, and the sweep that suspends
approvals whose deployment changed, expired, or gained a catalog flag. Every action is stored in
``gov_events`` and written to the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import replace
from typing import Any

from kanmon.catalog import Catalog
from kanmon.config import GovernanceSettings
from kanmon.core.approval import (
    Approval,
    ApprovalStatus,
    Assessment,
    deployment_fingerprint,
    fingerprint_parts,
)
from kanmon.core.catalog import Deployment, Model
from kanmon.core.record import AuditRecord
from kanmon.errors import BadRequestError, ConflictError, NotFoundError, PermissionDeniedError
from kanmon.governance._answers import AnswerCheck
from kanmon.governance._checklist import CHECKLIST, ITEMS
from kanmon.governance._events import GovernanceEvents
from kanmon.governance._evidence import (
    EvidenceLookup,
    NoEvidenceStore,
    parse_ref,
)
from kanmon.governance._facts import prefill
from kanmon.governance._obligations import approval_terms, standing_problem
from kanmon.governance._rules import (
    approved_classes,
    check_role,
    cited_evidence,
    expiry,
    review_conditions,
)
from kanmon.governance._store import GovernanceStore, new_id
from kanmon.governance._users import MonthlyUsers
from kanmon.store import Database

RecordSink = Callable[[AuditRecord], object]
SYSTEM = "kanmon"


class Governance(GovernanceEvents, AnswerCheck):
    """Sync service over the store (callers in the event loop use ``asyncio.to_thread``)."""

    def __init__(
        self,
        db: Database,
        catalog: Catalog,
        settings: GovernanceSettings,
        *,
        record: RecordSink | None = None,
        evidence: EvidenceLookup | None = None,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.store = GovernanceStore(db)
        self.catalog = catalog
        self.settings = settings
        self._record = record
        self.evidence: EvidenceLookup = evidence or NoEvidenceStore()
        self.now = clock
        #: End users per deployment this month (``max_monthly_users`` conditions); the
        #: refresher adds what the audit log holds, the approval step what it serves.
        self.users = MonthlyUsers()

    # -- catalog -------------------------------------------------------------------------------

    def deployment(self, dep_id: str) -> tuple[Deployment, Model | None]:
        dep = self.catalog.deployments.get(dep_id)
        if dep is None:
            raise NotFoundError(
                f"no deployment {dep_id!r} in the catalog", code="deployment_not_found"
            )
        return dep, self.catalog.models.get(dep.model)

    def fingerprint(self, dep_id: str) -> str | None:
        dep = self.catalog.deployments.get(dep_id)
        if dep is None:
            return None
        return deployment_fingerprint(dep, self.catalog.models.get(dep.model))

    def flags(self, dep_id: str) -> frozenset[str]:
        dep = self.catalog.deployments.get(dep_id)
        model = self.catalog.models.get(dep.model) if dep is not None else None
        return frozenset(model.flags) if model is not None else frozenset()

    # -- assessments ---------------------------------------------------------------------------

    def new_assessment(self, deployment: str, use_case: str, actor: str) -> Assessment:
        dep, model = self.deployment(deployment)
        if not use_case.strip():
            raise BadRequestError("an assessment needs a use case", param="use_case")
        old = self.store.find_assessment(deployment, use_case)
        if old is not None:
            raise ConflictError(
                f"assessment {old.id} already covers {deployment} × {use_case} "
                f"(status {old.status}); answer it again to re-assess",
                code="assessment_exists",
            )
        now = self.now()
        answers = prefill(dep, model)
        for run in self.evidence.runs_for(deployment):  # eval results, newest last
            if run.fingerprints.get(deployment, dep.entry_hash()) != dep.entry_hash():
                continue  # tested an earlier version of this catalog entry
            for item in run.covers:
                if item in ITEMS and ITEMS[item].kind == "evidence":
                    answers.setdefault(item, []).append(run.ref)
        a = Assessment(
            id=new_id("asm"),
            deployment=deployment,
            use_case=use_case,
            status="draft",
            requester=actor,
            answers=answers,
            fingerprint=deployment_fingerprint(dep, model),
            created_at=now,
            updated_at=now,
        )
        self.store.insert_assessment(a)
        self._audit(
            "assessment.create",
            actor,
            a,
            None,
            [f"assessment {a.id} for {deployment} × {use_case}"],
        )
        return a

    def get(self, assessment_id: str) -> Assessment:
        return self.store.assessment(assessment_id)

    def list_assessments(self) -> list[Assessment]:
        return self.store.assessments()

    def answer(
        self,
        assessment_id: str,
        answers: Mapping[str, Any],
        actor: str,
        roles: Collection[str] | None = None,
    ) -> Assessment:
        """Answer checklist items. ``roles``: the caller's (None: the CLI, which works on the
        store directly); review items need their own role, the others the assessor's."""
        a = self.get(assessment_id)
        if a.status == "submitted":
            raise ConflictError(f"assessment {a.id} is submitted; an approver must decide first")
        for k in answers:
            check_role(ITEMS.get(k), k, roles)
        clean = {k: self._check_answer(k, v, a.deployment, actor) for k, v in answers.items()}
        merged = {**a.answers, **clean}
        b = replace(
            a,
            answers=merged,
            status="draft",
            updated_at=self.now(),
            fingerprint=self.fingerprint(a.deployment) or a.fingerprint,
        )
        self._save(
            b,
            actor,
            "assessment.answer",
            {"items": sorted(clean)},
            ("draft", "approved", "rejected"),
        )
        return b

    def missing(self, a: Assessment) -> list[str]:
        """Required items still unanswered (the reviews ``governance.required_reviews`` names
        count as required)."""
        needed = set(self.settings.required_reviews)
        return [
            i.id
            for i in CHECKLIST
            if (i.required or (i.role is not None and i.role in needed)) and not a.answers.get(i.id)
        ]

    def submit(self, assessment_id: str, actor: str) -> Assessment:
        a = self.get(assessment_id)
        if a.status != "draft":
            raise ConflictError(f"assessment {a.id} is {a.status}; only a draft can be submitted")
        missing = self.missing(a)
        if missing:
            raise BadRequestError(
                f"assessment {a.id} is incomplete; answer {', '.join(missing)}",
                code="assessment_incomplete",
            )
        b = replace(a, status="submitted", updated_at=self.now())
        self._save(b, actor, "assessment.submit", {}, ("draft",))
        return b

    def reject(self, assessment_id: str, actor: str, reason: str) -> Assessment:
        a = self.get(assessment_id)
        if a.status != "submitted":
            raise ConflictError(
                f"assessment {a.id} is {a.status}; only a submitted one can be rejected"
            )
        if not reason.strip():
            raise BadRequestError("a rejection needs a reason", param="reason")
        now = self.now()
        b = replace(
            a,
            status="rejected",
            updated_at=now,
            decided_by=actor,
            decided_at=now,
            decision_note=reason.strip(),
        )
        self._save(b, actor, "assessment.reject", {"reason": reason.strip()}, ("submitted",))
        return b

    def approve(
        self,
        assessment_id: str,
        actor: str,
        *,
        data_classes: Iterable[str] | None = None,
        conditions: Iterable[str] = (),
        acknowledge: Iterable[str] = (),
        valid_days: float | None = None,
        expires_at: dt.datetime | None = None,
        note: str | None = None,
    ) -> Approval:
        """Approve a submitted assessment. Refused (403) when the licence forbids the use case
        or the deployment's territory, when declared revenue passes a licence threshold, or
        when an approval rule forbids it; 400 when a licence duty is not acknowledged or a
        rule's required condition is missing. Duties acknowledged and the user-count
        threshold of the licence become conditions of the approval."""
        a = self.get(assessment_id)
        if a.status != "submitted":
            raise ConflictError(
                f"assessment {a.id} is {a.status}; only a submitted one can be approved"
            )
        if actor == a.requester:
            raise PermissionDeniedError(
                f"{actor} requested assessment {a.id} and cannot approve it (separation of duties)",
                code="separation_of_duties",
            )
        dep, model = self.deployment(a.deployment)
        fp = deployment_fingerprint(dep, model)
        if fp != a.fingerprint:
            raise ConflictError(
                f"deployment {dep.id} changed since assessment {a.id} was answered; answer and "
                "submit it again",
                code="fingerprint_changed",
            )
        classes = approved_classes(a.answers, data_classes, self.settings.data_classes)
        checked, near = approval_terms(
            self.settings, dep, model, a.use_case, classes, conditions, acknowledge
        )
        checked = (*checked, *review_conditions(a.answers))
        evidence = cited_evidence(a.id, a.answers)
        for ref in evidence:  # the store may have changed since the answer: check again
            self._verify(parse_ref(ref), a.deployment, "evidence")
        now = self.now()
        expires_at = expiry(now, expires_at, valid_days, self.settings.max_validity_days)
        ap = Approval(
            id=new_id("apr"),
            assessment_id=a.id,
            deployment=dep.id,
            use_case=a.use_case,
            fingerprint=fp,
            data_classes=frozenset(classes),
            expires_at=expires_at,
            approved_by=actor,
            approved_at=now,
            conditions=checked,
            evidence=tuple(evidence),
            flags=frozenset(model.flags if model else ()),
        )
        old = [x.id for x in self.store.approvals(assessment_id=a.id, statuses=("active",))]
        b = replace(
            a,
            status="approved",
            updated_at=now,
            decided_by=actor,
            decided_at=now,
            decision_note=note,
        )
        self._save(b, actor, "assessment.approve", {"approval_id": ap.id}, ("submitted",))
        self.store.insert_approval(ap, fingerprint_parts(dep, model), supersede=old)
        self._audit(
            "approval.grant",
            actor,
            a,
            ap.id,
            [
                f"approval {ap.id}: {dep.id} × {a.use_case} for {', '.join(classes)} until "
                f"{expires_at.isoformat()}",
                f"evidence {', '.join(evidence)}",
                *(f"condition {c}" for c in checked),
                *([f"warning: {near}"] if near else []),
            ],
        )
        return ap

    def _save(
        self,
        a: Assessment,
        actor: str,
        action: str,
        detail: dict[str, Any],
        expect: tuple[str, ...],
    ) -> None:
        if not self.store.update_assessment(
            a, actor=actor, action=action, detail=detail, expect_status=expect
        ):
            raise ConflictError(f"assessment {a.id} changed meanwhile; reload and retry")
        self._audit(action, actor, a, None, [f"{action} {a.id}"])

    # -- approvals -----------------------------------------------------------------------------

    def approvals(self, statuses: tuple[str, ...] = ()) -> list[Approval]:
        return self.store.approvals(statuses=statuses)

    def revoke(self, approval_id: str, actor: str, reason: str) -> Approval:
        """Withdraw an active approval by hand (e.g. after an incident)."""
        ap = self.store.approval(approval_id)
        if not reason.strip():
            raise BadRequestError("a revocation needs a reason", param="reason")
        if ap.status != "active" or not self.store.set_approval_status(
            ap, "revoked", reason.strip(), actor=actor, now=self.now()
        ):
            raise ConflictError(
                f"approval {ap.id} is {ap.status}; only an active one can be revoked"
            )
        self._audit(
            "approval.revoked",
            actor,
            None,
            ap.id,
            [reason.strip()],
            deployment=ap.deployment,
            use_case=ap.use_case,
        )
        return replace(ap, status="revoked", status_reason=reason.strip())

    def reconcile(self) -> list[Approval]:
        """Suspend (or expire) every active approval that can no longer be used, visibly: the
        stored status changes, an event is stored and an audit record written. Safe to run in
        several workers at once (only one of them wins each change)."""
        now = self.now()
        changed = []
        for ap in self.store.approvals(statuses=("active",)):
            problem = ap.problem(self.fingerprint(ap.deployment), self.flags(ap.deployment), now)
            if problem is None:
                problem = self.rule_problem(ap)
            if problem is None:
                continue
            status: ApprovalStatus = (
                "expired" if now >= ap.expires_at and "expired" in problem else "suspended"
            )
            if self.store.set_approval_status(ap, status, problem, actor=SYSTEM, now=now):
                changed.append(replace(ap, status=status, status_reason=problem))
                self._audit(
                    f"approval.{status}",
                    SYSTEM,
                    None,
                    ap.id,
                    [problem],
                    deployment=ap.deployment,
                    use_case=ap.use_case,
                )
        return changed

    def rule_problem(self, ap: Approval) -> str | None:
        """Why the licence's territory or an approval rule no longer allows ``ap``."""
        dep = self.catalog.deployments.get(ap.deployment)
        if dep is None:
            return None
        return standing_problem(self.settings, dep, self.catalog.models.get(dep.model), ap)
