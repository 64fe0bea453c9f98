"""The gauges read from the store: approvals by state and days to expiry, the unsigned tail,
read at most once per interval, and a store that cannot be read leaves a scrape working."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import insert, update

from kanmon.metrics import StateCollector
from kanmon.store import Database, StoreTimeouts, audit_log_state, gov_approvals, migrate


def _values(collector: StateCollector) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)
    text = generate_latest(registry).decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for fam in text_string_to_metric_families(text)
        for s in fam.samples
    }


def _approval(db: Database, aid: str, dep: str, status: str, days: float) -> None:
    now = dt.datetime.now(dt.UTC)
    with db.engine.begin() as conn:
        conn.execute(
            insert(gov_approvals).values(
                id=aid,
                assessment_id="asm_" + aid,
                deployment=dep,
                use_case="support",
                fingerprint="fp",
                fingerprint_parts={},
                data_classes=["internal"],
                conditions=[],
                evidence=[],
                flags=[],
                expires_at=now + dt.timedelta(days=days),
                approved_by="approver@corp",
                approved_at=now,
                status=status,
            )
        )


def test_approvals_and_the_unsigned_tail(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    _approval(db, "a1", "d-cn", "active", 10)
    _approval(db, "a2", "d-cn", "active", 3)  # two active for one use case: the soonest
    _approval(db, "a3", "d-eu", "active", -1)  # past its expiry, not yet reconciled
    _approval(db, "a4", "d-eu", "revoked", 100)
    with db.engine.begin() as conn:
        conn.execute(update(audit_log_state).where(audit_log_state.c.id == 1).values(tree_size=7))
    got = _values(StateCollector(db, ttl_s=0, signed=True))
    assert got[("kanmon_approvals", (("state", "active"),))] == 2
    assert got[("kanmon_approvals", (("state", "expired"),))] == 1
    assert got[("kanmon_approvals", (("state", "revoked"),))] == 1
    assert got[("kanmon_approvals", (("state", "suspended"),))] == 0
    days = {k[1]: v for k, v in got.items() if k[0] == "kanmon_approval_expiry_days"}
    assert list(days) == [(("deployment", "d-cn"), ("use_case", "support"))]
    assert 2.99 < days[(("deployment", "d-cn"), ("use_case", "support"))] <= 3.0
    assert got[("kanmon_audit_unsigned_records", ())] == 7  # no head signed yet
    assert got[("kanmon_review_queue_depth", ())] == 0
    assert got[("kanmon_state_read_ok", ())] == 1
    db.close()


def test_read_at_most_once_per_interval(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'k.db'}")
    migrate(db)
    collector = StateCollector(db, ttl_s=3600, signed=False)
    assert _values(collector)[("kanmon_approvals", (("state", "active"),))] == 0
    _approval(db, "a1", "d-cn", "active", 10)
    # the second scrape within the interval gets the first read
    assert _values(collector)[("kanmon_approvals", (("state", "active"),))] == 0
    assert not any(name == "kanmon_audit_unsigned_records" for name, _ in _values(collector))
    db.close()


def test_a_store_that_cannot_be_read_leaves_the_scrape_working() -> None:
    db = Database(
        "postgresql+psycopg://kanmon@127.0.0.1:1/none",
        StoreTimeouts(connect_s=1, statement_s=1, lock_s=1, pool_s=1),
    )
    got = _values(StateCollector(db, ttl_s=0, signed=True))
    assert got == {("kanmon_state_read_ok", ()): 0}
    db.close()
