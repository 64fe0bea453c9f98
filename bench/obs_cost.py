"""CPU per request of the whole request path with metrics and traces off and on, in process: the
gateway app driven through ASGI (``bench/path_cost.py``'s driver: no HTTP server, no client in
the count) against the peers' fake upstream, traces exported by the official OTLP/HTTP exporter
to ``bench/otlp_sink.py`` in its own process. Each variant runs in a fresh process; variants are
interleaved, each rep in turn, so the machine's drift is shared::

    .venv/bin/python ../shared/bench/peers/fake_upstream.py --port 18015 &
    .venv/bin/python bench/otlp_sink.py --port 14318 &
    .venv/bin/python bench/obs_cost.py --upstream http://127.0.0.1:18015/v1 \\
        --otlp http://127.0.0.1:14318/v1/traces [--reps 5] [--n 2000]

Printed per variant: the median CPU time per request of the whole process (every thread: the
exporter's and the audit writer's too) and of the main thread (the event loop's), and each
against ``off``. Variants: ``off``, ``metrics``, ``traces-R`` (tracing alone at sample ratio R)
and ``obs-R`` (metrics and tracing at R).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import path_cost as pc  # noqa: E402

DEFAULT_VARIANTS = "off,metrics,traces-0,traces-0.05,traces-1,obs-0.05"


def _config(variant: str, work: Path, upstream: str, otlp: str) -> Path:
    import yaml

    path = pc._config(work, False, upstream, metrics=variant == "metrics")
    cfg = yaml.safe_load(path.read_text())
    kind, _, ratio = variant.partition("-")
    if kind in ("traces", "obs"):
        cfg["tracing"] = {"enabled": True, "endpoint": otlp, "sample_ratio": float(ratio)}
    if kind == "obs":
        cfg["metrics"] = {"enabled": True}
    path.write_text(yaml.safe_dump(cfg))
    return path


async def _drive(
    variant: str, n: int, warmup: int, upstream: str, otlp: str, concurrency: int
) -> tuple[float, float]:
    """``n`` requests after ``warmup``; CPU seconds (process, main thread) from the first
    measured request to the end of the shutdown (which exports what is still queued)."""
    from kanmon.store import Database

    # on a clock, not per request (as in path_cost.py)
    Database.start_checkpointer = lambda self, interval_s=0.5: None  # type: ignore[method-assign]
    services = pc._build(
        _config(variant, Path(tempfile.mkdtemp(prefix="kanmon-obs-")), upstream, otlp)
    )
    body = orjson.dumps(pc.BODY)
    app, scope, stop = await pc.open_gateway(services, body)

    async def one() -> None:
        call = pc._Call(body)
        await app(scope, call.receive, call.send)
        assert call.sent[0]["status"] == 200, call.sent

    async def run(k: int) -> None:
        # ``concurrency`` requests at a time: their audit records share a group commit, as
        # under load (one at a time, each waits for its own fsync)
        for i in range(0, k, concurrency):
            await asyncio.gather(*(one() for _ in range(min(concurrency, k - i))))

    await run(warmup)
    await asyncio.sleep(0.5)  # the warm-up's audit commits and exports out of the way
    t0, m0 = time.process_time(), time.thread_time()
    await run(n)
    await stop()
    return time.process_time() - t0, time.thread_time() - m0


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--variants", default=DEFAULT_VARIANTS)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--warmup", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--upstream", default="http://127.0.0.1:18015/v1")
    ap.add_argument("--otlp", default="http://127.0.0.1:14318/v1/traces")
    ap.add_argument(
        "--base",
        metavar="SRC",
        help="another tree's src/: each variant is also run on it (as VARIANT@base), in turn",
    )
    ap.add_argument("--one", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        cpu, main_cpu = asyncio.run(_drive(a.one, a.n, a.warmup, a.upstream, a.otlp, a.concurrency))
        print(f"{cpu / a.n * 1e6:.2f} {main_cpu / a.n * 1e6:.2f}")
        return 0
    variants = a.variants.split(",")
    if a.base:
        variants = [x for v in variants for x in (v, v + "@base")]
    got: dict[str, list[tuple[float, float]]] = {v: [] for v in variants}
    for rep in range(a.reps):
        for v in variants if rep % 2 == 0 else variants[::-1]:
            name, _, on_base = v.partition("@")
            args = [sys.executable, __file__, "--one", name, "--n", str(a.n)]
            args += ["--warmup", str(a.warmup), "--upstream", a.upstream, "--otlp", a.otlp]
            args += ["--concurrency", str(a.concurrency)]
            env = dict(os.environ)
            if on_base:
                env["PYTHONPATH"] = a.base
            run = subprocess.run(args, capture_output=True, text=True, env=env)
            if run.returncode != 0:
                raise SystemExit(f"{v} failed:\n{run.stderr[-2000:]}")
            cpu, main_cpu = (float(x) for x in run.stdout.split())
            got[v].append((cpu, main_cpu))
            print(f"rep {rep} {v:<12} {cpu:8.1f} {main_cpu:8.1f}", file=sys.stderr, flush=True)
    base = statistics.median(c for c, _ in got[variants[0]])
    base_main = statistics.median(m for _, m in got[variants[0]])
    print(
        f"{'variant':<12}{'CPU µs/req':>12}{'vs ' + variants[0]:>10}{'main thread':>13}"
        f"{'vs ' + variants[0]:>10}   (medians of {a.reps} × {a.n} requests)"
    )
    for v, runs in got.items():
        cpu = statistics.median(c for c, _ in runs)
        main_cpu = statistics.median(m for _, m in runs)
        print(
            f"{v:<12}{cpu:>12.1f}{cpu - base:>+10.1f}"
            f"{main_cpu:>13.1f}{main_cpu - base_main:>+10.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
