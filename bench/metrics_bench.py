"""What Prometheus metrics cost: the observer's time per finished request, the exemplars' file
a worker writes, and the time of a scrape at a realistic number of series, in one process and
added up from two workers' files (text format, and OpenMetrics with exemplars).

Times are CPU time (``time.process_time``, rusage of children): a busy machine inflates them
far less than wall time. Run by hand from the project root (about 30 s)::

    .venv/bin/python bench/metrics_bench.py [--keys 200 --deployments 30 --routes 15]

The exchanges are built the way the request path leaves them (a principal, a deployment, the
marks of seven steps and one attempt, token counts, findings on one in ten), spread over the
given keys (each calling one or two routes), routes and deployments with a fallback on one in
twenty and a few error statuses, so the registry holds the series such a gateway would.
``--path-upstream`` also measures the whole request path's CPU with and without metrics (about
40 s more). The end-to-end rps and latency are the peer benchmark's ``-metrics`` variant:
``bench/gateway_peers.py --variants 1w,1w-metrics`` (docs/operations.md, "Metrics").
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ENV = "PROMETHEUS_MULTIPROC_DIR"


def _deployment(i: int) -> Any:
    from kanmon.core.catalog import Deployment

    return Deployment.model_validate(
        {
            "id": f"dep-{i}",
            "model": "kanmon-sim",
            "provider": "bench",
            "provider_entity": "bench",
            "provider_jurisdiction": ("US", "CN", "DE", "SG", "KR", "JP")[i % 6],
            "processing_region": ("US", "CN", "EU-DE", "SG", "KR", "JP")[i % 6],
            "api": "openai_compatible",
            "base_url": "http://127.0.0.1:9/v1",
            "model_alias": f"m{i}",
            "simulated": True,
            "price": {"input_per_mtok": 0.5, "output_per_mtok": 1.5, "as_of": "2026-11-01"},
        }
    )


def _world(args: argparse.Namespace) -> tuple[Any, list[Any], list[Any], list[str]]:
    from kanmon.core.principal import Principal
    from kanmon.providers import RetryPolicy
    from kanmon.routing import Breaker, Router

    deps = [_deployment(i) for i in range(args.deployments)]
    routes = {
        f"route-{r}": [deps[r % len(deps)], deps[(r + 1) % len(deps)]] for r in range(args.routes)
    }
    router = Router(routes, {}, retry=RetryPolicy(), breaker=Breaker(3, 30))
    keys = [
        Principal(f"key{k:04d}", f"k{k}", f"team-{k % 12}", frozenset({"app"}))
        for k in range(args.keys)
    ]
    return router, deps, keys, list(routes)


def _exchanges(args: argparse.Namespace, n: int, seed: int) -> list[Any]:
    from kanmon.core.record import Attempt
    from kanmon.request import Exchange, Mark

    router, deps, keys, names = _world(args)
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        k = rnd.randrange(len(keys))
        route = names[(k + rnd.randrange(2)) % len(names)]  # a key calls one or two routes
        chain = router.routes[route]
        t = time.perf_counter() - 0.5
        ex = Exchange(endpoint=rnd.choice(("chat.completions", "responses", "messages")))
        ex.operation = "chat"
        ex.model = route if i % 50 else "caller-invented"
        ex.principal = keys[k]
        marks = []
        for step in ("auth", "parse", "route", "scan", "classify", "decide", "reserve"):
            marks.append(Mark(step, t, t + 0.0001))
            t += 0.0001
        attempts = []
        if i % 20 == 0:  # fallback
            marks.append(
                Mark("attempt", t, t + 0.2, (("deployment", chain[0].id), ("outcome", "http_503")))
            )
            attempts.append(Attempt(chain[0].id, "http_503", 200.0, 1))
            t += 0.2
        served = chain[1] if i % 20 == 0 else chain[0]
        marks.append(Mark("attempt", t, t + 0.3, (("deployment", served.id), ("outcome", "ok"))))
        attempts.append(Attempt(served.id, "ok", 300.0))
        marks.append(Mark("call", marks[7].start, t + 0.3))
        marks.append(Mark("audit", t + 0.3, t + 0.301))
        ex.marks = marks
        ex.attempts = attempts
        ex.deployment = served
        ex.status = rnd.choice((200,) * 30 + (400, 403, 429, 502))
        ex.decision = "allow" if ex.status == 200 else "deny"
        ex.data_class = rnd.choice(("public", "internal", "confidential"))
        ex.prompt_tokens, ex.completion_tokens = rnd.randint(10, 2000), rnd.randint(1, 800)
        if i % 10 == 0:
            ex.findings_in = {rnd.choice(("EMAIL", "PHONE", "IBAN", "PERSON")): 1}
        if i % 4 == 0:
            ex.stream = True
            ex.first_chunk = ex.started + 0.25
        out.append(ex)
    return out


def _metrics(
    args: argparse.Namespace, router: Any, registry: Any, exemplar_file: Path | None = None
) -> Any:
    from kanmon.metrics import MetricsObserver, RequestMetrics
    from kanmon.metrics._exemplars import Exemplars

    return MetricsObserver(RequestMetrics(registry), router, exemplars=Exemplars(exemplar_file))


def observer_cost(args: argparse.Namespace) -> None:
    from prometheus_client import CollectorRegistry, generate_latest

    router, *_ = _world(args)
    registry = CollectorRegistry(auto_describe=False)
    obs = _metrics(args, router, registry)
    exs = _exchanges(args, args.n, seed=1)
    per_second = args.rps  # exchanges between two flushes, as at that rate

    async def measure() -> tuple[float, float]:
        # on a running loop, as in the gateway: done() arms the flush timer, never runs it
        for ex in exs[:2000]:  # the series exist from here on, as in a gateway that has run
            obs.done(ex)
        obs.flush()
        t_done = t_flush = 0.0
        for start in range(0, len(exs), per_second):
            chunk = exs[start : start + per_second]
            t0 = time.process_time()
            for ex in chunk:
                obs.done(ex)
            t1 = time.process_time()
            obs.flush()
            t_done += t1 - t0
            t_flush += time.process_time() - t1
        return t_done / len(exs) * 1e6, t_flush / len(exs) * 1e6

    rounds = [asyncio.run(measure()) for _ in range(5)]
    done_us = statistics.median(r[0] for r in rounds)
    flush_us = statistics.median(r[1] for r in rounds)
    print(
        f"observer: {done_us:.1f} us per request on its path (done), "
        f"{flush_us:.1f} us per request in the flush once a second at {per_second} rps "
        f"(medians of 5 x {len(exs)})"
    )
    body = generate_latest(registry)
    series = sum(1 for line in body.splitlines() if line and not line.startswith(b"#"))
    times = []
    for _ in range(20):
        t0 = time.process_time()
        generate_latest(registry)
        times.append((time.process_time() - t0) * 1000)
    print(
        f"scrape, 1 process: {series} samples, {len(body) / 1024:.0f} KiB, "
        f"{statistics.median(times):.1f} ms (median of 20)"
    )
    exemplar_file_cost(args, router, exs, per_second)


def exemplar_file_cost(
    args: argparse.Namespace, router: Any, exs: list[Any], per_second: int
) -> None:
    """A worker's flush: the same, plus writing its exemplars' file (renamed into place)."""
    from prometheus_client import CollectorRegistry

    with tempfile.TemporaryDirectory(prefix="kanmon-exemplars-bench-") as d:
        path = Path(d) / "exemplars_1.json"
        obs = _metrics(args, router, CollectorRegistry(auto_describe=False), path)

        async def measure() -> tuple[float, list[float]]:
            for ex in exs[:2000]:
                obs.done(ex)
            obs.flush()
            t_flush = 0.0
            saves = []
            for start in range(0, len(exs), per_second):
                for ex in exs[start : start + per_second]:
                    obs.done(ex)
                t0 = time.process_time()
                obs.flush()
                t_flush += time.process_time() - t0
                t1 = time.process_time()
                obs.exemplars.changed = True
                obs.exemplars.save()  # the write alone, once more
                saves.append((time.process_time() - t1) * 1000)
            return t_flush / len(exs) * 1e6, saves

        rounds = [asyncio.run(measure()) for _ in range(5)]
        size = path.stat().st_size
        entries = len(obs.exemplars.latest)
    flush_us = statistics.median(r[0] for r in rounds)
    save_ms = statistics.median(t for r in rounds for t in r[1])
    print(
        f"flush with the exemplars' file: {flush_us:.1f} us per request at {per_second} rps; "
        f"the file: {entries} exemplars, {size / 1024:.0f} KiB, written in {save_ms:.2f} ms "
        "(medians of 5 rounds)"
    )


def exemplar_table_cost() -> None:
    """The worst a worker's exemplars' file gets: every bucket of 45 overhead series
    (3 endpoints x 15 routes) and 90 upstream series (30 deployments x 3 outcomes) named."""
    from kanmon.metrics._exemplars import Exemplars, Spec, read_dir
    from kanmon.metrics._families import OVERHEAD_BUCKETS, UPSTREAM_BUCKETS

    rid, tid = "req_01a2303c5e1f7b2d9a4e8c0f3b6d7a91", "4bf92f3577b34da6a3ce929d0e0e4736"
    with tempfile.TemporaryDirectory(prefix="kanmon-exemplars-bench-") as d:
        ex = Exemplars(Path(d) / "exemplars_1.json")
        ov = Spec("kanmon_gateway_overhead_seconds", ("endpoint", "route"), OVERHEAD_BUCKETS)
        up = Spec("kanmon_upstream_seconds", ("deployment", "outcome"), UPSTREAM_BUCKETS)
        for spec, series in (
            (
                ov,
                [
                    (e, f"route-{r}")
                    for e in ("chat.completions", "responses", "messages")
                    for r in range(15)
                ],
            ),
            (up, [(f"dep-{i}", o) for i in range(30) for o in ("ok", "http_503", "timeout")]),
        ):
            for labels in series:
                for b in (*spec.bounds, spec.bounds[-1] * 2):
                    ex.note(spec, labels, b * 0.9, (rid, tid, time.time()))
        writes, reads = [], []
        for _ in range(20):
            ex.changed = True
            t0 = time.process_time()
            ex.save()
            t1 = time.process_time()
            read_dir(Path(d))
            writes.append((t1 - t0) * 1000)
            reads.append((time.process_time() - t1) * 1000)
        size = (Path(d) / "exemplars_1.json").stat().st_size
    print(
        f"exemplars' file, every bucket named: {len(ex.latest)} exemplars, {size / 1024:.0f} KiB, "
        f"written in {statistics.median(writes):.2f} ms, read in {statistics.median(reads):.1f} ms "
        "(medians of 20)"
    )


def populate(args: argparse.Namespace) -> None:
    """A worker's share, in the multiprocess directory (run as a child with ENV set)."""
    router, *_ = _world(args)
    obs = _metrics(args, router, None, Path(os.environ[ENV]) / f"exemplars_{os.getpid()}.json")

    async def run() -> None:
        for ex in _exchanges(args, args.n, seed=os.getpid()):
            obs.done(ex)
        obs.flush()

    asyncio.run(run())


