"""Budget round trips per second through one RedisLimits: reserve then settle, as a budgeted
request does, from ``--concurrency`` tasks on one event loop for ``--duration`` seconds, and
the client's CPU time per pair (less sensitive than the rate to other load on the machine;
Redis' own time per call is in its ``INFO commandstats``).

Run by hand (never in CI), from the project root, against a Redis you may write to (keys under a
fresh prefix, deleted afterwards):

    .venv/bin/python bench/limits_bench.py --redis-url redis://127.0.0.1:6379/0 --reps 3

To compare two builds, run it with each one's ``src`` first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import statistics
import time


async def once(url: str, concurrency: int, duration: float) -> tuple[float, float]:
    from kanmon.core.principal import Principal
    from kanmon.limits import RedisLimits

    prefix = f"kanmon_bench_{secrets.token_hex(4)}:"
    limits = RedisLimits(url, prefix)
    await limits._redis.set(prefix + "state", "0")  # a Redis that kept its state
    keys = [
        Principal(
            key_id=f"k{i}",
            name="b",
            team="t",
            roles=frozenset({"app"}),
            budget_tokens=10**15,
            budget_period_s=3600,
        )
        for i in range(concurrency)
    ]
    done = 0
    stop = time.monotonic() + duration

    async def worker(p: Principal) -> None:
        nonlocal done
        while time.monotonic() < stop:
            r = await limits.reserve(p, 1000, 0.01)
            assert r is not None
            await limits.settle(r, 300, 0.003)
            done += 1

    t0, c0 = time.monotonic(), time.process_time()
    await asyncio.gather(*(worker(p) for p in keys))
    rate = done / (time.monotonic() - t0)
    cpu_us = (time.process_time() - c0) / done * 1e6
    found = await limits._redis.keys(prefix + "*")
    if found:
        await limits._redis.delete(*found)
    await limits.close()
    return rate, cpu_us


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--duration", type=float, default=5.0)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    got = [
        asyncio.run(once(args.redis_url, args.concurrency, args.duration)) for _ in range(args.reps)
    ]
    print(
        json.dumps(
            {
                "pairs_per_s": [round(r) for r, _ in got],
                "client_cpu_us_per_pair": [round(c, 1) for _, c in got],
                "median_client_cpu_us_per_pair": round(statistics.median(c for _, c in got), 1),
                "concurrency": args.concurrency,
            }
        )
    )


if __name__ == "__main__":
    main()
