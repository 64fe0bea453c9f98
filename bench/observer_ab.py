"""The metrics observer of this tree against the one of an earlier commit, in one process: the
same exchanges (``metrics_bench.py``'s), rounds interleaved and each side first in turn, CPU
time per request of ``done`` (on the request's path) and of the flush (once a second)::

    .venv/bin/python bench/observer_ab.py --against 8350bde [--rounds 20]

The earlier ``kanmon/metrics/_observer.py`` is read with ``git show`` and imported beside this
tree's; it must import only what this tree still has.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import metrics_bench as mb  # noqa: E402


def _load(rev: str) -> Any:
    src = subprocess.run(
        ["git", "show", f"{rev}:src/kanmon/metrics/_observer.py"],
        cwd=HERE.parent,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp(prefix="kanmon-observer-ab-")) / "earlier_observer.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("earlier_observer", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--against", required=True, help="the earlier commit")
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--rps", type=int, default=2000, help="exchanges between two flushes")
    ap.add_argument(
        "--no-gc",
        action="store_true",
        help="measure with the cyclic garbage collector off: what each side's code costs, "
        "without the collections its allocations trigger in the other's turn",
    )
    args = ap.parse_args()
    from prometheus_client import CollectorRegistry

    import kanmon.metrics as now

    world = argparse.Namespace(keys=200, deployments=30, routes=15, n=20_000, rps=args.rps)
    router, *_ = mb._world(world)
    exs = mb._exchanges(world, world.n, seed=1)
    sides = {}
    for name, mod in ((args.against, _load(args.against)), ("this tree", now)):
        registry = CollectorRegistry(auto_describe=False)
        sides[name] = mod.MetricsObserver(mod.RequestMetrics(registry), router)

    async def measure(obs: Any) -> tuple[float, float]:
        t_done = t_flush = 0.0
        for start in range(0, len(exs), args.rps):
            chunk = exs[start : start + args.rps]
            for ex in chunk:
                ex.observed = False
            t0 = time.process_time()
            for ex in chunk:
                obs.done(ex)
            t1 = time.process_time()
            obs.flush()
            t_done += t1 - t0
            t_flush += time.process_time() - t1
        return t_done / len(exs) * 1e6, t_flush / len(exs) * 1e6

    for obs in sides.values():
        asyncio.run(measure(obs))  # the series exist from here on
    if args.no_gc:
        gc.collect()
        gc.disable()
    got: dict[str, list[tuple[float, float]]] = {name: [] for name in sides}
    names = list(sides)
    for r in range(args.rounds):
        for name in names if r % 2 == 0 else names[::-1]:
            got[name].append(asyncio.run(measure(sides[name])))
    for name, rounds in got.items():
        done = statistics.median(d for d, _ in rounds)
        flush = statistics.median(f for _, f in rounds)
        print(
            f"{name}: done {done:.2f} us, flush {flush:.2f} us per request "
            f"(medians of {args.rounds} rounds x {len(exs)}, {args.rps} per flush"
            f"{', gc off' if args.no_gc else ''})"
        )


if __name__ == "__main__":
    main()
