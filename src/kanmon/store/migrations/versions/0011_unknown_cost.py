"""An unknown cost is NULL in ``audit_records.cost_usd``, not 0: a deployment with no price, or
priced in a currency without a rate, costs what nobody knows, and a sum that counted it as 0
would under-count without saying so.

Rows written before this revision whose record says ``"cost_usd": null`` (a price without a
rate) get NULL too; their record, which the Merkle log hashes, is not touched. On SQLite the
table is copied once (``batch_alter_table``): time in proportion to the log.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_records") as batch:
        batch.alter_column("cost_usd", existing_type=sa.Float(), nullable=True)
    # the column held 0 for every unknown cost, so only rows at 0 need their JSON read
    if op.get_bind().dialect.name == "sqlite":
        unknown = "json_type(record, '$.cost_usd') = 'null'"
    else:
        unknown = "json_typeof(record::json -> 'cost_usd') = 'null'"
    op.execute(f"UPDATE audit_records SET cost_usd = NULL WHERE cost_usd = 0 AND {unknown}")


def downgrade() -> None:
    op.execute("UPDATE audit_records SET cost_usd = 0 WHERE cost_usd IS NULL")
    with op.batch_alter_table("audit_records") as batch:
        batch.alter_column("cost_usd", existing_type=sa.Float(), nullable=False)
