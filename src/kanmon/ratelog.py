"""Log a repeating failure once per interval, with how often it happened meanwhile.

A failing dependency fails every request: with PostgreSQL restarting, one line (and a
traceback) per request wrote 15 MB of log in 15 s, and a full audit disk logged 10,000 warnings
in 25 s. ``Throttle`` keeps the first line of each kind, then one line per interval that says how
many were left out, and one line when the failure stops.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass


@dataclass(slots=True)
class _Kind:
    next_at: float
    suppressed: int = 0
    total: int = 0
    since: float = 0.0


class Throttle:
    """Thread-safe: the audit writer thread, the event loop and worker threads share one."""

    def __init__(self, logger: logging.Logger, interval_s: float = 10.0) -> None:
        self._log = logger
        self._interval = interval_s
        self._kinds: dict[str, _Kind] = {}
        self._lock = threading.Lock()

    def log(self, level: int, kind: str, msg: str, *args: object) -> bool:
        """Log ``msg`` unless a line of this ``kind`` went out less than an interval ago (then
        count it). Returns whether a line was written."""
        now = time.monotonic()
        with self._lock:
            k = self._kinds.get(kind)
            if k is None:
                k = self._kinds[kind] = _Kind(next_at=0.0, since=now)
            k.total += 1
            if now < k.next_at:
                k.suppressed += 1
                return False
            skipped, k.suppressed, k.next_at = k.suppressed, 0, now + self._interval
        if skipped:
            msg += " (%d more like this in the last %.0f s)"
            args = (*args, skipped, self._interval)
        self._log.log(level, msg, *args)
        return True

    def warning(self, kind: str, msg: str, *args: object) -> bool:
        return self.log(logging.WARNING, kind, msg, *args)

    def error(self, kind: str, msg: str, *args: object) -> bool:
        return self.log(logging.ERROR, kind, msg, *args)

    @property
    def active(self) -> bool:
        """Some failure is open (a cheap, unlocked read for the success path)."""
        return bool(self._kinds)

    def kinds(self) -> list[str]:
        with self._lock:
            return list(self._kinds)

    def recovered(self, kind: str, msg: str) -> None:
        """The failure of ``kind`` is over: say so once, with how many times it happened."""
        with self._lock:
            k = self._kinds.pop(kind, None)
        if k is not None:
            took = time.monotonic() - k.since
            self._log.warning("%s (after %d failures in %.1f s)", msg, k.total, took)
