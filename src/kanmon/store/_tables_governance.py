"""Governance tables: assessments, approvals, and the log of every governance action."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from kanmon.store._metadata import _Seq, metadata

gov_assessments = Table(
    "gov_assessments",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("deployment", String(200), nullable=False),
    Column("use_case", String(200), nullable=False),
    Column("status", String(16), nullable=False),
    Column("requester", String(200), nullable=False),
    Column("answers", JSON, nullable=False),
    Column("fingerprint", String(80), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("decided_by", String(200)),
    Column("decided_at", DateTime(timezone=True)),
    Column("decision_note", Text),
    UniqueConstraint("deployment", "use_case", name="uq_gov_assessment_dep_uc"),
)

gov_approvals = Table(
    "gov_approvals",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("assessment_id", String(32), nullable=False),
    Column("deployment", String(200), nullable=False),
    Column("use_case", String(200), nullable=False),
    Column("fingerprint", String(80), nullable=False),
    Column("fingerprint_parts", JSON, nullable=False),
    Column("data_classes", JSON, nullable=False),
    Column("conditions", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    Column("flags", JSON, nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("approved_by", String(200), nullable=False),
    Column("approved_at", DateTime(timezone=True), nullable=False),
    Column("status", String(16), nullable=False),
    Column("status_reason", Text),
    Column("status_changed_at", DateTime(timezone=True)),
    Index("ix_gov_approvals_dep", "deployment", "use_case"),
)

gov_events = Table(
    "gov_events",
    metadata,
    Column("seq", _Seq, primary_key=True, autoincrement=True),
    Column("ts", DateTime(timezone=True), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("assessment_id", String(32)),
    Column("approval_id", String(32)),
    Column("detail", JSON, nullable=False),
    Index("ix_gov_events_assessment", "assessment_id"),
)
