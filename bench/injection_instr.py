"""Instructions the injection scanner spends on corpus texts, counted by callgrind: a seeded
sample of every text of ``bench/data/injection/*.jsonl`` scored twice (the first pass builds the
DFA states the texts need, the second finds most of them built). Only the scoring is counted:
callgrind starts with collection off and the parent switches it on and off around the passes
(as ``bench/scan_ab.py --instructions`` does), so start-up (imports, compiling the signal sets,
loading the model) is left out. Instruction counts do not move with the machine's other
tenants, so two builds compare on one number.

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
    """The child: build the scanner, then score the sample twice between two handshakes."""
    texts = []
    for f in sorted(DATA.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append((row["text"], row.get("source", "user")))
    random.Random(7).shuffle(texts)
    from kanmon.scan import InjectionScanner

    scanner = InjectionScanner()
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(2):
        for text, source in texts[:n]:
            scanner.score(text, "", source)
    print("done", flush=True)
    sys.stdin.readline()


def counted(n: int, src: str | None) -> int:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
        p = subprocess.Popen(
            [*cmd, sys.executable, __file__, "--score", str(n)], env=env, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert p.stdin is not None and p.stdout is not None
        for line, state in (("ready", "on"), ("done", "off")):
            assert p.stdout.readline().strip() == line
            subprocess.run(["callgrind_control", "-i", state, str(p.pid)], check=True,
                           capture_output=True)  # fmt: skip
            p.stdin.write("go\n")
            p.stdin.flush()
        p.wait()
        total = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
    if total is None:
        raise SystemExit("callgrind wrote no totals: is valgrind installed?")
    return int(total.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=1200, help="texts in the sample")
    ap.add_argument("--src", help="another build's src directory (PYTHONPATH)")
    ap.add_argument("--score", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.score is not None:
        score(a.score)
        return
    print(f"{a.src or 'src'}: {a.n} texts twice, {counted(a.n, a.src) / 1e9:.2f} G instructions")


if __name__ == "__main__":
    main()
