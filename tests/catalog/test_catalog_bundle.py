"""Signed offline catalog bundles: signing and verifying, the diff with the approvals a change
would suspend, installing one, and a running gateway swapping it in without a restart."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
import yaml
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.conftest import sim_deployment
from tests.gateway._util import ADMIN_KEY, audit_rows, new_key
from tests.governance._gov import Gov
from typer.testing import CliRunner

from kanmon.catalog import catalog_diff, load_catalog, load_public_keys, read_bundle, sign_bundle
from kanmon.errors import CatalogError


def _keys(tmp_path: Path) -> tuple[Ed25519PrivateKey, Path]:
    private = Ed25519PrivateKey.generate()
    pub = tmp_path / "publisher.pub"
    pub.write_bytes(
        private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    return private, pub


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc))
    return path


def _dep(url: str, price: float = 1.0) -> dict[str, Any]:
    dep = sim_deployment("d-bundled", "sim-model", url)
    dep["price"] = {"input_per_mtok": price, "output_per_mtok": 2.0, "as_of": "2026-11-01"}
    return dep


def test_sign_and_verify(tmp_path: Path) -> None:
    private, pub = _keys(tmp_path)
    trusted = load_public_keys([pub])
    doc = sign_bundle({"deployments": [_dep("http://127.0.0.1:9/v1")]}, private)
    bundle = read_bundle(_write(tmp_path / "b.json", doc), trusted)
    assert bundle.catalog["deployments"][0]["id"] == "d-bundled" and len(bundle.digest) == 64
    cat = load_catalog(bundle=bundle)
    assert "d-bundled" in cat.deployments
    assert "bundle" in cat.origin(cat.deployments["d-bundled"]).source  # type: ignore[union-attr]
    # an edit after signing, an unknown key, no trusted key at all, not a bundle
    edited = json.loads(json.dumps(doc))
    edited["catalog"]["deployments"][0]["processing_region"] = "EU-DE"
    with pytest.raises(CatalogError, match="does not verify"):
        read_bundle(_write(tmp_path / "e.json", edited), trusted)
    other = sign_bundle({"deployments": []}, Ed25519PrivateKey.generate())
    with pytest.raises(CatalogError, match="not trusted"):
        read_bundle(_write(tmp_path / "o.json", other), trusted)
    with pytest.raises(CatalogError, match="bundle_keys"):
        read_bundle(tmp_path / "b.json", [])
    with pytest.raises(CatalogError, match="not a catalog bundle"):
        read_bundle(_write(tmp_path / "x.json", {"models": []}), trusted)


def test_diff_names_each_change() -> None:
    old = load_catalog(extra_deployments=[_dep("http://127.0.0.1:9/v1")])
    moved = {**_dep("http://127.0.0.1:9/v1", price=3.0), "processing_region": "EU-DE"}
    new = load_catalog(extra_deployments=[moved, {**moved, "id": "d-new"}])
    changes = {c.describe() for c in catalog_diff(old, new)}
    assert changes == {
        "changed deployment d-bundled (price, processing_region)",
        "added deployment d-new",
    }


def _config(tmp_path: Path, url: str, pub: Path, **extra: Any) -> Path:
    cfg = tmp_path / "kanmon.yaml"
    doc = {
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "catalog": {"bundle": "installed-bundle.json", "bundle_keys": [str(pub)]},
        "routes": {"chat": {"deployments": ["d-bundled"]}},
        "governance": {"enforce": True, "refresh_s": 0.2},
        "upstream": {"retry_base_delay_s": 0.01, "retry_max_delay_s": 0.05},
        **extra,
    }
    cfg.write_text(yaml.safe_dump(doc))
    return cfg


def test_update_suspends_live_without_a_restart(tmp_path: Path, sim: Any) -> None:
    from kanmon.cli.main import _register, app
    from kanmon.config import load_config
    from kanmon.gateway import GatewayThread
    from kanmon.wiring import build_services

    private, pub = _keys(tmp_path)
    signed = sign_bundle({"deployments": [_dep(sim.base_url)]}, private)
    first = _write(tmp_path / "v1.json", signed)
    cfg = _config(tmp_path, sim.base_url, pub)
    (tmp_path / "installed-bundle.json").write_text(first.read_text())
    gw = GatewayThread(build_services(load_config(cfg), cfg)).start()
    client = openai.OpenAI(base_url=gw.base_url, api_key="unset", max_retries=0)
    try:
        gov = Gov(gw)
        approval = gov.approved("d-bundled", "support")
        client.close()
        client = openai.OpenAI(
            base_url=gw.base_url, api_key=new_key(gw, use_case="support"), max_retries=0
        )
        ask = {"model": "chat", "messages": [{"role": "user", "content": "hi"}]}
        assert client.chat.completions.create(**ask).choices  # type: ignore[call-overload]

        # the publisher raises the price: the diff names the approval it would suspend
        second = _write(
            tmp_path / "v2.json", sign_bundle({"deployments": [_dep(sim.base_url, 5.0)]}, private)
        )
        _register()
        runner = CliRunner()
        r = runner.invoke(app, ["catalog", "diff", str(second), "-c", str(cfg)])
        assert r.exit_code == 0, r.output
        assert "changed deployment d-bundled (price)" in r.output
        assert f"would suspend {approval} (d-bundled × support)" in r.output
        r = runner.invoke(app, ["catalog", "update", str(second), "-c", str(cfg), "--as", "ops"])
        assert r.exit_code == 0, r.output
        assert f"did suspend {approval}" in r.output

        # the running gateway notices the installed bundle and refuses, no restart
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                client.chat.completions.create(**ask)  # type: ignore[call-overload]
            except openai.PermissionDeniedError as e:
                assert approval in str(e) and "suspended" in str(e)
                break
            time.sleep(0.1)
        else:
            pytest.fail("the gateway kept serving under a suspended approval")
        services = gw.services
        assert services is not None and services.catalog.deployments["d-bundled"].price
        assert services.catalog.deployments["d-bundled"].price.input_per_mtok == 5.0
        rows = audit_rows(gw)
        reloads = [x for x in rows if x["endpoint"] == "governance.catalog.reload"]
        assert reloads and any("d-bundled (price)" in " ".join(x["reasons"]) for x in reloads)
        assert [x["approval_id"] for x in rows if x["endpoint"] == "governance.approval.suspended"]

        # an admin may force a reload; nothing changed since, so nothing happens
        r = httpx.post(
            gw.root_url + "/admin/catalog/reload", headers={"Authorization": f"Bearer {ADMIN_KEY}"}
        )
        assert r.status_code == 200 and r.json()["changed"] is False
        # a bundle that no longer verifies is refused and the running catalog stays
        (tmp_path / "installed-bundle.json").write_text(
            first.read_text().replace("sim-model", "sim-other")
        )
        r = httpx.post(
            gw.root_url + "/admin/catalog/reload", headers={"Authorization": f"Bearer {ADMIN_KEY}"}
        )
        assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_catalog"
        assert services.catalog.deployments["d-bundled"].model_alias == "sim-model"
    finally:
        client.close()
        gw.stop()
