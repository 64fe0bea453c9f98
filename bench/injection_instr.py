"""Instructions the injection scanner spends on corpus texts, counted by callgrind: a seeded
sample of every text of ``bench/data/injection/*.jsonl`` scored twice (the first pass builds the
DFA states the texts need, the second finds most of them built), start-up (imports, compiling
the signal sets, loading the model) subtracted by a run that scores none. Instruction counts do
not move with the machine's other tenants, so two builds compare on one number.

    .venv/bin/python bench/injection_instr.py --n 1200                      # this checkout
    .venv/bin/python bench/injection_instr.py --n 1200 --src ../base/src    # another build
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "injection"


def score(n: int) -> None:
    texts = []
    for f in sorted(DATA.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row["text"], row.get("source", "user")))
    random.Random(7).shuffle(texts)
    from kanmon.scan import InjectionScanner

    scanner = InjectionScanner()
    for _ in range(2):
        for text, source in texts[:n]:
            scanner.score(text, "", source)


def counted(n: int, src: str | None) -> int:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out",
             sys.executable, __file__, "--score", str(n)],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
    m = re.search(r"Collected : (\d+)", out.stderr)
    if m is None:
        raise SystemExit("callgrind printed no count: is valgrind installed?")
    return int(m.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1200, help="texts in the sample")
    ap.add_argument("--src", help="another build's src directory (PYTHONPATH)")
    ap.add_argument("--score", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.score is not None:
        score(a.score)
        return
    total, start = counted(a.n, a.src), counted(0, a.src)
    print(f"{a.src or 'src'}: {a.n} texts twice, {(total - start) / 1e9:.2f} G instructions")


if __name__ == "__main__":
    main()
