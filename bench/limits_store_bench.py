"""What store-backed limits cost a budgeted request: reserve then settle, as a budgeted request
does, through ``StoreLimits`` on a SQLite file and on PostgreSQL, beside ``LocalLimits`` (the
one-worker path). For each: pairs per second from ``--concurrency`` tasks on one event loop,
the process' CPU time per pair (event loop and the store's thread together), pairs per
transaction (calls of one loop iteration share a commit), and the latency of one pair alone.

Run by hand (never in CI), from the project root (about 30 s with the defaults):

    .venv/bin/python bench/limits_store_bench.py --pg postgresql://postgres@127.0.0.1:5432/test

With ``--pg`` (a server and a database to connect to) it makes a database of its own there,
and drops it afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any


def _principals(n: int) -> list[Any]:
    from kanmon.core.principal import Principal

    tag = secrets.token_hex(3)
    return [
        Principal(
            key_id=f"bench-{tag}-{i}",
            name="b",
            team="t",
            roles=frozenset({"app"}),
            budget_tokens=10**15,
            budget_period_s=3600,
        )
        for i in range(n)
    ]


async def _run(limits: Any, concurrency: int, duration: float) -> dict[str, float]:
    keys = _principals(concurrency)
    done = 0

    async def pair(p: Any) -> None:
        r = await limits.reserve(p, 1000, 0.01)
        assert r is not None
        await limits.settle(r, 300, 0.003)

    # one pair alone: the latency a request waits for its limits when nothing else runs
    await pair(keys[0])
    alone = []
    for _ in range(50):
        t = time.perf_counter()
        await pair(keys[0])
        alone.append((time.perf_counter() - t) * 1e6)

    stop = time.monotonic() + duration

    async def worker(p: Any) -> None:
        nonlocal done
        while time.monotonic() < stop:
            await pair(p)
            done += 1

    tx0 = getattr(limits, "transactions", 0)
    t0, c0 = time.monotonic(), time.process_time()
    await asyncio.gather(*(worker(p) for p in keys))
    rate = done / (time.monotonic() - t0)
    cpu_us = (time.process_time() - c0) / done * 1e6
    tx = getattr(limits, "transactions", 0) - tx0
    await limits.close()
    return {
        "pairs_per_s": round(rate),
        "cpu_us_per_pair": round(cpu_us, 1),
        "pairs_per_transaction": round(done / tx, 1) if tx else 0.0,
        "alone_us_median": round(statistics.median(alone)),
    }


def _store(url: str) -> Any:
    from kanmon.limits import StoreLimits
    from kanmon.store import CounterStore, Database, migrate

    db = Database(url)
    migrate(db)
    return StoreLimits(CounterStore(db))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pg", default=None, help="also measure on this PostgreSQL server")
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--duration", type=float, default=5.0)
    args = ap.parse_args()
    from kanmon.limits import LocalLimits

    out: dict[str, Any] = {"concurrency": args.concurrency}
    out["process"] = asyncio.run(_run(LocalLimits(), args.concurrency, args.duration))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        out["sqlite"] = asyncio.run(_run(_store(url), args.concurrency, args.duration))
    if args.pg:
        import psycopg

        name = f"kanmon_bench_{secrets.token_hex(4)}"
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        base = args.pg.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
        try:
            limits = _store(f"{base}/{name}")
            out["postgresql"] = asyncio.run(_run(limits, args.concurrency, args.duration))
        finally:
            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
