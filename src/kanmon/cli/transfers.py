"""``kanmon transfers``: the cross-border transfer report from the audit log, and its check."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal

import typer

from kanmon.cli._common import ConfigOption, atomic_write, config_from

app = typer.Typer(
    help="Cross-border transfers: which data classes went to which jurisdictions, regions and "
    "provider entities, from the audit log (records of processing, transfer filings).",
    no_args_is_help=True,
)

Format = Literal["json", "csv", "html"]


def parse_when(value: str, what: str) -> dt.datetime:
    """``2026-11-01`` (midnight UTC) or an ISO 8601 time with a timezone."""
    from kanmon.errors import BadRequestError

    try:
        if len(value) == 10:
            return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise BadRequestError(f"{what} {value!r}: expected 2026-11-01 or ISO 8601") from None
    if when.tzinfo is None:
        raise BadRequestError(f"{what} {value!r}: give a timezone, e.g. 2026-11-01T00:00:00Z")
    return when


def month_period(month: str) -> tuple[dt.datetime, dt.datetime]:
    from kanmon.errors import BadRequestError

    try:
        start = dt.datetime.strptime(month, "%Y-%m").replace(tzinfo=dt.UTC)
    except ValueError:
        raise BadRequestError(f"--month {month!r}: expected YYYY-MM") from None
    # the month after it, by its number: December 9999 has none (and no end to report to)
    if start.month == 12:
        if start.year == dt.MAXYEAR:
            raise BadRequestError(f"--month {month!r}: the last month a report covers is 9999-11")
        return start, start.replace(year=start.year + 1, month=1)
    return start, start.replace(month=start.month + 1)


def _open(config: Path | None, public_key: Path | None):  # type: ignore[no-untyped-def]
    from kanmon.audit import parse_public_key, signer_for
    from kanmon.catalog import load_configured
    from kanmon.store import Database, migrate

    cfg, path = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    key = (
        parse_public_key(public_key.read_text(encoding="utf-8"))
        if public_key is not None
        else signer_for(cfg).public
    )
    return db, load_configured(cfg, path), key


@app.command("report")
def report(
    since: str | None = typer.Option(None, help="Start (inclusive): 2026-11-01 or ISO 8601."),
    until: str | None = typer.Option(None, help="End (exclusive): 2026-12-01 or ISO 8601."),
    month: str | None = typer.Option(None, help="A calendar month (UTC), e.g. 2026-11."),
    home: list[str] = typer.Option(
        [], "--home", help="Your territory (ISO code or EU), to mark rows cross-border."
    ),
    fmt: str = typer.Option("html", "--format", "-f", help="json, csv or html."),
    output: Path | None = typer.Option(None, "-o", "--output", help="File (default: stdout)."),
    public_key: Path | None = typer.Option(
        None, help="Ed25519 public key (PEM) to check tree heads with; default: the configured."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Build the report for a period from the audit log and verify its records."""
    from kanmon.errors import BadRequestError
    from kanmon.transfers import build_report, render_csv, render_html

    if month is not None:
        start, end = month_period(month)
    elif since is not None and until is not None:
        start, end = parse_when(since, "--since"), parse_when(until, "--until")
    else:
        raise BadRequestError("give --month YYYY-MM, or --since and --until")
    if fmt not in ("json", "csv", "html"):
        raise BadRequestError(f"--format {fmt!r}: expected json, csv or html")
    db, catalog, key = _open(config, public_key)
    rep = build_report(db, since=start, until=end, home=home, catalog=catalog, public_key=key)
    text = {
        "json": lambda: json.dumps(rep.to_json(), indent=2) + "\n",
        "csv": lambda: render_csv(rep),
        "html": lambda: render_html(rep),
    }[fmt]()
    if output is None:
        typer.echo(text, nl=False)
        return
    atomic_write(output, text)
    ok = rep.verification.get("ok") and rep.verification.get("covered")
    typer.echo(
        f"{output}: {rep.records} requests in {len(rep.rows)} rows, "
        + ("verified against the signed tree head" if ok else "NOT verified: ")
        + ("" if ok else str(rep.verification.get("summary")))
    )


@app.command("verify")
def verify(
    report_file: Path = typer.Argument(..., metavar="REPORT.json"),
    public_key: Path | None = typer.Option(
        None, help="Ed25519 public key (PEM) to check tree heads with; default: the configured."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Re-build a JSON report from the log and say whether it still holds."""
    from kanmon.errors import BadRequestError
    from kanmon.transfers import check_report

    try:
        doc = json.loads(report_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BadRequestError(f"{report_file}: {e}") from None
    if not isinstance(doc, dict):
        raise BadRequestError(f"{report_file}: not a JSON object")
    db, catalog, key = _open(config, public_key)
    problems = check_report(db, doc, catalog=catalog, public_key=key)
    if problems:
        for p in problems:
            typer.echo(f"FAILED: {p}")
        raise typer.Exit(1)
    typer.echo(
        f"OK: {doc.get('records')} requests from {doc.get('since')} to {doc.get('until')} are "
        f"the log's records (digest {doc.get('records_digest')}), under signed tree head "
        f"{(doc.get('tree_head') or {}).get('tree_size')}"
    )
