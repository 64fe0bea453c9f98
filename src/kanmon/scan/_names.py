"""Person names in six languages (scanner ``names``).

Without a language model a name is found where the text gives it away: a form of address or
title ("Mr. Smith", "Frau Dr. Weber", "王先生", "田中様", "김민지 씨", "господин Иванов"), a phrase
that introduces a name ("my name is …", "Regards,\\n…", "меня зовут …", "我叫…", "と申します",
"저는 …"), the layout of a message (a chat line's speaker, a signature's name line), or the
name itself: in Latin and Cyrillic script, capitalised words of which one is a known given
name or surname, a patronymic or initials after a surname; in Chinese, a surname and given-name
characters between a name's edges; in Korean, a known surname and given name with a particle;
in Japanese, a known surname and a given name written with a space. The lists come from Mimesis'
person data (``scripts/build_name_lists.py``). What it catches and misses, with numbers, is in
docs/scanning.md.
"""

from __future__ import annotations

from kanmon.plugins import register
from kanmon.scan._name_lists import name_lists
from kanmon.scan._names_cjk import chinese_recognizers, japanese_recognizers, korean_recognizers
from kanmon.scan._names_ja_plain import japanese_plain_recognizers
from kanmon.scan._names_ko_plain import korean_plain_recognizers
from kanmon.scan._names_latin import latin_recognizers
from kanmon.scan._names_layout import layout_recognizers
from kanmon.scan._names_russian import russian_recognizers
from kanmon.scan._names_zh_plain import chinese_plain_recognizers
from kanmon.scan._pattern import PatternScanner
from kanmon.scan._scanset import SCANNERS


@register(SCANNERS)
def names_scanner() -> PatternScanner:
    """Built-in ``names`` scanner (entry point ``kanmon.scanners``)."""
    lists = name_lists()
    return PatternScanner(
        "names",
        (
            *latin_recognizers(lists),
            *russian_recognizers(lists),
            *chinese_recognizers(lists),
            *chinese_plain_recognizers(),
            *japanese_recognizers(lists),
            *japanese_plain_recognizers(lists),
            *korean_recognizers(lists),
            *korean_plain_recognizers(lists),
            *layout_recognizers(lists),
        ),
        overlapping=True,
        reads_traditional=True,
    )
