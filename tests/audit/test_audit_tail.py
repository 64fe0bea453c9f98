"""The writer when the store misbehaves, and the tail of the log: every record ends up under a
signed head (idle gateway, crash, shutdown after a database restart) and a failing store is
logged once per interval, not once per batch."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event

from kanmon.audit import AuditUnavailable, AuditWriter, Signer, export_lines, verify_log
from kanmon.errors import StoreUnavailableError
from kanmon.store import Database, migrate
from tests.audit._records import record


def _db(tmp_path: Path) -> tuple[Database, Signer]:
    db = Database(f"sqlite:///{tmp_path / 'kanmon.db'}")
    migrate(db)
    return db, Signer(Ed25519PrivateKey.generate())


def _sizes(db: Database) -> tuple[int, int]:
    """(tree size, newest signed head)."""
    with db.engine.connect() as conn:
        size = conn.exec_driver_sql("SELECT tree_size FROM audit_log_state").scalar_one()
        head = conn.exec_driver_sql("SELECT MAX(tree_size) FROM audit_tree_heads").scalar()
    return int(size), int(head or 0)


def _until(cond: Any, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.02)
    return False


async def _submit(w: AuditWriter, recs: list[Any]) -> list[BaseException | None]:
    futs = [w.submit(r) for r in recs]
    got = await asyncio.gather(*[f for f in futs if f is not None], return_exceptions=True)
    return list(got)


class _FailWrites:
    """Make the writer's next ``n`` transactions fail as a disk or connection error would."""

    def __init__(self, w: AuditWriter, n: int, *, only_heads: bool = False) -> None:
        self.left = n
        self.real = w._write
        self.only_heads = only_heads
        w._write = self  # type: ignore[method-assign]

    def __call__(self, rows: list[Any], *, force_head: bool = False) -> None:
        if self.left > 0 and (force_head or not self.only_heads):
            self.left -= 1
            raise sqlite3.OperationalError("disk I/O error")
        self.real(rows, force_head=force_head)


def test_an_idle_tail_is_signed_within_head_interval(tmp_path: Path) -> None:
    db, signer = _db(tmp_path)
    w = AuditWriter(db, signer=signer, head_interval_s=0.3)
    w.start()
    asyncio.run(_submit(w, [record(i) for i in range(3)]))  # first commit: a head is due
    asyncio.run(_submit(w, [record(i) for i in range(3, 6)]))  # inside the interval: not yet
    assert _until(lambda: _sizes(db) == (6, 6), timeout=1.0), _sizes(db)  # no more traffic
    w.close()


def test_the_tail_a_crash_left_unsigned_is_signed_at_the_next_start(tmp_path: Path) -> None:
    db, signer = _db(tmp_path)
    crashed = AuditWriter(db, signer=signer, head_interval_s=3600)
    crashed.write_many([record(i) for i in range(5)])
    crashed.write_many([record(i) for i in range(5, 9)])
    crashed._drop_connection()  # killed: no shutdown, no final head
    assert _sizes(db) == (9, 5)
    w = AuditWriter(db, signer=signer, head_interval_s=3600)
    w.start()
    assert _until(lambda: _sizes(db) == (9, 9)), _sizes(db)
    w.close()
    lines = list(export_lines(db, signer.public_raw_b64()))
    assert len(lines) == 1 + 9  # the export covers every record


def test_the_final_head_is_retried_at_shutdown(tmp_path: Path) -> None:
    """After a database restart the writer's kept connection is dead: the first try fails."""
    db, signer = _db(tmp_path)
    w = AuditWriter(db, signer=signer, head_interval_s=3600)
    w.start()
    assert _until(lambda: w.last_commit is not None or _sizes(db) == (0, 0))
    asyncio.run(_submit(w, [record(i) for i in range(4)]))
    asyncio.run(_submit(w, [record(i) for i in range(4, 7)]))
    assert _sizes(db) == (7, 4)
    _FailWrites(w, 1, only_heads=True)
    w.close()
    assert _sizes(db) == (7, 7)
    assert verify_log(db, signer.public).ok


def test_records_nobody_waits_for_outlive_an_outage(tmp_path: Path) -> None:
    db, signer = _db(tmp_path)
    w = AuditWriter(db, signer=signer, head_interval_s=0.2)
    w.start()
    asyncio.run(_submit(w, [record(0)]))
    _FailWrites(w, 4)
    for i in range(1, 6):  # e.g. governance records, or a response that was not awaited
        w.submit(record(i), wait=False)
    assert _until(lambda: _sizes(db) == (6, 6), timeout=5.0), _sizes(db)
    assert w.failed_batches >= 1 and w.dropped == 0
    w.close()


def test_a_repeated_request_id_does_not_sink_its_batch(tmp_path: Path) -> None:
    """A commit given up on may complete when the database comes back; the request's error
    record then repeats its id. The rest of the batch must still commit."""
    db, signer = _db(tmp_path)
    w = AuditWriter(db, signer=signer, head_interval_s=0)
    w.write_many([record(1)])
    w.start()
    again = dataclasses.replace(record(1), status=503)
    got = asyncio.run(_submit(w, [record(0), again, record(2)]))
    assert got == [None, None, None]
    with db.engine.connect() as conn:
        ids = [r[0] for r in conn.exec_driver_sql("SELECT request_id FROM audit_records")]
    assert sorted(ids) == ["req_000000", "req_000001", "req_000002"]
    w.close()
    assert verify_log(db, signer.public).ok


def test_a_full_disk_is_logged_once_per_interval(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """SQLite reports a full disk as it reports max_page_count reached: SQLITE_FULL."""
    caplog.set_level(logging.WARNING, logger="kanmon.audit")
    db, signer = _db(tmp_path)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_conn: Any, _rec: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    db.engine.dispose()
    w = AuditWriter(db, signer=signer, head_interval_s=3600)
    w.start()
    big = "x" * 20_000

    async def many() -> list[BaseException | None]:
        out: list[BaseException | None] = []
        for i in range(100):  # a hundred group commits, each failing three times
            out += await _submit(w, [record(i, reasons=[big])])
        return out

    got = asyncio.run(many())
    assert all(isinstance(e, AuditUnavailable) for e in got)
    err = got[0]
    assert isinstance(err, AuditUnavailable)
    assert isinstance(err.request_error(), StoreUnavailableError)
    lines = [r for r in caplog.records if r.name == "kanmon.audit"]
    assert 1 <= len(lines) <= 2, [r.getMessage() for r in lines]
    assert "database or disk is full" in lines[0].getMessage()
    assert w.failed_batches == 100
    w.close()
