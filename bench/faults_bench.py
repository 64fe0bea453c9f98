"""What a caller sees while PostgreSQL or Redis misbehave, with kanmon.yaml's default bounds.

Run by hand (never in CI), from the project root:

    .venv/bin/python bench/faults_bench.py [--scenarios pg-freeze,pg-stop,redis-pause]
        [--outage 6] [--concurrency 4]

Each scenario starts a PostgreSQL (and, for Redis, a redis-server) of its own, from
tests/faults/_servers.py, and an in-process gateway on it with the default store, audit and
limit timeouts, under ``--concurrency`` clients sending chat requests one after another (a
budgeted key for the Redis scenario). The dependency then fails for ``--outage`` seconds (frozen
with SIGSTOP, stopped, or paused) and recovers. Reported per scenario: answers by status; the
time from the fault to the first 503; latency (p50, p99, max) of the answers given while it
lasted; the time from recovery to the first 200; whether every 200 has its audit record.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _percentile(xs: list[float], q: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))]


def run(scenario: str, outage: float, concurrency: int) -> dict[str, Any]:
    import httpx
    import yaml
    from sqlalchemy import select
    from tests.conftest import ADMIN_KEY, SIM_MODELS, sim_deployment
    from tests.faults._load import Load
    from tests.faults._servers import PgServer, RedisServer

    from kanmon.config import load_config
    from kanmon.gateway import GatewayThread
    from kanmon.simulator import SimulatorConfig, SimulatorThread
    from kanmon.store import audit_records
    from kanmon.wiring import build_services

    os.environ["KANMON_ADMIN_KEY"] = ADMIN_KEY
    pg = PgServer()
    redis = RedisServer() if scenario.startswith("redis") else None
    tmp = Path(tempfile.mkdtemp(prefix="kanmon-faults-bench-"))
    try:
        pg.start()
        if redis is not None:
            redis.start()
        with SimulatorThread(SimulatorConfig(models=SIM_MODELS, allow_any_model=True)) as sim:
            doc: dict[str, Any] = {
                "store": {"url": pg.create_db(f"bench_{secrets.token_hex(4)}")},
                "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
                "routes": {"chat": {"deployments": ["d-main"]}},
            }
            if redis is not None:
                doc["limits"] = {"redis_url": redis.url}
            path = tmp / "kanmon.yaml"
            path.write_text(yaml.safe_dump(doc))
            gw = GatewayThread(build_services(load_config(path), path)).start()
            extra = {"budget_tokens": 10**9, "budget_period_s": 3600} if redis else {}
            r = httpx.post(
                gw.root_url + "/admin/keys",
                headers={"Authorization": f"Bearer {ADMIN_KEY}"},
                json={"name": "bench", "team": "bench", "roles": ["app"], **extra},
            )
            r.raise_for_status()
            target = redis if redis is not None else pg
            with Load(gw.base_url, r.json()["key"], concurrency=concurrency) as load:
                time.sleep(2.0)
                fault = time.monotonic()
                if scenario == "pg-stop":
                    pg.stop()
                else:
                    target.freeze()
                time.sleep(outage)
                recovered = time.monotonic()
                if scenario == "pg-stop":
                    pg.start()
                else:
                    target.thaw()
                time.sleep(4.0)
            with gw.services.db.engine.connect() as conn:
                logged = set(conn.execute(select(audit_records.c.request_id)).scalars())
            gw.stop()
    finally:
        pg.close()
        if redis is not None:
            redis.close()
        shutil.rmtree(tmp, ignore_errors=True)
    res = load.results
    during = [x for x in res if fault <= x.t0 and x.t1 <= recovered]
    first_503 = min((x.t1 for x in res if x.status == 503 and x.t1 >= fault), default=None)
    first_200 = min((x.t1 for x in res if x.status == 200 and x.t0 >= recovered), default=None)
    lat = [x.latency for x in during]
    statuses: dict[str, int] = {}
    for x in res:
        statuses[str(x.status)] = statuses.get(str(x.status), 0) + 1
    return {
        "scenario": scenario,
        "outage_s": outage,
        "concurrency": concurrency,
        "answers": statuses,
        "answered_during_outage": len(during),
        "first_503_after_fault_s": round(first_503 - fault, 3) if first_503 else None,
        "outage_latency_s": {
            "p50": round(statistics.median(lat), 3) if lat else None,
            "p99": round(_percentile(lat, 0.99), 3),
            "max": round(max(lat), 3) if lat else None,
        },
        "first_200_after_recovery_s": round(first_200 - recovered, 3) if first_200 else None,
        "every_200_recorded": {x.request_id for x in res if x.status == 200} <= logged,
        "retry_after_on_every_503": all(x.retry_after for x in res if x.status == 503),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scenarios", default="pg-freeze,pg-stop,redis-pause")
    ap.add_argument("--outage", type=float, default=6.0)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    results = [run(s, args.outage, args.concurrency) for s in args.scenarios.split(",")]
    for r in results:
        print(json.dumps(r))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d")
    out = args.out or ROOT / "bench" / "results" / f"faults-{stamp}.json"
    out.write_text(json.dumps({"command": " ".join(sys.argv), "results": results}, indent=2))
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
