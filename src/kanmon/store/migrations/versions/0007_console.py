"""The operator console: sessions, and the audit columns and indexes its search and charts use
(data class, approval, tokens, fallbacks; keyset pagination newest first per filter).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_audit_team_ts": ("team", None),
    "ix_audit_model_ts": ("model_requested", None),
    "ix_audit_deployment_ts": ("deployment", None),
    "ix_audit_class_ts": ("data_class", None),
    "ix_audit_decision_ts": ("decision", "decision <> 'allow'"),
    "ix_audit_approval_ts": ("approval_id", "approval_id IS NOT NULL"),
}


def upgrade() -> None:
    op.create_table(
        "console_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("key_id", sa.String(32)),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_console_sessions_seen", "console_sessions", ["seen_at"])
    with op.batch_alter_table("audit_records") as b:
        b.add_column(sa.Column("data_class", sa.String(64)))
        b.add_column(sa.Column("approval_id", sa.String(32)))
        b.add_column(sa.Column("tokens", sa.BigInteger))
        b.add_column(sa.Column("fallbacks", sa.Integer))
    _fill_from_records()
    for name, (column, where) in _INDEXES.items():
        cond = sa.text(where) if where else None
        op.create_index(
            name, "audit_records", [column, "ts", "seq"], sqlite_where=cond, postgresql_where=cond
        )


def _fill_from_records() -> None:
    """Records written before this revision get the new columns from their own JSON."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "UPDATE audit_records SET "
            "data_class = json_extract(record, '$.data_class'), "
            "approval_id = json_extract(record, '$.approval_id'), "
            "tokens = coalesce(json_extract(record, '$.prompt_tokens'), 0) "
            "+ coalesce(json_extract(record, '$.completion_tokens'), 0), "
            "fallbacks = max(coalesce(json_array_length(record, '$.attempts'), 0) - 1, 0)"
        )
    else:
        op.execute(
            "UPDATE audit_records SET "
            "data_class = record::json->>'data_class', "
            "approval_id = record::json->>'approval_id', "
            "tokens = coalesce((record::json->>'prompt_tokens')::bigint, 0) "
            "+ coalesce((record::json->>'completion_tokens')::bigint, 0), "
            "fallbacks = greatest(coalesce(json_array_length(record::json->'attempts'), 0) - 1, 0)"
        )


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, "audit_records")
    with op.batch_alter_table("audit_records") as b:
        b.drop_column("fallbacks")
        b.drop_column("tokens")
        b.drop_column("approval_id")
        b.drop_column("data_class")
    op.drop_index("ix_console_sessions_seen", "console_sessions")
    op.drop_table("console_sessions")
