"""An unknown cost in the console, over HTTP: an audit row and a record say "unknown", never $0,
and the overview's cost total says how many requests it leaves out."""

from __future__ import annotations

import re
from contextlib import closing
from typing import Any

import httpx

from tests.conftest import GatewayFactory, sim_deployment
from tests.gateway._util import audit_rows, chat_body, new_key


def _session(root: str, key: str) -> httpx.Client:
    c = httpx.Client(base_url=root)
    r = c.get("/console/login")
    token = r.cookies.get("kanmon_login") or c.cookies.get("kanmon_login")
    r = c.post("/console/login", data={"csrf": token or "", "key": key, "next": "/console/"})
    assert r.status_code == 303, r.text
    return c


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_unknown_costs_are_shown_as_unknown_and_counted_apart(
    gateway: GatewayFactory, sim: Any
) -> None:
    deps = [
        sim_deployment("d-main", "sim-model", sim.base_url),
        sim_deployment("d-none", "sim-model", sim.base_url, price=None),
    ]
    gw = gateway(routes={"chat": ["d-main"], "none": ["d-none"]}, deployments=deps)
    app = new_key(gw)
    for model in ("none", "none", "chat"):
        r = httpx.post(
            gw.base_url + "/chat/completions",
            headers={"Authorization": f"Bearer {app}"},
            json=chat_body(model=model, max_tokens=8),
            timeout=30,
        )
        assert r.status_code == 200, r.text
    [unknown, _] = [x for x in audit_rows(gw) if x["model_requested"] == "none"]

    with closing(_session(gw.root_url, new_key(gw, roles=["auditor"]))) as auditor:
        rows = _text(auditor.get("/console/audit?model_requested=none").text)
        shown = _text(auditor.get(f"/console/audit/records/{unknown['request_id']}").text)
    assert rows.count("d-none allow — 200 unknown") == 2 and "$0.0000" not in rows
    assert "unknown (no price in the catalog)" in shown

    with closing(_session(gw.root_url, new_key(gw, roles=["admin"]))) as admin:
        # grouped on each view, and from the hourly roll-up
        overviews = {w: _text(admin.get(f"/console/?window={w}").text) for w in ("1h", "24h")}
    for window, overview in overviews.items():
        assert "not counted: 2 requests of unknown cost" in overview, window
