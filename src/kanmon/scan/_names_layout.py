"""Person names that the layout of a message gives away, in the six languages: the speaker of
a chat line ("[12:07] Наталья: …", "[오후 3:12] 정하늘: …", "12:07 - Anna Weber: …") and the
name under a closing formula ("此致\\n敬礼\\n何俊杰", "윤성호 드림") or alone on a signature line
("加藤 真理子" between a department and a phone line).

The layout says where a name stands; the name lists still say whether the words there are one
(a known surname first in Chinese, Japanese and Korean; a known given name or surname in Latin
and Cyrillic script), so "[12:07] System: restart" or "[9:12] 注意: …" stay unreported.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kanmon.scan._name_lists import NameLists
from kanmon.scan._recognizer import Recognizer, rx

_HAN = "\u4e00-\u9fff\u3005"
_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
_KO = "\uac00-\ud7a3"
_SP = " \u3000"  # a space or an ideographic space
Span = tuple[int, int]

#: A chat line's time stamp: "[12:07]", "[오후 3:12]", "[2024-05-12 09:12:44]", "12:07 -".
_STAMP = (
    r"(?:\[\s*(?:\d{2,4}[./-]\d{1,2}[./-]\d{1,4},?\s*)?(?:오전|오후|午前|午後)?\s*\d{1,2}:\d{2}"
    r"(?::\d{2})?\s*(?:[AaPp][Mm])?\s*\]|(?:^|\n)\d{1,2}:\d{2}\s+-)"
)
_SPEAKER = rf"{_STAMP}\s*(?P<name>[^\s:：\[\]<>][^:：\n\[\]<>]{{0,28}}?)\s*[:：]"
_LATIN_WORD = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+(?:-[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)?")

#: Roles that speak in chat logs and start with a surname's character (管 of 管理员, 관 of
#: 관리자): a speaker field that begins with one is no name.
_ROLES = (
    "管理员", "管理者", "客服", "系统", "助手", "小助手", "机器人", "用户", "群主", "主持人",
    "老师", "同学", "司会", "担当者", "運営", "관리자", "상담원", "운영자", "고객", "사용자",
    "매니저", "선생님", "시스템", "사회자",
)  # fmt: skip

#: Closing formulas a signature's name line follows, and Korean's "드림"/"올림" after a name.
_ZH_CLOSE = r"(?:此致\s*敬礼|顺祝商祺|顺颂商祺|祝好|敬上)[!！。,，]?\s*\n\s*"
_KO_SIGNED = r"(?:드림|올림|배상)"


def layout_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    known = _Known(
        lists.zh_surname | lists.ja_surname,
        lists.ko_surname,
        lists.latin_given | lists.ru_given,
        lists.latin_surname | lists.ru_surname,
        lists.latin_common,
    )

    def speaker(text: str, m: re.Match[str]) -> Span | None:
        start, run = m.start("name"), m.group("name").rstrip()
        n = _name_length(run, known)
        return (start, start + n) if n else None

    def zh_signed(text: str, m: re.Match[str]) -> Span | None:
        run = m.group("name")
        ok = run[:2] in lists.zh_surname or run[:1] in lists.zh_surname
        return m.span("name") if ok else None

    def ja_line(text: str, m: re.Match[str]) -> Span | None:
        family = m.group("family")
        return m.span("name") if family in lists.ja_surname else None

    def ko_signed(text: str, m: re.Match[str]) -> Span | None:
        run = m.group("name")
        return m.span("name") if _ko_whole(run, lists.ko_surname) else None

    return (
        Recognizer(
            "person_chat_speaker",
            "PERSON",
            rx(_SPEAKER),
            0.75,
            refine=speaker,
            trigger=r"\d:\d\d(?::\d\d)?\s*(?:[AaPp][Mm])?\s*(?:\]|\s-)",
            window=(24, 40),
        ),
        Recognizer(
            "person_signed_zh",
            "PERSON",
            rx(rf"{_ZH_CLOSE}(?P<name>[{_HAN}]{{2,4}})\s*(?:\n|$)"),
            0.75,
            refine=zh_signed,
            trigger=r"(?:此致|顺祝|顺颂|祝好|敬上)",
            window=(0, 24),
        ),
        Recognizer(
            # A line holding only "Surname Given" with the space Japanese signatures put there
            "person_line_ja",
            "PERSON",
            rx(
                rf"(?:^|\n)[{_SP}]*(?P<name>(?P<family>[{_HAN}]{{1,3}})[{_SP}][{_HAN}{_KANA}]"
                rf"{{1,4}})[{_SP}]*(?=\n|$)"
            ),
            0.7,
            refine=ja_line,
            trigger=rf"\n[{_SP}]*[{_HAN}]{{1,3}}[{_SP}][{_HAN}{_KANA}]",
            window=(2, 16),
        ),
        Recognizer(
            "person_signed_ko",
            "PERSON",
            rx(rf"(?<![{_KO}])(?P<name>[{_KO}]{{2,4}}) ?{_KO_SIGNED}(?=\s|$|[.,!])"),
            0.75,
            refine=ko_signed,
            trigger=_KO_SIGNED,
            window=(8, 4),
        ),
    )


def _ko_whole(run: str, surnames: frozenset[str]) -> bool:
    """A Hangul run that is a surname and two syllables of given name, nothing else: two
    syllables starting with a surname's are as often a word ("공지", notice) as a name."""
    if run[:2] in surnames and len(run) == 4:
        return True
    return run[:1] in surnames and len(run) == 3


class _Known(NamedTuple):
    han: frozenset[str]  # Chinese and Japanese surnames
    ko: frozenset[str]
    given: frozenset[str]  # Latin and Russian
    surname: frozenset[str]
    common: frozenset[str]


def _name_length(run: str, known: _Known) -> int | None:
    """The length of the name a chat line's speaker field holds, or None if it holds none."""
    first = run[:1]
    if not first:
        return None
    if run.startswith(_ROLES):
        return None
    if "\uac00" <= first <= "\ud7a3":
        return len(run) if _ko_whole(run, known.ko) else None
    if "\u4e00" <= first <= "\u9fff":
        if len(run) < 2:  # a lone surname character is as often a word
            return None
        family = run.split()[0] if " " in run or "\u3000" in run else run
        if len(run.replace(" ", "").replace("\u3000", "")) > 6:
            return None
        if any(family[:k] in known.han for k in (3, 2, 1)) and (family != run or len(family) <= 4):
            return len(run)
        return None
    words = run.split(" ")
    if not 1 <= len(words) <= 3 or not all(_LATIN_WORD.fullmatch(w) for w in words):
        return None
    if words[0] in known.common and len(words) == 1:
        return None
    if words[0] in known.given or any(w in known.surname for w in words):
        return len(run)
    return None
