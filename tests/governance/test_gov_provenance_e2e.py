"""Through the gateway with enforcement on: a licence's territory refused at approval and per
request (the caller's territory as a use-case attribute and as a key attribute), and a monthly
user limit counted from the requests' end-user ids."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import pytest

from kanmon.gateway import GatewayThread
from tests.conftest import sim_deployment
from tests.gateway._util import ADMIN_KEY, audit_rows, new_key
from tests.governance._gov import Gov

AUP = ["acceptable_use_policy"]


def _start(gateway: Any, sim: Any) -> GatewayThread:
    url = sim.base_url
    gw: GatewayThread = gateway(
        routes={"hunyuan-eu": ["d-eu"], "hunyuan": ["d-sg"]},
        deployments=[
            sim_deployment(
                "d-eu", "sim-model", url, model="hunyuan-a13b", processing_region="EU-DE"
            ),
            sim_deployment("d-sg", "sim-model", url, model="hunyuan-a13b", processing_region="SG"),
        ],
        governance={
            "enforce": True,
            "use_cases": {"kr-support": {"territories": ["KR"]}},
            "threshold_warn_share": 0.9,
        },
    )
    return gw


def _ask(gw: GatewayThread, key: str, model: str, user: str | None = None) -> Any:
    extra = {"user": user} if user else {}
    with openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0) as client:
        return client.chat.completions.with_raw_response.create(
            model=model, messages=[{"role": "user", "content": "hi"}], **extra
        )


def test_territory_refused_at_approval_and_at_runtime(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    eu = gov.assess("d-eu", "support")
    r = gov.call(gov.approver, "POST", f"/admin/assessments/{eu}/approve", {"acknowledge": AUP})
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "licence_territory"
    assert "excludes EU" in err["message"] and "EU-DE" in err["message"]

    gov.approved("d-sg", "support", acknowledge=AUP)
    kr_assessment = gov.assess("d-sg", "kr-support")
    r = gov.call(
        gov.approver, "POST", f"/admin/assessments/{kr_assessment}/approve", {"acknowledge": AUP}
    )
    assert r.status_code == 403 and "where the use case's callers are" in r.text
    # and per request, whatever approvals exist: a caller in Korea is refused
    kr = new_key(gw, use_case="kr-support")
    with pytest.raises(openai.PermissionDeniedError) as refused:
        _ask(gw, kr, "hunyuan")
    assert "where the use case's callers are" in str(refused.value)
    ok = _ask(gw, new_key(gw, use_case="support"), "hunyuan")
    assert ok.headers["x-kanmon-deployment"] == "d-sg"


def test_key_territory_refused_at_runtime(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    approval = gov.approved("d-sg", "support", acknowledge=AUP)
    # the licence (Hunyuan-A13B's) excludes the EU, the UK and Korea: a key whose callers are
    # in Korea is refused, whatever approval its use case holds
    kr = new_key(gw, use_case="support", territory=["kr"])
    with pytest.raises(openai.PermissionDeniedError) as refused:
        _ask(gw, kr, "hunyuan")
    err = refused.value.body
    assert isinstance(err, dict) and err["code"] == "licence_territory"
    assert "excludes KR, where the calling key's callers are" in err["message"]
    # a key without a territory, or elsewhere, is served under the same approval
    for key in (new_key(gw, use_case="support"), new_key(gw, use_case="support", territory=["JP"])):
        ok = _ask(gw, key, "hunyuan")
        assert ok.headers["x-kanmon-approval"] == approval
    # a key in a member state is in the EU, which the licence excludes
    de = new_key(gw, use_case="support", territory=["DE"])
    with pytest.raises(openai.PermissionDeniedError, match="excludes EU"):
        _ask(gw, de, "hunyuan")


def test_key_territory_is_validated_and_listed(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    body = {"name": "t", "team": "qa", "territory": ["Korea"]}
    r = httpx.post(gw.root_url + "/admin/keys", headers=admin, json=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"] == "territory" and "Korea" in r.json()["error"]["message"]
    body["territory"] = ["uk", "EU", "fr,FR"]
    r = httpx.post(gw.root_url + "/admin/keys", headers=admin, json=body)
    assert r.status_code == 201 and r.json()["territory"] == ["EU", "FR", "GB"]
    listed = httpx.get(gw.root_url + "/admin/keys", headers=admin).json()["data"]
    assert [k["territory"] for k in listed if k["id"] == r.json()["id"]] == [["EU", "FR", "GB"]]


def test_monthly_user_limit_counts_end_users(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    approval = gov.approved("d-sg", "support", acknowledge=AUP, conditions=["max_monthly_users: 2"])
    key = new_key(gw, use_case="support")
    first = _ask(gw, key, "hunyuan", user="user-1@example.com")
    assert "x-kanmon-warning" not in first.headers
    second = _ask(gw, key, "hunyuan", user="user-2@example.com")
    assert "2 end users" in second.headers["x-kanmon-warning"]
    with pytest.raises(openai.PermissionDeniedError) as full:
        _ask(gw, key, "hunyuan", user="user-3@example.com")
    assert "max_monthly_users: 2" in str(full.value)
    again = _ask(gw, key, "hunyuan", user="user-1@example.com")  # a known user is served
    assert again.headers["x-kanmon-approval"] == approval
    [rec] = audit_rows(gw, request_id=first.headers["x-request-id"])
    assert rec["end_user"] and len(rec["end_user"]) == 32 and "user-1" not in str(rec)
    # the approval shows the warning too
    r = gov.call(gov.approver, "GET", "/admin/approvals")
    [shown] = [a for a in r.json()["data"] if a["id"] == approval]
    assert shown["warnings"] and "100%" in shown["warnings"][0]
