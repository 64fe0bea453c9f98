"""Scale-out and crash safety with real ``kanmon serve`` processes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
from sqlalchemy import func, select

from kanmon.audit import Signer, verify_log
from kanmon.simulator import SimulatorThread
from kanmon.store import Database, audit_records, migrate
from tests.conftest import ADMIN_KEY
from tests.gateway._util import chat_body
from tests.scale._proc import Served, free_port, write_config


def _signer(dir_: Path) -> Signer:
    return Signer.load(env=None, file=dir_ / "audit-signing.key", create=False)


async def _load(
    roots: list[str],
    key: str,
    *,
    per_root: int = 0,
    until: float = 0.0,
    seen: list[str] | None = None,
) -> list[str]:
    """Send chat requests (a quarter streamed); return the request ids the client saw answered:
    a 200 body, or a stream that reached [DONE]."""
    seen = [] if seen is None else seen
    stop = asyncio.Event()

    async def worker(c: httpx.AsyncClient, root: str, i: int) -> None:
        n = 0
        while not stop.is_set() and (not per_root or n < per_root):
            n += 1
            stream = (n + i) % 4 == 0
            try:
                body = chat_body(content=f"load {i} {n}", stream=stream)
                async with c.stream("POST", root + "/v1/chat/completions", json=body) as r:
                    text = (await r.aread()).decode()
                    if r.status_code == 200 and (not stream or "[DONE]" in text):
                        seen.append(r.headers["x-request-id"])
            except httpx.HTTPError:
                if until:
                    return  # the server is gone
                raise

    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(headers=headers, timeout=30) as c:
        jobs = [worker(c, r, i) for r in roots for i in range(8 if per_root else 16)]
        if until:
            asyncio.get_running_loop().call_later(until, stop.set)
        await asyncio.gather(*jobs)
    return seen


def _key(root: str) -> str:
    r = httpx.post(
        root + "/admin/keys",
        headers={"Authorization": f"Bearer {ADMIN_KEY}"},
        json={"name": "load", "team": "qa", "roles": ["app"]},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


def _stored(db: Database, ids: list[str]) -> set[str]:
    found: set[str] = set()
    with db.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            q = select(audit_records.c.request_id).where(audit_records.c.request_id.in_(part))
            found.update(conn.execute(q).scalars())
    return found


def test_two_gateway_processes_share_one_verifiable_log(
    pg_url: str, sim: SimulatorThread, tmp_path: Path
) -> None:
    cfg = write_config(tmp_path / "kanmon.yaml", pg_url, sim.base_url)
    a = Served(cfg, free_port(), tmp_path / "a.log")
    b = Served(cfg, free_port(), tmp_path / "b.log")
    try:
        a.wait_ready()
        b.wait_ready()
        key = _key(a.root)
        seen = asyncio.run(_load([a.root, b.root], key, per_root=10))
    finally:
        a.stop()
        b.stop()
    assert len(seen) == 2 * 8 * 10
    db = Database(pg_url)
    rep = verify_log(db, _signer(tmp_path).public)
    assert rep.ok, rep.summary()
    with db.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(audit_records)).scalar()
    assert rep.tree_size == total and rep.signed_size == total  # both replicas signed on exit
    assert _stored(db, seen) == set(seen)
    db.close()
    logs = (tmp_path / "a.log").read_bytes() + (tmp_path / "b.log").read_bytes()
    assert key.encode() not in logs and ADMIN_KEY.encode() not in logs


def test_kill_9_under_load_loses_no_answered_request(sim: SimulatorThread, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kanmon.db'}"
    cfg = write_config(tmp_path / "kanmon.yaml", url, sim.base_url, gateway={"workers": 2})
    first = Served(cfg, free_port(), tmp_path / "first.log").wait_ready()
    key = _key(first.root)
    t0 = time.monotonic()
    seen: list[str] = []

    async def load_then_kill() -> None:
        async def killer() -> None:
            deadline = time.monotonic() + 20
            while len(seen) < 200 and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            first.kill9()  # with requests in flight: the load never pauses

        await asyncio.gather(_load([first.root], key, until=30.0, seen=seen), killer())

    asyncio.run(load_then_kill())
    assert first.proc.returncode is not None and time.monotonic() - t0 < 60
    assert len(seen) >= 200  # there was load when it died

    again = Served(cfg, free_port(), tmp_path / "again.log").wait_ready()
    r = httpx.post(
        again.root + "/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json=chat_body(content="after the crash"),
    )
    assert r.status_code == 200
    again.stop()

    db = Database(url)
    migrate(db)
    missing = set(seen) - _stored(db, seen)
    assert not missing, f"{len(missing)} answered requests have no record"
    rep = verify_log(db, _signer(tmp_path).public)
    assert rep.ok, rep.summary()
    db.close()
