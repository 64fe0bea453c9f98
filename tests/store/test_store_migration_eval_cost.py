"""Migration 0012 on both backends: ``eval_items.cost_usd`` becomes nullable, rows whose detail
says the cost was unknown get NULL, stored summaries stop counting those items as free, and a
run finished before keeps its content hash; the downgrade puts the zeros back."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import inspect, select
from tests._migrations import downgrade

from kanmon.evals import EvalStore, content_hash, report_html, summarise
from kanmon.store import Database, eval_items, migrate

RUB = {"amount": 1.0, "currency": "RUB", "rate_as_of": None}


def _nullable(db: Database) -> bool:
    cols = {c["name"]: c for c in inspect(db.engine).get_columns("eval_items")}
    return bool(cols["cost_usd"]["nullable"])


def _costs(db: Database, run_id: str) -> dict[str, float | None]:
    c = eval_items.c
    q = select(c.item_id, c.cost_usd).where(c.run_id == run_id)
    with db.engine.connect() as conn:
        return {i: cost for i, cost in conn.execute(q)}


def _row(item_id: str, cost: float | None, model: str = "m", **detail: Any) -> dict[str, Any]:
    return {
        "suite": "s",
        "model": model,
        "item_id": item_id,
        "deployment": "d",
        "request_id": f"req_{item_id}",
        "status": "ok",
        "score": 1.0,
        "passed": True,
        "lang": None,
        "latency_ms": 10.0,
        "prompt_tokens": 600,
        "completion_tokens": 400,
        "cost_usd": cost,
        "cached": False,
        "output": "ok",
        "detail": {"explanation": "", **detail, "attempts": 1},
    }


# As the runner wrote them before 0012: 0 in the column for an unknown cost.
OLD_ROWS = [
    _row("priced", 0.25),
    _row("free", 0.0),  # a price of 0: known, and free
    _row("no-price", 0.0, cost_unknown="no price"),
    _row("no-rate", 0.0, cost_native={**RUB, "usd_per_unit": None}),
    _row("rated", 0.01, cost_native={**RUB, "usd_per_unit": 0.01, "rate_as_of": "2026-11-30"}),
    _row("u-1", 0.0, model="u", cost_unknown="no price"),
]


def _old_agg(n: int, cost: float, unknown: int) -> dict[str, Any]:
    """The cost fields of a summary written before 0012 (unknown items counted as free)."""
    return {
        "n": n,
        "cost_usd": cost,
        "cost_per_1k_items_usd": round(cost / n * 1000, 6),
        "cost_unknown_items": unknown,
    }


def test_unknown_eval_costs_are_null_after_0012_and_the_content_hash_holds(store_url: str) -> None:
    db = Database(store_url)
    migrate(db, "0011")
    assert not _nullable(db)
    store = EvalStore(db)
    store.begin_run("old", {"suites": [], "models": {}})
    store.save_items("old", OLD_ROWS)
    old = summarise(OLD_ROWS)
    for aggs in (old["models"], old["suites"]["s"]["models"]):
        aggs["m"].update(_old_agg(5, 0.26, 2))
        aggs["u"].update(_old_agg(1, 0.0, 1))
    digest = store.finish_run("old", old)

    migrate(db)
    assert _nullable(db)
    assert _costs(db, "old") == {
        "priced": 0.25,
        "free": 0.0,
        "no-price": None,
        "no-rate": None,
        "rated": 0.01,
        "u-1": None,
    }
    run = store.run("old")
    assert run is not None and run.content_hash == digest
    assert content_hash(run.spec_hash, store.items("old")) == digest  # citations still verify
    assert run.summary is not None
    for aggs in (run.summary["models"], run.summary["suites"]["s"]["models"]):
        assert aggs["m"]["cost_usd"] == pytest.approx(0.26)
        assert aggs["m"]["cost_per_1k_items_usd"] is None
        assert aggs["u"]["cost_usd"] is None and aggs["u"]["cost_per_1k_items_usd"] is None
    # what the summary says now is what summarising the migrated rows says
    fresh = summarise(store.items("old"))["models"]
    for model in ("m", "u"):
        for key in ("cost_usd", "cost_per_1k_items_usd", "cost_unknown_items"):
            assert fresh[model][key] == pytest.approx(run.summary["models"][model][key])
    html = report_html(store, "old")
    assert "unknown (1 item: no price, or no rate in pricing.rates)" in html
    assert "0.260000 + 2 items of unknown cost" in html

    store.begin_run("new", {"suites": [], "models": {}})
    store.save_items("new", [_row("no-price", None, cost_unknown="no price")])
    assert _costs(db, "new") == {"no-price": None}

    downgrade(db, "0011")  # unknown back to 0, rates back as they were; the hash still holds
    assert not _nullable(db)
    assert _costs(db, "old")["no-price"] == 0.0 and _costs(db, "new") == {"no-price": 0.0}
    run = store.run("old")
    assert run is not None and run.summary is not None
    assert run.summary == old
    assert content_hash(run.spec_hash, store.items("old")) == digest
    db.close()