def multiprocess_scrape(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="kanmon-metrics-bench-") as d:
        env = {**os.environ, ENV: d}
        me = [sys.executable, __file__, *_pass(args)]
        for _ in range(2):
            subprocess.run([*me, "--populate"], env=env, check=True)
        subprocess.run([*me, "--scrape"], env=env, check=True)


def scrape_files() -> None:
    """Time a scrape of the multiprocess directory (run as a child with ENV set)."""
    from prometheus_client import CollectorRegistry, generate_latest
    from prometheus_client.multiprocess import MultiProcessCollector
    from prometheus_client.openmetrics.exposition import generate_latest as om_latest

    from kanmon.metrics._exemplars import ExemplarCollector, read_dir

    shared = Path(os.environ[ENV])
    registry = CollectorRegistry(auto_describe=False)
    MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    om = CollectorRegistry(auto_describe=False)
    om.register(ExemplarCollector(MultiProcessCollector(None), lambda: read_dir(shared)))  # type: ignore[no-untyped-call]
    body = generate_latest(registry)
    om_body = om_latest(om)  # type: ignore[no-untyped-call]
    series = sum(1 for line in body.splitlines() if line and not line.startswith(b"#"))
    shown = om_body.count(b" # {request_id=")
    times: dict[str, list[float]] = {"text": [], "openmetrics": []}
    for _ in range(10):  # interleaved
        t0 = time.process_time()
        generate_latest(registry)
        t1 = time.process_time()
        om_latest(om)
        t2 = time.process_time()
        times["text"].append((t1 - t0) * 1000)
        times["openmetrics"].append((t2 - t1) * 1000)
    files = len(list(shared.glob("*.db")))
    print(
        f"scrape, 2 workers: {series} samples from {files} files, "
        f"{statistics.median(times['text']):.1f} ms in the text format; OpenMetrics with "
        f"{shown} exemplars from 2 files {statistics.median(times['openmetrics']):.1f} ms "
        "(medians of 10)"
    )


