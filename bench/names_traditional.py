"""Person names in Traditional Chinese: every Chinese line of the scanner corpora
(``bench/data/scan_corpus*.jsonl``, every split) rewritten to Traditional by OpenCC (``s2t``;
lines whose length changes are left out, so the labels' offsets hold) and scanned with
``pii,secrets,names``; PERSON precision, recall and F1 by overlap, as ``scan_bench.py`` counts.

    pip install opencc                                   # the rewriting; not a dependency
    .venv/bin/python bench/names_traditional.py          # Traditional
    .venv/bin/python bench/names_traditional.py --as-written    # the same lines in Simplified
    PYTHONPATH=<tree>/src .venv/bin/python bench/names_traditional.py   # another build
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kanmon.scan import ScanSet

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--as-written", action="store_true", help="score the Simplified lines")
    args = ap.parse_args()
    if args.as_written:
        convert = str
    else:
        import opencc

        convert = opencc.OpenCC("s2t").convert
    scanner = ScanSet.from_names(["pii", "secrets", "names"])
    tp = fp = fn = lines = 0
    for path in sorted(DATA.glob("scan_corpus*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            text = convert(row["text"])
            if row.get("lang") != "zh" or len(text) != len(row["text"]):
                continue
            lines += 1
            gold = [(e["start"], e["end"]) for e in row["entities"] if e["type"] == "PERSON"]
            found = [(f.start, f.end) for f in scanner.scan(text) if f.entity == "PERSON"]

            def meets(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
                return any(span[0] < b and a < span[1] for a, b in spans)

            tp += sum(meets(g, found) for g in gold)
            fn += sum(not meets(g, found) for g in gold)
            fp += sum(not meets(f, gold) for f in found)
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    counts = f"tp {tp}, fp {fp}, fn {fn}"
    print(f"{lines} Chinese lines: PERSON P {p:.3f} R {r:.3f} F1 {f1:.3f} ({counts})")


if __name__ == "__main__":
    main()
