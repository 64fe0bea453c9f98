"""Instructions per request of the tracer (this tree's or an earlier commit's, loaded as in
``bench/trace_ab.py``), counted by callgrind: immune to the machine's load, unlike CPU time, but
blind to system calls (the time ``os.urandom`` spends in the kernel is not counted).

Capture once (the exchanges of real requests to the simulator, pickled), then run each side
twice under callgrind, with 0 and with ``k`` rounds; the difference over ``k`` × the exchanges is
the instructions per request of

- ``build``: a sampled request's spans written (``Tracer.spans``, the export thread's work
  before the POST);
- ``unsampled``: ``begin`` and ``done`` of a request not sampled::

    .venv/bin/python bench/trace_instr.py save /tmp/exs.pkl
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        .venv/bin/python bench/trace_instr.py run /tmp/exs.pkl --side main --what build --k 4
    # … and --k 0; then the same with --side tree (this tree)
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import trace_ab  # noqa: E402


def save(path: str, n: int) -> None:
    exs = trace_ab._capture(n)
    for ex in exs:
        ex.inbound = None  # the entry point's reader: a live socket, and read by now
    with open(path, "wb") as f:
        pickle.dump(exs, f)
    print(f"{len(exs)} exchanges in {path}")


def run(path: str, side: str, what: str, k: int) -> None:
    from kanmon.config import TracingSettings
    from kanmon.request import Exchange

    if side == "tree":
        from kanmon.telemetry import _otel as mod
    else:
        mod = trace_ab._load(side)
    with open(path, "rb") as f:
        exs = pickle.load(f)
    settings = TracingSettings(enabled=True, endpoint="http://127.0.0.1:9/v1/traces")
    tracer: Any = mod.Tracer(settings, "none")
    items = [(ex, ex.started + 0.01) for ex in exs]
    fresh = [
        Exchange(endpoint="chat.completions", request_headers=ex.request_headers) for ex in exs
    ]
    for ex, end in items[:5]:  # the caches filled, as in a running gateway
        trace_ab.spans_of(tracer, ex, end)
    tracer.bound = 0
    for _ in range(k):
        if what == "build":
            for ex, end in items:
                trace_ab.spans_of(tracer, ex, end)
        else:
            for ex in fresh:
                ex.trace = None
                tracer.begin(ex)
                tracer.done(ex)
    os._exit(0)  # the export thread and the exporter left as they are: nothing to count


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("path")
    s.add_argument("--requests", type=int, default=200)
    r = sub.add_parser("run")
    r.add_argument("path")
    r.add_argument("--side", default="tree", help="tree, or an earlier commit")
    r.add_argument("--what", choices=("build", "unsampled"), default="build")
    r.add_argument("--k", type=int, default=4)
    args = ap.parse_args()
    if args.cmd == "save":
        save(args.path, args.requests)
    else:
        run(args.path, args.side, args.what, args.k)


if __name__ == "__main__":
    main()
