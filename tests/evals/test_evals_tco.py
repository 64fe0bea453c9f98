"""Total cost of ownership arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from kanmon.core import Deployment, Price
from kanmon.errors import EvalError
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
