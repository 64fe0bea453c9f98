"""The audit writer thread's one connection to the store, and the write of a batch over it:
SQLite's write lock polled for (not its busy handler), a batch whose request ids are partly on
the log already (a commit given up on that went through after all) appended without them, and
a connection that failed dropped so the next try opens a new one."""

from __future__ import annotations

import time
from typing import Any

from kanmon.audit._append import Appender
from kanmon.ratelog import Throttle
from kanmon.store import Database

Row = tuple[object, ...]


class LogLink:
    def __init__(self, db: Database, append: Appender, throttle: Throttle) -> None:
        self._db = db
        self._append = append
        self._throttle = throttle
        self.conn: Any = None

    def connection(self) -> Any:
        """The writer keeps one connection. On SQLite it polls for the write lock itself:
        SQLite's own busy handler sleeps up to 100 ms per try, which, with several worker
        processes sharing one file, put hundreds of milliseconds on p99."""
        if self.conn is None:
            self.conn = self._db.engine.raw_connection()
            driver = self.conn.driver_connection
            # Out of the pool: its settings below must not leak to other users of the engine.
            self.conn.detach()
            if self._db.is_sqlite:
                cur = self.conn.cursor()
                cur.execute("PRAGMA busy_timeout=0")
                cur.close()
                # Transactions are begun explicitly (BEGIN IMMEDIATE takes the write lock
                # before the tree state is read, so two processes never extend the same size).
                driver.isolation_level = None
        return self.conn

    def drop(self) -> None:
        """Close the driver's connection directly: the pool's close would first roll back, which
        on a link a timeout already closed fails with a logged traceback (and on a frozen
        server waits once more)."""
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                conn.dbapi_connection.close()
            except Exception:
                pass
            conn.invalidate()

    def write(self, rows: list[Row], *, force_head: bool = False) -> None:
        with self._db.write_turn():
            self._write_locked(rows, force_head=force_head)

    def _write_locked(self, rows: list[Row], *, force_head: bool = False) -> None:
        delay = 0.0002
        deadline = time.monotonic() + 10.0
        deduped = False
        while True:
            conn = self.connection()
            try:
                cur = conn.cursor()
                try:
                    self._append.append(cur, rows, conn.commit, force_head=force_head)
                finally:
                    cur.close()
                return
            except Exception as e:
                locked = _is_locked(e)
                try:
                    conn.rollback()
                except Exception:
                    locked = False
                if not locked and not deduped and _duplicate_request(e):
                    # A commit given up on (its answer never came) went through after all, and
                    # the request's error record repeats its id: keep the first, append the rest.
                    deduped = True
                    rows = self._not_yet_logged(conn, rows)
                    continue
                if not locked:
                    self.drop()  # it may be broken; the retry opens a new one
                    raise
                if time.monotonic() >= deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.005)

    def index_facets(self) -> BaseException | None:
        """One try at filling ``audit_facets`` (SQLite's lock not waited for: the records stay
        in the search's short tail until the next try, an interval later); the error, or None.
        Never raises: the writer thread runs it between commits."""
        self._append.fill_tried()
        with self._db.write_turn():
            conn = None
            try:
                conn = self.connection()
                cur = conn.cursor()
                try:
                    self._append.index_facets(cur, conn.commit)
                finally:
                    cur.close()
            except Exception as e:
                try:
                    if conn is not None:
                        conn.rollback()
                except Exception:
                    self.drop()
                return e
        return None

    def _not_yet_logged(self, conn: Any, rows: list[Row]) -> list[Row]:
        cur = conn.cursor()
        try:
            logged = self._append.logged_ids(cur, [str(r[0]) for r in rows])
        finally:
            cur.close()
        conn.rollback()
        self._throttle.warning(
            "audit-duplicate",
            "audit: %d records not appended: their request id is on the log already (a commit "
            "that timed out completed when the database came back)",
            len(logged),
        )
        return [r for r in rows if r[0] not in logged]


def _duplicate_request(exc: BaseException) -> bool:
    """A unique violation on ``audit_records.request_id`` (SQLite or PostgreSQL wording)."""
    text = str(getattr(exc, "orig", exc)).lower()
    return "request_id" in text and ("unique" in text or "duplicate" in text)


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text
