"""The given-name and surname lists the ``names`` scanner ships (``data/names.json``).

Built by ``scripts/build_name_lists.py`` from Mimesis' person data (MIT; ``data/NAMES_NOTICE.txt``)
and loaded once, when the first ``names`` scanner is built.
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
    ko_surname: frozenset[str]


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
        ko_surname=frozenset(d["ko_surname"]),
    )
