"""The injection detector's tables in docs/scanning.md ("Numbers"), from the code as it is: each
corpus file's test split scored by ``bench/injection_bench.py``'s ``evaluate`` (the calibrated
threshold), printed as Markdown: P/R/F1 and false positives per split, F1 per language, F1 per
category, and F1 per layer set (each set against the same threshold).

    .venv/bin/python bench/injection_tables.py            # about fifteen seconds

Family H's test lines are also scored in its two groups of batches (``origin`` ``h3``–``h9``,
written apart from the signals; ``h11``–``h21``, each just before the signals of its round).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from injection_bench import evaluate, load

from kanmon.scan import InjectionScanner

DATA = Path(__file__).parent / "data" / "injection"
#: (label in the tables, corpus file) of every split with attacks in it.
SPLITS = [
    ("B", "corpus"),
    ("C", "second"),
    ("D", "third"),
    ("E", "family_e"),
    ("F", "family_f"),
    ("G", "family_g"),
    ("H, every batch", "family_h"),
    ("M", "family_m"),
]
APART = {"h3", "h5", "h7", "h9"}
LANGS = ["de", "en", "ja", "ko", "ru", "zh", "mixed"]
CATEGORIES = ["override", "persona", "extraction", "tool_hijack", "exfiltration", "obfuscation"]
LAYER_SETS = [
    ("lexical", "lexical"),
    ("lexical, decode", "lexical,decode"),
    ("classifier", "classifier"),
    ("default", "lexical,decode,classifier"),
    ("default + window", "lexical,decode,classifier,window"),
]


def _batch(row: dict[str, Any]) -> str:
    return str(row.get("origin", "")).rsplit(":", 1)[-1]


def _sets() -> list[tuple[str, list[dict[str, Any]]]]:
    out = []
    for label, name in SPLITS:
        rows = load(DATA / f"{name}.jsonl", "test")
        out.append((label, rows))
        if name == "family_h":
            out.append(("— `h3`–`h9`", [r for r in rows if _batch(r) in APART]))
            out.append(("— `h11`–`h21`", [r for r in rows if _batch(r) not in APART]))
    return out


def _fp(res: dict[str, Any], kind: str) -> str:
    got = res["false_positive_rate"].get(kind)
    if got is None:
        return "—"
    fp, n = got["fp"], got["n"]
    return f"{fp}/{n}" + (f" ({fp / n:.1%})" if fp else "")


def _f1(group: dict[str, Any], key: str) -> str:
    got = group.get(key)
    return "—" if got is None or got["tp"] + got["fn"] == 0 else f"{got['f1']:.3f}"


def main() -> None:
    sets = _sets()
    k2 = load(DATA / "discussions.jsonl", "test")
    scanners = {spec: InjectionScanner(layers=frozenset(spec.split(","))) for _, spec in LAYER_SETS}
    default = "lexical,decode,classifier"
    thr = scanners[default].threshold
    results = {
        spec: {label: evaluate(rows, sc, thr) for label, rows in sets}
        for spec, sc in scanners.items()
    }
    discussions = {spec: evaluate(k2, sc, thr) for spec, sc in scanners.items()}
    res = results[default]

    print(f"threshold {thr}\n")
    print("| test split | P | R | F1 | FP on discussions | FP on other benign |")
    print("|---|---:|---:|---:|---:|---:|")
    for label, _ in sets:
        a = res[label]["all"]["all"]
        print(
            f"| {label} | {a['precision']:.3f} | {a['recall']:.3f} | **{a['f1']:.3f}** | "
            f"{_fp(res[label], 'benign_discussion')} | {_fp(res[label], 'benign')} |"
        )
    print(f"| k2 | — | — | — | {_fp(discussions[default], 'benign_discussion')} | — |")

    print("\n| test split | " + " | ".join(LANGS) + " |")
    print("|---|" + "---:|" * len(LANGS))
    for label, _ in sets:
        row = " | ".join(_f1(res[label]["lang"], lang) for lang in LANGS)
        print(f"| {label} | {row} |")

    print("\n| test split | " + " | ".join(c.replace("_", " ") for c in CATEGORIES) + " |")
    print("|---|" + "---:|" * len(CATEGORIES))
    for label, _ in sets:
        row = " | ".join(_f1(res[label].get("category", {}), c) for c in CATEGORIES)
        print(f"| {label} | {row} |")

    print("\n| test split | " + " | ".join(name for name, _ in LAYER_SETS) + " |")
    print("|---|" + "---|" * len(LAYER_SETS))
    for label, _ in sets:
        cells = []
        for _, spec in LAYER_SETS:
            r = results[spec][label]
            fp = r["false_positive_rate"]
            disc = fp.get("benign_discussion", {}).get("fp", "—")
            other = fp.get("benign", {}).get("fp", "—")
            cells.append(f"{r['all']['all']['f1']:.3f} ({disc}/{other})")
        print(f"| {label} | " + " | ".join(cells) + " |")
    cells = [
        f"{discussions[spec]['false_positive_rate']['benign_discussion']['fp']}/{len(k2)}"
        for _, spec in LAYER_SETS
    ]
    print("| k2 (discussions flagged) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
