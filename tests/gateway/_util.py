"""Small helpers for gateway tests."""

from __future__ import annotations

import weakref
from typing import Any

import httpx
from sqlalchemy import select

from kanmon.gateway import GatewayThread
from kanmon.store import audit_records

ADMIN_KEY = "km-test-admin-0123456789abcdef"


def new_key(gw: GatewayThread, roles: list[str] | None = None, **extra: Any) -> str:
    r = httpx.post(
        gw.root_url + "/admin/keys",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        json={"name": "test", "team": "qa", "roles": roles or ["app"], **extra},
    )
    assert r.status_code == 201, r.text
    key = r.json()["key"]
    assert isinstance(key, str)
    return key


_AUDITORS: weakref.WeakKeyDictionary[GatewayThread, str] = weakref.WeakKeyDictionary()


def auditor_key(gw: GatewayThread) -> str:
    """One auditor key per gateway: reading the log needs the auditor role itself."""
    key = _AUDITORS.get(gw)
    if key is None:
        key = _AUDITORS[gw] = new_key(gw, roles=["auditor"])
    return key


def audit_rows(gw: GatewayThread, **params: Any) -> list[dict[str, Any]]:
    r = httpx.get(
        gw.root_url + "/admin/audit",
        headers={"Authorization": f"Bearer {auditor_key(gw)}"},
        params={"limit": 1000, **params},
    )
    assert r.status_code == 200, r.text
    rows = r.json()["data"]
    assert isinstance(rows, list)
    return rows


def stored_content(gw: GatewayThread) -> dict[str, str | None]:
    """Request id → the content envelope stored beside its record (None when nothing kept)."""
    with gw.services.db.engine.connect() as conn:
        rows = conn.execute(select(audit_records.c.request_id, audit_records.c.content)).all()
    return {r: c for r, c in rows}


def chat_body(model: str = "chat", content: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"model": model, "messages": [{"role": "user", "content": content}], **extra}
