"""Deployments with no price: their cost is unknown (never 0), which ``catalog check`` and the
presets say, while the simulator entries the example and demo route to are priced 0 and so
stay open to keys with a USD budget."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kanmon.catalog import UNPRICED_NOTE, load_catalog
from kanmon.cli._demo_config import deployments as demo_deployments
from kanmon.core import Price

NO_PRICE = "gpt-oss-120b@self-hosted"  # a shipped entry whose price is its operator's to say
CNY = "qwen3-max@dashscope-cn"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KANMON_CONFIG", raising=False)


def _cli(*args: str) -> tuple[int, str]:
    from kanmon.cli.main import _register, app

    _register()
    r = CliRunner().invoke(app, list(args), env={"COLUMNS": "300"})
    return r.exit_code, r.output


def test_catalog_check_warns_of_a_routed_deployment_without_a_price(tmp_path: Path) -> None:
    assert load_catalog().deployments[NO_PRICE].price is None
    path = tmp_path / "kanmon.yaml"
    routes = {"oss": {"deployments": [NO_PRICE]}, "qwen": {"deployments": [CNY]}}
    path.write_text(yaml.safe_dump({"routes": routes}))
    code, out = _cli("catalog", "check", "--config", str(path))
    assert code == 0, out
    assert (
        f"warning: {NO_PRICE} has no price in the catalog: its cost is unknown, keys with a USD "
        "budget cannot use it and kanmon_cost_usd_total leaves it out (a price of 0 makes it "
        "free)"
    ) in out
    assert f"warning: {CNY} is priced in CNY" in out  # the currency case, unchanged
    code, _ = _cli("catalog", "check", "--strict", "--config", str(path))
    assert code == 1


def test_a_preset_sets_no_price_and_says_what_that_means() -> None:
    code, out = _cli(
        "catalog", "preset", "vllm", "--model", "qwen3-32b", "--alias", "Qwen/Qwen3-32B",
        "--region", "EU-DE", "--entity", "Us GmbH", "--jurisdiction", "DE",
    )  # fmt: skip
    assert code == 0, out
    assert f"# {UNPRICED_NOTE}" in out.splitlines()
    doc = yaml.safe_load(out)
    [dep] = doc["deployments"]
    assert "price" not in dep


def test_the_simulator_entries_are_priced_so_usd_budgets_reach_them() -> None:
    shipped = load_catalog().deployments
    for dep_id in ("sim-primary", "sim-backup"):  # the example kanmon.yaml's gpt-4o-mini route
        price = shipped[dep_id].price
        assert price is not None and price.usd_cost(1000, 1000) == 0.0
    for entry in demo_deployments("http://127.0.0.1:18080/v1"):
        price = Price.model_validate(entry["price"])
        assert price.usd_known and price.input_per_mtok > 0, entry["id"]
