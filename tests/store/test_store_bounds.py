"""Bounded waits on PostgreSQL, and which database failures count as "unavailable now".

These run against the shared PostgreSQL without stopping or freezing it: a silent server is
played by a query that outlasts the client's bound (tests/faults/ freezes a server of its own).
"""

from __future__ import annotations

import logging
import sqlite3
import time

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError, ProgrammingError

from kanmon.errors import StoreUnavailableError
from kanmon.store import Database, KeyStore, StoreTimeouts, guarded, migrate, unavailable
from kanmon.store._pg import BoundedConnection, unbounded


def test_each_session_carries_the_server_side_bounds(pg_url: str) -> None:
    db = Database(pg_url, StoreTimeouts(statement_s=1.5, lock_s=0.25))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "1500ms"
        assert conn.exec_driver_sql("SHOW lock_timeout").scalar() == "250ms"
        assert isinstance(conn.connection.driver_connection, BoundedConnection)
    db.close()


def test_a_lock_wait_ends_at_lock_timeout_as_store_unavailable(pg_url: str) -> None:
    db = Database(pg_url, StoreTimeouts(statement_s=5, lock_s=0.2))
    migrate(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (id int primary key)")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
    holder = psycopg.connect(pg_url.replace("+psycopg", ""))
    holder.execute("SELECT * FROM t WHERE id = 1 FOR UPDATE")  # holds the row lock
    t0 = time.monotonic()
    with pytest.raises(StoreUnavailableError), guarded(), db.engine.begin() as conn:
        conn.exec_driver_sql("SELECT * FROM t WHERE id = 1 FOR UPDATE")
    assert time.monotonic() - t0 < 2.0
    holder.close()
    db.close()


def test_the_client_stops_waiting_for_a_server_that_does_not_answer(pg_url: str) -> None:
    """The server's statement_timeout cannot help when the server is frozen; the client's own
    bound does. Played here by a client bound shorter than the query."""
    db = Database(pg_url, StoreTimeouts(statement_s=10))
    with db.engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert isinstance(driver, BoundedConnection)
        driver.answer_s = 0.3
        t0 = time.monotonic()
        with pytest.raises(OperationalError, match="no answer within 0.3 s"):
            conn.exec_driver_sql("SELECT pg_sleep(3)")
        assert time.monotonic() - t0 < 1.5
        assert driver.closed  # unusable mid-message: closed, and the pool drops it
    with db.engine.connect() as conn:  # the next user gets a fresh connection
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    db.close()


def test_migrations_run_without_the_bounds(pg_url: str) -> None:
    db = Database(pg_url, StoreTimeouts(statement_s=0.1))
    with db.engine.begin() as conn, unbounded(conn):
        conn.exec_driver_sql("SELECT pg_sleep(0.3)")
    with pytest.raises(OperationalError), db.engine.begin() as conn:
        conn.exec_driver_sql("SELECT pg_sleep(0.3)")
    db.close()


def test_options_in_the_url_are_kept(pg_url: str) -> None:
    db = Database(pg_url + "?options=-c%20work_mem%3D8MB", StoreTimeouts(statement_s=3))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SHOW work_mem").scalar() == "8MB"
        assert conn.exec_driver_sql("SHOW statement_timeout").scalar() == "3s"
    db.close()


def test_passing_conditions_are_unavailable_and_bugs_are_not(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="kanmon.store")
    locked = OperationalError("SELECT 1", {}, sqlite3.OperationalError("database is locked"))
    full = sqlite3.OperationalError("database or disk is full")
    gone = psycopg.OperationalError("connection refused")
    assert isinstance(unavailable(locked), StoreUnavailableError)
    assert isinstance(unavailable(full), StoreUnavailableError)
    err = unavailable(gone)
    assert err is not None and err.status == 503 and err.code == "store_unavailable"
    assert err.retry_after_s >= 1 and "refused" not in err.message  # the driver's text stays in
    # A mistake in SQL is a bug, not an outage: it must not hide behind a 503.
    no_table = OperationalError("SELECT", {}, sqlite3.OperationalError("no such table: x"))
    assert unavailable(no_table) is None
    assert unavailable(ProgrammingError("SELECT", {}, Exception("syntax"))) is None
    assert unavailable(ValueError("x")) is None
    assert any("connection refused" in r.getMessage() for r in caplog.records)


def test_key_lookup_on_a_stopped_store_is_store_unavailable(tmp_path: object) -> None:
    # Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    db = Database("postgresql+psycopg://postgres@127.0.0.1:9/none", StoreTimeouts(connect_s=2))
    t0 = time.monotonic()
    with pytest.raises(StoreUnavailableError):
        KeyStore(db).lookup("km-abc-def")
    assert time.monotonic() - t0 < 2.5
    db.close()


def test_a_slow_failure_makes_the_store_silent_for_a_moment(pg_url: str) -> None:
    db = Database(pg_url, StoreTimeouts(statement_s=10))
    assert not db.silent()
    with pytest.raises(StoreUnavailableError), guarded(db), db.engine.connect() as conn:
        conn.connection.driver_connection.answer_s = 1.05  # type: ignore[union-attr]
        conn.execute(text("SELECT pg_sleep(3)"))
    assert db.silent()
    t0 = time.monotonic()
    with pytest.raises(StoreUnavailableError, match="did not answer"):
        KeyStore(db).lookup("km-abc-def")  # fails at once meanwhile
    assert time.monotonic() - t0 < 0.1
    db.close()
