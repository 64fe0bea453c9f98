"""A deployment with no price has an unknown cost, exactly like a price without a rate: never
free. A key with a USD budget skips it (or is refused ``cost_unknown``), the audit record and
its column say null, the cost metric leaves it out with a log line; token budgets are not
affected, and a deployment explicitly priced 0 stays free."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy import select

from kanmon.gateway import GatewayThread
from kanmon.store import audit_records
from tests.conftest import GatewayFactory, sim_deployment
from tests.gateway._util import new_key
from tests.limits._cost import chat, served_record
from tests.metrics.test_metrics_gateway import scrape, total

FREE = {"input_per_mtok": 0, "output_per_mtok": 0, "as_of": "2026-11-01"}


def _gateway(gateway: GatewayFactory, sim_url: str, **cfg: Any) -> GatewayThread:
    deps = [
        sim_deployment("d-main", "sim-model", sim_url),
        sim_deployment("d-none", "sim-model", sim_url, price=None),
        sim_deployment("d-free", "sim-model", sim_url, price=FREE),
    ]
    routes = {"none": ["d-none"], "none-then-usd": ["d-none", "d-main"], "free": ["d-free"]}
    return gateway(routes=routes, deployments=deps, **cfg)


def _column(gw: GatewayThread, request_id: str) -> Any:
    c = audit_records.c
    assert gw.services is not None
    with gw.services.db.engine.connect() as conn:
        return conn.execute(select(c.cost_usd).where(c.request_id == request_id)).scalar_one()


def test_without_a_price_a_usd_budget_skips_or_refuses_and_the_cost_is_unknown(
    gateway: GatewayFactory, sim: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kanmon.gateway"):
        gw = _gateway(gateway, sim.base_url)
    started = [r.getMessage() for r in caplog.records if r.name == "kanmon.gateway"]
    assert [m for m in started if "no price" in m] == [
        "1 deployment(s) have no price in the catalog (d-none): their cost is unknown, keys with "
        "a USD budget skip them and kanmon_cost_usd_total leaves them out; a price of 0 makes "
        "one free"
    ]
    budgeted = new_key(gw, budget_usd=5.0, budget_period_s=3600)
    r = chat(gw, budgeted, "none")
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "cost_unknown" and err["type"] == "permission_error"
    assert "d-none (no price in the catalog)" in err["message"]
    r = chat(gw, budgeted, "none-then-usd")
    assert r.status_code == 200, r.text
    rec = served_record(gw, "none-then-usd")
    assert rec["deployment"] == "d-main" and rec["cost_usd"] > 0
    assert any("skipped d-none (no price in the catalog)" in x for x in rec["reasons"])
    # an explicit price of 0 is a known cost: free, and open to a USD budget
    r = chat(gw, budgeted, "free")
    assert r.status_code == 200, r.text
    rec = served_record(gw, "free")
    assert rec["deployment"] == "d-free" and rec["cost_usd"] == 0.0
    assert _column(gw, rec["request_id"]) == 0.0
    # a key with only a token budget is served; its cost is unknown, not 0, in the record and
    # in the audit table's column
    tokens_only = new_key(gw, budget_tokens=10_000, budget_period_s=3600)
    r = chat(gw, tokens_only, "none")
    assert r.status_code == 200, r.text
    rec = served_record(gw, "none")
    assert rec["deployment"] == "d-none" and rec["version"] == 6
    assert rec["cost_usd"] is None and rec["cost_native"] is None
    assert rec["prompt_tokens"] + rec["completion_tokens"] > 0
    assert _column(gw, rec["request_id"]) is None


def test_the_cost_metric_leaves_out_a_deployment_without_a_price_with_a_log_line(
    gateway: GatewayFactory, sim: Any, caplog: pytest.LogCaptureFixture
) -> None:
    gw = _gateway(gateway, sim.base_url, metrics={"enabled": True})
    key = new_key(gw)
    assert gw.services is not None
    key_id = gw.services.keys.lookup(key).key_id
    with caplog.at_level(logging.WARNING, logger="kanmon.metrics"):
        for model in ("none", "none", "free"):
            assert chat(gw, key, model).status_code == 200
        m = scrape(gw)
    assert total(m, "kanmon_tokens_total", key=key_id, deployment="d-none") > 0
    assert not [
        s for s in m if s[0] == "kanmon_cost_usd_total" and ("deployment", "d-none") in s[1]
    ]
    assert total(m, "kanmon_tokens_total", key=key_id, deployment="d-free") > 0
    free = [
        v
        for s, v in m.items()
        if s[0] == "kanmon_cost_usd_total" and ("deployment", "d-free") in s[1]
    ]
    assert free == [0.0]  # counted, at 0
    assert total(m, "kanmon_cost_unknown_requests_total", deployment="d-none") == 2
    assert not [
        s
        for s in m
        if s[0] == "kanmon_cost_unknown_requests_total" and ("deployment", "d-free") in s[1]
    ]
    skips = [r.getMessage() for r in caplog.records if r.name == "kanmon.metrics"]
    assert len(skips) == 1 and "d-none: it has no price in the catalog" in skips[0]
