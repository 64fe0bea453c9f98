"""Scanners as a plugin point, and the set of them a gateway runs.

Scanners register under the ``kanmon.scanners`` entry-point group; the built-ins (``pii``,
``secrets``, ``injection``) are registered the same way in Kanmon's own ``pyproject.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, runtime_checkable

from kanmon.core.finding import Finding, findings_of
from kanmon.errors import ConfigError
from kanmon.plugins import SCANNERS_GROUP, Kind
from kanmon.scan._escaped import findings_back, unescaped
from kanmon.scan._hant import simplified
from kanmon.scan._pattern import (
    PatternScanner,
    TaggedSpan,
    first_hit,
    prefilter,
    resolve_overlaps,
    resolve_spans,
    utf8,
)


@runtime_checkable
class Scanner(Protocol):
    """Finds entities in one piece of text. Implementations compile everything at build time."""

    id: str

    @property
    def entities(self) -> frozenset[str]: ...

    def scan(self, text: str, location: str = "") -> list[Finding]: ...


#: A scanner plugin names a factory that builds (and compiles) one ``Scanner``.
SCANNERS: Kind[Callable[[], Scanner]] = Kind(SCANNERS_GROUP, "scanner", callable)


def available_scanners() -> list[str]:
    return SCANNERS.names()


def load_scanner(name: str) -> Scanner:
    scanner = SCANNERS.load(name)()
    if not isinstance(scanner, Scanner):
        raise ConfigError(f"scanner {name!r} does not build a Scanner")
    return scanner


class ScanSet:
    """Runs several content scanners over a text and merges their findings."""

    def __init__(self, scanners: Sequence[Scanner]) -> None:
        self.scanners = tuple(scanners)
        # The pattern scanners (those not overriding ``scan``) share one encoding of the text
        # and one RE2 pass up to the first trigger of any of them: before it none has a hit,
        # so each starts its own pass there. On prose that is the stretch up to the first
        # candidate, scanned once instead of once per scanner.
        self._shared = tuple(
            isinstance(s, PatternScanner) and type(s).scan is PatternScanner.scan
            for s in self.scanners
        )
        sources = [
            s.prefilter_source
            for s, shared in zip(self.scanners, self._shared, strict=True)
            if shared and isinstance(s, PatternScanner) and s.prefilter_source
        ]
        self._pattern = tuple(
            s
            for s, shared in zip(self.scanners, self._shared, strict=True)
            if shared and isinstance(s, PatternScanner)
        )
        self._all_shared = bool(self.scanners) and all(
            shared
            and isinstance(s, PatternScanner)
            and type(s).scan_utf8 is PatternScanner.scan_utf8
            for s, shared in zip(self.scanners, self._shared, strict=True)
        )
        self._reads_traditional = any(getattr(s, "reads_traditional", False) for s in scanners)
        self._first = prefilter("|".join(f"(?:{p})" for p in sources)) if len(sources) > 1 else None
        #: Every scanner finds only where its prefilter fires, and the shared first hit stands
        #: for all of them: a text without that hit holds no finding.
        self._triggered_only = (
            self._all_shared
            and self._first is not None
            and len(sources) == len(self._pattern)
            and all(
                s.triggered_only and type(s).spans_utf8 is PatternScanner.spans_utf8
                for s in self._pattern
            )
        )

    @classmethod
    def from_names(cls, names: Iterable[str]) -> ScanSet:
        return cls([load_scanner(n) for n in names])

    @property
    def entities(self) -> frozenset[str]:
        out: frozenset[str] = frozenset()
        for s in self.scanners:
            out |= s.entities
        return out

    def scan(self, text: str, location: str = "", data: bytes | None = None) -> list[Finding]:
        """``data``: the text's UTF-8 bytes (``utf8``), when the caller has them already."""
        # a text written as the inside of a JSON string (a tool's serialised result) is read
        # as the text it holds: escaped letters and glued "\\n" hide what it names
        if (b"\\" in data if data is not None else "\\" in text) and (
            as_read := unescaped(text)
        ) is not None:
            plain, escapes = as_read
            return findings_back(self._scan(plain, location, None), escapes)
        return self._scan(text, location, data)

    def _scan(self, text: str, location: str, data: bytes | None) -> list[Finding]:
        if data is not None and not text:
            data = None  # as if not given: nothing to encode
        if self._reads_traditional and text:
            # a scanner here reads Traditional Chinese as Simplified: all of them do, before
            # the shared first hit (the same offsets: ``_hant``)
            data = utf8(text) if data is None else data
            if (as_simplified := simplified(text, data)) is not None:
                text, data = as_simplified, utf8(as_simplified)
        if self._all_shared:
            return self._scan_spans(text, location, data)
        found: list[Finding] = []
        start = 0
        if data is not None and self._first is not None:
            start = first_hit(self._first, data)
        for s, shared in zip(self.scanners, self._shared, strict=True):
            if shared and isinstance(s, PatternScanner):
                if data is None and text:
                    data = utf8(text)
                    if self._first is not None:
                        start = first_hit(self._first, data)
                found.extend(s.scan_utf8(text, data, location, start))
            else:  # a subclass that overrides ``scan`` is asked through it
                found.extend(s.scan(text, location))
        return resolve_overlaps(found) if len(self.scanners) > 1 else found

    def _scan_spans(self, text: str, location: str, data: bytes | None) -> list[Finding]:
        """``scan`` when every scanner is a pattern scanner: their spans meet, in scanner
        order, and only those left after the overlaps are settled become findings (the same
        ones ``resolve_overlaps`` keeps of them: it orders and compares alike)."""
        if data is None and text:
            data = utf8(text)
        start = first_hit(self._first, data) if self._first is not None and data else 0
        if self._triggered_only and (data is None or start >= len(data)):
            # No trigger of any scanner in the text, and none has a recognizer that looks
            # without one: nothing to find. Most responses and prose end here.
            return []
        if len(self._pattern) == 1:
            s = self._pattern[0]
            return findings_of(s.spans_utf8(text, data, start), s.id, location)
        tagged: list[TaggedSpan] = []
        for s in self._pattern:
            k = s.id
            tagged.extend([(a, b, c, e, k) for a, b, c, e in s.spans_utf8(text, data, start)])
        return findings_of(resolve_spans(tagged), "", location)
