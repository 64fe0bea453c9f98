"""What a reload's answer says about the other workers: one that could not load it (with the
error), one whose heartbeat stopped, and a lone worker that reports only itself. The workers
here are two gateways in this process on one store (``limits.backend: store`` shares it);
tests/scale/test_workers_consistency.py runs real worker processes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import yaml
from sqlalchemy import func, insert, select

from kanmon.store import gateway_workers
from tests.conftest import ADMIN_KEY, GatewayFactory, sim_deployment
from tests.gateway._util import audit_rows

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
_POLICY: dict[str, Any] = {
    "data_classes": ["public", "internal", "confidential", "restricted"],
    "default_data_class": "internal",
    "rules": [{"id": "mail", "when": {"entities_any": ["EMAIL"]}, "action": "redact"}],
}
_V2 = {**_POLICY, "rules": [{**_POLICY["rules"][0], "action": "allow"}]}


def _policy(path: Path, doc: dict[str, Any]) -> str:
    path.write_text(yaml.safe_dump(doc))
    return str(path)


def test_a_worker_that_cannot_load_a_reload_is_named_with_its_error(
    gateway: GatewayFactory, tmp_path: Path
) -> None:
    shared = {"limits": {"backend": "store"}, "gateway": {"sync_interval_s": 0.2}}
    a = gateway(policy={"file": _policy(tmp_path / "a.yaml", _POLICY)}, **shared)
    b = gateway(policy={"file": _policy(tmp_path / "b.yaml", _POLICY)}, **shared)
    db = a.services.db
    with db.engine.begin() as conn:  # a worker that stopped beating 30 s ago
        conn.execute(
            insert(gateway_workers).values(
                worker_id="gone/1",
                host="gone",
                pid=1,
                started_at=0.0,
                seen_at=time.time() - 30,
                state={},
            )
        )
    deadline = time.monotonic() + 10
    live = 0
    while live < 2 and time.monotonic() < deadline:
        with db.engine.connect() as conn:
            q = select(func.count()).select_from(gateway_workers)
            live = conn.execute(q.where(gateway_workers.c.seen_at > time.time() - 3)).scalar_one()
        time.sleep(0.05)
    assert live == 2

    (tmp_path / "b.yaml").write_text("rules: [{id: x}]\n")  # b's copy of the file is broken
    _policy(tmp_path / "a.yaml", _V2)
    r = httpx.post(a.root_url + "/admin/policy/reload", headers=ADMIN, timeout=30)
    assert r.status_code == 200, r.text
    got = r.json()["workers"]
    ids = {a.services.sync.worker_id, b.services.sync.worker_id}  # type: ignore[union-attr]
    assert {w["worker"] for w in got["workers"]} == ids
    by_id = {w["worker"]: w for w in got["workers"]}
    sa, sb = a.services.sync, b.services.sync
    assert sa is not None and sb is not None
    assert (
        by_id[sa.worker_id]["applied"]
        and by_id[sa.worker_id]["policy_version"] == (r.json()["version"])
    )
    failed = by_id[sb.worker_id]
    assert not failed["applied"] and "rules[0].action" in failed["error"]
    assert failed["policy_version"] == r.json()["previous_version"]  # b runs what it ran
    assert got["not_applied"] == [sb.worker_id]
    assert [s["worker"] for s in got["silent"]] == ["gone/1"]


def test_a_lone_worker_reports_itself(gateway: GatewayFactory, tmp_path: Path) -> None:
    gw = gateway(policy={"file": _policy(tmp_path / "p.yaml", _POLICY)})
    _policy(tmp_path / "p.yaml", _V2)
    r = httpx.post(gw.root_url + "/admin/policy/reload", headers=ADMIN)
    assert r.status_code == 200, r.text
    [me] = r.json()["workers"]["workers"]
    assert me["applied"] and me["policy_version"] == r.json()["version"]
    assert gw.services.sync is not None and me["worker"] == gw.services.sync.worker_id


def test_a_catalog_reload_reaches_the_other_worker_and_is_recorded_once(
    gateway: GatewayFactory, sim: Any, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.yaml"

    def write(price: float) -> None:
        dep = sim_deployment("d-extra", "sim-model", sim.base_url)
        dep["price"] = {"input_per_mtok": price, "output_per_mtok": 2.0, "as_of": "2026-11-01"}
        extra.write_text(yaml.safe_dump({"deployments": [dep]}))

    write(1.0)
    shared = {
        "limits": {"backend": "store"},
        "gateway": {"sync_interval_s": 0.2},
        "governance": {"refresh_s": 3600},  # only the reload's signal may move b
        "catalog": {"files": [str(extra)]},
    }
    a = gateway(**shared)
    b = gateway(**shared)
    assert a.services.sync is not None and b.services.sync is not None
    write(7.0)
    r = httpx.post(a.root_url + "/admin/catalog/reload", headers=ADMIN, timeout=30)
    assert r.status_code == 200, r.text
    got = r.json()
    assert got["changed"] and got["workers"]["not_applied"] == []
    by_id = {w["worker"]: w for w in got["workers"]["workers"]}
    assert by_id[b.services.sync.worker_id]["catalog_hash"] == got["content_hash"]
    price = b.services.catalog.deployments["d-extra"].price
    assert price is not None and price.input_per_mtok == 7.0
    recorded = [x for x in audit_rows(a) if x["endpoint"] == "governance.catalog.reload"]
    assert len(recorded) == 1  # b followed without recording it again
