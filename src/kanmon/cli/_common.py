"""Helpers shared by the CLI sub-apps."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import typer

from kanmon.config import KanmonConfig, find_config, load_config

#: The most rows a listing prints (``--limit``).
MAX_ROWS = 10_000

ConfigOption = typer.Option(
    None, "--config", "-c", help="Path to kanmon.yaml (default: $KANMON_CONFIG or ./kanmon.yaml)."
)


def config_from(path: Path | None) -> tuple[KanmonConfig, Path | None]:
    found = find_config(path)
    return load_config(found), found


def atomic_write(path: Path, text: str) -> None:
    """Write via a temp file and rename, so a crash never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
