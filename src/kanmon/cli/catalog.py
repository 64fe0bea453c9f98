"""``kanmon catalog``: browse models and deployments with their provenance, licences and prices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from kanmon.catalog import Catalog, Origin
    from kanmon.core.catalog import Deployment, Licence, Model, Source

app = typer.Typer(
    help=(
        "Browse the model catalog. A MODEL is a set of weights and its licence (who made it, "
        "under which obligations); a DEPLOYMENT is one way to reach it (who serves it, where "
        "inference runs, data terms, price)."
    ),
    no_args_is_help=True,
)

_CONFIG_HELP = (
    "kanmon.yaml whose `catalog.files` and `deployments` add to or override the shipped "
    "catalog (default: $KANMON_CONFIG, else ./kanmon.yaml if present)."
)


@app.command("list")
def list_entries(
    jurisdiction: list[str] | None = typer.Option(
        None,
        "--jurisdiction",
        "-j",
        help="MODEL vendor's home country, ISO code (CN, KR, RU, FR, US...); case-insensitive, "
        "repeatable or comma-separated; EU matches any EU member state.",
    ),
    open_weights: bool | None = typer.Option(
        None, "--open-weights/--closed-weights", help="Only models whose weights are (not) open."
    ),
    licence: str | None = typer.Option(
        None, "--licence", help="Licence id, e.g. MIT, Apache-2.0, llama-4-community."
    ),
    region: str | None = typer.Option(
        None,
        "--region",
        help="Where the DEPLOYMENT runs inference: CN, US, EU, EU-DE, RU, SELF-HOSTED, UNKNOWN, "
        "LOCAL... (US also matches US-VA; EU matches EU-* and EU member codes).",
    ),
    provider: str | None = typer.Option(
        None, "--provider", help="Text in the provider name or its legal entity."
    ),
    models: bool = typer.Option(
        False, "--models", help="List models (weights) instead of deployments."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    config: Path | None = typer.Option(None, "--config", "-c", help=_CONFIG_HELP),
) -> None:
    """List deployments (or, with --models, models) matching every filter given."""
    catalog = _load(config)
    pairs = catalog.filter(
        jurisdiction=jurisdiction,
        open_weights=open_weights,
        licence=licence,
        region=region,
        provider=provider,
    )
    if models:
        found = catalog.filter_models(
            jurisdiction=jurisdiction, open_weights=open_weights, licence=licence
        )
        if region is not None or provider is not None:
            # A model qualifies through any deployment that matches the deployment filters.
            served = {m.id for m, _ in pairs}
            found = [m for m in found if m.id in served]
        if as_json:
            _echo_json(
                {
                    "content_hash": catalog.content_hash(),
                    "models": [_model_json(catalog, m) for m in found],
                }
            )
        else:
            _print(_models_table(catalog, found))
        return
    if as_json:
        _echo_json(
            {
                "content_hash": catalog.content_hash(),
                "deployments": [_deployment_json(catalog, d) for _, d in pairs],
            }
        )
    else:
        _print(_deployments_table(pairs))


@app.command("show")
def show(
    entry_id: str = typer.Argument(..., metavar="ID", help="A model id or a deployment id."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    config: Path | None = typer.Option(None, "--config", "-c", help=_CONFIG_HELP),
) -> None:
    """Show one model or deployment with its provenance, licence obligations and sources."""
    from kanmon.core.catalog import Model

    catalog = _load(config)
    entry = catalog.entry(entry_id)
    if isinstance(entry, Model):
        if as_json:
            _echo_json(_model_json(catalog, entry))
        else:
            _print(*_model_view(catalog, entry))
        return
    model = catalog.model_of(entry)
    if as_json:
        _echo_json(_deployment_json(catalog, entry))
    else:
        _print(*_deployment_view(catalog, entry), *_model_view(catalog, model, brief=True))


# -- loading ------------------------------------------------------------------------------------


def _user_sources(config_path: Path | None) -> tuple[list[Path], list[dict[str, Any]], str]:
    """The catalog files and deployments a kanmon.yaml adds, and its name for error messages.

    The one place the catalog CLI reads configuration, so it follows the gateway exactly.
    """
    from kanmon.config import find_config, load_config

    found = find_config(config_path)
    if found is None:
        return [], [], "kanmon.yaml"
    cfg = load_config(found)
    return [cfg.resolve(p) for p in cfg.catalog.files], list(cfg.deployments), str(found)


def _known_apis() -> list[str] | None:
    from kanmon.plugins import PROVIDERS_GROUP, installed

    # Same registry the gateway uses; when nothing is installed (a bare source checkout) the
    # check would reject every entry, so skip it rather than fail for the wrong reason.
    return installed(PROVIDERS_GROUP) or None


def _load(config_path: Path | None) -> Catalog:
    from kanmon.catalog import load_catalog

    files, deployments, source = _user_sources(config_path)
    return load_catalog(files, deployments, source_name=source, known_apis=_known_apis())


# -- JSON ---------------------------------------------------------------------------------------


def _echo_json(doc: Any) -> None:
    import orjson

    typer.echo(orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode())


def _origin_json(origin: Origin | None) -> dict[str, object] | None:
    return None if origin is None else origin.as_dict()


def _model_json(catalog: Catalog, model: Model) -> dict[str, Any]:
    return {
        "kind": "model",
        "model": model.model_dump(mode="json"),
        "deployments": [d.id for d in catalog.deployments_of(model.id)],
        "origin": _origin_json(catalog.origin(model)),
    }


def _deployment_json(catalog: Catalog, dep: Deployment) -> dict[str, Any]:
    return {
        "kind": "deployment",
        "deployment": dep.model_dump(mode="json"),
        "model": catalog.model_of(dep).model_dump(mode="json"),
        "entry_hash": dep.entry_hash(),
        "origin": _origin_json(catalog.origin(dep)),
    }


# -- rich rendering -----------------------------------------------------------------------------


def _print(*renderables: RenderableType) -> None:
    from kanmon.cli._render import wide_console

    console = wide_console()
    for r in renderables:
        console.print(r)


def _cell(value: object) -> Text:
    """Catalog text as literal text: notes and ids from user files may contain [brackets]
    that rich would otherwise swallow as markup."""
    from rich.text import Text

    return Text("-" if value is None or value == "" else str(value))


def _price(dep: Deployment) -> str:
    p = dep.price
    if p is None:
        return "-"
    return f"{p.input_per_mtok:g} / {p.output_per_mtok:g} {p.currency} ({p.as_of.isoformat()})"


def _params(model: Model) -> str:
    if model.params_total_b is None:
        return "-"
    active = f" / {model.params_active_b:g}" if model.params_active_b is not None else ""
    return f"{model.params_total_b:g}{active} B"


def _deployments_table(pairs: list[tuple[Model, Deployment]]) -> Table:
    from rich.table import Table

    table = Table(
        title="Deployments",
        caption=f"{len(pairs)} deployments. Jurisdiction = model vendor's HQ; "
        "region = where inference runs. Price per 1M tokens in / out (as of).",
    )
    table.add_column("deployment", no_wrap=True, style="bold")
    for name in ("vendor (HQ)", "licence", "provider (home)", "region", "api", "price"):
        table.add_column(name)
    for model, dep in pairs:
        marks = " (simulated)" if dep.simulated else " (self-hosted)" if dep.self_hosted else ""
        region = dep.processing_region
        table.add_row(
            *map(
                _cell,
                (
                    dep.id,
                    f"{model.vendor} ({model.vendor_jurisdiction})",
                    model.licence.id,
                    f"{dep.provider} ({dep.provider_jurisdiction})",
                    region if region.casefold() == marks.strip(" ()") else region + marks,
                    dep.api,
                    _price(dep),
                ),
            )
        )
    return table


def _models_table(catalog: Catalog, found: list[Model]) -> Table:
    from rich.table import Table

    table = Table(title="Models", caption=f"{len(found)} models. Params: total / active.")
    table.add_column("model", no_wrap=True, style="bold")
    for name in ("vendor (HQ)", "weights", "licence", "params", "context", "flags", "deps"):
        table.add_column(name)
    for m in found:
        table.add_row(
            *map(
                _cell,
                (
                    m.id,
                    f"{m.vendor} ({m.vendor_jurisdiction})",
                    "open" if m.open_weights else "closed",
                    m.licence.id,
                    _params(m),
                    f"{m.context_tokens:,}" if m.context_tokens else None,
                    ", ".join(m.flags),
                    len(catalog.deployments_of(m.id)),
                ),
            )
        )
    return table


def _fields(title: str, rows: list[tuple[str, object]]) -> Table:
    from rich.table import Table

    table = Table(title=title, show_header=False, title_justify="left", box=None, padding=(0, 1))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, value in rows:
        table.add_row(key, _cell(value))
    return table


def _obligations(licence: Licence) -> list[tuple[str, object]]:
    ob = licence.obligations
    rows: list[tuple[str, object]] = [
        ("non-commercial", "yes" if ob.non_commercial else "no"),
        ("research only", "yes" if ob.research_only else "no"),
        ("MAU threshold", f"{ob.mau_threshold:,}" if ob.mau_threshold else None),
        (
            "revenue threshold",
            f"US${ob.revenue_threshold_usd:,}" if ob.revenue_threshold_usd else None,
        ),
        ("attribution", ob.attribution),
        ("territory exclusions", ", ".join(ob.territory_exclusions) or None),
        ("acceptable-use policy", "yes" if ob.acceptable_use_policy else "no"),
        ("derivatives", ob.derivative_terms),
    ]
    return rows


def _sources(sources: tuple[Source, ...]) -> Table:
    from rich.table import Table

    table = Table("conf", "retrieved", "source", title="Sources", title_justify="left")
    for s in sources:
        text = s.url + (f"\n{s.note}" if s.note else "")
        table.add_row(s.confidence, s.retrieved.isoformat(), _cell(text))
    if not sources:
        table.add_row("-", "-", "no sources recorded")
    return table


def _origin_text(origin: Origin | None) -> str:
    if origin is None:
        return "-"
    where = "shipped catalog" if origin.shipped else origin.source
    text = f"{where} ({origin.location})"
    if origin.overrides:
        text += "; overrides " + ", ".join(origin.overrides)
    return text


def _model_view(catalog: Catalog, model: Model, *, brief: bool = False) -> list[RenderableType]:
    lic = model.licence
    rows: list[tuple[str, object]] = [
        ("id", model.id),
        ("name", model.name),
        ("family", model.family),
        ("vendor", f"{model.vendor} (HQ {model.vendor_jurisdiction})"),
        ("weights", "open" if model.open_weights else "closed"),
        ("architecture", model.architecture),
        ("parameters", _params(model)),
        ("context", f"{model.context_tokens:,} tokens" if model.context_tokens else None),
        ("modalities", ", ".join(model.modalities)),
        ("released", model.released),
        ("flags", ", ".join(model.flags)),
        ("licence", f"{lic.id}: {lic.name}" + (" (OSI)" if lic.osi_approved else "")),
        ("licence url", lic.url),
    ]
    if brief:
        return [_fields(f"Model {model.id}", rows)]
    rows.append(("defined in", _origin_text(catalog.origin(model))))
    deps = ", ".join(d.id for d in catalog.deployments_of(model.id))
    rows.append(("deployments", deps))
    return [
        _fields(f"Model {model.id}", rows),
        _fields("Licence obligations", _obligations(lic)),
        _sources(model.sources),
    ]


def _deployment_view(catalog: Catalog, dep: Deployment) -> list[RenderableType]:
    terms = dep.data_terms
    kind = "simulated" if dep.simulated else "self-hosted" if dep.self_hosted else "hosted API"
    rows: list[tuple[str, object]] = [
        ("id", dep.id),
        ("model", dep.model),
        ("provider", f"{dep.provider} ({kind})"),
        ("legal entity", f"{dep.provider_entity} ({dep.provider_jurisdiction})"),
        ("processing region", dep.processing_region),
        ("first party", "yes (the model's vendor serves it)" if dep.first_party else "no"),
        ("api adapter", dep.api),
        ("base url", dep.url),
        ("upstream model", dep.model_alias),
        ("api key env", dep.api_key_env),
        ("price / 1M tokens", _price(dep)),
        ("cached input", dep.price.cached_input_per_mtok if dep.price else None),
        ("entry hash", dep.entry_hash()[:16]),
        ("defined in", _origin_text(catalog.origin(dep))),
    ]
    retention = terms.retention_days
    data_rows: list[tuple[str, object]] = [
        ("storage location", terms.storage_location),
        ("retention", "unknown" if retention is None else f"{retention} days"),
        ("trains on data", {None: "unknown", True: "yes", False: "no"}[terms.trains_on_data]),
        ("zero retention available", "yes" if terms.zero_retention_available else "not stated"),
        ("notes", terms.notes),
    ]
    out: list[RenderableType] = [
        _fields(f"Deployment {dep.id}", rows),
        _fields("Data terms", data_rows),
    ]
    if dep.facts or dep.first_party:
        out.append(_fact_sources(dep))
    if dep.vendor_review is not None:
        out.append(_review(dep))
    out.append(_sources(dep.sources))
    return out


def _fact_sources(dep: Deployment) -> Table:
    from rich.table import Table

    from kanmon.catalog import FACTS, fact_value

    table = Table(
        "fact", "value", "retrieved", "source", title="Fact sources", title_justify="left"
    )
    for name in FACTS:
        src = dep.facts.get(name)
        value = fact_value(dep, name) or "unknown"
        if src is None:
            table.add_row(name, _cell(value), "-", _cell("no source"))
            continue
        text = src.url + (" (the vendor does not say)" if src.vendor_silent else "")
        text += f"\n{src.note}" if src.note else ""
        table.add_row(name, _cell(value), src.retrieved.isoformat(), _cell(text))
    return table


def _review(dep: Deployment) -> Table:
    r = dep.vendor_review
    assert r is not None
    return _fields(
        "Vendor review",
        [
            ("contract", r.contract),
            ("DPA", r.dpa),
            ("sub-processors", r.sub_processors),
            ("certifications", ", ".join(r.certifications) or None),
            ("incident notification", r.incident_notification),
            ("deletion", r.deletion),
            ("exit", r.exit),
            ("support", r.support),
            ("sources", ", ".join(s.url for s in r.sources) or None),
        ],
    )
