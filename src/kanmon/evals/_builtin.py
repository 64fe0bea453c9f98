"""The built-in suites, registered under ``kanmon.datasets`` like any plugin."""

from __future__ import annotations

from pathlib import Path

SUITES_DIR = Path(__file__).parent / "data" / "suites"


def builtin_suite_files() -> list[Path]:
    return sorted(SUITES_DIR.glob("*.yaml"))
