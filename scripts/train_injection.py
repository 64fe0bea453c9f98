"""Train the injection classifier and calibrate the combined score; write the shipped model.

    .venv/bin/python scripts/train_injection.py          # rewrites the shipped model
    .venv/bin/python scripts/train_injection.py --check  # retrain, compare with the shipped one
    .venv/bin/python scripts/train_injection.py --recalibrate  # refit the calibration too
    .venv/bin/python scripts/train_injection.py --recalibrate classifier,window  # those layers
    .venv/bin/python scripts/train_injection.py --l2-df 0.02 --out /tmp/m.npz  # df-scaled L2

The shipped model is ``src/kanmon/scan/data/injection_model.npz``.

Reads ``bench/data/injection/corpus.jsonl`` (family A's train and dev, family B's test),
``family_e.jsonl`` and ``family_f.jsonl`` (families E and F, each its own train/dev/test; see
the README there) and ``family_n.jsonl`` (family N: ordinary agent data, benign only, weighted
``FAMILY_N_WEIGHT``): their ``train`` splits train the n-gram weights, their ``dev`` splits fit
the combination of the layers and pick the threshold. The texts of the phrasing grids
(``bench/phrasing_grid_registry.py``: attacks of every category and benign texts that use their
words, written by hand apart from every corpus) train the weights too, at ``GRID_WEIGHT``. No
``test`` split is read here, nor the held-out corpora C (``second.jsonl``), D (``third.jsonl``),
G, H and M.

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
from kanmon.scan._injection_model import (
    BITS,
    ORDERS,
    NgramModel,
    ngram_indices,
    window_bounds,
)
from kanmon.scan._injection_score import Calibration

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "data" / "injection" / "corpus.jsonl"
FAMILY_E = ROOT / "bench" / "data" / "injection" / "family_e.jsonl"
FAMILY_F = ROOT / "bench" / "data" / "injection" / "family_f.jsonl"
FAMILY_N = ROOT / "bench" / "data" / "injection" / "family_n.jsonl"
#: Family N (benign only: ordinary web pages, search results, shop mail, READMEs, chat exports)
#: trains at this weight per segment. Its pages are long and cut into many segments each; at 1
#: they outweigh the attacks' contrasts and the dev splits of F and G lose recall (F 0.818 →
#: 0.803); 0.3 to 0.5 score the same on every dev split, 0.2 less (docs/history/scanning-rounds.md).
FAMILY_N_WEIGHT = 0.5
#: The phrasing grids' texts train at this weight per segment. Each phrases its intent once,
#: where a corpus family repeats its templates; on the dev splits that neither train nor
#: calibrate (G, H, M, the discussions) 2 and 4 score the same and better than 1 and 0.5
#: (docs/scanning.md, "The grids as training data").
GRID_WEIGHT = 2.0
GRIDS_DIR = ROOT / "bench"
OUT = ROOT / "src" / "kanmon" / "scan" / "data" / "injection_model.npz"
#: The calibration the shipped model carries, as ``--recalibrate`` last fitted it. The lexical
#: layer's dev lines are nearly separable, so a fresh fit's slope is held mostly by the fit's
#: light ridge and swings with a handful of lines: 16 dev lines changed by round 15's signals
#: moved it from 8.48 to 9.35 (docs/history/scanning-rounds.md, round 15), and each such swing
#: cost held-out attacks and discussions. So the calibration is refitted on purpose, not as a
#: side effect of a lexicon change; every run prints the fresh fit beside the one it keeps.
CALIBRATION = ROOT / "bench" / "data" / "injection" / "calibration.json"

ITERATIONS = 300
#: The most the discussion context may lower a layer's logit (see ``platt``).
MIN_DISCUSSION_WEIGHT = -3.0
LEARNING_RATE = 0.05
L2 = 2e-4
#: Extra L2 per feature in proportion to the share of training segments it occurs in. N-grams
#: found in nearly every text of a language (the CJK full stop, single Cyrillic letters) otherwise
#: take large weights and act as a language prior that grows with text length. 0: off.
L2_DF = 0.0
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


def grid_rows() -> tuple[list[dict[str, Any]], str]:
    """The phrasing grids' texts as training rows (``phrasing_grid_registry.labelled``), and a
    digest of what was read."""
    sys.path.insert(0, str(GRIDS_DIR))
    try:
        from phrasing_grid_registry import labelled
    finally:
        sys.path.remove(str(GRIDS_DIR))
    rows: list[dict[str, Any]] = []
    h = hashlib.sha256()
    for grid, text, source, label in labelled():
        rows.append({"text": text, "label": label, "source": source, "split": "train",
                     "category": "", "_weight": GRID_WEIGHT})  # fmt: skip
        h.update(json.dumps([grid, text, source, label], ensure_ascii=False).encode())
    return rows, h.hexdigest()


def examples(
    rows: list[dict[str, Any]], cutter: InjectionScanner
) -> tuple[list[bytes], list[int], list[float]]:
    """Training segments: the regions the scanner would classify, of each text and of what
    the decoding layer finds in it, each labelled with its item's label and weighted with its
    item's weight (``_weight``, 1 when absent)."""
    segs: list[bytes] = []
    labels: list[int] = []
    weights: list[float] = []
    for row in rows:
        texts = [row["text"], *cutter.decoded(row["text"])]
        weight = float(row.get("_weight", 1.0))
        for t in texts:
            for seg in cutter.segments(t) or windows(t):
                segs.append(seg)
                labels.append(int(row["label"]))
                weights.append(weight)
    return segs, labels, weights


