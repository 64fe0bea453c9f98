"""An eval run on a deployment with no price: each item's cost is unknown, said in its detail and
counted in the summary, never added to the USD total as 0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kanmon.config import load_config
from kanmon.evals import EvalGateway, EvalStore, RunOptions, registered_suites, run_suites
from tests.evals.conftest import CAREFUL, SLOPPY, write_config


def test_items_of_a_deployment_without_a_price_have_an_unknown_cost(
    tmp_path: Path, psim: Any
) -> None:
    path = write_config(tmp_path, psim)
    doc = yaml.safe_load(path.read_text())
    for dep in doc["deployments"]:
        if dep["id"] == SLOPPY:
            dep["price"] = None
    path.write_text(yaml.safe_dump(doc))
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
        items = store.items("unpriced-1")
    models = result.summary["models"]
    n = len(suite.dataset.items)
    assert models[SLOPPY]["cost_unknown_items"] == n and models[SLOPPY]["cost_usd"] == 0
    assert "cost_unknown_items" not in models[CAREFUL] and models[CAREFUL]["cost_usd"] > 0
    for it in items:
        detail = it["detail"] if isinstance(it["detail"], dict) else {}
        assert detail.get("cost_unknown") == ("no price" if it["model"] == SLOPPY else None)
