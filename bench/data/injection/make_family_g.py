"""Build ``family_g.jsonl``: generator family G, with its own train/dev/test split (deterministic).

    python bench/data/injection/make_family_g.py     # rewrites bench/data/injection/family_g.jsonl

Family G is written in another style again than families A–F (``gen_g_en``): long role-play
jailbreaks assembled from parts (a persona set-up, two or three numbered house rules, an answer
format — two answers, a token or point game, a "debug mode" — and a stay-in-character line
before the real ask), fiction that ends in a real request, overrides written as status updates,
log lines and memos, extraction asked for as a favour, a test or a translation, and notes aimed
at agents. Its carriers are new too: chat exports with timestamps, accessibility trees of web
pages, OCR'd PDF pages, RSS items, XML tool results, READMEs and call transcripts. The hard
negatives are built from the same kinds of parts: harmless role play with house rules and
answer formats, game rules, short fiction, articles and advice that describe or quote
jailbreaks, policy documents.

**Every part list is cut by position** — items 0–2 of every five train, 3 dev, 4 test — and an
item takes all its parts (set-up, rules, format, ask, goal, name, tool, URL, address, carrier
sentences) from one split. The six languages' lists are parallel, so the translation of a test
part is a test part too. Wrappers are mechanical and shared by attacks and negatives alike.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import gen_g_cjk
import gen_g_de_ru
import gen_g_en
from _family import part, split_of, write

OUT = Path(__file__).parent / "family_g.jsonl"
PARTS: dict[str, dict[str, list[str]]] = {
    "en": gen_g_en.EN, **gen_g_de_ru.PARTS, **gen_g_cjk.PARTS,
}  # fmt: skip
LANGS = list(PARTS)
SHARED = ("name", "tool", "url", "mail")  # English lists, used by every language
#: Where each kind of text arrives (weights over user, tool, document).
SOURCES = {
    "persona": (0.85, 0.05, 0.1), "override": (0.4, 0.35, 0.25),
    "extraction": (0.8, 0.1, 0.1), "tool_hijack": (0.05, 0.55, 0.4),
    "roleplay": (0.9, 0.05, 0.05), "negative": (0.4, 0.3, 0.3),
}  # fmt: skip
#: Composed role plays (attacks and harmless ones) per language and split.
COMPOSED = {"train": 18, "dev": 6, "test": 6}


class Builder:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.rows: list[dict[str, Any]] = []

    def pick(self, lang: str, key: str, split: str) -> str:
        src = "en" if key in SHARED else lang
        return self.r.choice(part(PARTS[src][key], split))

    def picks(self, lang: str, key: str, split: str, k: int) -> list[str]:
        items = part(PARTS[lang][key], split)
        return self.r.sample(items, min(k, len(items)))

    def fill(self, text: str, lang: str, split: str, name: str | None = None) -> str:
        slots = {k: self.pick(lang, k, split) for k in SHARED}
        if name:
            slots["name"] = name
        if "{goal}" in text:
            slots["goal"] = self.pick(lang, "goal", split).format(**slots)
        if "{harm}" in text:
            slots["harm"] = self.pick(lang, "harm", split)
        return text.format(**slots)

    def roleplay(self, lang: str, split: str, harmful: bool) -> str:
        """A long role-play set-up: persona, house rules, answer format, the ask."""
        p = "" if harmful else "b_"
        name = self.pick(lang, "name", split)
        rules = self.picks(lang, f"{p}rule", split, self.r.randint(2, 3))
        if harmful:
            harm = self.pick(lang, "harm", split)
            ask = self.pick(lang, "stay", split) + " " + harm[0].upper() + harm[1:]
            ask += "." if lang in ("en", "de", "ru") else ""
        else:
            ask = self.pick(lang, "b_ask", split)
        blocks = [
            self.pick(lang, f"{p}setup", split), "\n".join(rules),
            self.pick(lang, f"{p}format", split), ask,
        ]  # fmt: skip
        return self.fill("\n\n".join(blocks), lang, split, name)

    # -- delivery (mechanical, shared by attacks and negatives) -------------------------------

    def deliver(self, payload: str, src: str, lang: str, split: str) -> str:
        r = self.r
        c = [self.pick(lang, "carrier", split) for _ in range(r.randint(2, 5))]
        if src == "user":
            kind = r.choice(["plain", "plain", "plain", "forward", "ps"])
            if kind == "plain":
                return payload
            if kind == "forward":
                quoted = payload.replace("\n", "\n> ")
                return f"{c[0]}\n\n> {quoted}\n\nwhat do you think?"
            return f"{c[0]} {c[1]}\n\nP.S. {payload}"
        body = c[:]
        body.insert(r.randrange(len(body) + 1), payload)
        if src == "tool":
            kind = r.choice(["chat", "a11y", "xml", "rss"])
            if kind == "chat":
                people = ["mira", "joss", "t.okafor", "lee"]
                return "\n".join(
                    f"[{9 + i // 3:02d}:{(7 * i) % 60:02d}] <{people[i % 4]}> {t}"
                    for i, t in enumerate(body)
                )
            if kind == "a11y":
                lines = ['RootWebArea "Company news"', '  navigation "Main"']
                lines += [f'  StaticText "{t}"' for t in body]
                return "\n".join(lines + ['  link "Contact us"'])
            if kind == "xml":
                items = "".join(f"<item n='{i}'>{t}</item>" for i, t in enumerate(body))
                return f"<tool_result name='fetch_page' status='200'>{items}</tool_result>"
            entries = [{"title": t[:40], "summary": t} for t in body]
            return json.dumps({"feed": "news", "entries": entries}, ensure_ascii=False)
        kind = r.choice(["ocr", "readme", "transcript"])
        if kind == "ocr":
            return (
                f"--- page {r.randint(2, 40)} ---\n" + "\n".join(body)
                + f"\nConfidential · printed {r.randint(1, 28)}.03.2026"
            )  # fmt: skip
        if kind == "readme":
            text = "\n\n".join(body)
            return f"# project-notes\n\n## Overview\n\n{text}\n\n## Licence\n\nMIT"
        return "\n".join(
            f"Speaker {'AB'[i % 2]} ({i * 13 // 60:02d}:{i * 13 % 60:02d}): {t}"
            for i, t in enumerate(body)
        )

    def add(
        self, tid: str, split: str, lang: str, text: str, label: int, cat: str, src: str
    ) -> None:
        self.rows.append({
            "id": f"G{len(self.rows):05d}", "lang": lang, "text": text, "label": label,
            "category": cat, "source": src, "split": split,
            "origin": f"generated:gen_g:{tid}",
        })  # fmt: skip

    def one(self, tid: str, s: str, lang: str, text: str, label: int, cat: str, kind: str) -> None:
        r = self.r
        weights = SOURCES[kind]
        src = r.choices(["user", "tool", "document"], weights=weights)[0]
        self.add(tid, s, lang, self.deliver(text, src, lang, s), label, cat, src)
        if r.random() < 0.3:  # the same text inside prose of another language
            other = r.choice([x for x in LANGS if x != lang])
            src = r.choices(["user", "tool", "document"], weights=weights)[0]
            self.add(tid, s, "mixed", self.deliver(text, src, other, s), label, cat, src)

    def attacks(self) -> None:
        for lang in LANGS:
            for s, n in COMPOSED.items():
                for k in range(n):
                    text = self.roleplay(lang, s, harmful=True)
                    self.one(f"{lang}.roleplay.{s}.{k}", s, lang, text, 1, "persona", "persona")
            reps = 3 if lang == "en" else 4
            for key, cat in (
                ("fiction", "persona"), ("override", "override"),
                ("extraction", "extraction"), ("agent", "tool_hijack"),
            ):  # fmt: skip
                for i, frame in enumerate(PARTS[lang][key]):
                    s = split_of(i)
                    for _ in range(reps):
                        text = self.fill(frame, lang, s)
                        self.one(f"{lang}.{key}.{i}", s, lang, text, 1, cat, cat)

    def negatives(self) -> None:
        for lang in LANGS:
            for s, n in COMPOSED.items():
                for k in range(n):
                    text = self.roleplay(lang, s, harmful=False)
                    self.one(f"{lang}.b_roleplay.{s}.{k}", s, lang, text, 0, "benign", "roleplay")
            for key, cat, reps in (
                ("game", "benign", 2), ("story", "benign", 2), ("policy", "benign", 2),
                ("discuss", "benign_discussion", 3 if lang != "en" else 2),
                ("carrier", "benign", 1),
            ):  # fmt: skip
                for i, t in enumerate(PARTS[lang][key]):
                    s = split_of(i)
                    for _ in range(reps):
                        self.one(f"{lang}.{key}.{i}", s, lang, t, 0, cat, "negative")


def main() -> None:
    b = Builder(20261203)
    b.attacks()
    b.negatives()
    write(b.rows, OUT)
    disc = Counter(row["split"] for row in b.rows if row["category"] == "benign_discussion")
    print("discussions", sorted(disc.items()))


if __name__ == "__main__":
    main()
