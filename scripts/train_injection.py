"""Train the injection classifier and calibrate the combined score; write the shipped model.

    .venv/bin/python scripts/train_injection.py          # rewrites the shipped model
    .venv/bin/python scripts/train_injection.py --check  # retrain, compare with the shipped one

The shipped model is ``src/kanmon/scan/data/injection_model.npz``.

Reads ``bench/data/injection/corpus.jsonl`` (family A's train and dev, family B's test) and
``family_e.jsonl``, ``family_f.jsonl``, ``family_g.jsonl`` (families E, F, G, each with its own
train/dev/test; see the README there): the ``train`` splits train the n-gram weights, the
``dev`` splits fit the stacked combination of the layers and pick the threshold. No ``test``
split is read here, nor the held-out corpora C (``second.jsonl``) and D (``third.jsonl``).

Deterministic by construction: items in file order, full-batch gradient descent (no sampling,
no shuffling), numpy only, weights quantised to int8. ``--check`` compares the content digest
(weights and metadata) of a fresh run with the shipped file; a test runs it too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

from kanmon.scan._injection import LAYERS, InjectionScanner
from kanmon.scan._injection_lexicon import STACK_CATEGORIES
from kanmon.scan._injection_model import (
    BITS,
    NgramModel,
    ngram_indices,
    window_bounds,
    word_indices,
)
from kanmon.scan._injection_score import Calibration, stack_input

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "data" / "injection" / "corpus.jsonl"
FAMILY_E = ROOT / "bench" / "data" / "injection" / "family_e.jsonl"
FAMILY_F = ROOT / "bench" / "data" / "injection" / "family_f.jsonl"
FAMILY_G = ROOT / "bench" / "data" / "injection" / "family_g.jsonl"
OUT = ROOT / "src" / "kanmon" / "scan" / "data" / "injection_model.npz"

ITERATIONS = 300
#: The most the discussion context may lower a layer's logit (see ``fit_stack``).
MIN_DISCUSSION_WEIGHT = -3.0
LEARNING_RATE = 0.05
L2 = 2e-4
#: More L2 for features present in many segments, in proportion to their share of segments:
#: Adam moves every weight at the same pace, so an n-gram in nearly every text of a language
#: (the CJK full stop, a two-letter Cyrillic pair) took a large weight from a small, steady
#: imbalance and acted as a language prior (docs/scanning.md, round 4). 0.01 chosen on dev
#: (pooled dev F1: 0 → 0.793, 0.01 → 0.806, 0.02 → 0.801, 0.05 → 0.791).
L2_DF = 0.01
#: Words and word pairs beside the byte n-grams (``word_indices``): off. With the round-4
#: lexicon and the stacked score they did not help on dev (pooled dev F1 0.800 with them, 0.808
#: without) and cost about a third of the injection scanner's throughput (docs/scanning.md,
#: round 4); the model file records the choice.
WORDS = False
#: The most false positives allowed on dev texts that discuss injection (the target is 3%),
#: and on the other benign texts.
MAX_DISCUSSION_FP = 0.02
#: How far below the chosen threshold (score) and cut (window logit) the limit must still hold.
SCORE_BAND = 0.03
#: The n-gram orders the window layer sums, a subset of the model's (``window_logit``): on dev,
#: 4-grams alone lose one attack of 179 on F against all three orders, at a third of the cost.
WINDOW_ORDERS = (4,)
WINDOW_BAND = 0.25


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def examples(rows: list[dict[str, Any]], cutter: InjectionScanner) -> tuple[list[bytes], list[int]]:
    """Training segments: the regions the scanner would classify, of each text and of what
    the decoding layer finds in it, each labelled with its item's label."""
    segs: list[bytes] = []
    labels: list[int] = []
    for row in rows:
        texts = [row["text"], *cutter.decoded(row["text"])]
        for t in texts:
            for seg in cutter.segments(t) or windows(t):
                segs.append(seg)
                labels.append(int(row["label"]))
    return segs, labels


def windows(text: str) -> list[bytes]:
    """The windows the classifier scores in a text without trigger hits."""
    data = text.encode("utf-8", "surrogatepass")
    return [data[a:b] for a, b in window_bounds(len(data))] if data else []


def features(seg: bytes) -> np.ndarray:
    """Table indices of a segment's features: byte n-grams, then words and word pairs."""
    grams = ngram_indices(seg)
    return np.concatenate((grams, word_indices(seg)[0])) if WORDS else grams


