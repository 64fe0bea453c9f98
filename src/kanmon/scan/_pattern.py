"""Regex recognizers: a compiled pattern plus the checks that make a match a finding.

Every pattern is compiled once, when its module is imported; scanning a text does no
compilation. A recognizer is skipped outright when none of its ``gate`` substrings occurs in
the text (``"@"`` for e-mail, ``"-----BEGIN"`` for keys), which keeps the cost of the rare
types near zero on ordinary prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kanmon.core.finding import Finding

Validator = Callable[[str], bool]

#: Left/right edges for numbers. ASCII only on purpose: in Chinese or Japanese text a number
#: follows a CJK character directly, and ``\b`` would see no boundary there.
NUM_L = r"(?<![0-9A-Za-z_\-./#@+])"
NUM_R = r"(?![0-9A-Za-z_\-/@]|[.,]\d)"
TOK_L = r"(?<![0-9A-Za-z_\-])"
TOK_R = r"(?![0-9A-Za-z_\-])"


@dataclass(frozen=True, slots=True)
class Recognizer:
    """One entity type found by one regex."""

    id: str
    entity: str
    pattern: re.Pattern[str]
    confidence: float
    validator: Validator | None = None
    #: Skip unless one of these occurs in the text (case-sensitive, cheap ``in`` test).
    gate: tuple[str, ...] = ()
    #: Report only if one of these words occurs shortly before the match (lower-cased text).
    context: tuple[str, ...] = ()
    #: Drop the match if one of these words occurs shortly before it.
    negative_context: tuple[str, ...] = ()
    #: Drop the match if this matches the text just before it (e.g. "version " before an IP).
    negative: re.Pattern[str] | None = None
    #: Regex group whose span is the finding (0: the whole match).
    group: int = 0
    context_chars: int = 48

    def find(self, text: str, location: str, scanner: str) -> list[Finding]:
        if self.gate and not any(g in text for g in self.gate):
            return []
        out: list[Finding] = []
        for m in self.pattern.finditer(text):
            start, end = m.span(self.group)
            value = m.group(self.group)
            if self.validator is not None and not self.validator(value):
                continue
            if self.negative is not None and self.negative.search(
                text, max(0, start - self.context_chars), start
            ):
                continue
            if self.context or self.negative_context:
                before = text[max(0, start - self.context_chars) : start].lower()
                if self.context and not any(w in before for w in self.context):
                    continue
                if any(w in before for w in self.negative_context):
                    continue
            out.append(Finding(self.entity, start, end, self.confidence, scanner, location))
        return out


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class PatternScanner:
    """A scanner made of recognizers; overlapping findings keep the most confident, longest."""

    def __init__(self, scanner_id: str, recognizers: Sequence[Recognizer]) -> None:
        self.id = scanner_id
        self.recognizers = tuple(recognizers)

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(r.entity for r in self.recognizers)

    def scan(self, text: str, location: str = "") -> list[Finding]:
        found: list[Finding] = []
        for r in self.recognizers:
            found.extend(r.find(text, location, self.id))
        return resolve_overlaps(found)


def resolve_overlaps(found: list[Finding]) -> list[Finding]:
    """Keep a set of non-overlapping findings, preferring confidence, then length."""
    if len(found) < 2:
        return found
    ranked = sorted(found, key=lambda f: (-f.confidence, -f.length, f.start))
    kept: list[Finding] = []
    for f in ranked:
        if not any(f.overlaps(k) for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: f.start)
    return kept
