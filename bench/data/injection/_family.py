"""What every generated family (E, F, G, M, N) shares: the split a part list's item falls in by
its position, and how a family's rows are written."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any


def split_of(i: int) -> str:
    """Items 0–2 of every five train, 3 dev, 4 test."""
    return ("train", "train", "train", "dev", "test")[i % 5]


def part(items: list[str], split: str) -> list[str]:
    """The items of one split (position decides); the first item when the split has none."""
    return [x for i, x in enumerate(items) if split_of(i) == split] or items[:1]


def write(rows: list[dict[str, Any]], out: Path) -> None:
    """One JSON line per row, then the counts by split and label."""
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items -> {out}")
    print(sorted(Counter((row["split"], row["label"]) for row in rows).items()))
