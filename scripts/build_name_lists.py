"""Build the name lists the ``names`` scanner ships (``src/kanmon/scan/data/names.json``).

    .venv/bin/pip install mimesis        # dev-only; the lists are checked in, not built at run time
    .venv/bin/python scripts/build_name_lists.py

Source: the person data of Mimesis (https://github.com/lk-geimfari/mimesis, MIT licence, its
notice in ``src/kanmon/scan/data/NAMES_NOTICE.txt``): given names and surnames of its
Latin-script locales, of ru/uk/kk, and of ja, ko and zh, as published there. Faker, which
generates the second benchmark corpus, is not a source, so the benchmark does not test the
lists against themselves.

Japanese given names in kanji (``ja_given_kanji``) come from gimei
(https://pypi.org/project/gimei/, MIT licence, its notice appended to the same file): 13,239
given names with their readings, of which the kanji forms are kept. Mimesis has 271 Japanese
given names, too few to tell a surname and a given name written together ("清水大輔によると")
from a surname followed by any other word.

``names-dataset`` (3.3.1, MIT) was evaluated and not used. It covers all six languages' countries
(CN, JP, KR, RU, DE, US among its 105), but it is a 56 MB wheel that needs 3.2 GB of RAM, and it
was built from the 2021 Facebook leak of 533M accounts — personal data a PII guard should not
ship.

The output is deterministic: sorted, de-duplicated, one JSON object of sorted lists.
"""

from __future__ import annotations

import json
import re
from importlib.metadata import distribution
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

OUT = Path(__file__).resolve().parent.parent / "src" / "kanmon" / "scan" / "data" / "names.json"
NOTICE = OUT.parent / "NAMES_NOTICE.txt"

#: Mimesis locales per list. Names from all over Europe turn up in English and German text,
#: so the Latin-script lists take every Latin-script locale Mimesis has (Icelandic left out: its
#: long list of short names collides with common words).
LOCALES = {
    "latin": ("en", "en-gb", "en-au", "en-ca", "de", "de-at", "de-ch", "fr", "it", "es", "es-mx",
              "pt", "pt-br", "nl", "pl", "cs", "sk", "hu", "hr", "tr", "da", "sv", "no", "fi",
              "et"),
    "ru": ("ru", "uk", "kk"),
    "ja": ("ja",),
    "ko": ("ko",),
    "zh": ("zh",),
}  # fmt: skip

#: Names that are also common words are never a name on their own evidence ("May", "Will",
#: "Hall"); found with a cue only. Taken from Debian's word lists when installed
#: (apt-get install wamerican wngerman), plus these.
COMMON_WORDS = {
    "April", "August", "Bill", "Christian", "Grace", "Mark", "May", "Will", "Frank", "Ernst",
    "Mai", "Sunday", "Summer", "Winter", "Sommer", "Major", "King", "Page",
}  # fmt: skip
DICTIONARIES = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/ngerman"))


def _common(names: set[str]) -> set[str]:
    lower: set[str] = set()
    for path in DICTIONARIES:
        if path.exists():  # lowercase entries only: the lists capitalise nouns and names alike
            lower |= {w for w in path.read_text("utf-8", "ignore").split() if w[:1].islower()}
    return {n for n in names if n.lower() in lower} | (COMMON_WORDS & names)


def _flat(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [n for v in value.values() for n in _flat(v)]
    return [str(n) for n in value]


def _person(locale: str) -> dict[str, Any]:
    data = files("mimesis").joinpath("datasets", locale, "person.json").read_text("utf-8")
    out: dict[str, Any] = json.loads(data)
    return out


#: A given name's kanji form: kanji and the iteration mark alone (gimei writes some names in kana
#: in the kanji column too).
_KANJI = re.compile("[\u4e00-\u9fff\u3005]+")


def _gimei_given() -> list[str]:
    """The kanji forms of gimei's Japanese given names (each entry: kanji, hiragana, katakana)."""
    data = yaml.safe_load(files("gimei").joinpath("data", "names.yml").read_text("utf-8"))
    forms = {str(entry[0]) for names in data["first_name"].values() for entry in names}
    return sorted(f for f in forms if _KANJI.fullmatch(f))


def build() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, locales in LOCALES.items():
        given: set[str] = set()
        surname: set[str] = set()
        for locale in locales:
            p = _person(locale)
            given.update(_flat(p["names"]))
            surname.update(_flat(p["surnames"]))
        out[f"{key}_given"] = sorted(n for n in given if n.strip() and " " not in n)
        out[f"{key}_surname"] = sorted(n for n in surname if n.strip() and " " not in n)
    out["ja_given_kanji"] = _gimei_given()
    out["latin_common_words"] = sorted(_common(set(out["latin_given"]) | set(out["latin_surname"])))
    return dict(sorted(out.items()))


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    dist, gimei = distribution("mimesis"), distribution("gimei")
    lic = dist.read_text("licenses/LICENSE") or dist.read_text("LICENSE") or ""
    NOTICE.write_text(
        "src/kanmon/scan/data/names.json is built by scripts/build_name_lists.py from the person\n"
        f"data of Mimesis {dist.version} (https://github.com/lk-geimfari/mimesis), licence:\n\n"
        + lic
        + f"\n\nja_given_kanji is built from the name data of gimei {gimei.version}"
        " (https://pypi.org/project/gimei/), licence:\n\n" + (gimei.read_text("LICENSE") or ""),
        "utf-8",
    )
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes) and {NOTICE}")


if __name__ == "__main__":
    main()
