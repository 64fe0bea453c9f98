"""An eval item's unknown cost is NULL in ``eval_items.cost_usd``, not 0, as in the audit log
(0011): a deployment with no price, or priced in a currency without a rate.

Rows written before this revision held 0 with the reason in their ``detail``
(``cost_unknown``, or ``cost_native`` with no ``usd_per_unit``); they get NULL. A run's content
hash is unchanged: it hashes such a row as it was written (see ``evals/_store.py``). Stored
run summaries lose their cost per 1k items where some item's cost was unknown (it had counted
those items as free) and their USD total where no item's cost was known.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_RUNS = sa.table("eval_runs", sa.column("id", sa.String), sa.column("summary", sa.JSON))


def _unknown_sql(dialect: str) -> str:
    if dialect == "sqlite":
        return (
            "(json_type(detail, '$.cost_unknown') = 'text' OR "
            "(json_type(detail, '$.cost_native') = 'object' AND "
            "COALESCE(json_type(detail, '$.cost_native.usd_per_unit'), 'null') = 'null'))"
        )
    return (
        "(json_typeof(detail::json -> 'cost_unknown') = 'string' OR "
        "(json_typeof(detail::json -> 'cost_native') = 'object' AND "
        "COALESCE(json_typeof(detail::json -> 'cost_native' -> 'usd_per_unit'), 'null') = 'null'))"
    )


def _aggregates(summary: Any) -> Iterator[dict[str, Any]]:
    """Every per-model aggregate of a summary: the run's, and each suite's."""
    if not isinstance(summary, dict):
        return
    yield from (a for a in (summary.get("models") or {}).values() if isinstance(a, dict))
    for suite in (summary.get("suites") or {}).values():
        if isinstance(suite, dict):
            models = suite.get("models") or {}
            yield from (a for a in models.values() if isinstance(a, dict))


def _rewrite_summaries(fix: Any) -> None:
    conn = op.get_bind()
    for run_id, summary in conn.execute(sa.select(_RUNS.c.id, _RUNS.c.summary)).all():
        changed = [fix(a) for a in _aggregates(summary)]
        if any(changed):
            conn.execute(_RUNS.update().where(_RUNS.c.id == run_id).values(summary=summary))


def _forget_partial_costs(agg: dict[str, Any]) -> bool:
    unknown = agg.get("cost_unknown_items") or 0
    if not unknown:
        return False
    agg["cost_per_1k_items_usd"] = None
    if unknown >= (agg.get("n") or 0):
        agg["cost_usd"] = None
    return True


def _free_unknown_costs(agg: dict[str, Any]) -> bool:
    if not agg.get("cost_unknown_items"):
        return False
    n = agg.get("n") or 0
    cost = agg.get("cost_usd") or 0.0
    agg["cost_usd"] = cost
    agg["cost_per_1k_items_usd"] = round(cost / n * 1000, 6) if n else 0.0
    return True


def upgrade() -> None:
    with op.batch_alter_table("eval_items") as batch:
        batch.alter_column("cost_usd", existing_type=sa.Float(), nullable=True)
    unknown = _unknown_sql(op.get_bind().dialect.name)
    op.execute(f"UPDATE eval_items SET cost_usd = NULL WHERE cost_usd = 0 AND {unknown}")
    _rewrite_summaries(_forget_partial_costs)


def downgrade() -> None:
    _rewrite_summaries(_free_unknown_costs)
    op.execute("UPDATE eval_items SET cost_usd = 0 WHERE cost_usd IS NULL")
    with op.batch_alter_table("eval_items") as batch:
        batch.alter_column("cost_usd", existing_type=sa.Float(), nullable=False)
