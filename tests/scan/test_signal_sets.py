"""The lexical layer's signals are dealt into several RE2 sets (``SIGNAL_SETS``): together they
must say exactly which signals occur in a region, as each signal's own pattern does."""

from __future__ import annotations

import json
from pathlib import Path

from kanmon.scan._injection_lexicon import SIGNALS
from kanmon.scan._injection_regions import SIGNAL_SETS, _patterns, signal_parts

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "bench" / "data" / "injection" / "corpus.jsonl"


def test_parts_hold_every_signal_once() -> None:
    for n, k in ((229, 4), (10, 3), (3, 5), (1, 1)):
        parts = signal_parts(n, k)
        assert len(parts) == min(n, k)
        assert sorted(i for part in parts for i in part) == list(range(n))


def test_the_shipped_sets_cover_every_signal() -> None:
    sets = _patterns().signal_sets
    assert len(sets) == min(SIGNAL_SETS, len(SIGNALS)) > 1
    assert sorted(i for _, ids in sets for i in ids) == list(range(len(SIGNALS)))


def _present(data: bytes) -> set[int]:
    found: set[int] = set()
    for match, ids in _patterns().signal_sets:
        found.update(ids[j] for j in match(data))
    return found


def test_the_sets_find_what_each_pattern_finds() -> None:
    p = _patterns()
    with CORPUS.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    texts = [r["text"].encode("utf-8", "surrogatepass") for r in rows if r["split"] == "dev"]
    seen = 0
    fired: set[int] = set()
    for data in texts:
        expected = {i for i, rx in enumerate(p.signals) if rx.search(data)}
        assert _present(data) == expected, data[:120]
        seen += bool(expected)
        fired |= expected
    # the dev split's attacks fire signals of every set, so each set's indexes were checked
    assert all(fired & set(ids) for _, ids in p.signal_sets)
    assert seen > 100
