"""Every catalog error names the file, the key path and what was expected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.catalog import Catalog, load_catalog
from kanmon.core.catalog import Deployment, Model
from kanmon.errors import CatalogError

ADAPTERS = ("openai_compatible", "deepseek", "qwen", "moonshot", "zai", "minimax", "anthropic")


def dep(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "qwen3-32b@test",
        "model": "qwen3-32b",
        "provider": "Test host",
        "provider_entity": "Test GmbH",
        "provider_jurisdiction": "DE",
        "processing_region": "EU-DE",
        "base_url": "http://127.0.0.1:9/v1",
        "model_alias": "qwen3-32b",
    }
    base.update(over)
    return base


def write(tmp_path: Path, doc: Any, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else yaml.safe_dump(doc), encoding="utf-8")
    return path


def error_for(*files: Path, deployments: list[Any] | None = None, **kw: Any) -> str:
    with pytest.raises(CatalogError) as info:
        load_catalog(files, deployments or [], **kw)
    return str(info.value)


def test_invalid_yaml_names_file_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "deployments:\n  - id: [unclosed\n")
    msg = error_for(path)
    assert msg.startswith(f"{path}:")
    assert "invalid YAML" in msg
    assert ":3:" in msg or ":2:" in msg


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert error_for(missing) == f"{missing}: file not found"


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, [dep()])
    msg = error_for(path)
    assert f"{path}: (top level): expected a mapping" in msg
    assert "got a list" in msg


def test_unknown_top_level_key_suggests_a_fix(tmp_path: Path) -> None:
    path = write(tmp_path, {"deploymnets": [dep()]})
    msg = error_for(path)
    assert f"{path}: deploymnets: unknown key" in msg
    assert "did you mean 'deployments'?" in msg


def test_section_must_be_a_list(tmp_path: Path) -> None:
    path = write(tmp_path, {"deployments": dep()})
    assert f"{path}: deployments: expected a list of entries, got a mapping" in error_for(path)


def test_entry_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, {"models": ["qwen3-32b"]})
    assert f"{path}: models[0]: expected a mapping, got text" in error_for(path)


def test_missing_price_date_names_the_key_path(tmp_path: Path) -> None:
    bad = dep(price={"input_per_mtok": 1, "output_per_mtok": 2})
    path = write(tmp_path, {"deployments": [dep(id="ok@x"), dep(id="a@x"), dep(id="b@x"), bad]})
    msg = error_for(path)
    assert f"{path}: deployments[3].price.as_of: required key is missing" in msg


def test_wrong_type_and_unknown_key(tmp_path: Path) -> None:
    path = write(tmp_path, {"deployments": [dep(timeout_s="soon", regoin="EU")]})
    msg = error_for(path)
    assert f"{path}: deployments[0].timeout_s:" in msg
    assert "'soon'" in msg
    assert f"{path}: deployments[0].regoin: unknown key (check spelling)" in msg


def test_negative_price_is_rejected(tmp_path: Path) -> None:
    bad = dep(price={"input_per_mtok": -1, "output_per_mtok": 2, "as_of": "2026-11-01"})
    path = write(tmp_path, {"deployments": [bad]})
    assert f"{path}: deployments[0].price.input_per_mtok:" in error_for(path)


def test_model_errors_use_the_models_section(tmp_path: Path) -> None:
    path = write(tmp_path, {"models": [{"id": "x", "name": "X"}]})
    msg = error_for(path)
    assert f"{path}: models[0].family: required key is missing" in msg
    assert f"{path}: models[0].licence: required key is missing" in msg


def test_duplicate_id_within_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, {"deployments": [dep(id="d@x"), dep(id="e@x"), dep(id="d@x")]})
    msg = error_for(path)
    assert f"{path}: deployments[2].id: duplicate id 'd@x'" in msg
    assert "deployments[0]" in msg


def test_id_must_not_contain_spaces(tmp_path: Path) -> None:
    path = write(tmp_path, {"deployments": [dep(id="my deployment")]})
    assert f"{path}: deployments[0].id: expected a non-empty id without spaces" in error_for(path)


def test_unknown_model_reference_suggests_the_closest(tmp_path: Path) -> None:
    path = write(tmp_path, {"deployments": [dep(model="qwen3-23b")]})
    msg = error_for(path)
    assert f"{path}: deployments[0].model: unknown model 'qwen3-23b'" in msg
    assert "did you mean 'qwen3-32b'?" in msg


def test_unknown_api_is_checked_only_when_apis_are_known(tmp_path: Path) -> None:
    path = write(tmp_path, {"deployments": [dep(api="openai_compatable")]})
    msg = error_for(path, known_apis=ADAPTERS)
    assert f"{path}: deployments[0].api: unknown adapter 'openai_compatable'" in msg
    assert "expected one of: anthropic, deepseek" in msg
    assert "did you mean 'openai_compatible'?" in msg
    load_catalog([path])  # known_apis=None skips the check


def test_config_deployments_are_named_by_source_name(tmp_path: Path) -> None:
    msg = error_for(
        deployments=[dep(), dep(id="y@x", model="nope")], source_name="/etc/kanmon.yaml"
    )
    assert msg.startswith("/etc/kanmon.yaml: deployments[1].model: unknown model 'nope'")


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    a = write(tmp_path, {"deployments": [dep(model="nope")]}, "a.yaml")
    b = write(tmp_path, {"models": [{"id": "m"}]}, "b.yaml")
    lines = error_for(a, b).splitlines()
    assert any(line.startswith(f"{a}: deployments[0].model") for line in lines)
    assert any(line.startswith(f"{b}: models[0].") for line in lines)


def test_empty_file_adds_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    assert len(load_catalog([path]).deployments) == len(load_catalog().deployments)


def test_unknown_lookup_suggests_the_closest() -> None:
    catalog = load_catalog()
    with pytest.raises(CatalogError) as info:
        catalog.deployment("deepseek-v4-flash@deepsek-cn")
    msg = str(info.value)
    assert msg == (
        "unknown deployment 'deepseek-v4-flash@deepsek-cn';"
        " did you mean 'deepseek-v4-flash@deepseek-cn'?"
    )
    with pytest.raises(CatalogError, match="see `kanmon catalog list`"):
        catalog.model("zzzzzzzz")
    with pytest.raises(CatalogError, match="unknown catalog entry"):
        catalog.entry("zzzzzzzz")


def test_catalog_rejects_dangling_deployments() -> None:
    model = Model.model_validate(
        {
            "id": "m",
            "name": "M",
            "family": "f",
            "vendor": "V",
            "vendor_jurisdiction": "zz",
            "open_weights": False,
            "licence": {"id": "none", "name": "None"},
        }
    )
    d = Deployment.model_validate(dep(model="other"))
    with pytest.raises(CatalogError, match="deployments without a catalog model: qwen3-32b@test"):
        Catalog(models={"m": model}, deployments={d.id: d})
