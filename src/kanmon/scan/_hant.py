"""Traditional Chinese read as Simplified: the injection lexicon, its trigger words, its
classifier's training and the Chinese name recognizers are Simplified ("系统提示", "设定", "刘"),
and a text in Traditional ("系統提示", "設定", "劉") is the same text. A text with a character
that marks Traditional Chinese (a Traditional form Japanese writes otherwise, 會 for 会, 國 for
国, or one Japanese does not write, 們, 這) and no kana is read through OpenCC's map of
Traditional characters to Simplified ones (``data/zh_hant.json``, built by
``scripts/build_zh_hant.py``): Japanese shares many Traditional forms ("鈴木", "内線", "岡田"),
and a Japanese text, kana or not, keeps its own. Each character maps to one of the same UTF-8
length, so every offset in the text read is an offset in the text given."""

from __future__ import annotations

import functools
import itertools
import json
import re
from importlib.resources import files
from typing import Any

from kanmon.scan._injection_polite import _rewrite
from kanmon.scan._rx import UNANCHORED, compile_ci, found

_KANA = "\u3040-\u30ff"


@functools.cache
def _map() -> tuple[dict[int, int], Any, Any]:
    raw = json.loads(files("kanmon.scan").joinpath("data", "zh_hant.json").read_text("utf-8"))
    traditional, simplified = raw["traditional"], raw["simplified"]
    # One RE2 pass over the bytes finds the first kana or mark of Traditional Chinese: a kana
    # first ends it (Japanese); a mark first leaves the rest to be searched for kana.
    first = compile_ci(f"([{_KANA}])|[{raw['marks']}]")
    return str.maketrans(traditional, simplified), first, compile_ci(f"[{_KANA}]")


def simplified(text: str, data: bytes) -> str | None:
    """``text`` with its Traditional characters as Simplified ones, or None when nothing marks
    it as Traditional Chinese (or it is Japanese). ``data``: its UTF-8 bytes."""
    if data.isascii():
        return None
    table, first, kana = _map()
    n = len(data)
    # (the compiled matchers called directly: ``_rx``)
    (_, end), (kana_at, _) = first._regexp.Match(UNANCHORED, data, 0, n)
    if end < 0 or kana_at >= 0 or found(kana, data, end, n):
        return None
    return text.translate(table)


@functools.cache
def _variants() -> dict[str, str]:
    """Each Simplified character the map reaches, with the Traditional ones that reach it."""
    table, *_ = _map()
    out: dict[str, str] = {}
    for traditional, simple in sorted(table.items()):
        out[chr(simple)] = out.get(chr(simple), chr(simple)) + chr(traditional)
    return out


def traditional_forms(words: str) -> str:
    """The Traditional forms of the Chinese words in ``words`` (literal words joined by ``|``)
    where they differ from the Simplified ones (``系统`` → ``系統|係統|…``), joined by ``|``:
    lexical-only trigger phrases, so that a Traditional text is found where a Simplified one is
    and then read as Simplified (``simplified``), while the trigger words, which cut the
    classifier's regions in training and in scanning alike, stay as they are."""
    variants = _variants()
    out: list[str] = []
    for word in words.split("|"):
        forms = ["".join(p) for p in itertools.product(*(variants.get(c, c) for c in word))]
        out.extend(f for f in forms[1:] if f not in out)
    return "|".join(out)


_HAN = re.compile("[\u3400-\u9fff]+")


def hant_variants(pattern: str) -> str:
    """``pattern`` with each Simplified character of its literal words matching its Traditional
    forms too (``启动时`` → ``[启啓][动動][时時]``): the lexical-only trigger phrases, which find
    Chinese a trigger word does not."""
    variants = _variants()

    def each(word: str, _next: str) -> tuple[str, int]:
        return "".join(f"[{variants[c]}]" if c in variants else c for c in word), 0

    return _rewrite(pattern, _HAN, each)