def train_weights(segs: list[bytes], labels: list[int]) -> tuple[np.ndarray, float]:
    """Logistic regression on hashed feature counts / sqrt(length), full-batch Adam."""
    parts = [features(s) for s in segs]
    idx = np.concatenate(parts)
    lens = np.array([len(s) for s in segs], np.int64)
    per = np.array([len(p) for p in parts], np.int64)
    starts = np.concatenate(([0], np.cumsum(per)[:-1]))
    val = np.repeat(1.0 / np.sqrt(np.maximum(lens, 1)), per)
    dim = 1 << BITS
    df = np.bincount(np.concatenate([np.unique(p) for p in parts]), minlength=dim) / len(segs)
    reg = L2 + L2_DF * df
    y = np.array(labels, np.float64)
    pos = y.sum()
    cw = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * (len(y) - pos)))
    w = np.zeros(dim)
    b = 0.0
    m = np.zeros(dim)
    v = np.zeros(dim)
    mb = vb = 0.0
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, ITERATIONS + 1):
        z = np.add.reduceat(w.take(idx) * val, starts) + b
        p = 1.0 / (1.0 + np.exp(-z))
        g = (p - y) * cw / len(y)
        gw = np.bincount(idx, weights=np.repeat(g, per) * val, minlength=dim) + reg * w
        gb = float(g.sum())
        m = b1 * m + (1 - b1) * gw
        v = b2 * v + (1 - b2) * gw * gw
        mb = b1 * mb + (1 - b1) * gb
        vb = b2 * vb + (1 - b2) * gb * gb
        lr = LEARNING_RATE * np.sqrt(1 - b2**t) / (1 - b1**t)
        w -= lr * m / (np.sqrt(v) + eps)
        b -= lr * mb / (np.sqrt(vb) + eps)
    return w, b


def quantise(w: np.ndarray) -> tuple[np.ndarray, float]:
    scale = float(np.abs(w).max()) / 127.0
    scale = float(f"{scale:.6g}")
    return np.clip(np.rint(w / scale), -127, 127).astype(np.int8), scale


#: The stacked logistic's inputs: each layer's raw output (0 when it says nothing), whether
#: the window pass spoke (it speaks alone, on text without trigger hits), the discussion flag.
STACK_INPUTS = (
    *(f"lexical.{c}" for c in STACK_CATEGORIES), "decode", "classifier", "window", "window_on",
    "discussion",
)  # fmt: skip
#: The inputs that are evidence of an attack, whose weights may not be negative.
EVIDENCE = STACK_INPUTS[:-2]


def fit_stack(feats: list[dict[str, float]], y: np.ndarray, clip: float) -> dict[str, float]:
    """``sigmoid(bias + Σ w · input)`` fitted to dev labels by Newton's method (lightly
    regularised), on the texts where some layer said something (the others score 0). A layer
    whose weight comes out negative is left out and the rest refitted: more evidence of an
    attack must never lower the score. Talk about attacks may lower the logit by at most
    ``-MIN_DISCUSSION_WEIGHT``, so one phrase in a payload ("this is not a prompt injection")
    is no way around the detector."""
    rows = []
    for f in feats:
        x = {k: min(f.get(k, 0.0), clip) if f.get(k, 0.0) > -clip else 0.0 for k in STACK_INPUTS}
        x["window_on"] = 1.0 if f["window"] > -clip else 0.0
        x["discussion"] = f["discussion"]
        rows.append([stack_input(k, x[k]) for k in STACK_INPUTS])
    xs = np.array(rows)
    keep = np.abs(xs[:, : len(EVIDENCE)]).sum(axis=1) > 0
    xs, y = xs[keep], y[keep]
    use = list(range(len(STACK_INPUTS)))
    while True:
        a = np.column_stack([xs[:, use], np.ones(len(xs))])
        beta = np.zeros(a.shape[1])
        for _ in range(100):
            p = 1.0 / (1.0 + np.exp(-a @ beta))
            grad = a.T @ (p - y) + 0.1 * beta
            hess = (a.T * (p * (1 - p))) @ a + 0.1 * np.eye(a.shape[1])
            beta -= np.linalg.solve(hess, grad)
        weights = dict(zip([STACK_INPUTS[i] for i in use], beta[:-1].tolist(), strict=True))
        bad = [STACK_INPUTS.index(k) for k in EVIDENCE if weights.get(k, 0.0) < 0]
        if not bad:
            break
        use = [i for i in use if i not in bad]
    out = {k: float(f"{weights.get(k, 0.0):.4f}") for k in STACK_INPUTS}
    out["discussion"] = max(out["discussion"], MIN_DISCUSSION_WEIGHT)
    out["bias"] = float(f"{beta[-1]:.4f}")
    return out


