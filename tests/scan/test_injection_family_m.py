"""Family M (bench/data/injection/family_m.jsonl): the file is what its generator writes, and no
frame or object of the test split occurs in a train or dev line."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "injection"
FAMILY_M = DATA / "family_m.jsonl"


def _rows() -> list[dict[str, Any]]:
    with FAMILY_M.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _generator() -> Any:
    sys.path.insert(0, str(DATA))
    import make_family_m

    return make_family_m


def test_the_file_is_what_the_generator_writes() -> None:
    mk = _generator()
    b = mk.Builder(20261204)
    b.build()
    assert b.rows == _rows()


def test_lines_have_the_corpus_format() -> None:
    rows = _rows()
    assert {r["lang"] for r in rows} == {"en", "de", "ja", "ko", "ru", "zh", "mixed"}
    for r in rows:
        assert r["category"] == ("exfiltration" if r["label"] else "benign")
        assert r["source"] in {"user", "tool", "document"}
        assert "{obj}" not in r["text"] and "{to}" not in r["text"]
    labels = {(r["split"], r["label"]) for r in rows}
    assert labels == {(s, y) for s in ("train", "dev", "test") for y in (0, 1)}


def test_no_test_frame_or_object_occurs_in_train_or_dev_text() -> None:
    mk = _generator()
    where: dict[str, set[str]] = defaultdict(set)
    for r in _rows():
        where[r["origin"]].add(r["split"])
    assert all(len(s) == 1 for s in where.values())
    seen = [r["text"] for r in _rows() if r["split"] != "test"]
    for lang, parts in mk.PARTS.items():
        for key in ("office", "secret"):
            for obj in mk.part(parts[key], "test"):
                assert not any(obj in t for t in seen), (lang, obj)
        for frame in mk.part(parts["frame"], "test"):
            head = frame.split("{")[0].strip()
            if len(head) >= 8:
                assert not any(head in t for t in seen), (lang, head)
