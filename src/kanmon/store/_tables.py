"""The schema of keys and the audit log; the other domains' tables are in ``_tables_*.py``.
Alembic migrations in ``migrations/versions`` must match them all (a test checks); importing
``kanmon.store`` registers every table."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from kanmon.store._metadata import _Seq, metadata

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("key_hash", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("team", String(200), nullable=False),
    Column("roles", JSON, nullable=False),
    Column("use_case", String(200)),
    Column("models", JSON, nullable=False),
    Column("rpm_limit", Integer),
    Column("data_class", String(64)),
    # Migration 0002: spend limits per period, enforced in Redis (or in-process without it).
    Column("budget_usd", Float),
    Column("budget_tokens", BigInteger),
    Column("budget_period_s", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("created_by", String(32)),
    # Migration 0006: who the key belongs to; four-eyes checks treat one owner's keys as one.
    Column("owner", String(200)),
    # Migration 0010: where the key's callers are (ISO codes, EU), for licence territory.
    Column("territory", JSON),
    Column("revoked_at", DateTime(timezone=True)),
)

audit_records = Table(
    "audit_records",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("request_id", String(40), nullable=False, unique=True),
    Column("ts", String(40), nullable=False),
    Column("key_id", String(32)),
    Column("team", String(200)),
    Column("endpoint", String(64), nullable=False),
    Column("model_requested", String(200)),
    Column("deployment", String(200)),
    Column("status", Integer, nullable=False),
    Column("decision", String(32), nullable=False),
    Column("latency_ms", Float, nullable=False),
    # Migration 0011: NULL when the cost is unknown (no price, or no rate for its currency).
    Column("cost_usd", Float),
    Column("record", Text, nullable=False),
    # Migration 0002: the record's place in the Merkle log, its leaf hash, the stored content
    # (per the content mode; erasable) and when that content was erased.
    Column("leaf_index", BigInteger),
    Column("leaf_hash", String(64)),
    Column("content", Text),
    Column("erased_at", String(40)),
    # Migration 0007: what the console filters and charts by, as columns (the record keeps
    # them too): the data class, the approval served under, tokens and fallbacks.
    Column("data_class", String(64)),
    Column("approval_id", String(32)),
    Column("tokens", BigInteger),
    Column("fallbacks", Integer),
    UniqueConstraint("leaf_index", name="uq_audit_records_leaf_index"),
    Index("ix_audit_ts", "ts"),
    Index("ix_audit_key_ts", "key_id", "ts"),
    # The console's other filters are indexed in ``audit_facets`` (migration 0013), filled in
    # batches, so a request's commit does not update six more indexes.
)
