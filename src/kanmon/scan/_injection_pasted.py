"""A user's message that carries a page, a mail or a text copied from elsewhere: "can you tell me
if this shop is legit? here is the page:", "переведи на английский, текст с сайта:",
"이 페이지 내용 좀 정리해줘:". What follows such a lead-in is data the user brings, as a tool
result is; the signals that count only in agent data (``EMBEDDED``) count there too. An order
in it for "the assistant summarising this" is the page's, not the user's.

The lead-in must name the copied thing or the task done on it and end its line with a colon,
with the copied text on the lines below: "Do the following:" over the user's own list names
neither, and stays the user's. A mail the user forwards or quotes is such a text too: its
header line ("---------- Forwarded message ---------", "-----Original Message-----") or the
line that introduces a reply's quote ("On Mon, 7 Dec 2026, Anna <anna@…> wrote:").
"""

from __future__ import annotations

import re

from kanmon.scan._rx import UNANCHORED, compile_ci

#: Where a lead-in is looked for: the opening of the message.
_HEAD = 600

#: The words of a lead-in; its line must end in a colon (``pasted_from``).
_LEAD_IN = compile_ci(
    r"(?:"
    # en
    r"\b(?:here(?:'s|\s+is|\s+are)|below\s+is|this\s+is)\s+(?:the|a|an|their|his|her|my|our|"
    r"what|some)?\s*(?:\S+\s+){0,2}?(?:page|text|mail|e-?mail|message|article|document|listing|"
    r"reviews?|site|website|snippet|post|invoice|cv|r[eé]sum[eé]|description|notice|ad|advert|"
    r"thread|transcript|comments?|contract|letter)\b|\b(?:i\s+)?(?:copied|pasted|got|received|"
    r"found)\s+(?:\S+\s+){0,3}?(?:from|off|on|in)\s+(?:the|a|an|their|this|my)\s+|"
    r"\b(?:text|content|words)\s+(?:from|of)\s+(?:the|a|an|their|this)\s+(?:site|page|website|"
    r"shop|store|listing|app|mail|e-?mail|ad|post)\b|\b(?:summari[sz]e|translate|proofread|"
    r"explain)\s+(?:this|the\s+following|it)\b|\bwhat\s+does\s+this\s+(?:mean|say)\b|"
    # de
    r"\bhier\s+(?:ist|sind)\s+(?:der|die|das)\s+(?:\S+\s+)?(?:seite|text|mail|e-mail|nachricht|"
    r"artikel|dokument|anzeige|bewertung\pL*|rechnung|vertrag|beschreibung)|\b(?:kopiert|"
    r"eingefügt)\b|\b(?:von|aus)\s+der\s+(?:\S+)?(?:seite|webseite|website|anzeige|mail)\b|"
    r"\btext\s+(?:von|aus)\s+|\bwas\s+bedeutet\s+(?:das|dieser)|\b(?:übersetz|fass)\S*\s+"
    r"(?:\S+\s+){0,3}?(?:das|diesen|diese|folgende)|"
    # ru
    r"(?:вот\s+(?:текст|страниц|письм|сообщени|отзыв|объявлени|описани|договор)|скопировал|"
    r"(?:с|со)\s+(?:сайта|страницы|почты)|текст\s+(?:с|со|из)\s|переведи|перескажи|что\s+"
    r"(?:значит|означает)\s+(?:это|этот)|кратко\s+(?:перескажи|изложи))|"
    # zh, ja, ko
    r"这是|以下是|下面是|复制|粘贴|网页|页面上|网站上|帮我(?:总结|翻译|看看)|总结一下|翻译一下|什么意思|"
    r"以下は|コピー|貼り付け|ページ|サイトの|要約して|翻訳して|どういう意味|"
    r"페이지|다음은|복사|붙여|사이트|정리해\s*줘|요약해\s*줘|번역해\s*줘|무슨\s*뜻|"
    # a mail forwarded or quoted: "Begin forwarded message:", the line a mail client puts over
    # a reply's quote ("On Mon, … Anna <…> wrote:", "Am … schrieb Anna <…>:", "…写道："; "I wrote
    # these notes:" over the user's own list is not it)
    r"\bforwarded\s+message|\boriginal\s+message|\bwrote\s*:|weitergeleitete\s+nachricht|"
    r"ursprüngliche\s+nachricht|\buhr\s+schrieb\s|пересылаемое\s+сообщение|исходное\s+"
    r"сообщение|написал\(а\)\s*:|转发的邮件|原始邮件|写道\s*[:：]|転送されたメッセージ|元のメッセージ|"
    r"전달된\s*메시지|원본\s*메시지|님이\s*작성\s*[:：]"
    r")"
)
#: How a lead-in's line ends: a colon, or the dashes of a forwarded mail's header line
#: ("---------- Forwarded message ---------", "-----Original Message-----").
_LINE_END = re.compile(rb"(?::|\xef\xbc\x9a|-{3})\s*$")
#: How far after the words the lead-in's line may end, in bytes.
_LINE = 360


def pasted_from(data: bytes) -> int:
    """The byte offset where the copied text of a user's message starts, or -1: the end of
    the first lead-in line in the message's opening (``_HEAD`` bytes), with text after it."""
    head = min(len(data), _HEAD)
    match = _LEAD_IN._regexp.Match
    pos = 0
    while pos < head:
        a, b = match(UNANCHORED, data, pos, head)[0]
        if a < 0:
            return -1
        nl = data.find(b"\n", b, b + _LINE)
        if nl >= 0 and _LINE_END.search(data, a, nl):
            end = nl + 1
            return end if len(data) - end >= 40 else -1
        pos = b if b > a else b + 1
    return -1
