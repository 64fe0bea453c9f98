"""Regex recognizers and the scanner that runs them with one prefilter pass.

Every pattern is compiled once, when its module is imported; scanning does no compilation.
A ``PatternScanner`` joins the recognizers' cheap *triggers* (a literal prefix such as
``AKIA`` or ``@``, or a run of digits) into one prefilter that makes a single pass over the
UTF-8 bytes — with RE2 when ``google-re2`` is installed (a DFA, no backtracking), with ``re``
otherwise. Only around each trigger hit does the precise pattern run, with its checksum and
context checks. Ordinary prose therefore costs one linear pass, whatever the number of
recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from kanmon.core.finding import Finding

try:
    import re2 as _re2

    _FAST: ModuleType | None = _re2
except ImportError:  # pragma: no cover - google-re2 is a dependency; re is the fallback
    _FAST = None

Validator = Callable[[str], bool]
#: Judges a match with the whole text at hand (its context, its script) and returns the span to
#: report, which may be narrower or wider than the match, or None to drop it.
Refine = Callable[[str, re.Match[str]], tuple[int, int] | None]

#: Left/right edges for numbers. ASCII only on purpose: in Chinese or Japanese text a number
#: follows a CJK character directly, and ``\b`` would see no boundary there.
NUM_L = r"(?<![0-9A-Za-z_\-./#@+])"
NUM_R = r"(?![0-9A-Za-z_\-/@]|[.,]\d)"
TOK_L = r"(?<![0-9A-Za-z_\-])"
TOK_R = r"(?![0-9A-Za-z_\-])"

#: A run of at least four digits with the separators numbers are written with.
DIGIT_RUN = r"[+(]?[0-9](?:[ \-./()]{0,2}[0-9]){3,}"
_NOT_DIGITS = str.maketrans("", "", " -./()+")


@dataclass(frozen=True, slots=True)
class Recognizer:
    """One entity type found by one regex."""

    id: str
    entity: str
    pattern: re.Pattern[str]
    confidence: float
    validator: Validator | None = None
    #: Prefilter: an RE2-compatible regex (no look-arounds; Unicode classes allowed) that every
    #: match contains.
    #: None: the recognizer scans the whole text itself (the simple path for plugins).
    trigger: str | None = None
    #: Characters before and after a trigger hit in which the precise pattern is run (numeric
    #: recognizers run on the digit run itself, give or take a few characters).
    window: tuple[int, int] = (0, 256)
    #: Numeric recognizers ride on the shared digit-run trigger: the least digits a run needs,
    #: and a separator it must contain (e.g. "." for IPv4, "-" for a US SSN).
    digits: int | None = None
    requires: str | None = None
    #: Characters before and after a digit run in which a numeric recognizer runs (a phone
    #: number's extension, "x704", lies beyond its digit run).
    num_window: tuple[int, int] = (2, 3)
    #: Report only if one of these words occurs shortly before the match (lower-cased).
    context: tuple[str, ...] = ()
    #: Drop the match if this matches the text just before it (e.g. "version " before an IP).
    negative: re.Pattern[str] | None = None
    context_chars: int = 48
    #: Regex group whose span is the finding (0: the whole match).
    group: int = 0
    refine: Refine | None = None

    def find_in(
        self, text: str, pos: int, endpos: int, location: str, scanner: str
    ) -> list[Finding]:
        out: list[Finding] = []
        for m in self.pattern.finditer(text, pos, endpos):
            start, end = m.span(self.group)
            if self.validator is not None and not self.validator(m.group(self.group)):
                continue
            if self.refine is not None:
                span = self.refine(text, m)
                if span is None:
                    continue
                start, end = span
            lo = max(0, start - self.context_chars)
            if self.negative is not None and self.negative.search(text, lo, start):
                continue
            if self.context:
                before = text[lo:start].lower()
                if not any(w in before for w in self.context):
                    continue
            out.append(Finding(self.entity, start, end, self.confidence, scanner, location))
        return out


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def prefilter(pattern: str, *, ignore_case: bool = False) -> Any:
    """Compile a prefilter over UTF-8 bytes: RE2 if installed, else ``re``."""
    if _FAST is not None:
        opts = _FAST.Options()
        opts.max_mem = 64 << 20
        opts.case_sensitive = not ignore_case
        return _FAST.compile(pattern.encode(), options=opts)
    return re.compile(pattern.encode(), re.IGNORECASE if ignore_case else 0)


class PatternScanner:
    """A scanner made of recognizers; overlapping findings keep the most confident, longest."""

    def __init__(
        self, scanner_id: str, recognizers: Sequence[Recognizer], *, overlapping: bool = False
    ) -> None:
        """``overlapping``: some triggers end on the first letter of the next word (two
        capitalised words), and the next search must start there (see ``_resume``)."""
        self.id = scanner_id
        self.recognizers = tuple(recognizers)
        self._overlapping = overlapping
        # Most confident first: once a run of digits is a card, a less confident recognizer
        # (a phone number) could not win it, and is not asked.
        self._numeric = tuple(
            sorted(
                (r for r in self.recognizers if r.digits is not None), key=lambda r: -r.confidence
            )
        )
        # Which recognizers a prefilter hit belongs to is asked of ``re`` on the text itself:
        # one C call per recognizer, where the RE2 wrapper costs microseconds in Python.
        self._triggered = tuple(
            (r, re.compile(r.trigger))
            for r in self.recognizers
            if r.trigger is not None and r.digits is None
        )
        self._whole = tuple(r for r in self.recognizers if r.trigger is None and r.digits is None)
        parts = [f"(?:{r.trigger})" for r, _ in self._triggered]
        if self._numeric:
            parts.append(DIGIT_RUN)
        self._prefilter = prefilter("|".join(parts)) if parts else None

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(r.entity for r in self.recognizers)

    def scan(self, text: str, location: str = "") -> list[Finding]:
        found: list[Finding] = []
        for r in self._whole:
            found.extend(r.find_in(text, 0, len(text), location, self.id))
        if self._prefilter is not None and text:
            found.extend(self._prefiltered(text, location))
        return resolve_overlaps(found)

    def _prefiltered(self, text: str, location: str) -> list[Finding]:
        data = text.encode("utf-8", "surrogatepass")  # JSON may carry lone surrogates
        ascii_only = len(data) == len(text)
        found: list[Finding] = []
        n = len(text)
        last_b = last_c = 0
        done: dict[str, int] = {}  # recognizer id → end of the last window it ran on
        for bs, be in self._hits(data):
            if ascii_only:
                cs, ce = bs, be
            else:  # byte → character offsets, decoding each stretch once
                cs = last_c + len(data[last_b:bs].decode("utf-8", "surrogatepass"))
                ce = cs + len(data[bs:be].decode("utf-8", "surrogatepass"))
                last_b, last_c = bs, cs
            hit = data[bs:be]
            first = hit[:1]
            if (first.isdigit() or first in (b"+", b"(")) and b":" not in hit:
                run = text[cs:ce]
                ndig = len(run.translate(_NOT_DIGITS))
                before: str | None = None
                covered = -1.0  # confidence of a finding that already spans the whole run
                for r in self._numeric:
                    if r.confidence < covered:
                        break
                    if ndig < (r.digits or 0) or (r.requires and r.requires not in run):
                        continue
                    if r.context:
                        if before is None:
                            before = text[max(0, cs - r.context_chars) : cs].lower()
                        if not any(w in before for w in r.context):
                            continue
                    a, b = max(0, cs - r.num_window[0]), min(n, ce + r.num_window[1])
                    for f in r.find_in(text, a, b, location, self.id):
                        found.append(f)
                        if f.start <= cs + 1 and f.end >= ce - 1:
                            covered = f.confidence
                continue  # a digit run is only ever a numeric trigger
            for r, trig in self._triggered:
                if trig.match(text, cs) is None:
                    continue
                a = max(0, cs - r.window[0])
                b = min(n, ce + r.window[1])
                if b > done.get(r.id, -1):  # else a previous window covered this one
                    found.extend(r.find_in(text, a, b, location, self.id))
                    done[r.id] = b
        return found

    def _hits(self, data: bytes) -> Iterator[tuple[int, int]]:
        pf = self._prefilter
        if not self._overlapping:
            for m in pf.finditer(data):  # type: ignore[union-attr]
                yield m.span()
            return
        pos = 0
        while (m := pf.search(data, pos)) is not None:  # type: ignore[union-attr]
            bs, be = m.span()
            yield bs, be
            pos = _resume(data, bs, be)


def _resume(data: bytes, bs: int, be: int) -> int:
    """Where the next prefilter search starts. A trigger may end on the first letter of the
    next word ("Anna W" for two capitalised words); the search resumes at that letter, so a
    trigger that starts with it ("Wolf Dr. …", "Dr. ") still fires."""
    k = be - 1
    while k > bs and data[k] & 0xC0 == 0x80:  # back to the first byte of the last character
        k -= 1
    if k > bs and data[k - 1 : k] == b" " and data[k:be].decode("utf-8", "ignore").isalpha():
        return k
    return be if be > bs else bs + 1


def _better(f: Finding, g: Finding) -> bool:
    return (f.confidence, f.length) > (g.confidence, g.length)


def resolve_overlaps(found: list[Finding]) -> list[Finding]:
    """Non-overlapping findings in text order; of two that overlap the more confident (then
    longer) one stays. One sort and one sweep."""
    if len(found) < 2:
        return found
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Finding] = []
    for f in found:
        if kept and f.start < kept[-1].end:
            if _better(f, kept[-1]):
                kept[-1] = f
            continue
        kept.append(f)
    return kept
