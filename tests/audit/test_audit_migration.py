"""Migration 0002 on both backends: schema equals the metadata, and records written before it
become the first leaves of a log that verifies once a head is signed."""

from __future__ import annotations

from pathlib import Path

import orjson
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from kanmon.audit import AuditWriter, Signer, verify_log
from kanmon.store import Database, metadata, migrate
from tests.audit._records import record


def test_postgresql_schema_matches_metadata(pg_url: str) -> None:
    db = Database(pg_url)
    migrate(db)
    migrate(db)
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    db.close()


def test_records_from_before_0002_are_adopted(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(db, "0001")
    with db.engine.begin() as conn:
        for i in range(5):
            rec = record(i)
            conn.execute(
                text(
                    "INSERT INTO audit_records (request_id, ts, endpoint, status, decision, "
                    "latency_ms, cost_usd, record) VALUES (:r, :t, 'chat', 200, 'allow', 1, 0, :j)"
                ),
                {"r": rec.request_id, "t": rec.ts, "j": orjson.dumps(rec).decode()},
            )
    migrate(db)
    signer = Signer(Ed25519PrivateKey.generate())
    w = AuditWriter(db, signer=signer, head_interval_s=0)
    w.write_many([record(5), record(6)])
    w.close()
    rep = verify_log(db, signer.public)
    assert rep.ok and rep.tree_size == 7 and rep.signed_size == 7, rep.summary()
    db.close()
