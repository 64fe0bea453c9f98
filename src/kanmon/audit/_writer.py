"""Group commit: records queue up while a background thread commits the previous batch, so one
commit covers many requests and the event loop never blocks on the database."""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from typing import Any

import orjson

from kanmon.audit._append import Appender
from kanmon.audit._signer import Signer
from kanmon.core.record import AuditRecord
from kanmon.store import Database

log = logging.getLogger("kanmon.audit")

_STOP = object()
Waiter = tuple[asyncio.AbstractEventLoop, asyncio.Future[None]] | None
Row = tuple[object, ...]
Item = tuple[Row, Waiter]


def _row(rec: AuditRecord, content: str | None) -> Row:
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
        rec.cost_usd,
        orjson.dumps(rec).decode(),  # orjson serialises slotted dataclasses natively
        content,
        rec.data_class,
        rec.approval_id,
        rec.prompt_tokens + rec.completion_tokens,
        max(len(rec.attempts) - 1, 0),
    )


class AuditWriter:
    """Thread-backed writer. ``submit`` returns a future that resolves once the record is
    committed; callers that promise durability await it before completing the response."""

    def __init__(
        self,
        db: Database,
        *,
        batch_max: int = 512,
        signer: Signer | None = None,
        head_interval_s: float = 1.0,
    ) -> None:
        self._db = db
        self._batch_max = batch_max
        self.signer = signer
        dialect = db.engine.dialect
        self._append = Appender(dialect.name, dialect.paramstyle, signer, head_interval_s)
        self._q: queue.SimpleQueue[Item | list[Item] | object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="kanmon-audit", daemon=True)
        self._started = False
        self._conn: Any = None
        # Records submitted on an event loop wait there until the loop's current iteration ends,
        # then go to the writer thread together: one hand-over (and at most one wake-up of the
        # thread) per iteration rather than per record.
        self._pending: dict[asyncio.AbstractEventLoop, list[Item]] = {}
        self.written = 0
        self.failed_batches = 0

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def submit(
        self, rec: AuditRecord, *, wait: bool = True, content: str | None = None
    ) -> asyncio.Future[None] | None:
        """Queue ``rec`` (and its content envelope, if the content mode keeps one)."""
        # The row is built here, spread over requests, rather than in bursts in the writer
        # thread where it would hold the GIL against the event loop.
        row = _row(rec, content)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a thread without a loop (e.g. the governance reconciler)
            if wait:
                raise
            self._q.put((row, None))
            return None
        fut: asyncio.Future[None] | None = loop.create_future() if wait else None
        pending = self._pending.get(loop)
        if pending is None:
            self._pending[loop] = pending = []
            loop.call_soon(self._hand_over, loop)
        pending.append((row, (loop, fut) if fut is not None else None))
        return fut

    def _hand_over(self, loop: asyncio.AbstractEventLoop) -> None:
        items = self._pending.pop(loop, None)
        if items is not None:  # close() may have handed them over already
            self._q.put(items)

    def write_now(self, rec: AuditRecord, content: str | None = None) -> None:
        """Synchronous append for code without an event loop (CLI, tests, benchmarks); the
        writer thread must not be running at the same time."""
        self._write([_row(rec, content)])

    def write_many(self, recs: list[AuditRecord]) -> None:
        """One synchronous group commit of ``recs`` (no content), as the writer thread does."""
        self._write([_row(r, None) for r in recs])

    def sign_now(self) -> None:
        """Sign a tree head over the log as it is now, unless one exists for its size."""
        self._append.unsigned = True
        self._write([], force_head=True)

    def close(self, timeout: float = 30.0) -> None:
        """Flush everything queued, then stop the thread."""
        if self._started:
            for loop in list(self._pending):  # e.g. submitted in the iteration that closes us
                self._hand_over(loop)
            self._q.put(_STOP)
            self._thread.join(timeout)
            self._started = False
        else:  # only write_now/sign_now were used
            if self._append.unsigned:
                self._write([], force_head=True)
            self._drop_connection()

    def _run(self) -> None:
        stop = False
        try:
            while not stop:
                first = self._q.get()
                if first is _STOP:
                    break
                batch: list[Item] = []
                _add(batch, first)
                while len(batch) < self._batch_max:
                    try:
                        item = self._q.get_nowait()
                    except queue.Empty:
                        break
                    if item is _STOP:
                        stop = True
                        break
                    _add(batch, item)
                self._commit(batch)
        finally:
            try:
                if self._append.unsigned:
                    self._write([], force_head=True)  # the tail gets a signed head on shutdown
            except Exception as e:
                log.warning("audit: could not sign the final tree head: %s", e)
            self._drop_connection()

    def _connection(self) -> Any:
        """The writer keeps one connection. On SQLite it polls for the write lock itself:
        SQLite's own busy handler sleeps up to 100 ms per try, which, with several worker
        processes sharing one file, put hundreds of milliseconds on p99."""
        if self._conn is None:
            self._conn = self._db.engine.raw_connection()
            driver = self._conn.driver_connection
            # Out of the pool: its settings below must not leak to other users of the engine.
            self._conn.detach()
            if self._db.is_sqlite:
                cur = self._conn.cursor()
                cur.execute("PRAGMA busy_timeout=0")
                cur.close()
                # Transactions are begun explicitly (BEGIN IMMEDIATE takes the write lock
                # before the tree state is read, so two processes never extend the same size).
                driver.isolation_level = None
        return self._conn

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:
                pass

    def _write(self, rows: list[Row], *, force_head: bool = False) -> None:
        with self._db.write_turn():
            self._write_locked(rows, force_head=force_head)

    def _write_locked(self, rows: list[Row], *, force_head: bool = False) -> None:
        delay = 0.0002
        deadline = time.monotonic() + 10.0
        while True:
            conn = self._connection()
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
                if not locked:
                    self._drop_connection()  # it may be broken; the retry opens a new one
                    raise
                if time.monotonic() >= deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.005)

    def _commit(self, batch: list[Item]) -> None:
        rows = [row for row, _ in batch]
        waiters = [w for _, w in batch if w is not None]
        error: BaseException | None = None
        for attempt in range(3):
            try:
                self._write(rows)
                self.written += len(rows)
                error = None
                break
            except Exception as e:  # the thread must survive a database hiccup
                error = e
                log.warning("audit batch of %d failed (attempt %d): %s", len(rows), attempt + 1, e)
        if error is not None:
            self.failed_batches += 1
        # One wake-up per loop per batch instead of one per record.
        by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
        for loop, fut in waiters:
            by_loop.setdefault(loop, []).append(fut)
        for loop, futs in by_loop.items():
            try:
                loop.call_soon_threadsafe(_resolve, futs, error)
            except RuntimeError:  # loop already closed: nobody is waiting any more
                pass


def _add(batch: list[Item], item: object) -> None:
    if isinstance(item, list):  # one loop iteration's records
        batch.extend(item)
    else:
        batch.append(item)  # type: ignore[arg-type]


def _is_locked(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database is busy" in text


def _resolve(futs: list[asyncio.Future[None]], error: BaseException | None) -> None:
    for f in futs:
        if f.done():
            continue
        if error is None:
            f.set_result(None)
        else:
            f.set_exception(AuditUnavailable(str(error)))


class AuditUnavailable(Exception):
    """The record could not be committed; the request must not be reported as successful."""
