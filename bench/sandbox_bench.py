"""Eval code sandbox: what bubblewrap (and its seccomp filter) adds to each run of generated code.

Run by hand (never in CI), from the project root:

    .venv/bin/python bench/sandbox_bench.py --runs 100

Each sample is one ``run_python_sync`` call, the code_tests scorer's unit of work: a work
directory, the prelude (rlimits, audit hook), the interpreter's start and exit, output read
back. The program is ``pass`` (so start-up is all there is) or a small test (a function and
three asserts). Sandboxes are interleaved run by run so a busy machine slows all of them alike:

- ``weak``: the layers of the weak sandbox alone (rlimits, audit hook, ``unshare -n`` where
  permitted), the sandbox before bubblewrap;
- ``bubblewrap``: plus bubblewrap's namespaces and file system, no seccomp;
- ``bubblewrap+seccomp``: the default.

Also the probe (once per process, on first use). Reported: median and p95 wall ms per run and
the median added over ``weak``. Results go to ``bench/results/sandbox-<time>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from kanmon.evals import Limits, SandboxInfo, run_python_sync
from kanmon.evals._sandbox_bwrap import base_interpreter, probe

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = {
    "pass": "pass\n",
    "small test": "def add(a, b):\n    return a + b\n\n"
    "assert add(2, 3) == 5\nassert add(-1, 1) == 0\nassert add(0.5, 0.25) == 0.75\n",
}


def _p95(xs: list[float]) -> float:
    return sorted(xs)[max(0, round(0.95 * len(xs)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=100, help="runs per sandbox and program")
    args = ap.parse_args()
    bwrap = shutil.which("bwrap")
    t0 = time.perf_counter()
    best = probe(bwrap, base_interpreter())
    probe_ms = (time.perf_counter() - t0) * 1000
    boxes: dict[str, SandboxInfo] = {"weak": SandboxInfo("weak", "benchmark")}
    if best.kind != "weak":
        boxes["bubblewrap"] = probe(bwrap, base_interpreter(), seccomp=False)
        if best.kind == "bubblewrap+seccomp":
            boxes["bubblewrap+seccomp"] = best
    limits = Limits(wall_s=30.0)
    samples: dict[str, dict[str, list[float]]] = {p: {b: [] for b in boxes} for p in PROGRAMS}
    for name, code in PROGRAMS.items():
        for box in boxes.values():  # warm-up: page cache, the filter's compilation
            run_python_sync(code, limits, allow_weak=True, sandbox=box)
        for _ in range(args.runs):
            for label, box in boxes.items():
                t = time.perf_counter()
                r = run_python_sync(code, limits, allow_weak=True, sandbox=box)
                samples[name][label].append((time.perf_counter() - t) * 1000)
                assert r.ok, (label, r.stderr)
    result: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.release()}, {platform.python_version()}",
        "runs": args.runs,
        "probe_ms": round(probe_ms, 1),
        "probe": {"kind": best.kind, "user_namespace": best.user_namespace},
        "programs": {},
    }
    print(f"probe: {best.kind} (user namespace: {best.user_namespace}), {probe_ms:.1f} ms once")
    for name, by_box in samples.items():
        weak = statistics.median(by_box["weak"])
        rows = {}
        print(f"\n{name!r}, {args.runs} runs each: median / p95 ms per run, added over weak")
        for label, xs in by_box.items():
            med = statistics.median(xs)
            rows[label] = {
                "median_ms": round(med, 2),
                "p95_ms": round(_p95(xs), 2),
                "added_ms": round(med - weak, 2),
            }
            print(f"  {label:<20} {med:7.2f} / {_p95(xs):7.2f}   {med - weak:+7.2f}")
        result["programs"][name] = rows
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    out = ROOT / "bench" / "results" / f"sandbox-{stamp}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
