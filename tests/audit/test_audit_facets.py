"""The console's search indexes in ``audit_facets`` (migration 0013), on both backends: the
writer fills the table in batches inside its append transaction, so the records past its
highest ``seq`` are a short tail; a search reads the indexed part and the tail and returns
exactly what one query over every record would, page by page, whatever the batch boundaries.
Records written before 0013 get their facet rows from the migration; a step back restores the
indexes on the records."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import random
from pathlib import Path
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, inspect, select

import kanmon.audit._append as append_module
from kanmon.audit import AuditWriter, Signer, search_records
from kanmon.audit._link import LogLink
from kanmon.store import Database, audit_facets, audit_records, migrate
from tests._migrations import downgrade
from tests.audit._records import record

TEAMS = ["qa", "ops", "legal"]
DEPLOYMENTS = ["d-eu", "d-us"]
DECISIONS: list[Any] = ["allow", "allow", "redact", "block"]
CLASSES = ["internal", "public", None]


def _fill_every(monkeypatch: pytest.MonkeyPatch, records: int, seconds: float) -> None:
    """The writer's fill batch and interval for one test."""
    monkeypatch.setattr(append_module, "FACET_BATCH", records)
    monkeypatch.setattr(append_module, "FACET_INTERVAL_S", seconds)


def _records(n: int, seed: int) -> list[Any]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        # timestamps out of seq order, some equal: the (ts, seq) order is what a page follows
        minute = rng.randrange(0, 30)
        out.append(
            dataclasses.replace(
                record(i),
                ts=f"2026-11-23T08:{minute:02d}:00.000000+00:00",
                key_id=rng.choice(["k1", "k2"]),
                team=rng.choice(TEAMS),
                deployment=rng.choice(DEPLOYMENTS),
                decision=rng.choice(DECISIONS),
                data_class=rng.choice(CLASSES),
                approval_id=rng.choice([None, None, "apr_1"]),
            )
        )
    return out


def _facet_count(db: Database) -> tuple[int, int, int]:
    with db.engine.connect() as conn:
        records = conn.execute(select(func.count()).select_from(audit_records)).scalar_one()
        facets = conn.execute(select(func.count()).select_from(audit_facets)).scalar_one()
        top = conn.execute(select(func.max(audit_facets.c.seq))).scalar()
    return int(records), int(facets), int(top or 0)


def _expected(
    recs: list[dict[str, Any]], filters: dict[str, str], since: str | None, until: str | None
) -> list[str]:
    hits = [
        r
        for r in recs
        if all(r.get(k) == v for k, v in filters.items())
        and (since is None or r["ts"] >= since)
        and (until is None or r["ts"] < until)
    ]
    hits.sort(key=lambda r: (r["ts"], r["seq"]), reverse=True)
    return [r["request_id"] for r in hits]


def _walk(db: Database, filters: dict[str, str], since: str | None, until: str | None) -> list[str]:
    got: list[str] = []
    before = None
    for _ in range(100):
        page = search_records(db, filters=filters, since=since, until=until, before=before, limit=4)
        got += [r["request_id"] for r in page.records]
        if page.next_cursor is None:
            return got
        before = page.next_cursor
    raise AssertionError("pagination did not end")


