"""Prices in other currencies than USD: the operator's rates in kanmon.yaml (``pricing``), how
they are validated, and how the catalog attaches them to prices without changing any entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from kanmon.catalog import load_catalog, load_configured
from kanmon.config import load_config
from kanmon.core import Price, UsdRate
from kanmon.errors import ConfigError

RUB = "yandexgpt@yandex-cloud"  # the shipped catalog's RUB price
CNY = "qwen3-max@dashscope-cn"  # and its CNY one
AS_OF = dt.date(2026, 11, 30)


def _config(tmp_path: Path, pricing: object) -> Path:
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump({"pricing": pricing}))
    return path


def test_usd_cost_converts_at_the_rate_and_is_unknown_without_one() -> None:
    rub = Price(input_per_mtok=1200, output_per_mtok=1200, currency="RUB", as_of=AS_OF)
    assert rub.cost(1000, 1000) == pytest.approx(2.4)  # in roubles
    assert rub.usd_cost(1000, 1000) is None and not rub.usd_known  # unknown, neither 0 nor 2.4
    rate = UsdRate(usd_per_unit=0.0125, as_of=AS_OF)
    converted = rub.in_usd({"RUB": rate})
    assert converted.usd_known and converted.to_usd == rate
    assert converted.usd_cost(1000, 1000) == pytest.approx(0.03)
    usd = Price(input_per_mtok=1, output_per_mtok=2, as_of=AS_OF)
    assert usd.in_usd({"RUB": rate}) is usd and usd.usd_cost(1000, 1000) == usd.cost(1000, 1000)


def test_a_rate_is_no_part_of_the_entry_and_no_catalog_file_can_set_it() -> None:
    rub = Price(input_per_mtok=1200, output_per_mtok=1200, currency="RUB", as_of=AS_OF)
    converted = rub.in_usd({"RUB": UsdRate(usd_per_unit=0.0125, as_of=AS_OF)})
    assert converted.hash_dump() == rub.hash_dump()
    assert "to_usd" not in converted.model_dump(mode="json")
    with pytest.raises(ValidationError, match="pricing.rates"):
        Price.model_validate({**rub.model_dump(), "to_usd": {"usd_per_unit": 1, "as_of": AS_OF}})


def test_configured_rates_reach_the_catalog_prices_and_change_no_hash(tmp_path: Path) -> None:
    path = _config(tmp_path, {"as_of": "2026-11-30", "rates": {"RUB": 0.0125}})
    cfg = load_config(path)
    catalog = load_configured(cfg, path)
    plain = load_catalog()
    rub, cny = catalog.deployments[RUB], catalog.deployments[CNY]
    assert rub.price is not None and rub.price.currency == "RUB"
    assert rub.price.to_usd == UsdRate(usd_per_unit=0.0125, as_of=AS_OF)
    assert cny.price is not None and cny.price.currency == "CNY" and not cny.price.usd_known
    assert rub.entry_hash() == plain.deployments[RUB].entry_hash()  # no approval is suspended
    assert catalog.content_hash() == plain.content_hash()
    # the shipped entries, parsed once per process, are not changed for other loads
    shipped = plain.deployments[RUB].price
    assert shipped is not None and shipped.to_usd is None


@pytest.mark.parametrize(
    ("pricing", "message"),
    [
        ({"as_of": "2026-11-30", "rates": {"rub": 0.0125}}, "not a currency code"),
        ({"as_of": "2026-11-30", "rates": {"ROUBLE": 0.0125}}, "not a currency code"),
        ({"as_of": "2026-11-30", "rates": {"RUB": 0}}, "must be a positive number"),
        ({"as_of": "2026-11-30", "rates": {"CNY": -0.14}}, "must be a positive number"),
        ({"as_of": "2026-11-30", "rates": {"USD": 1}}, "USD is the reporting currency"),
        ({"rates": {"RUB": 0.0125}}, "as_of is required"),
        ({"as_of": "2026-11-30", "rate": {"RUB": 0.0125}}, "unknown key"),
    ],
)
def test_pricing_errors_name_the_key_and_the_expectation(
    tmp_path: Path, pricing: object, message: str
) -> None:
    path = _config(tmp_path, pricing)
    with pytest.raises(ConfigError, match=message) as e:
        load_config(path)
    assert str(path) in e.value.message and "pricing" in e.value.message
