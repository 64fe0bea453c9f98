"""Secrets come from the environment or a file named in config, never from the config itself."""

from __future__ import annotations

import os
from pathlib import Path

from kanmon.errors import ConfigError


def resolve_secret(
    *, env: str | None, file: str | Path | None, what: str, base_dir: Path | None = None
) -> str | None:
    """Return the secret or None when neither source is configured; error when one is configured
    but empty or unreadable, because a silently missing key shows up much later as a 401."""
    if env:
        value = os.environ.get(env)
        if value:
            return value.strip()
        if not file:
            return None
    if file:
        p = Path(file)
        if not p.is_absolute() and base_dir is not None:
            p = base_dir / p
        try:
            value = p.read_text(encoding="utf-8").strip()
        except OSError as e:
            raise ConfigError(f"{what}: cannot read secret file {p} ({e.strerror})") from None
        if not value:
            raise ConfigError(f"{what}: secret file {p} is empty")
        return value
    return None
