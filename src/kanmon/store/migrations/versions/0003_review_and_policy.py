"""Human review queue: held requests and their events.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_Seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "review_items",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("request_id", sa.String(40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key_id", sa.String(32)),
        sa.Column("team", sa.String(200)),
        sa.Column("model", sa.String(200)),
        sa.Column("data_class", sa.String(64)),
        sa.Column("policy_version", sa.String(64)),
        sa.Column("rule_ids", sa.JSON, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("findings", sa.JSON, nullable=False),
        sa.Column("redact", sa.JSON, nullable=False),
        sa.Column("deployments", sa.JSON, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("decided_by", sa.String(32)),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("note", sa.Text),
        sa.Column("result", sa.Text),
    )
    op.create_index("ix_review_status_created", "review_items", ["status", "created_at"])
    op.create_table(
        "review_events",
        sa.Column("seq", _Seq, primary_key=True, autoincrement=True),
        sa.Column("review_id", sa.String(40), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_review_events_review", "review_events", ["review_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_review_events_review", "review_events")
    op.drop_table("review_events")
    op.drop_index("ix_review_status_created", "review_items")
    op.drop_table("review_items")
