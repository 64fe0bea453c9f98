"""The workers' board: every worker process of every replica on this store writes what it runs
(policy version, catalog hash, the reload signals it applied) with a heartbeat, and reads the
reload signals (a counter per kind) that tell it to reload. ``wiring`` polls it."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from kanmon.store._db import Database
from kanmon.store._tables_shared import gateway_signals, gateway_workers
from kanmon.store._unavailable import guarded

#: A row not refreshed for this long belongs to a process that is gone: removed when the next
#: worker registers.
_FORGET_AFTER_S = 600.0


@dataclass(frozen=True, slots=True)
class WorkerRow:
    worker_id: str
    host: str
    pid: int
    started_at: float
    seen_at: float
    state: dict[str, Any]


class WorkerBoard:
    def __init__(self, db: Database) -> None:
        self._db = db

    def beat(self, worker_id: str, host: str, pid: int, started_at: float, state: Any) -> None:
        """Record that ``worker_id`` runs, and what it runs (its row is made if missing)."""
        now = time.time()
        w = gateway_workers.c
        with guarded(self._db), self._db.write_turn(), self._db.engine.begin() as conn:
            done = conn.execute(
                update(gateway_workers)
                .where(w.worker_id == worker_id)
                .values(seen_at=now, state=state)
            ).rowcount
            if not done:
                conn.execute(delete(gateway_workers).where(w.seen_at < now - _FORGET_AFTER_S))
                conn.execute(
                    insert(gateway_workers).values(
                        worker_id=worker_id,
                        host=host,
                        pid=pid,
                        started_at=started_at,
                        seen_at=now,
                        state=state,
                    )
                )

    def leave(self, worker_id: str) -> None:
        with guarded(self._db), self._db.write_turn(), self._db.engine.begin() as conn:
            conn.execute(delete(gateway_workers).where(gateway_workers.c.worker_id == worker_id))

    def live(self, within_s: float) -> list[WorkerRow]:
        """Workers that beat in the last ``within_s`` seconds, oldest first."""
        w = gateway_workers.c
        q = (
            select(w.worker_id, w.host, w.pid, w.started_at, w.seen_at, w.state)
            .where(w.seen_at >= time.time() - within_s)
            .order_by(w.started_at, w.worker_id)
        )
        with guarded(self._db), self._db.engine.connect() as conn:
            return [
                WorkerRow(r[0], r[1], int(r[2]), float(r[3]), float(r[4]), dict(r[5] or {}))
                for r in conn.execute(q)
            ]

    def generations(self) -> dict[str, int]:
        """The reload signals: kind → how many times it was sent."""
        s = gateway_signals.c
        with guarded(self._db), self._db.engine.connect() as conn:
            return {r[0]: int(r[1]) for r in conn.execute(select(s.name, s.generation))}

    def signal(self, name: str, by: str) -> int:
        """Send the reload signal ``name`` (a row migration 0009 made) to every worker; its
        new generation."""
        s = gateway_signals.c
        bump = (
            update(gateway_signals)
            .where(s.name == name)
            .values(generation=s.generation + 1, at=time.time(), by=by)
        )
        with guarded(self._db), self._db.write_turn(), self._db.engine.begin() as conn:
            if not conn.execute(bump).rowcount:
                raise ValueError(f"unknown reload signal {name!r}")
            got = conn.execute(select(s.generation).where(s.name == name)).scalar_one()
        return int(got)
