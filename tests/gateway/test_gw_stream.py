"""Streaming edge cases: client disconnects, and failing closed when the audit log is down."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import httpx

from tests.gateway._util import audit_rows, chat_body, new_key


def test_client_disconnect_mid_stream_is_recorded(gateway) -> None:  # type: ignore[no-untyped-def]
    gw = gateway()
    key = new_key(gw)
    with httpx.stream(
        "POST",
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body("slow", content="a long story " * 20, stream=True),
        timeout=10,
    ) as r:
        rid = r.headers["x-request-id"]
        for line in r.iter_lines():
            if line.startswith("data: {"):
                break
    deadline = time.monotonic() + 10
    rows: list[dict[str, object]] = []
    while time.monotonic() < deadline:
        rows = audit_rows(gw, request_id=rid)
        if rows:
            break
        time.sleep(0.05)
    [rec] = rows
    assert rec["status"] == 499 and rec["error_code"] == "client_disconnected"
    assert rec["stream"] is True


def test_audit_down_means_no_answer(gateway, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gw = gateway()
    key = new_key(gw)
    ok = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(),
    )
    assert ok.status_code == 200
    with sqlite3.connect(tmp_path / "kanmon.db") as db:
        db.execute("DROP TABLE audit_records")
    r = httpx.post(
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(),
    )
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "service_unavailable"
    assert "choices" not in r.text
    with httpx.stream(
        "POST",
        gw.base_url + "/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(stream=True),
    ) as s:
        events = [x for x in s.iter_lines() if x.startswith("data: ")]
    # Streamed content cannot be called back, but the caller is told the record is missing.
    assert '"service_unavailable"' in events[-2] and events[-1] == "data: [DONE]"
