"""End to end through the gateway with ``governance.enforce: true`` and the openai SDK:
no approval → 403 naming what is missing; approval with evidence → traffic flows and the audit
record cites it; a changed deployment or an expired approval → suspended, rerouted or refused;
all of it on the audit log."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import openai
import pytest

from kanmon.gateway import GatewayThread
from tests.conftest import sim_deployment
from tests.gateway._util import ADMIN_KEY, audit_rows, new_key
from tests.governance._gov import Gov

GOV = {"governance": {"enforce": True}}


def _deps(url: str, main_alias: str = "sim-model") -> list[dict[str, Any]]:
    return [
        sim_deployment("d-main", main_alias, url),
        sim_deployment("d-backup", "sim-model", url),
    ]


def _start(gateway: Any, sim: Any, main_alias: str = "sim-model") -> GatewayThread:
    gw: GatewayThread = gateway(
        routes={"chat": ["d-main", "d-backup"]}, deployments=_deps(sim.base_url, main_alias), **GOV
    )
    return gw


def _client(gw: GatewayThread, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)


def _chat(client: openai.OpenAI) -> Any:
    return client.chat.completions.with_raw_response.create(
        model="chat", messages=[{"role": "user", "content": "hello"}]
    )


def test_unapproved_is_refused_then_approval_lets_traffic_flow(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    app = _client(gw, new_key(gw, use_case="support"))
    with pytest.raises(openai.PermissionDeniedError) as err:
        _chat(app)
    msg = str(err.value)
    assert "use case 'support'" in msg and "data class 'internal'" in msg
    assert "d-main: no approval" in msg and "d-backup: no approval" in msg
    assert err.value.code == "approval_required"

    gov = Gov(gw)
    approval = gov.approved("d-main", "support")
    raw = _chat(app)
    assert raw.parse().choices[0].message.content
    assert raw.headers["x-kanmon-deployment"] == "d-main"
    assert raw.headers["x-kanmon-approval"] == approval
    [rec] = audit_rows(gw, request_id=raw.headers["x-request-id"])
    assert rec["approval_id"] == approval and rec["status"] == 200
    assert rec["data_class"] == "internal" and rec["use_case"] == "support"
    # the refusal is on the log with its reason, and so is the approval itself
    rows = audit_rows(gw)
    refused = [r for r in rows if r["status"] == 403 and r["endpoint"] == "chat.completions"]
    assert refused and refused[0]["decision"] == "block"
    assert any("d-main: no approval" in x for x in refused[0]["reasons"])
    granted = [r for r in rows if r["endpoint"] == "governance.approval.grant"]
    assert [r["approval_id"] for r in granted] == [approval]

    # streams cite the approval too
    stream = app.chat.completions.create(
        model="chat", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    [streamed] = [r for r in audit_rows(gw) if r["stream"]]
    assert streamed["status"] == 200 and streamed["approval_id"] == approval


def test_data_class_outside_the_approval_is_refused_and_revocation(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    approval = gov.approved("d-main", "support")
    hr = _client(gw, new_key(gw, use_case="support", data_class="confidential"))
    with pytest.raises(openai.PermissionDeniedError) as err:
        _chat(hr)
    assert "does not cover data class 'confidential'" in str(err.value)
    app = _client(gw, new_key(gw, use_case="support"))
    assert _chat(app).headers["x-kanmon-approval"] == approval
    r = gov.call(gov.assessor, "POST", f"/admin/approvals/{approval}/revoke", {"reason": "x"})
    assert r.status_code == 403
    r = gov.call(
        gov.approver, "POST", f"/admin/approvals/{approval}/revoke", {"reason": "incident"}
    )
    assert r.status_code == 200 and r.json()["status"] == "revoked"
    with pytest.raises(openai.PermissionDeniedError) as err:
        _chat(app)
    assert f"approval {approval} is revoked (incident)" in str(err.value)


def test_changed_model_version_suspends_and_reroutes(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    main = gov.approved("d-main", "support")
    backup = gov.approved("d-backup", "support")
    key = new_key(gw, use_case="support")
    assert _chat(_client(gw, key)).headers["x-kanmon-deployment"] == "d-main"
    gw.stop()

    # the provider re-pointed the alias: a user override in kanmon.yaml, then a restart
    gw = gov.gw = _start(gateway, sim, main_alias="sim-model-2026-12")
    raw = _chat(_client(gw, key))
    assert raw.headers["x-kanmon-deployment"] == "d-backup"
    assert raw.headers["x-kanmon-approval"] == backup
    [rec] = audit_rows(gw, request_id=raw.headers["x-request-id"])
    assert rec["approval_id"] == backup and rec["decision"] == "reroute"
    assert any("d-main" in r and "is suspended" in r for r in rec["reasons"])

    [susp] = [r for r in audit_rows(gw) if r["endpoint"] == "governance.approval.suspended"]
    assert susp["approval_id"] == main and "changed since approval" in susp["reasons"][0]
    listed = {a["id"]: a for a in gov.call(gov.approver, "GET", "/admin/approvals").json()["data"]}
    assert listed[main]["status"] == "suspended" and not listed[main]["live"]
    assert listed[backup]["live"]
    status = gov.call(gov.approver, "GET", "/admin/governance/status").json()["data"]
    assert {(r["deployment"], r["state"]) for r in status} == {
        ("d-main", "suspended"),
        ("d-backup", "approved"),
    }


def test_expiry_refuses_and_is_recorded(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1.5)
    approval = gov.approved("d-main", "support", expires_at=soon.isoformat())
    app = _client(gw, new_key(gw, use_case="support"))
    assert _chat(app).headers["x-kanmon-approval"] == approval
    time.sleep(max(0.0, (soon - dt.datetime.now(dt.UTC)).total_seconds()) + 0.1)
    with pytest.raises(openai.PermissionDeniedError) as err:
        _chat(app)
    assert f"approval {approval} expired" in str(err.value)
    assert gov.call(gov.approver, "POST", "/admin/governance/refresh").status_code == 200
    [ap] = gov.call(gov.approver, "GET", "/admin/approvals").json()["data"]
    assert ap["status"] == "expired"
    assert [r["approval_id"] for r in audit_rows(gw) if r["endpoint"].endswith("expired")] == [
        approval
    ]


def test_roles_requester_cannot_approve_and_app_keys_are_kept_out(gateway: Any, sim: Any) -> None:
    gw = _start(gateway, sim)
    gov = Gov(gw)
    aid = gov.assess("d-main", "support")
    # an assessor has no approver role
    r = gov.call(gov.assessor, "POST", f"/admin/assessments/{aid}/approve", {})
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_role"
    # a key with both roles still cannot approve what it requested
    both = new_key(gw, ["assessor", "approver"])
    r = gov.call(both, "POST", "/admin/assessments", {"deployment": "d-backup", "use_case": "x"})
    own = r.json()["id"]
    gov.call(
        both, "POST", f"/admin/assessments/{own}/answers", {"answers": _answers(gov, "d-backup")}
    )
    gov.review(own)
    assert gov.call(both, "POST", f"/admin/assessments/{own}/submit").status_code == 200
    r = gov.call(both, "POST", f"/admin/assessments/{own}/approve", {})
    assert r.status_code == 403 and r.json()["error"]["code"] == "separation_of_duties"
    # nor can an admin approve an assessment it requested
    r = gov.call(ADMIN_KEY, "POST", "/admin/assessments", {"deployment": "d-main", "use_case": "y"})
    mine = r.json()["id"]
    gov.call(
        ADMIN_KEY,
        "POST",
        f"/admin/assessments/{mine}/answers",
        {"answers": _answers(gov, "d-main")},
    )
    gov.review(mine)
    gov.call(ADMIN_KEY, "POST", f"/admin/assessments/{mine}/submit")
    r = gov.call(ADMIN_KEY, "POST", f"/admin/assessments/{mine}/approve", {})
    assert r.status_code == 403 and r.json()["error"]["code"] == "separation_of_duties"
    # an app key touches nothing
    app = new_key(gw, ["app"])
    for method, path, body in [
        ("GET", "/admin/assessments", None),
        ("POST", "/admin/assessments", {"deployment": "d-main", "use_case": "z"}),
        ("GET", f"/admin/assessments/{aid}", None),
        ("POST", f"/admin/assessments/{aid}/answers", {"answers": _answers(gov, "d-main")}),
        ("POST", f"/admin/assessments/{aid}/approve", {}),
        ("POST", f"/admin/assessments/{aid}/reject", {"reason": "no"}),
        ("GET", "/admin/approvals", None),
        ("GET", "/admin/governance/status", None),
    ]:
        r = gov.call(app, method, path, body)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "insufficient_role"
    # the real approver can, and the rejections and refusals are audited
    assert (
        gov.call(gov.approver, "POST", f"/admin/assessments/{aid}/approve", {}).status_code == 201
    )
    denied = [
        r for r in audit_rows(gw) if r["status"] == 403 and r["endpoint"].startswith("admin.")
    ]
    assert len(denied) >= 10


def _answers(gov: Gov, deployment: str) -> dict[str, Any]:
    from tests.governance._gov import full_answers

    return full_answers(ref=gov.run_for(deployment), reviews=False)


def test_licence_obligations_at_runtime(gateway: Any, sim: Any) -> None:
    url = sim.base_url
    gw = gateway(
        routes={"qwen": ["d-qwen"], "exaone": ["d-exaone"]},
        deployments=[
            sim_deployment("d-qwen", "sim-model", url, model="qwen2.5-72b-instruct"),
            sim_deployment("d-exaone", "sim-model", url, model="exaone-4.0-32b"),
        ],
        **GOV,
    )
    gov = Gov(gw)
    aid = gov.assess("d-exaone", "support")
    r = gov.call(gov.approver, "POST", f"/admin/assessments/{aid}/approve", {})
    assert r.status_code == 403 and r.json()["error"]["code"] == "licence_forbids"
    assert "research-only" in r.json()["error"]["message"]
    # the licence's duties are acknowledged by the approver and become conditions
    qwen = gov.assess("d-qwen", "support")
    r = gov.call(gov.approver, "POST", f"/admin/assessments/{qwen}/approve", {})
    assert r.status_code == 400 and r.json()["error"]["code"] == "obligations_unacknowledged"
    assert "display 'Built with Qwen'" in r.json()["error"]["message"]
    duties = ["attribution", "mau_threshold", "derivative_terms"]
    r = gov.call(
        gov.approver, "POST", f"/admin/assessments/{qwen}/approve", {"acknowledge": duties}
    )
    assert r.status_code == 201, r.text
    conditions = r.json()["conditions"]
    assert "acknowledged attribution: display 'Built with Qwen'" in conditions
    assert "max_monthly_users: 100000000" in conditions
    app = _client(gw, new_key(gw, use_case="support"))
    with pytest.raises(openai.PermissionDeniedError) as err:
        app.chat.completions.create(model="exaone", messages=[{"role": "user", "content": "x"}])
    assert "licence exaone-1.2-nc" in str(err.value) and "production use case" in str(err.value)
    raw = app.chat.completions.with_raw_response.create(
        model="qwen", messages=[{"role": "user", "content": "x"}]
    )
    assert raw.headers["x-kanmon-attribution"] == "Built with Qwen"


def test_record_cites_the_approval_of_the_fallback_that_served(gateway: Any, sim: Any) -> None:
    url = sim.base_url
    gw = gateway(
        routes={"fallback": ["d-503", "d-main"]},
        deployments=[
            sim_deployment("d-503", "sim-503", url),
            sim_deployment("d-main", "sim-model", url),
        ],
        **GOV,
    )
    gov = Gov(gw)
    first = gov.approved("d-503", "support")
    second = gov.approved("d-main", "support")
    app = _client(gw, new_key(gw, use_case="support"))
    raw = app.chat.completions.with_raw_response.create(
        model="fallback", messages=[{"role": "user", "content": "x"}]
    )
    assert raw.headers["x-kanmon-deployment"] == "d-main"
    assert raw.headers["x-kanmon-approval"] == second != first
    [rec] = audit_rows(gw, request_id=raw.headers["x-request-id"])
    assert [a["deployment"] for a in rec["attempts"]] == ["d-503", "d-main"]
    assert rec["approval_id"] == second
    emb = app.embeddings.with_raw_response.create(model="fallback", input="x")
    [erec] = audit_rows(gw, request_id=emb.headers["x-request-id"])
    assert erec["deployment"] == "d-main" and erec["approval_id"] == second
