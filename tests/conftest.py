"""Shared fixtures: a real simulator and a real gateway (uvicorn) on loopback ports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.config import load_config
from kanmon.gateway import GatewayThread
from kanmon.simulator import Fault, ModelBehaviour, SimulatorConfig, SimulatorThread
from kanmon.wiring import build_services

ADMIN_KEY = "km-test-admin-0123456789abcdef"

SIM_MODELS = {
    "sim-model": ModelBehaviour(),
    "sim-slow": ModelBehaviour(chunk_delay_ms=40, chunk_chars=8),
    "sim-503": ModelBehaviour(fault=Fault.HTTP_503),
    "sim-thinker": ModelBehaviour(reasoning="think_tags", default_reply="The answer is 42."),
}


@pytest.fixture(scope="session")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(SimulatorConfig(models=SIM_MODELS, allow_any_model=True)) as s:
        yield s


@pytest.fixture(autouse=True)
def _admin_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KANMON_ADMIN_KEY", ADMIN_KEY)


def sim_deployment(dep_id: str, alias: str, base_url: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": dep_id,
        "model": "kanmon-sim",
        "provider": "Kanmon simulator (local, not a real model)",
        "provider_entity": "local process",
        "provider_jurisdiction": "ZZ",
        "processing_region": "LOCAL",
        "api": "openai_compatible",
        "base_url": base_url,
        "model_alias": alias,
        "simulated": True,
        "price": {"input_per_mtok": 1.0, "output_per_mtok": 2.0, "as_of": "2026-11-01"},
        "timeout_s": 2,
        "connect_timeout_s": 1,
        "max_retries": 1,
        **extra,
    }


GatewayFactory = Callable[..., GatewayThread]


@pytest.fixture
def gateway(tmp_path: Path, sim: SimulatorThread) -> Iterator[GatewayFactory]:
    """``gateway(routes={...}, deployments=[...], **config)`` starts a gateway; default routes:
    ``chat`` → sim-model, ``fallback`` → sim-503 then sim-model, ``slow`` → sim-slow."""
    started: list[GatewayThread] = []
    sim.reset()

    def make(
        routes: dict[str, list[str]] | None = None,
        deployments: list[dict[str, Any]] | None = None,
        **config: Any,
    ) -> GatewayThread:
        url = sim.base_url
        deps = deployments or [
            sim_deployment("d-main", "sim-model", url),
            sim_deployment("d-503", "sim-503", url),
            sim_deployment("d-slow", "sim-slow", url),
            sim_deployment("d-think", "sim-thinker", url),
        ]
        rts = routes or {
            "chat": ["d-main"],
            "fallback": ["d-503", "d-main"],
            "slow": ["d-slow"],
            "think": ["d-think"],
        }
        doc = {
            "store": {"url": f"sqlite:///{tmp_path / 'kanmon.db'}"},
            "upstream": {"retry_base_delay_s": 0.01, "retry_max_delay_s": 0.05},
            "deployments": deps,
            "routes": {k: {"deployments": v} for k, v in rts.items()},
            **config,
        }
        path = tmp_path / "kanmon.yaml"
        path.write_text(yaml.safe_dump(doc))
        gw = GatewayThread(build_services(load_config(path), path)).start()
        started.append(gw)
        return gw

    yield make
    for gw in started:
        gw.stop()
