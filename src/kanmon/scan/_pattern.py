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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from kanmon.core.finding import Finding
from kanmon.scan._regex_shape import first_chars, min_width

try:
    import re2 as _re2

    _FAST: ModuleType | None = _re2
    _UNANCHORED: Any = _re2._Anchor.UNANCHORED
except ImportError:  # pragma: no cover - google-re2 is a dependency; re is the fallback
    _FAST = None

Validator = Callable[[str], bool]
#: A finding before it is one: start, end, confidence, entity.
Span = tuple[int, int, float, str]
#: Judges a match with the whole text at hand (its context, its script) and returns the span to
#: report, which may be narrower or wider than the match, or None to drop it.
Refine = Callable[[str, re.Match[str]], tuple[int, int] | None]

#: Left/right edges for numbers. ASCII only on purpose: in Chinese or Japanese text a number
#: follows a CJK character directly, and ``\b`` would see no boundary there.
NUM_L = r"(?<![0-9A-Za-z_\-./#@+])"
NUM_R = r"(?![0-9A-Za-z_\-/@]|[.,]\d)"
TOK_L = r"(?<![0-9A-Za-z_\-])"
TOK_R = r"(?![0-9A-Za-z_\-])"


def token_start(lead: str, width: int) -> str:
    """``TOK_L + lead`` with the lead first: ``lead`` (a regex matching exactly ``width``
    characters) and then the look-behind that no token character stands before it. A pattern
    that starts with a literal lets ``re`` jump from one occurrence to the next in C; one that
    starts with a look-behind is tried at every position of its window (a JWT's window is
    8 KiB)."""
    return f"{lead}(?<![0-9A-Za-z_\\-].{{{width}}})"