def choose_threshold(
    scores: np.ndarray, window: np.ndarray, rows: list[dict[str, Any]]
) -> tuple[float, float]:
    """The operating point, chosen on dev: a threshold on the combined score of texts with a
    trigger hit, and a cut on the classifier's window logit of texts without one (their only
    evidence). Both are chosen together: the best F1 with at most ``MAX_DISCUSSION_FP`` false
    positives on dev discussions and on other benign texts; when no pair meets it, the fewest
    false positives, then the best F1. One threshold for all layers let the region
    classifier's false positives decide where the window logit, on other texts, must stand."""
    y = np.array([r["label"] for r in rows])
    disc = np.array([r["category"] == "benign_discussion" for r in rows])
    benign = (y == 0) & ~disc
    n_disc, n_benign = max(int(disc.sum()), 1), max(int(benign.sum()), 1)
    options = []
    cuts = [*np.round(np.arange(0.0, 8.0, 0.05), 2).tolist(), float("inf")]
    for thr in np.round(np.arange(0.05, 0.995, 0.005), 3).tolist():
        hit = scores >= thr
        near = scores >= thr - SCORE_BAND
        for cut in cuts:
            pred = hit | (window >= cut)
            # the limit holds in a band below the operating point too, so that texts a little
            # unlike dev's do not cross it
            wide = near | (window >= cut - WINDOW_BAND)
            fp_rate = max((wide & disc).sum() / n_disc, (wide & benign).sum() / n_benign)
            tp = int((pred & (y == 1)).sum())
            wrong = int((pred != (y == 1)).sum())
            f1 = 2 * tp / (2 * tp + wrong) if tp else 0.0
            # within the false-positive limit first; then the best F1
            options.append((max(fp_rate, MAX_DISCUSSION_FP), -f1, thr, cut))
    best = min(options)
    return best[2], best[3]


def train(
    corpus: Path = CORPUS,
    family_e: Path = FAMILY_E,
    family_f: Path = FAMILY_F,
    family_g: Path = FAMILY_G,
) -> NgramModel:
    rows = load(corpus) + load(family_e) + load(family_f) + load(family_g)
    tr = [r for r in rows if r["split"] == "train"]
    dev = [r for r in rows if r["split"] == "dev"]
    empty = NgramModel(np.zeros(1 << BITS, np.int8), 0.0, 0.0)
    segs, labels = examples(tr, InjectionScanner(empty))
    w, b = train_weights(segs, labels)
    q, scale = quantise(w)
    model = NgramModel(q, scale, float(f"{b:.6g}"), words=WORDS,
                       meta={"window_orders": list(WINDOW_ORDERS)})  # fmt: skip
    scanner = InjectionScanner(model, layers=frozenset(LAYERS), calibration=Calibration())
    clip = Calibration().clip
    y = np.array([r["label"] for r in dev], np.float64)
    feats = [scanner.features(r["text"])[0] for r in dev]
    stack = fit_stack(feats, y, clip)
    cal = Calibration(clip=clip, stack=tuple(sorted(stack.items())))
    final = InjectionScanner(model, layers=frozenset(LAYERS), calibration=cal)
    scores = np.array([final.combine({**f, "window": -clip})[0] for f in feats])
    # The window logit as it counts: lowered in a discussion by the fitted amount.
    wa, wd = stack["window"], stack["discussion"]
    window = np.array([
        min(f["window"], clip) + (wd * f["discussion"] / wa if wa else 0.0) for f in feats
    ])  # fmt: skip
    thr, cut = choose_threshold(scores, window, dev)
    # Place the window's offset so that its score reaches the threshold at the cut.
    on = -50.0 if cut == float("inf") or not wa else (
        math.log(thr / (1 - thr)) - stack["bias"] - wa * cut
    )  # fmt: skip
    stack["window_on"] = float(f"{on:.4f}")
    meta = {
        "calibration": {"stack": stack, "clip": clip, "threshold": thr},
        "corpus_sha256": hashlib.sha256(corpus.read_bytes()).hexdigest(),
        "family_e_sha256": hashlib.sha256(family_e.read_bytes()).hexdigest(),
        "family_f_sha256": hashlib.sha256(family_f.read_bytes()).hexdigest(),
        "family_g_sha256": hashlib.sha256(family_g.read_bytes()).hexdigest(),
        "train_items": len(tr), "train_segments": len(segs), "dev_items": len(dev),
        "trainer": "scripts/train_injection.py", "iterations": ITERATIONS,
        "window_orders": list(WINDOW_ORDERS),
    }  # fmt: skip
    return NgramModel(q, scale, model.bias, words=WORDS, meta=meta)


def digest(model: NgramModel) -> str:
    meta = dict(model.meta, scale=model.scale, bias=model.bias, words=model.words)
    h = hashlib.sha256(model.weights.tobytes())
    h.update(json.dumps(meta, sort_keys=True).encode())
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--family-e", type=Path, default=FAMILY_E)
    ap.add_argument("--family-f", type=Path, default=FAMILY_F)
    ap.add_argument("--family-g", type=Path, default=FAMILY_G)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="compare with the shipped model")
    a = ap.parse_args()
    model = train(a.corpus, a.family_e, a.family_f, a.family_g)
    if a.check:
        shipped = NgramModel.load(a.out)
        ok = digest(model) == digest(shipped)
        print(f"fresh {digest(model)}\nshipped {digest(shipped)}\n{'same' if ok else 'DIFFERENT'}")
        return 0 if ok else 1
    a.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(a.out)
    print(f"wrote {a.out} ({a.out.stat().st_size} bytes), digest {digest(model)}")
    print(json.dumps(model.meta["calibration"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
