"""The tracer's export thread: finished requests are queued as they are (the request's path only
appends one); the thread encodes their spans and posts them in batches, every ``delay_s`` or as
soon as a batch is full, like the SDK's ``BatchSpanProcessor`` but with one queue entry per
request instead of one ``ReadableSpan`` per span."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

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
    """``build(item)`` gives an item's encoded spans and ``post(spans)`` sends a batch of them
    (both on this thread). ``max_spans`` bounds what waits: a request whose spans do not fit is
    dropped whole (a trace missing its own spans would mislead) and the drop logged."""

    def __init__(
        self,
        build: Callable[[Any], list[bytes]],
        post: Callable[[list[bytes]], None],
        max_spans: int,
        batch_spans: int,
        delay_s: float,
    ) -> None:
        self.build = build
        self.post = post
        self.max_spans = max_spans
        self.batch_spans = batch_spans
        self.delay_s = delay_s
        self.queue: deque[tuple[Any, int]] = deque()
        self.queued = 0  # spans waiting (each request's count as it was queued)
        self.busy = False
        self.flushing = 0
        self.stopping = False
        self.dropped = 0
        self.cond = threading.Condition()
        self.thread = threading.Thread(target=self._run, name="kanmon-trace-export", daemon=True)
        self.thread.start()

    def put(self, item: Any, spans: int) -> None:
        """On the event loop: one append under an uncontended lock."""
        with self.cond:
            if self.stopping or self.queued + spans > self.max_spans:
                self.dropped += spans
                log.warning("trace export queue full: spans dropped")
                return
            self.queue.append((item, spans))
            self.queued += spans
            if self.queued >= self.batch_spans:
                self.cond.notify_all()

    def _ready(self) -> bool:
        if self.stopping:
            return True
        return bool(self.queue) and (self.flushing > 0 or self.queued >= self.batch_spans)

    def _take(self) -> list[Any]:
        items, n = [], 0
        while self.queue and n < self.batch_spans:
            item, spans = self.queue.popleft()
            items.append(item)
            n += spans
        self.queued -= n
        return items

    def _run(self) -> None:
        while True:
            with self.cond:
                self.cond.wait_for(self._ready, self.delay_s)
                if self.stopping and not self.queue:
                    return
                items = self._take()
                self.busy = bool(items)
            if not items:
                continue
            try:
                spans: list[bytes] = []
                for item in items:
                    try:
                        spans += self.build(item)
                    except Exception:
                        log.exception("the spans of a request could not be built")
                if spans:
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
