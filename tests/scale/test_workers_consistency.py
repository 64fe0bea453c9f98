"""One gateway, several worker processes, no Redis: budgets hold across the workers, a reload
reaches every worker (and says which version each runs), and the audit log's tail is signed
after a crash and at a clean stop without waiting for new traffic."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import yaml
from sqlalchemy import func, select

from kanmon.audit import Signer, export_lines, verify_log
from kanmon.simulator import SimulatorThread
from kanmon.store import Database, audit_records, gateway_workers
from tests.conftest import ADMIN_KEY
from tests.gateway._util import chat_body
from tests.scale._proc import Served, free_port, write_config

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


def _key(root: str, **extra: Any) -> str:
    r = httpx.post(
        root + "/admin/keys",
        headers=ADMIN,
        json={"name": "w", "team": "qa", "roles": ["app"], **extra},
    )
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


def _live_workers(db: Database) -> int:
    with db.engine.connect() as conn:
        q = select(func.count()).where(gateway_workers.c.seen_at >= time.time() - 3)
        return int(conn.execute(q.select_from(gateway_workers)).scalar_one())


def _until(cond: Any, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.1)
    return False


def test_a_budget_holds_across_two_workers(sim: SimulatorThread, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kanmon.db'}"
    cfg = write_config(tmp_path / "kanmon.yaml", url, sim.base_url, gateway={"workers": 2})
    gw = Served(cfg, free_port(), tmp_path / "gw.log").wait_ready()
    try:
        budget = 600
        key = _key(gw.root, budget_tokens=budget, budget_period_s=3600)

        async def fire() -> list[httpx.Response]:
            """Waves of parallel requests until a whole wave is refused: the spending of
            settled requests adds up, as it does over a day of traffic."""
            # no keep-alive: every request is a new connection, spread over both workers
            limits = httpx.Limits(max_keepalive_connections=0)
            out: list[httpx.Response] = []
            async with httpx.AsyncClient(timeout=30, limits=limits) as c:
                for wave in range(60):
                    got = await asyncio.gather(
                        *(
                            c.post(
                                gw.root + "/v1/chat/completions",
                                headers={"Authorization": f"Bearer {key}"},
                                json=chat_body(content=f"count {wave} {i}", max_tokens=24),
                            )
                            for i in range(6)
                        )
                    )
                    out += got
                    if all(r.status_code == 429 for r in got):
                        break
            return out

        responses = asyncio.run(fire())
    finally:
        gw.stop()
    ok = [r for r in responses if r.status_code == 200]
    refused = [r for r in responses if r.status_code == 429]
    assert ok and refused and len(ok) + len(refused) == len(responses)
    assert all(r.json()["error"]["code"] == "budget_exceeded" for r in refused)
    used = sum(r.json()["usage"]["total_tokens"] for r in ok)
    # a reservation holds the worst case, so nothing goes past the budget (no slack) ...
    assert used <= budget
    # ... and the last requests were refused because it was spent, not for lack of room
    assert used > budget - 2 * 24 * 6
    db = Database(url)
    with db.engine.connect() as conn:
        q = select(audit_records.c.tokens).where(
            audit_records.c.endpoint == "chat.completions", audit_records.c.status == 200
        )
        charged = sum(int(t or 0) for t in conn.execute(q).scalars())
    db.close()
    assert charged == used


_POLICY: dict[str, Any] = {
    "data_classes": ["public", "internal", "confidential", "restricted"],
    "default_data_class": "internal",
    "rules": [
        {"id": "mail", "when": {"entities_any": ["EMAIL"]}, "action": "redact", "message": "v1"}
    ],
}


def test_a_policy_reload_reaches_every_worker(sim: SimulatorThread, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(yaml.safe_dump(_POLICY))
    url = f"sqlite:///{tmp_path / 'kanmon.db'}"
    cfg = write_config(
        tmp_path / "kanmon.yaml",
        url,
        sim.base_url,
        gateway={"workers": 2},
        policy={"file": str(policy)},
    )
    gw = Served(cfg, free_port(), tmp_path / "gw.log").wait_ready()
    db = Database(url)
    try:
        assert _until(lambda: _live_workers(db) == 2)
        key = _key(gw.root)
        before = httpx.get(gw.root + "/admin/policy", headers=ADMIN).json()["version"]
        v2 = {**_POLICY, "rules": [{**_POLICY["rules"][0], "action": "allow", "message": "v2"}]}
        policy.write_text(yaml.safe_dump(v2))
        r = httpx.post(gw.root + "/admin/policy/reload", headers=ADMIN, timeout=30)
        assert r.status_code == 200, r.text
        got = r.json()
        version = got["version"]
        assert got["previous_version"] == before != version
        workers = got["workers"]["workers"]
        assert len(workers) == 2 and got["workers"]["not_applied"] == []
        assert len({w["pid"] for w in workers}) == 2
        assert all(w["applied"] and w["policy_version"] == version for w in workers)

        seen = []
        for i in range(20):  # a new connection each: the kernel spreads them over the workers
            resp = httpx.post(
                gw.root + "/v1/chat/completions",
                headers={"Authorization": f"Bearer {key}"},
                json=chat_body(content=f"mail bob{i}@example.com"),
            )
            assert resp.status_code == 200, resp.text
            seen.append(
                (resp.headers["x-kanmon-policy-version"], resp.headers["x-kanmon-decision"])
            )
        assert seen == [(version, "allow")] * 20
    finally:
        gw.stop()
        db.close()


def _sizes(db: Database) -> tuple[int, int]:
    """(tree size, newest signed head)."""
    with db.engine.connect() as conn:
        size = conn.exec_driver_sql("SELECT tree_size FROM audit_log_state").scalar_one()
        head = conn.exec_driver_sql("SELECT MAX(tree_size) FROM audit_tree_heads").scalar()
    return int(size), int(head or 0)


def test_the_tail_is_signed_after_kill_9_and_at_a_clean_stop(
    sim: SimulatorThread, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'kanmon.db'}"
    cfg = write_config(
        tmp_path / "kanmon.yaml",
        url,
        sim.base_url,
        gateway={"workers": 2},
        audit={"head_interval_s": 3600},  # no head falls due by time during the test
    )
    first = Served(cfg, free_port(), tmp_path / "first.log").wait_ready()
    key = _key(first.root)
    for i in range(6):
        r = httpx.post(
            first.root + "/v1/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json=chat_body(content=f"before the crash {i}"),
        )
        assert r.status_code == 200
    first.kill9()
    db = Database(url)
    size, signed = _sizes(db)
    assert signed < size  # the crash left records after the last signed head

    again = Served(cfg, free_port(), tmp_path / "again.log").wait_ready()
    try:
        # no traffic: the restart alone signs what the crash left
        assert _until(lambda: _sizes(db) == (size, size)), _sizes(db)
        signer = Signer.load(env=None, file=tmp_path / "audit-signing.key", create=False)
        assert len(list(export_lines(db, signer.public_raw_b64()))) == 1 + size
        for i in range(4):
            r = httpx.post(
                again.root + "/v1/chat/completions",
                headers={"Authorization": f"Bearer {key}"},
                json=chat_body(content=f"after the crash {i}"),
            )
            assert r.status_code == 200
        size2, signed2 = _sizes(db)
        assert size2 > size and signed2 < size2
    finally:
        again.stop()  # a clean stop signs the tail on its way out
    assert _sizes(db) == (size2, size2)
    rep = verify_log(db, signer.public)
    assert rep.ok and rep.signed_size == rep.tree_size == size2, rep.summary()
    db.close()


def test_reloads_and_revocations_reach_a_replica_on_the_same_postgresql(
    pg_url: str, sim: SimulatorThread, tmp_path: Path
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(yaml.safe_dump(_POLICY))
    cfg = write_config(
        tmp_path / "kanmon.yaml",
        pg_url,
        sim.base_url,
        policy={"file": str(policy)},
        keys={"cache_ttl_s": 600},  # only the signal can make replica b forget a key in time
    )
    a = Served(cfg, free_port(), tmp_path / "a.log")
    b = Served(cfg, free_port(), tmp_path / "b.log")
    db = Database(pg_url)
    try:
        a.wait_ready()
        b.wait_ready()
        assert _until(lambda: _live_workers(db) == 2)
        key = _key(a.root)
        app = {"Authorization": f"Bearer {key}"}
        ask = chat_body(content="mail bob@example.com")
        r = httpx.post(b.root + "/v1/chat/completions", headers=app, json=ask)
        assert r.headers["x-kanmon-decision"] == "redact"  # b has the key cached now

        v2 = {**_POLICY, "rules": [{**_POLICY["rules"][0], "action": "allow", "message": "v2"}]}
        policy.write_text(yaml.safe_dump(v2))
        got = httpx.post(a.root + "/admin/policy/reload", headers=ADMIN, timeout=30).json()
        assert len(got["workers"]["workers"]) == 2 and got["workers"]["not_applied"] == []
        r = httpx.post(b.root + "/v1/chat/completions", headers=app, json=ask)
        assert (r.headers["x-kanmon-policy-version"], r.headers["x-kanmon-decision"]) == (
            got["version"],
            "allow",
        )

        key_id = key.split("-")[1]
        assert httpx.delete(a.root + f"/admin/keys/{key_id}", headers=ADMIN).status_code == 200
        refused = _until(
            lambda: (
                httpx.post(b.root + "/v1/chat/completions", headers=app, json=ask).status_code
                == 401
            ),
            timeout=5.0,
        )
        assert refused  # within gateway.sync_interval_s (1 s) and a request, not cache_ttl_s
    finally:
        a.stop()
        b.stop()
        db.close()
