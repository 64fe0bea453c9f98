"""The writer thread and the SQLite file under it: hand-over from event loops, WAL reuse."""

from __future__ import annotations

import asyncio
import os
import threading
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kanmon.audit import AuditWriter, Signer, verify_log
from kanmon.request import new_request_id
from kanmon.store import Database, migrate
from tests.audit._records import record


def _writer(tmp_path: Path) -> tuple[Database, Signer, AuditWriter]:
    db = Database(f"sqlite:///{tmp_path / 'kanmon.db'}")
    migrate(db)
    signer = Signer(Ed25519PrivateKey.generate())
    return db, signer, AuditWriter(db, signer=signer, head_interval_s=0.0)


def _stored_ids(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT request_id FROM audit_records ORDER BY leaf_index")
        return [r[0] for r in rows]


def test_records_awaited_on_several_loops_all_commit_in_order(tmp_path: Path) -> None:
    db, signer, w = _writer(tmp_path)
    w.start()

    async def burst(first: int, n: int) -> None:
        # One loop iteration submits them all: they reach the writer as one hand-over.
        futs = [w.submit(record(i)) for i in range(first, first + n)]
        await asyncio.gather(*[f for f in futs if f is not None])
        # A second burst after the first committed starts a new hand-over on the same loop.
        futs = [w.submit(record(i)) for i in range(first + n, first + 2 * n)]
        await asyncio.gather(*[f for f in futs if f is not None])

    threads = [
        threading.Thread(target=asyncio.run, args=(burst(lo, 25),)) for lo in (0, 1000, 2000)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    w.close()

    numbers = [int(rid[4:]) for rid in _stored_ids(db)]
    assert sorted(numbers) == [lo + i for lo in (0, 1000, 2000) for i in range(50)]
    for lo in (0, 1000, 2000):  # each loop's records keep the order they were submitted in
        mine = [n for n in numbers if n // 1000 == lo // 1000]
        assert mine == sorted(mine)
    assert verify_log(db, signer.public).ok
    db.close()


def test_wal_starts_over_while_a_writer_keeps_appending(tmp_path: Path) -> None:
    """Under steady appends a plain PASSIVE checkpoint never finishes the WAL, so SQLite never
    reuses it from the start and the file grows with everything ever written. The checkpoint
    finishes in the writers' turn, so the WAL stays the size of what came between two."""
    db, signer, w = _writer(tmp_path)
    wal = Path(str(tmp_path / "kanmon.db") + "-wal")
    stop = threading.Event()
    written = [0]

    def append() -> None:
        while not stop.is_set():
            w.write_many([record(written[0] + i) for i in range(20)])
            written[0] += 20

    t = threading.Thread(target=append)
    t.start()
    frames: list[int] = []  # the WAL's frames at each round, all of them checkpointed
    try:
        deadline = time.monotonic() + 60
        # At least 30 rounds and 2000 records: on a loaded machine the writer gets less done in
        # a given time, so the test waits for the records rather than for the clock.
        while (len(frames) < 30 or written[0] < 2000) and time.monotonic() < deadline:
            stop.wait(0.02)
            done = db.checkpoint()
            assert done is not None
            log, checkpointed = done
            assert checkpointed == log  # the round in the writers' turn leaves nothing behind
            frames.append(log)
    finally:
        stop.set()
        t.join(30)
    w.close()

    # A WAL never started over only grows: its frame count at one round holds every frame of
    # the rounds before. Started over, it holds what came since the last round, so it drops.
    # (A round that catches the WAL longer than the one before can hold more frames than it,
    # started over or not, so not every round drops; one never started over never drops.)
    drops = sum(1 for a, b in zip(frames, frames[1:], strict=False) if b < a)
    assert written[0] > 2000
    assert drops >= 3, frames
    # The file is as large as the most the WAL ever held between two rounds, not the total.
    with db.engine.connect() as conn:
        page = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
    assert wal.stat().st_size <= 32 + max(frames) * (page + 24) * 2, (wal.stat().st_size, frames)
    assert verify_log(db, signer.public).ok
    db.close()


def test_request_ids_are_unique_and_sort_by_time() -> None:
    ids = []
    for _ in range(5):
        ids += [new_request_id() for _ in range(200)]
        threading.Event().wait(0.002)
    assert len(set(ids)) == len(ids)
    stamps = [int(i[4:16], 16) for i in ids]
    assert stamps == sorted(stamps)
    assert all(len(i) <= 40 and i.startswith("req_") for i in ids)
    assert stamps[-1] - stamps[0] >= 8  # milliseconds, so the index grows at its right edge
    assert abs(stamps[-1] / 1000 - time.time()) < 60


def test_request_ids_stay_unique_across_threads_a_refill_and_a_fork() -> None:
    # the random parts are read 512 at a time: 4 threads x 600 ids cross several refills
    got: list[list[str]] = [[] for _ in range(4)]

    def make(out: list[str]) -> None:
        out.extend(new_request_id() for _ in range(600))

    threads = [threading.Thread(target=make, args=(out,)) for out in got]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [i for out in got for i in out]
    assert len(set(ids)) == len(ids) == 2400
    assert len({i[16:] for i in ids}) == len(ids)  # the random parts alone differ too
    # a forked child does not hand out the parent's next parts
    new_request_id()  # the parent holds parts it has not used
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read)
        os.write(write, "\n".join(new_request_id()[16:] for _ in range(20)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as f:
        child = f.read().split("\n")
    os.waitpid(pid, 0)
    parent = [new_request_id()[16:] for _ in range(20)]
    assert len(child) == 20 and not set(child) & set(parent)
