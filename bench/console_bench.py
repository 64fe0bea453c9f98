"""Console benchmark: server time of every page with a large store.

Run by hand (never in CI), from the project root:

    .venv/bin/python bench/console_bench.py --records 1000000 --held 10000

Fills a fresh SQLite store through the audit log's real group-commit path (leaf hashes, tree
state, signed heads; in batches of 5,000, spread over 30 days) and bulk-inserts the held
requests, then signs in and times each page through the console's ASGI app in process: from
the request to the last byte of the response, no network. Prints the median and the maximum of
``--reps`` loads per page. ``--pg-url`` runs the same on a fresh PostgreSQL database.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEPLOYMENTS = ["d-us", "d-eu", "d-cn", "d-sg", "d-local"]
DECISIONS = ["allow"] * 90 + ["redact"] * 5 + ["reroute"] * 2 + ["block", "hold", "deny"]
CLASSES = ["internal"] * 80 + ["public"] * 10 + ["confidential"] * 8 + ["restricted"] * 2


def _config(tmp: Path, store_url: str) -> Path:
    import yaml

    deps = [
        {
            "id": d,
            "model": "kanmon-sim",
            "provider": "bench",
            "provider_entity": "bench",
            "provider_jurisdiction": d.split("-")[1].upper()[:2],
            "processing_region": d.split("-")[1].upper(),
            "api": "openai_compatible",
            "base_url": "http://127.0.0.1:9",
            "model_alias": "x",
            "simulated": True,
            "price": {"input_per_mtok": 1.0, "output_per_mtok": 2.0, "as_of": "2026-11-01"},
        }
        for d in DEPLOYMENTS
    ]
    policy = tmp / "policy.yaml"
    sys.path.insert(0, str(ROOT))
    from tests.policy._policies import BASE

    policy.write_text(yaml.safe_dump(BASE))
    doc = {
        "store": {"url": store_url},
        "policy": {"file": str(policy)},
        "deployments": deps,
        "routes": {"chat": {"deployments": DEPLOYMENTS[:2]}},
    }
    path = tmp / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


def fill(services: Any, records: int, held: int) -> None:
    from kanmon.audit import AuditWriter
    from kanmon.core.record import RECORD_VERSION, Attempt, AuditRecord
    from kanmon.request import new_request_id
    from kanmon.store import review_items

    rnd = random.Random(7)
    writer = AuditWriter(services.db, batch_max=5000, signer=services.audit.signer)
    now = dt.datetime.now(dt.UTC)
    span = dt.timedelta(days=30).total_seconds()
    t0 = time.perf_counter()
    batch: list[AuditRecord] = []
    for i in range(records):
        ts = now - dt.timedelta(seconds=span * (1 - i / records))
        dep = rnd.choice(DEPLOYMENTS)
        dec = rnd.choice(DECISIONS)
        attempts = [Attempt(dep, "ok", 120.0)]
        if rnd.random() < 0.03:
            attempts.insert(0, Attempt("d-us", "http_503", 30.0, 1))
        batch.append(
            AuditRecord(
                version=RECORD_VERSION,
                request_id=new_request_id(),
                ts=ts.isoformat(),
                key_id=f"key{rnd.randrange(200):03d}",
                team=f"team{rnd.randrange(20)}",
                endpoint="chat.completions",
                model_requested="chat",
                deployment=dep if dec not in ("block", "hold", "deny") else None,
                status=200 if dec not in ("block", "hold", "deny") else 403,
                decision=dec,  # type: ignore[arg-type]
                data_class=rnd.choice(CLASSES),
                attempts=attempts,
                prompt_tokens=rnd.randrange(20, 800),
                completion_tokens=rnd.randrange(10, 400),
                cost_usd=0.0004,
                latency_ms=150.0,
                approval_id=f"apr_{rnd.randrange(30):04d}" if rnd.random() < 0.2 else None,
            )
        )
        if len(batch) == 5000:
            writer.write_many(batch)
            batch = []
    if batch:
        writer.write_many(batch)
    writer.close()
    took = time.perf_counter() - t0
    print(f"filled {records:,} audit records in {took:.1f} s ({records / took:,.0f}/s)")
    t0 = time.perf_counter()
    rows = [
        {
            "id": f"rev_{secrets.token_hex(10)}",
            "request_id": new_request_id(),
            "created_at": now - dt.timedelta(seconds=held - i),
            "status": "pending" if i % 3 else "completed",
            "kind": "request",
            "key_id": f"key{i % 200:03d}",
            "team": "team1",
            "model": "chat",
            "data_class": "restricted",
            "policy_version": "sha256:bench",
            "rule_ids": ["hold-restricted"],
            "reasons": ["hold-restricted: social security numbers need a reviewer"],
            "findings": {"US_SSN": 1},
            "redact": [],
            "deployments": ["d-us"],
            "body": '{"model":"chat","messages":[{"role":"user","content":"SSN 536-22-8391"}]}',
        }
        for i in range(held)
    ]
    with services.db.engine.begin() as conn:
        conn.execute(review_items.insert(), rows)
    print(f"inserted {held:,} held requests in {time.perf_counter() - t0:.1f} s")


async def measure(app: Any, path: str, cookie: str, reps: int) -> list[float]:
    out = []
    status = [0]

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status[0] = message["status"]

    for _ in range(reps):
        raw_path, _, query = path.partition("?")
        scope = {
            "type": "http",
            "method": "GET",
            "path": raw_path,
            "query_string": query.encode(),
            "headers": [(b"host", b"bench"), (b"cookie", f"kanmon_console={cookie}".encode())],
            "client": ("127.0.0.1", 1),
            "scheme": "http",
        }
        t0 = time.perf_counter()
        await app(scope, receive, send)
        out.append((time.perf_counter() - t0) * 1000)
        assert status[0] == 200, (path, status[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--held", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--pg-url", default=None)
    args = ap.parse_args()
    os.environ.setdefault("KANMON_HASH_KEY", "00" * 32)
    from kanmon.config import load_config
    from kanmon.core.principal import Principal
    from kanmon.gateway import Gateway
    from kanmon.wiring import build_services

    tmp = Path(tempfile.mkdtemp(prefix="kanmon-console-bench-"))
    url = args.pg_url or f"sqlite:///{tmp / 'kanmon.db'}"
    cfg_path = _config(tmp, url)
    services = build_services(load_config(cfg_path), cfg_path)
    fill(services, args.records, args.held)
    gw = Gateway(services)
    services.start()
    console = next(m for m in gw.table.mounts if m.prefix == "/console")
    auditor = Principal("bench-aud", "bench", "ops", frozenset({"auditor", "admin", "reviewer"}))
    cookie, _ = console.sessions.create("boot", auditor, key_id="bench-aud")
    first_review = str(
        console.sessions.db.engine.connect()
        .exec_driver_sql("SELECT id FROM review_items WHERE status = 'pending' LIMIT 1")
        .scalar()
    )
    some_record = str(
        console.sessions.db.engine.connect()
        .exec_driver_sql(
            "SELECT request_id FROM audit_records ORDER BY seq DESC LIMIT 1 OFFSET 5000"
        )
        .scalar()
    )
    pages = [
        "/console/?window=24h",
        "/console/?window=7d",
        "/console/reviews",
        f"/console/reviews/{first_review}",
        "/console/audit",
        "/console/audit?deployment=d-cn",
        "/console/audit?decision=hold",
        "/console/audit?data_class=restricted",
        "/console/audit?key_id=key042&team=team7",
        "/console/audit?approval_id=apr_0007",
        "/console/audit?since=2026-01-01T00:00",
        f"/console/audit/records/{some_record}",
        "/console/governance",
        "/console/catalog",
        "/console/evals",
        "/console/policy",
        "/console/keys",
    ]

    async def run() -> None:
        print(f"{'page':48} {'median ms':>10} {'max ms':>8}")
        for path in pages:
            times = await measure(console, path, cookie, args.reps)
            print(f"{path[:48]:48} {statistics.median(times):10.1f} {max(times):8.1f}")

    asyncio.run(run())
    services.close_sync()
    print(f"store: {url}  records {args.records:,}  held {args.held:,}  reps {args.reps}")


if __name__ == "__main__":
    main()
