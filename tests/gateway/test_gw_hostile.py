"""What a hostile or careless client finds: every route refuses every role it does not name,
a reviewer cannot decide their own request, and malformed bodies are clean 400s."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from kanmon.core.principal import ROLES
from kanmon.gateway import GatewayThread
from tests.gateway._util import ADMIN_KEY, audit_rows, new_key
from tests.policy._policies import write_policy

SSN = {"model": "chat", "messages": [{"role": "user", "content": "my SSN is 482-57-0909"}]}


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_every_route_refuses_every_role_it_does_not_name(gateway: Any, tmp_path: Path) -> None:
    """Walks the whole route table: a new route cannot be added without its roles."""
    gw = gateway(policy={"file": str(write_policy(tmp_path))})
    keys = {role: new_key(gw, [role]) for role in ROLES}
    checked = 0
    for route in gw.app.routes:
        if not route.roles:
            continue
        path = route.path.replace("{", "").replace("}", "")  # params as placeholder ids
        for role in ROLES:
            r = httpx.request(
                route.method,
                gw.root_url + path,
                headers=_auth(keys[role]),
                json={} if route.method in ("POST", "PUT") else None,
            )
            allowed = role in route.roles or (role == "admin" and not route.own)
            refused = r.status_code == 403 and r.json()["error"]["code"] == "insufficient_role"
            assert refused is not allowed, (route.method, route.path, role, r.status_code, r.text)
            assert r.status_code < 500, (route.path, role, r.text)
            checked += 1
    assert checked >= 25 * len(ROLES)


def _held(gw: GatewayThread, key: str) -> str:
    r = httpx.post(gw.base_url + "/chat/completions", headers=_auth(key), json=SSN)
    assert r.status_code == 403 and r.json()["error"]["code"] == "held_for_review", r.text
    rid = r.json()["error"]["review_id"]
    assert isinstance(rid, str)
    return rid


def test_four_eyes_on_the_review_queue(gateway: Any, tmp_path: Path) -> None:
    gw = gateway(policy={"file": str(write_policy(tmp_path))})
    alice_app = new_key(gw, ["app", "reviewer"], owner="alice@corp")
    alice_rev = new_key(gw, ["reviewer"], owner="alice@corp")
    alice_admin = new_key(gw, ["admin"], owner="alice@corp")
    bob = new_key(gw, ["reviewer"], owner="bob@corp")

    def decide(key: str, rid: str, **body: Any) -> httpx.Response:
        return httpx.post(
            f"{gw.root_url}/admin/reviews/{rid}/approve", headers=_auth(key), json=body
        )

    rid = _held(gw, alice_app)
    for key in (alice_app, alice_rev, alice_admin):  # the sender, another key of hers, her admin
        r = decide(key, rid)
        assert r.status_code == 403 and r.json()["error"]["code"] == "four_eyes", r.text
    r = decide(alice_rev, rid, override_four_eyes=True)  # only an admin may override
    assert r.status_code == 403 and r.json()["error"]["code"] == "four_eyes"
    assert decide(bob, rid).status_code == 200

    rid2 = _held(gw, alice_app)
    r = decide(alice_admin, rid2, override_four_eyes=True, note="on call, nobody else here")
    assert r.status_code == 200, r.text
    [rec] = [
        x for x in audit_rows(gw) if x["endpoint"] == "review.approve" and x["review_id"] == rid2
    ]
    assert "review.four_eyes_override" in rec["rule_ids"]
    assert any("four-eyes override" in reason for reason in rec["reasons"])
    events = httpx.get(f"{gw.root_url}/admin/reviews/{rid2}", headers=_auth(bob)).json()["events"]
    assert any((e["note"] or "").startswith("[four-eyes override]") for e in events)


def _deep(levels: int) -> str:
    return '{"x":' * levels + "1" + "}" * levels


@pytest.mark.parametrize("path", ["/chat/completions", "/embeddings", "/chat/completions#s"])
def test_json_nested_too_deep_is_a_400(gateway: Any, path: str) -> None:
    gw = gateway()
    key = new_key(gw)
    base = (
        '{"model":"chat","messages":[{"role":"user","content":"hi"}]'
        if "chat" in path
        else '{"model":"chat","input":"hi"'
    )
    if path.endswith("#s"):
        base += ',"stream":true'
    for levels in (300, 1000):
        body = base + ',"metadata_extra":' + _deep(levels) + "}"
        r = httpx.post(
            gw.base_url + path.split("#")[0],
            headers={**_auth(key), "content-type": "application/json"},
            content=body,
        )
        assert r.status_code == 400, r.text
        assert r.json()["error"]["code"] == "json_too_deep"


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("stream", "yes"),
        ("temperature", "0.5"),
        ("max_tokens", "10"),
        ("n", "1"),
        ("top_p", True),
        ("stream_options", {"include_usage": "true"}),
        ("seed", 1.5),
    ],
)
def test_wrongly_typed_parameters_are_refused(gateway: Any, param: str, value: Any) -> None:
    gw = gateway()
    body = {"model": "chat", "messages": [{"role": "user", "content": "hi"}], param: value}
    r = httpx.post(gw.base_url + "/chat/completions", headers=_auth(new_key(gw)), json=body)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"].split(".")[0] == param


def test_models_retrieve(gateway: Any) -> None:
    gw = gateway()
    app = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw, models=["chat"]), max_retries=0)
    m = app.models.retrieve("chat")
    assert m.id == "chat" and m.object == "model"
    assert (m.model_extra or {})["kanmon"]["deployments"][0]["id"] == "d-main"
    for name in ("nope", "fallback"):  # unknown, and not allowed to this key
        with pytest.raises(openai.NotFoundError):
            app.models.retrieve(name)


def test_admin_parameters_are_validated(gateway: Any) -> None:
    gw = gateway()
    auditor = new_key(gw, ["auditor"])
    for query in ("from_size=2&size=1", "leaf=5&size=2", "leaf=-1", "leaf=1&from_size=1", ""):
        r = httpx.get(f"{gw.root_url}/admin/audit/proof?{query}", headers=_auth(auditor))
        assert r.status_code == 400, (query, r.text)
    r = httpx.post(
        f"{gw.root_url}/admin/audit/erase",
        headers=_auth(ADMIN_KEY),
        json={"older_than_days": 1e308},
    )
    assert r.status_code == 400 and r.json()["error"]["param"] == "older_than_days"


def test_a_source_guessing_keys_is_refused_but_known_keys_from_it_still_work(
    gateway: Any,
) -> None:
    gw = gateway(keys={"failed_auth_per_minute": 5, "failed_auth_interval_s": 3600})
    good = new_key(gw)
    body = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}

    def chat(key: str) -> httpx.Response:
        return httpx.post(gw.base_url + "/chat/completions", headers=_auth(key), json=body)

    assert chat(good).status_code == 200  # authenticated once: vouched for
    for i in range(5):
        assert chat(f"km-nope-{i}").status_code == 401
    refused = chat("km-nope-again")
    assert refused.status_code == 429 and refused.json()["error"]["code"] == (
        "too_many_auth_failures"
    )
    assert int(refused.headers["retry-after"]) >= 1
    assert chat(good).status_code == 200  # same address, a key it knows
    fresh = new_key(gw)  # valid, but never seen from here: refused for a minute
    assert chat(fresh).status_code == 429
    failures = gw.services.auth.failures
    assert failures.flush(everything=True) == 1
    deadline = time.monotonic() + 10
    while not (rows := [r for r in audit_rows(gw) if r["endpoint"] == "auth.failed"]):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    [rec] = rows
    assert rec["count"] == 7 and rec["decision"] == "deny"  # 5 failed, 2 refused
    assert "5 failed authentication(s) from 127.0.0.1" in rec["reasons"][0]
    assert not [r for r in audit_rows(gw) if r["status"] in (401, 429) and r["count"] == 1]
