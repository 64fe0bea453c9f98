"""Find and load ``kanmon.yaml``; every error names the file, key path and expectation."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationError

from kanmon._yaml import load_yaml, validation_message
from kanmon.config._schema import KanmonConfig
from kanmon.errors import ConfigError

CONFIG_ENV = "KANMON_CONFIG"


def find_config(explicit: Path | None = None) -> Path | None:
    """Explicit path, else ``$KANMON_CONFIG``, else ``./kanmon.yaml`` if present."""
    if explicit is not None:
        return explicit
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    here = Path("kanmon.yaml")
    return here if here.exists() else None


def load_config(path: Path | None) -> KanmonConfig:
    """Load and validate; ``None`` gives the embedded defaults (SQLite in the working dir)."""
    if path is None:
        return KanmonConfig(base_dir=Path.cwd())
    raw = load_yaml(path)
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: (top level): expected a mapping of settings")
    try:
        return KanmonConfig.model_validate({**raw, "base_dir": path.resolve().parent})
    except ValidationError as e:
        raise ConfigError(validation_message(path, e)) from None
