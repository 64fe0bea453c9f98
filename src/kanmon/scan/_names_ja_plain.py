"""Japanese names written with a space between surname and given name and no title after them
("高橋 直樹と小林 由美が参加します", "出席者：吉田 誠、山田 紗希"): a known surname (Mimesis'
list), a space, one to three kanji or a short kana given name, and then a particle or a
punctuation mark. Japanese prose puts no spaces between words; a space inside a run of kanji
after a surname is how names are written in lists, forms and minutes."""

from __future__ import annotations

import re

from kanmon.scan._name_lists import NameLists
from kanmon.scan._names_cjk import _HAN, _HIRA, _KATA, _SP
from kanmon.scan._recognizer import Recognizer, rx

#: What follows a name in a sentence or a list: a case particle, a comma, a full stop, a
#: bracket, a line's end.
_AFTER = r"(?=[とがはのにをもや、。，,）)\n]|$)"


def japanese_plain_recognizers(lists: NameLists) -> tuple[Recognizer, ...]:
    surnames = lists.ja_surname

    def refine(text: str, m: re.Match[str]) -> tuple[int, int] | None:
        # a surname of one kanji with a given name of one ("一 件") is too short to tell
        if m.group("family") not in surnames or len(m.group("name")) < 4:
            return None
        return m.span("name")

    return (
        Recognizer(
            "person_spaced_ja",
            "PERSON",
            rx(
                rf"(?<![{_HAN}{_KATA}])(?P<name>(?P<family>[{_HAN}]{{1,3}})[{_SP}]"
                rf"(?:[{_HAN}]{{1,3}}|[{_HIRA}]{{2,3}}))" + _AFTER
            ),
            0.6,
            refine=refine,
            trigger=f"[{_HAN}][{_SP}][{_HAN}{_HIRA}]",
            window=(4, 8),
        ),
    )
