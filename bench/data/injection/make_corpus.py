"""Build ``corpus.jsonl``, the labelled prompt-injection corpus (deterministic).

    python bench/data/injection/make_corpus.py      # rewrites bench/data/injection/corpus.jsonl

Family A (``gen_a.py``) gives the train and dev splits; a template's id decides which (about one
template in five goes to dev), so the variants of one template stay on one side. Family B
(``gen_b.py``: other sentences, goals, carriers and wrappers) gives the test split alone.
Attacks are delivered as user text, as tool output (JSON, e-mail, search results, HTML,
tickets) and as retrieved documents (the attack among ordinary sentences); ``mixed`` items put
an attack of one language into text of another. Every item is generated, ``origin`` names the
generator family and template.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import _encode
import gen_a
import gen_b
import gen_c
import gen_d

OUT = Path(__file__).parent / "corpus.jsonl"
SECOND = Path(__file__).parent / "second.jsonl"
THIRD = Path(__file__).parent / "third.jsonl"
LANGS = ["en", "de", "ru", "zh", "ja", "ko"]
CATS = ["override", "persona", "extraction", "tool_hijack", "exfiltration"]

Wrap = Callable[[random.Random, list[str], str], str]


def _tool_json(r: random.Random, carrier: list[str], payload: str) -> str:
    items = [{"title": c[:24], "snippet": c} for c in carrier]
    items.insert(r.randrange(len(items) + 1), {"title": "note", "snippet": payload})
    return json.dumps({"status": "ok", "results": items}, ensure_ascii=False)


def _tool_email(r: random.Random, carrier: list[str], payload: str) -> str:
    body = carrier[:]
    body.insert(r.randrange(len(body) + 1), payload)
    return "From: news@shop.example\nSubject: Update\n\n" + "\n".join(body)


def _tool_search(r: random.Random, carrier: list[str], payload: str) -> str:
    lines = [f"{i + 1}. {c}" for i, c in enumerate(carrier)]
    lines.insert(r.randrange(len(lines) + 1), f"{len(lines) + 1}. {payload}")
    return "\n".join(lines)


def _tool_html(r: random.Random, carrier: list[str], payload: str) -> str:
    paras = [f"<p>{c}</p>" for c in carrier]
    paras.insert(r.randrange(len(paras) + 1), f"<p>{payload}</p>")
    return "<html><body>" + "".join(paras) + "</body></html>"


def _tool_ticket(r: random.Random, carrier: list[str], payload: str) -> str:
    rows = [f'{1000 + i},open,"{c}"' for i, c in enumerate(carrier)]
    rows.insert(r.randrange(len(rows) + 1), f'{2000 + r.randrange(99)},open,"{payload}"')
    return "id,state,text\n" + "\n".join(rows)


def _doc_plain(r: random.Random, carrier: list[str], payload: str) -> str:
    body = carrier[:]
    body.insert(r.randrange(len(body) + 1), payload)
    return " ".join(body)


def _doc_markdown(r: random.Random, carrier: list[str], payload: str) -> str:
    body = [f"- {c}" for c in carrier]
    body.insert(r.randrange(len(body) + 1), payload)
    return "# Notes\n\n" + "\n".join(body)


def _tool_yaml(r: random.Random, carrier: list[str], payload: str) -> str:
    items = [f"  - note: {json.dumps(c, ensure_ascii=False)}" for c in carrier]
    items.insert(
        r.randrange(len(items) + 1), f"  - note: {json.dumps(payload, ensure_ascii=False)}"
    )
    return "result:\n" + "\n".join(items)


def _doc_table(r: random.Random, carrier: list[str], payload: str) -> str:
    rows = [f"| {i + 1} | {c} |" for i, c in enumerate(carrier)]
    rows.insert(r.randrange(len(rows) + 1), f"| x | {payload} |")
    return "| # | text |\n|---|---|\n" + "\n".join(rows)


def _user_transcript(r: random.Random, carrier: list[str], payload: str) -> str:
    return f"[10:02] Sam: {carrier[0]}\n[10:03] Alex: {payload}"


def _user_plain(r: random.Random, carrier: list[str], payload: str) -> str:
    return payload


def _user_after_ask(r: random.Random, carrier: list[str], payload: str) -> str:
    return f"{carrier[0]}\n\n{payload}"


WRAPS: dict[str, dict[str, list[Wrap]]] = {
    "A": {
        "user": [_user_plain, _user_plain, _user_after_ask],
        "tool": [_tool_json, _tool_email, _tool_search],
        "document": [_doc_plain],
    },
    "B": {
        "user": [_user_plain, _user_after_ask],
        "tool": [_tool_html, _tool_ticket],
        "document": [_doc_markdown],
    },
    "C": {
        "user": [_user_plain, _user_transcript],
        "tool": [_tool_yaml],
        "document": [_doc_table],
    },
    "D": {
        "user": [_user_plain, _user_after_ask],
        "tool": [_tool_json, _tool_html],
        "document": [_doc_plain, _doc_markdown],
    },
}

#: Where each kind of attack arrives (weights over user, tool, document).
SOURCES = {
    "override": (0.4, 0.3, 0.3),
    "persona": (0.8, 0.1, 0.1),
    "extraction": (0.7, 0.15, 0.15),
    "tool_hijack": (0.1, 0.5, 0.4),
    "exfiltration": (0.2, 0.4, 0.4),
    "obfuscation": (0.5, 0.3, 0.2),
}


class Builder:
    def __init__(self, fam: str, mod: ModuleType, seed: int) -> None:
        self.fam, self.mod, self.r = fam, mod, random.Random(seed)
        self.rows: list[dict[str, Any]] = []

    def split(self, template: str) -> str:
        if self.fam in ("B", "C", "D"):
            return "test"
        return "dev" if zlib.crc32(template.encode()) % 5 == 0 else "train"

    def fill(self, t: str, lang: str) -> str:
        m, r = self.mod, self.r
        return t.format(
            goal=r.choice(m.GOALS[lang]), tool=r.choice(m.TOOLS), url=r.choice(m.URLS),
            mail=r.choice(m.MAILS),
        )  # fmt: skip

    def carrier(self, lang: str, n: int) -> list[str]:
        pool = self.mod.CARRIER[lang]
        return [self.r.choice(pool) for _ in range(n)]

    def deliver(self, payload: str, cat: str, carrier_lang: str) -> tuple[str, str]:
        r = self.r
        src = r.choices(["user", "tool", "document"], weights=SOURCES.get(cat, (1, 1, 1)))[0]
        wrap = r.choice(WRAPS[self.fam][src])
        return src, wrap(r, self.carrier(carrier_lang, r.randint(1, 4)), payload)

    def add(self, template: str, lang: str, text: str, label: int, cat: str, src: str) -> None:
        self.rows.append({
            "id": f"{self.fam}{len(self.rows):05d}", "lang": lang, "text": text, "label": label,
            "category": cat, "source": src, "split": self.split(template),
            "origin": f"generated:gen_{self.fam.lower()}:{template}",
        })  # fmt: skip

    def attacks(self, per_template: int) -> None:
        m, r = self.mod, self.r
        for lang in LANGS:
            for cat in CATS:
                for i, t in enumerate(m.ATTACK[lang][cat]):
                    tid = f"{lang}.{cat}.{i}"
                    for _ in range(per_template):
                        src, text = self.deliver(self.fill(t, lang), cat, lang)
                        self.add(tid, lang, text, 1, cat, src)
                    # the same attack inserted into text of another language
                    other = r.choice([x for x in LANGS if x != lang])
                    src, text = self.deliver(self.fill(t, lang), cat, other)
                    self.add(tid, "mixed", text, 1, cat, src)

    def obfuscated(self, per_lang: int) -> None:
        m, r = self.mod, self.r
        encs = sorted(_encode.ENCODERS)
        for lang in LANGS:
            for k in range(per_lang):
                cat = r.choice(CATS)
                src_lang = lang if r.random() < 0.5 else "en"
                i = r.randrange(len(m.ATTACK[src_lang][cat]))
                enc = encs[k % len(encs)]
                if enc in ("leet", "rot13") and src_lang != "en":
                    src_lang, i = "en", r.randrange(len(m.ATTACK["en"][cat]))
                payload = _encode.ENCODERS[enc](self.fill(m.ATTACK[src_lang][cat][i], src_lang), r)
                if r.random() < 0.7:
                    payload = r.choice(m.DECODE_ASK[lang]).format(p=payload)
                src, text = self.deliver(payload, "obfuscation", lang)
                self.add(f"{src_lang}.{cat}.{i}", lang, text, 1, "obfuscation", src)

    def benign(self, per_template: int) -> None:
        m, r = self.mod, self.r
        for lang in LANGS:
            for i, t in enumerate(m.BENIGN[lang]):
                for _ in range(per_template):
                    text = t if r.random() < 0.6 else f"{r.choice(m.CARRIER[lang])} {t}"
                    self.add(f"{lang}.benign.{i}", lang, text, 0, "benign", "user")
            for i, t in enumerate(m.DISCUSSION[lang]):
                for _ in range(per_template + 1):
                    src = r.choice(["user", "user", "document"])
                    text = t if src == "user" else _doc_plain(r, self.carrier(lang, 2), t)
                    self.add(f"{lang}.discussion.{i}", lang, text, 0, "benign_discussion", src)
            for i in range(len(m.CARRIER[lang])):  # plain tool output and documents
                for _ in range(per_template):
                    src = r.choice(["tool", "document"])
                    wrap = r.choice(WRAPS[self.fam][src])
                    c = self.carrier(lang, r.randint(2, 4))
                    text = wrap(r, c[1:], c[0])
                    self.add(f"{lang}.carrier.{i}", lang, text, 0, "benign", src)
            other = r.choice([x for x in LANGS if x != lang])
            for i, t in enumerate(m.BENIGN[lang][:4]):
                text = f"{r.choice(m.CARRIER[other])} {t}"
                self.add(f"{lang}.benign.{i}", "mixed", text, 0, "benign", "user")
        for i, t in enumerate(m.TECH):
            for _ in range(per_template * 2):
                src = r.choice(["user", "tool"])
                lang = r.choice(LANGS)
                text = t if src == "tool" else f"{r.choice(m.BENIGN[lang])}\n\n{t}"
                self.add(f"tech.{i}", "en" if src == "tool" else lang, text, 0, "benign", src)


def write(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    a = Builder("A", gen_a, 20261130)
    a.attacks(4)
    a.obfuscated(24)
    a.benign(5)
    b = Builder("B", gen_b, 777)
    b.attacks(4)
    b.obfuscated(14)
    b.benign(5)
    rows = a.rows + b.rows
    write(OUT, rows)
    c = Builder("C", gen_c, 4242)
    c.attacks(3)
    c.obfuscated(7)
    c.benign(3)
    write(SECOND, c.rows)
    print(f"{len(c.rows)} items -> {SECOND}")
    d = Builder("D", gen_d, 9001)
    d.attacks(4)
    d.obfuscated(6)
    d.benign(4)
    write(THIRD, d.rows)
    print(f"{len(d.rows)} items -> {THIRD}")
    from collections import Counter

    print(f"{len(rows)} items -> {OUT}")
    print(Counter((row["split"], row["label"]) for row in rows))


if __name__ == "__main__":
    main()
