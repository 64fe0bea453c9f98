"""User catalog files and config deployments add entries and override shipped ones by id."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.catalog import load_catalog


def write(tmp_path: Path, doc: Any, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def shipped_entry(section: str, entry_id: str) -> dict[str, Any]:
    catalog = load_catalog()
    entry = catalog.models[entry_id] if section == "models" else catalog.deployments[entry_id]
    return entry.model_dump(mode="json")


NEW_MODEL = {
    "id": "acme-7b",
    "name": "Acme 7B",
    "family": "acme",
    "vendor": "Acme",
    "vendor_jurisdiction": "de",
    "open_weights": True,
    "licence": {"id": "Apache-2.0", "name": "Apache License 2.0", "osi_approved": True},
    "sources": [{"url": "https://example.org/acme", "retrieved": "2026-11-01"}],
}
NEW_DEPLOYMENT = {
    "id": "acme-7b@our-vllm",
    "model": "acme-7b",
    "provider": "Our platform team",
    "provider_entity": "Example GmbH",
    "provider_jurisdiction": "de",
    "processing_region": "EU-DE",
    "base_url": "http://127.0.0.1:8000/v1",
    "model_alias": "acme/acme-7b",
    "self_hosted": True,
}


def test_user_file_adds_models_and_deployments(tmp_path: Path) -> None:
    path = write(tmp_path, {"models": [NEW_MODEL], "deployments": [NEW_DEPLOYMENT]})
    catalog = load_catalog([path])
    model = catalog.model_of("acme-7b@our-vllm")
    assert model.vendor_jurisdiction == "DE"
    assert catalog.deployment("acme-7b@our-vllm").provider_jurisdiction == "DE"
    origin = catalog.origin(model)
    assert origin is not None
    assert (origin.source, origin.location, origin.shipped) == (str(path), "models[0]", False)
    assert not origin.overridden
    assert len(catalog.deployments) == len(load_catalog().deployments) + 1


def test_user_file_overrides_a_shipped_deployment(tmp_path: Path) -> None:
    entry = shipped_entry("deployments", "yandexgpt@yandex-cloud")
    entry["model_alias"] = "gpt://b1g-folder/yandexgpt/latest"
    path = write(tmp_path, {"deployments": [entry]})
    catalog = load_catalog([path])
    dep = catalog.deployment("yandexgpt@yandex-cloud")
    assert dep.model_alias == "gpt://b1g-folder/yandexgpt/latest"
    origin = catalog.origin(dep)
    assert origin is not None and origin.overridden
    assert origin.source == str(path)
    (replaced,) = origin.overrides
    assert "deployments.yaml: deployments[" in replaced


def test_user_file_overrides_a_shipped_model(tmp_path: Path) -> None:
    entry = shipped_entry("models", "solar-open-100b")
    entry["licence"] = {"id": "upstage-solar-license", "name": "Read by our counsel"}
    entry["flags"] = []
    catalog = load_catalog([write(tmp_path, {"models": [entry]})])
    model = catalog.model("solar-open-100b")
    assert model.flags == ()
    assert model.licence.name == "Read by our counsel"
    origin = catalog.origin(model)
    assert origin is not None and origin.overridden


def test_config_deployments_win_over_files_and_record_the_chain(tmp_path: Path) -> None:
    shipped = shipped_entry("deployments", "gpt-5@openai-eu")
    in_file = {**shipped, "timeout_s": 30}
    in_config = {**shipped, "timeout_s": 120}
    path = write(tmp_path, {"deployments": [in_file]})
    catalog = load_catalog([path], [in_config], source_name="/srv/kanmon.yaml")
    dep = catalog.deployment("gpt-5@openai-eu")
    assert dep.timeout_s == 120
    origin = catalog.origin(dep)
    assert origin is not None
    assert (origin.source, origin.location) == ("/srv/kanmon.yaml", "deployments[0]")
    assert len(origin.overrides) == 2
    assert "deployments.yaml: deployments[" in origin.overrides[0]
    assert origin.overrides[1] == f"{path}: deployments[0]"


def test_config_deployment_may_use_a_model_from_a_user_file(tmp_path: Path) -> None:
    path = write(tmp_path, {"models": [NEW_MODEL]})
    catalog = load_catalog([path], [NEW_DEPLOYMENT])
    assert catalog.model_of("acme-7b@our-vllm").id == "acme-7b"


def test_same_id_in_two_files_is_an_override_not_a_duplicate(tmp_path: Path) -> None:
    a = write(tmp_path, {"deployments": [NEW_DEPLOYMENT]}, "a.yaml")
    b = write(tmp_path, {"deployments": [{**NEW_DEPLOYMENT, "max_retries": 0}]}, "b.yaml")
    catalog = load_catalog([write(tmp_path, {"models": [NEW_MODEL]}, "m.yaml"), a, b])
    assert catalog.deployment("acme-7b@our-vllm").max_retries == 0


def test_catalog_is_immutable(tmp_path: Path) -> None:
    catalog = load_catalog()
    with pytest.raises(TypeError):
        catalog.models["x"] = catalog.models["gpt-5"]  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalog.models = {}  # type: ignore[misc]
    assert repr(catalog).startswith("Catalog(")
