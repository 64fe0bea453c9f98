"""Merkle audit log (leaf index and hash per record, tree state, signed heads), erasable
content, and per-key budgets.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from kanmon.audit._format import leaf_bytes
from kanmon.audit._merkle import Frontier, leaf_hash

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as b:
        b.add_column(sa.Column("budget_usd", sa.Float))
        b.add_column(sa.Column("budget_tokens", sa.BigInteger))
        b.add_column(sa.Column("budget_period_s", sa.Integer))
    with op.batch_alter_table("audit_records") as b:
        b.add_column(sa.Column("leaf_index", sa.BigInteger))
        b.add_column(sa.Column("leaf_hash", sa.String(64)))
        b.add_column(sa.Column("content", sa.Text))
        b.add_column(sa.Column("erased_at", sa.String(40)))
        b.create_unique_constraint("uq_audit_records_leaf_index", ["leaf_index"])
    op.create_table(
        "audit_log_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("tree_size", sa.BigInteger, nullable=False),
        sa.Column("root_hash", sa.String(64), nullable=False),
        sa.Column("frontier", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "audit_tree_heads",
        sa.Column("tree_size", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("root_hash", sa.String(64), nullable=False),
        sa.Column("ts", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
    )
    _adopt_existing_records()


def _adopt_existing_records() -> None:
    """Records written before this revision become the first leaves, in their order."""
    conn = op.get_bind()
    rec = sa.table(
        "audit_records",
        sa.column("seq", sa.BigInteger),
        sa.column("record", sa.Text),
        sa.column("leaf_index", sa.BigInteger),
        sa.column("leaf_hash", sa.String),
    )
    frontier = Frontier()
    rows = conn.execute(sa.select(rec.c.seq, rec.c.record).order_by(rec.c.seq)).all()
    for seq, text in rows:
        lh = leaf_hash(leaf_bytes(frontier.size, text))
        conn.execute(
            rec.update()
            .where(rec.c.seq == seq)
            .values(leaf_index=frontier.size, leaf_hash=lh.hex())
        )
        frontier.append(lh)
    state = sa.table(
        "audit_log_state",
        sa.column("id", sa.Integer),
        sa.column("tree_size", sa.BigInteger),
        sa.column("root_hash", sa.String),
        sa.column("frontier", sa.Text),
        sa.column("updated_at", sa.String),
    )
    conn.execute(
        state.insert().values(
            id=1,
            tree_size=frontier.size,
            root_hash=frontier.root().hex(),
            frontier=json.dumps([n.hex() for n in frontier.nodes]),
            updated_at=dt.datetime.now(dt.UTC).isoformat(),
        )
    )


def downgrade() -> None:
    op.drop_table("audit_tree_heads")
    op.drop_table("audit_log_state")
    with op.batch_alter_table("audit_records") as b:
        b.drop_constraint("uq_audit_records_leaf_index", type_="unique")
        b.drop_column("erased_at")
        b.drop_column("content")
        b.drop_column("leaf_hash")
        b.drop_column("leaf_index")
    with op.batch_alter_table("api_keys") as b:
        b.drop_column("budget_period_s")
        b.drop_column("budget_tokens")
        b.drop_column("budget_usd")
