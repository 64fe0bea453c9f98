"""The scanner that runs regex recognizers (``_recognizer.py``) with one prefilter pass.

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
from collections.abc import Sequence
from operator import itemgetter
from types import ModuleType
from typing import Any, TypeVar

from kanmon.core.finding import Finding, findings_of
from kanmon.scan._escaped import findings_back, unescaped
from kanmon.scan._hant import simplified
from kanmon.scan._recognizer import Recognizer, Span, any_word
from kanmon.scan._regex_shape import first_chars

try:
    import re2 as _re2

    _FAST: ModuleType | None = _re2
    _UNANCHORED: Any = _re2._Anchor.UNANCHORED
except ImportError:  # pragma: no cover - google-re2 is a dependency; re is the fallback
    _FAST = None

#: A run of at least four digits with the separators numbers are written with.
DIGIT_RUN = r"[+(]?[0-9](?:[ \-./()]{0,2}[0-9]){3,}"
_NOT_DIGITS = b" -./()+"
#: A digit run's shape: its digits all written ``5``, its separators as they are.
_SHAPE = bytes.maketrans(b"0123456789", b"5555555555")
#: Runs at most this long have their plan kept by shape, at most this many shapes a scanner.
_SHAPE_CHARS = 48
_SHAPES = 4096
#: A digit of another script: ``\d`` takes it, the digit-run trigger does not.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # JSON may carry lone surrogates


def first_hit(pf: Any, data: bytes) -> int:
    """Where the first match of the prefilter ``pf`` starts in ``data`` (its length if none)."""
    if _FAST is None:  # pragma: no cover - the ``re`` fallback
        m = pf.search(data)
        return len(data) if m is None else int(m.start())
    a = pf._regexp.Match(_UNANCHORED, data, 0, len(data))[0][0]
    return len(data) if a < 0 else int(a)


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
        self,
        scanner_id: str,
        recognizers: Sequence[Recognizer],
        *,
        overlapping: bool = False,
        reads_traditional: bool = False,
    ) -> None:
        """``overlapping``: some triggers end on the first letter of the next word (two
        capitalised words), and the next search must start there (see ``_resume``).
        ``reads_traditional``: its Chinese recognizers are written for Simplified, and a text
        in Traditional Chinese is read as Simplified for it (``_hant``; a ScanSet with such a
        scanner reads it so for all of them)."""
        self.id = scanner_id
        self.reads_traditional = reads_traditional
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
            (r, re.compile(r.trigger).match, *r.window, r.id)
            for r in self.recognizers
            if r.trigger is not None and r.digits is None
        )
        # And only of those whose trigger can start with the hit's first character ("eyJ"
        # with "e"); a trigger whose first characters are not known is always asked.
        firsts = [first_chars(t[0].trigger) for t in self._triggered if t[0].trigger is not None]
        self._by_first = {
            c: tuple(t for t, f in zip(self._triggered, firsts, strict=True) if f is None or c in f)
            for c in set().union(*(f for f in firsts if f is not None))
        }
        self._unknown_first = tuple(
            t for t, f in zip(self._triggered, firsts, strict=True) if f is None
        )
        # The numeric recognizers a run of k digits may be (the last entry serves all longer
        # runs), most confident first, with what the loop reads of each: one plan per digit
        # count and per set of the separators some recognizers require ("-" for an SSN, "."
        # for IPv4), so the loop asks neither.
        top = max((r.digits or 0 for r in self._numeric), default=0)
        self._requires = tuple(sorted({r.requires for r in self._numeric if r.requires}))
        # The run is bytes: a one-byte separator is looked for as its code (``b"-" in hit``
        # would first try, and fail, to read b"-" as an integer: an exception per run).
        self._require_bits = tuple(
            (1 << i, b[0] if len(b := s.encode()) == 1 else b) for i, s in enumerate(self._requires)
        )
        # A required "separator" that is not one could be in a run without separators.
        self._odd_requires = any(c.encode() not in _NOT_DIGITS for s in self._requires for c in s)
        self._numeric_plan = tuple(
            tuple(
                tuple(
                    (
                        r,
                        r.pattern.search,
                        r.context_rx,
                        r.confidence,
                        *r.num_window,
                        r.context_chars,
                    )
                    for r in self._numeric
                    if (r.digits or 0) <= k
                    and (not r.requires or mask >> self._requires.index(r.requires) & 1)
                )
                for mask in range(1 << len(self._requires))
            )
            for k in range(top + 1)
        )
        #: A run's shape → the plan for it and the plan its digit count and separators give
        #: (``_shape_plan``); how far around a run the ``in_run`` recognizers look.
        self._shapes: dict[bytes, tuple[tuple[Any, ...], tuple[Any, ...]]] = {}
        self._in_run_window = tuple(
            max((r.num_window[i] for r in self._numeric if r.in_run), default=0) for i in (0, 1)
        )
        # One search says whether any context word stands before a run at all (mostly none).
        words = [w for r in self._numeric for w in r.context]
        self._any_context = re.compile(any_word(words)) if words else None
        self._whole = tuple(r for r in self.recognizers if r.trigger is None and r.digits is None)
        parts = [f"(?:{t[0].trigger})" for t in self._triggered]
        if self._numeric:
            parts.append(DIGIT_RUN)
        #: The prefilter's source: a ScanSet joins those of its scanners (see ``first_hit``).
        self.prefilter_source = "|".join(parts) if parts else None
        self._prefilter = prefilter(self.prefilter_source) if self.prefilter_source else None
        #: Every recognizer waits for the prefilter: no hit of it, no finding.
        self.triggered_only = not self._whole

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(r.entity for r in self.recognizers)

    def scan(self, text: str, location: str = "") -> list[Finding]:
        # a text written as the inside of a JSON string is read as the text it holds
        # (``_escaped``; ``ScanSet.scan`` does the same for a set)
        if "\\" in text and (as_read := unescaped(text)) is not None:
            plain, escapes = as_read
            return findings_back(self._scan(plain, location), escapes)
        return self._scan(text, location)

    def _scan(self, text: str, location: str) -> list[Finding]:
        if self.reads_traditional and text:
            data = utf8(text)
            if (as_simplified := simplified(text, data)) is not None:
                return self.scan_utf8(as_simplified, utf8(as_simplified), location)
            return self.scan_utf8(text, data, location)
        return self.scan_utf8(text, None, location)

    def scan_utf8(
        self, text: str, data: bytes | None, location: str = "", start: int = 0
    ) -> list[Finding]:
        """``scan`` with the text's UTF-8 bytes (``data``) at hand, when several scanners
        share them (``ScanSet``); None: encode here. ``start``: a byte offset before which no
        trigger of this scanner matches (a ScanSet's ``first_hit``), where its pass begins."""
        return findings_of(self.spans_utf8(text, data, start), self.id, location)

    def spans_utf8(self, text: str, data: bytes | None, start: int = 0) -> list[Span]:
        """What ``scan_utf8`` reports, as spans that do not overlap, before they are findings."""
        found: list[Span] = []
        for r in self._whole:
            r.spans(text, r.search(text, 0, len(text)), len(text), found)
        if self._prefilter is not None and text:
            if data is None:
                data = utf8(text)
            self._prefiltered(text, data, start, found)
        return resolve_spans(found)

    def _prefiltered(self, text: str, data: bytes, start: int, found: list[Span]) -> None:
        hits = self._hits(data, start)
        if not hits:
            return
        ascii_only = len(data) == len(text)
        n = len(text)
        last_b = last_c = 0
        # recognizer id → end of the last window it ran on, and where that window's last match
        # started: the matches before it are found, and a window that overlaps it searches
        # from there (each search from its own start, a window along text dense with such
        # matches, e-mail addresses back to back, found each one twenty times)
        done: dict[str, tuple[int, int]] = {}
        shapes, any_context = self._shapes, self._any_context
        e0, e1 = self._in_run_window
        by_first, unknown_first = self._by_first, self._unknown_first
        for bs, be in hits:
            hit = data[bs:be]
            if ascii_only:
                cs, ce = bs, be
            else:  # byte → character offsets, decoding each stretch once
                cs = last_c + len(data[last_b:bs].decode("utf-8", "surrogatepass"))
                ce = cs + (be - bs if hit.isascii() else len(hit.decode("utf-8", "surrogatepass")))
                last_b, last_c = bs, cs
            first = data[bs]
            if (48 <= first <= 57 or first == 43 or first == 40) and 58 not in hit:
                plans = shapes.get(hit.translate(_SHAPE))
                if plans is None:
                    plans = self._shape_plan(hit)
                plan = plans[0]
                if not ascii_only and plan is not plans[1]:
                    # A digit of another script beside the run could join an in_run match.
                    edge = text[cs - e0 if cs > e0 else 0 : cs] + text[ce : ce + e1]
                    if not edge.isascii() and _OTHER_DIGIT.search(edge) is not None:
                        plan = plans[1]
                before: str | None = None
                cue = False  # a context word of any recognizer stands before the run
                covered = -1.0  # confidence of a finding that already spans the whole run
                for r, search, context, confidence, w0, w1, chars in plan:
                    if confidence < covered:
                        break
                    if context is not None:
                        if before is None:
                            before = text[max(0, cs - chars) : cs].lower()
                            cue = any_context is not None and any_context.search(before) is not None
                        if not cue or context.search(before) is None:
                            continue
                    a = cs - w0 if cs > w0 else 0
                    b = ce + w1 if ce + w1 < n else n
                    # Most runs are not what a recognizer asks for: one C call says so.
                    m = search(text, a, b)
                    if m is None:
                        continue
                    k = len(found)
                    r.spans(text, m, b, found)
                    for j in range(k, len(found)):
                        f = found[j]
                        if f[0] <= cs + 1 and f[1] >= ce - 1:
                            covered = confidence
                continue  # a digit run is only ever a numeric trigger
            for r, trig, w0, w1, rid in by_first.get(text[cs : cs + 1], unknown_first):
                if trig(text, cs) is None:
                    continue
                a = cs - w0 if cs > w0 else 0
                b = ce + w1 if ce + w1 < n else n
                ran = done.get(rid)
                if ran is None or b > ran[0]:  # else a previous window covered this one
                    if ran is not None and ran[1] > a:
                        a = ran[1]
                    done[rid] = (b, r.spans(text, r.search(text, a, b), b, found))

    def _shape_plan(self, hit: bytes) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        """The numeric recognizers a digit run may be, most confident first: those its digit
        count and separators allow, less those marked ``in_run`` whose pattern matches
        nowhere in the run's shape; and the plan without that (for a run with a digit of
        another script beside it). An in_run match lies in the run (the prefilter's run takes
        in every ASCII digit a separator joins to it), so it would match the shape too, with
        a space (or its check letter and a space) after it and a space before, which no edge
        look-around refuses. Kept by shape: one lookup for each later run of that shape."""
        ndig = len(hit.translate(None, _NOT_DIGITS))
        mask = 0
        if ndig != len(hit) or self._odd_requires:  # the run has separators to look at
            for bit, sep in self._require_bits:
                if sep in hit:
                    mask |= bit
        top = len(self._numeric_plan) - 1
        full = self._numeric_plan[ndig if ndig < top else top][mask]
        shape = hit.translate(_SHAPE)
        if len(shape) > _SHAPE_CHARS or len(self._shapes) >= _SHAPES:
            return full, full
        run = shape.decode("ascii")
        alone, checked = f" {run} ", f" {run}X "
        plan = tuple(
            e
            for e in full
            if not e[0].in_run or e[1](alone) is not None or e[1](checked) is not None
        )
        plans = self._shapes[shape] = (full if plan == full else plan, full)
        return plans

    def _hits(self, data: bytes, start: int = 0) -> list[tuple[int, int]]:
        """The prefilter's hits as byte spans. The compiled RE2 matcher is called directly:
        ``finditer`` would wrap every hit in a match object, which costs more than the search
        on text made of identifiers."""
        pf = self._prefilter
        end = len(data)
        out: list[tuple[int, int]] = []
        if start >= end:
            # nothing left to search (the scan set's first trigger is past the end): no call,
            # whose cost in a busy server is mostly RE2's code and tables brought back to cache
            return out
        if _FAST is None:  # pragma: no cover - the ``re`` fallback
            pos = start
            while (m := pf.search(data, pos)) is not None:  # type: ignore[union-attr]
                bs, be = m.span()
                out.append((bs, be))
                pos = _resume(data, bs, be) if self._overlapping else (be if be > bs else bs + 1)
            return out
        match = pf._regexp.Match  # type: ignore[union-attr]
        pos = start
        while pos <= end:
            bs, be = match(_UNANCHORED, data, pos, end)[0]
            if bs < 0:
                break
            out.append((bs, be))
            pos = _resume(data, bs, be) if self._overlapping else (be if be > bs else be + 1)
        return out


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


#: A span with the id of the scanner that found it (where several scanners' spans meet).
TaggedSpan = tuple[int, int, float, str, str]
_S = TypeVar("_S", Span, TaggedSpan)
_START, _END = itemgetter(0), itemgetter(1)


def resolve_spans(found: list[_S]) -> list[_S]:
    """``resolve_overlaps`` on spans not yet made findings."""
    if len(found) < 2:
        return found
    # In (start, -end) order, ties kept as found: two stable sorts with C keys, last key
    # first, instead of a Python key function per span.
    found.sort(key=_END, reverse=True)
    found.sort(key=_START)
    kept: list[_S] = []
    for f in found:
        if kept:
            g = kept[-1]
            if f[0] < g[1]:
                if f[2] > g[2] or (f[2] == g[2] and f[1] - f[0] > g[1] - g[0]):
                    kept[-1] = f
                continue
        kept.append(f)
    return kept


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
