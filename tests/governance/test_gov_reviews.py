"""Legal, privacy, security and procurement reviews answered by their own roles with evidence;
the EU AI Act and OWASP LLM Top 10 mapping in the checklist and the assessment report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kanmon.catalog import load_catalog
from kanmon.config import GovernanceSettings
from kanmon.errors import BadRequestError, PermissionDeniedError
from kanmon.governance import CHECKLIST, Governance, render_report
from kanmon.governance._mapping import OWASP_TOP10
from kanmon.store import Database, migrate
from tests.conftest import sim_deployment
from tests.governance._gov import REVIEW, full_answers, review_answers

URL = "http://127.0.0.1:9/v1"


def _gov(tmp_path: Path, **settings: Any) -> Governance:
    db = Database(f"sqlite:///{tmp_path / 'r.db'}")
    migrate(db)
    cat = load_catalog(extra_deployments=[sim_deployment("d-x", "m", URL)])
    return Governance(db, cat, GovernanceSettings(**settings))


def _assessment(gov: Governance, use_case: str = "support", **over: Any) -> str:
    a = gov.new_assessment("d-x", use_case, "alice")
    gov.answer(a.id, full_answers(reviews=False), "alice", frozenset({"assessor"}))
    for role, review in review_answers().items():
        gov.answer(a.id, {**review, **over.get(role, {})}, f"{role}-key", frozenset({role}))
    return a.id


def test_every_review_has_its_role_and_every_owasp_risk_an_item() -> None:
    reviews = {i.id: i.role for i in CHECKLIST if i.kind == "review"}
    assert reviews == {
        "review.legal": "legal",
        "review.privacy": "privacy",
        "review.security": "security",
        "review.procurement": "procurement",
    }
    mapped = {o for i in CHECKLIST for o in i.owasp}
    assert mapped == set(OWASP_TOP10)  # LLM03, LLM04, LLM08 and LLM10 included
    articles = {a for i in CHECKLIST for a in i.eu_ai_act}
    assert {"Art. 26(2)", "Art. 50", "Art. 53", "Annex III"} <= articles


def test_reviews_are_answered_by_their_own_roles(tmp_path: Path) -> None:
    gov = _gov(tmp_path, required_reviews=["legal", "privacy", "security", "procurement"])
    a = gov.new_assessment("d-x", "support", "alice")
    with pytest.raises(PermissionDeniedError) as wrong:
        gov.answer(a.id, {"review.legal": REVIEW}, "alice", frozenset({"assessor"}))
    assert wrong.value.code == "review_role_required"
    with pytest.raises(PermissionDeniedError) as not_assessor:
        gov.answer(a.id, {"gov.purpose": "x"}, "lena", frozenset({"legal"}))
    assert not_assessor.value.code == "assessor_role_required"
    done = gov.answer(a.id, {"review.legal": REVIEW}, "lena", frozenset({"legal"}))
    stored = done.answers["review.legal"]
    assert stored["reviewer"] == "lena" and stored["outcome"] == "approved"
    assert stored["evidence"] == REVIEW["evidence"] and stored["at"]
    for bad in (
        {"outcome": "fine", "evidence": ["https://x.example/a"]},
        {"outcome": "approved", "evidence": []},
        {"outcome": "approved", "evidence": ["file:///etc/passwd"]},
        {"outcome": "rejected", "evidence": ["https://x.example/a"]},  # no reason given
        "approved",
    ):
        with pytest.raises(BadRequestError):
            gov.answer(a.id, {"review.legal": bad}, "lena", frozenset({"legal"}))
    # the reviews governance.required_reviews names are required before submitting
    gov.answer(a.id, full_answers(reviews=False), "alice", frozenset({"assessor"}))
    with pytest.raises(BadRequestError, match="review.privacy"):
        gov.submit(a.id, "alice")
    (tmp_path / "lax").mkdir()
    lax = _gov(tmp_path / "lax")
    b = lax.new_assessment("d-x", "support", "alice")
    lax.answer(b.id, full_answers(reviews=False), "alice", frozenset({"assessor"}))
    assert lax.submit(b.id, "alice").status == "submitted"  # none required by default


def test_a_rejected_review_refuses_and_conditions_carry_over(tmp_path: Path) -> None:
    gov = _gov(tmp_path)
    no = _assessment(
        gov, legal={"review.legal": {**REVIEW, "outcome": "rejected", "note": "export control"}}
    )
    gov.submit(no, "alice")
    with pytest.raises(PermissionDeniedError) as refused:
        gov.approve(no, "bob")
    assert refused.value.code == "review_rejected" and "export control" in refused.value.message
    conditional = {
        "review.privacy": {**REVIEW, "outcome": "approved_with_conditions", "note": "DPIA by Q1"}
    }
    yes = _assessment(gov, "sales", privacy=conditional)
    gov.submit(yes, "alice")
    ap = gov.approve(yes, "bob")
    assert "privacy review: DPIA by Q1" in ap.conditions


def test_report_shows_reviews_and_the_regulatory_mapping(tmp_path: Path) -> None:
    gov = _gov(tmp_path)
    aid = _assessment(gov)
    gov.answer(
        aid,
        {"euaia.high_risk": "Annex III 4(a): screening job applications"},
        "alice",
        frozenset({"assessor"}),
    )
    html = render_report(gov, aid)
    for text in (
        "Legal, privacy, security and procurement reviews",
        "procurement-key",
        "https://intranet.example/reviews/2026-11",
        "EU AI Act",
        "Art. 50",
        "High-risk or prohibited use declared: Annex III 4(a)",
        "LLM08",
        "Vector and embedding weaknesses",
        "LLM10",
        "Unbounded consumption",
    ):
        assert text in html, text
    a = gov.get(aid)
    assert a.answers["vendor.terms"] == "no vendor review facts in the catalog"
    assert "Code of Practice" in a.answers["euaia.gpai"]


def test_vendor_terms_prefilled_from_the_catalog(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'v.db'}")
    migrate(db)
    gov = Governance(db, load_catalog(), GovernanceSettings())
    a = gov.new_assessment("claude-opus-5.5@anthropic", "support", "alice")
    assert "DPA: Data Processing Addendum" in a.answers["vendor.terms"]
    assert "signed the EU GPAI Code of Practice" in a.answers["euaia.gpai"]


def test_report_of_an_assessment_without_reviews(tmp_path: Path) -> None:
    gov = _gov(tmp_path)
    a = gov.new_assessment("d-x", "support", "alice")
    html = render_report(gov, a.id)
    assert html.count("not reviewed") == 4
