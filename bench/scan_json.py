"""Personal data in text serialised as JSON: every line of the scanner corpora's test splits
scanned as written and as the string of a JSON object (``json.dumps``, with and without
``ensure_ascii``: Python's default writes every letter past ASCII as a ``\\u`` escape), the
way a tool's result reaches the gateway. An entity counts as found when a finding of its type
spans exactly its value (in JSON, once the span is read as a JSON string).

    .venv/bin/python bench/scan_json.py                          # pii,secrets,names
    .venv/bin/python bench/scan_json.py --scanners pii,secrets
    PYTHONPATH=/work/wt/base/src .venv/bin/python bench/scan_json.py   # another build
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = (
    "scan_corpus_hand_test.jsonl",
    "scan_corpus_hand_cjk_test.jsonl",
    "scan_corpus_hand_zh_test.jsonl",
    "scan_corpus_faker_test.jsonl",
)
MODES = ("plain", "json", "json-ascii")


def _as_string(span: str) -> str:
    try:
        return str(json.loads(f'"{span}"'))
    except ValueError:
        return span


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scanners", default="pii,secrets,names")
    args = ap.parse_args()
    from kanmon.scan import ScanSet

    scanners = ScanSet.from_names(args.scanners.split(","))
    total: Counter[tuple[str, str]] = Counter()
    hit: Counter[tuple[str, str]] = Counter()
    extra: Counter[tuple[str, str]] = Counter()
    for name in CORPORA:
        for line in (HERE / "data" / name).open(encoding="utf-8"):
            row = json.loads(line)
            text = row["text"]
            expected = Counter((e["type"], text[e["start"] : e["end"]]) for e in row["entities"])
            for mode in MODES:
                if mode == "plain":
                    scanned, read = text, str
                else:
                    scanned = json.dumps({"note": text}, ensure_ascii=mode == "json-ascii")
                    read = _as_string
                got = Counter(
                    (f.entity, read(scanned[f.start : f.end])) for f in scanners.scan(scanned)
                )
                for key, n in expected.items():
                    total[(mode, key[0])] += n
                    hit[(mode, key[0])] += min(n, got.get(key, 0))
                for key, n in got.items():
                    extra[(mode, key[0])] += max(0, n - expected.get(key, 0))
    print(f"{'entity':16}" + "".join(f"{m:>26}" for m in MODES) + "   (found/labelled, extra)")
    for entity in sorted({e for _, e in total}):
        cells = ""
        for m in MODES:
            cell = f"{hit[(m, entity)]}/{total[(m, entity)]}, {extra[(m, entity)]}"
            cells += f"{cell:>26}"
        print(f"{entity:16}{cells}")
    for m in MODES:
        found = sum(v for (mm, _), v in hit.items() if mm == m)
        labelled = sum(v for (mm, _), v in total.items() if mm == m)
        print(f"{m}: recall {found / labelled:.3f} ({found}/{labelled})")


if __name__ == "__main__":
    main()
