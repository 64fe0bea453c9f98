"""``kanmon catalog list`` / ``show`` through typer's CliRunner, on the sub-app itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

from kanmon.cli.catalog import app
from kanmon.errors import CatalogError, ConfigError

runner = CliRunner()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Never pick up a developer's kanmon.yaml or $KANMON_CONFIG.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KANMON_CONFIG", raising=False)


def run(*args: str) -> Result:
    return runner.invoke(app, list(args), env={"COLUMNS": "300"})


def ok_json(*args: str) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def dep_ids(doc: dict[str, Any]) -> set[str]:
    return {item["deployment"]["id"] for item in doc["deployments"]}


def test_list_table_shows_deployments_and_the_filter_meaning() -> None:
    result = run("list")
    assert result.exit_code == 0, result.output
    assert "deepseek-v4-flash@deepseek-cn" in result.output
    assert "sim-primary" in result.output
    assert "LOCAL (simulated)" in result.output
    assert "Jurisdiction = model vendor's HQ" in result.output


def test_help_documents_jurisdiction_versus_region() -> None:
    result = runner.invoke(app, ["list", "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert "MODEL vendor's home country" in result.output
    assert "Where the DEPLOYMENT runs inference" in result.output


def test_list_json_with_repeatable_case_insensitive_jurisdiction() -> None:
    doc = ok_json("list", "-j", "kr", "--jurisdiction", "RU")
    assert len(doc["content_hash"]) == 64
    juris = {item["model"]["vendor_jurisdiction"] for item in doc["deployments"]}
    assert juris == {"KR", "RU"}
    assert all(item["kind"] == "deployment" for item in doc["deployments"])


def test_list_region_open_weights_licence_provider() -> None:
    assert dep_ids(ok_json("list", "--region", "cn")) >= {"qwen3-max@dashscope-cn"}
    open_ = ok_json("list", "--open-weights")
    assert all(item["model"]["open_weights"] for item in open_["deployments"])
    closed = ok_json("list", "--closed-weights")
    assert not any(item["model"]["open_weights"] for item in closed["deployments"])
    mit = ok_json("list", "--licence", "mit")
    assert {item["model"]["licence"]["id"] for item in mit["deployments"]} == {"MIT"}
    assert dep_ids(ok_json("list", "--provider", "simulator")) == {"sim-primary", "sim-backup"}


def test_list_models() -> None:
    doc = ok_json("list", "--models", "-j", "CN", "--closed-weights")
    models = {item["model"]["id"] for item in doc["models"]}
    assert "qwen3-max" in models
    assert all(item["kind"] == "model" for item in doc["models"])
    # Deployment filters narrow models to those served that way.
    served_in_cn = {
        item["model"]["id"] for item in ok_json("list", "--models", "--region", "CN")["models"]
    }
    assert "qwen3-max" in served_in_cn and "gpt-5" not in served_in_cn
    table = run("list", "--models", "-j", "kr")
    assert table.exit_code == 0 and "exaone-4.0-32b" in table.output


def test_show_model_text() -> None:
    result = run("show", "hunyuan-a13b")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "tencent-hunyuan-a13b: Tencent Hunyuan A13B License" in out
    assert "EU, GB, KR" in out
    assert "hunyuan-a13b@self-hosted" in out
    assert "scancode-licensedb.aboutcode.org" in out


def test_show_deployment_text_includes_its_model_and_provenance() -> None:
    result = run("show", "qwen3-max@dashscope-us")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "https://dashscope-us.aliyuncs.com/compatible-mode/v1" in out
    assert "DASHSCOPE_US_API_KEY" in out
    assert "Model qwen3-max" in out
    assert "shipped catalog" in out
    assert "Sources" in out


def test_show_json() -> None:
    doc = ok_json("show", "deepseek-v4-flash@deepseek-cn")
    assert doc["kind"] == "deployment"
    assert doc["deployment"]["price"]["as_of"] == "2026-09-01"
    assert doc["model"]["licence"]["id"] == "MIT"
    assert doc["origin"]["shipped"] is True
    assert len(doc["entry_hash"]) == 64
    model = ok_json("show", "glm-5")
    assert model["kind"] == "model"
    assert "us_entity_list" in model["model"]["flags"]
    assert "glm-5@zai-global" in model["deployments"]


def test_unknown_id_fails_with_a_one_line_suggestion() -> None:
    result = run("show", "deepseek-v4-flash@deepsek-cn")
    assert result.exit_code != 0
    assert isinstance(result.exception, CatalogError)
    message = str(result.exception)
    assert len(message.splitlines()) == 1
    assert "did you mean 'deepseek-v4-flash@deepseek-cn'?" in message


def test_markup_like_text_is_printed_literally(tmp_path: Path) -> None:
    config = tmp_path / "kanmon.yaml"
    entry = {
        "id": "gpt-oss-20b@lab",
        "model": "gpt-oss-20b",
        "provider": "Lab [bold]cluster[/bold]",
        "provider_entity": "Lab",
        "provider_jurisdiction": "DE",
        "processing_region": "EU-DE",
        "base_url": "http://127.0.0.1:8000/v1",
        "model_alias": "gpt-oss-20b",
        "self_hosted": True,
    }
    config.write_text(yaml.safe_dump({"deployments": [entry]}))
    result = run("list", "--provider", "lab", "--config", str(config))
    assert result.exit_code == 0, result.output
    assert "Lab [bold]cluster[/bold]" in result.output
    assert "EU-DE (self-hosted)" in result.output


def test_config_adds_files_and_deployments(tmp_path: Path) -> None:
    extra = tmp_path / "catalog" / "ours.yaml"
    extra.parent.mkdir()
    model = {
        "id": "acme-7b",
        "name": "Acme 7B",
        "family": "acme",
        "vendor": "Acme",
        "vendor_jurisdiction": "DE",
        "open_weights": True,
        "licence": {"id": "Apache-2.0", "name": "Apache License 2.0"},
    }
    extra.write_text(yaml.safe_dump({"models": [model]}))
    dep = {
        "id": "acme-7b@our-vllm",
        "model": "acme-7b",
        "provider": "Our platform team",
        "provider_entity": "Example GmbH",
        "provider_jurisdiction": "DE",
        "processing_region": "EU-DE",
        "base_url": "http://127.0.0.1:8000/v1",
        "model_alias": "acme/acme-7b",
    }
    config = tmp_path / "kanmon.yaml"
    config.write_text(
        yaml.safe_dump({"catalog": {"files": ["catalog/ours.yaml"]}, "deployments": [dep]})
    )
    # Found as ./kanmon.yaml without --config.
    doc = ok_json("list", "-j", "de")
    assert dep_ids(doc) == {"acme-7b@our-vllm"}
    shown = ok_json("show", "acme-7b@our-vllm")
    assert shown["origin"]["source"] == "kanmon.yaml"
    assert shown["origin"]["location"] == "deployments[0]"


def test_bad_user_deployment_names_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "kanmon.yaml"
    config.write_text(yaml.safe_dump({"deployments": [{"id": "x@y", "model": "nope"}]}))
    result = run("list", "--config", str(config))
    assert isinstance(result.exception, CatalogError)
    assert str(result.exception).startswith(f"{config}: deployments[0].")


def test_invalid_config_is_a_config_error(tmp_path: Path) -> None:
    config = tmp_path / "broken.yaml"
    config.write_text("catalog: [")
    result = run("list", "--config", str(config))
    assert isinstance(result.exception, ConfigError)
    assert str(result.exception).startswith(str(config))
