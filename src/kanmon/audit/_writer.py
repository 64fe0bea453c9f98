"""Group commit: records queue up while a background thread commits the previous batch, so one
commit covers many requests and the event loop never blocks on the database."""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections.abc import Callable

from kanmon.audit._append import Appender, record_row
from kanmon.audit._link import LogLink
from kanmon.audit._signer import Signer
from kanmon.core.record import AuditRecord
from kanmon.errors import ServiceUnavailableError, StoreUnavailableError
from kanmon.health import Check
from kanmon.ratelog import Throttle
from kanmon.store import Database, is_unavailable

log = logging.getLogger("kanmon.audit")

_STOP = object()
# An attempt that took this long was waiting for a server that did not answer (a refused
# connection, a full disk or a dropped connection fail in milliseconds).
_SILENT_S = 1.0
Waiter = tuple[asyncio.AbstractEventLoop, asyncio.Future[None]] | None
Row = tuple[object, ...]
Item = tuple[Row, Waiter]


class AuditWriter:
    """Thread-backed writer. ``submit`` returns a future that resolves once the record is
    committed; callers that promise durability await it before completing the response.

    Failure behaviour (see docs/operations.md): a failed group commit is retried while
    ``commit_timeout_s`` has not passed since it began, then its waiting requests fail (503).
    After an attempt that timed out (a frozen or unreachable server), the store is marked silent
    for ``probe_s``: batches (and key lookups) fail at once meanwhile, so requests learn of it in
    about one bounded wait, not one per batch ahead of theirs. Records nobody waits for are
    kept (up to ``KEEP_MAX``) and written once the store is back. The tree head is signed at
    most ``head_interval_s`` after a record was appended (also when no further traffic comes),
    at start (the tail a crashed process left unsigned) and at shutdown (retried).
    """

    KEEP_MAX = 10_000
    QUEUE_READY_MAX = 50_000  # readiness fails beyond this many queued hand-overs

    def __init__(
        self,
        db: Database,
        *,
        batch_max: int = 512,
        signer: Signer | None = None,
        head_interval_s: float = 1.0,
        commit_timeout_s: float = 1.0,
        probe_s: float = 0.5,
    ) -> None:
        self._db = db
        self._batch_max = batch_max
        self.signer = signer
        self._interval = head_interval_s
        dialect = db.engine.dialect
        self._append = Appender(dialect.name, dialect.paramstyle, signer, head_interval_s)
        self._q: queue.SimpleQueue[Item | list[Item] | object] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="kanmon-audit", daemon=True)
        self._started = False
        # Records submitted on an event loop wait there until the loop's current iteration ends,
        # then go to the writer thread together: one hand-over (and at most one wake-up of the
        # thread) per iteration rather than per record.
        self._pending: dict[asyncio.AbstractEventLoop, list[Item]] = {}
        self._commit_timeout = commit_timeout_s
        self._probe_s = probe_s
        self._last_error: BaseException | None = None
        self._kept: list[Row] = []  # rows of wait=False records whose batch failed
        self._sign_retry_at = 0.0
        self._throttle = Throttle(log)
        self._link = LogLink(db, self._append, self._throttle)
        self.written = 0
        self.failed_batches = 0
        self.dropped = 0
        self.failing_since: float | None = None  # monotonic, while commits fail
        self.last_commit: float | None = None  # monotonic
        #: Told of each group commit, on the writer thread: (records, seconds, succeeded).
        #: Metrics set it; it must be quick and must not raise.
        self.on_commit: Callable[[int, float, bool], None] | None = None

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
        row = record_row(rec, content)
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
        self._write([record_row(rec, content)])
        self._fill_facets_if_due()

    def write_many(self, recs: list[AuditRecord]) -> None:
        """One synchronous group commit of ``recs`` (no content), as the writer thread does."""
        self._write([record_row(r, None) for r in recs])
        self._fill_facets_if_due()

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

    @property
    def backlog(self) -> tuple[int, int]:
        """Hand-overs queued for the writer thread, and records kept through a store outage."""
        return self._q.qsize(), len(self._kept)

    async def check(self) -> Check:
        """Readiness: running, commits succeeding, queue within bounds."""
        now = time.monotonic()
        queued = self._q.qsize()
        facts = {
            "queued": queued,
            "kept": len(self._kept),
            "failing_for_s": round(now - self.failing_since, 1) if self.failing_since else 0,
            "last_commit_age_s": round(now - self.last_commit, 1) if self.last_commit else None,
        }
        if not self.alive:
            return Check(False, "writer stopped", facts=facts)
        if self.failing_since is not None:
            err = type(self._last_error).__name__ if self._last_error else "error"
            return Check(False, f"commits failing ({err})", facts=facts)
        if queued > self.QUEUE_READY_MAX:
            return Check(False, "queue over its bound", facts=facts)
        return Check(True, facts=facts)

    # -- the writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        stop = False
        try:
            if self.signer is not None:
                # A process that crashed left its tail unsigned; nobody else will sign it.
                self._append.unsigned = True
                self._sign_pending()
            while not stop:
                first = self._next()
                if first is None:  # the tail has waited head_interval_s: sign it
                    self._sign_pending()
                    continue
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
                self._fill_facets_if_due()
        finally:
            self._final_head()
            self._drop_connection()

    def _next(self) -> object | None:
        """The next queued item; None when a head falls due before one arrives."""
        if self.signer is None or not (self._append.unsigned or self._kept):
            return self._q.get()
        due = max(self._append.head_due_at(), self._sign_retry_at)
        wait = due - time.monotonic()
        try:
            return self._q.get(timeout=wait) if wait > 0 else self._q.get_nowait()
        except queue.Empty:
            return None

    def _sign_pending(self) -> None:
        rows, self._kept = self._kept, []
        error = self._try_write(rows, force_head=True)
        if error is None:
            if rows or not self._append.unsigned:  # something was written
                self._note_success(len(rows))
            return
        self._keep(rows, error)
        self._sign_retry_at = time.monotonic() + max(self._interval, self._probe_s, 0.2)
        self._note_failure(error, len(rows))

    def _final_head(self) -> None:
        """Sign the tail at shutdown. The first try may meet a connection the database dropped
        (e.g. after a restart), so try again for a few seconds before giving up; the next start
        signs it otherwise."""
        if not (self._append.unsigned or self._kept):
            return
        deadline = time.monotonic() + max(self._commit_timeout, 3.0)
        while True:
            rows, self._kept = self._kept, []
            try:
                self._write(rows, force_head=True)
                return
            except Exception as e:
                self._kept = rows
                if time.monotonic() >= deadline:
                    log.warning(
                        "audit: could not sign the final tree head (%s); %d records kept in "
                        "memory are lost; the next start signs what was committed",
                        e,
                        len(rows),
                    )
                    return
                time.sleep(0.2)

    def _fill_facets_if_due(self) -> None:
        """After a commit: fill the search index when its batch or interval is due (not while
        the store is known not to answer)."""
        if not self._append.facets_due() or self._db.silent():
            return
        error = self._link.index_facets()
        if error is not None:  # the records stay searchable in the tail meanwhile
            self._throttle.warning("audit-facets", "audit: search index not filled: %s", error)

    def _write(self, rows: list[Row], *, force_head: bool = False) -> None:
        self._link.write(rows, force_head=force_head)

    def _drop_connection(self) -> None:
        self._link.drop()

    def _try_write(self, rows: list[Row], *, force_head: bool = False) -> BaseException | None:
        """One bounded try; the error, or None once committed. Right after a try that waited for
        a server that did not answer, fail at once (the store is marked silent meanwhile)."""
        if self._db.silent() and self._last_error is not None:
            return self._last_error
        t0 = time.monotonic()
        try:
            self._write(rows, force_head=force_head)
        except Exception as e:  # the thread must survive a database hiccup
            if time.monotonic() - t0 >= _SILENT_S:  # frozen or unreachable
                self._db.mark_silent(self._probe_s)
            return e
        return None

    def _commit(self, batch: list[Item]) -> None:
        rows = [row for row, _ in batch]
        waiters = [w for _, w in batch if w is not None]
        kept, self._kept = self._kept, []
        todo = kept + rows
        t0 = time.monotonic()
        deadline = t0 + self._commit_timeout
        error: BaseException | None = None
        for _ in range(3):
            error = self._try_write(todo)
            if error is None or self._db.silent() or time.monotonic() >= deadline:
                break
        if self.on_commit is not None:
            try:
                self.on_commit(len(todo), time.monotonic() - t0, error is None)
            except Exception:  # a metrics bug must not stop the audit log
                log.exception("audit: the commit observer failed")
        if error is None:
            self._note_success(len(todo))
        else:
            self.failed_batches += 1
            self._keep(kept + [row for row, w in batch if w is None], error)
            self._note_failure(error, len(todo))
        # One wake-up per loop per batch instead of one per record.
        by_loop: dict[asyncio.AbstractEventLoop, list[asyncio.Future[None]]] = {}
        for loop, fut in waiters:
            by_loop.setdefault(loop, []).append(fut)
        for loop, futs in by_loop.items():
            try:
                loop.call_soon_threadsafe(_resolve, futs, error)
            except RuntimeError:  # loop already closed: nobody is waiting any more
                pass

    def _keep(self, rows: list[Row], error: BaseException) -> None:
        """Rows nobody waits for outlive a store outage (not a bad row: that would fail every
        batch after it)."""
        if not is_unavailable(error):
            self.dropped += len(rows)
            return
        room = self.KEEP_MAX - len(rows)
        if room < 0:
            self.dropped -= room
            self._throttle.error(
                "audit-dropped",
                "audit: %d records lost: more than %d waited for the store",
                -room,
                self.KEEP_MAX,
            )
            rows = rows[-self.KEEP_MAX :]
        self._kept = rows

    def _note_success(self, n: int) -> None:
        self.written += n
        self.last_commit = time.monotonic()
        if self.failing_since is not None:
            self.failing_since = None
            self._throttle.recovered("audit-commit", "audit: commits succeed again")

    def _note_failure(self, e: BaseException, n: int) -> None:
        self._last_error = e
        if self.failing_since is None:
            self.failing_since = time.monotonic()
        self._throttle.warning(
            "audit-commit", "audit: a group commit of %d records failed: %s", n, _first_line(e)
        )


def _add(batch: list[Item], item: object) -> None:
    if isinstance(item, list):  # one loop iteration's records
        batch.extend(item)
    else:
        batch.append(item)  # type: ignore[arg-type]


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _resolve(futs: list[asyncio.Future[None]], error: BaseException | None) -> None:
    down = error is not None and is_unavailable(error)
    for f in futs:
        if f.done():
            continue
        if error is None:
            f.set_result(None)
        else:
            f.set_exception(AuditUnavailable(str(error), store_down=down))


class AuditUnavailable(Exception):
    """The record could not be committed; the request must not be reported as successful."""

    def __init__(self, message: str, *, store_down: bool = False) -> None:
        super().__init__(message)
        self.store_down = store_down

    def request_error(self) -> ServiceUnavailableError:
        """What the caller is told: 503, ``store_unavailable`` when the database could not be
        used (the usual case), else ``service_unavailable``."""
        msg = "The audit log is unavailable, so the request was not completed."
        return StoreUnavailableError(msg) if self.store_down else ServiceUnavailableError(msg)
