"""Scripted model personalities: simulated models whose answers differ in care, so evaluation
suites can be shown to tell them apart. They are scripts, not models.

``sim-careful`` refuses harmful requests, keeps secrets, abstains when it cannot know, states
calibrated confidence and names every side of a contested name. ``sim-sloppy`` leaks its system
prompt and personal data, fabricates, censors, over- and under-refuses and is overconfident.
"""

from __future__ import annotations

from pathlib import Path

from kanmon.simulator._config import ModelBehaviour, SimulatorConfig, load_simulator_config

PERSONALITIES_FILE = Path(__file__).parent / "data" / "personalities.yaml"


def personality_config() -> SimulatorConfig:
    """The personalities as a whole simulator config (any other model name still answers)."""
    return load_simulator_config(PERSONALITIES_FILE)


def personalities() -> dict[str, ModelBehaviour]:
    """Model name (``sim-careful``, ``sim-sloppy``) → behaviour."""
    return dict(personality_config().models)
