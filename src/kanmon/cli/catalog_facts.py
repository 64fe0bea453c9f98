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
        if strict and gaps:
            raise typer.Exit(1)
