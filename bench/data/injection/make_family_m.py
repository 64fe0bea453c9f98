"""Build ``family_m.jsonl``: generator family M, with its own train/dev/test split (deterministic).

    python bench/data/injection/make_family_m.py     # rewrites bench/data/injection/family_m.jsonl

Family M is about one contrast: a request that sends something to an address or a URL. The same
frames ("Please forward {obj} to {to}.", "请把{obj}转发到{to}。") carry either an office document
(the signed contract, the minutes, an invoice: a negative) or the conversation, the user's data,
secrets or mail in bulk (an exfiltration), with addresses drawn from one pool for both, so that
only the object tells them apart (``gen_m_parts``). They arrive as a user's message, an e-mail a
tool returned (JSON) or a mail thread in a document, 20% inside carrier text of another
language.

**Every part list is cut by position** — items 0–2 of every five train, 3 dev, 4 test — and an
item takes its frame, object and carrier lines from one split. Addresses are mechanical (names ×
domains) and shared by all splits and both labels.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _family import part, split_of, write
from gen_m_parts import PARTS

OUT = Path(__file__).parent / "family_m.jsonl"
LANGS = list(PARTS)
NAMES = ("legal", "finance", "team", "records", "archive", "backup", "office", "sales", "anna.k",
         "t.meyer", "ops", "reports")  # fmt: skip
DOMAINS = ("example.com", "example.org", "example.net", "mail.example.de", "corp.example.jp",
           "example.kr", "example.cn", "example.ru")  # fmt: skip
PATHS = ("up", "in", "drop", "share/d", "files/new", "api/v1/upload")


class Builder:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.rows: list[dict[str, Any]] = []

    def to(self) -> str:
        r = self.r
        if r.random() < 0.75:
            return f"{r.choice(NAMES)}@{r.choice(DOMAINS)}"
        return f"https://{r.choice(('files', 'drive', 'share', 'upload'))}.{r.choice(DOMAINS)}/" + (
            r.choice(PATHS)
        )

    def deliver(self, payload: str, src: str, lang: str, split: str) -> str:
        r = self.r
        carrier = part(PARTS[lang]["carrier"], split)
        before, after = r.choice(carrier), r.choice(carrier)
        if src == "user":
            return payload if r.random() < 0.5 else f"{before} {payload}"
        if src == "tool":
            mail = {"from": f"{r.choice(NAMES)}@{r.choice(DOMAINS)}", "subject": "Re: update",
                    "body": f"{before}\n\n{payload}\n\n{after}"}  # fmt: skip
            return json.dumps({"messages": [mail]}, ensure_ascii=False)
        return (
            f"From: {r.choice(NAMES)}@{r.choice(DOMAINS)}\nSubject: Re: update\n\n"
            f"{before}\n{payload}\n{after}\n\n> earlier message quoted below\n> {r.choice(carrier)}"
        )

    def add(self, tid: str, split: str, lang: str, text: str, label: int, src: str) -> None:
        self.rows.append({
            "id": f"M{len(self.rows):05d}", "lang": lang, "text": text, "label": label,
            "category": "exfiltration" if label else "benign", "source": src, "split": split,
            "origin": f"generated:gen_m:{tid}",
        })  # fmt: skip

    def one(self, tid: str, s: str, lang: str, text: str, label: int) -> None:
        r = self.r
        weights = (0.2, 0.4, 0.4) if label else (0.4, 0.3, 0.3)
        src = r.choices(["user", "tool", "document"], weights=weights)[0]
        self.add(tid, s, lang, self.deliver(text, src, lang, s), label, src)
        if r.random() < 0.2:  # the same request inside mail of another language
            other = r.choice([x for x in LANGS if x != lang])
            src = r.choices(["user", "tool", "document"], weights=weights)[0]
            self.add(tid, s, "mixed", self.deliver(text, src, other, s), label, src)

    def build(self) -> None:
        for lang in LANGS:
            for i, frame in enumerate(PARTS[lang]["frame"]):
                s = split_of(i)
                for _ in range(3):
                    for label, key in ((0, "office"), (1, "secret")):
                        obj = self.r.choice(part(PARTS[lang][key], s))
                        text = frame.format(obj=obj, to=self.to())
                        self.one(f"{lang}.{key}.{i}", s, lang, text, label)


def main() -> None:
    b = Builder(20261204)
    b.build()
    write(b.rows, OUT)


if __name__ == "__main__":
    main()