def windows(text: str) -> list[bytes]:
    """The windows the classifier scores in a text without trigger hits."""
    data = text.encode("utf-8", "surrogatepass")
    return [data[a:b] for a, b in window_bounds(len(data))] if data else []


def train_weights(
    segs: list[bytes],
    labels: list[int],
    l2_df: float = L2_DF,
    weights: list[float] | None = None,
) -> tuple[np.ndarray, float]:
    """Logistic regression on hashed n-gram counts / sqrt(length), full-batch Adam, with L2 of
    ``L2 + l2_df * df`` per feature (``df``: the share of segments it occurs in). ``weights``:
    each segment's weight in the loss (the two classes still weigh the same in total)."""
    k = len(ORDERS)
    parts = [ngram_indices(s) for s in segs]
    idx = np.concatenate(parts)
    lens = np.array([len(s) for s in segs], np.int64)
    per = lens * k
    starts = np.concatenate(([0], np.cumsum(per)[:-1]))
    val = np.repeat(1.0 / np.sqrt(np.maximum(lens, 1)), per)
    y = np.array(labels, np.float64)
    sw = np.ones_like(y) if weights is None else np.array(weights, np.float64)
    pos, total = (y * sw).sum(), sw.sum()
    cw = np.where(y == 1, total / (2 * pos), total / (2 * (total - pos))) * sw
    dim = 1 << BITS
    reg: float | np.ndarray = L2
    if l2_df:
        df = np.bincount(np.concatenate([np.unique(p) for p in parts]), minlength=dim) / len(segs)
        reg = L2 + l2_df * df
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


def platt(x: np.ndarray, disc: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """``sigmoid(a * x + b + c * disc)`` fitted to labels ``y`` by Newton's method (lightly
    regularised, so a layer that separates dev perfectly still gets finite weights)."""
    beta = np.zeros(3)
    xs = np.stack([x, np.ones_like(x), disc], axis=1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-xs @ beta))
        grad = xs.T @ (p - y) + 0.1 * beta
        hess = (xs.T * (p * (1 - p))) @ xs + 0.1 * np.eye(3)
        beta -= np.linalg.solve(hess, grad)
    a, b, c = (float(f"{v:.4f}") for v in beta)
    # Talk about attacks may lower a layer's evidence, never silence it: one word in a payload
    # ("this is not a prompt injection") must not be a way around the detector.
    return a, b, max(c, MIN_DISCUSSION_WEIGHT)


