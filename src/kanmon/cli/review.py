"""``kanmon review``: the human review queue, straight from the store. Every action is
recorded as a review event and as an audit record."""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kanmon.cli._common import MAX_ROWS, ConfigOption, config_from

if TYPE_CHECKING:
    from kanmon.review import ReviewItem, ReviewStore
    from kanmon.store import Database

app = typer.Typer(help="List, read and decide requests held for review.")

ActorOption = typer.Option(None, "--as", help="Reviewer name recorded (default: cli:$USER).")


def _open(config: Path | None) -> tuple[Database, ReviewStore]:
    from kanmon.review import ReviewStore
    from kanmon.store import Database, migrate

    cfg, _ = config_from(config)
    db = Database(cfg.store_url())
    migrate(db)
    return db, ReviewStore(db)


def _actor(name: str | None) -> str:
    if name:
        return name
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = os.environ.get("USER", "unknown")
    return f"cli:{user}"


def _audit(db: Database, item: ReviewItem, action: str, actor: str, note: str | None) -> None:
    from kanmon.audit import AuditWriter
    from kanmon.request import new_request_id
    from kanmon.review import action_record

    rec = action_record(
        item,
        action,
        actor_key_id=None,
        actor_name=actor,
        roles=["reviewer"],
        request_id=new_request_id(),
        note=note,
    )
    AuditWriter(db).write_now(rec)


@app.command("list")
def list_items(
    status: str = typer.Option("pending", help="pending, approved, rejected, completed, all."),
    limit: int = typer.Option(50, min=1, max=MAX_ROWS),
    json_out: bool = typer.Option(False, "--json", help="Print JSON lines."),
    config: Path | None = ConfigOption,
) -> None:
    """List held requests (oldest first)."""
    db, store = _open(config)
    try:
        items = store.list(status=None if status == "all" else status, limit=limit)
        for i in items:
            if json_out:
                data = {k: v for k, v in i.to_json().items() if k != "body"}
                typer.echo(json.dumps(data, ensure_ascii=False, sort_keys=True))
            else:
                typer.echo(
                    f"{i.id}  {i.status:<9} {i.kind:<7} {i.created_at:%Y-%m-%d %H:%M:%S}"
                    f"  team={i.team}"
                    f"  model={i.model}  class={i.data_class}  rules={','.join(i.rule_ids)}"
                )
        if not items and not json_out:
            typer.echo(f"no {status} review items")
    finally:
        db.close()


@app.command("show")
def show(
    review_id: str,
    actor: str | None = ActorOption,
    config: Path | None = ConfigOption,
) -> None:
    """Print one held request in full, with its history (the viewing is recorded)."""
    db, store = _open(config)
    try:
        item = store.get(review_id)
        who = _actor(actor)
        store.note_viewed(review_id, who)
        _audit(db, item, "show", who, None)
        out = {**item.to_json(), "events": store.events(review_id)}
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    finally:
        db.close()


def _decide(
    review_id: str, approve: bool, note: str | None, actor: str | None, config: Path | None
) -> None:
    db, store = _open(config)
    try:
        who = _actor(actor)
        item = store.decide(review_id, approve=approve, actor=who, note=note)
        _audit(db, item, "approve" if approve else "reject", who, note)
        typer.echo(f"{item.id} {item.status} by {who}")
    finally:
        db.close()


@app.command("approve")
def approve(
    review_id: str,
    note: str | None = typer.Option(None, help="Why (kept with the decision)."),
    actor: str | None = ActorOption,
    config: Path | None = ConfigOption,
) -> None:
    """Approve a held request; the caller's next poll runs it."""
    _decide(review_id, True, note, actor, config)


@app.command("reject")
def reject(
    review_id: str,
    note: str | None = typer.Option(None, help="Why (kept with the decision)."),
    actor: str | None = ActorOption,
    config: Path | None = ConfigOption,
) -> None:
    """Reject a held request; the caller's poll reports it rejected."""
    _decide(review_id, False, note, actor, config)
