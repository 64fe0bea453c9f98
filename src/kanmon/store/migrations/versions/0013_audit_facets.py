"""The console's search indexes move off ``audit_records`` into ``audit_facets``, which the
audit writer fills in batches: six index updates on every request's commit cost a gateway with
one client about a tenth of its requests per second.

Every record written before this revision gets its facet row here; ``ix_audit_ts`` and
``ix_audit_key_ts`` stay on the records (the log's time and key reads use them).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_FACETS = ("team", "model_requested", "deployment", "data_class", "decision", "approval_id")

# name on audit_records (0007), name on audit_facets, column, partial-index condition
_INDEXES = (
    ("ix_audit_team_ts", "ix_facets_team_ts", "team", None),
    ("ix_audit_model_ts", "ix_facets_model_ts", "model_requested", None),
    ("ix_audit_deployment_ts", "ix_facets_deployment_ts", "deployment", None),
    ("ix_audit_class_ts", "ix_facets_class_ts", "data_class", None),
    ("ix_audit_decision_ts", "ix_facets_decision_ts", "decision", "decision <> 'allow'"),
    ("ix_audit_approval_ts", "ix_facets_approval_ts", "approval_id", "approval_id IS NOT NULL"),
)


def _seq() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "audit_facets",
        sa.Column("seq", _seq(), primary_key=True, autoincrement=False),
        sa.Column("ts", sa.String(40), nullable=False),
        sa.Column("team", sa.String(200)),
        sa.Column("model_requested", sa.String(200)),
        sa.Column("deployment", sa.String(200)),
        sa.Column("data_class", sa.String(64)),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("approval_id", sa.String(32)),
    )
    cols = ", ".join(("seq", "ts", *_FACETS))
    op.execute(f"INSERT INTO audit_facets ({cols}) SELECT {cols} FROM audit_records")
    for old, new, column, where in _INDEXES:
        op.drop_index(old, "audit_records")
        cond = sa.text(where) if where else None
        op.create_index(
            new, "audit_facets", [column, "ts", "seq"], sqlite_where=cond, postgresql_where=cond
        )


def downgrade() -> None:
    for old, new, column, where in _INDEXES:
        op.drop_index(new, "audit_facets")
        cond = sa.text(where) if where else None
        op.create_index(
            old, "audit_records", [column, "ts", "seq"], sqlite_where=cond, postgresql_where=cond
        )
    op.drop_table("audit_facets")
