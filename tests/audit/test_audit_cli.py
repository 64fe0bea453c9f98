"""``kanmon audit verify / export / public-key / erase / proof`` end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml
from sqlalchemy import text

from kanmon.audit import AuditWriter
from kanmon.audit import signer_for as audit_signer
from kanmon.audit import verify_export as standalone
from kanmon.config import load_config
from kanmon.store import Database, migrate
from tests.audit._records import record


def _kanmon(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kanmon", *args], capture_output=True, text=True, timeout=60
    )


def test_cli_verify_export_and_tamper(tmp_path: Path) -> None:
    cfg_path = tmp_path / "kanmon.yaml"
    cfg_path.write_text(yaml.safe_dump({"store": {"url": "sqlite:///audit.db"}}))
    cfg = load_config(cfg_path)
    db = Database(cfg.store_url())
    migrate(db)
    w = AuditWriter(db, signer=audit_signer(cfg), head_interval_s=3600)
    w.write_many([record(i) for i in range(12)])
    w.write_many([record(i) for i in range(12, 20)])  # inside the interval: not signed yet
    w._append.unsigned = False  # as after a crash: the tail has no signed head
    w.close()

    ok = _kanmon("audit", "verify", "-c", str(cfg_path), "--json")
    assert ok.returncode == 0, ok.stderr
    rep = json.loads(ok.stdout)
    assert rep["ok"] and rep["tree_size"] == 20 and rep["signed_size"] == 12

    pem = _kanmon("audit", "public-key", "-c", str(cfg_path))
    assert pem.stdout.startswith("-----BEGIN PUBLIC KEY-----")
    assert "PRIVATE" not in pem.stdout + pem.stderr
    (tmp_path / "pub.pem").write_text(pem.stdout)
    out = tmp_path / "export.jsonl"
    exp = _kanmon("audit", "export", str(out), "--sign-now", "--since", "12", "-c", str(cfg_path))
    assert exp.returncode == 0, exp.stderr
    lines = out.read_text().splitlines()
    assert len(lines) == 1 + 20 + 1 and json.loads(lines[-1])["type"] == "consistency"
    assert standalone.main([str(out), "--public-key", str(tmp_path / "pub.pem")]) == 0

    prf = _kanmon("audit", "proof", "--leaf", "3", "-c", str(cfg_path))
    assert json.loads(prf.stdout)["tree_head"]["tree_size"] == 20

    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_records WHERE leaf_index = 3"))
    bad = _kanmon("audit", "verify", "-c", str(cfg_path))
    assert bad.returncode == 1
    assert bad.stdout.startswith("FAILED: first bad record: leaf 3")
    db.close()
