"""kanmon.yaml: defaults, the shipped example, and errors that name file, key path, expectation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kanmon.config import load_config, resolve_secret
from kanmon.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "kanmon.yaml"
    p.write_text(text)
    return p


def test_defaults_without_file() -> None:
    cfg = load_config(None)
    assert cfg.gateway.port == 8080
    assert cfg.store_url().startswith("sqlite:///")
    assert cfg.audit.durable_before_response is True


def test_relative_sqlite_path_resolves_against_config_dir(tmp_path: Path) -> None:
    cfg = load_config(_write(tmp_path, "store: {url: 'sqlite:///data/k.db'}\n"))
    assert cfg.store_url() == f"sqlite:///{tmp_path / 'data' / 'k.db'}"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("gateway: {port: 'eighty'}\n", "gateway.port: Input should be a valid integer"),
        ("gateway: {prot: 80}\n", "gateway.prot: unknown key"),
        ("routes: {a: {deployments: []}}\n", "routes.a.deployments: List should have at least 1"),
        ("routes: {a: {}}\n", "routes.a.deployments: required key is missing"),
        ("routes: {a: {deployments: [x, x]}}\n", "routes.a.deployments: Value error"),
        ("- just\n- a list\n", "(top level): expected a mapping"),
        ("gateway: [\n", "invalid YAML"),
    ],
)
def test_errors_name_file_and_key(tmp_path: Path, text: str, fragment: str) -> None:
    p = _write(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert str(e.value).startswith(str(p))
    assert fragment in str(e.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "absent.yaml")


def test_shipped_example_is_valid(tmp_path: Path) -> None:
    from importlib.resources import files

    text = files("kanmon.config").joinpath("example.yaml").read_text()
    cfg = load_config(_write(tmp_path, text))
    assert "gpt-4o-mini" in cfg.routes
    assert yaml.safe_load(text)["routes"]["gpt-4o-mini"]["deployments"] == [
        "sim-primary",
        "sim-backup",
    ]


def test_secrets_from_env_and_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("K_TEST_SECRET", " s3cret\n")
    assert resolve_secret(env="K_TEST_SECRET", file=None, what="x") == "s3cret"
    monkeypatch.delenv("K_TEST_SECRET")
    assert resolve_secret(env="K_TEST_SECRET", file=None, what="x") is None
    (tmp_path / "key.txt").write_text("filekey\n")
    assert resolve_secret(env=None, file="key.txt", what="x", base_dir=tmp_path) == "filekey"
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(ConfigError, match="empty"):
        resolve_secret(env=None, file="empty.txt", what="dep x", base_dir=tmp_path)
    with pytest.raises(ConfigError, match="cannot read"):
        resolve_secret(env=None, file="nope.txt", what="dep x", base_dir=tmp_path)
