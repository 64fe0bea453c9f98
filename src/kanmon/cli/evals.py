"""``kanmon eval``: datasets and runs. Reports, comparisons and costs live in ``evals_report``."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kanmon.catalog import load_configured as load_catalog_for
from kanmon.cli._common import MAX_ROWS, ConfigOption, atomic_write, config_from
from kanmon.cli._render import wide_console
from kanmon.errors import EvalError
from kanmon.evals import (
    EvalGateway,
    EvalStore,
    ModelInfo,
    PromptTemplate,
    RunOptions,
    Suite,
    connect_models,
    gate,
    load_dataset,
    report_html,
    report_json,
    report_junit,
    resolve_suites,
    run_suites,
)
from kanmon.store import Database, migrate

app = typer.Typer(
    help="Evaluate models through the gateway: datasets, runs, reports, costs.",
    no_args_is_help=True,
)
dataset_app = typer.Typer(
    help="Versioned evaluation datasets (JSONL, YAML, CSV).", no_args_is_help=True
)
app.add_typer(dataset_app, name="dataset")


def open_store(config: Path | None) -> EvalStore:
    cfg, _ = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    return EvalStore(db)


@dataset_app.command("add")
def dataset_add(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="A .jsonl, .yaml or .csv"),
    name: str | None = typer.Option(None, "--name", help="Dataset name (default: file stem)"),
    config: Path | None = ConfigOption,
) -> None:
    """Validate a dataset file and store it under its content-hash version."""
    ds = load_dataset(file, name)
    info = open_store(config).add_dataset(ds)
    typer.echo(f"{info.name}@{info.version[:12]}  {info.n_items} items  ({info.kind})")


@dataset_app.command("list")
def dataset_list(config: Path | None = ConfigOption) -> None:
    """Stored datasets and their versions."""
    t = Table("name", "version", "items", "format", "added", "source")
    for d in open_store(config).datasets():
        t.add_row(d.name, d.version[:12], str(d.n_items), d.kind, d.created_at[:19], d.source or "")
    wide_console().print(t)


@dataset_app.command("show")
def dataset_show(
    ref: str = typer.Argument(..., help="NAME or NAME@VERSION (a version prefix is enough)"),
    limit: int = typer.Option(20, "--limit", min=1, max=MAX_ROWS, help="Items to print"),
    config: Path | None = ConfigOption,
) -> None:
    """One dataset version: its hash and first items."""
    name, _, version = ref.partition("@")
    ds = open_store(config).load_dataset(name, version or None)
    typer.echo(f"{ds.name}@{ds.version}  {len(ds.items)} items  ({ds.kind}, {ds.source})")
    for item in ds.items[:limit]:
        text = (item.input or str(item.messages[-1].get("content", "")))[:100].replace("\n", " ")
        typer.echo(f"  {item.id:<16} {item.lang or '':<3} {text}")


class _Bars:
    """The runner's progress as rich bars, one per model."""

    def __init__(self, progress: Progress) -> None:
        self.p = progress
        self.tasks: dict[str, object] = {}

    def start(self, model: str, total: int, done: int) -> None:
        self.tasks[model] = self.p.add_task(model, total=total, completed=done)

    def advance(self, model: str, n: int) -> None:
        self.p.advance(self.tasks[model], n)  # type: ignore[arg-type]


def _thresholds(values: list[str]) -> dict[str, float]:
    out = {}
    for v in values:
        suite, sep, num = v.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected SUITE=SCORE, got {v!r}")
        out[suite] = float(num)
    return out


