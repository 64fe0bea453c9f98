"""The given-name and surname lists the ``names`` scanner ships (``data/names.json``), and the
Chinese word data it reads names without a cue by (``data/zh_words.json``).

Built by ``scripts/build_name_lists.py`` from Mimesis' person data and gimei's Japanese given
names (both MIT; ``data/NAMES_NOTICE.txt``) and loaded once, when the first ``names`` scanner
is built.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True, slots=True)
class NameLists:
    latin_given: frozenset[str]
    latin_surname: frozenset[str]
    #: Names that are also common words ("May", "Will", "Frank"): never a name on their own.
    latin_common: frozenset[str]
    ru_given: frozenset[str]
    ru_surname: frozenset[str]
    zh_surname: frozenset[str]
    ja_surname: frozenset[str]
    #: Japanese given names in kanji (gimei's).
    ja_given_kanji: frozenset[str]
    ko_surname: frozenset[str]
    ko_given: frozenset[str]


@cache
def name_lists() -> NameLists:
    raw = files("kanmon.scan").joinpath("data", "names.json").read_text("utf-8")
    d: dict[str, list[str]] = json.loads(raw)
    return NameLists(
        latin_given=frozenset(d["latin_given"]),
        latin_surname=frozenset(d["latin_surname"]),
        latin_common=frozenset(d["latin_common_words"]),
        ru_given=frozenset(d["ru_given"]),
        ru_surname=frozenset(d["ru_surname"]),
        zh_surname=frozenset(d["zh_surname"]),
        ja_surname=frozenset(d["ja_surname"]),
        ja_given_kanji=frozenset(d["ja_given_kanji"]),
        ko_surname=frozenset(d["ko_surname"]),
        ko_given=frozenset(d["ko_given"]),
    )


@dataclass(frozen=True, slots=True)
class ZhWords:
    """Chinese surnames, given-name characters and ordinary words (``data/zh_words.json``,
    built by ``scripts/build_zh_words.py`` from jieba's dictionary) for names without a cue."""

    surnames: frozenset[str]
    compound: frozenset[str]
    given: frozenset[str]
    words: frozenset[str]
    #: Time words, numerals, pronouns and the like: no given name.
    closed: frozenset[str]
    #: The most frequent two-character words, and three-character ones that start with a
    #: surname: no name even with two given-name characters after the surname.
    common: frozenset[str]
    words3: frozenset[str]


@cache
def zh_words() -> ZhWords:
    d = json.loads(files("kanmon.scan").joinpath("data", "zh_words.json").read_text("utf-8"))
    w: str = d["words"]
    c: str = d["closed"]
    c2: str = d["common"]
    w3: str = d["words3"]
    return ZhWords(
        surnames=frozenset(d["surnames"]),
        compound=frozenset(d["compound_surnames"]),
        given=frozenset(d["given"]),
        words=frozenset(w[i : i + 2] for i in range(0, len(w), 2)),
        closed=frozenset(c[i : i + 2] for i in range(0, len(c), 2)),
        common=frozenset(c2[i : i + 2] for i in range(0, len(c2), 2)),
        words3=frozenset(w3[i : i + 3] for i in range(0, len(w3), 3)),
    )
