"""A Responses or Messages request that policy holds is polled back, once a reviewer approves
it, in the format it came in — not as a chat completion."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from tests.conftest import GatewayFactory
from tests.gateway._clientapis import start
from tests.gateway._util import audit_rows, new_key

SSN = "my SSN is 482-57-0909, what is the weather?"


@pytest.fixture
def gw(gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path) -> GatewayThread:
    return start(gateway, sim, tmp_path)


def _hold_then_poll(gw: GatewayThread, path: str, body: dict[str, Any]) -> tuple[str, Any]:
    key = new_key(gw)
    headers = {"Authorization": f"Bearer {key}", "anthropic-version": "2023-06-01"}
    r = httpx.post(gw.base_url + path, headers=headers, json=body)
    assert r.status_code == 403, r.text
    rid = r.headers["x-kanmon-review-id"]
    reviewer = {"Authorization": f"Bearer {new_key(gw, ['reviewer'])}"}
    ok = httpx.post(f"{gw.root_url}/admin/reviews/{rid}/approve", headers=reviewer)
    assert ok.status_code == 200, ok.text
    done = httpx.get(f"{gw.root_url}/v1/reviews/{rid}", headers={"Authorization": f"Bearer {key}"})
    assert done.status_code == 200 and done.json()["status"] == "completed", done.text
    return rid, done.json()["result"]


def test_held_responses_request_is_answered_as_a_response(gw: GatewayThread) -> None:
    rid, result = _hold_then_poll(gw, "/responses", {"model": "tools", "input": SSN})
    assert result["object"] == "response" and result["status"] == "completed"
    assert result["id"].startswith("resp_")
    assert any(item["type"] in ("message", "function_call") for item in result["output"])
    ran = [r for r in audit_rows(gw) if r["review_id"] == rid and r["status"] == 200]
    assert [r["endpoint"] for r in ran if not r["endpoint"].startswith("review.")] == ["responses"]


def test_held_messages_request_is_answered_as_a_message(gw: GatewayThread) -> None:
    body = {"model": "tools", "max_tokens": 64, "messages": [{"role": "user", "content": SSN}]}
    _, result = _hold_then_poll(gw, "/messages", body)
    assert result["type"] == "message" and result["role"] == "assistant"
    assert result["id"].startswith("msg_")
    assert result["content"] and result["stop_reason"] in ("end_turn", "tool_use")
