"""How ``kanmon catalog`` shows models and deployments in a terminal: tables for lists, field
views with licence obligations, fact sources and vendor-review facts for one entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

    from kanmon.catalog import Catalog, Origin
    from kanmon.core.catalog import Deployment, Licence, Model, Source


def print_all(*renderables: RenderableType) -> None:
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


def deployments_table(pairs: list[tuple[Model, Deployment]]) -> Table:
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


def models_table(catalog: Catalog, found: list[Model]) -> Table:
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


def model_view(catalog: Catalog, model: Model, *, brief: bool = False) -> list[RenderableType]:
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


def deployment_view(catalog: Catalog, dep: Deployment) -> list[RenderableType]:
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
        [*r.facts(), ("sources", ", ".join(s.url for s in r.sources) or None)],
    )
