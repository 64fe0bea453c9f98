"""State the worker processes (and replicas) of a gateway share without Redis: budget and
request-rate counters with named holds, the workers' board and the reload signals.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SIGNALS = ("policy", "catalog", "keys")


def upgrade() -> None:
    op.create_table(
        "limit_budgets",
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("period_no", sa.BigInteger, primary_key=True),
        sa.Column("spent_tokens", sa.BigInteger, nullable=False),
        sa.Column("held_tokens", sa.BigInteger, nullable=False),
        sa.Column("spent_nano", sa.BigInteger, nullable=False),
        sa.Column("held_nano", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
    )
    op.create_index("ix_limit_budgets_expires", "limit_budgets", ["expires_at"])
    op.create_table(
        "limit_holds",
        sa.Column("hold_id", sa.String(40), primary_key=True),
        sa.Column("key_id", sa.String(64), nullable=False),
        sa.Column("period_no", sa.BigInteger, nullable=False),
        sa.Column("tokens", sa.BigInteger, nullable=False),
        sa.Column("nano", sa.BigInteger, nullable=False),
        sa.Column("released_at", sa.Float, nullable=False),
        sa.Column("released", sa.Boolean, nullable=False),
    )
    op.create_index("ix_limit_holds_released_at", "limit_holds", ["released_at"])
    op.create_table(
        "limit_rpm",
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("minute", sa.BigInteger, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_table(
        "gateway_workers",
        sa.Column("worker_id", sa.String(80), primary_key=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("seen_at", sa.Float, nullable=False),
        sa.Column("state", sa.JSON, nullable=False),
    )
    signals = op.create_table(
        "gateway_signals",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("generation", sa.BigInteger, nullable=False),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("by", sa.String(80), nullable=False),
    )
    # One row per kind of reload, made here so a signal is one UPDATE (no race to insert it).
    op.bulk_insert(
        signals,
        [{"name": n, "generation": 0, "at": 0.0, "by": ""} for n in SIGNALS],
    )


def downgrade() -> None:
    for name in ("gateway_signals", "gateway_workers", "limit_rpm", "limit_holds"):
        op.drop_table(name)
    op.drop_index("ix_limit_budgets_expires", "limit_budgets")
    op.drop_table("limit_budgets")
