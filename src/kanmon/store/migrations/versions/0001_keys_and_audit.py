"""API keys and the minimal audit table.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_Seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("team", sa.String(200), nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("use_case", sa.String(200)),
        sa.Column("models", sa.JSON, nullable=False),
        sa.Column("rpm_limit", sa.Integer),
        sa.Column("data_class", sa.String(64)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(32)),
        sa.Column("revoked_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "audit_records",
        sa.Column("seq", _Seq, primary_key=True, autoincrement=True),
        sa.Column("request_id", sa.String(40), nullable=False, unique=True),
        sa.Column("ts", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(32)),
        sa.Column("team", sa.String(200)),
        sa.Column("endpoint", sa.String(64), nullable=False),
        sa.Column("model_requested", sa.String(200)),
        sa.Column("deployment", sa.String(200)),
        sa.Column("status", sa.Integer, nullable=False),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("latency_ms", sa.Float, nullable=False),
        sa.Column("cost_usd", sa.Float, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_ts", "audit_records", ["ts"])
    op.create_index("ix_audit_key_ts", "audit_records", ["key_id", "ts"])


def downgrade() -> None:
    op.drop_index("ix_audit_key_ts", "audit_records")
    op.drop_index("ix_audit_ts", "audit_records")
    op.drop_table("audit_records")
    op.drop_table("api_keys")
