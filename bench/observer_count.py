"""Instructions per request of the metrics observer (``done`` on the request's path, and its
flush) of this tree and of an earlier commit, counted by ``valgrind --tool=callgrind``: a
count does not move with the machine's load the way CPU time does. Each side runs twice in its
own process on ``metrics_bench.py``'s exchanges (``observer_ab.py``'s set-up): ``done`` for
each exchange, and the same with a flush every ``--rps``. Only the measured loop is counted
(it runs inside ``itertools.starmap``, whose ``starmap_next`` toggles callgrind's collection),
so the set-up's imports, whose count moves from run to run, are left out; the set-up's
objects are frozen out of the garbage collector's way first (``gc.freeze``)::

    .venv/bin/python bench/observer_count.py --against main [--n 20000]

A minute or two per run under valgrind (four runs).
"""

from __future__ import annotations

import argparse
import collections
import gc
import itertools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import observer_ab  # noqa: E402


def _observer(side: str, router: Any) -> Any:
    from prometheus_client import CollectorRegistry

    if side == "tree":
        import kanmon.metrics as mod
    else:
        mod = observer_ab._load(side)
    return mod.MetricsObserver(mod.RequestMetrics(CollectorRegistry(auto_describe=False)), router)


def run(side: str, phase: str, n: int, rps: int, peers: bool) -> None:
    """One measured process: the set-up, then ``phase`` ("done" or "flush"), counted."""
    router, exs = observer_ab.exchanges(n, rps, peers=peers)
    obs = _observer(side, router)
    for ex in exs:  # the series exist from here on (no loop runs: each done flushes at once)
        obs.done(ex)
        ex.observed = False
    obs._armed = True  # from here on only the calls below flush
    # the set-up's objects set aside, as the old heap of a gateway that has run: a collection
    # in the loop walks what the observer keeps, not the exchanges made for the benchmark
    gc.collect()
    gc.freeze()

    def step(start: int) -> None:
        for ex in exs[start : start + rps]:
            obs.done(ex)
        if phase == "flush":
            obs.flush()
            obs._armed = True

    collections.deque(itertools.starmap(step, ((s,) for s in range(0, n, rps))), maxlen=0)


def _count(side: str, phase: str, args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="kanmon-observer-count-") as d:
        out = Path(d) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", "--toggle-collect=starmap_next"]
        cmd += [f"--callgrind-out-file={out}"]
        cmd += [
            sys.executable,
            __file__,
            "--run",
            side,
            phase,
            f"--n={args.n}",
            f"--rps={args.rps}",
            *(["--peers"] if args.peers else []),
        ]
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        got = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    found = re.search(r"Collected : (\d+)", got)
    assert found is not None, got
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--against", help="the earlier commit")
    ap.add_argument("--n", type=int, default=20_000, help="exchanges")
    ap.add_argument("--rps", type=int, default=2000, help="exchanges between two flushes")
    ap.add_argument("--peers", action="store_true", help=observer_ab.PEERS)
    ap.add_argument("--run", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        run(args.run[0], args.run[1], args.n, args.rps, args.peers)
        return
    sides = ["tree"] if args.against is None else [args.against, "tree"]
    shape = "the peer benchmark's shape" if args.peers else "metrics_bench.py's shape"
    for side in sides:
        done, flush = (_count(side, phase, args) for phase in ("done", "flush"))
        name = "this tree" if side == "tree" else side
        print(
            f"{name}: done {done / args.n:,.0f}, flush {(flush - done) / args.n:,.0f} "
            f"instructions per request ({args.n} exchanges in {shape}, {args.rps} per flush)"
        )


if __name__ == "__main__":
    main()
