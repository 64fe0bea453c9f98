"""Audit benchmark: append throughput of the Merkle log, and gateway rps with audit variants.

Run by hand on a quiet machine (never in CI), from the project root:

    .venv/bin/python bench/audit_bench.py append --records 50000 --pg-url \
        postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/audit_bench.py gateway --duration 15 --concurrency 64 \
        --variants durable,async,encrypted,durable-pg --pg-url ...

``append`` pushes records through the real writer thread (group commit, leaf hashing, tree
state, a signed head per second) and reports records/s for SQLite and, with ``--pg-url``, for
PostgreSQL (a fresh database is created and dropped). ``gateway`` runs ``kanmon serve`` per
variant against the in-process simulator and reports requests/s and p50/p99 latency:
``durable`` (the default: a response completes after its record commits), ``async`` (records
not awaited: the closest to audit off), ``encrypted`` (content kept, AES-GCM) and ``durable-pg``
(the log on PostgreSQL). For peers side by side use ``bench/gateway_peers.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _fresh_pg(url: str) -> tuple[str, str]:
    import psycopg

    admin = url.replace("postgresql+psycopg://", "postgresql://", 1)
    name = f"kanmon_bench_{secrets.token_hex(4)}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name, name


def _drop_pg(url: str, name: str) -> None:
    import psycopg

    admin = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def append_rate(url: str, n: int) -> dict[str, Any]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from tests.audit._records import record

    from kanmon.audit import AuditWriter, Signer, verify_log
    from kanmon.store import Database, migrate

    db = Database(url)
    migrate(db)
    db.start_checkpointer()
    signer = Signer(Ed25519PrivateKey.generate())
    w = AuditWriter(db, signer=signer, head_interval_s=1.0)
    recs = [record(i) for i in range(n)]
    for r in recs:
        r.request_id = f"req_{secrets.token_hex(8)}"
    w.start()
    t0 = time.perf_counter()
    for r in recs:
        w.submit(r, wait=False)
    w.close(timeout=600)
    took = time.perf_counter() - t0
    t1 = time.perf_counter()
    rep = verify_log(db, signer.public)
    verify_s = time.perf_counter() - t1
    db.close()
    return {
        "records": n,
        "seconds": round(took, 3),
        "records_per_s": round(n / took),
        "verify_records_per_s": round(n / verify_s),
        "verified": rep.ok,
    }


def cmd_append(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as d:
        out["sqlite"] = append_rate(f"sqlite:///{Path(d) / 'bench.db'}", args.records)
    if args.pg_url:
        url, name = _fresh_pg(args.pg_url)
        try:
            out["postgresql"] = append_rate(url, args.records)
        finally:
            _drop_pg(args.pg_url, name)
    return out


async def _load(url: str, key: str, duration: float, conc: int) -> dict[str, Any]:
    import httpx

    lat: list[float] = []
    errors = 0
    stop = time.monotonic() + duration
    body = {"model": "chat", "messages": [{"role": "user", "content": "benchmark"}]}

    async def worker(c: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.monotonic() < stop:
            t = time.perf_counter()
            r = await c.post(url, json=body)
            if r.status_code == 200:
                lat.append(time.perf_counter() - t)
            else:
                errors += 1

    limits = httpx.Limits(max_connections=conc, max_keepalive_connections=conc)
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(limits=limits, headers=headers, timeout=30) as c:
        t0 = time.monotonic()
        await asyncio.gather(*(worker(c) for _ in range(conc)))
        took = time.monotonic() - t0
    lat.sort()
    return {
        "rps": round(len(lat) / took, 1),
        "p50_ms": round(1000 * statistics.median(lat), 2) if lat else None,
        "p99_ms": round(1000 * lat[int(len(lat) * 0.99) - 1], 2) if lat else None,
        "errors": errors,
    }


def cmd_gateway(args: argparse.Namespace) -> dict[str, Any]:
    import yaml
    from tests.conftest import ADMIN_KEY, sim_deployment
    from tests.scale._proc import Served, free_port

    from kanmon.simulator import ModelBehaviour, SimulatorConfig, SimulatorThread

    os.environ.setdefault("KANMON_AUDIT_CONTENT_KEY", secrets.token_hex(32))
    results: dict[str, Any] = {}
    sim_cfg = SimulatorConfig(models={"sim-model": ModelBehaviour()}, allow_any_model=True)
    with SimulatorThread(sim_cfg) as sim:
        for variant in args.variants.split(","):
            work = Path(tempfile.mkdtemp(prefix=f"kanmon-audit-bench-{variant}-"))
            store = f"sqlite:///{work / 'kanmon.db'}"
            pg = None
            if variant.endswith("-pg"):
                if not args.pg_url:
                    raise SystemExit(f"{variant} needs --pg-url")
                store, pg = _fresh_pg(args.pg_url)
            audit = {
                "durable_before_response": variant != "async",
                "content": "encrypted" if variant == "encrypted" else "none",
            }
            doc = {
                "store": {"url": store},
                "audit": audit,
                "gateway": {"workers": args.workers},
                "deployments": [sim_deployment("d-main", "sim-model", sim.base_url)],
                "routes": {"chat": {"deployments": ["d-main"]}},
            }
            cfg = work / "kanmon.yaml"
            cfg.write_text(yaml.safe_dump(doc))
            gw = Served(cfg, free_port(), work / "serve.log").wait_ready()
            try:
                import httpx

                key = httpx.post(
                    gw.root + "/admin/keys",
                    headers={"Authorization": f"Bearer {ADMIN_KEY}"},
                    json={"name": "bench", "team": "bench"},
                ).json()["key"]
                url = gw.root + "/v1/chat/completions"
                asyncio.run(_load(url, key, 2, args.concurrency))  # warm-up
                results[variant] = asyncio.run(_load(url, key, args.duration, args.concurrency))
                print(variant, results[variant], file=sys.stderr)
            finally:
                gw.stop()
                if pg:
                    _drop_pg(args.pg_url, pg)
                shutil.rmtree(work, ignore_errors=True)
    return results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("append", help="audit append throughput (records/s)")
    a.add_argument("--records", type=int, default=20_000)
    a.add_argument("--pg-url", help="postgresql+psycopg://... of a database to create from")
    g = sub.add_parser("gateway", help="gateway rps per audit variant")
    g.add_argument("--variants", default="durable,async,encrypted")
    g.add_argument("--duration", type=float, default=10)
    g.add_argument("--concurrency", type=int, default=32)
    g.add_argument("--workers", type=int, default=1)
    g.add_argument("--pg-url", help="for the -pg variants")
    g.add_argument("--out", type=Path, help="also write JSON here")
    a.add_argument("--out", type=Path, help="also write JSON here")
    args = ap.parse_args()
    os.environ.setdefault("KANMON_ADMIN_KEY", "km-test-admin-0123456789abcdef")
    threading.current_thread().name = "bench"
    res = cmd_append(args) if args.cmd == "append" else cmd_gateway(args)
    text = json.dumps({"command": args.cmd, "results": res}, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
