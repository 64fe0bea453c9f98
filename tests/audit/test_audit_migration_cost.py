"""Migration 0011 on both backends: ``audit_records.cost_usd`` becomes nullable, rows whose record
says the cost is unknown get NULL (their records, and so the Merkle log, untouched), the writer
stores NULL from then on, and every reader of the column handles it: traffic sums skip unknown
costs and count them, a budget rebuilt from the log adds nothing for them."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import inspect, select

import kanmon.audit._writer as writer_module
from kanmon.audit import AuditWriter, Signer, TrafficRollup, spent_since, traffic, verify_log
from kanmon.core.record import AuditRecord
from kanmon.store import Database, audit_records, migrate
from tests._migrations import downgrade
from tests.audit._records import record

SINCE = "2026-11-23T00:00:00+00:00"
UNIT = 1_000_000_000


def _costs(db: Database) -> dict[str, float | None]:
    c = audit_records.c
    with db.engine.connect() as conn:
        return {r: cost for r, cost in conn.execute(select(c.request_id, c.cost_usd))}


def _nullable(db: Database) -> bool:
    cols = {c["name"]: c for c in inspect(db.engine).get_columns("audit_records")}
    return bool(cols["cost_usd"]["nullable"])


def _old_row(rec: AuditRecord, content: str | None) -> tuple[object, ...]:
    """The row as writers before 0011 stored it: 0 in the column for an unknown cost."""
    row = list(_NEW_ROW(rec, content))
    row[10] = 0.0 if row[10] is None else row[10]
    return tuple(row)


_NEW_ROW = writer_module.record_row


def test_unknown_costs_are_null_after_0011_and_every_reader_handles_them(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(store_url)
    migrate(db, "0010")
    assert not _nullable(db)
    signer = Signer(Ed25519PrivateKey.generate())
    old = [record(0, cost_usd=0.25), record(1, cost_usd=None), record(2, cost_usd=0.0)]
    monkeypatch.setattr(writer_module, "record_row", _old_row)
    w = AuditWriter(db, signer=signer, head_interval_s=0)
    w.write_many(old)
    w.close()
    monkeypatch.undo()
    assert _costs(db) == {"req_000000": 0.25, "req_000001": 0.0, "req_000002": 0.0}

    migrate(db)
    assert _nullable(db)
    # the record said null: the column now agrees; a record that said 0.0 stays 0
    assert _costs(db) == {"req_000000": 0.25, "req_000001": None, "req_000002": 0.0}
    w = AuditWriter(db, signer=signer, head_interval_s=0)
    w.write_many([record(3, cost_usd=None), record(4, cost_usd=0.5)])
    w.close()
    costs = _costs(db)
    assert costs["req_000003"] is None and costs["req_000004"] == 0.5
    rep = verify_log(db, signer.public)  # old and new records, hashed over their JSON
    assert rep.ok and rep.tree_size == 5 and rep.signed_size == 5, rep.summary()

    [bucket] = traffic(db, since=SINCE, bucket_chars=10)
    assert bucket.requests == 5 and bucket.cost_unknown == 2
    assert bucket.cost_usd == pytest.approx(0.75)
    [rolled] = TrafficRollup(db, keep=dt.timedelta(days=36500)).traffic(
        since=SINCE, bucket_chars=10
    )
    assert rolled == bucket
    since = dt.datetime.fromisoformat(SINCE).timestamp()
    tokens, nano = spent_since(db, "k1", since, unit=UNIT)
    assert tokens == sum(15 + i for i in range(5)) and nano == int(0.75 * UNIT)

    downgrade(db, "0010")  # unknown back to 0, as before; the records still verify
    assert not _nullable(db)
    assert _costs(db)["req_000003"] == 0.0
    assert verify_log(db, signer.public).ok
    db.close()
