"""When the database cannot be used now: one typed error, one log line per interval, a probe.

``unavailable(exc)`` tells a passing condition (server stopped, starting up, frozen, out of
connections, disk full, a timeout) from a bug (a bad query, a missing table): the first becomes
``StoreUnavailableError`` (503 with Retry-After at the edge), the second stays what it is. The
driver's message goes to the log, throttled; the client sees the error class only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator

import psycopg
from sqlalchemy import exc as sa

from kanmon.errors import StoreUnavailableError
from kanmon.health import Check
from kanmon.ratelog import Throttle
from kanmon.store._db import Database

log = logging.getLogger("kanmon.store")
throttle = Throttle(log)

# SQLite reports both passing conditions and SQL mistakes as OperationalError; only these pass.
_SQLITE_PASSING = (
    "database is locked",
    "database is busy",
    "disk i/o error",
    "database or disk is full",
    "unable to open database",
    "readonly database",
)
#: A failure that took this long waited for a server that did not answer (refused connections,
#: full disks and dropped links fail in milliseconds); the store is then silent for a moment.
SILENT_AFTER_S = 1.0
SILENT_FOR_S = 0.5
# PostgreSQL: read-only transaction (a standby, or default_transaction_read_only).
_PG_PASSING_STATES = {"25006"}


def is_unavailable(exc: BaseException) -> bool:
    if isinstance(exc, StoreUnavailableError | sa.TimeoutError | sa.DisconnectionError):
        return True
    if isinstance(exc, sa.DBAPIError):
        if exc.connection_invalidated:
            return True
        return _driver_unavailable(exc.orig)
    return _driver_unavailable(exc)


def _driver_unavailable(exc: BaseException | None) -> bool:
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return any(s in text for s in _SQLITE_PASSING)
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return True
    if isinstance(exc, psycopg.Error):
        return exc.sqlstate in _PG_PASSING_STATES
    return False


def unavailable(exc: BaseException) -> StoreUnavailableError | None:
    """The ``StoreUnavailableError`` for ``exc`` if it means the store cannot be used now (and
    log it, once per interval per kind), else None."""
    if isinstance(exc, StoreUnavailableError):
        return exc
    if not is_unavailable(exc):
        return None
    cause = exc.orig if isinstance(exc, sa.DBAPIError) and exc.orig is not None else exc
    kind = type(cause).__name__
    throttle.warning(
        f"store:{type(cause).__module__}.{kind}",
        "store unavailable: %s: %s",
        kind,
        _first_line(cause),
    )
    return StoreUnavailableError(f"The database is unavailable now ({kind}); retry shortly.")


@contextlib.contextmanager
def guarded(db: Database | None = None) -> Iterator[None]:
    """Turn a passing database failure inside the block into ``StoreUnavailableError``; one
    that ran out a bounded wait marks ``db`` silent for a moment (see ``Database.silent``)."""
    t0 = time.monotonic()
    try:
        yield
    except Exception as e:
        mapped = unavailable(e)
        if mapped is None:
            raise
        if db is not None and time.monotonic() - t0 >= SILENT_AFTER_S:
            db.mark_silent(SILENT_FOR_S)
        if mapped is e:
            raise
        raise mapped from None
    if throttle.active:
        recovered()


def recovered() -> None:
    """A store operation succeeded: end every open failure report with one recovery line."""
    for kind in throttle.kinds():
        name = kind.rsplit(".", 1)[-1]
        throttle.recovered(kind, f"store available again (no more {name})")


async def check_store(db: Database) -> Check:
    """Readiness of the store: it answers, and it takes writes."""
    return await asyncio.to_thread(_probe, db)


def _probe(db: Database) -> Check:
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                conn.exec_driver_sql("SELECT 1")
                path = db.engine.url.database
                writable = not path or path == ":memory:" or os.access(path, os.W_OK)
                detail = "ok" if writable else "database file is read-only"
            else:
                standby = conn.exec_driver_sql("SELECT pg_is_in_recovery()").scalar()
                ro = conn.exec_driver_sql("SHOW default_transaction_read_only").scalar()
                writable = not standby and ro != "on"
                detail = "ok" if writable else "read-only (standby or read-only default)"
    except Exception as e:
        if not is_unavailable(e):
            raise
        cause = e.orig if isinstance(e, sa.DBAPIError) and e.orig is not None else e
        return Check(False, type(cause).__name__)
    return Check(writable, detail)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
