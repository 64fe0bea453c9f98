"""Family N (bench/data/injection/family_n.jsonl): the file is what its generator writes, every
line is benign agent data in the corpus format, and no test sentence occurs in a train or dev
line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "bench" / "data" / "injection"
FAMILY_N = DATA / "family_n.jsonl"


def _rows() -> list[dict[str, Any]]:
    with FAMILY_N.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _module(name: str) -> Any:
    sys.path.insert(0, str(DATA))
    return __import__(name)


def test_the_file_is_what_the_generator_writes() -> None:
    b = _module("make_family_n").Builder(20261204)
    b.build()
    assert b.rows == _rows()


def test_lines_are_benign_agent_data_in_the_corpus_format() -> None:
    rows = _rows()
    assert {r["lang"] for r in rows} == {"en", "de", "ja", "ko", "ru", "zh"}
    assert {r["split"] for r in rows} == {"train", "dev", "test"}
    for r in rows:
        assert r["label"] == 0 and r["category"] == "benign"
        assert r["source"] in ("tool", "document")
        assert r["origin"].startswith("generated:gen_n:")


def test_no_test_sentence_is_in_a_train_or_dev_line() -> None:
    mk = _module("make_family_n")
    parts = _module("gen_n_parts").PARTS
    rows = _rows()
    for lang, p in parts.items():
        held = [x for i, x in enumerate(p["sentence"]) if mk.split_of(i) == "test"]
        assert held
        for r in rows:
            if r["lang"] == lang and r["split"] != "test":
                assert not any(x in r["text"] for x in held), (x for x in held)
