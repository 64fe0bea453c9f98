"""Build ``family_n.jsonl``: generator family N, benign only, with its own train/dev/test split
(deterministic).

    python bench/data/injection/make_family_n.py     # rewrites bench/data/injection/family_n.jsonl

Family N is what an agent reads on an ordinary day: web pages with navigation and a footer,
search results and mail returned by tools as JSON, READMEs and recipes with headings, support
chat exports with "User:" and "Assistant:" turns, newsletters. Their sentences use the words
attacks use (order, password, system, instructions, send, forward, token, admin, mode) and
they carry the links pages carry (share, tracking, unsubscribe, password reset, images, API
examples with a key parameter). No item is an attack: the family teaches the classifier what
ordinary agent data looks like, and its test split counts false positives on it.

**Every sentence list is cut by position** — items 0–2 of every five train, 3 dev, 4 test — and
an item takes all its sentences and its title from one split. Links are mechanical (site ×
page × kind) and shared by all splits.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _family import part, split_of, write
from gen_n_parts import PAGES, PARTS, SITES, link

OUT = Path(__file__).parent / "family_n.jsonl"
ITEMS_PER_LANG = 75


class Builder:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.rows: list[dict[str, Any]] = []

    def link(self) -> str:
        r = self.r
        return link(r.randrange(8), r.choice(SITES), r.choice(SITES), r.choice(PAGES),
                    r.randrange(1000, 99999))  # fmt: skip

    def text(self, lang: str, split: str) -> tuple[str, str]:
        """(text, source) in one of the carriers."""
        r = self.r
        says = part(PARTS[lang]["sentence"], split)
        title = r.choice(part(PARTS[lang]["title"], split))
        body = " ".join(r.sample(says, min(len(says), r.randint(1, 3))))
        kind = r.randrange(6)
        if kind == 0:  # a web page
            nav = "Home | Shop | Blog | Help"
            return (
                f"{nav}\n\n# {title}\n\n{body} {self.link()}\n\n(c) 2026 {r.choice(SITES)}",
                "tool",
            )
        if kind == 1:  # search results
            hits = [{"title": title, "snippet": s, "url": self.link()} for s in
                    r.sample(says, min(len(says), r.randint(1, 3)))]  # fmt: skip
            return json.dumps({"results": hits}, ensure_ascii=False), "tool"
        if kind == 2:  # a mail a tool returned
            mail = {"from": f"no-reply@{r.choice(SITES)}", "subject": title,
                    "body": f"{body}\n\n{self.link()}"}  # fmt: skip
            return json.dumps({"messages": [mail]}, ensure_ascii=False), "tool"
        if kind == 3:  # a README or a recipe with headings
            steps = "\n".join(
                f"{i}. {s}" for i, s in enumerate(r.sample(says, min(len(says), 2)), 1)
            )
            head = r.choice(("Instructions", "Setup", "Usage", "Notes"))
            return f"# {title}\n\n## {head}\n\n{steps}\n\nSee {self.link()}", "document"
        if kind == 4:  # a support chat export
            a, b = r.sample(says, 2) if len(says) > 1 else (says[0], says[0])
            return f"Chat export\nUser: {title}?\nAssistant: {a}\nUser: ok\nAssistant: {b}", "tool"
        return f"{title}\n\n{body}\n\n{self.link()}\n{self.link()}", "document"  # a newsletter

    def build(self) -> None:
        for lang in PARTS:
            for i in range(ITEMS_PER_LANG):
                s = split_of(i)
                text, src = self.text(lang, s)
                self.rows.append({
                    "id": f"N{len(self.rows):05d}", "lang": lang, "text": text, "label": 0,
                    "category": "benign", "source": src, "split": s,
                    "origin": f"generated:gen_n:{lang}.{i}",
                })  # fmt: skip


def main() -> None:
    b = Builder(20261204)
    b.build()
    write(b.rows, OUT)


if __name__ == "__main__":
    main()
