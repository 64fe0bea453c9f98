"""RE2 over UTF-8 bytes without the per-match objects of the ``re2`` module's Python layer.

``re2.finditer`` and ``match`` wrap every hit in a match object whose construction costs more
than the DFA search itself on short inputs; the injection layers search thousands of short
regions, so they call the compiled matcher directly and get plain ``(start, end)`` spans.
"""

from __future__ import annotations

from typing import Any

import re2

Spans = tuple[tuple[int, int], ...]

UNANCHORED = re2._Anchor.UNANCHORED
ANCHOR_BOTH = re2._Anchor.ANCHOR_BOTH


def options_ci(max_mem: int = 64 << 20) -> Any:
    """RE2's options for case-insensitive matching, the DFA's memory bounded by ``max_mem``."""
    opts = re2.Options()
    opts.case_sensitive = False
    opts.max_mem = max_mem
    return opts


def compile_ci(pattern: str | bytes, max_mem: int = 64 << 20) -> Any:
    """A case-insensitive RE2 pattern over UTF-8 bytes."""
    opts = options_ci(max_mem)
    return re2.compile(pattern.encode() if isinstance(pattern, str) else pattern, options=opts)


def find_all(rx: Any, data: bytes, pos: int = 0, endpos: int | None = None) -> list[Spans]:
    """Every non-overlapping match in ``data[pos:endpos]``: the spans of the match and of
    each group (``(-1, -1)`` for a group that took no part)."""
    match = rx._regexp.Match
    end = len(data) if endpos is None else endpos
    out: list[Spans] = []
    while pos <= end:
        spans = match(UNANCHORED, data, pos, end)
        a, b = spans[0]
        if a < 0:
            break
        out.append(spans)
        pos = b if b > a else b + 1
    return out


def found(rx: Any, data: bytes, pos: int = 0, endpos: int | None = None) -> bool:
    end = len(data) if endpos is None else endpos
    return bool(rx._regexp.Match(UNANCHORED, data, pos, end)[0][0] >= 0)


def whole(rx: Any, data: bytes, pos: int, endpos: int) -> bool:
    """``data[pos:endpos]`` matches ``rx`` entirely."""
    return bool(rx._regexp.Match(ANCHOR_BOTH, data, pos, endpos)[0][0] >= 0)


def group(spans: Spans) -> int:
    """The first group that took part in a match (the alternative that matched)."""
    for i in range(1, len(spans)):
        if spans[i][0] >= 0:
            return i
    return 0


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of an RE2 pattern (``a|b(c|d)|[|]`` → ``a``, ``b(c|d)``,
    ``[|]``): a ``|`` inside a group or a character class, or escaped, does not split it."""
    out: list[str] = []
    depth = start = i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = class_end(pattern, i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def class_end(pattern: str, i: int) -> int:
    """The index just past the character class opening at ``pattern[i]``: a ``]`` first (after
    an optional ``^``) is a member, as are escapes and ``[:name:]`` classes."""
    n = len(pattern)
    i += 1
    if i < n and pattern[i] == "^":
        i += 1
    if i < n and pattern[i] == "]":
        i += 1
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c == "[" and pattern.startswith("[:", i):
            i = pattern.index(":]", i + 2) + 2
        elif c == "]":
            return i + 1
        else:
            i += 1
    return n


#: What may precede a word that starts with a letter outside ASCII, where RE2's ``\b`` (an
#: ASCII boundary) never holds: the start, or a character that is no letter, digit or ``_``.
#: Unlike ``\b`` it is part of the match.
NOT_IN_WORD = r"(?:^|[^\pL\pN_])"
#: The same for a Cyrillic phrase, narrower: the start, a space, a bracket, a quote or a dash.
#: ``NOT_IN_WORD``'s class of every non-letter before short common words ("с", "всё") made the
#: lexical sets' DFA states several times more numerous on Russian text (docs/scanning.md,
#: "Orders in data"); the phrases that use this spell their letters ``[а-яё]``, not ``\pL``
#: (every script's letters), for the same reason.
AFTER_SPACE = r"(?:^|[\s(«\"„“—–-])"
