"""Total cost of ownership arithmetic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kanmon.core import Deployment, Price, UsdRate
from kanmon.errors import EvalError
from kanmon.evals import summarise
from kanmon.evals._runner import _cost
from kanmon.evals._tco import (
    HOURS_PER_MONTH,
    SelfHosted,
    Workload,
    api_cost,
    breakeven_requests,
    compare_costs,
    self_hosted_cost,
)


def dep(inp: float, out: float) -> Deployment:
    return Deployment(
        id=f"api-{inp}-{out}",
        model="m",
        provider="p",
        provider_entity="e",
        provider_jurisdiction="US",
        processing_region="US",
        base_url="http://127.0.0.1:1",
        model_alias="m",
        price=Price(input_per_mtok=inp, output_per_mtok=out, as_of=dt.date(2026, 1, 1)),
    )


W = Workload(requests_per_month=1_000_000, prompt_tokens=500, completion_tokens=300)


def test_api_cost_from_catalog_price() -> None:
    c = api_cost(dep(1.0, 2.0), W)
    # 1e6 × (500 × 1 + 300 × 2) / 1e6 = 1100 USD
    assert c.monthly_usd == pytest.approx(1100.0)
    assert c.per_1k_requests_usd == pytest.approx(1.1)


def test_self_hosted_always_on_and_scale_to_zero() -> None:
    sh = SelfHosted(gpu_price_per_hour=2.0, throughput_tps=1000, utilisation=0.5)
    # 3e8 output tokens / (1000 × 0.5 × 3600) = 166.7 busy hours → one replica always on
    assert self_hosted_cost(sh, W).monthly_usd == pytest.approx(HOURS_PER_MONTH * 2.0)
    lean = SelfHosted(2.0, 1000, utilisation=0.5, always_on=False)
    assert self_hosted_cost(lean, W).monthly_usd == pytest.approx(3e8 / 1_800_000 * 2.0)
    big = Workload(10_000_000, 500, 300)  # 1667 busy hours → 3 replicas
    assert self_hosted_cost(sh, big).monthly_usd == pytest.approx(3 * HOURS_PER_MONTH * 2.0)


def test_breakeven_and_ordering() -> None:
    sh = SelfHosted(gpu_price_per_hour=2.0, throughput_tps=1000, utilisation=0.5)
    api = dep(1.0, 2.0)
    be = breakeven_requests(api, sh, W)
    assert be == pytest.approx(HOURS_PER_MONTH * 2.0 / 0.0011)
    assert breakeven_requests(dep(0.001, 0.001), sh, W) is None  # replica can't serve that many
    lines = compare_costs([api, dep(0.1, 0.2)], W, sh)
    assert [c.monthly_usd for c in lines] == sorted(c.monthly_usd for c in lines)
    assert {c.kind for c in lines} == {"api", "self-hosted"}
    with pytest.raises(EvalError):
        SelfHosted(1.0, 0.0)


def priced(**price: float) -> Deployment:
    return dep(1.0, 2.0).model_copy(
        update={
            "price": Price(
                input_per_mtok=1.0, output_per_mtok=2.0, as_of=dt.date(2026, 1, 1), **price
            )
        }  # fmt: skip
    )


def test_cached_input_and_off_peak_prices() -> None:
    cached = priced(cached_input_per_mtok=0.1)
    w = Workload(1_000_000, 500, 300, cached_share=0.5)
    # 250 × 1 + 250 × 0.1 + 300 × 2 = 875 USD a month
    assert api_cost(cached, w).monthly_usd == pytest.approx(875.0)
    assert api_cost(dep(1.0, 2.0), w).monthly_usd == pytest.approx(1100.0)  # no cached price
    off = priced(off_peak_input_per_mtok=0.5, off_peak_output_per_mtok=1.0)
    half = Workload(1_000_000, 500, 300, off_peak_share=0.5)
    # half the requests at 1100, half at 550
    assert api_cost(off, half).monthly_usd == pytest.approx(825.0)
    both = priced(
        cached_input_per_mtok=0.1, off_peak_input_per_mtok=0.5, off_peak_output_per_mtok=1.0
    )
    w2 = Workload(1_000_000, 500, 300, cached_share=0.5, off_peak_share=1.0)
    # off-peak cached input at half the cached price: 250 × 0.5 + 250 × 0.05 + 300 × 1
    assert api_cost(both, w2).monthly_usd == pytest.approx(437.5)
    with pytest.raises(EvalError):
        Workload(1, 1, 1, cached_share=1.5)


def test_fixed_costs_and_reserved_capacity() -> None:
    assert api_cost(dep(1.0, 2.0), W, fixed_monthly=500).monthly_usd == pytest.approx(1600.0)
    reserved = SelfHosted(2.0, 1000, utilisation=0.5, reserved_replicas=2,
                          reserved_price_per_hour=1.5, fixed_monthly=1000)  # fmt: skip
    # two reserved replicas all month at 1.5, the workload needs one: 2 × 730 × 1.5 + 1000
    assert self_hosted_cost(reserved, W).monthly_usd == pytest.approx(2 * 730 * 1.5 + 1000)
    big = Workload(10_000_000, 500, 300)  # needs 3 replicas: 2 reserved + 1 on demand
    assert self_hosted_cost(reserved, big).monthly_usd == pytest.approx(
        2 * 730 * 1.5 + 730 * 2.0 + 1000
    )
    lean = SelfHosted(2.0, 1000, utilisation=0.5, always_on=False, reserved_replicas=1,
                      reserved_price_per_hour=1.0)  # fmt: skip
    # 1667 busy hours: 730 on the reserved replica, 937 on demand
    busy = 3e9 / 1_800_000
    assert self_hosted_cost(lean, big).monthly_usd == pytest.approx(730 * 1.0 + (busy - 730) * 2.0)


def test_breakeven_is_the_first_crossing_of_line_and_staircase() -> None:
    sh = SelfHosted(gpu_price_per_hour=2.0, throughput_tps=1000, utilisation=0.5)
    api = dep(1.0, 2.0)
    be = breakeven_requests(api, sh, W)
    assert (
        be is not None
        and self_hosted_cost(sh, W.scaled(be)).monthly_usd
        <= api_cost(api, W.scaled(be)).monthly_usd
    )
    assert (
        api_cost(api, W.scaled(be * 0.99)).monthly_usd
        < self_hosted_cost(sh, W.scaled(be * 0.99)).monthly_usd
    )
    # a platform fee on the API brings the crossing forward
    earlier = breakeven_requests(api, sh, W, api_fixed_monthly=500)
    assert earlier is not None and earlier < be


def test_cost_report_html_and_cli(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kanmon.cli.main import _register, app
    from kanmon.evals import cost_report_html

    sh = SelfHosted(gpu_price_per_hour=2.0, throughput_tps=1000, utilisation=0.5)
    deps = [dep(1.0, 2.0), dep(0.1, 0.2)]
    html = cost_report_html(compare_costs(deps, W, sh), deps, W, sh)
    assert "<svg" in html and "break-even api-1.0-2.0" in html and "self-hosted" in html
    assert "api-0.1-0.2: never" in html
    _register()
    out = tmp_path / "cost.html"
    r = CliRunner().invoke(
        app,
        ["eval", "cost", "--deployments", "deepseek-v4-flash@deepseek-cn,gpt-5@openai-eu",
         "--cached-share", "0.5", "--off-peak-share", "0.5", "--gpu-price", "2.5",
         "--throughput", "900", "--reserved-replicas", "1", "--reserved-gpu-price", "1.6",
         "--self-hosted-fixed-monthly", "4000", "--html", str(out)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "327.38" in r.output  # DeepSeek's cached and off-peak prices from the catalog
    assert "5,168.00" in r.output  # one reserved replica all month + fixed costs
    assert "breaks even with gpt-5@openai-eu from 1,42" in r.output
    assert "<svg" in out.read_text()


def _in(d: Deployment, currency: str) -> Deployment:
    assert d.price is not None
    price = d.price.model_copy(update={"currency": currency})
    return d.model_copy(update={"id": f"{d.id}-{currency}", "price": price})


def test_a_price_in_another_currency_is_converted_or_labelled_never_mixed() -> None:
    rate = UsdRate(usd_per_unit=0.01, as_of=dt.date(2026, 11, 30))
    rub = _in(dep(100.0, 200.0), "RUB").in_usd({"RUB": rate})
    c = api_cost(rub, W, fixed_monthly=50.0)
    assert c.currency == "USD" and c.monthly_usd == pytest.approx(1100.0 + 50.0)  # 110000 RUB
    assert "at 0.01 USD/RUB (rate as of 2026-11-30)" in c.detail
    cny = _in(dep(1.0, 2.0), "CNY")  # no rate: in yuan, labelled, the USD fee not added to it
    n = api_cost(cny, W, fixed_monthly=50.0)
    assert n.currency == "CNY" and n.monthly_usd == pytest.approx(1100.0)
    assert n.amount(n.monthly_usd) == "1,100.00 CNY" and "no rate in pricing.rates" in n.detail
    cheap = dep(0.1, 0.1)
    assert [x.name for x in compare_costs([cny, rub, cheap], W, None)] == [
        cheap.id,
        rub.id,
        cny.id,  # after every USD line, whatever its amount
    ]
    sh = SelfHosted(gpu_price_per_hour=2.0, throughput_tps=1000, utilisation=0.5)
    assert breakeven_requests(cny, sh, W) is None
    assert breakeven_requests(rub, sh, W) == pytest.approx(breakeven_requests(dep(1, 2), sh, W))


def test_eval_items_keep_the_native_cost_and_the_summary_counts_unknown_ones() -> None:
    rub = Price(
        input_per_mtok=1000, output_per_mtok=1000, currency="RUB", as_of=dt.date(2026, 1, 1)
    )
    rate = UsdRate(usd_per_unit=0.01, as_of=dt.date(2026, 11, 30))
    usd, native = _cost(rub.in_usd({"RUB": rate}), 600, 400)
    assert usd == pytest.approx(0.01) and native["amount"] == pytest.approx(1.0)
    assert native["usd_per_unit"] == 0.01 and native["rate_as_of"] == "2026-11-30"
    usd, native = _cost(rub, 600, 400)  # no rate: NULL in the USD column, the roubles kept
    assert usd is None and native["currency"] == "RUB" and native["usd_per_unit"] is None
    assert _cost(None, 600, 400) == (None, {})  # no price at all: unknown too
    assert _cost(Price(input_per_mtok=1, output_per_mtok=1, as_of=rate.as_of), 600, 400) == (
        pytest.approx(0.001),
        {},
    )
    row = {
        "suite": "s",
        "model": "m",
        "lang": None,
        "latency_ms": 1.0,
        "cached": False,
        "score": 1.0,
        "passed": True,
        "status": "ok",
        "prompt_tokens": 600,
        "completion_tokens": 400,
        "deployment": "d",
    }
    items = [
        {**row, "cost_usd": 0.001, "detail": {}},
        {**row, "cost_usd": usd, "detail": {"cost_native": native}},
    ]
    agg = summarise(items)["models"]["m"]
    assert agg["cost_usd"] == pytest.approx(0.001) and agg["cost_unknown_items"] == 1
    assert "cost_unknown_items" not in summarise(items[:1])["models"]["m"]
    assert agg["cost_per_1k_items_usd"] is None  # a rate over them would count them as free
    # no price at all: as unknown as a price without a rate, not a free item; a row written
    # before migration 0012 held 0 and only its detail said so
    unpriced = {**row, "cost_usd": None, "detail": {"cost_unknown": "no price"}}
    old = {**unpriced, "cost_usd": 0.0}
    for agg in (summarise([*items, r])["models"]["m"] for r in (unpriced, old)):
        assert agg["cost_usd"] == pytest.approx(0.001) and agg["cost_unknown_items"] == 2
    agg = summarise(items[1:] + [unpriced])["models"]["m"]  # nothing known: no sum at all
    assert agg["cost_usd"] is None and agg["cost_unknown_items"] == 2