def path_cpu(args: argparse.Namespace) -> None:
    """The gateway's CPU per JSON request, metrics off and on: ``bench/path_cost.py --cpu``
    drives the app in-process against the upstream at ``--path-upstream`` (another process,
    not counted) and reports the CPU of its request loop, start-up left out."""
    script = str(Path(__file__).resolve().parent / "path_cost.py")

    def cpu(metrics: bool) -> float:
        cmd = [sys.executable, script, "--cpu", "--n", str(args.path_n)]
        cmd += ["--upstream", args.path_upstream] + ["--metrics"] * metrics
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        return float(out.split()[-1])

    per: dict[bool, list[float]] = {False: [], True: []}
    for rep in range(args.reps):
        # interleaved, each first in turn, so a change of load hits both alike
        for metrics in (False, True) if rep % 2 == 0 else (True, False):
            per[metrics].append(cpu(metrics))
    off, on = statistics.median(per[False]), statistics.median(per[True])
    print(
        f"request path, JSON: {off:.0f} us CPU per request without metrics, {on:.0f} us with "
        f"({(on - off) / off:+.1%}; medians of {args.reps}, {args.path_n} requests each)"
    )


def _pass(args: argparse.Namespace) -> list[str]:
    return [
        f"--keys={args.keys}",
        f"--deployments={args.deployments}",
        f"--routes={args.routes}",
        f"--n={args.n}",
        f"--rps={args.rps}",
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--keys", type=int, default=200)
    ap.add_argument("--deployments", type=int, default=30)
    ap.add_argument("--routes", type=int, default=15)
    ap.add_argument("--n", type=int, default=20_000, help="exchanges per round")
    ap.add_argument("--rps", type=int, default=2000, help="exchanges between two flushes")
    ap.add_argument(
        "--path-upstream",
        default=None,
        help="also measure the request path's CPU against this upstream, e.g. the peers' fake "
        "upstream: http://127.0.0.1:18000/v1",
    )
    ap.add_argument("--path-n", type=int, default=1500, help="requests per path measurement")
    ap.add_argument("--reps", type=int, default=4)
    ap.add_argument("--populate", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--scrape", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.populate:
        populate(args)
        return
    if args.scrape:
        scrape_files()
        return
    print(f"{args.keys} keys, {args.deployments} deployments, {args.routes} routes")
    if args.path_upstream:
        path_cpu(args)
    observer_cost(args)
    exemplar_table_cost()
    multiprocess_scrape(args)


if __name__ == "__main__":
    main()
