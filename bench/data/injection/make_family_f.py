"""Build ``family_f.jsonl``: generator family F, with its own train/dev/test split (deterministic).

    python bench/data/injection/make_family_f.py     # rewrites bench/data/injection/family_f.jsonl

Family F is written in a deliberately different style from families A and E (``gen_f_en``):
long polite prose, indirect and multi-step requests, synonyms instead of the lexicon's words, a
few typos, and carriers of other kinds (support tickets, JSON search results, e-mail threads with
greeting and signature, product reviews, code docstrings, web pages with navigation and footer).
Its hard negatives are written in the same styles and delivered through the same wrappers.

**Every part list is cut by position** — items 0–2 of every five train, 3 dev, 4 test — and an
item takes all its parts (frame, goal, harm, tool, URL, address, carrier sentences) from one
split. The lists of the six languages are parallel (item i of one is a translation of item i of
another), so a translation of a test frame is itself a test frame. Wrappers and typos are
mechanical and shared by attacks and negatives alike.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import gen_f_cjk
import gen_f_de_ru
import gen_f_en
from _family import part, split_of, write

OUT = Path(__file__).parent / "family_f.jsonl"
PARTS: dict[str, dict[str, list[str]]] = {
    "en": gen_f_en.EN, **gen_f_de_ru.PARTS, **gen_f_cjk.PARTS,
}  # fmt: skip
LANGS = list(PARTS)
CATEGORIES = ("override", "persona", "extraction", "tool_hijack", "exfiltration")
#: Where each kind of attack arrives (weights over user, tool, document).
SOURCES = {
    "override": (0.4, 0.35, 0.25), "persona": (0.9, 0.05, 0.05), "extraction": (0.8, 0.1, 0.1),
    "tool_hijack": (0.05, 0.6, 0.35), "exfiltration": (0.2, 0.45, 0.35),
}  # fmt: skip
LATIN_OR_CYRILLIC = {"en", "de", "ru"}


def typos(text: str, r: random.Random) -> str:
    """Swap two neighbouring letters in one to three longer words (people type fast)."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    for i in r.sample(long, min(len(long), r.randint(1, 3))):
        w = words[i]
        k = r.randrange(1, len(w) - 2)
        words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    return " ".join(words)


