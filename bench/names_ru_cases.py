"""Russian names in the six cases, declined by an independent morphology (pymorphy3, OpenCorpora's
dictionary), and how many of them the ``names`` scanner finds whole; with ``--forms``, which of
every other word form pymorphy3 knows the scanner's name lists take for a name.

    pip install pymorphy3 pymorphy3-dicts-ru   # the declension (not a dependency)
    .venv/bin/python bench/names_ru_cases.py                          # this build
    .venv/bin/python bench/names_ru_cases.py --src /work/wt/base/src  # another build
    .venv/bin/python bench/names_ru_cases.py --forms                  # words read as names

Two sets of sentences, one frame per case ("Мы встретились с {} в кафе." for the instrumental):
``common``, 40 common given names (written here) each with a surname of the list in the name's
gender, in every case (240); ``random``, 900 pairs drawn from the scanner's own lists (seed 7),
many of them Kazakh or Ukrainian names that Mimesis' Russian list holds.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import random
import sys
from collections import Counter
from typing import Any

FRAMES = {
    "nomn": "Вчера {} пришёл на встречу.", "gent": "У {} сегодня отпуск.",
    "datv": "Передайте {} документы.", "accs": "Я видел {} вчера вечером.",
    "ablt": "Мы встретились с {} в кафе.", "loct": "Мы долго говорили о {} на собрании.",
}  # fmt: skip
COMMON = (
    "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай Павел Пётр "
    "Игорь Юрий Владимир Артём Никита Илья Лев Василий Анна Мария Елена Ольга Наталья Татьяна "
    "Ирина Екатерина Светлана Юлия Анастасия Дарья Ксения Любовь Надежда Галина Людмила Вера "
    "Софья Алёна"
).split()


def _declined(m: Any, word: str, tag: str, case: str, gender: str | None = None) -> Any:
    for p in m.parse(word):
        if tag in p.tag and p.tag.number != "plur" and gender in (None, p.tag.gender):
            q = p.inflect({case})
            if q is not None:
                return q.word.capitalize(), p.tag.gender
    return None


def sentences(m: Any, given: list[str], surnames: list[str]) -> dict[str, list[dict[str, str]]]:
    r = random.Random(7)
    known = [s for s in surnames if any("Surn" in p.tag for p in m.parse(s))]
    out: dict[str, list[dict[str, str]]] = {"common": [], "random": []}
    for g in COMMON:
        for case, frame in FRAMES.items():
            gw, gender = _declined(m, g, "Name", case)
            while (sw := _declined(m, r.choice(known), "Surn", case, gender)) is None:
                pass
            name = f"{gw} {sw[0]}"
            out["common"].append({"case": case, "text": frame.format(name), "name": name})
    names = [g for g in given if any("Name" in p.tag for p in m.parse(g))]
    while len(out["random"]) < 900:
        case = r.choice(list(FRAMES))
        g = _declined(m, r.choice(names), "Name", case)
        s = g and _declined(m, r.choice(known), "Surn", case, g[1])
        if s:
            name = f"{g[0]} {s[0]}"
            out["random"].append({"case": case, "text": FRAMES[case].format(name), "name": name})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--src", help="another build's src directory (its scanner is scored)")
    ap.add_argument("--forms", action="store_true", help="other word forms read as names")
    a = ap.parse_args()
    if a.src:
        sys.path.insert(0, a.src)
    import pymorphy3

    from kanmon.scan import ScanSet
    from kanmon.scan._name_lists import name_lists

    m, lists = pymorphy3.MorphAnalyzer(), name_lists()
    if a.forms:
        russian = importlib.import_module("kanmon.scan._names_russian")
        # every form with no reading as a name (Августа, a month's and a name's, is left out)
        other: set[str] = set()
        named: set[str] = set()
        for p in m.iter_known_word_parses():
            if len(p.word) >= 4 and "-" not in p.word:
                (named if {"Name", "Surn", "Patr"} & p.tag.grammemes else other).add(p.word)
        other = {w.capitalize() for w in other - named}
        # as the scanner builds them (a build that puts a given name's dropped vowel back says
        # so with ``fleeting``)
        fleeting = "fleeting" in inspect.signature(russian._Declined).parameters
        given = russian._Declined(lists.ru_given, *[True] * fleeting)
        surname = russian._Declined(lists.ru_surname)
        for what, names in (("given", given), ("surname", surname)):
            hits = sorted(w for w in other if w in names)
            print(f"{what}: {len(hits)} of {len(other)} other word forms, e.g. {hits[:12]}")
        return
    scan = ScanSet.from_names(["names"])
    for label, rows in sentences(m, sorted(lists.ru_given), sorted(lists.ru_surname)).items():
        hit, total = Counter[str](), Counter[str]()
        for row in rows:
            found = [row["text"][f.start : f.end] for f in scan.scan(row["text"])]
            total[row["case"]] += 1
            hit[row["case"]] += row["name"] in found
        cases = " ".join(f"{c} {hit[c]}/{total[c]}" for c in FRAMES)
        print(f"{label:7} {cases}  whole name {sum(hit.values()) / sum(total.values()):.3f}")


if __name__ == "__main__":
    main()
