"""Persistence: SQLAlchemy tables, Alembic migrations, engine setup (SQLite default).

The store owns every table (one metadata, one migration history); the packages that use them
import them from here. ``unavailable`` tells a database that cannot be used now from a bug."""

from kanmon.store._db import Database, migrate
from kanmon.store._keys import (
    MAX_BUDGET_PERIOD_S,
    MAX_BUDGET_TOKENS,
    MAX_BUDGET_USD,
    MAX_RPM,
    KeyInfo,
    KeyStore,
    hash_key,
)
from kanmon.store._limits import CounterStore
from kanmon.store._metadata import metadata
from kanmon.store._pg import StoreTimeouts
from kanmon.store._tables import api_keys, audit_records
from kanmon.store._tables_audit import audit_facets, audit_log_state, audit_tree_heads
from kanmon.store._tables_console import console_sessions
from kanmon.store._tables_evals import eval_cache, eval_datasets, eval_items, eval_runs
from kanmon.store._tables_governance import gov_approvals, gov_assessments, gov_events
from kanmon.store._tables_review import review_events, review_items
from kanmon.store._tables_shared import (
    gateway_signals,
    gateway_workers,
    limit_budgets,
    limit_holds,
    limit_rpm,
)
from kanmon.store._unavailable import check_store, guarded, is_unavailable, unavailable
from kanmon.store._workers import WorkerBoard, WorkerRow

__all__ = [
    "MAX_BUDGET_PERIOD_S",
    "MAX_BUDGET_TOKENS",
    "MAX_BUDGET_USD",
    "MAX_RPM",
    "CounterStore",
    "Database",
    "KeyInfo",
    "KeyStore",
    "StoreTimeouts",
    "WorkerBoard",
    "WorkerRow",
    "api_keys",
    "audit_facets",
    "audit_log_state",
    "audit_records",
    "audit_tree_heads",
    "check_store",
    "console_sessions",
    "eval_cache",
    "eval_datasets",
    "eval_items",
    "eval_runs",
    "gateway_signals",
    "gateway_workers",
    "gov_approvals",
    "gov_assessments",
    "gov_events",
    "guarded",
    "hash_key",
    "is_unavailable",
    "limit_budgets",
    "limit_holds",
    "limit_rpm",
    "metadata",
    "migrate",
    "review_events",
    "review_items",
    "unavailable",
]
