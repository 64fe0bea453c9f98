"""Governance: assessors create, answer and submit assessments; approvers approve or reject
them (never what they submitted) and revoke approvals; auditors read. App keys touch none of
it. Each governance action also writes its own audit record (``kanmon.governance``)."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kanmon.core.principal import Role
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.governance import GovernanceRuntime, approval_json, assessment_json, status_rows

_REVIEWS: Sequence[Role] = ("legal", "privacy", "security", "procurement")
_READ: Sequence[Role] = ("assessor", "approver", "auditor", *_REVIEWS)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewAssessment(_Body):
    deployment: str = Field(min_length=1, max_length=200)
    use_case: str = Field(min_length=1, max_length=200)


class Answers(_Body):
    answers: dict[str, Any] = Field(min_length=1)


class Approve(_Body):
    data_classes: list[str] | None = None
    conditions: list[str] = Field(default_factory=list)
    #: Licence duties the approver acknowledges (attribution, mau_threshold, …).
    acknowledge: list[str] = Field(default_factory=list, max_length=20)
    valid_days: float | None = Field(default=None, gt=0, le=36_500)
    expires_at: dt.datetime | None = None
    note: str | None = Field(default=None, max_length=2000)


class Reject(_Body):
    reason: str = Field(min_length=1, max_length=2000)


class GovernanceApi:
    def __init__(self, runtime: GovernanceRuntime, routed: Sequence[str]) -> None:
        self.rt = runtime
        self.gov = runtime.service
        #: The deployments the gateway routes to, for the status matrix.
        self.routed = sorted(routed)

    @endpoint("GET", "/admin/assessments", "admin.governance.assessments", roles=_READ)
    async def list_assessments(self, call: Call) -> Reply:
        """Every assessment, newest first."""
        rows = await asyncio.to_thread(self.gov.list_assessments)
        return Reply(
            {"object": "list", "data": [assessment_json(a, self.gov, full=False) for a in rows]}
        )

    @endpoint(
        "POST",
        "/admin/assessments",
        "admin.governance.assessments",
        roles=("assessor",),
        body=NewAssessment,
        status=201,
    )
    async def create(self, call: Call) -> Reply:
        """Start an assessment of a deployment for a use case (facts prefilled from the
        catalog)."""
        req: NewAssessment = call.body
        a = await asyncio.to_thread(
            self.gov.new_assessment, req.deployment, req.use_case, call.principal.key_id
        )
        call.ex.reasons.append(f"created assessment {a.id}")
        return Reply(assessment_json(a, self.gov), status=201)

    @endpoint("GET", "/admin/assessments/{aid}", "admin.governance.assessments", roles=_READ)
    async def show(self, call: Call) -> Reply:
        """An assessment with its checklist, answers, evidence and history."""
        a = await asyncio.to_thread(self.gov.get, call.params["aid"])
        return Reply(await asyncio.to_thread(assessment_json, a, self.gov))

    @endpoint(
        "POST",
        "/admin/assessments/{aid}/answers",
        "admin.governance.assessments/answers",
        roles=("assessor", *_REVIEWS),
        body=Answers,
    )
    async def answer(self, call: Call) -> Reply:
        """Answer checklist items (with evidence references where an item asks for them); the
        legal, privacy, security and procurement reviews are answered by their own roles."""
        aid, ans = call.params["aid"], call.body
        assert isinstance(ans, Answers)
        p = call.principal
        a = await asyncio.to_thread(self.gov.answer, aid, ans.answers, p.key_id, p.roles)
        call.ex.reasons.append(f"answered {', '.join(sorted(ans.answers))} on {aid}")
        return Reply(assessment_json(a, self.gov))

    @endpoint(
        "POST",
        "/admin/assessments/{aid}/submit",
        "admin.governance.assessments/submit",
        roles=("assessor",),
    )
    async def submit(self, call: Call) -> Reply:
        """Submit a complete assessment for approval."""
        aid = call.params["aid"]
        a = await asyncio.to_thread(self.gov.submit, aid, call.principal.key_id)
        call.ex.reasons.append(f"submitted {aid}")
        return Reply(assessment_json(a, self.gov))

    @endpoint(
        "POST",
        "/admin/assessments/{aid}/approve",
        "admin.governance.assessments/approve",
        roles=("approver",),
        body=Approve,
        status=201,
    )
    async def approve(self, call: Call) -> Reply:
        """Approve a submitted assessment: an approval pinned to the deployment's fingerprint."""
        aid, req = call.params["aid"], call.body
        assert isinstance(req, Approve)
        ap = await asyncio.to_thread(
            lambda: self.gov.approve(
                aid,
                call.principal.key_id,
                data_classes=req.data_classes,
                conditions=req.conditions,
                acknowledge=req.acknowledge,
                valid_days=req.valid_days,
                expires_at=req.expires_at,
                note=req.note,
            )
        )
        call.ex.approval_id = ap.id
        call.ex.reasons.append(f"approved {aid} as {ap.id}")
        await asyncio.to_thread(self.rt.changed)
        return Reply(approval_json(ap, self.gov), status=201)

    @endpoint(
        "POST",
        "/admin/assessments/{aid}/reject",
        "admin.governance.assessments/reject",
        roles=("approver",),
        body=Reject,
    )
    async def reject(self, call: Call) -> Reply:
        """Reject a submitted assessment, with the reason."""
        aid, rej = call.params["aid"], call.body
        assert isinstance(rej, Reject)
        a = await asyncio.to_thread(self.gov.reject, aid, call.principal.key_id, rej.reason)
        call.ex.reasons.append(f"rejected {aid}")
        return Reply(assessment_json(a, self.gov))

    @endpoint("GET", "/admin/approvals", "admin.governance.approvals", roles=_READ)
    async def approvals(self, call: Call) -> Reply:
        """Every approval with its fingerprint, conditions, expiry and standing."""
        aps = await asyncio.to_thread(self.gov.approvals)
        return Reply({"object": "list", "data": [approval_json(x, self.gov) for x in aps]})

    @endpoint(
        "POST",
        "/admin/approvals/{apid}/revoke",
        "admin.governance.approvals/revoke",
        roles=("approver",),
        body=Reject,
    )
    async def revoke(self, call: Call) -> Reply:
        """Revoke an approval; enforcement stops serving under it at once."""
        apid, rev = call.params["apid"], call.body
        assert isinstance(rev, Reject)
        ap = await asyncio.to_thread(self.gov.revoke, apid, call.principal.key_id, rev.reason)
        call.ex.approval_id = ap.id
        call.ex.reasons.append(f"revoked {ap.id}")
        await asyncio.to_thread(self.rt.changed)
        return Reply(approval_json(ap, self.gov))

    @endpoint("GET", "/admin/governance/status", "admin.governance.governance", roles=_READ)
    async def status(self, call: Call) -> Reply:
        """Deployments × use cases: approved, suspended (why), expired or none."""
        rows = await asyncio.to_thread(status_rows, self.gov, self.routed)
        return Reply({"object": "list", "enforce": self.gov.settings.enforce, "data": rows})

    @endpoint(
        "POST",
        "/admin/governance/refresh",
        "admin.governance.governance/refresh",
        roles=("approver", "assessor"),
    )
    async def refresh(self, call: Call) -> Reply:
        """Re-check every approval against the catalog now (suspending what changed)."""
        if self.rt.refresher is not None:
            await asyncio.to_thread(self.rt.refresher.refresh)
        else:
            await asyncio.to_thread(self.gov.reconcile)
        return Reply({"refreshed": True})
