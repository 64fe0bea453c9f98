"""Tampering directly in the database is caught by ``verify_log``, which names the record."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kanmon.audit import Signer
from kanmon.audit._format import leaf_bytes
from kanmon.audit._merkle import leaf_hash
from kanmon.audit._verify import verify_log
from kanmon.store import Database
from tests.audit._records import build_log

N = 40  # batches of 7: signed heads at 7, 14, 21, 28, 35, 40


@pytest.fixture(params=["sqlite", "postgresql"])
def log_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def log(log_url: str) -> Iterator[tuple[Database, Signer]]:
    db, signer = build_log(log_url, N)
    yield db, signer
    db.close()


def _sql(db: Database, *stmts: str, **params: object) -> None:
    with db.engine.begin() as conn:
        for s in stmts:
            conn.execute(text(s), params)


def test_untouched_log_verifies(log: tuple[Database, Signer]) -> None:
    db, signer = log
    rep = verify_log(db, signer.public)
    assert rep.ok, rep.summary()
    assert rep.tree_size == N and rep.records_checked == N
    assert rep.heads_checked == 6 and rep.signed_size == N
    part = verify_log(db, signer.public, start=10, end=20)
    assert part.ok and part.records_checked == 10


def test_changed_record_is_named(log: tuple[Database, Signer]) -> None:
    db, signer = log
    _sql(
        db,
        "UPDATE audit_records SET record = replace(record, :a, :b) WHERE leaf_index = 10",
        a='"status":200',
        b='"status":500',
    )
    rep = verify_log(db, signer.public)
    assert not rep.ok
    bad = rep.first_bad
    assert bad is not None and bad.leaf_index == 10 and bad.request_id == "req_000010"
    assert "changed or moved" in bad.message


def test_changed_record_with_recomputed_leaf_hash_breaks_the_signed_head(
    log: tuple[Database, Signer],
) -> None:
    db, signer = log
    with db.engine.connect() as conn:
        rec = conn.execute(text("SELECT record FROM audit_records WHERE leaf_index = 10")).scalar()
    forged = str(rec).replace('"status":200', '"status":500')
    _sql(
        db,
        "UPDATE audit_records SET record = :r, leaf_hash = :h WHERE leaf_index = 10",
        r=forged,
        h=leaf_hash(leaf_bytes(10, forged)).hex(),
    )
    rep = verify_log(db, signer.public)
    assert not rep.ok
    bad = rep.first_bad
    assert bad is not None and bad.leaf_index == 7  # the signed head at 14 narrows it to 7-13
    assert "leaves 7-13" in bad.message


def test_deleted_record_is_named(log: tuple[Database, Signer]) -> None:
    db, signer = log
    _sql(db, "DELETE FROM audit_records WHERE leaf_index = 10")
    rep = verify_log(db, signer.public)
    bad = rep.first_bad
    assert bad is not None and bad.leaf_index == 10 and "missing" in bad.message


def test_deleted_tail_is_named(log: tuple[Database, Signer]) -> None:
    db, signer = log
    _sql(db, "DELETE FROM audit_records WHERE leaf_index >= 38")
    rep = verify_log(db, signer.public)
    bad = rep.first_bad
    assert bad is not None and bad.leaf_index == 38


def test_reordered_records_are_named(log: tuple[Database, Signer]) -> None:
    db, signer = log
    _sql(
        db,
        "UPDATE audit_records SET leaf_index = -1 WHERE leaf_index = 5",
        "UPDATE audit_records SET leaf_index = 5 WHERE leaf_index = 6",
        "UPDATE audit_records SET leaf_index = 6 WHERE leaf_index = -1",
    )
    rep = verify_log(db, signer.public)
    bad = rep.first_bad
    assert bad is not None and bad.leaf_index == 5 and bad.request_id == "req_000006"


def test_inserted_records_are_named(log: tuple[Database, Signer]) -> None:
    db, signer = log
    cols = (
        "request_id, ts, endpoint, status, decision, latency_ms, cost_usd, record, "
        "leaf_index, leaf_hash"
    )
    forged = '{"request_id":"req_forged"}'
    _sql(
        db,
        f"INSERT INTO audit_records ({cols}) VALUES "
        "('req_forged', '2026', 'chat.completions', 200, 'allow', 1, 0, :r, :i, :h)",
        r=forged,
        i=N,
        h=leaf_hash(leaf_bytes(N, forged)).hex(),
    )
    rep = verify_log(db, signer.public)
    bad = rep.first_bad
    assert bad is not None and bad.leaf_index == N and "inserted" in bad.message
    _sql(
        db,
        f"INSERT INTO audit_records ({cols}) VALUES "
        "('req_nowhere', '2026', 'chat.completions', 200, 'allow', 1, 0, '{}', NULL, NULL)",
    )
    rep = verify_log(db, signer.public)
    assert any(p.request_id == "req_nowhere" and p.leaf_index is None for p in rep.problems)


def test_wrong_public_key_fails(log_url: str) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    db, _ = build_log(log_url, 10)
    rep = verify_log(db, Ed25519PrivateKey.generate().public_key())
    assert not rep.ok and "bad signature" in rep.problems[0].message
    db.close()
