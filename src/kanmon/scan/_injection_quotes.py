"""Whether a span of text lies inside a quotation on its line: a signal quoted in a text that
discusses attacks, or in the quotation marks of prose, is mostly one the text reports."""

from __future__ import annotations

import re

#: Quotation marks that open and close differently, and the ones that do both.
_PAIRS = {"“": "”", "„": "“", "«": "»", "「": "」", "『": "』", "‘": "’"}
_SAME = ('"', "`")
#: Quotation marks people type in prose, not those of JSON, code or markup: an attack a text
#: quotes in them is mostly one it reports (‘…’ left out: it is also an apostrophe).
_PROSE_PAIRS = tuple((o, c) for o, c in _PAIRS.items() if o != "‘")


def quoted(data: bytes, start: int, end: int, *, typographic: bool = False) -> bool:
    """The span lies inside a quotation on its line: for a mark that opens and closes alike,
    an odd number of them before the span and one after; for a pair, an opening mark after
    the last closing one before the span, and its closing mark after. Single straight quotes
    count only at word edges (elsewhere they are apostrophes: "don't"). ``typographic``: only
    the paired quotation marks of prose (“…”, „…“, «…», 「…」, 『…』)."""
    head = data[start : start + 4].decode("utf-8", "ignore")[:1] if start < end else ""
    if head and not head.isalnum() and not head.isspace():
        # a signal that begins with ``_rx.NOT_IN_WORD`` holds the character before its first
        # word: a quotation mark there opens before the word («ты …»)
        start += len(head.encode())
    line_start = max(data.rfind(b"\n", max(0, start - 240), start) + 1, start - 240)
    before = data[line_start:start].decode("utf-8", "ignore")
    after = data[end : end + 240].split(b"\n", 1)[0].decode("utf-8", "ignore")
    if typographic:
        return any(
            before.rfind(open_) > before.rfind(close) and close in after
            for open_, close in _PROSE_PAIRS
        )
    for q in _SAME:
        if before.count(q) % 2 == 1 and q in after:
            return True
    edge = sum(
        1
        for i, ch in enumerate(before)
        if ch == "'" and (i == 0 or not before[i - 1].isalnum() or i + 1 == len(before))
    )
    if edge % 2 == 1 and "'" in after:
        return True
    for open_, close in _PAIRS.items():
        if before.rfind(open_) > before.rfind(close) and close in after:
            return True
    return False


#: A list item's start: a dash, an asterisk or a bullet, or a number with a dot or a bracket.
_ITEM = re.compile(rb"[ \t]*(?:[-*]|\xe2\x80\xa2|\d{1,2}[.)])[ \t]")
#: A markdown table's row, and a block-quoted line.
_ROW = re.compile(rb"[ \t]*\|")
_QUOTE_LINE = re.compile(rb"[ \t]*>")
#: How far back the list's heading, and a fence's opening, are looked for.
_BACK = 2048


def listed(data: bytes, start: int, end: int) -> bool:
    """The span lies on an item of a list whose heading ends in a colon ("Lines it has to
    catch:", "Строки, которые фильтр должен ловить:", "フィルターが検出すべき文："), on a row of a
    table below its header row, or on a block-quoted line ("> …"): in a text that reports
    attacks, the examples it lists or quotes."""
    line = data.rfind(b"\n", 0, start) + 1
    if b"\n" in data[start:end]:
        return False
    if _QUOTE_LINE.match(data, line) is not None:
        return True
    if _ROW.match(data, line) is not None:  # a row below another: not the header
        return line > 0 and _ROW.match(data, data.rfind(b"\n", 0, line - 1) + 1) is not None
    if _ITEM.match(data, line) is None:
        return False
    floor = max(0, start - _BACK)
    while line > floor:
        prev = data.rfind(b"\n", 0, line - 1) + 1
        text = data[prev : line - 1]
        if _ITEM.match(text) is None:
            return text.rstrip().endswith((b":", "\uff1a".encode()))
        line = prev
    return False


def fenced(data: bytes, start: int, end: int) -> bool:
    """The span ends inside a fenced code block (an odd number of fences before its end, one
    after it; a span may reach back over the opening fence): in a text that reports attacks,
    the payload it shows."""
    return data.count(b"```", max(0, start - _BACK), end) % 2 == 1 and data.find(b"```", end) >= 0
