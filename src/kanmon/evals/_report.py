"""Reports of a stored run: self-contained HTML (inline SVG), JSON, and JUnit XML for CI gates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
import orjson

from kanmon.errors import EvalError
from kanmon.evals._store import EvalStore, RunInfo
from kanmon.evals._svg import boxplot, grouped_bars, hbars

REPORT_VERSION = 1
_ENV = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)


def _load(store: EvalStore, run_id: str) -> tuple[RunInfo, list[dict[str, Any]]]:
    run = store.run(run_id)
    if run is None:
        raise EvalError(f"no eval run {run_id!r} (see `kanmon eval runs`)")
    return run, store.items(run_id)


def _models(summary: Mapping[str, Any]) -> list[str]:
    return list(summary.get("models", {}))


def _per_1k(agg: Mapping[str, Any]) -> float | None:
    """Cost per 1k items; None when some item's cost is unknown, as a rate over those items
    would count them as free."""
    if agg.get("cost_unknown_items"):
        return None
    value = agg.get("cost_per_1k_items_usd")
    return None if value is None else float(value)


def report_json(store: EvalStore, run_id: str, *, items: bool = True) -> dict[str, Any]:
    run, rows = _load(store, run_id)
    doc: dict[str, Any] = {
        "version": REPORT_VERSION,
        "run": {
            "id": run.id,
            "status": run.status,
            "created_at": run.created_at,
            "finished_at": run.finished_at,
            "spec_hash": run.spec_hash,
            "content_hash": run.content_hash,
            "spec": run.spec,
        },
        "summary": run.summary or {},
    }
    if items:
        doc["items"] = [{k: v for k, v in r.items() if k != "run_id"} for r in rows]
    return doc


def report_html(store: EvalStore, run_id: str) -> str:
    run, rows = _load(store, run_id)
    summary = run.summary or {}
    models = _models(summary)
    suites = list(summary.get("suites", {}))
    per_1k = {m: _per_1k(summary["models"][m]) for m in models}
    known = {m: v for m, v in per_1k.items() if v is not None}
    charts = {
        "suites": grouped_bars(
            suites,
            {
                m: [summary["suites"][s]["models"].get(m, {}).get("score") for s in suites]
                for m in models
            },
            title="Score by suite per model",
        ),
        "latency": boxplot(
            {
                m: [float(r["latency_ms"]) for r in rows if r["model"] == m and not r["cached"]]
                for m in models
            },
            title="Latency per item",
        ),
        "cost": hbars(known, title="Cost per 1k items (USD)") if known else "",
        "languages": "",
    }
    langs = summary.get("languages", {})
    if langs:
        names = sorted(langs)
        charts["languages"] = grouped_bars(
            names,
            {m: [langs[lang].get(m) for lang in names] for m in models},
            title="Accuracy by language",
        )
    failures: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if not r["passed"]:
            failures[r["suite"]].append(r)
    return _ENV.get_template("report.html.j2").render(
        run=run,
        summary=summary,
        models=models,
        charts=charts,
        failures=dict(failures),
        spec_json=orjson.dumps(run.spec, option=orjson.OPT_INDENT_2).decode(),
    )


def gate(
    summary: Mapping[str, Any], thresholds: Mapping[str, float] | None = None
) -> list[tuple[str, str, float, float]]:
    """(suite, model, score, threshold) for every suite × model below its threshold."""
    out = []
    for suite, entry in summary.get("suites", {}).items():
        limit = (thresholds or {}).get(suite, entry.get("threshold"))
        if limit is None:
            continue
        for model, agg in entry["models"].items():
            if agg["score"] < limit:
                out.append((suite, model, float(agg["score"]), float(limit)))
    return out


def report_junit(
    store: EvalStore, run_id: str, thresholds: Mapping[str, float] | None = None
) -> str:
    """One ``testsuite`` per eval suite, one ``testcase`` per model: it fails when the model's
    score is below the suite's threshold (or the override in ``thresholds``)."""
    run, _ = _load(store, run_id)
    summary = run.summary or {}
    failing = {(s, m) for s, m, _, _ in gate(summary, thresholds)}
    root = ET.Element("testsuites", name=f"kanmon-eval {run.id}")
    total = fails = 0
    for suite, entry in summary.get("suites", {}).items():
        limit = (thresholds or {}).get(suite, entry.get("threshold"))
        ts = ET.SubElement(root, "testsuite", name=suite)
        props = ET.SubElement(ts, "properties")
        for k, v in (
            ("run_id", run.id),
            ("content_hash", run.content_hash or ""),
            ("risks", ",".join(entry.get("risks", []))),
            ("threshold", str(limit)),
        ):
            ET.SubElement(props, "property", name=k, value=v)
        n = f = 0
        for model, agg in entry["models"].items():
            n += 1
            tc = ET.SubElement(
                ts,
                "testcase",
                classname=f"kanmon.eval.{suite}",
                name=model,
                time=f"{agg['latency_p50_ms'] / 1000:.3f}",
            )
            if (suite, model) in failing:
                f += 1
                fail = ET.SubElement(
                    tc,
                    "failure",
                    type="threshold",
                    message=f"score {agg['score']:.3f} < threshold {limit}",
                )
                fail.text = (
                    f"{agg['n']} items, pass rate {agg['pass_rate']:.3f}, errors {agg['errors']}"
                )
            ET.SubElement(
                tc, "system-out"
            ).text = (
                f"score={agg['score']:.4f} n={agg['n']} deployments={','.join(agg['deployments'])}"
            )
        ts.set("tests", str(n))
        ts.set("failures", str(f))
        total, fails = total + n, fails + f
    root.set("tests", str(total))
    root.set("failures", str(fails))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def compare(store: EvalStore, run_ids: list[str]) -> dict[str, Any]:
    """Scores side by side: ``columns`` are (run, model); ``rows`` are suites with one score per
    column (None where a run did not cover the suite); ``costs`` has one entry per column: the
    known costs' sum in USD (None when no item's cost is known) and how many items are of
    unknown cost."""
    columns: list[tuple[str, str]] = []
    costs: list[dict[str, Any]] = []
    data: dict[str, dict[tuple[str, str], float]] = defaultdict(dict)
    hashes = {}
    for rid in run_ids:
        run, _ = _load(store, rid)
        hashes[rid] = run.content_hash
        summary = run.summary or {}
        for model in _models(summary):
            columns.append((rid, model))
            agg = summary["models"][model]
            costs.append(
                {
                    "n": agg.get("n", 0),
                    "cost_usd": agg.get("cost_usd"),
                    "cost_unknown_items": agg.get("cost_unknown_items", 0),
                }
            )
        for suite, entry in summary.get("suites", {}).items():
            for model, agg in entry["models"].items():
                data[suite][(rid, model)] = float(agg["score"])
    rows = [{"suite": s, "scores": [data[s].get(c) for c in columns]} for s in sorted(data)]
    return {"columns": columns, "rows": rows, "costs": costs, "content_hashes": hashes}
