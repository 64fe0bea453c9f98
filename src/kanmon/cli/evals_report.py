"""``kanmon eval runs|report|compare|cost``: read stored runs; total cost of ownership."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from kanmon.catalog import load_configured as load_catalog_for
from kanmon.cli._common import MAX_ROWS, ConfigOption, config_from
from kanmon.cli._render import wide_console
from kanmon.cli.evals import _thresholds, _write_reports, cost_cell, open_store
from kanmon.errors import EvalError
from kanmon.evals import SelfHosted, Workload, breakeven_requests, compare_costs
from kanmon.evals import compare as compare_runs


def register(app: typer.Typer) -> None:
    if any(c.name == "runs" for c in app.registered_commands):
        return
    app.command("runs")(runs)
    app.command("report")(report)
    app.command("compare")(compare)
    app.command("cost")(cost)


def runs(
    limit: int = typer.Option(20, "--limit", min=1, max=MAX_ROWS),
    config: Path | None = ConfigOption,
) -> None:
    """Stored eval runs, newest first, with the hash governance cites."""
    t = Table("run", "status", "created", "suites", "models", "content hash")
    for r in open_store(config).runs(limit):
        t.add_row(
            r.id,
            r.status,
            r.created_at[:19],
            ",".join(s["name"] for s in r.spec.get("suites", [])),
            ",".join(r.spec.get("models", {})),
            (r.content_hash or "")[:16],
        )
    wide_console().print(t)


def report(
    run_id: str = typer.Argument(...),
    html: Path | None = typer.Option(None, "--html"),
    json_out: Path | None = typer.Option(None, "--json"),
    junit: Path | None = typer.Option(None, "--junit"),
    threshold: list[str] = typer.Option([], "--threshold", help="SUITE=SCORE override"),
    config: Path | None = ConfigOption,
) -> None:
    """Write the HTML, JSON and/or JUnit report of a stored run."""
    store = open_store(config)
    run = store.run(run_id)
    if run is None:
        raise EvalError(f"no eval run {run_id!r} (see `kanmon eval runs`)")
    typer.echo(f"run {run.id}  status {run.status}  content hash {run.content_hash}")
    _write_reports(store, run_id, html, json_out, junit, _thresholds(threshold))


def compare(
    run_ids: list[str] = typer.Argument(..., help="One or more run ids"),
    config: Path | None = ConfigOption,
) -> None:
    """Suite scores across runs and models; Δ is against the first column."""
    doc = compare_runs(open_store(config), run_ids)
    cols = doc["columns"]
    t = Table("suite", *[f"{rid}\n{model}" for rid, model in cols], "Δ max-min")
    for row in doc["rows"]:
        vals = [v for v in row["scores"] if v is not None]
        spread = f"{max(vals) - min(vals):.3f}" if len(vals) > 1 else "-"
        t.add_row(
            row["suite"], *[f"{v:.3f}" if v is not None else "-" for v in row["scores"]], spread
        )
    t.add_row("cost USD", *[cost_cell(c) for c in doc["costs"]], "")
    wide_console().print(t)
    for rid, digest in doc["content_hashes"].items():
        typer.echo(f"{rid}: {digest}")


def _workload_from_run(config: Path | None, run_id: str, model: str | None) -> tuple[float, float]:
    items = open_store(config).items(run_id)
    rows = [r for r in items if model is None or r["model"] == model]
    if not rows:
        raise EvalError(f"run {run_id!r} has no items" + (f" for {model!r}" if model else ""))
    return (
        sum(r["prompt_tokens"] for r in rows) / len(rows),
        sum(r["completion_tokens"] for r in rows) / len(rows),
    )


def _throughput_from_run(config: Path | None, run_id: str, model: str) -> float:
    run = open_store(config).run(run_id)
    agg = ((run.summary or {}).get("models") or {}).get(model) if run else None
    tps = agg.get("completion_tokens_per_s") if agg else None
    if not tps:
        raise EvalError(f"run {run_id!r} has no measured throughput for {model!r}")
    return float(tps)


#: The most each option of ``cost`` takes: beyond any real workload or price, and small enough
#: that every product of them stays a finite float (``Workload`` refuses NaN itself, which a
#: range does not).
_MOST_REQUESTS = _MOST_USD = 1e15
_MOST_TOKENS = 1e9
_MOST_PRICE = 1e9
_MOST_GPUS = 1_000_000
_MOST_TPS = 1e12


def cost(
    requests: float = typer.Option(
        1_000_000, "--requests", min=0, max=_MOST_REQUESTS, help="Requests per month"
    ),
    prompt_tokens: float = typer.Option(
        500, "--prompt-tokens", min=0, max=_MOST_TOKENS, help="Average input tokens"
    ),
    completion_tokens: float = typer.Option(
        300, "--completion-tokens", min=0, max=_MOST_TOKENS, help="Average output"
    ),
    from_run: str | None = typer.Option(None, "--from-run", help="Take token averages from a run"),
    deployments: str | None = typer.Option(None, "--deployments", help="Ids to compare, a,b"),
    gpu_price: float | None = typer.Option(
        None, "--gpu-price", min=0, max=_MOST_PRICE, help="USD per GPU-hour"
    ),
    gpus: int = typer.Option(1, "--gpus", min=1, max=_MOST_GPUS, help="GPUs per replica"),
    throughput: float | None = typer.Option(
        None, "--throughput", min=0.001, max=_MOST_TPS, help="Output tokens/s/replica"
    ),
    throughput_run: str | None = typer.Option(
        None, "--throughput-run", help="RUN:MODEL whose measured throughput to use"
    ),
    utilisation: float = typer.Option(0.6, "--utilisation", min=0.01, max=1.0),
    scale_to_zero: bool = typer.Option(False, "--scale-to-zero", help="Bill busy hours only"),
    cached_share: float = typer.Option(
        0.0, "--cached-share", min=0.0, max=1.0, help="Share of input tokens served from cache"
    ),
    off_peak_share: float = typer.Option(
        0.0, "--off-peak-share", min=0.0, max=1.0, help="Share of requests in off-peak hours"
    ),
    api_fixed: float = typer.Option(
        0.0,
        "--api-fixed-monthly",
        min=0.0,
        max=_MOST_USD,
        help="Fixed USD/month on each API (platform fee)",
    ),
    self_hosted_fixed: float = typer.Option(
        0.0,
        "--self-hosted-fixed-monthly",
        min=0.0,
        max=_MOST_USD,
        help="Fixed USD/month (people, storage)",
    ),
    reserved: int = typer.Option(
        0,
        "--reserved-replicas",
        min=0,
        max=_MOST_GPUS,
        help="Replicas on committed capacity, paid all month",
    ),
    reserved_price: float | None = typer.Option(
        None,
        "--reserved-gpu-price",
        min=0,
        max=_MOST_PRICE,
        help="USD per GPU-hour of reserved capacity",
    ),
    html: Path | None = typer.Option(
        None, "--html", help="Also write the comparison with a break-even chart here."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Monthly cost of token-priced API deployments vs a self-hosted deployment: cached-input
    and off-peak prices from the catalog, fixed monthly costs, reserved capacity."""
    cfg, path = config_from(config)
    catalog = load_catalog_for(cfg, path)
    if from_run:
        prompt_tokens, completion_tokens = _workload_from_run(config, from_run, None)
    w = Workload(requests, prompt_tokens, completion_tokens, cached_share, off_peak_share)
    if deployments:
        ids = [d.strip() for d in deployments.split(",") if d.strip()]
        unknown = [d for d in ids if d not in catalog.deployments]
        if unknown:
            raise EvalError(f"unknown deployment(s): {', '.join(unknown)}")
        deps = [catalog.deployments[d] for d in ids]
        unpriced = [d.id for d in deps if d.price is None]
        if unpriced:
            typer.echo(f"not compared, no price (cost unknown): {', '.join(unpriced)}", err=True)
    else:
        deps = [d for d in catalog.deployments.values() if d.price is not None and not d.simulated]
        left = sum(1 for d in catalog.deployments.values() if d.price is None and not d.simulated)
        if left:
            typer.echo(
                f"not compared, no price (cost unknown): {left} deployment"
                f"{'s' if left != 1 else ''}; `kanmon catalog check` lists them",
                err=True,
            )
    if throughput_run:
        rid, _, model = throughput_run.partition(":")
        throughput = _throughput_from_run(config, rid, model)
    sh = None
    if gpu_price is not None:
        if throughput is None:
            raise EvalError("--gpu-price needs --throughput or --throughput-run")
        sh = SelfHosted(
            gpu_price,
            throughput,
            gpus,
            utilisation,
            not scale_to_zero,
            fixed_monthly=self_hosted_fixed,
            reserved_replicas=reserved,
            reserved_price_per_hour=reserved_price,
        )
    lines = compare_costs(deps, w, sh, api_fixed)
    t = Table(
        "deployment",
        "kind",
        "USD / month",
        "USD / 1k requests",
        "basis",
        title=f"{requests:,.0f} requests/month, {prompt_tokens:.0f} in + "
        f"{completion_tokens:.0f} out tokens each",
    )
    for c in lines:
        t.add_row(
            c.name, c.kind, c.amount(c.monthly_usd), c.amount(c.per_1k_requests_usd, 4), c.detail
        )
    wide_console().print(t)
    if sh is not None:
        for d in deps[:10]:
            be = breakeven_requests(d, sh, w, api_fixed)
            if be is not None:
                typer.echo(f"self-hosted breaks even with {d.id} from {be:,.0f} requests/month")
    if html is not None:
        from kanmon.cli._common import atomic_write
        from kanmon.evals import cost_report_html

        priced = [d for d in deps if d.price is not None][:6]
        atomic_write(html, cost_report_html(lines, priced, w, sh, api_fixed_monthly=api_fixed))
        typer.echo(f"wrote {html}")
