"""The built-in suites, registered under ``kanmon.datasets`` like any plugin."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kanmon.plugins import DATASETS_GROUP, Kind, register

#: A dataset plugin names a function returning suite files (YAML).
DATASETS: Kind[Callable[[], Sequence[Path]]] = Kind(DATASETS_GROUP, "dataset source", callable)
SUITES_DIR = Path(__file__).parent / "data" / "suites"


@register(DATASETS)
def builtin_suite_files() -> list[Path]:
    return sorted(SUITES_DIR.glob("*.yaml"))
