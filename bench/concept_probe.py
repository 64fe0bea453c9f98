"""Probe, not shipped: does a linear model over *intent concepts* reach attacks the shipped
detector misses better than lowering its threshold does?

Each text is lowercased and matched against a lexicon of 30 concepts in six languages
(``bench/data/concepts/<lang>.py``: IGNORE, PRIOR, RULES, VOID, REVEAL, READER, QUIET …; the
German, Russian, Chinese, Japanese and Korean lists were written apart from every corpus and
grid). The features are the concepts present, the ordered pairs within ``--win2`` characters and
the ordered triples within ``--win3``, each also crossed with the source (user, or tool and
document), optionally scaled by ``1 / n_features ** --norm``. A logistic regression
(scikit-learn) trains on what the shipped classifier trains on (the train splits of A, E, F and
N, N at half weight; the phrasing grids' labelled texts at weight 2); a text is flagged when the
shipped score says so or the probe's probability reaches the threshold chosen on the dev splits
of A, E, F and N (at most ``--max-add`` benign dev texts added). Printed: attacks gained and
benign texts added on every corpus's test split and on the held-out grids, beside what lowering
the shipped threshold alone gains and adds.

Two steps, the second in a throwaway venv with scikit-learn (not a Kanmon dependency):

    .venv/bin/python bench/concept_probe.py scores --out /tmp/scores.json
    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn==1.9.1
    /tmp/skl/bin/python bench/concept_probe.py fit --scores /tmp/scores.json [--c 0.3] [--norm 0.5]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "injection"
sys.path.insert(0, str(ROOT / "bench"))

TRAIN_FILES = ("corpus.jsonl", "family_e.jsonl", "family_f.jsonl", "family_n.jsonl")
TEST_FILES = (*TRAIN_FILES, "second.jsonl", "third.jsonl", "family_g.jsonl", "family_h.jsonl",
              "family_m.jsonl", "discussions.jsonl")  # fmt: skip
THRESHOLD = 0.965
_LETTERS = "0-9a-zа-яёäöüß"


def rows() -> list[tuple[str, dict[str, Any]]]:
    """Every corpus row and every grid text, keyed ``file:split:id`` / ``grid:name:i``."""
    import phrasing_grid_registry as g

    out = []
    for name in TEST_FILES:
        for line in (DATA / name).open():
            r = json.loads(line)
            out.append((f"{name}:{r['split']}:{r['id']}", r))
    for grid in g.GRIDS:
        label = 0 if grid in g.BENIGN_GRIDS else 1
        for i, (text, source) in enumerate(g.texts(grid)):
            out.append((f"grid:{grid}:{i}", {"text": text, "source": source, "label": label}))
    return out


def _score(item: tuple[str, str, str]) -> tuple[str, float]:
    from kanmon.scan import injection_scanner

    key, text, source = item
    return key, injection_scanner().score(text, "", source).score


def scores(out: Path) -> None:
    from multiprocessing import Pool

    items = [(k, r["text"], r.get("source", "user")) for k, r in rows()]
    with Pool(2) as pool:
        found = dict(pool.map(_score, items, chunksize=50))
    out.write_text(json.dumps(found))
    print(f"{len(found)} texts scored → {out}")


def lexicon() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for path in sorted((ROOT / "bench" / "data" / "concepts").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"concepts_{path.stem}", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, dict):
                for concept, fragments in value.items():
                    merged.setdefault(concept, []).extend(fragments)
    return merged


def _compiled(fragments: list[str]) -> re.Pattern[str]:
    # Latin and Cyrillic words get boundaries against letters and digits only (a particle
    # glued to "ai" in Korean or Japanese still leaves "ai" a word); CJK fragments none
    parts = []
    for f in fragments:
        if re.match(rf"[{_LETTERS}]", f):
            right = "" if f.endswith((r"\w*", r"\S+")) else rf"(?![{_LETTERS}])"
            f = rf"(?<![{_LETTERS}]){f}{right}"
        parts.append(f"(?:{f})")
    return re.compile("|".join(parts))


class Features:
    def __init__(self, win2: int, win3: int, norm: float) -> None:
        self.rx = {c: _compiled(fs) for c, fs in lexicon().items()}
        self.win2, self.win3, self.norm = win2, win3, norm

    def __call__(self, text: str, source: str) -> dict[str, float]:
        t = text.lower()
        hits = sorted((m.start(), m.end(), c) for c, rx in self.rx.items() for m in rx.finditer(t))
        f: set[str] = set()
        for i, (_, b, c) in enumerate(hits):
            f.add("u:" + c)
            for j in range(i + 1, len(hits)):
                a2, _, c2 = hits[j]
                if a2 - b > self.win3:
                    break
                if c2 == c:
                    continue
                if a2 - b <= self.win2:
                    f.add(f"p:{c}>{c2}")
                for k in range(j + 1, len(hits)):
                    a3, _, c3 = hits[k]
                    if a3 - b > self.win3:
                        break
                    if c3 not in (c, c2):
                        f.add(f"t:{c}>{c2}>{c3}")
        v = 1.0 / len(f) ** self.norm if f and self.norm else 1.0
        where = "d|" if source in ("tool", "document") else "u|"
        return {**{k: v for k in f}, **{where + k: v for k in f}}


def fit(a: argparse.Namespace) -> None:
    import numpy as np
    import phrasing_grid_registry as g
    from sklearn.feature_extraction import FeatureHasher
    from sklearn.linear_model import LogisticRegression

    shipped: dict[str, float] = json.loads(a.scores.read_text())
    every = rows()
    train = [
        (k, r) for k, r in every if r.get("split") == "train" and k.split(":")[0] in TRAIN_FILES
    ]
    dev = [(k, r) for k, r in every if r.get("split") == "dev" and k.split(":")[0] in TRAIN_FILES]
    train += [(None, {"text": t, "source": s, "label": y}) for _, t, s, y in g.labelled()]
    held = collections.defaultdict(list)
    tests = collections.defaultdict(list)
    for k, r in every:
        if k.startswith("grid:") and k.split(":")[1] in g.HELD_OUT:
            held[k.split(":")[1]].append((k, r))
        elif r.get("split") == "test":
            tests[k.split(":")[0]].append((k, r))
    feats = Features(a.win2, a.win3, a.norm)
    hasher = FeatureHasher(n_features=1 << 18, alternate_sign=False)

    def x(items: list[tuple[Any, dict[str, Any]]]) -> Any:
        return hasher.transform(feats(r["text"], r.get("source", "user")) for _, r in items)

    weight = [0.5 if k and "family_n" in k else 2.0 if k is None else 1.0 for k, _ in train]
    model = LogisticRegression(C=a.c, max_iter=3000)
    model.fit(x(train), np.array([r["label"] for _, r in train]), sample_weight=np.array(weight))
    p_dev = model.predict_proba(x(dev))[:, 1]
    y_dev = np.array([r["label"] for _, r in dev])
    missed_dev = np.array([shipped[k] < THRESHOLD for k, _ in dev])
    thr = 1.0
    for t in sorted(set(np.round(p_dev, 4)), reverse=True):
        if ((p_dev >= t) & missed_dev & (y_dev == 0)).sum() > a.max_add:
            break
        thr = t
    print(f"probe threshold {thr:.4f} (dev: at most {a.max_add} benign added)")
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    for group, sets in (("test splits", tests), ("held-out grids", held)):
        for name, items in sets.items():
            p = model.predict_proba(x(items))[:, 1]
            for (k, r), pk in zip(items, p, strict=True):
                if shipped[k] < THRESHOLD and pk >= thr:
                    totals[(group, name)][r["label"] == 0] += 1
                    totals[(group, "all")][r["label"] == 0] += 1
    for (group, name), (gained, added) in sorted(totals.items()):
        print(f"  {group:15s} {name:28s} attacks gained {gained:4d}, benign added {added:4d}")
    print("the shipped threshold lowered instead:")
    for lower in (0.95, 0.93, 0.9):
        for group, sets in (("test splits", tests), ("held-out grids", held)):
            gained = added = 0
            for items in sets.values():
                for k, r in items:
                    if lower <= shipped[k] < THRESHOLD:
                        gained += r["label"] == 1
                        added += r["label"] == 0
            print(f"  {lower}  {group:15s} attacks gained {gained:4d}, benign added {added:4d}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scores")
    s.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("--scores", type=Path, required=True)
    f.add_argument("--c", type=float, default=0.3)
    f.add_argument("--norm", type=float, default=0.0)
    f.add_argument("--win2", type=int, default=60)
    f.add_argument("--win3", type=int, default=120)
    f.add_argument("--max-add", type=int, default=1)
    a = ap.parse_args()
    if a.cmd == "scores":
        scores(a.out)
    else:
        fit(a)


if __name__ == "__main__":
    main()
