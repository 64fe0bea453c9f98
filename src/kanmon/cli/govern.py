"""``kanmon govern``: the approval state of every deployment."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kanmon.cli._common import ConfigOption, config_from

app = typer.Typer(help="Governance state: which deployment may serve which use case.")


@app.command("status")
def status(
    all_deployments: bool = typer.Option(
        False, "--all", help="Every catalog deployment, not only routed or assessed ones."
    ),
    refresh: bool = typer.Option(
        True, help="First suspend approvals whose deployment changed or that expired."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
    config: Path | None = ConfigOption,
) -> None:
    """Show each deployment × use case: approved, suspended, expired, assessed or unassessed."""
    from kanmon.cli.assess import service
    from kanmon.governance import status_rows

    cfg, _ = config_from(config)
    gov = service(config)
    if refresh:
        gov.reconcile()
    if all_deployments:
        deps = sorted(gov.catalog.deployments)
    else:
        deps = sorted({d for r in cfg.routes.values() for d in r.deployments})
    rows = status_rows(gov, deps)
    if json_out:
        typer.echo(json.dumps({"enforce": cfg.governance.enforce, "data": rows}, indent=2))
        return
    from rich.table import Table

    from kanmon.cli._render import wide_console

    t = Table(
        "deployment",
        "use case",
        "state",
        "approval",
        "data classes",
        "expires",
        "reason",
        title=f"governance.enforce = {str(cfg.governance.enforce).lower()}",
    )
    for r in rows:
        t.add_row(
            r["deployment"],
            r["use_case"] or "",
            r["state"],
            r["approval_id"] or "",
            ", ".join(r["data_classes"]),
            (r["expires_at"] or "")[:10],
            r["reason"] or "",
        )
    wide_console().print(t)
