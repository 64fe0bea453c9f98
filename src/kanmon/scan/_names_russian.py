"""Person names in Russian: a cue before the name ("меня зовут", "господин", "С уважением,"),
or capitalised words of which one is a known given name (Mimesis' lists) or a patronymic, or a
surname with initials. Names are declined: "позвоните Руслану Ахмедову" holds "Руслан" and
"Ахмедов", so a word is looked up as written and as the nominative its ending points to.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kanmon.scan._name_lists import NameLists
from kanmon.scan._recognizer import Recognizer, rx

_RU_TOKEN = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_RU_INITIALS = r"[А-ЯЁ]\. ?(?:[А-ЯЁ]\.)?"
#: A patronymic in any case: "Петрович", "Петровичу", "Петровной", "Ильинична", "Ильича".
_PATRONYMIC = re.compile(r"(?:[оеё]вич|ьич)(?:а|у|ем|е)?$|(?:[оеё]вн|ичн)(?:а|ы|е|у|ой|ою)$")
_RU_SURNAME_SHAPE = re.compile(
    r"(?:[оеё]в|[оеё]ва|ин|ина|ын|ына|ский|ская|цкий|цкая|их|ых|енко|ук|юк|ич)$"
)
#: Street and organisation markers before capitalised words: "ул. Льва Толстого", «Иванов и К».
_RU_NOT_BEFORE = re.compile(
    r"(?:ул|пер|пр|просп|наб|пл|б-р|ш|им|г|пос|д)\.? ?$|«$|имени $", re.IGNORECASE
)
_RU_CUE = (
    r"(?:[Мм]еня зовут|[Зз]овут|ФИО:?|[Пп]олучатель:?|[Оо]тправитель:?|[Кк]онтактное лицо:?"
    r"|[Кк]онтактное лицо —|[Оо]тветственный:?|[Оо]тветственная:?|[Уу]важаем(?:ый|ая|ые)"
    r"|[Дд]обрый день,|[Зз]дравствуйте,|С уважением,?\n|[Пп]одписал[аи]?|[Сс]отрудни(?:к|ца)"
    r"|[Кк]лиент:?|[Вв]ладелец:?|[Дд]ержатель:?|(?P<hon>[Гг]осподин[ау]?|[Гг]оспож[аеи]|г-н|г-жа))"
)


#: Case endings of Russian names and the nominative endings they come from (every ending a word
#: has contributes its candidates, so the order does not matter):
#: "Ахмедову" → "Ахмедов", "Ивановой" → "Иванова", "Сергею" → "Сергей", "Марии" → "Мария",
#: "Наталье" → "Наталья", "Руслану" → "Руслан", "Ирину" → "Ирина"; the instrumental and
#: prepositional of names in -й, -ий and -ь ("Сергеем", "Николаем", "Дмитрием", "о Дмитрии",
#: "об Игоре"), the genitive of names in -га, -ка, -ша … ("Ольги", "Маши": ``_AFTER_HUSH``), and the
#: dative of names in -я ("Кате", "Тане").
_CASES = (
    ("ского", ("ский",)), ("скому", ("ский",)), ("ским", ("ский",)), ("ском", ("ский",)),
    ("ской", ("ская",)), ("скую", ("ская",)), ("ову", ("ов",)), ("ева", ("ев",)),
    ("еву", ("ев",)), ("ину", ("ин",)), ("ова", ("ов",)), ("ина", ("ин",)),
    ("овым", ("ов",)), ("евым", ("ев",)), ("иным", ("ин",)), ("овой", ("ова",)),
    ("евой", ("ева",)), ("иной", ("ина",)), ("ией", ("ия",)), ("ии", ("ия",)),
    ("ье", ("ья",)), ("ьи", ("ья",)), ("ью", ("ья",)), ("ей", ("ей", "я")), ("ею", ("ей",)),
    ("ёй", ("я",)), ("ем", ("й", "ь")), ("ом", ("",)), ("ой", ("а",)), ("ю", ("й", "я", "ь")),
    ("у", ("", "а")), ("а", ("",)), ("я", ("й", "ь")), ("е", ("", "а", "й", "ь", "я")),
    ("ы", ("а",)), ("и", ("я", "ь", "й", "а")),
)  # fmt: skip

#: Letters after which Russian spells the genitive of a name in -а with и, not ы ("Ольги").
_AFTER_HUSH = frozenset("гкхжшщч")


#: ``_CASES`` by the ending's last letter: a word is checked against its own few.
_CASES_BY_LAST: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
for _ending, _bases in _CASES:
    _CASES_BY_LAST[_ending[-1]] = (*_CASES_BY_LAST.get(_ending[-1], ()), (_ending, _bases))


def _nominatives(word: str, fleeting: bool = False) -> list[str]:
    """The word and the nominatives its case ending may come from; ``fleeting``: also a vowel
    that drops out of a given name in its other cases ("Павла" → "Павел", "Льва" → "Лев")."""
    out = [word]
    for ending, bases in _CASES_BY_LAST.get(word[-1:], ()):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            for b in bases:
                if ending == "и" and b == "а" and stem[-1] not in _AFTER_HUSH:
                    continue
                out.append(stem + b)
                if fleeting and not b:
                    out.append(stem[:-1] + "е" + stem[-1])
                    if "ь" in stem:
                        out.append(stem.replace("ь", "е", 1))
    return out


class _Declined:
    """A name list that knows a word as written or as a nominative its ending points to."""

    def __init__(self, names: frozenset[str], fleeting: bool = False) -> None:
        # ё is often written е ("Петр", "Семена"): both spellings of a listed name count
        self.names = names | {n.replace("ё", "е") for n in names if "ё" in n}
        # (surnames are left without: "Козла" would be "Козел", "Канава" "Канаев")
        self.fleeting = fleeting

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return word in self.names or any(
            n in self.names for n in _nominatives(word, self.fleeting)[1:]
        )


def russian_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    given, surname = _Declined(lists.ru_given, True), _Declined(lists.ru_surname)

    def person(words: list[str], cued: bool) -> bool:
        full = [w for w in words if not w.endswith(".")]
        if any(_PATRONYMIC.search(w) for w in full) and len(words) >= 2:
            return True
        if len(full) < len(words):  # initials: Баранов О. Х.
            return any(w in surname or _RU_SURNAME_SHAPE.search(w) for w in full)
        if len(words) >= 2:
            return any(w in given for w in words) or (cued and any(w in surname for w in words))
        return cued and (words[0] in given or words[0] in surname)

    def _namelike(word: str) -> bool:
        return (
            word in given
            or word in surname
            or _PATRONYMIC.search(word) is not None
            or _RU_SURNAME_SHAPE.search(word) is not None
        )

    def refine(cued: bool) -> Callable[[str, re.Match[str]], tuple[int, int] | None]:
        def check(text: str, m: re.Match[str]) -> tuple[int, int] | None:
            start, end = m.span("name")
            if _RU_NOT_BEFORE.search(text, max(0, start - 8), start):
                return None
            words = text[start:end].replace(". ", ".").replace(".", ". ").split()
            honorific = cued and m.group("hon") is not None
            if not (honorific or person(words, cued)):
                return None
            # A capitalised word before the name that is none ("Позвоните Руслану Ахмедову",
            # "Сегодня Иван Петров") is left out of the span.
            while (
                not cued and len(words) > 2 and not _namelike(words[0]) and person(words[1:], False)
            ):
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            return start, end

        return check

    def lower(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        words = m.group("name").split(" ")
        keep = 0
        for i, w in enumerate(words):
            c = w.capitalize()
            if c in given or c in surname or (i and _PATRONYMIC.search(w)):
                keep = i + 1
            else:
                break
        first = words[0].capitalize()
        if not keep or (first not in given and first not in surname):
            return None
        start = m.start("name")
        return start, start + len(" ".join(words[:keep]))

    # up to four words: a full name (surname, given name, patronymic) after a capitalised
    # word that is none ("Передайте Сидорову Ивану Петровичу"), which ``check`` leaves out
    name = rf"(?P<name>{_RU_TOKEN}(?: {_RU_TOKEN}){{0,3}}(?: {_RU_INITIALS})?)"
    return (
        Recognizer(
            "person_cue_ru",
            "PERSON",
            rx(rf"{_RU_CUE},? ?{name}"),
            0.75,
            refine=refine(True),
            trigger=_RU_CUE.replace("?P<hon>", ""),
            window=(0, 96),
        ),
        Recognizer(
            "person_list_ru",
            "PERSON",
            rx(rf"(?<![\w.-]){name}(?![\w])"),
            0.7,
            refine=refine(False),
            trigger=r"[А-ЯЁ][а-яё]+ [А-ЯЁ]",
            window=(0, 96),
        ),
        Recognizer(
            "person_lower_ru",  # "меня зовут иван петров", typed in lower case
            "PERSON",
            rx(r"(?i:меня зовут|фио:?) (?P<name>[а-яё]+(?: [а-яё]+){0,2})"),
            0.7,
            refine=lower,
            trigger="(?i:меня зовут|фио)",
            window=(0, 64),
        ),
    )
