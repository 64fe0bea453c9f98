"""``kanmon audit``: read the audit log."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kanmon.cli._common import ConfigOption, config_from

app = typer.Typer(help="Read the audit log.")


@app.command("list")
def list_records(
    limit: int = typer.Option(20, help="How many of the newest records."),
    request_id: str | None = typer.Option(None, help="Only this request."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON lines."),
    config: Path | None = ConfigOption,
) -> None:
    """Show the newest audit records."""
    from kanmon.audit import read_records
    from kanmon.store import Database, migrate

    cfg, _ = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    rows = read_records(db, limit=limit, request_id=request_id)
    if json_out:
        for r in rows:
            typer.echo(json.dumps(r, sort_keys=True))
        return
    from kanmon.cli._render import audit_table, wide_console

    wide_console().print(audit_table(rows))