def choose_threshold(
    scores: np.ndarray,
    window: np.ndarray,
    rows: list[dict[str, Any]],
    thresholds: list[float] | None = None,
) -> tuple[float, float]:
    """The operating point, chosen on dev: a threshold on the combined score of texts with a
    trigger hit, and a cut on the classifier's window logit of texts without one (their only
    evidence). Both are chosen together: the best F1 with at most ``MAX_DISCUSSION_FP`` false
    positives on dev discussions and on other benign texts; when no pair meets it, the fewest
    false positives, then the best F1. One threshold for all layers let the region
    classifier's false positives decide where the window logit, on other texts, must stand.
    ``thresholds``: the thresholds to choose from (the kept one, when only the cut is refitted)."""
    y = np.array([r["label"] for r in rows])
    disc = np.array([r["category"] == "benign_discussion" for r in rows])
    benign = (y == 0) & ~disc
    n_disc, n_benign = max(int(disc.sum()), 1), max(int(benign.sum()), 1)
    options = []
    cuts = [*np.round(np.arange(0.0, 8.0, 0.05), 2).tolist(), float("inf")]
    if thresholds is None:
        thresholds = np.round(np.arange(0.05, 0.995, 0.005), 3).tolist()
    for thr in thresholds:
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


#: What ``--recalibrate`` may refit: a layer's Platt line, or the threshold (with every layer).
REFIT = ("lexical", "decode", "classifier", "window", "threshold")


def train(
    corpus: Path = CORPUS,
    family_e: Path = FAMILY_E,
    family_f: Path = FAMILY_F,
    l2_df: float = L2_DF,
    refit: frozenset[str] = frozenset(),
    family_n: Path = FAMILY_N,
) -> NgramModel:
    """Train the weights; the calibration is the kept one but for the layers in ``refit``
    (``"threshold"`` in it, or no kept calibration: everything fitted afresh)."""
    ordinary = [{**r, "_weight": FAMILY_N_WEIGHT} for r in load(family_n)]
    grids, grids_digest = grid_rows()
    rows = load(corpus) + load(family_e) + load(family_f) + ordinary
    tr = [r for r in rows if r["split"] == "train"] + grids
    dev = [r for r in rows if r["split"] == "dev"]
    empty = NgramModel(np.zeros(1 << BITS, np.int8), 0.0, 0.0)
    segs, labels, weights = examples(tr, InjectionScanner(empty))
    w, b = train_weights(segs, labels, l2_df, weights)
    q, scale = quantise(w)
    model = NgramModel(q, scale, float(f"{b:.6g}"), meta={"window_orders": list(WINDOW_ORDERS)})
    scanner = InjectionScanner(model, layers=frozenset(LAYERS), calibration=Calibration())
    clip = Calibration().clip
    y = np.array([r["label"] for r in dev], np.float64)
    feats = [scanner.features(r["text"], source=r["source"])[0] for r in dev]
    disc = np.array([f["discussion"] for f in feats])
    fitted: dict[str, tuple[float, float, float]] = {}
    for layer in ("lexical", "decode", "classifier", "window"):
        x = np.array([min(f[layer], clip) for f in feats])
        said = (x != 0.0) & (x > -clip)  # a layer with nothing to say contributes 0
        fitted[layer] = (
            platt(x[said], disc[said], y[said]) if said.sum() >= 5 else Calibration().lexical
        )

    def operating_point(
        lines: dict[str, tuple[float, float, float]], kept_threshold: float | None
    ) -> dict[str, Any]:
        """The calibration with these Platt lines: the threshold and the window's cut chosen
        on dev (the threshold only when none is kept)."""
        final = InjectionScanner(
            model, layers=frozenset(LAYERS), calibration=Calibration(clip=clip, **lines)
        )
        scores = np.array([final.combine({**f, "window": -clip})[0] for f in feats])
        # The window logit as it counts: lowered in a discussion by the calibrated amount.
        wa, _, wc = lines["window"]
        window = np.array([min(f["window"], clip) + wc * f["discussion"] / wa for f in feats])
        kept_thr = None if kept_threshold is None else [kept_threshold]
        thr, cut = choose_threshold(scores, window, dev, kept_thr)
        # Place the window's calibration so that its probability reaches the threshold at the cut.
        wb = -50.0 if cut == float("inf") else math.log(thr / (1 - thr)) - wa * cut
        out = {k: list(v) for k, v in lines.items()}
        out["window"] = [wa, float(f"{wb:.4f}"), wc]
        return {**out, "clip": clip, "threshold": thr}

    fresh = operating_point(fitted, None)
    if "threshold" in refit or not CALIBRATION.exists():
        calibration = fresh
    else:
        kept = json.loads(CALIBRATION.read_text())
        calibration = kept
        if refit:
            lines = {k: fitted[k] if k in refit else tuple(kept[k]) for k in fitted}
            calibration = operating_point(lines, kept["threshold"])
            if "window" not in refit:
                calibration["window"] = kept["window"]
    meta = {
        "calibration": calibration,
        "corpus_sha256": hashlib.sha256(corpus.read_bytes()).hexdigest(),
        "family_e_sha256": hashlib.sha256(family_e.read_bytes()).hexdigest(),
        "family_f_sha256": hashlib.sha256(family_f.read_bytes()).hexdigest(),
        "family_n_sha256": hashlib.sha256(family_n.read_bytes()).hexdigest(),
        "family_n_weight": FAMILY_N_WEIGHT,
        "grids_sha256": grids_digest, "grid_weight": GRID_WEIGHT, "grid_items": len(grids),
        "train_items": len(tr), "train_segments": len(segs), "dev_items": len(dev),
        "trainer": "scripts/train_injection.py", "iterations": ITERATIONS,
        "window_orders": list(WINDOW_ORDERS),
    }  # fmt: skip
    if l2_df:  # absent when off, so models trained without it keep their digest
        meta["l2_df"] = l2_df
    print(f"calibration fitted now: {json.dumps(fresh, sort_keys=True)}", file=sys.stderr)
    return NgramModel(q, scale, model.bias, meta=meta)


