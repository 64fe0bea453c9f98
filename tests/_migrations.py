"""Migration tests: the same checks on SQLite and on the real PostgreSQL, and a step back."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from alembic.config import Config

from kanmon.store import Database
from kanmon.store._db import _MIGRATIONS


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    """A fresh store of each backend (PostgreSQL: a schema of its own, from ``pg_url``)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kanmon.db'}"
    pg: str = request.getfixturevalue("pg_url")
    return pg


def downgrade(db: Database, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
