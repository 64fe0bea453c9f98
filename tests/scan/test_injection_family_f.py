"""Family F (bench/data/injection/family_f.jsonl): the shipped model was trained on this file,
no frame, sentence or fill crosses its splits, and the window pass finds its attacks that
carry no trigger word at all."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from kanmon.scan import InjectionScanner, NgramModel
from kanmon.scan._injection import LAYERS
from kanmon.scan._injection_regions import _hits  # the trigger pass alone

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "injection"
FAMILY_F = DATA / "family_f.jsonl"


def _rows() -> list[dict[str, Any]]:
    with FAMILY_F.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_the_shipped_model_was_trained_on_this_file() -> None:
    meta = NgramModel.load().meta
    assert meta["family_f_sha256"] == hashlib.sha256(FAMILY_F.read_bytes()).hexdigest()
    assert "window" in meta["calibration"]


def test_no_template_or_text_crosses_splits() -> None:
    where: dict[str, set[str]] = defaultdict(set)
    texts: dict[str, set[str]] = defaultdict(set)
    for r in _rows():
        assert str(r["origin"]).startswith("generated:gen_f:")
        where[r["origin"]].add(r["split"])
        texts[r["text"]].add(r["split"])
    assert all(len(s) == 1 for s in where.values())
    assert all(len(s) == 1 for s in texts.values())
    assert {s for splits in where.values() for s in splits} == {"train", "dev", "test"}


def test_no_part_sentence_of_one_split_occurs_in_another() -> None:
    sys.path.insert(0, str(DATA))
    import make_family_f as mk

    for lang, parts in mk.PARTS.items():
        for key, items in parts.items():
            for split in ("dev", "test"):
                others = [x for x in mk.part(items, "train") if x not in mk.part(items, split)]
                assert not set(others) & set(mk.part(items, split)), (lang, key)


def test_the_window_pass_scores_dev_attacks_without_trigger_words_above_dev_negatives() -> None:
    scanner = InjectionScanner(layers=frozenset(LAYERS))
    pos: list[float] = []
    neg: list[float] = []
    for r in _rows():
        if r["split"] != "dev" or any(not h[3] for h in _hits(r["text"].encode())):
            continue
        (pos if r["label"] else neg).append(scanner.score(r["text"], "", r["source"]).score)
    assert len(pos) >= 30 and len(neg) >= 30
    assert sorted(pos)[len(pos) // 2] > sorted(neg)[len(neg) // 2]
    assert sum(s >= scanner.threshold for s in neg) == 0  # the cut was chosen on dev
    assert sum(s >= scanner.threshold for s in pos) >= 1
