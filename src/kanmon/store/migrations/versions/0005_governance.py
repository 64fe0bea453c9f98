"""Governance: assessments, approvals and the governance event log.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_Seq = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "gov_assessments",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("deployment", sa.String(200), nullable=False),
        sa.Column("use_case", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("requester", sa.String(200), nullable=False),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("fingerprint", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("decision_note", sa.Text),
        sa.UniqueConstraint("deployment", "use_case", name="uq_gov_assessment_dep_uc"),
    )
    op.create_table(
        "gov_approvals",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("assessment_id", sa.String(32), nullable=False),
        sa.Column("deployment", sa.String(200), nullable=False),
        sa.Column("use_case", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.String(80), nullable=False),
        sa.Column("fingerprint_parts", sa.JSON, nullable=False),
        sa.Column("data_classes", sa.JSON, nullable=False),
        sa.Column("conditions", sa.JSON, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("flags", sa.JSON, nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("approved_by", sa.String(200), nullable=False),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.Text),
        sa.Column("status_changed_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_gov_approvals_dep", "gov_approvals", ["deployment", "use_case"])
    op.create_table(
        "gov_events",
        sa.Column("seq", _Seq, primary_key=True, autoincrement=True),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("assessment_id", sa.String(32)),
        sa.Column("approval_id", sa.String(32)),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_gov_events_assessment", "gov_events", ["assessment_id"])


def downgrade() -> None:
    op.drop_index("ix_gov_events_assessment", "gov_events")
    op.drop_table("gov_events")
    op.drop_index("ix_gov_approvals_dep", "gov_approvals")
    op.drop_table("gov_approvals")
    op.drop_table("gov_assessments")
