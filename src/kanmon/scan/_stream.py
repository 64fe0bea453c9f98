"""Incremental scanning of streamed text with a carry-over window.

Text is released only once it cannot be part of an entity that is still arriving: the last
``window`` characters are held back, and so is any finding or token-like run that touches the
end of what has arrived. A card number or key split over any number of chunks is therefore
seen whole before a single character of it is forwarded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from kanmon.core.finding import Finding
from kanmon.scan._operators import Operator, apply_operators

#: Never release half of something that may become an entity, whatever the window: a
#: credential-like token, a run of digit groups (a card or phone number still arriving), or an
#: IBAN-like run of groups.
_TRAILING_TOKEN = re.compile(
    r"(?:[A-Za-z0-9_\-+/=.]+"
    r"|[+(]?\d(?:[ \-./()]{0,2}\d)*[ \-./()]{0,2}"
    r"|[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})* ?)\Z"
)
MAX_HOLD = 16 * 1024

ScanFn = Callable[[str], list[Finding]]


class StreamRedactor:
    """``feed`` returns the text that is safe to forward now, already redacted; ``finish``
    the rest. ``on_finding`` sees each finding once (to count it or to cut the stream)."""

    def __init__(
        self,
        scan: ScanFn,
        operators: Mapping[str, Operator],
        default: Operator,
        *,
        window: int = 64,
        on_finding: Callable[[Finding], None] | None = None,
    ) -> None:
        self._scan = scan
        self._ops = operators
        self._default = default
        self.window = window
        self._on_finding = on_finding
        self._pending = ""

    def feed(self, text: str, more: bool = False) -> str:
        """``more``: more text is in hand and will be fed at once; this text waits for it, and
        the scan looks at both together (no latency is added: nothing waits on the network)."""
        if not text:
            return ""
        self._pending += text
        pending = self._pending
        if more or len(pending) <= self.window:
            return ""
        findings = self._scan(pending)
        limit = len(pending) - self.window
        m = _TRAILING_TOKEN.search(pending, max(0, len(pending) - MAX_HOLD))
        if m is not None:
            limit = min(limit, m.start())
        for f in findings:
            if f.start < limit < f.end or (f.end >= len(pending) and f.start < limit):
                limit = f.start
        if limit <= 0:
            return ""
        done = [f for f in findings if f.end <= limit]
        return self._release(pending[:limit], done, limit)

    def finish(self) -> str:
        pending = self._pending
        if not pending:
            return ""
        return self._release(pending, self._scan(pending), len(pending))

    def _release(self, text: str, findings: list[Finding], upto: int) -> str:
        if self._on_finding is not None:
            for f in findings:
                self._on_finding(f)
        self._pending = self._pending[upto:]
        return apply_operators(text, findings, self._ops, self._default)
