"""Person names, only where a title or honorific marks them (opt-in scanner ``names``).

Without a language model, a name is reliable only when the text itself says it is one:
"Mr. Smith", "Frau Müller", "王先生", "田中様", "김민지 씨", "господин Иванов". That is what
this scanner finds — high precision, limited recall (a bare "Anna" is not found). It is not
in the default scanner list; add ``names`` to ``scanners:`` in the policy file to use it.
"""

from __future__ import annotations

from collections.abc import Callable

from kanmon.plugins import register
from kanmon.scan._pattern import PatternScanner, Recognizer, rx
from kanmon.scan._scanset import SCANNERS

_HAN = "\u4e00-\u9fff"
_KO = "\uac00-\ud7a3"

#: Words that take an honorific but are not names (the customer, the teacher, everyone, ...).
_JA_NOT = frozenset({"客", "皆", "神", "王", "奥", "先生", "皆様", "殿"})
_KO_NOT = ("고객", "선생", "사장", "회원", "여러분", "손님", "부장", "과장", "교수", "환자", "학생")
_ZH_NOT = ("位", "们")


def _not_in(words: tuple[str, ...]) -> Callable[[str], bool]:
    def ok(value: str) -> bool:
        return not any(w in value for w in words)

    return ok


RECOGNIZERS = (
    Recognizer(
        "person_en",
        "PERSON",
        rx(
            r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.? ([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?"
            r"(?: [A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)?)"
        ),  # fmt: skip
        0.75,
        trigger=r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.? [A-Z]",
        window=(0, 64),
        group=1,
    ),
    Recognizer(
        "person_de",
        "PERSON",
        rx(
            r"\b(?:Herr|Frau|Herrn)(?: (?:Dr|Prof)\.)? ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
        ),
        0.75,
        trigger=r"(?:Herrn?|Frau) ",
        window=(0, 64),
        group=1,
    ),
    Recognizer(
        "person_ru",
        "PERSON",
        rx(r"(?:[Гг]осподин[ау]?|[Гг]оспож[аеи]|г-н|г-жа) ([А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+){0,2})"),
        0.75,
        trigger="(?:Господ|господ|Госпож|госпож|г-н|г-ж)",
        window=(0, 80),
        group=1,
    ),
    Recognizer(
        "person_zh",
        "PERSON",
        # Chinese writes no spaces: only the surname right before the title is certain.
        rx(rf"[{_HAN}](?=先生|女士|小姐)"),
        0.7,
        validator=_not_in(_ZH_NOT),
        trigger="(?:先生|女士|小姐)",
        window=(4, 0),
    ),
    Recognizer(
        "person_ja",
        "PERSON",
        rx(rf"[{_HAN}]{{1,4}}(?=さん|様|氏)"),
        0.7,
        validator=lambda v: v not in _JA_NOT,
        trigger="(?:さん|様|氏)",
        window=(5, 0),
    ),
    Recognizer(
        "person_ko",
        "PERSON",
        rx(rf"(?<![{_KO}])[{_KO}]{{2,4}}(?= ?(?:씨|님))"),
        0.7,
        validator=_not_in(_KO_NOT),
        trigger="(?:씨|님)",
        window=(6, 0),
    ),
)


@register(SCANNERS)
def names_scanner() -> PatternScanner:
    """Opt-in ``names`` scanner (entry point ``kanmon.scanners``)."""
    return PatternScanner("names", RECOGNIZERS)