@app.command("run")
def run(
    suite: str = typer.Option(
        ...,
        "--suite",
        "-s",
        help="builtin, suite names, .yaml files or dataset:NAME[@VERSION], comma-separated",
    ),
    models: str = typer.Option(..., "--models", "-m", help="Routes or deployment ids, a,b,c"),
    run_id: str | None = typer.Option(None, "--run-id", help="Reuse to resume an interrupted run"),
    concurrency: int = typer.Option(8, "--concurrency", min=1, max=1024, help="Per model"),
    retries: int = typer.Option(2, "--retries", min=0, max=10),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not reuse identical calls"),
    judge: str | None = typer.Option(None, "--judge", help="Judge model for model-graded items"),
    scorer: str | None = typer.Option(None, "--scorer", help="Scorer for dataset: suites"),
    template: Path | None = typer.Option(
        None, "--template", help="jinja2 file for dataset: suites"
    ),
    max_tokens: int = typer.Option(512, "--max-tokens", min=1),
    html: Path | None = typer.Option(None, "--html", help="Write the HTML report here"),
    json_out: Path | None = typer.Option(None, "--json", help="Write the JSON report here"),
    junit: Path | None = typer.Option(None, "--junit", help="Write JUnit XML here"),
    threshold: list[str] = typer.Option([], "--threshold", help="SUITE=SCORE override (repeat)"),
    gate_exit: bool = typer.Option(False, "--gate", help="Exit 1 if a score is under threshold"),
    gateway_url: str | None = typer.Option(
        None, "--gateway-url", help="Use a running gateway (…/v1) instead"
    ),
    api_key: str | None = typer.Option(
        None, "--api-key", envvar="KANMON_EVAL_API_KEY", help="App key for --gateway-url"
    ),
    allow_weak_sandbox: bool = typer.Option(
        False,
        "--allow-weak-sandbox",
        help="Run generated code without an OS-level sandbox if bubblewrap cannot start one "
        "(also: evals.allow_weak_sandbox)",
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Run suites against models through the gateway, policy and audit included.

    Default: an in-process gateway on loopback with an evaluation key (or --gateway-url).
    """
    cfg, path = config_from(config)
    names = [m.strip() for m in models.split(",") if m.strip()]
    tpl = PromptTemplate(template.read_text(encoding="utf-8"), template.name) if template else None
    rid = run_id or "run-" + secrets.token_hex(6)
    opts = RunOptions(
        concurrency=concurrency,
        retries=retries,
        cache=not no_cache,
        judge_model=judge,
        max_tokens=max_tokens,
        allow_weak_sandbox=allow_weak_sandbox or cfg.evals.allow_weak_sandbox,
    )
    limits = _thresholds(threshold)
    if gateway_url:
        if not api_key:
            raise EvalError("--gateway-url needs --api-key (or KANMON_EVAL_API_KEY)")
        store = open_store(config)
        suites = resolve_suites(suite, store, scorer=scorer, template=tpl)
        infos = connect_models(gateway_url, api_key, names, load_catalog_for(cfg, path))
        summary = _execute(store, gateway_url, api_key, rid, suites, infos, opts)
        _write_reports(store, rid, html, json_out, junit, limits)
    else:
        with EvalGateway(cfg, path, [*names, *([judge] if judge else [])]) as gw:
            assert gw.services is not None
            store = EvalStore(gw.services.db)
            suites = resolve_suites(suite, store, scorer=scorer, template=tpl)
            summary = _execute(store, gw.base_url, gw.api_key, rid, suites, gw.models(names), opts)
            _write_reports(store, rid, html, json_out, junit, limits)
    failing = gate(summary, limits)
    if gate_exit and failing:
        for s, m, score, limit in failing:
            typer.echo(f"gate: {s} / {m}: {score:.3f} < {limit}", err=True)
        raise typer.Exit(1)


def _execute(
    store: EvalStore,
    base_url: str,
    api_key: str,
    rid: str,
    suites: list[Suite],
    infos: list[ModelInfo],
    opts: RunOptions,
) -> dict[str, Any]:
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    try:
        with Progress(*columns, console=wide_console(), transient=False) as progress:
            result = run_suites(store, base_url, api_key, rid, suites, infos, opts, _Bars(progress))
    except KeyboardInterrupt:
        typer.echo(f"interrupted: finished items are kept; resume with --run-id {rid}", err=True)
        raise typer.Exit(130) from None
    _print_summary(result.summary)
    box = result.summary.get("sandbox")
    if box:
        typer.echo(f"generated code ran in: {box}", err="weak" in box)
    typer.echo(f"run {result.run_id}  content hash {result.content_hash}")
    if result.resumed:
        typer.echo(f"resumed: {result.skipped} finished items skipped, {result.executed} run")
    return result.summary


def _print_summary(summary: dict[str, Any]) -> None:
    suites = summary["suites"]
    models = list(summary["models"])
    t = Table("suite", "threshold", *models)
    for name, entry in suites.items():
        t.add_row(
            name,
            str(entry["threshold"]),
            *[
                f"{entry['models'][m]['score']:.3f}" if m in entry["models"] else "-"
                for m in models
            ],
        )
    t.add_row("cost USD", "", *[cost_cell(summary["models"][m]) for m in models])
    wide_console().print(t)


def cost_cell(agg: dict[str, Any]) -> str:
    """A model's cost in a run: the known costs' sum, and how many items it leaves out."""
    unknown = int(agg.get("cost_unknown_items") or 0)
    if agg.get("cost_usd") is None:
        return f"unknown ({unknown} items)" if unknown else "unknown"
    known = f"{float(agg['cost_usd']):.6f}"
    return f"{known} + {unknown} unknown" if unknown else known


def _write_reports(
    store: EvalStore,
    run_id: str,
    html: Path | None,
    json_out: Path | None,
    junit: Path | None,
    thresholds: dict[str, float],
) -> None:
    import orjson

    if html is not None:
        atomic_write(html, report_html(store, run_id))
        typer.echo(f"wrote {html}")
    if json_out is not None:
        doc = report_json(store, run_id)
        atomic_write(json_out, orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode())
        typer.echo(f"wrote {json_out}")
    if junit is not None:
        atomic_write(junit, report_junit(store, run_id, thresholds))
        typer.echo(f"wrote {junit}")
