"""Tables of the human review queue: held requests and every action taken on them."""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Index, String, Table, Text

from kanmon.store._metadata import _Seq, metadata

review_items = Table(
    "review_items",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("request_id", String(40), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("key_id", String(32)),
    Column("team", String(200)),
    Column("model", String(200)),
    Column("data_class", String(64)),
    Column("policy_version", String(64)),
    Column("rule_ids", JSON, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("findings", JSON, nullable=False),
    Column("redact", JSON, nullable=False),
    Column("deployments", JSON, nullable=False),
    Column("body", Text, nullable=False),
    Column("decided_by", String(32)),
    Column("decided_at", DateTime(timezone=True)),
    Column("note", Text),
    Column("result", Text),
    # Migration 0008: {"endpoint", "request"} of a request that came as Responses or Messages.
    Column("wire", JSON),
    Index("ix_review_status_created", "status", "created_at"),
)

review_events = Table(
    "review_events",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("review_id", String(40), nullable=False),
    Column("ts", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(32), nullable=False),
    Column("note", Text),
    Index("ix_review_events_review", "review_id", "seq"),
)
