"""The cross-border transfer report from the audit log: rows per data class and destination,
tokens from the serving deployment, failed attempts counted as transfers, the period's records
proven by digest and signed tree head, tampering found, CSV/HTML/JSON, CLI and API."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import update
from typer.testing import CliRunner

from kanmon.audit import AuditWriter, Signer
from kanmon.catalog import load_catalog
from kanmon.core.record import RECORD_VERSION, Attempt, AuditRecord
from kanmon.errors import BadRequestError
from kanmon.store import Database, audit_records, migrate
from kanmon.transfers import build_report, check_report, render_csv, render_html
from tests.conftest import sim_deployment
from tests.gateway._util import new_key

CAT = load_catalog()
NOV = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
DEC = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _snap(dep_id: str) -> dict[str, Any]:
    d = CAT.deployments[dep_id]
    return {
        "deployment": d.id,
        "model": d.model,
        "provider_entity": d.provider_entity,
        "provider_jurisdiction": d.provider_jurisdiction,
        "processing_region": d.processing_region,
    }


def _rec(
    n: int,
    day: int,
    served: str | None,
    *,
    tried: tuple[str, ...] = (),
    data_class: str = "internal",
    status: int = 200,
    approval: str | None = None,
    month: int = 11,
) -> AuditRecord:
    attempts = [Attempt(d, "http_503", 1.0) for d in tried]
    if served:
        attempts.append(Attempt(served, "ok", 1.0))
    return AuditRecord(
        version=RECORD_VERSION,
        request_id=f"req-{n}",
        ts=f"2026-{month:02d}-{day:02d}T10:00:00.000000+00:00",
        key_id="k",
        team="t",
        endpoint="chat.completions",
        model_requested="chat",
        deployment=served if status < 400 else None,
        status=status,
        attempts=attempts,
        prompt_tokens=100 if served else 0,
        completion_tokens=20 if served else 0,
        data_class=data_class,
        approval_id=approval,
        provenance=_snap(served) if served and status < 400 else None,
    )


def _log(tmp_path: Path) -> tuple[Database, Signer]:
    db = Database(f"sqlite:///{tmp_path / 'a.db'}")
    migrate(db)
    signer = Signer(Ed25519PrivateKey.generate())
    w = AuditWriter(db, signer=signer, head_interval_s=0)
    w.write_many(
        [
            _rec(1, 3, "deepseek-v4-flash@deepseek-cn", data_class="public"),
            _rec(2, 4, "deepseek-v4-flash@deepseek-cn", data_class="public"),
            _rec(3, 5, "gpt-5@openai-eu", data_class="confidential", approval="apr_1"),
            # the data reached Moonshot's API before it failed, and OpenAI served it
            _rec(
                4,
                6,
                "gpt-5@openai-eu",
                tried=("kimi-k2.6@moonshot-cn",),
                approval="apr_1",
                data_class="confidential",
            ),  # fmt: skip
            _rec(5, 7, None, status=403),  # refused: nothing left the gateway
            _rec(6, 2, "gpt-5@openai-us", month=10),  # another month
            _rec(7, 1, "gpt-5@openai-us", month=12),
        ]
    )
    w.close()
    return db, signer


def test_rows_per_data_class_and_destination(tmp_path: Path) -> None:
    db, signer = _log(tmp_path)
    rep = build_report(db, since=NOV, until=DEC, home=["EU"], catalog=CAT, public_key=signer.public)
    assert rep.records == 4
    rows = {(r.data_class, r.deployment): r for r in rep.rows}
    assert set(rows) == {
        ("public", "deepseek-v4-flash@deepseek-cn"),
        ("confidential", "gpt-5@openai-eu"),
        ("confidential", "kimi-k2.6@moonshot-cn"),
    }
    cn = rows[("public", "deepseek-v4-flash@deepseek-cn")]
    assert (cn.requests, cn.served, cn.prompt_tokens, cn.completion_tokens) == (2, 2, 200, 40)
    assert cn.provider_jurisdiction == "CN" and cn.cross_border == "yes"
    assert cn.facts_from == "record" and cn.approval_id is None
    eu = rows[("confidential", "gpt-5@openai-eu")]
    assert (eu.requests, eu.served, eu.approval_id, eu.cross_border) == (2, 2, "apr_1", "no")
    failed = rows[("confidential", "kimi-k2.6@moonshot-cn")]
    assert (failed.requests, failed.served, failed.prompt_tokens) == (1, 0, 0)
    assert failed.facts_from == "catalog" and failed.processing_region == "CN"
    totals = rep.totals()["by_jurisdiction"]
    assert totals["CN"]["requests"] == 3 and totals["US"]["requests"] == 2
    assert rep.verification["ok"] and rep.verification["covered"]
    assert rep.tree_head is not None and rep.tree_head["tree_size"] == 7
    assert check_report(db, rep.to_json(), catalog=CAT, public_key=signer.public) == []


def test_an_edited_record_or_report_is_found(tmp_path: Path) -> None:
    db, signer = _log(tmp_path)
    doc = build_report(db, since=NOV, until=DEC, catalog=CAT, public_key=signer.public).to_json()
    forged = json.loads(json.dumps(doc))
    forged["rows"][0]["requests"] += 1  # a row that does not add up
    assert any("rows" in p for p in check_report(db, forged, catalog=CAT, public_key=signer.public))
    # a record edited in the database: its leaf hash no longer matches
    with db.engine.begin() as conn:
        row = conn.execute(
            audit_records.select().where(audit_records.c.request_id == "req-1")
        ).one()
        rec = json.loads(row.record)
        rec["provenance"]["processing_region"] = "EU-DE"
        conn.execute(
            update(audit_records)
            .where(audit_records.c.request_id == "req-1")
            .values(record=json.dumps(rec))
        )
    again = build_report(db, since=NOV, until=DEC, catalog=CAT, public_key=signer.public)
    assert not again.verification["ok"]
    problems = check_report(db, doc, catalog=CAT, public_key=signer.public)
    assert any("does not verify" in p for p in problems)


def test_csv_and_html(tmp_path: Path) -> None:
    db, signer = _log(tmp_path)
    rep = build_report(db, since=NOV, until=DEC, home=["EU"], catalog=CAT, public_key=signer.public)
    text = render_csv(rep)
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert any(rep.records_digest in line for line in comments)
    rows = list(
        csv.DictReader(io.StringIO("\n".join(x for x in text.splitlines() if x[:1] != "#")))
    )
    assert len(rows) == 3 and {r["provider_jurisdiction"] for r in rows} == {"CN", "US"}
    html = render_html(rep)
    assert "Cross-border transfers" in html and "kimi-k2.6@moonshot-cn" in html
    assert rep.tree_head is not None and rep.tree_head["signature"] in html
    assert "verified" in html


def test_period_errors(tmp_path: Path) -> None:
    db, _ = _log(tmp_path)
    with pytest.raises(BadRequestError, match="after"):
        build_report(db, since=DEC, until=NOV)
    with pytest.raises(BadRequestError, match="timezone"):
        build_report(db, since=dt.datetime(2026, 11, 1), until=DEC)  # noqa: DTZ001
    # a minute before year 1 once in UTC, a minute past 9999: refused, not an OverflowError
    early = dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(minutes=1)))
    late = dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone(-dt.timedelta(minutes=1)))
    with pytest.raises(BadRequestError, match="since is out of range"):
        build_report(db, since=early, until=DEC)
    with pytest.raises(BadRequestError, match="until is out of range"):
        build_report(db, since=NOV, until=late)
    empty = build_report(
        db, since=dt.datetime(2020, 1, 1, tzinfo=dt.UTC), until=NOV.replace(month=1)
    )
    assert empty.records == 0 and empty.rows == [] and empty.verification["ok"]


def test_cli_report_and_verify(tmp_path: Path) -> None:
    from kanmon.cli.main import _register, app

    db, signer = _log(tmp_path)
    key = tmp_path / "audit.key"
    from cryptography.hazmat.primitives import serialization

    pem = signer._private.private_bytes(  # the gateway's signing key, as a file
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    key.write_bytes(pem)
    cfg = tmp_path / "kanmon.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "store": {"url": f"sqlite:///{tmp_path / 'a.db'}"},
                "audit": {"signing_key_env": None, "signing_key_file": str(key)},
            }
        )
    )
    _register()
    runner = CliRunner()
    out = tmp_path / "nov.json"
    r = runner.invoke(
        app, ["transfers", "report", "--month", "2026-11", "--home", "EU", "-f", "json",
              "-o", str(out), "-c", str(cfg)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert "4 requests in 3 rows, verified" in r.output
    r = runner.invoke(app, ["transfers", "verify", str(out), "-c", str(cfg)])
    assert r.exit_code == 0 and r.output.startswith("OK: 4 requests"), r.output
    doc = json.loads(out.read_text())
    doc["rows"][0]["prompt_tokens"] += 1
    out.write_text(json.dumps(doc))
    r = runner.invoke(app, ["transfers", "verify", str(out), "-c", str(cfg)])
    assert r.exit_code == 1 and "FAILED" in r.output
    r = runner.invoke(
        app, ["transfers", "report", "--since", "2026-11-01", "--until", "2026-12-01", "-f",
              "csv", "-c", str(cfg)],
    )  # fmt: skip
    assert r.exit_code == 0 and "deepseek-v4-flash@deepseek-cn" in r.output
    r = runner.invoke(app, ["transfers", "report", "--since", "2026-11-01", "-c", str(cfg)])
    assert r.exit_code != 0


def test_api_for_auditors(gateway: Any, sim: Any) -> None:
    url = sim.base_url
    gw = gateway(
        routes={"chat": ["d-fr"], "us": ["d-us"]},
        deployments=[
            sim_deployment("d-fr", "sim-model", url, processing_region="EU-FR"),
            sim_deployment(
                "d-us", "sim-model", url, processing_region="US", provider_jurisdiction="US"
            ),  # fmt: skip
        ],
        audit={"head_interval_s": 0},
    )
    app = new_key(gw)
    for model in ("chat", "us", "us"):
        r = httpx.post(
            gw.base_url + "/chat/completions",
            headers={"Authorization": f"Bearer {app}"},
            json={"model": model, "messages": [{"role": "user", "content": "hi"}]},
        )
        assert r.status_code == 200, r.text
    auditor = new_key(gw, ["auditor"])
    now = dt.datetime.now(dt.UTC)
    params = {
        "since": (now - dt.timedelta(hours=1)).isoformat(),
        "until": (now + dt.timedelta(hours=1)).isoformat(),
        "home": "EU",
    }
    got = httpx.get(
        gw.root_url + "/admin/transfers",
        params=params,
        headers={"Authorization": f"Bearer {auditor}"},
    )
    assert got.status_code == 200, got.text
    doc = got.json()
    rows = {r["deployment"]: r for r in doc["rows"]}
    assert rows["d-us"]["requests"] == 2 and rows["d-us"]["cross_border"] == "yes"
    # no policy and no governance: nothing classified the requests, and the report says so
    assert rows["d-fr"]["cross_border"] == "no" and rows["d-fr"]["data_class"] == "unclassified"
    html = httpx.get(
        gw.root_url + "/admin/transfers",
        params={**params, "format": "html"},
        headers={"Authorization": f"Bearer {auditor}"},
    )
    assert html.headers["content-type"].startswith("text/html") and "d-us" in html.text
    refused = httpx.get(
        gw.root_url + "/admin/transfers", params=params, headers={"Authorization": f"Bearer {app}"}
    )
    assert refused.status_code == 403
    bad = httpx.get(
        gw.root_url + "/admin/transfers",
        params={"since": "2026-11-01T00:00:00", "until": params["until"]},
        headers={"Authorization": f"Bearer {auditor}"},
    )
    assert bad.status_code == 400
    edge = httpx.get(
        gw.root_url + "/admin/transfers",
        params={"since": "0001-01-01T00:00:00+00:01", "until": params["until"]},
        headers={"Authorization": f"Bearer {auditor}"},
    )
    assert edge.status_code == 400 and edge.json()["error"]["param"] == "since", edge.text
