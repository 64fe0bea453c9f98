"""Git for the benchmarks that load an earlier commit's modules beside this tree's."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def git(*args: str) -> str:
    """``git ARGS`` in this checkout; its standard output (fails loudly on an error)."""
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
