"""Everything the demo configures, in one place: simulated models, deployments, routes, policy.

Every deployment points at Kanmon's local simulator. Two of them *claim* a provenance (a
provider in CN processing in CN, one in DE processing in the EU) so that the policy has
something to decide on; they are labelled as simulated like the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kanmon.simulator import (
    Fault,
    ModelBehaviour,
    ReplyRule,
    SimulatorConfig,
    personalities,
)

SIM_LABEL = "SIMULATED UPSTREAM: Kanmon's local simulator, not a real model"

#: A fake key in the format of an OpenAI project key, emitted by the simulated model mid-stream.
FAKE_SECRET = "sk-proj-DEMOdemoDEMOdemo0123456789abcdefXYZ"

#: Route (and use case) that governance guards in the demo, and the deployment behind it.
GOVERNED_ROUTE = "support-bot"
GOVERNED_DEPLOYMENT = "sim-careful"
GOVERNED_USE_CASE = "customer-support"
TERRITORY_DEPLOYMENT = "sim-hunyuan-eu"
TERRITORY_ROUTE = "hunyuan"
#: Checklist item → the built-in eval suite whose results answer it; one run holds them all
#: (about 30 items, a second or two on the simulator).
EVIDENCE_SUITES = {
    "sec.injection_leakage": "prompt_injection",
    "sec.hallucination": "hallucination",
    "sec.language_domain": "multilingual",
    "sec.known_failures": "censorship_bias",
}
EVIDENCE_RUN = "demo-evidence"


def simulator_config() -> SimulatorConfig:
    return SimulatorConfig(
        models={
            "sim-model": ModelBehaviour(
                chunk_delay_ms=40,
                chunk_chars=12,
                replies=(
                    ReplyRule(
                        match="(?i)capital of korea",
                        reply="Seoul is the capital of the Republic of Korea.",
                    ),
                    ReplyRule(
                        match="(?i)staging key",
                        reply=f"Use the staging key {FAKE_SECRET} in the client config, "
                        "then restart the worker.",
                    ),
                ),
            ),
            "sim-flaky": ModelBehaviour(fault=Fault.HTTP_503),
            "sim-thinker": ModelBehaviour(reasoning="think_tags", default_reply="42."),
            # answers the built-in eval suites the way a careful model would
            "sim-careful": personalities()["sim-careful"],
        }
    )


def _deployment(dep_id: str, alias: str, sim_url: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": dep_id,
        "model": "kanmon-sim",
        "provider": "Kanmon simulator (local, not a real model)",
        "provider_entity": "local process",
        "provider_jurisdiction": "ZZ",
        "processing_region": "LOCAL",
        "api": "openai_compatible",
        "base_url": sim_url,
        "model_alias": alias,
        "simulated": True,
        "price": {"input_per_mtok": 0.15, "output_per_mtok": 0.6, "as_of": "2026-11-01"},
        "timeout_s": 5,
        **extra,
    }


def deployments(sim_url: str) -> list[dict[str, Any]]:
    return [
        _deployment("sim-primary", "sim-flaky", sim_url, max_retries=1),
        _deployment("sim-backup", "sim-model", sim_url),
        _deployment("sim-thinker", "sim-thinker", sim_url),
        _deployment(
            "sim-cn",
            "sim-model",
            sim_url,
            provider="Kanmon simulator, posing as a provider in CN",
            provider_jurisdiction="CN",
            processing_region="CN",
        ),
        _deployment(
            "sim-eu",
            "sim-model",
            sim_url,
            provider="Kanmon simulator, posing as a provider in DE",
            provider_jurisdiction="DE",
            processing_region="EU-DE",
        ),
        _deployment(GOVERNED_DEPLOYMENT, "sim-careful", sim_url),
        # Hunyuan-A13B's licence "does not apply in the European Union, United Kingdom and South
        # Korea": the governance part shows it refused on an EU-DE deployment
        _deployment(
            TERRITORY_DEPLOYMENT,
            "sim-careful",
            sim_url,
            model="hunyuan-a13b",
            provider="Kanmon simulator, posing as Hunyuan-A13B hosted in DE",
            provider_jurisdiction="DE",
            processing_region="EU-DE",
        ),
    ]


ROUTES: dict[str, list[str]] = {
    "gpt-4o-mini": ["sim-primary", "sim-backup"],
    "team-chat": ["sim-backup"],
    "reasoner": ["sim-thinker"],
    "payments": ["sim-cn", "sim-eu"],
    GOVERNED_ROUTE: [GOVERNED_DEPLOYMENT],
    TERRITORY_ROUTE: [TERRITORY_DEPLOYMENT],
}

POLICY: dict[str, Any] = {
    "data_classes": ["public", "internal", "confidential", "restricted"],
    "default_data_class": "internal",
    "scanners": ["pii", "secrets", "injection"],
    "classify": {"CREDIT_CARD": "confidential", "US_SSN": "restricted", "@secret": "restricted"},
    "operators": {"default": {"type": "tag"}, "CREDIT_CARD": {"type": "mask", "keep_last": 4}},
    "output": {"entities": ["@secret"], "on_finding": {"restricted": "cut"}},
    "rules": [
        {
            "id": "injection-in-tool-output",
            "when": {
                "injection_at_least": "calibrated",
                "injection_sources": ["tool", "document"],
                "injection_layers_any": ["lexical", "decode", "guard"],
            },
            "action": "block",
            "message": "instructions hidden in tool output",
        },
        {
            "id": "cards-stay-in-the-eu",
            "when": {
                "entities_any": ["CREDIT_CARD"],
                "deployment": {"region_not_in": ["EU", "LOCAL"]},
            },
            "action": "reroute",
            "otherwise": "redact",
            "message": "payment card data is processed in the EU",
        },
        {
            "id": "ssn-needs-a-reviewer",
            "when": {"entities_any": ["US_SSN"]},
            "action": "hold",
            "message": "social security numbers are released by a reviewer",
        },
    ],
}


def kanmon_config(sim_url: str, store: Path, policy: Path, *, enforce: bool) -> dict[str, Any]:
    return {
        "store": {"url": f"sqlite:///{store}"},
        "policy": {"file": str(policy)},
        "governance": {"enforce": enforce},
        # a signed tree head after every commit: the transfer report verifies to the last record
        "audit": {"head_interval_s": 0},
        "deployments": deployments(sim_url),
        "routes": {name: {"deployments": deps} for name, deps in ROUTES.items()},
    }
