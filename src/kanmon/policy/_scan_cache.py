"""What the input scan found in a text a caller sent before, kept so that it is not scanned again.

A request carries texts that repeat from one request to the next: an application's system
prompt, its tool descriptions, a conversation's earlier turns sent again with each new one.
Scanning them is deterministic (the same policy, the same text, the same place in the body give
the same findings and the same injection score), so the scan step looks each text slot up here
first. Entries belong to one API key: a hit is faster than a scan, and a caller must not be able
to time whether another key sent a given text. One cache per compiled policy (a reload starts
an empty one), bounded by the memory its texts take; the least recently used entry goes first.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kanmon.core.finding import Finding
    from kanmon.scan import InjectionResult

#: (key id, source, location, text): the scan's inputs besides the policy.
CacheKey = tuple[str, str, str, str]
#: A slot's findings, and the injection results it merges into the request's (with their source).
SlotScan = tuple[tuple["Finding", ...], tuple[tuple["InjectionResult", str], ...]]

#: What an entry costs besides its text: the key, the tuples, the findings and injection result
#: (tracemalloc: ~1.0 KB per slot for the example policy's results on a body of a system prompt
#: and a user message with three identifiers and an injection; doubled for larger results).
_ENTRY_OVERHEAD = 2048


class ScanCache:
    """Least recently used, by bytes. Safe to call from the scan thread of a large body and the
    event loop at once (one lock around each lookup and insert; the scan itself runs outside)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.used = 0
        self.hits = 0
        self.misses = 0
        self._entries: dict[CacheKey, tuple[SlotScan, int]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: CacheKey) -> SlotScan | None:
        with self._lock:
            entry = self._entries.pop(key, None)
            if entry is None:
                self.misses += 1
                return None
            self._entries[key] = entry  # to the end: the most recently used
            self.hits += 1
            return entry[0]

    def put(self, key: CacheKey, value: SlotScan) -> None:
        size = sys.getsizeof(key[3]) + _ENTRY_OVERHEAD
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.used -= old[1]
            while self._entries and self.used + size > self.max_bytes:
                first = next(iter(self._entries))
                self.used -= self._entries.pop(first)[1]
            self._entries[key] = (value, size)
            self.used += size
