"""Alembic migrations produce exactly the schema the code declares, and re-running is a no-op."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from kanmon.errors import BadRequestError
from kanmon.store import (
    MAX_BUDGET_PERIOD_S,
    MAX_BUDGET_TOKENS,
    MAX_BUDGET_USD,
    MAX_RPM,
    Database,
    KeyStore,
    metadata,
    migrate,
)


def test_migrations_match_metadata(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    migrate(db)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    assert {"api_keys", "audit_records", "alembic_version"} <= set(
        inspect(db.engine).get_table_names()
    )
    db.close()


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    db.close()


def test_keys_are_stored_hashed(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    keys = KeyStore(db)
    secret, info = keys.create(name="a", team="b", roles=["app", "auditor"])
    p = keys.lookup(secret)
    assert p is not None and p.roles == frozenset({"app", "auditor"})
    assert keys.lookup(secret + "x") is None
    db.close()
    blob = b"".join(f.read_bytes() for f in tmp_path.glob("k.db*"))
    assert secret.encode() not in blob
    assert info.id.encode() in blob


def test_key_carries_use_case_and_data_class_floor(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    keys = KeyStore(db)
    secret, info = keys.create(
        name="hr-bot", team="hr", use_case="hr-chat", data_class="confidential"
    )
    assert info.data_class == "confidential"
    p = keys.lookup(secret)
    assert p is not None and p.use_case == "hr-chat" and p.data_class == "confidential"
    db.close()


def test_key_limits_within_what_every_backend_holds(store_url: str) -> None:
    """A rate or a period past PostgreSQL's ``integer`` (and a NaN or infinite USD budget,
    which the CLI could pass) is refused before the insert: on PostgreSQL it was a DataError,
    a 500 from ``POST /admin/keys``. The largest values are stored on both backends."""
    db = Database(store_url)
    migrate(db)
    keys = KeyStore(db)
    _, info = keys.create(
        name="most", team="t", rpm_limit=MAX_RPM, budget_tokens=MAX_BUDGET_TOKENS,
        budget_usd=MAX_BUDGET_USD, budget_period_s=MAX_BUDGET_PERIOD_S,
    )  # fmt: skip
    assert (info.rpm_limit, info.budget_tokens, info.budget_period_s) == (
        MAX_RPM, MAX_BUDGET_TOKENS, MAX_BUDGET_PERIOD_S,
    )  # fmt: skip
    for bad, param in [
        ({"rpm_limit": MAX_RPM + 1}, "rpm_limit"),
        ({"rpm_limit": 0}, "rpm_limit"),
        ({"budget_tokens": 5, "budget_period_s": MAX_BUDGET_PERIOD_S + 1}, "budget_period_s"),
        ({"budget_tokens": MAX_BUDGET_TOKENS + 1, "budget_period_s": 60}, "budget_tokens"),
        ({"budget_usd": float("nan"), "budget_period_s": 60}, "budget_usd"),
        ({"budget_usd": float("inf"), "budget_period_s": 60}, "budget_usd"),
        ({"budget_usd": 5.0}, "budget_period_s"),
    ]:
        with pytest.raises(BadRequestError) as e:
            keys.create(name="x", team="t", **bad)  # type: ignore[arg-type]
        assert e.value.param == param, bad
    assert [k.name for k in keys.list()] == ["most"]
    db.close()
