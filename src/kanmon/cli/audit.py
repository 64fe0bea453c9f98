"""``kanmon audit``: read the audit log."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from kanmon.audit import MAX_TREE_SIZE
from kanmon.cli._common import MAX_ROWS, ConfigOption, config_from

app = typer.Typer(help="Read the audit log.")


@app.command("list")
def list_records(
    limit: int = typer.Option(20, min=1, max=MAX_ROWS, help="How many of the newest records."),
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


def _db(config: Path | None):  # type: ignore[no-untyped-def]
    from kanmon.store import Database, migrate

    cfg, _ = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    return cfg, db


def _public_key(cfg, public_key: Path | None):  # type: ignore[no-untyped-def]
    """The key to check signatures with: a file you trust, else the configured signing key."""
    from kanmon.audit import parse_public_key

    if public_key is not None:
        return parse_public_key(public_key.read_text(encoding="utf-8"))
    from kanmon.audit import signer_for as audit_signer

    return audit_signer(cfg).public


@app.command("verify")
def verify(
    start: int = typer.Option(
        0, "--from", min=0, max=MAX_TREE_SIZE, help="First leaf index whose record is checked."
    ),
    end: int | None = typer.Option(
        None, "--to", min=0, max=MAX_TREE_SIZE, help="Stop before this leaf index."
    ),
    public_key: Path | None = typer.Option(
        None, help="Ed25519 public key (PEM) to check tree heads with; default: the configured."
    ),
    json_out: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    config: Path | None = ConfigOption,
) -> None:
    """Verify the log (all of it, or the records of a range) and name the first bad record."""
    from kanmon.audit import verify_log

    cfg, db = _db(config)
    rep = verify_log(db, _public_key(cfg, public_key), start=start, end=end)
    db.close()
    if json_out:
        typer.echo(json.dumps(rep.to_dict()))
    else:
        typer.echo(rep.summary())
        for p in rep.problems[1:20]:
            typer.echo(f"  also: {p.describe()}")
    if not rep.ok:
        raise typer.Exit(1)


@app.command("export")
def export(
    out: Path = typer.Argument(..., help="JSONL file to write ('-' for stdout)."),
    start: int = typer.Option(
        0, "--from", min=0, max=MAX_TREE_SIZE, help="First leaf index to export."
    ),
    end: int | None = typer.Option(
        None, "--to", min=0, max=MAX_TREE_SIZE, help="Stop before this leaf index."
    ),
    since: int | None = typer.Option(
        None, help="Also prove consistency with the signed tree head of this size."
    ),
    sign_now: bool = typer.Option(
        False, "--sign-now", help="First sign a tree head over the records not yet signed."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Export records with inclusion proofs against the newest signed tree head."""
    from kanmon.audit import AuditWriter, export_lines
    from kanmon.audit import signer_for as audit_signer

    cfg, db = _db(config)
    signer = audit_signer(cfg)
    if sign_now:
        w = AuditWriter(db, signer=signer)
        w.sign_now()
        w.close()
    lines = export_lines(db, signer.public_raw_b64(), start=start, end=end, since=since)
    if str(out) == "-":
        for line in lines:
            typer.echo(line.decode(), nl=False)
    else:
        from kanmon.cli._common import atomic_write

        atomic_write(out, b"".join(lines).decode())
        typer.echo(f"wrote {out}", err=True)
    db.close()


@app.command("proof")
def proof(
    leaf: int | None = typer.Option(
        None, min=0, max=MAX_TREE_SIZE, help="Inclusion proof of this leaf index."
    ),
    consistency_from: int | None = typer.Option(
        None,
        "--consistency-from",
        min=1,
        max=MAX_TREE_SIZE,
        help="Consistency proof from the signed head of this size.",
    ),
    size: int | None = typer.Option(
        None, min=1, max=MAX_TREE_SIZE, help="Signed tree head size (default: the newest)."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Print an inclusion or a consistency proof (JSON)."""
    from kanmon.audit import consistency, inclusion

    _, db = _db(config)
    if leaf is not None:
        typer.echo(json.dumps(inclusion(db, leaf, size), indent=2))
    elif consistency_from is not None:
        typer.echo(json.dumps(consistency(db, consistency_from, size), indent=2))
    else:
        raise typer.BadParameter("give --leaf or --consistency-from")
    db.close()


@app.command("public-key")
def public_key(config: Path | None = ConfigOption) -> None:
    """Print the PEM public key that verifies this gateway's tree heads."""
    from kanmon.audit import signer_for as audit_signer

    cfg, _ = config_from(config)
    signer = audit_signer(cfg)
    typer.echo(signer.public_pem(), nl=False)
    typer.echo(f"# key id {signer.key_id}", err=True)


@app.command("erase")
def erase(
    request_id: list[str] = typer.Option([], "--request-id", help="Erase these records' content."),
    key_id: str | None = typer.Option(None, help="Erase the content of every record of a key."),
    config: Path | None = ConfigOption,
) -> None:
    """GDPR-style erasure: remove stored content, keep records and leaf hashes."""
    from kanmon.audit import erase_content

    _, db = _db(config)
    n = erase_content(db, request_ids=request_id or None, key_id=key_id)
    db.close()
    typer.echo(f"erased content of {n} record(s); the log still verifies")


@app.command("retain")
def retain(
    days: float = typer.Option(..., help="Erase the content of records older than this."),
    config: Path | None = ConfigOption,
) -> None:
    """Retention: remove content older than DAYS, keep records and leaf hashes."""
    from kanmon.audit import apply_retention

    _, db = _db(config)
    n = apply_retention(db, days)
    db.close()
    typer.echo(f"erased content of {n} record(s) older than {days} day(s)")
