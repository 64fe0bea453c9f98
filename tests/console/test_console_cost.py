"""An unknown cost in the console, over HTTP: an audit row and a record say "unknown", never $0,
the overview's cost total says how many requests it leaves out, and so does a comparison of
eval runs."""

from __future__ import annotations

import re
from contextlib import closing
from typing import Any

import httpx

from kanmon.evals import EvalStore, summarise
from tests.conftest import GatewayFactory, sim_deployment
from tests.console.conftest import http_session
from tests.gateway._util import audit_rows, chat_body, new_key


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

    with closing(http_session(gw.root_url, new_key(gw, roles=["auditor"]))) as auditor:
        rows = _text(auditor.get("/console/audit?model_requested=none").text)
        shown = _text(auditor.get(f"/console/audit/records/{unknown['request_id']}").text)
    assert rows.count("d-none allow — 200 unknown") == 2 and "$0.0000" not in rows
    assert "unknown (no price in the catalog)" in shown

    with closing(http_session(gw.root_url, new_key(gw, roles=["admin"]))) as admin:
        # grouped on each view, and from the hourly roll-up
        overviews = {w: _text(admin.get(f"/console/?window={w}").text) for w in ("1h", "24h")}
    for window, overview in overviews.items():
        assert "not counted: 2 requests of unknown cost" in overview, window


def test_two_eval_runs_compared_say_which_costs_are_unknown(
    gateway: GatewayFactory, sim: Any
) -> None:
    gw = gateway(
        routes={"chat": ["d-main"]},
        deployments=[sim_deployment("d-main", "sim-model", sim.base_url)],
    )
    store = EvalStore(gw.services.db)
    for run_id, cost, detail in (
        ("priced", 0.002, {}),
        ("unpriced", None, {"cost_unknown": "no price"}),
    ):
        store.begin_run(run_id, {"run": run_id})
        row = {
            "suite": "s",
            "model": "m",
            "deployment": "d-main",
            "request_id": None,
            "status": "ok",
            "score": 1.0,
            "passed": True,
            "lang": None,
            "latency_ms": 1.0,
            "prompt_tokens": 3,
            "completion_tokens": 2,
            "cost_usd": cost,
            "cached": False,
            "output": "x",
            "detail": detail,
        }
        store.save_items(run_id, [{**row, "item_id": f"i-{n}"} for n in range(2)])
        store.finish_run(run_id, summarise(store.items(run_id)))
    with closing(http_session(gw.root_url, new_key(gw, roles=["assessor"]))) as assessor:
        page = _text(assessor.get("/console/evals?a=priced&b=unpriced").text)
    assert "Cost (USD) 0.004000 unknown 2 items, no price or no rate" in page
