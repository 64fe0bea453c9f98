"""``kanmon catalog check``: which facts of first-party deployments still lack a vendor source."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    from kanmon.cli.catalog import _CONFIG_HELP, _load

    @app.command("check")
    def check(
        strict: bool = typer.Option(
            False, "--strict", help="Exit 1 when any fact is missing (for CI on your catalog)."
        ),
        config: Path | None = typer.Option(None, "--config", "-c", help=_CONFIG_HELP),
    ) -> None:
        """List the facts (region, retention, training, price) of first-party deployments
        without a source in the vendor's own documents, or unknown without one showing the
        vendor says nothing."""
        from kanmon.catalog import FACTS, fact_gaps

        catalog = _load(config)
        first = [d for d in catalog.deployments.values() if d.first_party]
        gaps = fact_gaps(first)
        for line in gaps:
            typer.echo(line)
        total = len(first) * len(FACTS)
        typer.echo(
            f"{total - len(gaps)} of {total} facts of {len(first)} first-party deployments are "
            f"sourced from the vendors' own documents; {len(gaps)} missing"
        )
        unpriced = _unpriced_routes(config)
        for line in unpriced:
            typer.echo(line)
        if strict and (gaps or unpriced):
            raise typer.Exit(1)


def _unpriced_routes(config_path: Path | None) -> list[str]:
    """A warning per deployment the gateway routes to that has no price, or whose price is in a
    currency without a rate in ``pricing.rates``: its cost is unknown, so keys with a USD budget
    cannot use it and the cost metrics leave it out."""
    from kanmon.catalog import load_configured
    from kanmon.config import find_config, load_config

    found = find_config(config_path)
    if found is None:
        return []
    cfg = load_config(found)
    catalog = load_configured(cfg, found)
    routed = {d for route in cfg.routes.values() for d in route.deployments}
    if cfg.gateway.expose_deployments:
        routed |= set(catalog.deployments)
    out = []
    for dep_id in sorted(routed & set(catalog.deployments)):
        price = catalog.deployments[dep_id].price
        if price is None:
            out.append(
                f"warning: {dep_id} has no price in the catalog: its cost is unknown, keys with a "
                "USD budget cannot use it and kanmon_cost_usd_total leaves it out (a price of 0 "
                "makes it free)"
            )
        elif not price.usd_known:
            out.append(
                f"warning: {dep_id} is priced in {price.currency} and pricing.rates has no "
                f"{price.currency} rate (USD per {price.currency}): its cost is unknown, keys with "
                f"a USD budget cannot use it and kanmon_cost_usd_total leaves it out"
            )
    return out
