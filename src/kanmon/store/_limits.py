"""The limits' counters in the store, for gateways that share them without Redis: the worker
processes of one machine on a SQLite file, or replicas on one PostgreSQL.

``CounterStore.apply`` runs a batch of counter operations (``kanmon.core.counters``) in one
transaction, so a busy worker pays one commit for all the requests of an event-loop iteration.
Each check-and-count is one conditional ``UPDATE`` (``… SET held = held + x WHERE spent + held +
x <= limit``): on SQLite the transaction holds the database's write lock (``BEGIN IMMEDIATE``,
in the writers' turn, see ``Database.write_turn``); on PostgreSQL the row's lock makes a
concurrent update wait and re-check the condition against the committed row. Either way two
processes can never both take the last unit of a budget. Operations are applied in the order of
the rows they lock, so two batches do not wait for each other in a circle (a deadlock).

On PostgreSQL a reserve and a settle are one statement each, and the first statements of a
batch go in one round trip (psycopg's pipeline mode); the counters' commits do not wait for
the WAL flush (see ``_connection``). ``bench/limits_store_bench.py`` measures the cost.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from kanmon.core.counters import Admit, CounterOp, Reserve, Settle
from kanmon.store._db import Database
from kanmon.store._tables_shared import limit_budgets, limit_holds, limit_rpm

_B, _H, _R = limit_budgets.name, limit_holds.name, limit_rpm.name

_RESERVE = (
    f"UPDATE {_B} SET held_tokens = held_tokens + ?, held_nano = held_nano + ? "
    "WHERE key_id = ? AND period_no = ? "
    "AND (? < 0 OR spent_tokens + held_tokens + ? <= ?) "
    "AND (? < 0 OR spent_nano + held_nano + ? <= ?)"
)
_NEW_WINDOW = (
    f"INSERT INTO {_B} (key_id, period_no, spent_tokens, held_tokens, spent_nano, held_nano, "
    "expires_at) VALUES (?, ?, 0, 0, 0, 0, ?) ON CONFLICT DO NOTHING"
)
_HOLD = (
    f"INSERT INTO {_H} (hold_id, key_id, period_no, tokens, nano, released_at, released) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
)
_WINDOW = f"SELECT spent_tokens + held_tokens, spent_nano + held_nano FROM {_B} " + (
    "WHERE key_id = ? AND period_no = ?"
)
_UNHOLD = f"DELETE FROM {_H} WHERE hold_id = ? RETURNING tokens, nano, released"
_CHARGE = (
    f"UPDATE {_B} SET spent_tokens = spent_tokens + ?, spent_nano = spent_nano + ?, "
    "held_tokens = held_tokens - ?, held_nano = held_nano - ? WHERE key_id = ? AND period_no = ?"
)
_COUNT = (
    f"UPDATE {_R} SET count = count + 1 WHERE key_id = ? AND minute = ? AND "
    f"COALESCE((SELECT p.count FROM {_R} p WHERE p.key_id = ? AND p.minute = ?), 0) * ? "
    "+ count + 1 <= ?"
)
_PREVIOUS = f"SELECT count FROM {_R} WHERE key_id = ? AND minute = ?"
# PostgreSQL: a reserve (hold included) and a settle in one statement each, so a batch's
# first statements all go in one round trip (pipeline mode); SQLite has no UPDATE in a WITH.
_PG_RESERVE = (
    f"WITH up AS ({_RESERVE} RETURNING 1) "
    f"INSERT INTO {_H} (hold_id, key_id, period_no, tokens, nano, released_at, released) "
    "SELECT ?, ?, ?, ?, ?, ?, false FROM up"
)
_PG_SETTLE = (
    f"WITH h AS (DELETE FROM {_H} WHERE hold_id = ? RETURNING "
    "CASE WHEN released THEN 0 ELSE tokens END AS t, "
    "CASE WHEN released THEN 0 ELSE nano END AS n) "
    f"UPDATE {_B} SET spent_tokens = spent_tokens + ?, spent_nano = spent_nano + ?, "
    "held_tokens = held_tokens - h.t, held_nano = held_nano - h.n FROM h "
    "WHERE key_id = ? AND period_no = ?"
)
_FIRST = f"INSERT INTO {_R} (key_id, minute, count) VALUES (?, ?, 1) ON CONFLICT DO NOTHING"
# Housekeeping: give back holds nobody settled, forget windows and minutes that are over.
_RELEASE = (
    f"UPDATE {_H} SET released = ? WHERE released = ? AND released_at < ? "
    "RETURNING key_id, period_no, tokens, nano"
)
_RELEASED = (
    f"UPDATE {_B} SET held_tokens = held_tokens - ?, held_nano = held_nano - ? "
    "WHERE key_id = ? AND period_no = ?"
)
_SWEEP = (
    f"DELETE FROM {_B} WHERE expires_at < ?",
    f"DELETE FROM {_H} WHERE released = ? AND released_at < ?",
    f"DELETE FROM {_R} WHERE minute < ?",
)


def _reserve_args(r: Reserve) -> tuple[Any, ...]:
    tl, ul = r.token_limit, r.nano_limit
    return (r.tokens, r.nano, r.key_id, r.window, tl, r.tokens, tl, ul, r.nano, ul)


def _count_args(a: Admit) -> tuple[Any, ...]:
    return (a.key_id, a.minute, a.key_id, a.minute - 1, a.prev_weight, a.limit)


def _lock_order(op: CounterOp) -> tuple[int, str, int]:
    if isinstance(op, Admit):
        return (0, op.key_id, op.minute)
    return (1, op.key_id, op.window)


class CounterStore:
    """Applies counter operations for this process, one transaction at a time, on a connection
    of its own (kept out of the pool: SQLite's transactions are begun explicitly on it)."""

    SWEEP_EVERY_S = 5.0

    def __init__(self, db: Database, *, busy_timeout_ms: int = 2000) -> None:
        self._db = db
        self._sqlite = db.is_sqlite
        style = db.engine.dialect.paramstyle
        self._mark = "?" if style == "qmark" else "%s"
        self._busy_ms = busy_timeout_ms
        self._conn: Any = None
        self._lock = threading.Lock()
        self._next_sweep = 0.0
        self._pipeline = False
        if not self._sqlite:
            import psycopg

            self._pipeline = psycopg.Pipeline.is_supported()
        self.released_holds = 0

    def _sql(self, sql: str) -> str:
        return sql if self._mark == "?" else sql.replace("?", self._mark)

    def apply(self, ops: list[CounterOp], now: float | None = None) -> list[bool | str]:
        """Apply ``ops`` in one transaction; the answer of each, in the order given. Raises
        (and applies nothing) if the transaction fails."""
        now = time.time() if now is None else now
        with self._lock, self._db.write_turn():
            for attempt in range(3):
                try:
                    out = self._transaction(ops, now)
                    break
                except BaseException as e:
                    self._drop()
                    # The first statements take their rows in lock order, the few ops left
                    # after them may not: PostgreSQL then ends one of two batches waiting for
                    # each other (deadlock detected), which runs again from the start.
                    if getattr(e, "sqlstate", None) != "40P01" or attempt == 2:
                        raise
        if now >= self._next_sweep:
            self._next_sweep = now + self.SWEEP_EVERY_S
        return out

    def _transaction(self, ops: list[CounterOp], now: float) -> list[bool | str]:
        order = sorted(range(len(ops)), key=lambda i: _lock_order(ops[i]))
        out: list[bool | str] = [False] * len(ops)
        conn = self._connection()
        cur = conn.cursor()
        if self._sqlite:
            cur.execute("BEGIN IMMEDIATE")
        elif self._pipeline:
            order = self._first_round(conn, cur, ops, order, out)
        for i in order:
            out[i] = self._one(cur, ops[i], now)
        if now >= self._next_sweep:
            self._sweep(cur, now)
        conn.commit()
        cur.close()
        return out

    def _first_round(
        self, conn: Any, cur: Any, ops: list[CounterOp], order: list[int], out: list[bool | str]
    ) -> list[int]:
        """PostgreSQL: every op's first statement, in one round trip; most ops are done then.
        Returns the ops left (a window's first request, a limit reached), still in lock order:
        they go on one statement at a time."""
        sent = []
        with cur.connection.pipeline():
            for i in order:
                c = conn.cursor()
                c.execute(*self._first(ops[i]))
                sent.append((i, c))
        left = []
        for i, c in sent:  # the pipeline is synced: every count is known
            done = c.rowcount == 1
            c.close()
            op = ops[i]
            if done:
                out[i] = "ok" if isinstance(op, Reserve) else True
            elif isinstance(op, Settle):
                out[i] = False  # settled before
            else:
                left.append(i)
        return left

    def _first(self, op: CounterOp) -> tuple[str, tuple[Any, ...]]:
        q = self._sql
        if isinstance(op, Reserve):
            hold = (op.hold_id, op.key_id, op.window, op.tokens, op.nano, op.released_at)
            return q(_PG_RESERVE), (*_reserve_args(op), *hold)
        if isinstance(op, Settle):
            return q(_PG_SETTLE), (op.hold_id, op.tokens, op.nano, op.key_id, op.window)
        return q(_COUNT), _count_args(op)

    def _one(self, cur: Any, op: CounterOp, now: float) -> bool | str:
        if isinstance(op, Reserve):
            return self._reserve(cur, op)
        if isinstance(op, Settle):
            return self._settle(cur, op)
        return self._admit(cur, op)

    def _reserve(self, cur: Any, r: Reserve) -> str:
        q = self._sql
        args = _reserve_args(r)
        cur.execute(q(_RESERVE), args)
        if cur.rowcount != 1:
            cur.execute(q(_NEW_WINDOW), (r.key_id, r.window, r.expires_at))
            if cur.rowcount == 1:  # the window's first request: try again on the new row
                cur.execute(q(_RESERVE), args)
            if cur.rowcount != 1:
                cur.execute(q(_WINDOW), (r.key_id, r.window))
                tokens, _ = cur.fetchone()
                over = 0 <= r.token_limit < int(tokens) + r.tokens
                return "tokens" if over else "usd"
        cur.execute(
            q(_HOLD), (r.hold_id, r.key_id, r.window, r.tokens, r.nano, r.released_at, False)
        )
        return "ok"

    def _settle(self, cur: Any, s: Settle) -> bool:
        cur.execute(self._sql(_UNHOLD), (s.hold_id,))
        row = cur.fetchone()
        if row is None:  # settled before (a retry), or swept with its window
            return False
        held_t, held_n = (0, 0) if row[2] else (int(row[0]), int(row[1]))
        cur.execute(self._sql(_CHARGE), (s.tokens, s.nano, held_t, held_n, s.key_id, s.window))
        return True

    def _admit(self, cur: Any, a: Admit) -> bool:
        q = self._sql
        args = _count_args(a)
        cur.execute(q(_COUNT), args)
        if cur.rowcount == 1:
            return True
        cur.execute(q(_PREVIOUS), (a.key_id, a.minute - 1))
        got = cur.fetchone()
        if (int(got[0]) if got else 0) * a.prev_weight + 1 > a.limit:
            return False
        cur.execute(q(_FIRST), (a.key_id, a.minute))
        if cur.rowcount == 1:
            return True
        cur.execute(q(_COUNT), args)  # another process began the minute meanwhile
        return bool(cur.rowcount == 1)

    def _sweep(self, cur: Any, now: float) -> None:
        q = self._sql
        cur.execute(q(_RELEASE), (True, False, now))
        for key_id, window, tokens, nano in cur.fetchall():
            cur.execute(q(_RELEASED), (tokens, nano, key_id, window))
            self.released_holds += 1
        cur.execute(q(_SWEEP[0]), (now,))
        cur.execute(q(_SWEEP[1]), (True, now - 3600))
        cur.execute(q(_SWEEP[2]), (int(now // 60) - 2,))

    def usage(self, key_id: str, window: int) -> tuple[int, int, int, int]:
        """Spent and held tokens, spent and held nano-USD of a window."""
        sql = (
            f"SELECT spent_tokens, held_tokens, spent_nano, held_nano FROM {_B} "
            "WHERE key_id = ? AND period_no = ?"
        )
        with self._db.engine.connect() as conn:
            row = conn.exec_driver_sql(self._sql(sql), (key_id, window)).first()
        return (0, 0, 0, 0) if row is None else (int(row[0]), int(row[1]), int(row[2]), int(row[3]))

    def _connection(self) -> Any:
        if self._conn is None:
            conn = self._db.engine.raw_connection()
            driver: Any = conn.driver_connection
            conn.detach()  # out of the pool: its settings below must not reach other users
            if self._sqlite:
                cur = conn.cursor()
                cur.execute(f"PRAGMA busy_timeout={int(self._busy_ms)}")
                cur.close()
                driver.isolation_level = None
            else:
                # A commit returns without waiting for its WAL flush (~7 ms of the ~8 ms a
                # reserve and settle took alone here); a PostgreSQL crash can lose the last
                # fraction of a second of counting, never the audit log (its own connection).
                cur = conn.cursor()
                cur.execute("SET synchronous_commit = off")
                cur.close()
                conn.commit()
            self._conn = conn
        return self._conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.dbapi_connection.close()
            except Exception:
                pass
            conn.invalidate()

    def close(self) -> None:
        with self._lock:
            self._drop()
