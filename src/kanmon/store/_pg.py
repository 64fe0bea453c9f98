"""Bounded waits on PostgreSQL: every wait for the server has an end.

Three bounds are set on each connection: ``connect_timeout`` (libpq's, at least 2 s), and the
server's ``statement_timeout`` and ``lock_timeout``. Those two are enforced by the server, so a
server that is frozen (SIGSTOP, a hung host) never sends them: the kernel still accepts our bytes
and the client waits for an answer that never comes (30 s per request was observed). So the
client bounds each wait for an answer too, just after the server's own bound, and closes the
connection when it expires; the pool then drops it and the next use connects afresh.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import psycopg
from psycopg.abc import PQGen
from sqlalchemy import Connection, Engine, event

RV = TypeVar("RV")

# psycopg raises this private OperationalError subclass when ``wait`` times out (3.3+).
_WAIT_TIMEOUT: type[BaseException] = getattr(
    psycopg.errors, "_WaitTimeout", psycopg.OperationalError
)
_MARGIN_S = 0.5


@dataclass(frozen=True, slots=True)
class StoreTimeouts:
    """How long the gateway waits for PostgreSQL (``store.*_timeout_s`` in kanmon.yaml)."""

    connect_s: float = 2.0
    statement_s: float = 2.0
    lock_s: float = 1.0
    pool_s: float = 2.0

    @property
    def answer_s(self) -> float:
        """The client's bound on one wait for the server: the server's own bound plus a margin,
        so a live server reports its timeout first (with a clear error)."""
        return self.statement_s + _MARGIN_S

    @property
    def worst_case_s(self) -> float:
        """One operation on a frozen server: a fresh connection, then one unanswered wait."""
        return max(self.connect_s, 2.0) + self.answer_s


class BoundedConnection(psycopg.Connection[Any]):
    """A psycopg connection whose waits for the server end after ``answer_s`` seconds."""

    answer_s: float | None = None

    def wait(self, gen: PQGen[RV], interval: float = 0.1, timeout: float | None = None) -> RV:
        bound = self.answer_s
        if timeout is not None or bound is None:
            return super().wait(gen, interval, timeout)
        try:
            return super().wait(gen, interval, bound)
        except _WAIT_TIMEOUT:
            # The protocol is mid-message: the connection cannot be used again.
            self.close()
            raise psycopg.OperationalError(
                f"PostgreSQL sent no answer within {bound:g} s (server frozen or unreachable)"
            ) from None


def connect_args(t: StoreTimeouts, options: str | None = None) -> dict[str, Any]:
    ms = int(t.statement_s * 1000), int(t.lock_s * 1000)
    server = f"-c statement_timeout={ms[0]} -c lock_timeout={ms[1]}"
    return {
        "connect_timeout": max(2, round(t.connect_s)),
        "options": f"{options} {server}" if options else server,
    }


def bound_engine(engine: Engine, t: StoreTimeouts) -> None:
    """Connections of ``engine`` are ``BoundedConnection``s (same arguments, same dialect)."""

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _rec: Any, cargs: Any, cparams: Any) -> BoundedConnection:
        conn = BoundedConnection.connect(*cargs, **cparams)
        conn.answer_s = t.answer_s
        return conn


@contextlib.contextmanager
def unbounded(conn: Connection) -> Iterator[None]:
    """Lift the bounds inside one transaction of ``conn`` (migrations may rewrite big tables and
    wait for another replica's migration lock)."""
    driver = conn.connection.driver_connection
    if not isinstance(driver, BoundedConnection):
        yield
        return
    saved, driver.answer_s = driver.answer_s, None
    conn.exec_driver_sql("SET LOCAL statement_timeout = 0")
    conn.exec_driver_sql("SET LOCAL lock_timeout = 0")
    try:
        yield
    finally:
        driver.answer_s = saved
