"""Governance: the deployments × use cases matrix; the assessment wizard, one checklist group
per step, evidence linked to eval runs; approvals with fingerprints, conditions and expiry;
approve, reject, revoke; the printable report. The same service, roles and audit names as
``/admin/assessments`` and ``/admin/approvals``."""

from __future__ import annotations

import asyncio
from typing import Any

from kanmon.console._http import REPORT_CSP, Response, redirect
from kanmon.console._pages import GOV_READERS, Host, View, page
from kanmon.errors import BadRequestError, NotFoundError
from kanmon.governance import (
    CHECKLIST,
    SECTIONS,
    Governance,
    GovernanceRuntime,
    approval_json,
    assessment_json,
    render_report,
    status_rows,
)

SECTION_IDS = list(SECTIONS)


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.replace(",", "\n").splitlines() if x.strip()]


class GovernancePages:
    def __init__(self, console: Host) -> None:
        self.c = console

    def _rt(self) -> GovernanceRuntime:
        rt = self.c.services.governance
        if rt is None:  # pragma: no cover - build_services always builds one
            raise NotFoundError("Governance is not set up.", code="not_found")
        return rt

    @property
    def gov(self) -> Governance:
        return self._rt().service

    def _routed(self) -> list[str]:
        return sorted({d.id for chain in self.c.services.router.routes.values() for d in chain})

    @page("GET", "/console/governance", "admin.governance.governance", roles=GOV_READERS)
    async def matrix(self, v: View) -> Response:
        gov = self.gov

        def load() -> dict[str, Any]:
            rows = status_rows(gov, self._routed())
            uses = sorted({r["use_case"] for r in rows if r["use_case"]})
            cells: dict[str, dict[str, dict[str, Any]]] = {}
            for r in rows:
                cells.setdefault(r["deployment"], {})
                if r["use_case"]:
                    cells[r["deployment"]][r["use_case"]] = r
            return {
                "uses": uses,
                "cells": cells,
                "assessments": [
                    assessment_json(a, gov, full=False) for a in gov.list_assessments()
                ],
                "approvals": [approval_json(a, gov) for a in gov.approvals()],
                "deployments": sorted(gov.catalog.deployments),
                "enforce": gov.settings.enforce,
            }

        return self.c.page(v, "governance.html.j2", **await asyncio.to_thread(load))

    @page(
        "POST",
        "/console/governance/assessments",
        "admin.governance.assessments",
        roles=("assessor",),
    )
    async def create(self, v: View) -> Response:
        dep = (await v.req.field("deployment")).strip()
        use = (await v.req.field("use_case")).strip()
        if not dep or not use or len(dep) > 200 or len(use) > 200:
            raise BadRequestError("Give a deployment and a use case.", param="use_case")
        a = await asyncio.to_thread(self.gov.new_assessment, dep, use, v.principal.key_id)
        v.ex.reasons.append(f"created assessment {a.id}")
        return redirect(f"/console/governance/assessments/{a.id}")

    @page(
        "GET",
        "/console/governance/assessments/{aid}",
        "admin.governance.assessments",
        roles=GOV_READERS,
    )
    async def wizard(self, v: View) -> Response:
        aid = v.params["aid"]
        section = v.req.query.get("section", SECTION_IDS[0])
        if section not in SECTIONS and section != "review":
            section = SECTION_IDS[0]
        gov = self.gov

        def load() -> dict[str, Any]:
            a = gov.get(aid)
            j = assessment_json(a, gov)
            runs = list(gov.evidence.runs_for(a.deployment))
            return {"a": j, "runs": runs}

        data = await asyncio.to_thread(load)
        title = dict(SECTIONS).get(section)  # type: ignore[call-overload]
        items = [i for i in data["a"]["checklist"] if i["section"] == title]
        return self.c.page(
            v,
            "assessment.html.j2",
            **data,
            section=section,
            sections=SECTIONS,
            items=items,
            classes=gov.settings.data_classes,
            step_ids=SECTION_IDS,
        )

    @page(
        "POST",
        "/console/governance/assessments/{aid}/answers",
        "admin.governance.assessments/answers",
        roles=("assessor",),
    )
    async def answer(self, v: View) -> Response:
        aid = v.params["aid"]
        section = await v.req.field("section")
        if section not in SECTIONS:
            raise BadRequestError("Unknown checklist section.", param="section")
        form = await v.req.form()
        answers: dict[str, Any] = {}
        for item in CHECKLIST:
            if item.section != section or item.prefill or item.kind == "review":
                continue  # a review is answered by its own role's key (API or CLI)
            values = [x for x in form.get(item.id, []) if x.strip()]
            if item.kind == "text":
                if values:
                    answers[item.id] = values[0]
            elif item.kind == "bool":
                if values:
                    answers[item.id] = values[0] == "yes"
            elif item.kind == "data_classes":
                if values:
                    answers[item.id] = values
            else:  # evidence: chosen runs, and references typed in
                refs = [r for x in values for r in _lines(x)]
                if refs:
                    answers[item.id] = refs
        if answers:
            await asyncio.to_thread(self.gov.answer, aid, answers, v.principal.key_id)
            v.ex.reasons.append(f"answered {', '.join(sorted(answers))} on {aid}")
        nxt = SECTION_IDS.index(section) + 1
        target = SECTION_IDS[nxt] if nxt < len(SECTION_IDS) else "review"
        return redirect(f"/console/governance/assessments/{aid}?section={target}")

    @page(
        "POST",
        "/console/governance/assessments/{aid}/submit",
        "admin.governance.assessments/submit",
        roles=("assessor",),
    )
    async def submit(self, v: View) -> Response:
        aid = v.params["aid"]
        await asyncio.to_thread(self.gov.submit, aid, v.principal.key_id)
        v.ex.reasons.append(f"submitted {aid}")
        return redirect(f"/console/governance/assessments/{aid}?section=review")

    @page(
        "POST",
        "/console/governance/assessments/{aid}/approve",
        "admin.governance.assessments/approve",
        roles=("approver",),
    )
    async def approve(self, v: View) -> Response:
        aid = v.params["aid"]
        form = await v.req.form()
        days_text = (await v.req.field("valid_days")).strip()
        try:
            days = float(days_text) if days_text else None
        except ValueError:
            raise BadRequestError("Valid for: a number of days.", param="valid_days") from None
        if days is not None and not 0 < days <= 36_500:
            raise BadRequestError("Valid for: 1 to 36,500 days.", param="valid_days")
        classes = [c for c in form.get("data_classes", []) if c] or None
        conditions = [
            c.strip() for c in (await v.req.field("conditions")).splitlines() if c.strip()
        ]
        note = (await v.req.field("note")).strip()[:2000] or None
        ap = await asyncio.to_thread(
            lambda: self.gov.approve(
                aid,
                v.principal.key_id,
                data_classes=classes,
                conditions=conditions,
                valid_days=days,
                note=note,
            )
        )
        v.ex.approval_id = ap.id
        v.ex.reasons.append(f"approved {aid} as {ap.id}")
        await asyncio.to_thread(self._rt().changed)
        return redirect(f"/console/governance/assessments/{aid}?section=review")

    @page(
        "POST",
        "/console/governance/assessments/{aid}/reject",
        "admin.governance.assessments/reject",
        roles=("approver",),
    )
    async def reject(self, v: View) -> Response:
        aid = v.params["aid"]
        reason = (await v.req.field("reason")).strip()
        if not reason or len(reason) > 2000:
            raise BadRequestError("A rejection needs a reason (up to 2000 characters).")
        await asyncio.to_thread(self.gov.reject, aid, v.principal.key_id, reason)
        v.ex.reasons.append(f"rejected {aid}")
        return redirect(f"/console/governance/assessments/{aid}?section=review")

    @page(
        "POST",
        "/console/governance/approvals/{apid}/revoke",
        "admin.governance.approvals/revoke",
        roles=("approver",),
    )
    async def revoke(self, v: View) -> Response:
        apid = v.params["apid"]
        reason = (await v.req.field("reason")).strip()
        if not reason or len(reason) > 2000:
            raise BadRequestError("A revocation needs a reason (up to 2000 characters).")
        ap = await asyncio.to_thread(self.gov.revoke, apid, v.principal.key_id, reason)
        v.ex.approval_id = ap.id
        v.ex.reasons.append(f"revoked {ap.id}")
        await asyncio.to_thread(self._rt().changed)
        return redirect("/console/governance")

    @page(
        "GET",
        "/console/governance/assessments/{aid}/report",
        "admin.governance.assessments/report",
        roles=GOV_READERS,
    )
    async def report(self, v: View) -> Response:
        """The printable assessment report (``kanmon assess report``), as a page of its own."""
        html = await asyncio.to_thread(render_report, self.gov, v.params["aid"])
        return Response(200, html.encode(), csp=REPORT_CSP.replace(" sandbox", ""))
