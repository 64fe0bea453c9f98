"""Costs counted in USD on a live gateway: a deployment priced in roubles or yuan counts against
a USD budget, in the audit record and in the cost metric at the operator's rate, and without a
rate its cost is unknown: never zero, never the unconverted amount."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from kanmon.gateway import GatewayThread
from tests.conftest import GatewayFactory, sim_deployment
from tests.gateway._util import new_key
from tests.limits._cost import chat, served_record
from tests.metrics.test_metrics_gateway import scrape, total

RATES = {"as_of": "2026-11-30", "rates": {"RUB": 0.01}}


def _priced(dep_id: str, url: str, currency: str) -> dict[str, Any]:
    price = {"input_per_mtok": 1000, "output_per_mtok": 1000, "currency": currency}
    return sim_deployment(dep_id, "sim-model", url, price={**price, "as_of": "2026-11-01"})


def _gateway(
    gateway: GatewayFactory, sim_url: str, rub: str = "d-rub", **cfg: Any
) -> GatewayThread:
    deps = [
        sim_deployment("d-main", "sim-model", sim_url),
        _priced(rub, sim_url, "RUB"),
        _priced("d-cny", sim_url, "CNY"),
    ]
    routes = {
        "chat": ["d-main"],
        "rub": [rub],
        "cny": ["d-cny"],
        "cny-then-usd": ["d-cny", "d-main"],
    }
    return gateway(routes=routes, deployments=deps, **cfg)


def test_a_rouble_price_counts_against_a_usd_budget_at_the_rate(
    gateway: GatewayFactory, sim: Any
) -> None:
    gw = _gateway(gateway, sim.base_url, pricing=RATES)
    # 1000 RUB per Mtok is 10 USD per Mtok: a request's hold is well under the budget in USD,
    # and 100 times over it if roubles were counted as dollars
    key = new_key(gw, budget_usd=0.005, budget_period_s=3600)
    r = chat(gw, key, "rub")
    assert r.status_code == 200, r.text
    rec = served_record(gw, "rub")
    tokens = rec["prompt_tokens"] + rec["completion_tokens"]
    assert rec["version"] == 6
    assert rec["cost_usd"] == pytest.approx(tokens * 1000 / 1e6 * 0.01)
    assert rec["cost_native"] == {
        "amount": pytest.approx(tokens * 1000 / 1e6),
        "currency": "RUB",
        "usd_per_unit": 0.01,
        "rate_as_of": "2026-11-30",
    }
    r = chat(gw, key, "chat")  # a USD price carries no native cost
    assert r.status_code == 200
    assert served_record(gw, "chat")["cost_native"] is None


def test_without_a_rate_a_usd_budget_skips_or_refuses_and_the_cost_is_unknown(
    gateway: GatewayFactory, sim: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="kanmon.gateway"):
        gw = _gateway(gateway, sim.base_url, pricing=RATES)  # RUB has a rate, CNY none
    started = [r.getMessage() for r in caplog.records if r.name == "kanmon.gateway"]
    assert [m for m in started if "priced in" in m] == [
        "d-cny is priced in CNY and pricing.rates has no CNY rate: its cost is unknown, keys "
        "with a USD budget skip it and kanmon_cost_usd_total leaves it out"
    ]
    budgeted = new_key(gw, budget_usd=5.0, budget_period_s=3600)
    r = chat(gw, budgeted, "cny")
    assert r.status_code == 403, r.text
    err = r.json()["error"]
    assert err["code"] == "cost_unknown" and err["type"] == "permission_error"
    assert "d-cny (priced in CNY)" in err["message"] and "pricing.rates" in err["message"]
    # with another candidate priced in USD, that one serves, and the record says why
    r = chat(gw, budgeted, "cny-then-usd")
    assert r.status_code == 200, r.text
    rec = served_record(gw, "cny-then-usd")
    assert rec["deployment"] == "d-main"
    assert any("skipped d-cny (priced in CNY)" in x for x in rec["reasons"])
    # a key without a USD budget is served; its cost is unknown, not 0 and not in yuan
    tokens_only = new_key(gw, budget_tokens=10_000, budget_period_s=3600)
    r = chat(gw, tokens_only, "cny")
    assert r.status_code == 200, r.text
    rec = served_record(gw, "cny")
    assert rec["deployment"] == "d-cny" and rec["cost_usd"] is None
    assert rec["cost_native"]["currency"] == "CNY" and rec["cost_native"]["usd_per_unit"] is None
    assert rec["cost_native"]["amount"] > 0


def test_the_cost_metric_converts_and_leaves_out_unknown_costs_with_a_log_line(
    gateway: GatewayFactory, sim: Any, caplog: pytest.LogCaptureFixture
) -> None:
    gw = _gateway(gateway, sim.base_url, rub="d-rub-m", pricing=RATES, metrics={"enabled": True})
    key = new_key(gw)
    key_id = gw.services.keys.lookup(key).key_id
    with caplog.at_level(logging.WARNING, logger="kanmon.metrics"):
        for model in ("rub", "cny", "cny"):
            assert chat(gw, key, model).status_code == 200
        m = scrape(gw)
    tin = total(m, "kanmon_tokens_total", direction="in", key=key_id, deployment="d-rub-m")
    tout = total(m, "kanmon_tokens_total", direction="out", key=key_id, deployment="d-rub-m")
    cost = total(m, "kanmon_cost_usd_total", key=key_id, deployment="d-rub-m")
    assert cost == pytest.approx((tin + tout) * 1000 / 1e6 * 0.01)
    assert total(m, "kanmon_tokens_total", key=key_id, deployment="d-cny") > 0
    assert not [s for s in m if s[0] == "kanmon_cost_usd_total" and ("deployment", "d-cny") in s[1]]
    skips = [m.getMessage() for m in caplog.records if m.name == "kanmon.metrics"]
    assert len(skips) == 1 and "d-cny: priced in CNY" in skips[0]  # once, not per request
