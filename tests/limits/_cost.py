"""Helpers of the cost tests (a currency without a rate, a deployment without a price)."""

from __future__ import annotations

from typing import Any

import httpx

from kanmon.gateway import GatewayThread
from tests.gateway._util import audit_rows, chat_body


def chat(gw: GatewayThread, key: str, model: str) -> httpx.Response:
    return httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(model=model, max_tokens=16),
        timeout=30,
    )


def served_record(gw: GatewayThread, model: str) -> dict[str, Any]:
    """The one audit record of a request for ``model`` that was served."""
    rows = [r for r in audit_rows(gw) if r["model_requested"] == model and r["status"] == 200]
    assert len(rows) == 1
    return rows[0]
