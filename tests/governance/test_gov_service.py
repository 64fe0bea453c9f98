"""The governance service without a gateway: fingerprints, evidence, licences, flags, the
checklist's control mapping, the CLI and the HTML report."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from kanmon.catalog import Catalog, load_catalog
from kanmon.config import GovernanceSettings
from kanmon.core import Principal, deployment_fingerprint
from kanmon.errors import (
    ApprovalRequiredError,
    BadRequestError,
    ConflictError,
    PermissionDeniedError,
)
from kanmon.governance import (
    CHECKLIST,
    ApprovalIndex,
    Enforcer,
    EvalRunInfo,
    Governance,
    parse_ref,
)
from kanmon.request import Exchange
from kanmon.store import Database, migrate
from tests.conftest import sim_deployment
from tests.governance._gov import evidence, full_answers, record_run

URL = "http://127.0.0.1:9/v1"


def _model(flags: list[str], **licence: Any) -> dict[str, Any]:
    return {
        "id": "gov-test-model",
        "name": "Governance test model",
        "family": "test",
        "vendor": "Test vendor",
        "vendor_jurisdiction": "ZZ",
        "open_weights": True,
        "licence": {"id": "test-licence", "name": "Test licence", "obligations": licence},
        "flags": flags,
    }


def _catalog(
    tmp_path: Path, *, flags: list[str] = (), alias: str = "m1", **licence: Any
) -> Catalog:
    path = tmp_path / "extra.yaml"
    path.write_text(yaml.safe_dump({"models": [_model(list(flags), **licence)]}))
    dep = sim_deployment("d-x", alias, URL, model="gov-test-model")
    return load_catalog([path], [dep])


def _gov(
    tmp_path: Path, catalog: Catalog, records: list[Any] | None = None, **s: Any
) -> Governance:
    db = Database(f"sqlite:///{tmp_path / 'g.db'}")
    migrate(db)
    sink = records.append if records is not None else None
    return Governance(db, catalog, GovernanceSettings(**s), record=sink)


def _submitted(gov: Governance, use_case: str = "support") -> str:
    a = gov.new_assessment("d-x", use_case, "alice")
    gov.answer(a.id, full_answers(), "alice")
    gov.submit(a.id, "alice")
    return a.id


def test_checklist_items_are_unique_and_mapped() -> None:
    assert len({i.id for i in CHECKLIST}) == len(CHECKLIST)
    for i in CHECKLIST:
        assert i.nist and all(
            n.split()[0] in ("GOVERN", "MAP", "MEASURE", "MANAGE") for n in i.nist
        )
        assert i.iso and all(x.startswith("A.") for x in i.iso)
    sections = {i.section for i in CHECKLIST}
    assert sections == {
        "governance",
        "data",
        "deployment",
        "security",
        "resilience",
        "signoff",
        "regulation",
    }
    assert {i.prefill for i in CHECKLIST if i.prefill} == {
        "provider",
        "licence",
        "hosting",
        "retention",
        "price",
        "vendor_review",
        "gpai",
    }


def test_fingerprint_follows_version_price_and_licence(tmp_path: Path) -> None:
    base = _catalog(tmp_path)
    fp = deployment_fingerprint(base.deployments["d-x"], base.models["gov-test-model"])
    assert fp.startswith("sha256:") and len(fp) == 71
    again = _catalog(tmp_path)
    assert deployment_fingerprint(again.deployments["d-x"], again.models["gov-test-model"]) == fp
    moved = _catalog(tmp_path, alias="m2")
    assert deployment_fingerprint(moved.deployments["d-x"], moved.models["gov-test-model"]) != fp
    nc = _catalog(tmp_path, non_commercial=True)
    assert deployment_fingerprint(nc.deployments["d-x"], nc.models["gov-test-model"]) != fp


def test_evidence_references_are_validated() -> None:
    ref = parse_ref(evidence("run-7"))
    assert ref.run_id == "run-7" and len(ref.content_hash) == 64
    for bad in ("run-7", "run-7@sha256:abc", "run 7@sha256:" + "a" * 64, "@sha256:" + "a" * 64):
        with pytest.raises(BadRequestError):
            parse_ref(bad)


def test_workflow_rules(tmp_path: Path) -> None:
    records: list[Any] = []
    gov = _gov(tmp_path, _catalog(tmp_path), records)
    a = gov.new_assessment("d-x", "support", "alice")
    assert a.answers["dep.licence"].startswith("Test licence")
    assert "retention" in a.answers["data.retention"] and a.answers["dep.hosting"]
    with pytest.raises(ConflictError):
        gov.new_assessment("d-x", "support", "carol")
    with pytest.raises(BadRequestError, match="incomplete"):
        gov.submit(a.id, "alice")
    with pytest.raises(BadRequestError, match="unknown data class"):
        gov.answer(a.id, {"data.classes": ["secret-ish"]}, "alice")
    with pytest.raises(BadRequestError, match="not an evidence reference"):
        gov.answer(a.id, {"sec.hallucination": ["run-1"]}, "alice")
    gov.answer(a.id, full_answers(["public", "internal"]), "alice")
    gov.submit(a.id, "alice")
    with pytest.raises(PermissionDeniedError, match="separation of duties"):
        gov.approve(a.id, "alice")
    with pytest.raises(BadRequestError, match="subset"):
        gov.approve(a.id, "bob", data_classes=["confidential"])
    with pytest.raises(BadRequestError, match="'human_review: <note for the reviewer>'"):
        gov.approve(a.id, "bob", conditions=["Human review of refunds"])  # would not be enforced
    with pytest.raises(BadRequestError, match="unknown data class 'secret-ish'"):
        gov.approve(a.id, "bob", data_classes=["secret-ish"])
    # a validity the CLI could pass (NaN, an infinity, beyond the maximum): refused, where NaN
    # and infinity were a ValueError or an OverflowError out of the command
    for days in (float("nan"), float("inf"), 0.0, -1.0, 1e9):
        with pytest.raises(BadRequestError, match="valid_days must be") as e:
            gov.approve(a.id, "bob", valid_days=days)
        assert e.value.param == "valid_days", days
    ap = gov.approve(a.id, "bob", data_classes=["internal"], conditions=[" human_review ", "x"])
    assert ap.conditions == ("human_review", "x")
    assert ap.data_classes == {"internal"} and ap.evidence == (evidence(),)
    assert gov.get(a.id).status == "approved"
    # re-assessing: answer again, submit, approve → the old approval is superseded
    gov.answer(a.id, {"gov.purpose": "narrower purpose"}, "alice")
    gov.submit(a.id, "alice")
    ap2 = gov.approve(a.id, "bob")
    statuses = {x.id: x.status for x in gov.approvals()}
    assert statuses == {ap.id: "superseded", ap2.id: "active"}
    actions = [e["action"] for e in gov.store.events(a.id)]
    assert actions.count("approval.grant") == 2 and "assessment.submit" in actions
    assert {r.endpoint for r in records} >= {
        "governance.assessment.create",
        "governance.assessment.submit",
        "governance.approval.grant",
    }


def test_non_commercial_model_never_for_production(tmp_path: Path) -> None:
    cat = _catalog(tmp_path, non_commercial=True, attribution="Built with Test")
    gov = _gov(tmp_path, cat, non_production_use_cases=["research"])
    aid = _submitted(gov, "support")
    with pytest.raises(PermissionDeniedError, match="non-commercial"):
        gov.approve(aid, "bob")
    ap = gov.approve(_submitted(gov, "research"), "bob", acknowledge=["attribution"])
    index = ApprovalIndex(gov.approvals(), cat, gov.settings)
    now = dt.datetime.now(dt.UTC).timestamp()
    assert index.check("d-x", "research", "internal", now) == (ap.id, "")
    assert "non-commercial" in index.check("d-x", "support", "internal", now)[1]
    assert index.attribution("d-x") == "Built with Test"


def test_new_sanction_flag_suspends(tmp_path: Path) -> None:
    records: list[Any] = []
    gov = _gov(tmp_path, _catalog(tmp_path, flags=["government_use_bans"]), records)
    assert "government_use_bans" in gov.new_assessment("d-x", "other", "al").answers["dep.provider"]
    ap = gov.approve(_submitted(gov), "bob")
    assert gov.reconcile() == []  # flags known at approval do not suspend
    gov.catalog = _catalog(tmp_path, flags=["government_use_bans", "us_entity_list"])
    [changed] = gov.reconcile()
    assert changed.id == ap.id and changed.status == "suspended"
    assert "us_entity_list" in (changed.status_reason or "")
    assert records[-1].endpoint == "governance.approval.suspended"
    assert records[-1].approval_id == ap.id
    assert gov.reconcile() == []  # once
    index = ApprovalIndex(gov.approvals(), gov.catalog, gov.settings)
    ok, why = index.check("d-x", "support", "internal", dt.datetime.now(dt.UTC).timestamp())
    assert ok is None and "suspended" in why


def test_cli_assess_approve_status_report(tmp_path: Path) -> None:
    from kanmon.cli.main import _register, app

    _register()
    cfg = tmp_path / "kanmon.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "store": {"url": f"sqlite:///{tmp_path / 'k.db'}"},
                "deployments": [sim_deployment("d-cli", "sim-model", URL)],
                "routes": {"chat": {"deployments": ["d-cli"]}},
            }
        )
    )
    # the eval store holds a finished run of d-cli (the built-in evidence source verifies it)
    from kanmon.catalog import load_configured as load_catalog_for
    from kanmon.config import load_config

    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    dep = load_catalog_for(load_config(cfg), cfg).deployments["d-cli"]
    ref = record_run(db, dep, "run-2026-11-20-001")
    db.close()
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump(full_answers(ref=ref, reviews=False)))
    runner = CliRunner()

    def kanmon(*args: str) -> Any:
        return runner.invoke(app, [*args, "--config", str(cfg)])

    r = kanmon("assess", "new", "d-cli", "support", "--as", "alice", "--json")
    assert r.exit_code == 0, r.output
    aid = json.loads(r.output)["id"]
    r = kanmon("assess", "answer", aid, "--file", str(answers), "--as", "alice")
    assert "ready to submit" in r.output  # reviews are optional unless required_reviews
    for role in ("legal", "privacy", "security", "procurement"):
        link = f"https://intranet.example/{role}/d-cli"
        r = kanmon("assess", "answer", aid, "--review", role, "--evidence", link, "--as", role)
        assert r.exit_code == 0, r.output
    assert "ready to submit" in r.output
    r = kanmon("assess", "answer", aid, "--set", "gov.residual_risk=low: internal FAQ only")
    assert r.exit_code == 0, r.output
    assert kanmon("assess", "submit", aid, "--as", "alice").exit_code == 0
    r = kanmon("assess", "approve", aid, "--as", "alice")
    assert isinstance(r.exception, PermissionDeniedError)
    r = kanmon("assess", "approve", aid, "--as", "bob", "--days", "30", "--json")
    assert r.exit_code == 0, r.output
    approval = json.loads(r.output)
    assert approval["live"] and approval["approved_by"] == "cli:bob"
    r = kanmon("govern", "status", "--json")
    [row] = json.loads(r.output)["data"]
    assert row["state"] == "approved" and row["approval_id"] == approval["id"]
    assert "d-cli" in kanmon("assess", "list").output
    assert "MISSING" not in kanmon("assess", "show", aid).output
    out = tmp_path / "report.html"
    r = kanmon("assess", "report", aid, "--output", str(out))
    assert r.exit_code == 0, r.output
    html = out.read_text()
    assert approval["id"] in html and "low: internal FAQ only" in html
    assert "NIST AI RMF MEASURE 2.7" in html and "ISO/IEC 42001 A.6.2.4" in html
    assert "run-2026-11-20-001" in html and "cli:bob" in html and "@media print" in html
    assert "hallucination on d-cli: 1.000 ≥ 0.8 pass (OWASP-LLM09:2025)" in html
    assert "<td>yes</td>" in html


class _Evals:
    """An eval store as governance sees it."""

    verifies = True

    def __init__(self, *runs: EvalRunInfo) -> None:
        self.runs = {r.run_id: r for r in runs}

    def lookup(self, run_id: str) -> EvalRunInfo | None:
        return self.runs.get(run_id)

    def runs_for(self, deployment: str) -> list[EvalRunInfo]:
        return [r for r in self.runs.values() if deployment in r.deployments]


def test_eval_store_prefills_and_verifies_evidence(tmp_path: Path) -> None:
    inj = EvalRunInfo("run-inj", "cd" * 32, ("d-x", "d-y"), covers=("sec.injection_leakage",))
    other = EvalRunInfo("run-other", "ef" * 32, ("d-elsewhere",), covers=("sec.hallucination",))
    gov = _gov(tmp_path, _catalog(tmp_path))
    gov.evidence = _Evals(inj, other)
    a = gov.new_assessment("d-x", "support", "alice")
    assert a.answers["sec.injection_leakage"] == [inj.ref]
    assert "sec.hallucination" not in a.answers
    with pytest.raises(BadRequestError, match="not in the eval store"):
        gov.answer(a.id, {"sec.hallucination": [evidence("run-missing")]}, "alice")
    with pytest.raises(BadRequestError, match="has hash"):
        gov.answer(a.id, {"sec.hallucination": [f"run-inj@sha256:{'00' * 32}"]}, "alice")
    with pytest.raises(BadRequestError, match="tested d-elsewhere"):
        gov.answer(a.id, {"sec.hallucination": [other.ref]}, "alice")
    b = gov.answer(a.id, {"sec.hallucination": [inj.ref]}, "alice")
    assert b.answers["sec.hallucination"] == [inj.ref]


def test_enforcer_use_case_and_data_class_precedence(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    gov = _gov(tmp_path, cat)
    gov.approve(_submitted(gov), "bob", conditions=["human_review: refunds"])
    settings = GovernanceSettings(enforce=True, use_case_required=True)
    enforcer = Enforcer(ApprovalIndex(gov.approvals(), cat, settings), settings)

    def ex(use_case: str | None, floor: str | None, classified: str | None) -> Exchange:
        who = Principal("k1", "app", "t", frozenset({"app"}), use_case=use_case, data_class=floor)
        e = Exchange(endpoint="chat.completions", principal=who, model="chat")
        e.candidates = [cat.deployments["d-x"]]
        e.data_class = classified
        return e

    with pytest.raises(ApprovalRequiredError, match="no use case") as err:
        asyncio.run(enforcer(ex(None, None, None)))
    assert err.value.code == "use_case_required"
    e = ex("support", None, None)
    asyncio.run(enforcer(e))
    assert e.data_class == "internal" and e.approval_id is not None
    assert e.conditions == ("human_review: refunds",)
    assert e.review_approvals == (e.approval_id,)
    with pytest.raises(ApprovalRequiredError, match="'confidential'"):
        asyncio.run(enforcer(ex("support", "confidential", None)))
    # the classified class wins over the key's floor (classification never lowers a floor)
    with pytest.raises(ApprovalRequiredError, match="'restricted'"):
        asyncio.run(enforcer(ex("support", "internal", "restricted")))
