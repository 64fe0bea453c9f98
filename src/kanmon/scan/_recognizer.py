"""One entity type found by one regex: the ``Recognizer``, the edges numbers and tokens are
written with, and the search around a prefilter hit that turns matches into spans.

Every pattern is compiled when its module is imported; scanning does no compilation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kanmon.core.finding import Finding
from kanmon.scan._regex_shape import min_width

Validator = Callable[[str], bool]
#: A finding before it is one: start, end, confidence, entity.
Span = tuple[int, int, float, str]
#: Judges a match with the whole text at hand (its context, its script) and returns the span to
#: report, which may be narrower or wider than the match, or None to drop it.
Refine = Callable[[str, re.Match[str]], tuple[int, int] | None]

#: Left/right edges for numbers. ASCII only on purpose: in Chinese or Japanese text a number
#: follows a CJK character directly, and ``\b`` would see no boundary there.
#: What a number does not follow (``NUM_L`` is "not after one of these").
NUM_BEFORE = r"[0-9A-Za-z_\-./#@+]"
NUM_L = f"(?<!{NUM_BEFORE})"
NUM_R = r"(?![0-9A-Za-z_\-/@]|[.,]\d)"
TOK_L = r"(?<![0-9A-Za-z_\-])"
TOK_R = r"(?![0-9A-Za-z_\-])"


def lead_first(lead: str, not_after: str, width: int = 1) -> str:
    """``(?<!not_after)lead`` with the lead first: ``lead`` (a regex matching exactly ``width``
    characters, none a line break) and then the look-behind, reaching back over it, that
    ``not_after`` does not stand before it. A pattern that starts with a literal or a character
    class lets ``re`` skip, in C, every position where it cannot start; one that starts with a
    look-behind is tried at every position of its window (a JWT's window is 8 KiB, an email's
    the 64 characters before its "@")."""
    return f"{lead}(?<!{not_after}{'.' * width})"


def token_start(lead: str, width: int) -> str:
    """``TOK_L + lead`` with the lead first (``lead_first``)."""
    return lead_first(lead, r"[0-9A-Za-z_\-]", width)


def any_word(words: Iterable[str]) -> str:
    """A regex for any of ``words`` (literal text), the words that share a first character in
    one group: at a position ``re`` checks each alternative's first character in turn, so a
    group is passed over with one check. At any one position the words are tried in the
    order given, as in a plain alternation."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(re.escape(w[1:]))
    return "|".join(
        re.escape(c) + (rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})")
        for c, rest in groups.items()
    )


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


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
    #: A numeric recognizer whose every match is made of its run's digits and separators, but
    #: for one check letter right after the run (``X`` of a Chinese resident id); that asks of
    #: a digit no more than a class holding ``5`` (``\d``, ``[1-8]``); and whose look-arounds
    #: are negative ones at its edges that a space satisfies. Whether it can match a run then
    #: depends on the run's shape alone (``PatternScanner`` asks once per shape).
    in_run: bool = False
    #: Report only if one of these words occurs shortly before the match (lower-cased).
    context: tuple[str, ...] = ()
    #: Drop the match if this matches the text just before it (e.g. "version " before an IP).
    negative: re.Pattern[str] | None = None
    context_chars: int = 48
    #: Regex group whose span is the finding (0: the whole match).
    group: int = 0
    refine: Refine | None = None

    #: A literal (or a regex) every match contains, at most ``reach`` characters after the
    #: match starts (an email's "@", at most 64 characters in; an IPv6 address's first ":"):
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
            object.__setattr__(self, "context_rx", re.compile(any_word(self.context)))
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

    def spans(self, text: str, m: re.Match[str] | None, endpos: int, out: list[Span]) -> int:
        """Append to ``out`` the spans to report of ``m`` and of the matches after it in
        ``text[:endpos]``, each ``(start, end, confidence, entity)``: what a ``Finding`` will
        hold, without building one for a span that an overlap then drops. Returns where the
        last match started (-1: none), the one ``endpos`` may have cut short."""
        last = -1
        group, validator, refine = self.group, self.validator, self.refine
        negative, context, chars = self.negative, self.context_rx, self.context_chars
        confidence, entity, least = self.confidence, self.entity, self.min_chars
        search = self.pattern.search if self.anchor is None else self.search
        while m is not None:
            ms, me = m.span()
            last = ms
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
        return last

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