#: A run of at least four digits with the separators numbers are written with.
DIGIT_RUN = r"[+(]?[0-9](?:[ \-./()]{0,2}[0-9]){3,}"
_NOT_DIGITS = b" -./()+"


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

    #: A literal (or a regex) every match contains, at most ``reach`` characters after the
    #: match starts (an email's "@", at most 64 characters in; a phone number's first digit):
    #: the search jumps to ``reach`` characters before its next occurrence instead of trying
    #: every position up to it.
    anchor: tuple[str | re.Pattern[str], int] | None = None

    #: ``context`` as one regex over the lower-cased text before a match (built at init).
    context_rx: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    #: The fewest characters a match takes: a rest of a window shorter than this is not
    #: searched (built at init).
    min_chars: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.context:
            words = "|".join(re.escape(w) for w in self.context)
            object.__setattr__(self, "context_rx", re.compile(words))
        object.__setattr__(self, "min_chars", max(1, min_width(self.pattern)))

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``. With an anchor, the positions before
        ``reach`` characters ahead of the anchor's next occurrence hold no match start (a
        match there would contain an earlier occurrence), so the search begins there; a
        look-behind still sees the text before it."""
        if self.anchor is None:
            return self.pattern.search(text, pos, endpos)
        literal, reach = self.anchor
        if isinstance(literal, str):
            at = text.find(literal, pos, endpos)
            if at < 0:
                return None
        else:
            hit = literal.search(text, pos, endpos)
            if hit is None:
                return None
            at = hit.start()
        return self.pattern.search(text, at - reach if at - reach > pos else pos, endpos)

    def spans(self, text: str, m: re.Match[str] | None, endpos: int, out: list[Span]) -> None:
        """Append to ``out`` the spans to report of ``m`` and of the matches after it in
        ``text[:endpos]``, each ``(start, end, confidence, entity)``: what a ``Finding`` will
        hold, without building one for a span that an overlap then drops."""
        group, validator, refine = self.group, self.validator, self.refine
        negative, context, chars = self.negative, self.context_rx, self.context_chars
        confidence, entity, least = self.confidence, self.entity, self.min_chars
        search = self.pattern.search if self.anchor is None else self.search
        while m is not None:
            ms, me = m.span()
            start, end = m.span(group) if group else (ms, me)
            ok = validator is None or validator(m.group(group))
            if ok and refine is not None:
                span = refine(text, m)
                if span is None:
                    ok = False
                else:
                    start, end = span
            if ok and (negative is not None or context is not None):
                lo = start - chars if start > chars else 0
                if negative is not None and negative.search(text, lo, start):
                    ok = False
                elif context is not None and context.search(text[lo:start].lower()) is None:
                    ok = False
            if ok:
                out.append((start, end, confidence, entity))
            pos = me if me > ms else me + 1
            m = search(text, pos, endpos) if endpos - pos >= least else None

    def find_in(
        self,
        text: str,
        pos: int,
        endpos: int,
        location: str,
        scanner: str,
        first: re.Match[str] | None = None,
    ) -> list[Finding]:
        """Findings of the matches in ``text[pos:endpos]``; ``first``, when given, is the
        first of them (already searched for)."""
        out: list[Span] = []
        self.spans(text, self.search(text, pos, endpos) if first is None else first, endpos, out)
        return [Finding(e, s, t, c, scanner, location) for s, t, c, e in out]


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # JSON may carry lone surrogates


def first_hit(pf: Any, data: bytes) -> int:
    """Where the first match of the prefilter ``pf`` starts in ``data`` (its length if none)."""
    if _FAST is None:  # pragma: no cover - the ``re`` fallback
        m = pf.search(data)
        return len(data) if m is None else int(m.start())
    a = pf._regexp.Match(_UNANCHORED, data, 0, len(data))[0][0]
    return len(data) if a < 0 else int(a)


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
        # And only of those whose trigger can start with the hit's first character ("eyJ"
        # with "e"); a trigger whose first characters are not known is always asked.
        firsts = [first_chars(r.trigger) for r, _ in self._triggered if r.trigger is not None]
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
                    )  # fmt: skip
                    for r in self._numeric
                    if (r.digits or 0) <= k
                    and (not r.requires or mask >> self._requires.index(r.requires) & 1)
                )
                for mask in range(1 << len(self._requires))
            )
            for k in range(top + 1)
        )
        # One search says whether any context word stands before a run at all (mostly none).
        words = "|".join(r.context_rx.pattern for r in self._numeric if r.context_rx is not None)
        self._any_context = re.compile(words) if words else None
        self._whole = tuple(r for r in self.recognizers if r.trigger is None and r.digits is None)
        parts = [f"(?:{r.trigger})" for r, _ in self._triggered]
        if self._numeric:
            parts.append(DIGIT_RUN)
        #: The prefilter's source: a ScanSet joins those of its scanners (see ``first_hit``).
        self.prefilter_source = "|".join(parts) if parts else None
        self._prefilter = prefilter(self.prefilter_source) if self.prefilter_source else None

    @property
    def entities(self) -> frozenset[str]:
        return frozenset(r.entity for r in self.recognizers)

    def scan(self, text: str, location: str = "") -> list[Finding]:
        return self.scan_utf8(text, None, location)

    def scan_utf8(
        self, text: str, data: bytes | None, location: str = "", start: int = 0
    ) -> list[Finding]:
        """``scan`` with the text's UTF-8 bytes (``data``) at hand, when several scanners
        share them (``ScanSet``); None: encode here. ``start``: a byte offset before which no
        trigger of this scanner matches (a ScanSet's ``first_hit``), where its pass begins."""
        found: list[Span] = []
        for r in self._whole:
            r.spans(text, r.search(text, 0, len(text)), len(text), found)
        if self._prefilter is not None and text:
            if data is None:
                data = utf8(text)
            self._prefiltered(text, data, start, found)
        scanner = self.id
        return [Finding(e, s, t, c, scanner, location) for s, t, c, e in resolve_spans(found)]

    def _prefiltered(self, text: str, data: bytes, start: int, found: list[Span]) -> None:
        hits = self._hits(data, start)
        if not hits:
            return
        ascii_only = len(data) == len(text)
        n = len(text)
        last_b = last_c = 0
        done: dict[str, int] = {}  # recognizer id → end of the last window it ran on
        numeric, requires, any_context = self._numeric_plan, self._requires, self._any_context
        top = len(numeric) - 1
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
                run = text[cs:ce]  # ASCII: digits and the separators of DIGIT_RUN
                ndig = len(hit.translate(None, _NOT_DIGITS))
                mask = 0
                for i, sep in enumerate(requires):
                    if sep in run:
                        mask |= 1 << i
                before: str | None = None
                cue = False  # a context word of any recognizer stands before the run
                covered = -1.0  # confidence of a finding that already spans the whole run
                for r, search, context, confidence, w0, w1, chars in numeric[
                    ndig if ndig < top else top
                ][mask]:
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
            for r, trig in by_first.get(text[cs : cs + 1], unknown_first):
                if trig.match(text, cs) is None:
                    continue
                a = max(0, cs - r.window[0])
                b = min(n, ce + r.window[1])
                if b > done.get(r.id, -1):  # else a previous window covered this one
                    r.spans(text, r.search(text, a, b), b, found)
                    done[r.id] = b

    def _hits(self, data: bytes, start: int = 0) -> list[tuple[int, int]]:
        """The prefilter's hits as byte spans. The compiled RE2 matcher is called directly:
        ``finditer`` would wrap every hit in a match object, which costs more than the search
        on text made of identifiers."""
        pf = self._prefilter
        end = len(data)
        out: list[tuple[int, int]] = []
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


def _span_key(f: Span) -> tuple[int, int]:
    return f[0], -f[1]


def resolve_spans(found: list[Span]) -> list[Span]:
    """``resolve_overlaps`` on spans not yet made findings."""
    if len(found) < 2:
        return found
    found.sort(key=_span_key)
    kept: list[Span] = []
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