def test_search_over_indexed_records_and_the_tail_is_one_query(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill_every(monkeypatch, 10, 3600.0)
    db = Database(store_url)
    migrate(db)
    w = AuditWriter(db, signer=Signer(Ed25519PrivateKey.generate()), head_interval_s=0)
    recs = _records(57, seed=13)
    for lo in range(0, len(recs), 3):
        w.write_many(recs[lo : lo + 3])
    w.close()
    # the first append fills the facets (3), then every 4th append (12 records): 51 of 57
    assert _facet_count(db)[:2] == (57, 51)
    # a restarted writer's first append fills whatever was left; then 5 more stay in the tail
    w = AuditWriter(db, signer=Signer(Ed25519PrivateKey.generate()), head_interval_s=0)
    w.write_many(_records(62, seed=13)[57:])
    more = [
        dataclasses.replace(record(62 + i), ts=f"2026-11-23T08:{i:02d}:30.000000+00:00")
        for i in range(5)
    ]
    w.write_many(more)
    w.close()
    assert _facet_count(db)[:2] == (67, 62)
    with db.engine.connect() as conn:
        rows = conn.execute(select(audit_records.c.seq, audit_records.c.record)).all()
    all_recs = [{**orjson.loads(r), "seq": s} for s, r in rows]
    checked = 0
    for filters in [
        {"team": "qa"},
        {"team": "ops", "deployment": "d-eu"},
        {"decision": "redact"},
        {"decision": "allow", "team": "qa"},
        {"data_class": "internal"},
        {"approval_id": "apr_1"},
        {"key_id": "k2", "team": "legal"},
        {},
    ]:
        for since, until in [
            (None, None),
            ("2026-11-23T08:05:00", None),
            ("2026-11-23T08:02:00", "2026-11-23T08:20:00"),
        ]:
            want = _expected(all_recs, filters, since, until)
            assert _walk(db, filters, since, until) == want, (filters, since, until)
            checked += len(want)
    assert checked > 200
    db.close()


def test_two_writers_fill_every_record_once(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers' writers on one store: the log's lock orders their batches, so the facets
    hold every record up to their highest ``seq``, none twice."""
    _fill_every(monkeypatch, 4, 3600.0)
    db = Database(store_url)
    migrate(db)
    signer = Signer(Ed25519PrivateKey.generate())
    dbs = [Database(store_url) for _ in range(2)]
    writers = [AuditWriter(d, signer=signer, head_interval_s=0) for d in dbs]
    ids = itertools.count()
    for w in itertools.islice(itertools.cycle(writers), 30):
        w.write_many([record(next(ids)) for _ in range(3)])
    for w in writers:
        w.close()
    for d in dbs:
        d.close()
    n_records, n_facets, top = _facet_count(db)
    assert n_records == 90
    with db.engine.connect() as conn:
        below = conn.execute(
            select(func.count()).select_from(audit_records).where(audit_records.c.seq <= top)
        ).scalar_one()
    assert n_facets == below and n_records - n_facets < 2 * 4 + 3
    db.close()


def test_records_from_before_0013_get_facets_and_a_step_back_restores_the_indexes(
    store_url: str,
) -> None:
    db = Database(store_url)
    migrate(db, "0012")
    w = AuditWriter(db, signer=Signer(Ed25519PrivateKey.generate()), head_interval_s=0)
    w.write_many(_records(20, seed=5))
    w.close()
    migrate(db)
    assert _facet_count(db)[:2] == (20, 20)
    db.close()
    names = {i["name"] for i in inspect(db.engine).get_indexes("audit_records")}
    assert "ix_audit_team_ts" not in names and "ix_audit_key_ts" in names
    facet_names = {i["name"] for i in inspect(db.engine).get_indexes("audit_facets")}
    assert facet_names >= {"ix_facets_team_ts", "ix_facets_decision_ts", "ix_facets_approval_ts"}
    page = search_records(db, filters={"team": "qa"}, limit=500)
    assert {r["request_id"] for r in page.records} == {
        r.request_id for r in _records(20, seed=5) if r.team == "qa"
    }
    downgrade(db, "0012")
    names = {i["name"] for i in inspect(db.engine).get_indexes("audit_records")}
    assert {"ix_audit_team_ts", "ix_audit_decision_ts", "ix_audit_approval_ts"} <= names
    assert "audit_facets" not in inspect(db.engine).get_table_names()
    migrate(db)
    assert _facet_count(db)[:2] == (20, 20)
    db.close()


async def test_the_writer_thread_fills_after_the_commit_it_releases(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The gateway's path: requests await their commit; the fill follows it in the thread."""
    _fill_every(monkeypatch, 8, 3600.0)
    db = Database(store_url)
    migrate(db)
    w = AuditWriter(db)
    w.start()
    for lo in range(0, 40, 5):
        futs = [w.submit(record(i)) for i in range(lo, lo + 5)]
        await asyncio.gather(*[f for f in futs if f is not None])
    w.close()
    n_records, n_facets, _ = _facet_count(db)
    assert n_records == 40 and 40 - 8 < n_facets < 40  # filled at 5, 15, 25, 35: 35 of 40
    page = search_records(db, filters={"team": "qa"}, limit=500)
    assert len(page.records) == 40
    db.close()


async def test_a_fill_that_fails_leaves_the_writer_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that refuses the fill's connection (it went down between a commit and the fill)
    costs the fill, not the writer thread: the next commits and the next fill go through."""
    _fill_every(monkeypatch, 2, 0.0)
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    w = AuditWriter(db)
    real_connection, real_tried = LogLink.connection, append_module.Appender.fill_tried
    state = {"filling": False, "refused": 0}

    def fill_tried(self: append_module.Appender) -> None:
        real_tried(self)
        state["filling"] = True

    def connection(self: LogLink) -> Any:
        filling, state["filling"] = state["filling"], False
        if filling and not state["refused"]:
            state["refused"] += 1
            raise OSError("connection refused")
        return real_connection(self)

    monkeypatch.setattr(append_module.Appender, "fill_tried", fill_tried)
    monkeypatch.setattr(LogLink, "connection", connection)
    w.start()
    for lo in range(0, 12, 3):
        futs = [w.submit(record(i)) for i in range(lo, lo + 3)]
        await asyncio.gather(*[f for f in futs if f is not None])
    assert w.alive
    w.close()
    assert state["refused"] == 1, "the fill's connection was never refused"
    assert _facet_count(db)[:2] == (12, 12)
    page = search_records(db, filters={"team": "qa"}, limit=500)
    assert len(page.records) == 12
    db.close()
