"""Approvals on provenance facts: licence territory (region and the use case's callers), the
duties an approver acknowledges, user-count and revenue thresholds, approval rules; all of it
checked when approving, again when the catalog or the rules change, and per request."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.catalog import Catalog, load_catalog
from kanmon.config import GovernanceSettings
from kanmon.core import Principal
from kanmon.core.record import RECORD_VERSION, AuditRecord
from kanmon.core.territory import (
    excluded,
    in_region,
    parse_codes,
    region_territories,
    territory_problem,
)
from kanmon.errors import (
    ApprovalRequiredError,
    BadRequestError,
    ConfigError,
    PermissionDeniedError,
)
from kanmon.governance import ApprovalIndex, Enforcer, Governance, build_governance
from kanmon.governance._users import MonthlyUsers, end_user_id
from kanmon.governance._views import approval_warnings
from kanmon.request import Exchange
from kanmon.store import Database, migrate
from tests.conftest import sim_deployment
from tests.governance._gov import full_answers

URL = "http://127.0.0.1:9/v1"


def _licence(**obligations: Any) -> dict[str, Any]:
    return {"id": "test-licence", "name": "Test licence", "obligations": obligations}


def _catalog(
    tmp_path: Path,
    *,
    region: str = "SG",
    vendor_jurisdiction: str = "ZZ",
    flags: tuple[str, ...] = (),
    **obligations: Any,
) -> Catalog:
    model = {
        "id": "m-test",
        "name": "Test model",
        "family": "test",
        "vendor": "Test vendor",
        "vendor_jurisdiction": vendor_jurisdiction,
        "open_weights": True,
        "licence": _licence(**obligations),
        "flags": list(flags),
    }
    path = tmp_path / "extra.yaml"
    path.write_text(yaml.safe_dump({"models": [model]}))
    dep = sim_deployment("d-x", "m1", URL, model="m-test", processing_region=region)
    return load_catalog([path], [dep])


def _gov(tmp_path: Path, catalog: Catalog, **settings: Any) -> Governance:
    db = Database(f"sqlite:///{tmp_path / 'g.db'}")
    migrate(db)
    return Governance(db, catalog, GovernanceSettings(**settings))


def _submitted(gov: Governance, use_case: str = "support", classes: list[str] | None = None) -> str:
    a = gov.new_assessment("d-x", use_case, "alice")
    gov.answer(a.id, full_answers(classes), "alice")
    gov.submit(a.id, "alice")
    return a.id


# -- territory ------------------------------------------------------------------------------


def test_key_territory_codes_and_problem() -> None:
    assert parse_codes(["kr, uk", "EU", "", "fr"]) == ("EU", "FR", "GB", "KR")
    with pytest.raises(ValueError, match="Korea, X1"):
        parse_codes(["KR", "Korea", "X1"])
    why = territory_problem(["KR"], "US", ["US"], ["KR"])
    assert why is not None and "where the calling key's callers are" in why
    assert territory_problem(["KR"], "US", [], ["JP"]) is None
    # the use case's callers are named first when both are excluded
    assert "use case" in (territory_problem(["KR", "GB"], "US", ["GB"], ["KR"]) or "")


def test_territory_of_regions_and_exclusions() -> None:
    assert region_territories("EU-DE") == {"EU", "DE"}
    assert region_territories("FR") == {"FR", "EU"}
    assert region_territories("US-VA") == {"US"}
    assert region_territories("uk") == {"GB"}
    assert region_territories("LOCAL") == set()
    assert region_territories("UNKNOWN") is None and region_territories("GLOBAL-EX-CN") is None
    assert excluded(["EU", "GB", "KR"], ["DE"]) == ["EU"]
    assert excluded(["DE"], ["EU"]) == ["DE"]  # somewhere in the EU may be Germany
    assert excluded(["EU"], ["US"]) == []
    assert in_region("FR", ["EU"]) and in_region("EU-DE", ["EU"]) and not in_region("US", ["EU"])
    assert in_region("UNKNOWN", ["UNKNOWN"]) and not in_region("UNKNOWN", ["EU"])
    assert territory_problem([], "UNKNOWN") is None
    assert "does not say" in (territory_problem(["EU"], "SELF-HOSTED") or "")
    assert "callers" in (territory_problem(["KR"], "US", ["KR"]) or "")
    assert territory_problem(["KR"], "US", ["US", "JP"]) is None


def test_approval_refused_where_the_licence_excludes_the_region(tmp_path: Path) -> None:
    """A model licensed 'not in the EU, UK or South Korea' cannot be approved on an EU-DE
    deployment, and is refused at runtime even under an approval made before the check."""
    cat = _catalog(tmp_path, region="EU-DE", territory_exclusions=["EU", "GB", "KR"])
    gov = _gov(tmp_path, cat)
    aid = _submitted(gov)
    with pytest.raises(PermissionDeniedError, match="excludes EU, where processing region EU-DE"):
        gov.approve(aid, "bob")
    index = ApprovalIndex(gov.approvals(), cat, gov.settings)
    now = dt.datetime.now(dt.UTC).timestamp()
    ok, why = index.check("d-x", "support", "internal", now)
    assert ok is None and "licence test-licence of m-test" in why


def test_callers_territory_is_a_use_case_attribute(tmp_path: Path) -> None:
    cat = _catalog(tmp_path, region="US", territory_exclusions=["KR"])
    gov = _gov(tmp_path, cat, use_cases={"korea-support": {"territories": ["KR"]}})
    with pytest.raises(PermissionDeniedError) as info:
        gov.approve(_submitted(gov, "korea-support"), "bob")
    assert info.value.code == "licence_territory" and "callers" in info.value.message
    ap = gov.approve(_submitted(gov, "us-support"), "bob")  # callers elsewhere: fine
    index = ApprovalIndex(gov.approvals(), cat, gov.settings)
    now = dt.datetime.now(dt.UTC).timestamp()
    assert index.check("d-x", "us-support", "internal", now) == (ap.id, "")
    assert "callers" in index.check("d-x", "korea-support", "internal", now)[1]


def test_a_territory_learned_later_suspends_the_approval(tmp_path: Path) -> None:
    records: list[AuditRecord] = []
    gov = _gov(tmp_path, _catalog(tmp_path, region="SG"))
    gov._record = records.append
    ap = gov.approve(_submitted(gov), "bob")
    # the use case's callers turn out to be in Korea, and the licence excludes it
    gov.catalog = _catalog(tmp_path, region="SG")
    gov.settings = GovernanceSettings(use_cases={"support": {"territories": ["KR"]}})
    assert gov.reconcile() == []  # no exclusions in this licence
    gov.catalog = _catalog(tmp_path, region="SG", territory_exclusions=["KR"])
    [changed] = gov.reconcile()
    assert changed.id == ap.id and changed.status == "suspended"
    assert records[-1].endpoint == "governance.approval.suspended"


# -- duties and thresholds ------------------------------------------------------------------


def test_duties_are_acknowledged_and_recorded(tmp_path: Path) -> None:
    cat = _catalog(
        tmp_path,
        attribution="Built with Test",
        mau_threshold=1000,
        acceptable_use_policy=True,
    )
    gov = _gov(tmp_path, cat)
    aid = _submitted(gov)
    with pytest.raises(BadRequestError) as info:
        gov.approve(aid, "bob", acknowledge=["attribution"])
    assert info.value.code == "obligations_unacknowledged"
    assert "mau_threshold: a separate licence above 1,000 monthly users" in info.value.message
    with pytest.raises(BadRequestError, match="not a duty"):
        gov.approve(aid, "bob", acknowledge=["attribution", "mau_threshold", "nonsense"])
    ap = gov.approve(
        aid, "bob", acknowledge=["attribution", "mau_threshold", "acceptable_use_policy"]
    )
    assert ap.conditions == (
        "acknowledged attribution: display 'Built with Test'",
        "acknowledged mau_threshold: a separate licence above 1,000 monthly users",
        "acknowledged acceptable_use_policy: the acceptable-use policy of test-licence",
        "max_monthly_users: 1000",
    )


def test_approver_may_set_a_lower_user_limit_not_a_higher_one(tmp_path: Path) -> None:
    gov = _gov(tmp_path, _catalog(tmp_path, mau_threshold=1000))
    with pytest.raises(BadRequestError, match="above the licence's threshold"):
        gov.approve(
            _submitted(gov),
            "bob",
            acknowledge=["mau_threshold"],
            conditions=["max_monthly_users: 5000"],
        )
    ap = gov.approve(
        _submitted(gov, "other"),
        "bob",
        acknowledge=["mau_threshold"],
        conditions=["max_monthly_users: 10"],
    )
    assert [c for c in ap.conditions if "monthly" in c and "acknowledged" not in c] == [
        "max_monthly_users: 10"
    ]
    with pytest.raises(BadRequestError, match="invalid_condition|max_monthly_users: <N>"):
        gov.approve(_submitted(gov, "third"), "bob", conditions=["max monthly users: lots"])


def test_revenue_thresholds_against_declared_revenue(tmp_path: Path) -> None:
    licence = {"revenue_threshold_usd": 20_000_000, "revenue_period": "month"}
    cat = _catalog(tmp_path, **licence)
    gov = _gov(
        tmp_path,
        cat,
        use_cases={
            "big": {"monthly_revenue_usd": 25_000_000},
            "near": {"monthly_revenue_usd": 17_000_000},
            "small": {"monthly_revenue_usd": 1_000_000},
        },
    )
    with pytest.raises(PermissionDeniedError) as info:
        gov.approve(_submitted(gov, "big"), "bob", acknowledge=["revenue_threshold"])
    assert info.value.code == "licence_threshold" and "125%" in info.value.message
    near = gov.approve(_submitted(gov, "near"), "bob", acknowledge=["revenue_threshold"])
    assert any("85%" in w for w in approval_warnings(gov, near))
    small = gov.approve(_submitted(gov, "small"), "bob", acknowledge=["revenue_threshold"])
    assert approval_warnings(gov, small) == []
    # a yearly threshold compares twelve months of declared revenue
    yearly = _catalog(tmp_path, revenue_threshold_usd=100_000_000)
    gov.catalog = yearly
    gov.settings = GovernanceSettings(use_cases={"x": {"monthly_revenue_usd": 9_000_000}})
    with pytest.raises(PermissionDeniedError, match="108,000,000 revenue per year"):
        gov.approve(_submitted(gov, "x"), "bob", acknowledge=["revenue_threshold"])


def test_monthly_users_refuse_new_users_past_the_limit(tmp_path: Path) -> None:
    cat = _catalog(tmp_path, mau_threshold=2)
    gov = _gov(tmp_path, cat, enforce=True, threshold_warn_share=0.5)
    ap = gov.approve(_submitted(gov), "bob", acknowledge=["mau_threshold"])
    enforcer = Enforcer(ApprovalIndex(gov.approvals(), cat, gov.settings), gov.settings)
    principal = Principal("k1", "app", "team", frozenset({"app"}), use_case="support")

    async def serve(user: str | None) -> Exchange:
        ex = Exchange(
            endpoint="chat.completions",
            principal=principal,
            body={"messages": [], **({"user": user} if user else {})},
            candidates=[cat.deployments["d-x"]],
        )
        await enforcer(ex)
        ex.deployment = ex.candidates[0]
        enforcer.served(ex)
        return ex

    import asyncio

    first = asyncio.run(serve("alice@example.com"))
    assert first.approval_id == ap.id and first.end_user == end_user_id(
        {"user": "alice@example.com"}
    )
    assert first.end_user and "alice" not in first.end_user
    second = asyncio.run(serve("bob@example.com"))
    assert any(b"x-kanmon-warning" == k for k, _ in second.headers)  # 2 of 2: warned
    with pytest.raises(ApprovalRequiredError, match="max_monthly_users: 2"):
        asyncio.run(serve("carol@example.com"))
    # users already counted this month are still served, and so are requests naming none
    assert asyncio.run(serve("alice@example.com")).approval_id == ap.id
    assert asyncio.run(serve(None)).approval_id == ap.id


def test_monthly_users_are_read_back_from_the_audit_log(tmp_path: Path) -> None:
    from kanmon.audit import AuditWriter

    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    migrate(db)
    writer = AuditWriter(db)
    now = dt.datetime.now(dt.UTC)
    last_month = (now.replace(day=1) - dt.timedelta(days=1)).isoformat()

    def rec(n: int, ts: str, user: str | None, status: int = 200, dep: str = "d-x") -> AuditRecord:
        return AuditRecord(
            version=RECORD_VERSION,
            request_id=f"req-{n}",
            ts=ts,
            key_id="k",
            team="t",
            endpoint="chat.completions",
            model_requested="chat",
            deployment=dep,
            status=status,
            end_user=user,
        )

    writer.write_many(
        [
            rec(1, now.isoformat(), "u1"),
            rec(2, now.isoformat(), "u1"),
            rec(3, now.isoformat(), "u2"),
            rec(4, now.isoformat(), "u3", status=502),  # not served: not counted
            rec(5, last_month, "u4"),  # another month
            rec(6, now.isoformat(), None),
            rec(7, now.isoformat(), "u5", dep="d-y"),
        ]
    )
    users = MonthlyUsers()
    assert users.sync(db, now) == 6
    month = now.isoformat()[:7]
    assert users.count("d-x", month) == 2 and users.count("d-y", month) == 1
    writer.write_many([rec(8, now.isoformat(), "u6")])
    assert users.sync(db, now) == 1 and users.count("d-x", month) == 3
    assert users.sync(db, now) == 0
    writer.close()
    # a new month starts from zero
    users.add("d-x", "2999-01", "u1")
    assert users.count("d-x", month) == 0 and users.count("d-x", "2999-01") == 1


# -- approval rules -------------------------------------------------------------------------


def test_approval_rules_refuse_or_require_conditions(tmp_path: Path) -> None:
    rules = [
        {
            "id": "no-cn-weights-for-confidential",
            "deployment": {"vendor_jurisdiction_in": ["CN"]},
            "data_class_at_least": "confidential",
            "message": "confidential data only to models made outside CN",
        },
        {
            "id": "review-open-weights-hosted-abroad",
            "deployment": {"open_weights": True, "region_not_in": ["EU"]},
            "require_conditions": ["human_review"],
        },
    ]
    cat = _catalog(tmp_path, vendor_jurisdiction="CN")
    gov = _gov(tmp_path, cat, approval_rules=rules)
    aid = _submitted(gov, classes=["internal", "confidential"])
    with pytest.raises(PermissionDeniedError) as info:
        gov.approve(aid, "bob", conditions=["human_review"])
    assert info.value.code == "approval_rule" and "no-cn-weights-for-confidential" in str(
        info.value.message
    )
    with pytest.raises(BadRequestError) as need:
        gov.approve(aid, "bob", data_classes=["internal"])
    assert need.value.code == "conditions_required" and "human_review" in need.value.message
    ap = gov.approve(aid, "bob", data_classes=["internal"], conditions=["human_review: spot"])
    assert ap.data_classes == {"internal"}
    # a rule added later suspends the approval it now forbids
    stricter = [{"id": "no-cn-weights", "deployment": {"vendor_jurisdiction_in": ["CN"]}}]
    gov.settings = GovernanceSettings(approval_rules=stricter)
    [changed] = gov.reconcile()
    assert changed.status == "suspended" and "no-cn-weights" in (changed.status_reason or "")


def test_approval_rule_with_an_unknown_class_is_a_config_error(tmp_path: Path) -> None:
    cat = _catalog(tmp_path)
    db = Database(f"sqlite:///{tmp_path / 'c.db'}")
    migrate(db)
    bad = GovernanceSettings(
        approval_rules=[
            {"id": "r", "deployment": {"open_weights": True}, "data_class_at_least": "secret"}
        ]
    )
    with pytest.raises(ConfigError, match="approval_rules.r.data_class_at_least"):
        build_governance(db, cat, bad, record=None)
