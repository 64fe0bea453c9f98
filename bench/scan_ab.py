"""Scanner throughput of two checkouts, A/B interleaved, and whether they find the same things.

Each round runs one child process per side, alternating which goes first, so that load on a
shared machine falls on both sides alike; a child scans the whole text once per pass and
reports UTF-8 MB per CPU second (best of ``--passes``). The summary is the median and the range
over the rounds.

    .venv/bin/python bench/scan_ab.py --old ../base/src --new src --mode dense --rounds 7
    .venv/bin/python bench/scan_ab.py --old ../base/src --new src --mode mixed --injection
    .venv/bin/python bench/scan_ab.py --old ../base/src --new src --same   # findings equal?
    .venv/bin/python bench/scan_ab.py --old ../base/src --new src --same --injection
    .venv/bin/python bench/scan_ab.py --old ../base/src --new src --mode dense --instructions

``--instructions`` counts the instructions of one pass on each side with valgrind's callgrind
(instrumentation switched on only around the pass, hash seed fixed): slow, but steady where CPU
seconds on a shared machine are not. The pass counted follows two passes over the same text;
with ``--cold`` it is the first, as a new worker or new traffic meets text (RE2 builds the
DFA states the text needs as it reads it).

Texts are those of ``bench/scan_bench.py``: "dense" is the labelled corpus lines back to back
(an identifier every ~95 bytes), "mixed" is multilingual prose with ``--density`` corpus lines
per 100 sentences; both cut into ``--request-kb`` KiB requests. ``--same`` compares every
finding (type, span, confidence, scanner) of both sides on each corpus line, on the dense and
mixed requests, and on the injection corpus texts; with ``--injection``, each text's injection
result too (score, layers, contributions, evidence).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).parent
sys.path.insert(0, str(BENCH))


def texts(mode: str, mb: float, density: float, request_kb: int) -> list[str]:
    import scan_bench as sb

    rows = [r for c in sb.CORPORA for r in sb.load(c)]
    if mode == "dense":
        one = "\n".join(r["text"] for r in rows)
        text = "\n".join([one] * max(1, int(mb * 1e6 / len(one.encode()))))
    else:
        text = sb.mixed_text(rows, mb, density)
    step = request_kb * 1024
    return [text[i : i + step] for i in range(0, len(text), step)]


def scanning(a: argparse.Namespace) -> Any:
    """One request text scanned as the policy step scans it (``policy/_steps.py``): where the
    checkout's scanners take the text's UTF-8 bytes, encoded once for all of them."""
    import inspect

    from kanmon.scan import ScanSet, injection_scanner
    from kanmon.scan._pattern import utf8

    scan = ScanSet.from_names([n for n in a.scanners.split(",") if n])
    inj = injection_scanner() if a.injection else None
    shared = "data" in inspect.signature(scan.scan).parameters

    def one(c: str) -> None:
        data = utf8(c) if shared else None
        if inj is not None:
            if shared:
                inj.score(c, "", "tool", data)
            else:
                inj.score(c, "", "tool")
        if shared:
            scan.scan(c, "", data)
        else:
            scan.scan(c)

    return one


def child(a: argparse.Namespace) -> None:
    one = scanning(a)
    chunks = texts(a.mode, a.mb, a.density, a.request_kb)
    total = sum(len(c.encode()) for c in chunks)

    for c in chunks[:8]:
        one(c)
    best = float("inf")
    for _ in range(a.passes):
        t0 = time.process_time()
        for c in chunks:
            one(c)
        best = min(best, time.process_time() - t0)
    print(json.dumps({"mb_per_s": total / 1e6 / best}))


def counted(a: argparse.Namespace) -> None:
    """One pass between two handshakes with the parent, which switches callgrind's
    instrumentation on and off around it."""
    one = scanning(a)
    chunks = texts(a.mode, a.mb, a.density, a.request_kb)

    def one_pass() -> None:
        for c in chunks:
            one(c)

    if a.cold:  # the patterns compiled and the first allocations made, on other text
        one("Ignore this. Привет, 世界. 안녕하세요. テスト. ann@example.com +1 415 555 0100")
    else:  # warm: compiled patterns, caches, the first allocations, the DFAs' states
        one_pass()
        one_pass()
    print("ready", flush=True)
    sys.stdin.readline()
    one_pass()
    print("done", flush=True)
    sys.stdin.readline()


def instructions(src: str, a: argparse.Namespace) -> int:
    """Instructions of one pass of ``src``'s scanners, under callgrind."""
    import re
    import tempfile

    out = Path(tempfile.mkdtemp()) / "callgrind.out"
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
    cmd += [sys.executable, __file__, "--mode", a.mode, "--scanners", a.scanners]
    cmd += ["--mb", str(a.mb), "--density", str(a.density), "--request-kb", str(a.request_kb)]
    cmd += [*(["--injection"] if a.injection else []), *(["--cold"] if a.cold else []), "--counted"]
    env = {"PYTHONPATH": str(Path(src).resolve()), "PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0"}
    p = subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                         stderr=subprocess.DEVNULL)  # fmt: skip
    assert p.stdin is not None and p.stdout is not None
    control = ["callgrind_control", "-i"]
    assert p.stdout.readline().strip() == "ready"
    subprocess.run([*control, "on", str(p.pid)], check=True, capture_output=True)
    p.stdin.write("go\n")
    p.stdin.flush()
    assert p.stdout.readline().strip() == "done"
    subprocess.run([*control, "off", str(p.pid)], check=True, capture_output=True)
    p.stdin.write("exit\n")
    p.stdin.flush()
    p.wait()
    total = re.search(r"^totals: (\d+)", out.read_text(), re.MULTILINE)
    assert total is not None
    print(f"  {src}: {out} (callgrind_annotate reads it)", file=sys.stderr)
    return int(total.group(1))


