"""PostgreSQL stopped, crashed and frozen under load: every answer is a 200 with its audit record
or a fast 503 ``store_unavailable`` with Retry-After; the log says so once per interval, without
tracebacks; readiness tells; and once the server is back every record is under a signed head."""

from __future__ import annotations

import logging
import time

import httpx
import pytest
from sqlalchemy import func, select

from kanmon.audit import verify_log
from kanmon.gateway import GatewayThread
from kanmon.store import audit_log_state, audit_records, audit_tree_heads
from tests.faults._load import Load, Result
from tests.faults._servers import PgServer
from tests.faults.conftest import GatewayOn
from tests.gateway._util import new_key

pytestmark = pytest.mark.faults


def _recorded(gw: GatewayThread) -> set[str]:
    with gw.services.db.engine.connect() as conn:
        return set(conn.execute(select(audit_records.c.request_id)).scalars())


def _heads(gw: GatewayThread) -> tuple[int, int]:
    """(tree size, size of the newest signed head)."""
    with gw.services.db.engine.connect() as conn:
        size = conn.execute(select(audit_log_state.c.tree_size)).scalar_one()
        head = conn.execute(select(func.max(audit_tree_heads.c.tree_size))).scalar()
    return int(size), int(head or 0)


def _check(results: list[Result], bound_s: float) -> list[Result]:
    """Every answer is a 200 or a 503 store_unavailable with Retry-After, within ``bound_s``."""
    assert results
    for r in results:
        assert r.status in (200, 503), (r.status, r.code)
        if r.status == 503:
            assert r.code == "store_unavailable", (r.code, r.message)
            assert r.retry_after is not None and int(r.retry_after) >= 1
        assert r.latency < bound_s, (r.latency, r.status, r.code)
    return [r for r in results if r.status == 503]


def _no_tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    ours = [r for r in caplog.records if r.name.startswith("kanmon")]
    assert not [r for r in ours if r.exc_info], "a traceback was logged"
    return ours


def _after_recovery(gw: GatewayThread, load: Load, up: float) -> None:
    """Requests made well after the server came back succeed, and every 200 has its record."""
    late = load.since(up + 2.0)
    assert late and all(r.status == 200 for r in late[-5:]), [(r.status, r.code) for r in late[-5:]]
    served = {r.request_id for r in load.results if r.status == 200}
    assert served <= _recorded(gw), "a 200 without an audit record"


def _ready(gw: GatewayThread) -> httpx.Response:
    return httpx.get(gw.root_url + "/readyz", timeout=10)


def _signed_and_verified(gw: GatewayThread) -> None:
    """Stop the gateway cleanly; then every record is under a signed head and the log verifies."""
    signer = gw.services.audit.signer
    assert signer is not None
    gw.stop()
    size, head = _heads(gw)
    assert size > 0 and head == size, (size, head)
    rep = verify_log(gw.services.db, signer.public)
    assert rep.ok, rep.summary()


def test_stopped_then_started(
    gateway_on: GatewayOn, pg: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    gw = gateway_on()
    key = new_key(gw)
    unseen = new_key(gw)  # never used before the outage: nothing cached to fall back on
    with Load(gw.base_url, key) as load:
        time.sleep(1.0)
        pg.stop()
        time.sleep(0.5)
        ready = _ready(gw)
        health = httpx.get(gw.root_url + "/healthz")
        cold = httpx.post(
            gw.base_url + "/chat/completions",
            headers={"Authorization": f"Bearer {unseen}"},
            json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
        )
        time.sleep(2.5)
        pg.start()
        up = time.monotonic()
        time.sleep(3.0)
    assert ready.status_code == 503 and not ready.json()["checks"]["store"]["ok"], ready.text
    assert ready.json()["checks"]["audit_writer"]["ok"] is False
    assert health.status_code == 200  # liveness stays simple
    assert cold.status_code == 503 and cold.json()["error"]["code"] == "store_unavailable"
    assert int(cold.headers["retry-after"]) >= 1
    refused = _check(load.results, bound_s=3.0)
    assert refused, "no request met the outage"
    _after_recovery(gw, load, up)
    assert _ready(gw).status_code == 200
    # Once per interval per kind, not once per request (a few kinds: refused, shut down, ...).
    lines = _no_tracebacks(caplog)
    assert len(lines) <= 12, [r.getMessage() for r in lines]
    assert len(refused) > len(lines)
    _signed_and_verified(gw)


def test_crashed_and_recovered(
    gateway_on: GatewayOn, pg: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    gw = gateway_on()
    key = new_key(gw)
    with Load(gw.base_url, key) as load:
        time.sleep(1.0)
        pg.crash()  # SIGKILL to the server and every backend
        time.sleep(2.0)
        pg.start()  # crash recovery replays the WAL
        up = time.monotonic()
        time.sleep(3.0)
    _check(load.results, bound_s=3.0)
    _after_recovery(gw, load, up)
    _no_tracebacks(caplog)
    _signed_and_verified(gw)


def test_frozen_turns_into_503_within_the_bound(
    gateway_on: GatewayOn, pg: PgServer, caplog: pytest.LogCaptureFixture
) -> None:
    """SIGSTOP: the server accepts bytes and never answers. Each request used to wait 30 s."""
    caplog.set_level(logging.WARNING)
    gw = gateway_on()
    key = new_key(gw)
    timeouts = gw.services.db.timeouts
    assert timeouts is not None
    # One operation on a frozen server: a pooled connection that gets no answer, then a fresh
    # one that cannot connect. Everyone else meanwhile fails at once (the store is "silent").
    # The margin is for scheduling: on a loaded 2-core machine one answer took 5.03 s against a
    # 3.5 s worst case (a second of margin failed it); an unbounded wait is 30 s.
    bound = timeouts.worst_case_s + 2.0
    with Load(gw.base_url, key) as load:
        time.sleep(1.0)
        pg.freeze()
        frozen = time.monotonic()
        time.sleep(1.0)
        t0 = time.monotonic()
        ready = _ready(gw)
        ready_s = time.monotonic() - t0
        time.sleep(4.0)
        pg.thaw()
        up = time.monotonic()
        time.sleep(3.0)
    assert ready.status_code == 503 and not ready.json()["checks"]["store"]["ok"]
    assert ready_s < 2.0  # each check has its own bound
    refused = _check(load.results, bound_s=bound)
    # Answered while the server was still frozen: the gateway did not wait for it to thaw.
    answered = [r for r in load.results if frozen < r.t0 and r.t1 < up]
    assert answered and all(r.status == 503 for r in answered), answered
    assert refused
    _after_recovery(gw, load, up)
    _no_tracebacks(caplog)
    _signed_and_verified(gw)


def test_final_head_is_signed_after_a_restart(gateway_on: GatewayOn, pg: PgServer) -> None:
    """With heads signed rarely, only shutdown signs the tail: its connection was dropped by the
    restart, and the first try failed ("could not sign the final tree head")."""
    gw = gateway_on(audit={"head_interval_s": 3600})
    key = new_key(gw)
    for _ in range(5):
        r = httpx.post(
            gw.base_url + "/chat/completions",
            headers={"Authorization": f"Bearer {key}"},
            json={"model": "chat", "messages": [{"role": "user", "content": "hi"}]},
        )
        assert r.status_code == 200
    size, head = _heads(gw)
    assert head < size  # the tail waits for the next head
    pg.stop()
    pg.start()
    _signed_and_verified(gw)
