"""Aggregates of a run: per suite × model, per language × model, per model."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kanmon.evals._store import detail_says_cost_unknown

if TYPE_CHECKING:
    from kanmon.evals._suite import Suite


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _agg(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    lat = [float(r["latency_ms"]) for r in rows if not r["cached"]]
    n = len(rows)
    unknown = sum(1 for r in rows if cost_unknown(r))
    cost = sum(float(r["cost_usd"]) for r in rows if not cost_unknown(r))
    out = {
        "n": n,
        "score": round(statistics.fmean(float(r["score"]) for r in rows), 4) if n else 0.0,
        "pass_rate": round(sum(1 for r in rows if r["passed"]) / n, 4) if n else 0.0,
        "errors": sum(1 for r in rows if r["status"] == "error"),
        "blocked": sum(1 for r in rows if r["status"] == "blocked"),
        "cached": sum(1 for r in rows if r["cached"]),
        "latency_p50_ms": round(percentile(lat, 0.5), 3),
        "latency_p95_ms": round(percentile(lat, 0.95), 3),
        "prompt_tokens": sum(int(r["prompt_tokens"]) for r in rows),
        "completion_tokens": sum(int(r["completion_tokens"]) for r in rows),
        # the known costs only; None when no item's cost is known
        "cost_usd": None if n and unknown == n else round(cost, 8),
        # a rate over items some of which are of unknown cost would pass them off as free
        "cost_per_1k_items_usd": None if unknown else (round(cost / n * 1000, 6) if n else 0.0),
        "deployments": sorted({str(r["deployment"]) for r in rows if r["deployment"]}),
    }
    if unknown:  # no price, or priced in a currency without a rate: not in cost_usd, and said so
        out["cost_unknown_items"] = unknown
    return out


def cost_unknown(row: Mapping[str, Any]) -> bool:
    """Whether an item's USD cost is unknown: NULL in its row, or (rows written before migration
    0012, which held 0) its detail says so."""
    return row["cost_usd"] is None or detail_says_cost_unknown(row.get("detail"))


def summarise(
    items: Sequence[Mapping[str, Any]],
    suites: Sequence[Suite] = (),
    walls: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    by_sm: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    by_lm: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    by_m: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for r in items:
        by_sm[(r["suite"], r["model"])].append(r)
        by_m[r["model"]].append(r)
        if r["lang"]:
            by_lm[(r["lang"], r["model"])].append(r)
    meta = {s.name: s for s in suites}
    suites_out: dict[str, Any] = {}
    for (suite, model), rows in sorted(by_sm.items()):
        s = meta.get(suite)
        entry = suites_out.setdefault(
            suite,
            {
                "threshold": s.threshold if s else None,
                "risks": list(s.risks) if s else [],
                "models": {},
            },
        )
        entry["models"][model] = _agg(rows)
    models_out: dict[str, Any] = {}
    for model, rows in sorted(by_m.items()):
        agg = _agg(rows)
        wall = (walls or {}).get(model)
        if wall:
            agg["wall_s"] = round(wall, 3)
            agg["completion_tokens_per_s"] = round(agg["completion_tokens"] / wall, 3)
        models_out[model] = agg
    langs: dict[str, dict[str, float]] = defaultdict(dict)
    for (lang, model), rows in sorted(by_lm.items()):
        langs[lang][model] = round(statistics.fmean(float(r["score"]) for r in rows), 4)
    out: dict[str, Any] = {"suites": suites_out, "models": models_out, "languages": dict(langs)}
    # Which sandbox ran the generated code (several only if a resumed run changed machines).
    boxes = {str((r.get("detail") or {}).get("sandbox") or "") for r in items} - {""}
    if boxes:
        out["sandbox"] = ", ".join(sorted(boxes))
    return out