def findings(a: argparse.Namespace) -> None:
    import scan_bench as sb

    from kanmon.scan import ScanSet

    scan = ScanSet.from_names([n for n in a.scanners.split(",") if n])
    data = BENCH / "data"
    paths = sorted(data.glob("scan_corpus*.jsonl")) + sorted((data / "injection").glob("*.jsonl"))
    inputs = [r["text"] for p in paths for r in sb.load(p)]
    inputs += texts("dense", 0.3, a.density, a.request_kb)
    inputs += texts("mixed", 1.0, 20.0, a.request_kb)
    inputs += fuzz(a.fuzz)
    out: list[list[Any]] = [
        [(f.entity, f.start, f.end, f.confidence, f.scanner) for f in scan.scan(t)] for t in inputs
    ]
    if a.injection:  # and every text's injection result, whole, as the policy step scores it
        from kanmon.scan import injection_scanner

        inj = injection_scanner()
        for row, t in zip(out, inputs, strict=True):
            r = inj.score(t, "m", "tool")
            row.append([r.score, r.layers, r.contributions, r.evidence, r.by_source])
    print(json.dumps(out))


#: Pieces that sit near the edges of the recognizers: digit groups, separators, cue words,
#: scripts, trigger prefixes.
_PIECES = (
    "0",
    "1",
    "7",
    "8",
    "9",
    "00",
    "12",
    "49",
    "555",
    "0123",
    "4111",
    "2024",
    "86",
    "+",
    "(",
    ")",
    "-",
    " ",
    ".",
    "/",
    ",",
    ":",
    "::",
    "x",
    "ext. ",
    "#",
    "№",
    "@",
    "a@b.de",
    "Tel ",
    "phone: ",
    "order ",
    "ИНН ",
    "тел. ",
    "电话",
    "手机",
    "카드",
    "電話",
    "karte ",
    "card ",
    "Steuer-ID ",
    "マイナンバー",
    "version ",
    "DE",
    "GB82",
    "AKIA",
    "sk-",
    "eyJ",
    "ghp_",
    "\n",
    "Anna ",
    "Dr. ",
    "Müller",
    "Herr ",
    "меня зовут ",
    "我叫",
    "李",
    "さん",
    "씨",
    "ff:",
    "fe80",
)


