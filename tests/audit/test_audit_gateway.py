"""The gateway's records form a verifiable log; content modes; roles; export for third parties."""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import httpx
import orjson
import pytest

from kanmon.audit import ContentSealer
from kanmon.audit import verify_export as standalone
from tests.conftest import GatewayFactory, sim_deployment
from tests.gateway._util import ADMIN_KEY, audit_rows, chat_body, new_key, stored_content

CONTENT_KEY = bytes(range(32))
PROVIDER_KEY = "sk-provider-secret-0123456789abcdef"


@pytest.fixture(autouse=True)
def _keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KANMON_AUDIT_CONTENT_KEY", CONTENT_KEY.hex())
    monkeypatch.setenv("SIM_PROVIDER_KEY", PROVIDER_KEY)


def _gw(gateway: GatewayFactory, sim_url: str, mode: str) -> object:
    dep = sim_deployment("d-main", "sim-model", sim_url, api_key_env="SIM_PROVIDER_KEY")
    return gateway(
        routes={"chat": ["d-main"]},
        deployments=[dep],
        audit={"content": mode, "head_interval_s": 0},
    )


def test_records_verify_and_export_checks_standalone(
    gateway: GatewayFactory, sim: object, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gw = _gw(gateway, sim.base_url, "full")  # type: ignore[attr-defined]
    key = new_key(gw, roles=["app"])  # type: ignore[arg-type]
    auditor = new_key(gw, roles=["auditor"])  # type: ignore[arg-type]
    h = {"Authorization": f"Bearer {key}"}
    base = gw.base_url  # type: ignore[attr-defined]
    for i in range(5):
        r = httpx.post(base + "/chat/completions", headers=h, json=chat_body(content=f"hi {i}"))
        assert r.status_code == 200
    with httpx.stream(
        "POST", base + "/chat/completions", headers=h, json=chat_body(stream=True)
    ) as r:
        assert r.status_code == 200 and "[DONE]" in r.read().decode()
    root = gw.root_url  # type: ignore[attr-defined]
    ah = {"Authorization": f"Bearer {auditor}"}
    rep = httpx.get(root + "/admin/audit/verify", headers=ah).json()
    assert rep["ok"] and rep["tree_size"] >= 8, rep

    out = httpx.get(root + "/admin/audit/export", headers=ah)
    assert out.status_code == 200
    lines = out.text.splitlines()
    header = orjson.loads(lines[0])
    assert header["format"] == "kanmon.audit.export.v1"
    assert len(lines) == 1 + header["tree_head"]["tree_size"]
    pub = tmp_path / "pub.pem"
    pub.write_text(gw.services.audit.signer.public_pem())  # type: ignore[attr-defined]
    path = tmp_path / "export.jsonl"
    path.write_text(out.text)
    script = standalone.__file__
    ok = subprocess.run(
        [sys.executable, script, str(path), "--public-key", str(pub)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    # A third party notices an edited record in the export.
    bad = [lines[0], *lines[1:]]
    rec = orjson.loads(bad[3])
    rec["record"] = rec["record"].replace('"status":200', '"status":201')
    bad[3] = orjson.dumps(rec).decode()
    problems = standalone.verify(bad, None)
    assert problems and problems[0].startswith(f"leaf {rec['leaf_index']}:")

    # Secrets never reach the store, the export or the logs.
    blob = b"".join(f.read_bytes() for f in tmp_path.glob("kanmon.db*")) + out.content
    blob += caplog.text.encode()
    for secret in (key, auditor, ADMIN_KEY, PROVIDER_KEY):
        assert secret.encode() not in blob
    # ... while the full content mode did keep the conversation.
    kept = [c for c in stored_content(gw).values() if c]
    assert any("hi 3" in c for c in kept)


def test_encrypted_and_hashed_content(gateway: GatewayFactory, sim: object) -> None:
    gw = _gw(gateway, sim.base_url, "encrypted")  # type: ignore[attr-defined]
    key = new_key(gw)  # type: ignore[arg-type]
    body = chat_body(content="my salary is 12345")
    r = httpx.post(
        gw.base_url + "/chat/completions",  # type: ignore[attr-defined]
        headers={"Authorization": f"Bearer {key}"},
        json=body,
    )
    rid = r.headers["x-request-id"]
    env = stored_content(gw)[rid]
    assert env is not None and "12345" not in env
    opened = ContentSealer("none", CONTENT_KEY).open(env, rid)
    assert opened["request"]["messages"] == body["messages"]
    assert opened["response"]["choices"][0]["message"]["content"]
    row = next(x for x in audit_rows(gw) if x["request_id"] == rid)  # type: ignore[arg-type]
    assert row["content"]["mode"] == "encrypted"

    sealer = ContentSealer("hash", CONTENT_KEY)
    sealed = sealer.seal("hash", "req_x", body, {"a": 1})
    assert sealed is not None
    env2 = orjson.loads(sealed[0])
    assert env2["request"] == sealer.mac(body) and "12345" not in sealed[0]
    assert base64.b64decode(orjson.loads(env)["nonce"])


def test_roles_and_erasure_keep_the_log_verifiable(gateway: GatewayFactory, sim: object) -> None:
    gw = _gw(gateway, sim.base_url, "full")  # type: ignore[attr-defined]
    app = new_key(gw, roles=["app"])  # type: ignore[arg-type]
    auditor = new_key(gw, roles=["auditor"])  # type: ignore[arg-type]
    root = gw.root_url  # type: ignore[attr-defined]
    r = httpx.post(
        gw.base_url + "/chat/completions",  # type: ignore[attr-defined]
        headers={"Authorization": f"Bearer {app}"},
        json=chat_body(content="forget me"),
    )
    rid = r.headers["x-request-id"]

    def call(method: str, path: str, who: str, **kw: object) -> httpx.Response:
        return httpx.request(method, root + path, headers={"Authorization": f"Bearer {who}"}, **kw)  # type: ignore[arg-type]

    for path in (
        "/admin/audit/verify",
        "/admin/audit/export",
        "/admin/audit",
        "/admin/audit/proof?leaf=0",
    ):
        assert call("GET", path, app).status_code == 403
        # administering the gateway is not auditing it: an admin-only key reads nothing
        denied = call("GET", path, ADMIN_KEY)
        assert denied.status_code == 403 and "admin does not include it" in denied.text
    assert call("POST", "/admin/audit/erase", app, json={"request_ids": [rid]}).status_code == 403
    assert (
        call("POST", "/admin/audit/erase", auditor, json={"request_ids": [rid]}).status_code == 403
    )
    assert call("GET", "/admin/audit/proof?leaf=0", auditor).status_code == 200

    assert stored_content(gw)[rid] is not None
    done = call("POST", "/admin/audit/erase", ADMIN_KEY, json={"request_ids": [rid]})
    assert done.status_code == 200 and done.json() == {"erased": 1}
    assert stored_content(gw)[rid] is None
    rep = call("GET", "/admin/audit/verify", auditor).json()
    assert rep["ok"], rep
    lines = call("GET", "/admin/audit/export", auditor).text.splitlines()
    assert standalone.verify(lines, None) == []  # erased content: the export still verifies
    n, item = next(
        (n, orjson.loads(x)) for n, x in enumerate(lines) if '"content":"{' in x
    )  # a record that still has content: drop it without an erasure mark
    item["content"] = None
    lines[n] = orjson.dumps(item).decode()
    assert "without an erasure mark" in standalone.verify(lines, None)[0]
    assert call("POST", "/admin/audit/erase", ADMIN_KEY, json={}).status_code == 400
