"""Fixtures for the eval tests: the personalities simulator and a config that serves it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.evals import sandbox_info
from kanmon.simulator import SimulatorThread, personality_config
from tests.conftest import sim_deployment

CAREFUL = "careful@sim"
SLOPPY = "sloppy@sim"


@pytest.fixture(scope="session")
def psim() -> Iterator[SimulatorThread]:
    with SimulatorThread(personality_config()) as s:
        yield s


def write_config(tmp_path: Path, sim: SimulatorThread, **extra: Any) -> Path:
    deps = [
        sim_deployment(CAREFUL, "sim-careful", sim.base_url, timeout_s=10),
        sim_deployment(SLOPPY, "sim-sloppy", sim.base_url, timeout_s=10),
        sim_deployment("judge@sim", "sim-judge", sim.base_url, timeout_s=10),
    ]
    doc = {
        "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
        "upstream": {"retry_base_delay_s": 0.01, "retry_max_delay_s": 0.05},
        "deployments": deps,
        **extra,
    }
    path = tmp_path / "kanmon.yaml"
    path.write_text(yaml.safe_dump(doc))
    return path


@pytest.fixture
def eval_config(tmp_path: Path, psim: SimulatorThread) -> Path:
    return write_config(tmp_path, psim)


@pytest.fixture
def no_bwrap_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """A machine without bubblewrap: PATH without it, and the cached probe forgotten."""
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))
    sandbox_info.cache_clear()
    yield
    monkeypatch.undo()
    sandbox_info.cache_clear()
