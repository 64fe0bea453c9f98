"""The words before a number that say what it is: a phone number ("Tel.", "電話", "연락처"),
or an order, invoice or ticket number that merely looks like one ("order", "Rechnung",
"订单")."""

from __future__ import annotations

import re

#: The nearest of these words before a number says what it is: a phone number, or an order,
#: invoice or ticket number that merely looks like one. Latin and Cyrillic words start at a word
#: boundary; the id words of ``ID_WHOLE`` end at one too.
PHONE_WORDS = ("phone", "tel", "call", "mobile", "cell", "fax", "whatsapp", "telefon", "handy",
               "mobil", "rufnummer", "durchwahl", "тел", "телефон", "звон", "моб")  # fmt: skip
#: Main-line, direct-line and fax words too: "대표번호" (main number) ends in "번호", which
#: alone says "a number of some kind" and would otherwise make the run an id.
PHONE_CJK = ("電話番号", "携帯番号", "電話", "携帯", "連絡先", "代表", "直通", "内線",
             "전화번호", "전화", "연락처", "휴대폰", "핸드폰", "휴대전화", "대표번호",
             "대표 번호", "직통", "팩스", "내선", "电话号码", "手机号码", "手机号", "电话",
             "手机", "致电", "拨打", "座机", "总机", "分机", "固话", "传真")  # fmt: skip
#: Product labels too ("Model 185-379-9076", "SKU 415-555-0134"): a code shaped like a NANP
#: number is named by them, a phone number hardly ever.
ID_WHOLE = ("order", "invoice", "ticket", "case", "ref", "id", "no", "nr", "model", "part",
            "sku", "serial", "item", "product", "modell", "produkt", "teil")  # fmt: skip
ID_WORDS = ("bestell", "rechnung", "vorgang", "auftrag", "kunden", "artikel", "serien", "заказ",
            "счёт", "счет", "артикул", "код", "модел", "серийн")  # fmt: skip
ID_OTHER = ("#", "№", "订单", "单号", "编号", "注文", "伝票", "番号", "주문", "번호", "코드")


#: At a word start, written after the word's first letter (``_cue_pattern``).
_WORD_START = r"(?<!\w.)"


def _cue_pattern(cues: list[tuple[str, bool, str]]) -> str:
    """Any of ``cues`` (word, starts at a word boundary, what follows it), written so that
    every alternative starts with the word's first letter: the boundary becomes a look-behind
    after it. A pattern whose alternatives all start with a letter lets ``re`` skip, in C,
    every position where none of those letters stands; a leading ``\\b`` makes it try each
    alternative at each position (several microseconds a call). The words that share a first
    letter are one group, with the look-behind written once where all of them have it: ``re``
    checks each alternative's first letter in turn, and a group is passed over with one check.
    At any one position the words are tried in the order given."""
    groups: dict[str, list[tuple[bool, str]]] = {}
    for word, at_start, after in cues:
        groups.setdefault(word[0], []).append((at_start, re.escape(word[1:]) + after))
    parts = []
    for first, rests in groups.items():
        shared = all(at_start for at_start, _ in rests)
        alts = [rest if shared or not at_start else _WORD_START + rest for at_start, rest in rests]
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        parts.append(re.escape(first) + (_WORD_START if shared else "") + body)
    return "|".join(parts)


CUES = re.compile(
    _cue_pattern(
        [(w, True, "") for w in PHONE_WORDS]
        + [(w, False, "") for w in PHONE_CJK]
        + [(w, True, r"\b") for w in ID_WHOLE]
        + [(w, True, "") for w in ID_WORDS]
        + [(w, False, "") for w in ID_OTHER]
    )
)
#: What the cue word a match of ``CUES`` found says.
_CUE_KIND = {w: "phone" for w in PHONE_WORDS + PHONE_CJK} | {
    w: "id" for w in ID_WHOLE + ID_WORDS + ID_OTHER
}


def cue_before(text: str, start: int) -> str | None:
    """'phone' or 'id' after the nearest cue word in the 24 characters before ``start``."""
    lo = start - 25 if start > 25 else 0  # one more, so the boundary sees what precedes
    cues = CUES.findall(text[lo:start].lower(), 1 if lo else 0)
    return _CUE_KIND[cues[-1]] if cues else None
