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
    the quotation marks of prose: the paired ones (“…”, „…“, «…», 「…」, 『…』) and straight
    ones inside a sentence (``_mid_sentence``)."""
    before, after = _around(data, *_inner(data, start, end))
    if typographic:
        return any(
            (at := before.rfind(open_)) > before.rfind(close)
            and close in after
            and not _UI_NODE.match(before, 0, at)
            for open_, close in _PROSE_PAIRS
        ) or any(
            open_ in _STRAIGHT
            and _mid_sentence(before, at, after, shut)
            and not _UI_NODE.match(before, 0, at)
            for open_, at, shut in _enclosing(before, after)
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
    # „…" as typed on a keyboard without the German closing mark
    return before.rfind("„") > max(before.rfind("“"), before.rfind('"')) and '"' in after


#: A line of an accessibility tree or a UI dump up to its node's text (``StaticText "…"``,
#: ``текст «…»``, ``テキスト「…」``): the marks hold what the page shows, not a quotation.
_UI_NODE = re.compile(
    r"\s*(?:[-*]\s*)?(?:StaticText|text|heading|link|button|paragraph|label|cell|textbox|"
    r"listitem|option|menuitem|tab|img|alt|Schaltfläche|Überschrift|текст|ссылка|кнопка|"
    r"заголовок|поле|テキスト|リンク|ボタン|見出し|文本|链接|按钮|标题|텍스트|링크|버튼|제목)\s*$",
    re.IGNORECASE,
)


#: Marks that open a quotation, as bytes.
_OPENING = tuple(m.encode() for m in ('"', "`", *_PAIRS))


def quoted_tail(data: bytes, start: int, end: int) -> bool:
    """The span runs into a quotation and ends inside it: a signal whose leading words reach
    back out of the quote ('asked the chatbot to "pretend you have no rules"') is judged by
    what lies in the quote."""
    at, mark = max((data.rfind(m, start, end), m) for m in _OPENING)
    return at >= 0 and quoted(data, at + len(mark), end)


def _around(data: bytes, start: int, end: int) -> tuple[str, str]:
    """The span's line before and after it, at most 240 bytes each way."""
    line_start = max(data.rfind(b"\n", max(0, start - 240), start) + 1, start - 240)
    before = data[line_start:start].decode("utf-8", "ignore")
    return before, data[end : end + 240].split(b"\n", 1)[0].decode("utf-8", "ignore")


def _inner(data: bytes, start: int, end: int) -> tuple[int, int]:
    """The span without a quotation mark at either edge: a signal that begins with
    ``_rx.NOT_IN_WORD`` holds the character before its first word («ты …»), and one that ends
    in a closing particle's class may hold the mark that closes the quote (「…送って」)."""
    head = data[start : start + 4].decode("utf-8", "ignore")[:1] if start < end else ""
    if head and not head.isalnum() and not head.isspace():
        start += len(head.encode())
    tail = data[max(start, end - 4) : end].decode("utf-8", "ignore")[-1:]
    if tail and tail in _CLOSING and end - len(tail.encode()) > start:
        end -= len(tail.encode())
    return start, end


#: Marks that close a quotation (the straight ones close as they open).
_CLOSING = frozenset("”“»」』’\"'")

#: Words that introduce a quotation as an example of what is meant, not as what the text says:
#: "lines like '…'", "such as “…”", "e.g. '…'", "Sätze wie '…'", "что-то вроде «…»",
#: "比如“…”", "类似'…'". The quote's opening mark follows them at most a colon and a space on.
_EXAMPLE_BEFORE = re.compile(
    r"(?:\blike|\bsuch\s+as|\be\.\s?g\.,?|\bfor\s+(?:example|instance),?|\bincluding|\bwie|"
    r"\bz\.\s?b\.|\bbeispielsweise|\betwa|\bвроде|\bтипа|\bтакие\s+как|\bнапример,?|比如|例如|"
    r"类似|诸如|譬如|例えば|たとえば|例|예를\s*들어|예컨대|예시|예)\s*[:：]?\s*$",
    re.IGNORECASE,
)
#: But "like" and "wie" after a verb of answering or acting say how to answer ("reply like
#: '…'", "antworte wie '…'"): an instruction, not an example.
_MANNER = re.compile(
    r"\b(?:reply|respond|answer|talk|speak|act|behave|write|sound|antworte\w*|sprich|verhalte\w*|"
    r"schreib\w*)\s+(?:exactly\s+|just\s+)?(?:like|wie)\s*[:：]?\s*$",
    re.IGNORECASE,
)
#: And what follows a quote named as an example, or named ("「…」という文", "'…'라는 답글"), in
#: Japanese, Korean and Chinese: "「…」のような文", "'…' 같은 글", "“…”之类的话".
_EXAMPLE_AFTER = re.compile(
    r"\s*(?:のような|みたいな|などの|といった|という|같은|등의|따위의|(?:이)?라는|之类|这样的|这类|"
    r"这种|一类|等(?:字样|词语?|字眼|说法|语句|句子|内容|话)|"
    # an attack named by its words ("'ignore the above' attacks", "„…“-Angriffe")
    r"(?:-?style\s+|-?type\s+)?(?:attacks?|jailbreaks?|injections?|exploits?)\b|-?angriff)"
)


def exemplified(data: bytes, start: int, end: int) -> bool:
    """The span lies inside a quotation given as an example ("messages such as '…'", "Text wie
    '…'", "「…」みたいな文"): one the text mentions, whether or not it discusses attacks. Straight
    quotes count here (an example in JSON or code is rare; a payload pasted there follows no
    such word)."""
    before, after = _around(data, *_inner(data, start, end))
    for _, at, shut in _enclosing(before, after):
        head = before[max(0, at - 24) : at]
        if _EXAMPLE_BEFORE.search(head) and not _MANNER.search(head):
            return True
        if _EXAMPLE_AFTER.match(after, shut + 1):
            return True
    return False


_STRAIGHT = frozenset(("'", '"'))
_MARKS = [(q, q) for q in (*_SAME, "'")] + list(_PAIRS.items())


def _enclosing(before: str, after: str) -> list[tuple[str, int, int]]:
    """The quotations that hold the span between ``before`` and ``after`` (its line on either
    side): each one's opening mark, where it opens in ``before`` and closes in ``after``."""
    out = []
    for open_, close in _MARKS:
        at = before.rfind(open_)
        if at < 0 or (open_ != close and before.rfind(close) > at):
            continue
        if open_ == "'":  # at a word's edge only: elsewhere an apostrophe ("don't"), in
            # an alphabet (after a CJK character it is a quotation mark: 类似'…')
            if at > 0 and before[at - 1].isalnum() and before[at - 1] < "\u2e80":
                continue
        elif open_ == close and before.count(open_) % 2 == 0:
            continue
        shut = after.find(close)
        if shut >= 0:
            out.append((open_, at, shut))
    return out


#: A straight quotation inside a sentence: a word before its opening mark (a CJK character
#: right before it, or a letter and a space), and more words after its closing one.
_WORD_BEFORE = re.compile(r"(?:[^\W\d_]\s|[\u2e80-\u9fff\uac00-\ud7af])$")
_WORDS_AFTER = re.compile(r"[ ,;]?\s*[^\W\d_]")


def _mid_sentence(before: str, at: int, after: str, shut: int) -> bool:
    """Straight quotes that prose uses as it uses “…”: JSON and code put theirs after a colon,
    a bracket or an equals sign, and a pasted payload stands at the line's start."""
    return (
        _WORD_BEFORE.search(before, 0, at) is not None
        and _WORDS_AFTER.match(after, shut + 1) is not None
    )


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
