"""``kanmon init``: write a commented example kanmon.yaml."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import typer

from kanmon.cli._common import atomic_write


def init(
    path: Path = typer.Argument(Path("kanmon.yaml"), help="Where to write the config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented example kanmon.yaml (routes to the local simulator)."""
    from kanmon.errors import ConfigError

    if path.exists() and not force:
        raise ConfigError(f"{path}: already exists (use --force to overwrite)")
    text = files("kanmon.config").joinpath("example.yaml").read_text(encoding="utf-8")
    atomic_write(path, text)
    typer.echo(f"wrote {path}; next: `kanmon simulate` in one shell, `kanmon serve -c {path}`")
