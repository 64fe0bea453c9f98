"""One append transaction: lock the log, give each record the next leaf index, hash it, store
the rows and the new tree state, and (at intervals) a signed tree head, all in one commit.

The lock makes every writer, in every worker process and every replica, continue one sequence:
on SQLite ``BEGIN IMMEDIATE`` takes the database's write lock; on PostgreSQL the state row is
read ``FOR UPDATE``. Hashing costs a few microseconds per record and runs in the writer thread,
once per group commit, never on the event loop.

On PostgreSQL (psycopg 3) the writes after the state read go out in pipeline mode with the
commit: two round trips per group commit instead of one per statement. Each round trip waits
for a PostgreSQL backend to be scheduled, which on a busy machine took milliseconds apiece.

Every ``FACET_BATCH`` records, or ``FACET_INTERVAL_S`` after the last time, ``index_facets``
copies the records past the highest ``seq`` in ``audit_facets`` into it, where the console's
search indexes are (see ``store/_tables_audit.py``). It takes the log's lock as an append does,
so no other writer appends meanwhile and that table always holds every record up to its highest
``seq``. The writer thread runs it after it has released the requests of a commit, not inside
the commit they wait for.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import orjson

from kanmon.audit._format import leaf_bytes
from kanmon.audit._merkle import Frontier, leaf_hash
from kanmon.audit._signer import Signer
from kanmon.core.record import AuditRecord
from kanmon.store import audit_facets, audit_log_state, audit_records, audit_tree_heads

#: Columns the caller fills per record; the appender adds leaf_index and leaf_hash.
COLUMNS = (
    "request_id",
    "ts",
    "key_id",
    "team",
    "endpoint",
    "model_requested",
    "deployment",
    "status",
    "decision",
    "latency_ms",
    "cost_usd",
    "record",
    "content",
    # what the console filters and charts by (migration 0007)
    "data_class",
    "approval_id",
    "tokens",
    "fallbacks",
)
_RECORD = COLUMNS.index("record")
#: What ``audit_facets`` copies of each record besides ``seq``.
FACETS = ("ts", "team", "model_requested", "deployment", "data_class", "decision", "approval_id")
FACET_BATCH = 256
FACET_INTERVAL_S = 1.0
_ALL = (*COLUMNS, "leaf_index", "leaf_hash")

Row = tuple[object, ...]

#: A record's attributes are its fields, nothing else (see ``record_row``).
_FIELDS = len(dataclasses.fields(AuditRecord))


def record_row(rec: AuditRecord, content: str | None) -> Row:
    """The record as the values of ``COLUMNS``, in order. A record keeps its attributes in a
    ``__dict__`` (``core/record.py``), which orjson writes whole: an attribute set on it beyond
    its fields would enter the hashed JSON unseen, so such a record is refused."""
    if len(rec.__dict__) != _FIELDS:
        extra = sorted(set(rec.__dict__) - {f.name for f in dataclasses.fields(AuditRecord)})
        raise TypeError(f"audit record {rec.request_id} has attributes beyond its fields: {extra}")
    return (
        rec.request_id,
        rec.ts,
        rec.key_id,
        rec.team,
        rec.endpoint,
        rec.model_requested,
        rec.deployment,
        rec.status,
        rec.decision,
        rec.latency_ms,
        rec.cost_usd,  # NULL when unknown (migration 0011): sums skip it, nothing reads it as 0
        orjson.dumps(rec).decode(),  # orjson serialises dataclasses natively
        content,
        rec.data_class,
        rec.approval_id,
        rec.prompt_tokens + rec.completion_tokens,
        max(len(rec.attempts) - 1, 0),
    )


class Appender:
    """Builds the SQL once per dialect; ``append`` runs inside the caller's retry loop."""

    CHUNK = 200  # 19 columns x 200 rows stays far below every backend's parameter limit

    def __init__(self, dialect: str, paramstyle: str, signer: Signer | None, interval_s: float):
        mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(paramstyle)
        if mark is None:
            raise ValueError(f"unsupported DB-API paramstyle {paramstyle!r}")
        self._m = mark
        self.sqlite = dialect == "sqlite"
        self._signer = signer
        self._interval = interval_s
        self._last_head = float("-inf")
        self.unsigned = False  # this writer appended since its last signed head
        self._sql: dict[int, str] = {}
        self._pipeline: bool | None = None  # psycopg pipeline mode, known at the first append
        m = mark
        lock = "" if self.sqlite else " FOR UPDATE"
        self._read_state = (
            f"SELECT tree_size, frontier FROM {audit_log_state.name} WHERE id = 1{lock}"
        )
        self._write_state = (
            f"UPDATE {audit_log_state.name} SET tree_size = {m}, root_hash = {m}, "
            f"frontier = {m}, updated_at = {m} WHERE id = 1"
        )
        cols = ", ".join(("seq", *FACETS))
        self._index_facets = (
            f"INSERT INTO {audit_facets.name} ({cols}) SELECT {cols} FROM {audit_records.name} "
            f"WHERE seq > (SELECT coalesce(max(seq), 0) FROM {audit_facets.name})"
        )
        self._unindexed = 0  # records this writer appended since it last filled the facets
        self._last_facets = float("-inf")  # the first fill takes whatever an earlier run left
        self._retry_at = 0.0  # after a failed fill, none before this (monotonic)
        self._write_head = (
            f"INSERT INTO {audit_tree_heads.name} (tree_size, root_hash, ts, key_id, signature) "
            f"VALUES ({m}, {m}, {m}, {m}, {m})"
        )

    def head_due_at(self) -> float:
        """When (monotonic) the next head is due, by the interval."""
        return self._last_head + self._interval

    def logged_ids(self, cur: Any, ids: list[str]) -> set[str]:
        """Which of ``ids`` have a record on the log already."""
        found: set[str] = set()
        for i in range(0, len(ids), self.CHUNK):
            part = ids[i : i + self.CHUNK]
            marks = ", ".join([self._m] * len(part))
            cur.execute(
                f"SELECT request_id FROM {audit_records.name} WHERE request_id IN ({marks})", part
            )
            found.update(str(r[0]) for r in cur.fetchall())
        return found

    def _insert_sql(self, n: int) -> str:
        stmt = self._sql.get(n)
        if stmt is None:
            one = "(" + ", ".join([self._m] * len(_ALL)) + ")"
            stmt = f"INSERT INTO {audit_records.name} ({', '.join(_ALL)}) VALUES " + ", ".join(
                [one] * n
            )
            self._sql[n] = stmt
        return stmt

    def begin(self, cur: Any) -> None:
        if self.sqlite:
            cur.execute("BEGIN IMMEDIATE")

    def read_state(self, cur: Any) -> Frontier:
        cur.execute(self._read_state)
        got = cur.fetchone()
        if got is None:
            raise RuntimeError("audit log state missing: run migrations (kanmon serve does)")
        size, frontier = got
        return Frontier(int(size), [bytes.fromhex(h) for h in json.loads(frontier)])

    def _pipelined(self, cur: Any) -> AbstractContextManager[Any]:
        if self._pipeline is None:
            self._pipeline = False
            if not self.sqlite and hasattr(getattr(cur, "connection", None), "pipeline"):
                import psycopg

                self._pipeline = psycopg.Pipeline.is_supported()
        if self._pipeline:
            return cur.connection.pipeline()  # type: ignore[no-any-return]
        return contextlib.nullcontext()

    def append(
        self, cur: Any, rows: list[Row], commit: Callable[[], None], *, force_head: bool = False
    ) -> int:
        """Append ``rows`` and commit; returns the new tree size."""
        self.begin(cur)
        tree = self.read_state(cur)
        with self._pipelined(cur):
            size = self._write(cur, rows, tree, force_head)
            commit()
        self._unindexed += len(rows)
        return size

    def facets_due(self) -> bool:
        """Whether this writer's appends since the last fill call for one now (after a fill
        that failed, not before an interval has passed)."""
        if not self._unindexed:
            return False
        now = time.monotonic()
        if now < self._retry_at:
            return False
        return self._unindexed >= FACET_BATCH or now - self._last_facets >= FACET_INTERVAL_S

    def fill_tried(self) -> None:
        """A fill is being tried: the next is due an interval later if this one fails (a store
        that refuses connections is not asked again after every commit)."""
        self._last_facets = time.monotonic()
        self._retry_at = self._last_facets + FACET_INTERVAL_S

    def index_facets(self, cur: Any, commit: Callable[[], None]) -> None:
        """Copy the records past the highest ``seq`` in ``audit_facets`` into it, and commit."""
        self.begin(cur)
        self.read_state(cur)  # the log's lock (FOR UPDATE on PostgreSQL)
        cur.execute(self._index_facets)
        commit()
        self._unindexed, self._retry_at = 0, 0.0

    def _write(self, cur: Any, rows: list[Row], tree: Frontier, force_head: bool) -> int:
        if rows:
            full: list[Row] = []
            for row in rows:
                index = tree.size
                lh = leaf_hash(leaf_bytes(index, row[_RECORD]))  # type: ignore[arg-type]
                tree.append(lh)
                full.append((*row, index, lh.hex()))
            for i in range(0, len(full), self.CHUNK):
                part = full[i : i + self.CHUNK]
                cur.execute(self._insert_sql(len(part)), [v for r in part for v in r])
            self.unsigned = True
        now = dt.datetime.now(dt.UTC).isoformat()
        root_hex = tree.root().hex()
        if rows:
            nodes = json.dumps([n.hex() for n in tree.nodes])
            cur.execute(self._write_state, (tree.size, root_hex, nodes, now))
        mono = time.monotonic()
        due = force_head or mono - self._last_head >= self._interval
        if tree.size == 0:
            self.unsigned = False  # nothing to sign
        if self._signer is not None and self.unsigned and due and tree.size > 0:
            if not self._head_exists(cur, tree.size):
                sig = self._signer.sign_head(tree.size, root_hex, now)
                cur.execute(self._write_head, (tree.size, root_hex, now, self._signer.key_id, sig))
            self._last_head = mono
            self.unsigned = False
        return tree.size

    def _head_exists(self, cur: Any, size: int) -> bool:
        cur.execute(f"SELECT 1 FROM {audit_tree_heads.name} WHERE tree_size = {self._m}", (size,))
        return cur.fetchone() is not None
