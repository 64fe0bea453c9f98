"""Family G (bench/data/injection/family_g.jsonl): the file is what its generator writes, and
no template, text or part sentence of one split occurs in another."""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "injection"
FAMILY_G = DATA / "family_g.jsonl"
CATEGORIES = {"persona", "override", "extraction", "tool_hijack", "benign", "benign_discussion"}


def _rows() -> list[dict[str, Any]]:
    with FAMILY_G.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _generator() -> Any:
    sys.path.insert(0, str(DATA))
    import make_family_g

    return make_family_g


def test_the_file_is_what_the_generator_writes() -> None:
    mk = _generator()
    b = mk.Builder(20261203)
    b.attacks()
    b.negatives()
    assert b.rows == _rows()


def test_lines_have_the_corpus_format() -> None:
    rows = _rows()
    assert {r["lang"] for r in rows} == {"en", "de", "ja", "ko", "ru", "zh", "mixed"}
    assert {r["category"] for r in rows} == CATEGORIES
    for r in rows:
        assert r["label"] == (0 if r["category"].startswith("benign") else 1)
        assert r["source"] in {"user", "tool", "document"}
        assert "{" + "goal}" not in r["text"] and "{" + "name}" not in r["text"]


def test_no_template_or_text_crosses_splits() -> None:
    where: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, set[str]] = defaultdict(set)
    for r in _rows():
        assert str(r["origin"]).startswith("generated:gen_g:")
        where[r["origin"]].add(r["split"])
        texts[r["text"]].add(r["split"])
    assert all(len(s) == 1 for s in where.values())
    assert all(len(s) == 1 for s in texts.values())


def test_no_test_part_sentence_occurs_in_train_or_dev_text() -> None:
    """Each test-split part's longest fixed piece (the text between its slots) is absent from
    every train and dev line: the test split holds sentences training never saw."""
    mk = _generator()
    seen = "\n".join(r["text"] for r in _rows() if r["split"] != "test")
    checked = 0
    for lang, parts in mk.PARTS.items():
        for key, items in parts.items():
            if key in mk.SHARED:
                continue
            for item in mk.part(items, "test"):
                piece = max(re.split(r"\{\w+\}", item), key=len).strip(" .:,")
                if len(piece) >= 8:
                    assert piece not in seen, (lang, key, piece)
                    checked += 1
    assert checked >= 100  # one or two test parts per list, six languages
