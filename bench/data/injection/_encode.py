"""Obfuscations an attacker applies to a payload, shared by both generators (mechanical, so
sharing them leaks no phrasing between the train and test families)."""

from __future__ import annotations

import base64
import codecs
import random
import urllib.parse

LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})


def b64(s: str, r: random.Random) -> str:
    return base64.b64encode(s.encode()).decode()


def leet(s: str, r: random.Random) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        out.append(low.translate(LEET) if r.random() < 0.8 else ch)
    return "".join(out)


def split(s: str, r: random.Random) -> str:
    sep = r.choice([" ", "-", ".", "_", "*"])
    words = s.split(" ")
    return "  ".join(sep.join(w) for w in words)


def rot13(s: str, r: random.Random) -> str:
    return codecs.encode(s, "rot13")


def hexed(s: str, r: random.Random) -> str:
    h = s.encode().hex()
    return h if r.random() < 0.5 else " ".join(h[i : i + 2] for i in range(0, len(h), 2))


def url(s: str, r: random.Random) -> str:
    return urllib.parse.quote(s, safe="")


def zero_width(s: str, r: random.Random) -> str:
    return "\u200b".join(s)


ENCODERS = {
    "base64": b64,
    "leet": leet,
    "split": split,
    "rot13": rot13,
    "hex": hexed,
    "url": url,
    "zero_width": zero_width,
}
