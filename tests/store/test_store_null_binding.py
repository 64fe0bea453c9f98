"""None is bound as NULL through an adapter (``store/_db.py``), so sqlite3 finds it at its first
lookup instead of failing a lookup per NULL; what is stored is unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from kanmon.store import Database


def test_none_is_adapted_and_stored_as_null(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    assert sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)](None) is None
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (a TEXT, b REAL, c TEXT)"))
        conn.execute(text("INSERT INTO t VALUES (:a, :b, :c)"), {"a": None, "b": None, "c": "x"})
        conn.exec_driver_sql("INSERT INTO t VALUES (?, ?, ?)", (None, 1.5, None))
        rows = conn.execute(
            text("SELECT typeof(a), typeof(b), typeof(c), a IS NULL FROM t ORDER BY rowid")
        ).all()
    assert [tuple(r) for r in rows] == [("null", "null", "text", 1), ("null", "real", "null", 1)]
