"""Audit benchmark: append throughput of the Merkle log on SQLite and PostgreSQL.

Run by hand on a quiet machine (never in CI), from the project root:

    .venv/bin/python bench/audit_bench.py append --records 50000 --pg-url \
        postgresql+psycopg://postgres@127.0.0.1:5432/test
    .venv/bin/python bench/audit_bench.py wal
    .venv/bin/python bench/audit_bench.py indexes --rounds 4
    PYTHONPATH=/path/to/other/tree/src .venv/bin/python bench/audit_bench.py writer-cpu

``append`` pushes records through the real writer thread (group commit, leaf hashing, tree
state, a signed head per second) and reports records/s for SQLite and, with ``--pg-url``, for
PostgreSQL (a fresh database is created and dropped), then verifies the whole log. ``wal``
counts the SQLite WAL pages a group commit writes per record, with request ids as the gateway
makes them (time-ordered) and with random ones. ``indexes`` measures the writer thread's CPU per
record in group commits with the console's search index filled (``audit_facets``, migration
0013) and never filled, in alternating rounds on fresh logs; ``writer-cpu`` the same per
commit size for whichever build is on ``sys.path``, to set two builds side by side. Gateway
requests/s with the audit log in its variants (durable, async, encrypted content, on
PostgreSQL) are measured with wrk beside the peers: ``bench/gateway_peers.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
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
    from kanmon.request import new_request_id
    from kanmon.store import Database, migrate

    db = Database(url)
    migrate(db)
    db.start_checkpointer()
    signer = Signer(Ed25519PrivateKey.generate())
    w = AuditWriter(db, signer=signer, head_interval_s=1.0)
    recs = [record(i) for i in range(n)]
    for r in recs:  # ids and times as the gateway makes them: both indexes grow at one edge
        r.request_id = new_request_id()
        r.ts = dt.datetime.now(dt.UTC).isoformat()
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


def wal_pages(ordered: bool, batch: int, before: int, measured: int) -> float:
    """SQLite WAL pages written per record, in group commits of ``batch``, after ``before``
    records are in the log."""
    import sqlite3

    from tests.audit._records import record

    from kanmon.audit import AuditWriter
    from kanmon.request import new_request_id
    from kanmon.store import Database, migrate

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.db"
        db = Database(f"sqlite:///{path}")
        migrate(db)
        w = AuditWriter(db)
        n = 0

        def commits(k: int) -> None:
            nonlocal n
            for _ in range(k):
                recs = [record(n + i) for i in range(batch)]
                for r in recs:
                    r.request_id = new_request_id() if ordered else "req_" + secrets.token_hex(16)
                    r.ts = dt.datetime.now(dt.UTC).isoformat()
                w.write_many(recs)
                n += batch

        commits(before // batch)
        probe = sqlite3.connect(path)
        probe.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        commits(measured // batch)
        frames = probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
        probe.close()
        w.close()
        db.close()
    return round(frames / (measured // batch * batch), 2)


def cmd_wal(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "batch": args.batch,
        "records_before": args.before,
        "wal_pages_per_record": {
            "time_ordered_ids": wal_pages(True, args.batch, args.before, args.records),
            "random_ids": wal_pages(False, args.batch, args.before, args.records),
        },
    }


def cpu_per_record(fill: bool | None, before: int, measured: int, batch: int) -> float:
    """The writer's CPU microseconds per record (thread time of the committing thread) over
    ``measured`` records in group commits of ``batch``, after ``before`` records; with the
    console's search index (``audit_facets``) filled as the writer does, or never (None: as
    the build at hand does, for a build from before ``audit_facets``)."""
    from tests.audit._records import record

    import kanmon.audit._append as append_module
    from kanmon.audit import AuditWriter
    from kanmon.request import new_request_id
    from kanmon.store import Database, migrate

    saved = getattr(append_module, "FACET_BATCH", 0), getattr(append_module, "FACET_INTERVAL_S", 0)
    if fill is False:
        append_module.FACET_BATCH, append_module.FACET_INTERVAL_S = 1 << 62, float("inf")
    with tempfile.TemporaryDirectory() as d:
        db = Database(f"sqlite:///{Path(d) / 'bench.db'}")
        migrate(db)
        w = AuditWriter(db)
        n = 0

        def commits(k: int) -> float:
            nonlocal n
            spent = 0.0
            for _ in range(k // batch):
                recs = [record(n + i) for i in range(batch)]
                for r in recs:
                    r.request_id = new_request_id()
                    r.ts = dt.datetime.now(dt.UTC).isoformat()
                t0 = time.thread_time()
                w.write_many(recs)
                spent += time.thread_time() - t0
                n += batch
            return spent

        commits(before)
        spent = commits(measured)
        w.close()
        db.close()
    if fill is False:
        append_module.FACET_BATCH, append_module.FACET_INTERVAL_S = saved
    return round(spent / (measured // batch * batch) * 1e6, 1)


def cmd_indexes(args: argparse.Namespace) -> dict[str, Any]:
    runs: dict[str, list[float]] = {"with": [], "without": []}
    for r in range(args.rounds):
        for label in ("with", "without") if r % 2 == 0 else ("without", "with"):
            runs[label].append(
                cpu_per_record(label == "with", args.before, args.records, args.batch)
            )
    med = {label: round(statistics.median(xs), 1) for label, xs in runs.items()}
    return {
        "us_cpu_per_record": runs,
        "median": med,
        "search_index_cost_us": round(med["with"] - med["without"], 1),
    }


def cmd_writer_cpu(args: argparse.Namespace) -> dict[str, Any]:
    """The build on ``sys.path`` as it is: run with ``PYTHONPATH=OTHER/src`` for another one."""
    import kanmon

    return {
        "kanmon": str(Path(kanmon.__file__).parent),
        "us_cpu_per_record": {
            str(b): cpu_per_record(
                None, args.before, args.records if b >= 4 else args.records // 3, b
            )
            for b in args.batches
        },
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("append", help="audit append throughput (records/s)")
    a.add_argument("--records", type=int, default=20_000)
    a.add_argument("--pg-url", help="postgresql+psycopg://... of a database to create from")
    a.add_argument("--out", type=Path, help="also write JSON here")
    wal = sub.add_parser("wal", help="SQLite WAL pages per record: time-ordered vs random ids")
    wal.add_argument("--batch", type=int, default=14, help="records per group commit")
    wal.add_argument("--before", type=int, default=42_000, help="records already in the log")
    wal.add_argument("--records", type=int, default=1_400, help="records measured")
    wal.add_argument("--out", type=Path, help="also write JSON here")
    ix = sub.add_parser("indexes", help="writer CPU per record, search index filled or not")
    ix.add_argument("--rounds", type=int, default=4)
    ix.add_argument("--batch", type=int, default=14, help="records per group commit")
    ix.add_argument("--before", type=int, default=28_000, help="records already in the log")
    ix.add_argument("--records", type=int, default=14_000, help="records measured")
    ix.add_argument("--out", type=Path, help="also write JSON here")
    wc = sub.add_parser("writer-cpu", help="writer CPU per record by commit size, this build")
    wc.add_argument("--batches", type=int, nargs="+", default=[1, 4, 8, 64])
    wc.add_argument("--before", type=int, default=5_000, help="records already in the log")
    wc.add_argument("--records", type=int, default=18_000, help="records measured (/3 below 4)")
    wc.add_argument("--out", type=Path, help="also write JSON here")
    args = ap.parse_args()
    os.environ.setdefault("KANMON_ADMIN_KEY", "km-test-admin-0123456789abcdef")
    threading.current_thread().name = "bench"
    commands = {"append": cmd_append, "wal": cmd_wal, "indexes": cmd_indexes}
    res = {**commands, "writer-cpu": cmd_writer_cpu}[args.cmd](args)
    text = json.dumps({"command": args.cmd, "results": res}, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
