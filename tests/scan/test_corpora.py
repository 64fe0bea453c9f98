"""The benchmark corpora are what bench/data/README.md says: spans inside their text, known
entity types, and a test split whose templates never occur in the dev split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kanmon.scan import PII_ENTITIES, SECRET_ENTITIES

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
CORPORA = (
    "scan_corpus.jsonl",
    "scan_corpus_faker_dev.jsonl",
    "scan_corpus_faker_test.jsonl",
    "scan_corpus_hand_dev.jsonl",
    "scan_corpus_hand_test.jsonl",
    "scan_corpus_hand_cjk_dev.jsonl",
    "scan_corpus_hand_cjk_test.jsonl",
    "scan_corpus_hand_zh_dev.jsonl",
    "scan_corpus_hand_zh_test.jsonl",
)


def rows(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.mark.parametrize("name", CORPORA)
def test_spans_lie_in_their_text_and_types_are_known(name: str) -> None:
    known = PII_ENTITIES | SECRET_ENTITIES | {"PERSON"}
    for row in rows(name):
        text = row["text"]
        assert isinstance(text, str) and row["lang"] in ("en", "de", "ja", "ko", "ru", "zh")
        for e in row["entities"]:
            assert e["type"] in known
            assert 0 <= e["start"] < e["end"] <= len(text)
            assert text[e["start"] : e["end"]].strip() == text[e["start"] : e["end"]]


def test_the_test_split_shares_no_template_with_dev() -> None:
    dev = {r["template"] for r in rows("scan_corpus_faker_dev.jsonl")}
    test = {r["template"] for r in rows("scan_corpus_faker_test.jsonl")}
    assert dev and test and not dev & test
    assert {r["split"] for r in rows("scan_corpus_faker_test.jsonl")} == {"test"}


def test_the_hand_written_splits_share_no_text_and_balance_their_languages() -> None:
    dev, test = rows("scan_corpus_hand_dev.jsonl"), rows("scan_corpus_hand_test.jsonl")
    assert not {r["text"] for r in dev} & {r["text"] for r in test}
    for split, name in ((dev, "dev"), (test, "test")):
        assert {r["split"] for r in split} == {name}
        langs = [r["lang"] for r in split]
        assert {lang: langs.count(lang) for lang in set(langs)} == dict.fromkeys(
            ("en", "de", "ja", "ko", "ru", "zh"), 25
        )


def test_the_cjk_test_batch_shares_no_text_with_the_dev_batches() -> None:
    test = rows("scan_corpus_hand_cjk_test.jsonl")
    dev = {r["text"] for n in ("cjk_dev", "zh_dev") for r in rows(f"scan_corpus_hand_{n}.jsonl")}
    assert {r["split"] for r in test} == {"test"}
    assert {r["lang"] for r in test} == {"zh", "ja", "ko"}
    assert not {r["text"] for r in test} & dev
