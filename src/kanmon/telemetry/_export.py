"""The tracer's export thread: each sampled request's spans are queued encoded, as one entry (the
event loop writes them); the thread posts them in batches, every ``delay_s`` or as soon as a
batch is full, like the SDK's ``BatchSpanProcessor`` but with one queue entry per request
instead of one ``ReadableSpan`` per span, and nothing to do but the post: a thread that runs
Python code beside the loop takes the interpreter lock from it."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable

log = logging.getLogger("kanmon.telemetry.export")


class Throttle(logging.Filter):
    """With a collector down, the exporter logs each failed export and this thread each drop:
    a line per batch or per request. One line per message and interval goes through, with how
    many were left out."""

    def __init__(self, interval_s: float = 10.0) -> None:
        super().__init__()
        self.interval = interval_s
        self.seen: dict[object, tuple[float, int]] = {}
        self.lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        with self.lock:
            last, skipped = self.seen.get(record.msg, (-self.interval, 0))
            if now - last < self.interval:
                self.seen[record.msg] = (last, skipped + 1)
                return False
            self.seen[record.msg] = (now, 0)
        if skipped:
            record.msg = f"{record.getMessage()} ({skipped} more like this left out)"
            record.args = None
        return True


THROTTLE = Throttle()
log.addFilter(THROTTLE)


class ExportThread:
    """``post(spans)`` sends a batch of encoded spans (on this thread). ``max_spans`` bounds
    what waits: a request whose spans do not fit is dropped whole (a trace missing its own spans
    would mislead) and the drop logged."""

    def __init__(
        self,
        post: Callable[[list[bytes]], None],
        max_spans: int,
        batch_spans: int,
        delay_s: float,
    ) -> None:
        self.post = post
        self.max_spans = max_spans
        self.batch_spans = batch_spans
        self.delay_s = delay_s
        self.queue: deque[list[bytes]] = deque()
        self.queued = 0  # spans waiting (each request's count as it was queued)
        self.busy = False
        self.flushing = 0
        self.stopping = False
        self.dropped = 0
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="kanmon-trace-export", daemon=True)
        self.thread.start()

    def has_room(self, spans: int) -> bool:
        """Whether a request's ``spans`` would be taken now (read without the lock: ``put``
        decides); so that spans about to be dropped are not written."""
        return not self.stopping and self.queued + spans <= self.max_spans

    def drop(self, spans: int) -> None:
        with self.cond:
            self.dropped += spans
        log.warning("trace export queue full: spans dropped")

    def put(self, spans: list[bytes]) -> None:
        """On the event loop: one request's spans, appended under an uncontended lock."""
        n = len(spans)
        with self.cond:
            if self.stopping or self.queued + n > self.max_spans:
                self.dropped += n
                log.warning("trace export queue full: spans dropped")
                return
            self.queue.append(spans)
            self.queued += n
            if self.queued >= self.batch_spans:
                self.cond.notify_all()

    def _ready(self) -> bool:
        if self.stopping:
            return True
        return bool(self.queue) and (self.flushing > 0 or self.queued >= self.batch_spans)

    def _take(self) -> list[bytes]:
        spans: list[bytes] = []
        while self.queue and len(spans) < self.batch_spans:
            spans += self.queue.popleft()
        self.queued -= len(spans)
        return spans

    def _run(self) -> None:
        while True:
            with self.cond:
                self.cond.wait_for(self._ready, self.delay_s)
                if self.stopping and not self.queue:
                    return
                spans = self._take()
                self.busy = bool(spans)
            if not spans:
                continue
            try:
                self.post(spans)
            except Exception:
                log.exception("trace export failed")
            finally:
                with self.cond:
                    self.busy = False
                    self.cond.notify_all()

    def flush(self, timeout_s: float) -> bool:
        """Send what is queued now; whether it was sent (or given up on) within the time."""
        with self.cond:
            self.flushing += 1
            self.cond.notify_all()
            try:
                return self.cond.wait_for(lambda: not self.queue and not self.busy, timeout_s)
            finally:
                self.flushing -= 1

    def stop(self, timeout_s: float = 30.0) -> None:
        """Send what is queued, then end the thread; later requests are dropped."""
        with self.cond:
            self.stopping = True
            self.cond.notify_all()
        self.thread.join(timeout_s)
