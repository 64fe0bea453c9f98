"""The hourly roll-up agrees with grouping the log afresh, however the records arrive: in
batches between reads, late (a timestamp in an hour already counted), and for a window that
reaches further back than any asked for before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kanmon.audit import AuditWriter, Bucket, Signer, TrafficRollup, traffic
from kanmon.core.record import Attempt, AuditRecord
from kanmon.store import Database, migrate
from tests.audit._records import record

FELL_BACK = [Attempt("d-503", "http_503", 1.0), Attempt("d-main", "ok", 1.0)]
NOW = dt.datetime.now(dt.UTC).replace(minute=30, second=0, microsecond=0)


def _at(i: int, hours_ago: float, **fields: object) -> AuditRecord:
    rec = record(i)
    rec.ts = (NOW - dt.timedelta(hours=hours_ago)).isoformat()
    for name, value in fields.items():
        setattr(rec, name, value)
    return rec


def _totals(rows: list[Bucket]) -> dict[tuple[str, str | None, str, str | None], tuple[int, ...]]:
    out: dict[tuple[str, str | None, str, str | None], tuple[int, ...]] = {}
    for r in rows:
        out[(r.bucket, r.deployment, r.decision, r.data_class)] = (
            r.requests,
            r.errors,
            r.fallbacks,
            r.tokens,
            round(r.cost_usd * 1e6),
        )
    return out


def test_rollup_matches_a_fresh_grouping_as_records_arrive(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    w = AuditWriter(db, signer=Signer(Ed25519PrivateKey.generate()), head_interval_s=0.0)
    roll = TrafficRollup(db)
    day = (NOW - dt.timedelta(hours=24)).replace(minute=0).isoformat()
    week = (NOW - dt.timedelta(days=7)).replace(hour=0, minute=0).isoformat()

    assert roll.traffic(since=day, bucket_chars=13) == []  # an empty log
    w.write_many([_at(i, i % 30, deployment=f"d-{i % 3}") for i in range(60)])
    assert _totals(roll.traffic(since=day, bucket_chars=13)) == _totals(
        traffic(db, since=day, bucket_chars=13)
    )
    # more records, some late (in hours counted already), errors, other classes and decisions
    w.write_many(
        [
            _at(100 + i, i % 20, status=502 if i % 4 == 0 else 200, data_class="internal")
            for i in range(40)
        ]
        + [_at(200 + i, 2, decision="deny", model_requested=None) for i in range(5)]
    )
    assert _totals(roll.traffic(since=day, bucket_chars=13)) == _totals(
        traffic(db, since=day, bucket_chars=13)
    )
    # a longer window than any before: the hours in between are loaded once, nothing twice
    w.write_many([_at(300 + i, 24 * 5 + i, attempts=FELL_BACK) for i in range(10)])
    for _ in range(2):
        got = roll.traffic(since=week, bucket_chars=10)
        assert _totals(got) == _totals(traffic(db, since=week, bucket_chars=10))
        assert sum(r.requests for r in got) == 110  # records that name a model
        assert sum(r.fallbacks for r in got) == 10
    w.close()
    db.close()


def test_rollup_refuses_windows_beyond_what_it_keeps(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    roll = TrafficRollup(db, keep=dt.timedelta(days=2))
    with pytest.raises(ValueError, match="keep"):
        roll.traffic(since=(NOW - dt.timedelta(days=3)).isoformat(), bucket_chars=10)
    with pytest.raises(ValueError, match="hour"):
        roll.traffic(since=NOW.isoformat(), bucket_chars=15)
    db.close()
