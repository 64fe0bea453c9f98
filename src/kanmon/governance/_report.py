"""``kanmon assess report``: one assessment as a self-contained HTML page (print it to PDF)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import jinja2

from kanmon.governance._checklist import CHECKLIST
from kanmon.governance._evidence import EvidenceRef, verify
from kanmon.governance._items import SECTIONS
from kanmon.governance._mapping import EU_AI_ACT_TITLES, OWASP_TOP10, coverage
from kanmon.governance._service import Governance
from kanmon.governance._views import assessment_json

_TEMPLATE = "report.html.j2"

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("kanmon.governance", ""),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def _evidence_row(
    gov: Governance, deployment: str, run: str, digest: str, verifies: bool
) -> dict[str, str]:
    if not verifies:
        return {"run": run, "hash": digest, "verified": "not verifiable", "summary": ""}
    dep = gov.catalog.deployments.get(deployment)
    problem = verify(
        EvidenceRef(run, digest), gov.evidence, deployment, dep.entry_hash() if dep else None
    )
    info = gov.evidence.lookup(run)
    return {
        "run": run,
        "hash": digest,
        "verified": f"no: {problem}" if problem else "yes",
        "summary": (info.summary or "") if info else "",
    }


def render_report(gov: Governance, assessment_id: str) -> str:
    a = assessment_json(gov.get(assessment_id), gov)
    sections: dict[str, list[dict[str, Any]]] = {title: [] for title in SECTIONS.values()}
    for item in a["checklist"]:
        sections[item["section"]].append(item)
    evidence = []
    verifies = getattr(gov.evidence, "verifies", True)
    for item in a["checklist"]:
        if item["kind"] == "evidence":
            for ref in item["answer"] or []:
                run, _, h = ref.partition("@sha256:")
                evidence.append(_evidence_row(gov, a["deployment"], run, h, verifies))
    answers = {i["id"]: i["answer"] for i in a["checklist"]}
    reviews = [
        {
            "role": i["answered_by_role"],
            "question": i["question"],
            "outcome": None,
            "note": None,
            "reviewer": None,
            "evidence": [],
            **(i["answer"] or {}),
        }
        for i in a["checklist"]
        if i["kind"] == "review"
    ]
    high_risk = str(answers.get("euaia.high_risk") or "").strip()
    return _ENV.get_template(_TEMPLATE).render(
        reviews=reviews,
        owasp=coverage(CHECKLIST, answers, "owasp", OWASP_TOP10),
        eu_ai_act=coverage(CHECKLIST, answers, "eu_ai_act", EU_AI_ACT_TITLES),
        high_risk=high_risk if high_risk and not high_risk.lower().startswith("none") else None,
        a=a,
        sections=list(sections.items()),
        evidence=evidence,
        residual=answers.get("gov.residual_risk"),
        owners={
            "business": answers.get("gov.business_owner") or "—",
            "risk": answers.get("gov.risk_owner") or "—",
        },
        events=gov.store.events(assessment_id),
        generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
