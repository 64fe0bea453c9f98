"""Injection benchmark: P/R/F1 per language, category and source on a split of the injection
corpus, false positives on texts that discuss attacks, each layer alone, and throughput.

    .venv/bin/python bench/injection_bench.py                   # test split, all layers
    .venv/bin/python bench/injection_bench.py --split dev       # the split calibration used
    .venv/bin/python bench/injection_bench.py --layers lexical  # one layer, calibrated threshold
    .venv/bin/python bench/injection_bench.py --mb 8 --novel    # throughput on text never seen
    .venv/bin/python bench/injection_bench.py --mb 0 --texts    # every corpus text, one by one
    .venv/bin/python bench/injection_bench.py --json

Tool results and documents flagged are also counted by what found them: more than the
classifier (a lexical, decoding or guard signal: what the example policy blocks) or the
classifier alone (what it holds for confidential data and otherwise notes).

Throughput is single-process CPU time (one core) in UTF-8 MB per second over text cut into
requests of ``--request-kb`` KiB: multilingual prose with ``--density`` corpus items per 100
sentences (the scanner benchmark's mix), for the injection scanner alone and with the PII and
secrets scanners (all default layers; the guard model is not part of it). The best of several
passes over the same text is what a scanner does once its regular expressions' DFAs hold the
states that text needs; ``--novel`` gives the first pass over each million characters instead,
in order, as a gateway sees new traffic (RE2 builds DFA states as new text needs them, within a
memory budget). ``--texts`` scans every text of every injection corpus file
(``bench/data/injection/*.jsonl``, all splits, in one shuffled order), one text per call, three
times: attacks, texts about attacks and office mail, with trigger words in nearly every text,
the lexical layer's hardest case; the first pass is text it never saw. Both run before the
accuracy evaluation, on DFAs that saw nothing yet.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from scan_bench import PROSE

from kanmon.scan import InjectionScanner, NgramModel, ScanSet

CORPUS = Path(__file__).parent / "data" / "injection" / "corpus.jsonl"


def load(path: Path, split: str) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "tp": tp, "fp": fp, "fn": fn}  # fmt: skip


def evaluate(rows: list[dict[str, Any]], scanner: InjectionScanner, thr: float) -> dict[str, Any]:
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    neg: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # category -> [fp, n]
    misses: list[dict[str, Any]] = []
    # tool results and documents above the threshold: found by more than the classifier (what
    # the example policy blocks) or by the classifier alone (what it holds or notes)
    embedded = {"attack": [0, 0], "benign": [0, 0]}
    for r in rows:
        result = scanner.score(r["text"], "", r["source"])
        s = result.score
        pred, gold = s >= thr, r["label"] == 1
        # (an older build, run through PYTHONPATH for an A/B, does not say which layers)
        layers = getattr(result, "by_source_layer", None)
        if pred and layers is not None and r["source"] in ("tool", "document"):
            alone = set(layers.get(r["source"], ())) <= {"classifier"}
            embedded["attack" if gold else "benign"][alone] += 1
        keys = {"all": "all", "lang": r["lang"], "source": r["source"]}
        if gold:
            keys["category"] = r["category"]
        for dim, key in keys.items():
            c = groups[dim][key]
            c[0] += pred and gold
            c[1] += pred and not gold
            c[2] += gold and not pred
        if not gold:
            neg[r["category"]][0] += pred
            neg[r["category"]][1] += 1
        if pred != gold:
            misses.append({"id": r["id"], "score": round(s, 3), "label": r["label"],
                           "category": r["category"], "text": r["text"][:160]})  # fmt: skip
    out: dict[str, Any] = {
        dim: {k: prf(*v) for k, v in sorted(d.items())} for dim, d in groups.items()
    }
    out["false_positive_rate"] = {
        k: {"rate": round(fp / n, 4), "fp": fp, "n": n} for k, (fp, n) in sorted(neg.items())
    }
    out["embedded_flagged"] = {
        k: {"more_than_classifier": v[0], "classifier_alone": v[1]} for k, v in embedded.items()
    }
    out["errors"] = misses
    return out


def mixed_text(rows: list[dict[str, Any]], mb: float, density: float) -> str:
    import random

    rnd = random.Random(7)
    rows = rnd.sample(rows, len(rows))  # every language and category, not the file's first
    out: list[str] = []
    size = i = 0
    while size < mb * 1e6:
        if rnd.random() * 100 < density:
            s = rows[i % len(rows)]["text"]
            i += 1
        else:
            s = rnd.choice(PROSE)
        out.append(s)
        size += len(s.encode()) + 1
    return "\n".join(out)


def throughput(text: str, fn: Callable[[str], object], request_kb: int, reps: int = 5) -> float:
    """MB per CPU second, the best of ``reps`` passes (the machine is shared: the best pass is
    the one least disturbed by other processes)."""
    step = request_kb * 1024
    chunks = [text[i : i + step] for i in range(0, len(text), step)]
    total = sum(len(c.encode()) for c in chunks)
    for c in chunks[:50]:
        fn(c)
    best = float("inf")
    for _ in range(reps):
        t0 = time.process_time()
        for c in chunks:
            fn(c)
        best = min(best, time.process_time() - t0)
    return round(total / 1e6 / best, 1)


def novel(text: str, fn: Callable[[str], object], request_kb: int, mb: float = 1.0) -> list[float]:
    """MB per CPU second of the first (and only) pass over each ``mb`` million characters of
    ``text``, in order."""
    step, seg = request_kb * 1024, int(mb * 1e6)
    out = []
    for j in range(0, len(text), seg):
        part = text[j : j + seg]
        chunks = [part[i : i + step] for i in range(0, len(part), step)]
        t0 = time.process_time()
        for c in chunks:
            fn(c)
        out.append(
            round(sum(len(c.encode()) for c in chunks) / 1e6 / (time.process_time() - t0), 1)
        )
    return out


def every_text() -> list[str]:
    """Every text of every injection corpus file, in one shuffled order (``--texts``)."""
    import random

    texts = [
        json.loads(line)["text"]
        for path in sorted(CORPUS.parent.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    random.Random(3).shuffle(texts)
    return texts


def corpus_texts(fn: Callable[[str], object], passes: int = 3) -> tuple[float, list[float]]:
    """MB of every injection corpus text, and MB per CPU second of each pass over them."""
    texts = every_text()
    mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    out = []
    for _ in range(passes):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        out.append(round(mb / (time.process_time() - t0), 2))
    return round(mb, 2), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--split", default="test", choices=["train", "dev", "test", "all"])
    ap.add_argument("--layers", default="lexical,decode,classifier")
    ap.add_argument("--model", type=Path, help="a model file (default: the shipped one)")
    ap.add_argument("--threshold", type=float, help="default: the calibrated one")
    ap.add_argument("--mb", type=float, default=8.0, help="text volume for throughput (0: skip)")
    ap.add_argument("--request-kb", type=int, default=4)
    ap.add_argument("--density", type=float, default=2.0)
    ap.add_argument(
        "--novel",
        action="store_true",
        help="throughput per million characters not seen before, in order",
    )
    ap.add_argument(
        "--texts",
        action="store_true",
        help="throughput over every injection corpus text, one per call, three passes",
    )
    ap.add_argument("--errors", type=int, default=0, help="print this many misclassified items")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    layers = frozenset(a.layers.split(","))
    model = NgramModel.load(a.model) if a.model else None
    scanner = InjectionScanner(model, layers=layers)
    thr = a.threshold if a.threshold is not None else scanner.threshold
    if a.novel and a.texts:
        ap.error("--novel and --texts each need DFAs that saw nothing: run them apart")
    fresh: dict[str, Any] = {}
    mixed = mixed_text(load(a.corpus, "all"), a.mb, a.density) if a.mb > 0 else ""
    # first, while every DFA is still empty; the process's peak RSS after it is their memory
    if a.texts:
        mb, passes = corpus_texts(lambda t: scanner.score(t, "", "tool"))
        fresh.update(texts_mb=mb, texts_mb_per_s=passes)
    if a.novel and mixed:
        fresh["novel_mb_per_s"] = novel(mixed, lambda t: scanner.score(t, "", "tool"), a.request_kb)
    if fresh:
        fresh["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    rows = load(a.corpus, a.split)
    res = evaluate(rows, scanner, thr)
    res.update(split=a.split, layers=sorted(layers), threshold=thr, items=len(rows), **fresh)
    if mixed:
        pii = ScanSet.from_names(["pii", "secrets"])

        def everything(t: str) -> None:
            pii.scan(t)
            scanner.score(t, "", "tool")

        res["mb_per_s"] = {
            "injection": throughput(mixed, lambda t: scanner.score(t, "", "tool"), a.request_kb),
            "pii_secrets": throughput(mixed, pii.scan, a.request_kb),
            "pii_secrets_injection": throughput(mixed, everything, a.request_kb),
        }
    if a.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return
    print(f"split {a.split} ({len(rows)} items), layers {','.join(sorted(layers))}, "
          f"threshold {thr}")  # fmt: skip
    for dim in ("all", "lang", "category", "source"):
        for k, m in res.get(dim, {}).items():  # a corpus of negatives only has no categories
            print(f"  {dim:<9}{k:<14}P {m['precision']:.3f}  R {m['recall']:.3f}  "
                  f"F1 {m['f1']:.3f}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})")  # fmt: skip
    for k, m in res["false_positive_rate"].items():
        print(f"  FP rate  {k:<18}{m['rate']:.3f} ({m['fp']} of {m['n']})")
    for k, m in res["embedded_flagged"].items():
        print(f"  tool/doc {k + 's flagged':<18}{m['more_than_classifier']} by more than the "
              f"classifier, {m['classifier_alone']} by the classifier alone")  # fmt: skip
    if "novel_mb_per_s" in res:
        print(f"  MB/s     injection, each new 1M chars {res['novel_mb_per_s']}")
    if "texts_mb_per_s" in res:
        print(f"  MB/s     injection, every corpus text ({res['texts_mb']} MB), passes "
              f"{res['texts_mb_per_s']}")  # fmt: skip
    if "peak_rss_mb" in res:
        print(f"  peak RSS after it                {res['peak_rss_mb']} MB")
    if "mb_per_s" in res:
        for k, v in res["mb_per_s"].items():
            print(f"  MB/s     {k:<24}{v}")
    for e in res["errors"][: a.errors]:
        print(f"  miss {e['id']} {e['category']} label={e['label']} score={e['score']}: "
              f"{e['text']!r}")  # fmt: skip


if __name__ == "__main__":
    main()
