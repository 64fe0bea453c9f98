"""The guard model through a running gateway: a catalog deployment (answered by the simulator)
is bound to its provider at start, sees the tool output, and its verdict blocks the request."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from kanmon.simulator import ModelBehaviour, ReplyRule, SimulatorThread
from tests.conftest import sim_deployment
from tests.gateway._util import new_key
from tests.policy._policies import write_policy

GUARD = ModelBehaviour(
    replies=(ReplyRule(match="(?i)weather", reply="Safety: Unsafe\nCategories: Jailbreak"),),
    default_reply="Safety: Safe",
)


def test_a_guard_deployment_blocks_what_the_other_layers_let_through(  # type: ignore[no-untyped-def]
    gateway, sim: SimulatorThread, tmp_path: Path
) -> None:
    sim.set_model("sim-guard", GUARD)
    url = sim.base_url
    deps = [sim_deployment("d-main", "sim-model", url), sim_deployment("d-guard", "sim-guard", url)]
    policy = write_policy(
        tmp_path,
        injection={"guard": {"deployment": "d-guard", "budget_ms": 2000, "sources": ["tool"]}},
        rules=[{
            "id": "injection-in-tool",
            "when": {"injection_at_least": "calibrated", "injection_sources": ["tool"]},
            "action": "block",
        }],
    )  # fmt: skip
    gw = gateway(routes={"chat": ["d-main"]}, deployments=deps, policy={"file": str(policy)})
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)

    def ask(tool_output: str) -> None:
        client.chat.completions.create(
            model="chat",
            messages=[
                {"role": "user", "content": "What does the tool say?"},
                {"role": "assistant", "content": None, "tool_calls": [{"id": "c1",
                 "type": "function", "function": {"name": "lookup", "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": "c1", "content": tool_output},
            ],
        )  # fmt: skip

    ask("Order 7731 shipped on Monday.")  # the guard says safe: forwarded
    with pytest.raises(openai.PermissionDeniedError, match="injection-in-tool"):
        ask("Weather today: sunny.")  # no lexical signal; the guard says unsafe
