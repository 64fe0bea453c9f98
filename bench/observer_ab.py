"""The metrics observer of this tree against the one of an earlier commit, in one process: the
same exchanges (``metrics_bench.py``'s), rounds interleaved and each side first in turn, CPU
time per request of ``done`` (on the request's path) and of the flush (once a second)::

    .venv/bin/python bench/observer_ab.py --against 8350bde [--rounds 20] [--check]

``--check``: after the rounds, both sides must have said the same (every sample of their
registries, sums and costs to float rounding, and the same exemplar in every bucket).

The earlier ``kanmon/metrics/_observer.py`` is read with ``git show`` and imported beside this
tree's; it must import only what this tree still has.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import metrics_bench as mb  # noqa: E402
from _git import git  # noqa: E402


def _load(rev: str) -> Any:
    src = git("show", f"{rev}:src/kanmon/metrics/_observer.py")
    path = Path(tempfile.mkdtemp(prefix="kanmon-observer-ab-")) / "earlier_observer.py"
    path.write_text(src)
    spec = importlib.util.spec_from_file_location("earlier_observer", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


PEERS = (
    "the peer benchmark's shape instead: one key, route and deployment, and only the marks "
    "metrics ask for (the attempt, the call, the audit)"
)


def exchanges(n: int, rps: int, *, peers: bool = False) -> tuple[Any, list[Any]]:
    """The router and ``metrics_bench.py``'s exchanges: 200 keys, 30 deployments, 15 routes
    and seven steps timed before the call; or, with ``peers``, the peer benchmark's shape."""
    shape = (1, 1, 1) if peers else (200, 30, 15)
    world = argparse.Namespace(keys=shape[0], deployments=shape[1], routes=shape[2], rps=rps)
    router, *_ = mb._world(world)
    exs = mb._exchanges(world, n, seed=1)
    if peers:
        for ex in exs:
            ex.marks = [mk for mk in ex.marks if mk.name in ("attempt", "call", "audit")]
    return router, exs


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
    ap.add_argument("--check", action="store_true", help="and compare what both sides counted")
    ap.add_argument("--peers", action="store_true", help=PEERS)
    args = ap.parse_args()
    from prometheus_client import CollectorRegistry

    import kanmon.metrics as now

    router, exs = exchanges(20_000, args.rps, peers=args.peers)
    sides = {}
    registries = {}
    for name, mod in ((args.against, _load(args.against)), ("this tree", now)):
        registry = registries[name] = CollectorRegistry(auto_describe=False)
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
    if args.check:
        _check(*(_said(registries[name], sides[name]) for name in names))
        print("check: both sides counted the same samples and exemplars")


def _said(registry: Any, obs: Any) -> tuple[dict[Any, float], dict[Any, Any]]:
    """Every sample but the creation times, and the exemplars."""
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in registry.collect()
        for s in family.samples
        if not s.name.endswith("_created")
    }
    return samples, dict(obs.exemplars.latest)


def _check(
    a: tuple[dict[Any, float], dict[Any, Any]], b: tuple[dict[Any, float], dict[Any, Any]]
) -> None:
    (samples_a, ex_a), (samples_b, ex_b) = a, b
    assert samples_a.keys() == samples_b.keys(), samples_a.keys() ^ samples_b.keys()
    for k, v in samples_a.items():
        # sums and costs: added up in another order (to float rounding)
        assert math.isclose(v, samples_b[k], rel_tol=1e-9), (k, v, samples_b[k])
        if not (k[0].endswith("_sum") or k[0].startswith("kanmon_cost_usd")):
            assert v == samples_b[k], (k, v, samples_b[k])
    assert ex_a.keys() == ex_b.keys(), ex_a.keys() ^ ex_b.keys()
    for k, (value, (rid, tid, ts)) in ex_a.items():
        value_b, (rid_b, tid_b, ts_b) = ex_b[k]
        # the Unix time of a start is read again at each flush: the same within microseconds
        assert (value, rid, tid) == (value_b, rid_b, tid_b) and abs(ts - ts_b) < 0.01, k


if __name__ == "__main__":
    main()
