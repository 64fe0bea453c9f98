"""The ``human_review`` approval condition is enforced: requests that may be served under such
an approval wait in the review queue, run once a reviewer approves them (after governance is
checked again) and cite the approval; approvals without it are not held."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import pytest

from tests.conftest import sim_deployment
from tests.gateway._util import audit_rows, new_key
from tests.governance._gov import Gov

ASK = {"model": "chat", "messages": [{"role": "user", "content": "refund order 1234?"}]}


def _start(gateway: Any, sim: Any) -> tuple[Any, Gov, openai.OpenAI]:
    gw = gateway(
        routes={"chat": ["d-main"], "plain": ["d-backup"]},
        deployments=[
            sim_deployment("d-main", "sim-model", sim.base_url),
            sim_deployment("d-backup", "sim-model", sim.base_url),
        ],
        governance={"enforce": True},
    )
    app = openai.OpenAI(
        base_url=gw.base_url, api_key=new_key(gw, use_case="support"), max_retries=0
    )
    return gw, Gov(gw), app


def _held(app: openai.OpenAI, **extra: Any) -> str:
    with pytest.raises(openai.PermissionDeniedError) as info:
        app.chat.completions.create(**{**ASK, **extra})  # type: ignore[call-overload]
    assert info.value.code == "held_for_review"
    assert isinstance(info.value.body, dict)
    rid = info.value.body["review_id"]
    assert isinstance(rid, str)
    return rid


def test_human_review_condition_holds_until_a_reviewer_approves(gateway: Any, sim: Any) -> None:
    gw, gov, app = _start(gateway, sim)
    approval = gov.approved("d-main", "support", conditions=["human_review: refunds"])
    gov.approved("d-backup", "support", conditions=["ticket owner informed"])
    # an approval without the condition is not held
    plain = app.chat.completions.with_raw_response.create(**{**ASK, "model": "plain"})
    assert plain.parse().choices[0].message.content
    rid = _held(app)
    _held(app, stream=True)  # a stream waits too (its answer comes back as one completion)
    with pytest.raises(openai.PermissionDeniedError) as info:  # the queue takes chat only
        app.embeddings.create(model="chat", input="refund")
    assert info.value.code == "human_review_required"

    caller = {"Authorization": f"Bearer {app.api_key}"}
    assert httpx.get(f"{gw.root_url}/v1/reviews/{rid}", headers=caller).json()["status"] == (
        "pending"
    )
    rev = {"Authorization": f"Bearer {new_key(gw, ['reviewer'])}"}
    shown = httpx.get(f"{gw.root_url}/admin/reviews/{rid}", headers=rev).json()
    assert shown["rule_ids"] == ["governance.human_review"]
    assert shown["deployments"] == ["d-main"]
    assert f"approval {approval} requires human review" in shown["reasons"][0]
    r = httpx.post(f"{gw.root_url}/admin/reviews/{rid}/approve", headers=rev)
    assert r.status_code == 200, r.text
    done = httpx.get(f"{gw.root_url}/v1/reviews/{rid}", headers=caller).json()
    assert done["status"] == "completed", done
    assert done["result"]["choices"][0]["message"]["content"]
    rows = [x for x in audit_rows(gw) if x["review_id"] == rid]
    [held] = [x for x in rows if x["endpoint"] == "chat.completions" and x["status"] == 403]
    assert held["decision"] == "hold" and held["approval_id"] == approval
    [ran] = [x for x in rows if x["endpoint"] == "chat.completions" and x["status"] == 200]
    assert ran["approval_id"] == approval and ran["deployment"] == "d-main"


def test_reviewed_request_is_refused_if_the_approval_went_meanwhile(gateway: Any, sim: Any) -> None:
    gw, gov, app = _start(gateway, sim)
    approval = gov.approved("d-main", "support", conditions=["human_review"])
    rid = _held(app)
    r = gov.call(
        gov.approver, "POST", f"/admin/approvals/{approval}/revoke", {"reason": "incident"}
    )
    assert r.status_code == 200, r.text
    rev = {"Authorization": f"Bearer {new_key(gw, ['reviewer'])}"}
    assert httpx.post(f"{gw.root_url}/admin/reviews/{rid}/approve", headers=rev).is_success
    caller = {"Authorization": f"Bearer {app.api_key}"}
    done = httpx.get(f"{gw.root_url}/v1/reviews/{rid}", headers=caller).json()
    assert done["status"] == "failed" and done["result"] is None
    rows = [x for x in audit_rows(gw) if x["review_id"] == rid]
    [ran] = [x for x in rows if x["endpoint"] == "chat.completions" and x["decision"] == "block"]
    assert ran["status"] == 403
    assert f"governance: d-main: approval {approval} is revoked (incident)" in ran["reasons"]
