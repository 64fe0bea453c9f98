"""An eval run on a deployment with no price: each item's cost is unknown, NULL in its row and
said in its detail, and every reader sums the known costs only and says how many it leaves out:
the summary, the HTML and JSON reports, a comparison of runs and the CLI's tables."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from kanmon.cli import evals, evals_report
from kanmon.cli.evals import cost_cell
from kanmon.config import load_config
from kanmon.evals import (
    EvalGateway,
    EvalStore,
    RunOptions,
    compare,
    content_hash,
    registered_suites,
    report_html,
    report_json,
    run_suites,
)
from tests.evals.conftest import CAREFUL, SLOPPY, write_config

evals_report.register(evals.app)


def _unpriced_config(tmp_path: Path, psim: Any) -> Path:
    """The evals' config with the sloppy model's deployment stripped of its price."""
    path = write_config(tmp_path, psim)
    doc = yaml.safe_load(path.read_text())
    for dep in doc["deployments"]:
        if dep["id"] == SLOPPY:
            dep["price"] = None
    path.write_text(yaml.safe_dump(doc))
    return path


@pytest.fixture
def unpriced_run(tmp_path: Path, psim: Any) -> dict[str, Any]:
    path = _unpriced_config(tmp_path, psim)
    suite = registered_suites()["prompt_injection"]
    with EvalGateway(load_config(path), path, [CAREFUL, SLOPPY]) as gw:
        assert gw.services is not None
        store = EvalStore(gw.services.db)
        result = run_suites(
            store,
            gw.base_url,
            gw.api_key,
            "unpriced-1",
            [suite],
            gw.models([CAREFUL, SLOPPY]),
            RunOptions(concurrency=4),
        )
        run = store.run("unpriced-1")
        assert run is not None
        return {
            "n": len(suite.dataset.items),
            "result": result,
            "run": run,
            "items": store.items("unpriced-1"),
            "html": report_html(store, "unpriced-1"),
            "json": report_json(store, "unpriced-1"),
            "compare": compare(store, ["unpriced-1"]),
        }


def test_items_of_a_deployment_without_a_price_have_an_unknown_cost(
    unpriced_run: dict[str, Any],
) -> None:
    n, items = unpriced_run["n"], unpriced_run["items"]
    for it in items:
        detail = it["detail"] if isinstance(it["detail"], dict) else {}
        if it["model"] == SLOPPY:
            assert it["cost_usd"] is None and detail.get("cost_unknown") == "no price"
        else:
            assert it["cost_usd"] > 0 and "cost_unknown" not in detail
    models = unpriced_run["result"].summary["models"]
    sloppy, careful = models[SLOPPY], models[CAREFUL]
    assert sloppy["cost_unknown_items"] == n
    assert sloppy["cost_usd"] is None and sloppy["cost_per_1k_items_usd"] is None
    assert "cost_unknown_items" not in careful and careful["cost_usd"] > 0
    assert careful["cost_per_1k_items_usd"] == pytest.approx(
        careful["cost_usd"] / n * 1000, abs=1e-6
    )
    run = unpriced_run["run"]
    assert content_hash(run.spec_hash, items) == run.content_hash


def test_every_reader_says_unknown_not_zero(unpriced_run: dict[str, Any]) -> None:
    n = unpriced_run["n"]
    html = unpriced_run["html"]
    assert f"unknown ({n} items: no price, or no rate in pricing.rates)" in html
    assert (
        "Not charted, some items of unknown cost (no price, or no rate in pricing.rates): "
        f"{SLOPPY} ({n} of {n})" in html
    )
    doc = unpriced_run["json"]
    assert all(i["cost_usd"] is None for i in doc["items"] if i["model"] == SLOPPY)
    assert doc["summary"]["models"][SLOPPY]["cost_usd"] is None
    cmp = unpriced_run["compare"]
    costs = dict(zip([m for _, m in cmp["columns"]], cmp["costs"], strict=True))
    assert costs[SLOPPY] == {"n": n, "cost_usd": None, "cost_unknown_items": n}
    assert costs[CAREFUL]["cost_unknown_items"] == 0 and costs[CAREFUL]["cost_usd"] > 0
    assert cost_cell(doc["summary"]["models"][SLOPPY]) == f"unknown ({n} items)"


def test_cost_cell_says_what_the_sum_leaves_out() -> None:
    assert cost_cell({"cost_usd": 0.25}) == "0.250000"
    assert cost_cell({"cost_usd": 0.0}) == "0.000000"  # a price of 0: free, and known
    assert cost_cell({"cost_usd": 0.25, "cost_unknown_items": 3}) == "0.250000 + 3 unknown"
    assert cost_cell({"cost_usd": None, "cost_unknown_items": 2}) == "unknown (2 items)"


def test_the_cli_says_unknown_and_names_what_it_cannot_price(tmp_path: Path, psim: Any) -> None:
    path = _unpriced_config(tmp_path, psim)
    runner = CliRunner()
    n = len(registered_suites()["prompt_injection"].dataset.items)
    c = ["-c", str(path)]
    run = ["run", "--suite", "prompt_injection", "--models", SLOPPY, "--run-id", "cli-1", *c]
    r = runner.invoke(evals.app, run)
    assert r.exit_code == 0, r.output
    assert re.search(rf"cost USD\s*│\s*│\s*unknown \({n} items\)", r.output), r.output
    r = runner.invoke(evals.app, ["compare", "cli-1", *c])
    assert r.exit_code == 0, r.output
    assert re.search(rf"cost USD\s*│\s*unknown \({n} items\)", r.output), r.output
    r = runner.invoke(evals.app, ["cost", "--deployments", f"{CAREFUL},{SLOPPY}", "-c", str(path)])
    assert r.exit_code == 0, r.output
    assert f"not compared, no price (cost unknown): {SLOPPY}" in r.output
    r = runner.invoke(evals.app, ["cost", "-c", str(path)])
    assert r.exit_code == 0, r.output
    # the shipped catalog's unpriced entries and the test's
    assert re.search(r"not compared, no price \(cost unknown\): \d+ deployments;", r.output)