def fuzz(n: int) -> list[str]:
    import random

    rnd = random.Random(13)
    out = []
    for _ in range(n):
        k = rnd.randint(4, 40)
        out.append(
            "".join(
                rnd.choice(_PIECES)
                if rnd.random() < 0.6
                else str(rnd.randint(0, 10 ** rnd.randint(1, 12)))
                for _ in range(k)
            )
        )
    return out


def run(src: str, a: argparse.Namespace, *extra: str) -> str:
    cmd = [sys.executable, __file__, "--mode", a.mode, "--scanners", a.scanners, "--mb", str(a.mb)]
    cmd += ["--density", str(a.density), "--request-kb", str(a.request_kb)]
    cmd += [
        "--passes",
        str(a.passes),
        "--fuzz",
        str(a.fuzz),
        *(["--injection"] if a.injection else []),
        *extra,
    ]
    env = {"PYTHONPATH": str(Path(src).resolve()), "PATH": "/usr/bin:/bin"}
    return subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--old", required=False, help="src directory of the old checkout")
    ap.add_argument("--new", required=False, help="src directory of the new checkout")
    ap.add_argument("--mode", choices=["dense", "mixed"], default="dense")
    ap.add_argument("--scanners", default="pii,secrets")
    ap.add_argument(
        "--injection", action="store_true", help="also score injection (default layers)"
    )
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--density", type=float, default=2.0)
    ap.add_argument("--request-kb", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--same", action="store_true", help="compare findings instead of speed")
    ap.add_argument("--fuzz", type=int, default=20000, help="random texts --same adds")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--findings", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--instructions", action="store_true", help="count one pass's instructions (callgrind)"
    )
    ap.add_argument(
        "--cold",
        action="store_true",
        help="with --instructions: count the first pass, the DFAs holding no state for the text",
    )
    a = ap.parse_args()
    if a.child:
        child(a)
        return
    if a.findings:
        findings(a)
        return
    if a.counted:
        counted(a)
        return
    if a.instructions:
        old, new = (instructions(s, a) for s in (a.old, a.new))
        inj = " +injection" if a.injection else ""
        which = "the first pass" if a.cold else "one pass"
        print(f"{a.mode} {a.scanners}{inj}, {a.mb} MB, instructions of {which} (callgrind):")
        print(f"  old: {old / 1e6:.1f} M, new: {new / 1e6:.1f} M, new/old {new / old:.3f}")
        return
    if a.same:
        old, new = (json.loads(run(s, a, "--findings")) for s in (a.old, a.new))
        diff = [i for i, (x, y) in enumerate(zip(old, new, strict=True)) if x != y]
        print(f"{len(old)} texts, {sum(map(len, old))} / {sum(map(len, new))} findings old / new")
        for i in diff[:20]:
            # findings are lists, an injection result holds dicts: compare their JSON
            a, b = ({json.dumps(x, sort_keys=True) for x in side[i]} for side in (old, new))
            print(f"text {i}: only old {sorted(a - b)}; only new {sorted(b - a)}")
        print("identical" if not diff else f"{len(diff)} texts differ")
        sys.exit(1 if diff else 0)
    res: dict[str, list[float]] = {"old": [], "new": []}
    for k in range(a.rounds):
        order = ("old", "new") if k % 2 == 0 else ("new", "old")
        for side in order:
            out = run(getattr(a, side), a, "--child")
            res[side].append(json.loads(out.strip().splitlines()[-1])["mb_per_s"])
    summary: dict[str, Any] = {}
    for side, v in res.items():
        summary[side] = {"median": round(statistics.median(v), 2), "min": round(min(v), 2),
                         "max": round(max(v), 2)}  # fmt: skip
    ratio = [n / o for o, n in zip(res["old"], res["new"], strict=True)]
    inj = " +injection" if a.injection else ""
    print(f"{a.mode} {a.scanners}{inj}, {a.mb} MB, {a.rounds} rounds, MB per CPU second:")
    for side in ("old", "new"):
        s = summary[side]
        print(f"  {side}: median {s['median']:.2f} (range {s['min']:.2f}–{s['max']:.2f})")
    print(f"  new/old per round: median {statistics.median(ratio):.2f}x "
          f"(range {min(ratio):.2f}–{max(ratio):.2f})")  # fmt: skip


if __name__ == "__main__":
    main()
