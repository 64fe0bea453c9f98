"""Alembic migrations produce exactly the schema the code declares, and re-running is a no-op."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from kanmon.store import Database, KeyStore, metadata, migrate


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
