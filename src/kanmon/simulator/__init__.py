"""Kanmon's simulated OpenAI-compatible (and Anthropic Messages) upstream.

A deterministic, clearly labelled stand-in for a real provider: the README demo and the test
suite use it when no real provider is configured. Every response carries
``x-kanmon-simulator: 1`` and chat answers carry ``system_fingerprint: "kanmon-simulator"``.

    from kanmon.simulator import SimulatorConfig, ModelBehaviour, Fault, SimulatorThread

    with SimulatorThread(SimulatorConfig()) as sim:     # port 0: a free port
        client = OpenAI(base_url=sim.base_url, api_key="unused")
        sim.set_fault("sim-model", Fault.HTTP_503, fail_first=1)
        sim.stats()

Faults can also be forced per request with the ``x-sim-fault: <mode>`` header, or changed at
runtime through ``PUT``/``PATCH /_sim/models/{name}``.
"""

from kanmon.simulator._config import (
    DEFAULT_MODEL,
    Fault,
    ModelBehaviour,
    Reasoning,
    ReplyRule,
    SimulatorConfig,
    ThinkTagSplit,
    ToolCallRule,
    load_simulator_config,
)
from kanmon.simulator._personalities import (
    PERSONALITIES_FILE,
    personalities,
    personality_config,
)
from kanmon.simulator._server import (
    BANNER,
    Simulator,
    create_app,
    run_simulator,
)
from kanmon.simulator._text import approx_tokens
from kanmon.simulator._thread import SimulatorThread
from kanmon.simulator._wire import FAULT_HEADER, FINGERPRINT, SIMULATOR_HEADER

__all__ = [
    "BANNER",
    "DEFAULT_MODEL",
    "FAULT_HEADER",
    "FINGERPRINT",
    "PERSONALITIES_FILE",
    "SIMULATOR_HEADER",
    "Fault",
    "ModelBehaviour",
    "Reasoning",
    "ReplyRule",
    "Simulator",
    "SimulatorConfig",
    "SimulatorThread",
    "ThinkTagSplit",
    "ToolCallRule",
    "approx_tokens",
    "create_app",
    "load_simulator_config",
    "personalities",
    "personality_config",
    "run_simulator",
]