class Builder:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.rows: list[dict[str, Any]] = []

    def pick(self, lang: str, key: str, split: str) -> str:
        return self.r.choice(part(PARTS[lang][key], split))

    def fill(self, text: str, lang: str, split: str) -> str:
        en = "en"
        slots = {
            "tool": self.pick(en, "tool", split), "url": self.pick(en, "url", split),
            "mail": self.pick(en, "mail", split),
        }  # fmt: skip
        if "{goal}" in text:
            slots["goal"] = self.pick(lang, "goal", split).format(**slots)
        if "{harm}" in text:
            slots["harm"] = self.pick(lang, "harm", split)
        return text.format(**slots)

    def carrier(self, lang: str, split: str, n: int) -> list[str]:
        return [self.pick(lang, "carrier", split) for _ in range(n)]

    # -- delivery (mechanical, shared by attacks and negatives) -------------------------------

    def deliver(self, payload: str, src: str, lang: str, split: str) -> str:
        r = self.r
        c = self.carrier(lang, split, r.randint(2, 6))
        if src == "user":
            kind = r.choice(["plain", "plain", "greeting", "two_things", "after"])
            if kind == "plain":
                return payload
            if kind == "greeting":
                return f"Hi! {c[0]} {payload} Thanks so much, Sam"
            if kind == "two_things":
                return f"Two things, if you don't mind.\n1. {c[0]}\n2. {payload}"
            return f"{c[0]} {c[1]}\n\n{payload}"
        body = c[:]
        body.insert(r.randrange(len(body) + 1), payload)
        if src == "tool":
            kind = r.choice(["ticket", "search", "thread", "review", "docstring"])
            if kind == "ticket":
                return (
                    f"Ticket #{r.randint(10000, 99999)} · Priority: normal · Status: open\n"
                    "Description:\n" + "\n".join(body) + "\n— submitted via web form"
                )
            if kind == "search":
                results = [
                    {
                        "title": f"Result {i + 1}",
                        "url": f"https://site{i}.example/page",
                        "snippet": t,
                    }  # fmt: skip
                    for i, t in enumerate(body)
                ]
                return json.dumps({"query": "latest updates", "results": results},
                                  ensure_ascii=False)  # fmt: skip
            if kind == "thread":
                return "Hi team,\n\n" + "\n\n".join(body) + "\n\nBest regards,\nSam Whitfield"
            if kind == "review":
                return (
                    "★★★★☆ Verified purchase\n" + " ".join(body)
                    + f"\nWas this review helpful? Yes ({r.randint(1, 40)})"
                )  # fmt: skip
            doc = "\n    ".join(body)
            return f'def sync_orders(batch):\n    """{doc}\n    """\n    return push(batch)'
        kind = r.choice(["page", "wiki", "prose"])
        if kind == "page":
            return (
                "Home | Products | Support | Contact\n\n" + "\n\n".join(body)
                + "\n\n© 2026 Example Ltd · Privacy · Imprint"
            )  # fmt: skip
        if kind == "wiki":
            return "= Notes =\n" + "\n".join(f"; {t}" for t in body)
        more = self.carrier(lang, split, 6)
        return " ".join(more[:3] + body + more[3:])

    def add(
        self, tid: str, split: str, lang: str, text: str, label: int, cat: str, src: str
    ) -> None:
        self.rows.append({
            "id": f"F{len(self.rows):05d}", "lang": lang, "text": text, "label": label,
            "category": cat, "source": src, "split": split,
            "origin": f"generated:gen_f:{tid}",
        })  # fmt: skip

    def one(
        self,
        tid: str,
        s: str,
        lang: str,
        text: str,
        label: int,
        cat: str,
        weights: tuple[float, ...],
    ) -> None:
        r = self.r
        if lang in LATIN_OR_CYRILLIC and r.random() < 0.3:
            text = typos(text, r)
        src = r.choices(["user", "tool", "document"], weights=weights)[0]
        self.add(tid, s, lang, self.deliver(text, src, lang, s), label, cat, src)
        if r.random() < 0.3:  # the same text inside prose of another language
            other = r.choice([x for x in LANGS if x != lang])
            src = r.choices(["user", "tool", "document"], weights=weights)[0]
            self.add(tid, s, "mixed", self.deliver(text, src, other, s), label, cat, src)

    def attacks(self) -> None:
        for lang in LANGS:
            reps = 4 if lang == "en" else 3
            for cat in CATEGORIES:
                for i, frame in enumerate(PARTS[lang][cat]):
                    s = split_of(i)
                    for _ in range(reps):
                        text = self.fill(frame, lang, s)
                        self.one(f"{lang}.{cat}.{i}", s, lang, text, 1, cat, SOURCES[cat])

    def negatives(self) -> None:
        for lang in LANGS:
            for key, cat, weights in (
                ("negative", "benign", (0.5, 0.3, 0.2)),
                ("discuss", "benign_discussion", (0.5, 0.2, 0.3)),
                ("carrier", "benign", (0.2, 0.4, 0.4)),
            ):
                for i, t in enumerate(PARTS[lang][key]):
                    s = split_of(i)
                    for _ in range(3 if key != "carrier" else 1):
                        self.one(f"{lang}.{key}.{i}", s, lang, t, 0, cat, weights)


def main() -> None:
    b = Builder(20261202)
    b.attacks()
    b.negatives()
    write(b.rows, OUT)
    disc = Counter(row["split"] for row in b.rows if row["category"] == "benign_discussion")
    print("discussions", sorted(disc.items()))


if __name__ == "__main__":
    main()
