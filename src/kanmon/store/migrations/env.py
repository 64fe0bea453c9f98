"""Alembic environment: always run against the connection Kanmon hands in."""

from __future__ import annotations

from alembic import context

from kanmon.store import metadata  # the package registers every table

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when someone runs alembic by hand
    raise RuntimeError("run migrations through `kanmon` (kanmon.store.migrate)")
context.configure(
    connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True
)
with context.begin_transaction():
    context.run_migrations()
