"""JSON shapes of governance objects, shared by the admin API, the CLI and reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from kanmon.core.approval import Approval, Assessment
from kanmon.governance._checklist import CHECKLIST
from kanmon.governance._conditions import user_limit
from kanmon.governance._facts import licence_problem
from kanmon.governance._items import SECTIONS
from kanmon.governance._obligations import revenue_problem
from kanmon.governance._service import Governance
from kanmon.governance._users import month_of


def assessment_json(a: Assessment, gov: Governance, *, full: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": a.id,
        "deployment": a.deployment,
        "use_case": a.use_case,
        "status": a.status,
        "requester": a.requester,
        "fingerprint": a.fingerprint,
        "fingerprint_current": a.fingerprint == gov.fingerprint(a.deployment),
        "created_at": a.created_at.isoformat(),
        "updated_at": a.updated_at.isoformat(),
        "decided_by": a.decided_by,
        "decided_at": a.decided_at.isoformat() if a.decided_at else None,
        "decision_note": a.decision_note,
        "missing": gov.missing(a),
    }
    if full:
        out["checklist"] = [
            {
                "id": i.id,
                "section": SECTIONS[i.section],
                "question": i.question,
                "kind": i.kind,
                "required": i.required,
                "nist_ai_rmf": list(i.nist),
                "iso_42001": list(i.iso),
                "eu_ai_act": list(i.eu_ai_act),
                "owasp_llm": list(i.owasp),
                "answered_by_role": i.role or "assessor",
                "prefilled_from": "catalog" if i.prefill else None,
                "answer": a.answers.get(i.id),
            }
            for i in CHECKLIST
        ]
        out["approvals"] = [approval_json(x, gov) for x in gov.store.approvals(assessment_id=a.id)]
    return out


def approval_json(ap: Approval, gov: Governance) -> dict[str, Any]:
    live_problem = ap.problem(gov.fingerprint(ap.deployment), gov.flags(ap.deployment), gov.now())
    return {
        "id": ap.id,
        "assessment_id": ap.assessment_id,
        "deployment": ap.deployment,
        "use_case": ap.use_case,
        "status": ap.status,
        "status_reason": ap.status_reason,
        "live": live_problem is None,
        "problem": live_problem,
        "fingerprint": ap.fingerprint,
        "data_classes": sorted(ap.data_classes),
        "conditions": list(ap.conditions),
        "evidence": list(ap.evidence),
        "flags_at_approval": sorted(ap.flags),
        "warnings": approval_warnings(gov, ap) if live_problem is None else [],
        "expires_at": ap.expires_at.isoformat(),
        "approved_by": ap.approved_by,
        "approved_at": ap.approved_at.isoformat(),
    }


def status_rows(gov: Governance, deployments: Iterable[str]) -> list[dict[str, Any]]:
    """One row per deployment × use case with an approval or assessment, and one row for each
    listed deployment that has neither (state ``unassessed``)."""
    approvals = [a for a in gov.approvals() if a.status != "superseded"]
    assessments = gov.list_assessments()
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for ap in sorted(approvals, key=lambda a: a.approved_at, reverse=True):
        key = (ap.deployment, ap.use_case)
        if key in seen:
            continue
        seen.add(key)
        j = approval_json(ap, gov)
        dep = gov.catalog.deployments.get(ap.deployment)
        model = gov.catalog.models.get(dep.model) if dep else None
        lic = licence_problem(model, ap.use_case, gov.settings, dep)
        state = "approved" if j["live"] else (ap.status if ap.status != "active" else "suspended")
        rows.append(
            {
                "deployment": ap.deployment,
                "use_case": ap.use_case,
                "state": "licence-forbidden" if lic else state,
                "approval_id": ap.id,
                "data_classes": j["data_classes"],
                "expires_at": j["expires_at"],
                "reason": lic or j["problem"],
            }
        )
    for a in assessments:
        key = (a.deployment, a.use_case)
        if key not in seen:
            seen.add(key)
            rows.append(
                {
                    "deployment": a.deployment,
                    "use_case": a.use_case,
                    "state": f"assessment {a.status}",
                    "approval_id": None,
                    "data_classes": [],
                    "expires_at": None,
                    "reason": f"assessment {a.id} is {a.status}",
                }
            )
    covered = {d for d, _ in seen}
    for dep_id in deployments:
        if dep_id not in covered:
            covered.add(dep_id)
            rows.append(
                {
                    "deployment": dep_id,
                    "use_case": None,
                    "state": "unassessed",
                    "approval_id": None,
                    "data_classes": [],
                    "expires_at": None,
                    "reason": "no assessment",
                }
            )
    return sorted(rows, key=lambda r: (r["deployment"], r["use_case"] or ""))


def approval_warnings(gov: Governance, ap: Approval) -> list[str]:
    """What is near a licence threshold under ``ap`` now: its users this month, the declared
    revenue."""
    out = []
    limit = user_limit(ap.conditions)
    month = month_of(gov.now().astimezone(dt.UTC).isoformat())
    if limit is not None:
        count = gov.users.count(ap.deployment, month)
        if count >= limit.users * gov.settings.threshold_warn_share:
            share = count / limit.users
            out.append(f"{count:,} end users in {month}, {share:.0%} of {limit.users:,}")
    dep = gov.catalog.deployments.get(ap.deployment)
    model = gov.catalog.models.get(dep.model) if dep is not None else None
    over, near = revenue_problem(model, ap.use_case, gov.settings)
    return out + [x for x in (over, near) if x]
