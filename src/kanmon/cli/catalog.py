"""``kanmon catalog``: browse models and deployments with their provenance, licences and prices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from kanmon.cli._catalog_views import (
    deployment_view,
    deployments_table,
    model_view,
    models_table,
    print_all,
)

if TYPE_CHECKING:
    from kanmon.catalog import Catalog, Origin
    from kanmon.core.catalog import Deployment, Model

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
            print_all(models_table(catalog, found))
        return
    if as_json:
        _echo_json(
            {
                "content_hash": catalog.content_hash(),
                "deployments": [_deployment_json(catalog, d) for _, d in pairs],
            }
        )
    else:
        print_all(deployments_table(pairs))


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
            print_all(*model_view(catalog, entry))
        return
    model = catalog.model_of(entry)
    if as_json:
        _echo_json(_deployment_json(catalog, entry))
    else:
        print_all(*deployment_view(catalog, entry), *model_view(catalog, model, brief=True))


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
