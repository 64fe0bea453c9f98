"""Governance endpoints (``/admin/assessments``, ``/admin/approvals``, ``/admin/governance``).

Assessors create, answer and submit; approvers approve or reject (never what they requested);
auditors read. App keys cannot touch any of it. Every call is audited like the other admin
endpoints, and each governance action writes its own audit record too.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kanmon.errors import NotFoundError
from kanmon.gateway._admin import Admin
from kanmon.gateway._asgi import Receive, Scope, Send, read_body
from kanmon.gateway._auth import require
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._schemas import parse_json, validate
from kanmon.governance import GovernanceRuntime
from kanmon.governance._views import approval_json, assessment_json, status_rows

PREFIXES = ("/admin/assessments", "/admin/approvals", "/admin/governance")
_READ = ("assessor", "approver", "auditor")


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
    valid_days: float | None = Field(default=None, gt=0)
    expires_at: dt.datetime | None = None
    note: str | None = Field(default=None, max_length=2000)


class Reject(_Body):
    reason: str = Field(min_length=1, max_length=2000)


class GovernanceAdmin:
    def __init__(self, admin: Admin, runtime: GovernanceRuntime) -> None:
        self.admin = admin
        self.rt = runtime
        self.gov = runtime.service

    async def dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        parts = [p for p in scope["path"].split("/") if p][1:]  # drop "admin"
        method = scope["method"]
        ex = Exchange(endpoint="admin.governance." + "/".join(parts[:1] + parts[2:3]))
        try:
            ex.principal = p = await self.admin.s.auth.authenticate(scope["headers"])
            actor = p.key_id
            body: dict[str, Any] = {}
            if method == "POST":
                raw = await read_body(scope, receive, 256 * 1024)
                body = parse_json(raw) if raw.strip() else {}
            status, data = await self._route(parts, method, body, actor, ex)
            await self.admin._run(ex, send, status, data)
        except Exception as e:
            await self.admin.proxy._fail(ex, e, send)

    async def _route(
        self, parts: list[str], method: str, body: dict[str, Any], actor: str, ex: Exchange
    ) -> tuple[int, Any]:
        p = ex.principal
        assert p is not None
        gov, run = self.gov, asyncio.to_thread
        match (method, parts):
            case ("GET", ["assessments"]):
                require(p, *_READ)
                rows = await run(gov.list_assessments)
                return 200, {
                    "object": "list",
                    "data": [assessment_json(a, gov, full=False) for a in rows],
                }
            case ("POST", ["assessments"]):
                require(p, "assessor")
                req = validate(NewAssessment, body)
                assert isinstance(req, NewAssessment)
                a = await run(gov.new_assessment, req.deployment, req.use_case, actor)
                ex.reasons.append(f"created assessment {a.id}")
                return 201, assessment_json(a, gov)
            case ("GET", ["assessments", aid]):
                require(p, *_READ)
                a = await run(gov.get, aid)
                return 200, await run(assessment_json, a, gov)
            case ("POST", ["assessments", aid, "answers"]):
                require(p, "assessor")
                ans = validate(Answers, body)
                assert isinstance(ans, Answers)
                a = await run(gov.answer, aid, ans.answers, actor)
                ex.reasons.append(f"answered {', '.join(sorted(ans.answers))} on {aid}")
                return 200, assessment_json(a, gov)
            case ("POST", ["assessments", aid, "submit"]):
                require(p, "assessor")
                a = await run(gov.submit, aid, actor)
                ex.reasons.append(f"submitted {aid}")
                return 200, assessment_json(a, gov)
            case ("POST", ["assessments", aid, "approve"]):
                require(p, "approver")
                req2 = validate(Approve, body)
                assert isinstance(req2, Approve)
                ap = await run(
                    lambda: gov.approve(
                        aid,
                        actor,
                        data_classes=req2.data_classes,
                        conditions=req2.conditions,
                        valid_days=req2.valid_days,
                        expires_at=req2.expires_at,
                        note=req2.note,
                    )
                )
                ex.approval_id = ap.id
                ex.reasons.append(f"approved {aid} as {ap.id}")
                await run(self.rt.changed)
                return 201, approval_json(ap, gov)
            case ("POST", ["assessments", aid, "reject"]):
                require(p, "approver")
                rej = validate(Reject, body)
                assert isinstance(rej, Reject)
                a = await run(gov.reject, aid, actor, rej.reason)
                ex.reasons.append(f"rejected {aid}")
                return 200, assessment_json(a, gov)
            case ("GET", ["approvals"]):
                require(p, *_READ)
                aps = await run(gov.approvals)
                return 200, {"object": "list", "data": [approval_json(x, gov) for x in aps]}
            case ("POST", ["approvals", apid, "revoke"]):
                require(p, "approver")
                rev = validate(Reject, body)
                assert isinstance(rev, Reject)
                ap = await run(gov.revoke, apid, actor, rev.reason)
                ex.approval_id = ap.id
                ex.reasons.append(f"revoked {ap.id}")
                await run(self.rt.changed)
                return 200, approval_json(ap, gov)
            case ("GET", ["governance", "status"]):
                require(p, *_READ)
                routed = sorted({d.id for c in self.admin.s.router.routes.values() for d in c})
                srows = await run(status_rows, gov, routed)
                return 200, {"object": "list", "enforce": gov.settings.enforce, "data": srows}
            case ("POST", ["governance", "refresh"]):
                require(p, "approver", "assessor")
                if self.rt.refresher is not None:
                    await run(self.rt.refresher.refresh)
                else:
                    await run(gov.reconcile)
                return 200, {"refreshed": True}
        raise NotFoundError(f"No endpoint {method} /admin/{'/'.join(parts)}.", code="not_found")