def digest(model: NgramModel) -> str:
    meta = dict(model.meta, scale=model.scale, bias=model.bias)
    h = hashlib.sha256(model.weights.tobytes())
    h.update(json.dumps(meta, sort_keys=True).encode())
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--family-e", type=Path, default=FAMILY_E)
    ap.add_argument("--family-f", type=Path, default=FAMILY_F)
    ap.add_argument("--family-n", type=Path, default=FAMILY_N)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2-df", type=float, default=L2_DF, help="L2 per unit of feature df")
    ap.add_argument("--check", action="store_true", help="compare with the shipped model")
    ap.add_argument(
        "--recalibrate",
        nargs="?",
        const=",".join(REFIT),
        default="",
        metavar="LAYERS",
        help=f"fit the calibration afresh (or only these layers' lines, comma-separated: "
        f"{', '.join(REFIT[:-1])}) and keep it in {CALIBRATION.relative_to(ROOT)}",
    )
    a = ap.parse_args()
    refit = frozenset(x for x in a.recalibrate.split(",") if x)
    if refit - set(REFIT):
        ap.error(f"--recalibrate: unknown {', '.join(sorted(refit - set(REFIT)))}")
    if not CALIBRATION.exists():
        refit = frozenset(REFIT)
    model = train(
        a.corpus, a.family_e, a.family_f, a.l2_df, frozenset() if a.check else refit, a.family_n
    )
    if refit and not a.check:  # the model written below carries the fit
        cal = json.dumps(model.meta["calibration"], indent=1, sort_keys=True)
        CALIBRATION.write_text(cal + "\n")
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
