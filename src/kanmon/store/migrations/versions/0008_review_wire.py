"""Held requests remember the wire format they came in (endpoint and the caller's own request),
so a Responses or Messages caller polls its answer back in its own format.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_items") as batch:
        batch.add_column(sa.Column("wire", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("review_items") as batch:
        batch.drop_column("wire")
