"""Tools governed by policy: ``tools_any`` / ``tools_none`` per use case and data class, tool
content scanned and counted, and a stream's fields released in the order the model wrote them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest

from kanmon.core.principal import Principal
from kanmon.policy import Facts, Policy, PolicyDoc, PolicySteps, explain
from kanmon.request import Exchange
from kanmon.simulator import SimulatorThread
from tests.conftest import GatewayFactory
from tests.gateway._clientapis import start
from tests.gateway._util import audit_rows, new_key
from tests.policy._policies import BASE

CARD = "4111 1111 1111 1111"
RULES: list[dict[str, Any]] = [
    {
        "id": "no-shell-when-confidential",
        "when": {"data_class_at_least": "confidential", "tools_any": ["shell*", "exec_?"]},
        "action": "block",
        "message": "no shell tools on confidential data",
    },
    {
        "id": "support-bot-only-its-tools",
        "when": {"use_cases_any": ["support-bot"], "tools_any": ["*"], "tools_none": ["crm_*"]},
        "action": "block",
        "message": "the support bot runs with its CRM tools only",
    },
]


def _policy() -> Policy:
    return Policy(PolicyDoc.model_validate({**BASE, "rules": RULES}))


def _facts(data_class: str, tools: set[str], use_case: str | None = None) -> Facts:
    p = Principal(key_id="k", name="n", team="t", roles=frozenset({"app"}), use_case=use_case)
    return Facts(data_class=data_class, tools=frozenset(tools), principal=p)


@pytest.mark.parametrize(
    ("data_class", "tools", "use_case", "fired"),
    [
        ("confidential", {"shell_exec"}, None, ["no-shell-when-confidential"]),
        ("restricted", {"exec_1", "search"}, None, ["no-shell-when-confidential"]),
        ("internal", {"shell_exec"}, None, []),
        ("confidential", {"search", "exec_12"}, None, []),
        ("internal", {"search"}, "support-bot", ["support-bot-only-its-tools"]),
        ("internal", {"crm_lookup"}, "support-bot", []),
        ("internal", set(), "support-bot", []),  # '*' needs a tool
        ("internal", {"search"}, "other", []),
    ],
)
def test_tools_any_and_tools_none(
    data_class: str, tools: set[str], use_case: str | None, fired: list[str]
) -> None:
    d = _policy().decide(_facts(data_class, tools, use_case))
    assert d.rule_ids == fired
    assert d.action == ("block" if fired else "allow")


def test_explain_names_the_tools_and_history_counts() -> None:
    body = {
        "model": "m",
        "messages": [
            {"role": "user", "content": f"card {CARD}"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "c", "type": "function", "function": {"name": "shell", "arguments": ""}}
                ],
            },
            {"role": "tool", "tool_call_id": "c", "content": "ok"},
        ],
    }
    p = Principal(key_id="k", name="n", team="t", roles=frozenset({"app"}))
    out = explain(_policy(), body, principal=p, candidates=[])
    assert out["tools"] == ["shell"]  # called in the history, even though not offered now
    assert out["rule_ids"] == ["no-shell-when-confidential"]
    assert out["decision"] == "block"


def test_the_gateway_decides_on_the_tools_of_every_wire_format(
    gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path
) -> None:
    gw = start(gateway, sim, tmp_path, policy={**BASE, "rules": RULES})
    key = new_key(gw)
    shell = {"name": "shell_exec", "parameters": {"type": "object"}}
    oa = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)
    an = anthropic.Anthropic(base_url=gw.root_url, api_key=key, max_retries=0)
    with pytest.raises(openai.PermissionDeniedError):
        oa.chat.completions.create(
            model="tools",
            messages=[{"role": "user", "content": f"charge {CARD}"}],
            tools=[{"type": "function", "function": shell}],
        )
    with pytest.raises(openai.PermissionDeniedError):
        oa.responses.create(
            model="tools", input=f"charge {CARD}", tools=[{"type": "function", **shell}]
        )
    with pytest.raises(anthropic.PermissionDeniedError) as info:
        an.messages.create(
            model="tools",
            max_tokens=50,
            messages=[{"role": "user", "content": f"charge {CARD}"}],
            tools=[{"name": "shell_exec", "input_schema": {"type": "object"}}],
        )
    [rec] = audit_rows(gw, request_id=info.value.body["request_id"])  # type: ignore[index]
    assert rec["rule_ids"] == ["no-shell-when-confidential"]
    assert rec["tools_offered"] == ["shell_exec"] and rec["data_class"] == "confidential"
    ok = oa.responses.create(model="tools", input="hello", tools=[{"type": "function", **shell}])
    assert ok.status == "completed"


def test_a_card_in_a_tool_result_is_a_tool_finding(
    gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path
) -> None:
    gw = start(gateway, sim, tmp_path)
    resp = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    out = resp.responses.create(
        model="tools",
        input=[
            {"role": "user", "content": "Look up the order."},
            {"type": "function_call", "call_id": "c1", "name": "orders", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c1", "output": f"paid with {CARD}"},
        ],
    )
    [rec] = audit_rows(gw, request_id="req_" + out.id[5:])
    assert rec["findings_tools"] == {"CREDIT_CARD": 1}
    assert rec["findings_in"]["CREDIT_CARD"] == 1


def _chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def test_a_field_is_released_when_the_model_moves_on() -> None:
    """Held-back reasoning goes out before the answer starts, not after the tool calls."""

    f = PolicySteps(_policy(), None).for_stream(Exchange(endpoint="t", data_class="internal"))
    out: list[dict[str, Any]] = []
    for c in [
        _chunk({"reasoning_content": "thinking about it carefully"}),
        _chunk({"content": "The answer"}),
        _chunk({"tool_calls": [{"index": 0, "function": {"name": "f", "arguments": "{}"}}]}),
        _chunk({}, "tool_calls"),
    ]:
        out += f.feed(c)
    order = []
    for c in out:
        delta = c["choices"][0]["delta"]
        order += [k for k in ("reasoning_content", "content", "tool_calls") if delta.get(k)]
    assert order.index("reasoning_content") < order.index("content") < order.index("tool_calls")
    reasoning = "".join(c["choices"][0]["delta"].get("reasoning_content") or "" for c in out)
    assert reasoning == "thinking about it carefully"


def test_personal_data_in_a_serialised_tool_result_is_found(
    gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path
) -> None:
    """A tool's result as json.dumps writes it (every Chinese character a \\u escape) is read
    as the text it holds: the resident id right after 号 is found, as in plain text (written,
    the escape's hex digits run into the id's)."""
    gw = start(gateway, sim, tmp_path)
    resp = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    result = json.dumps({"customer": {"note": "客户身份证号11010519491231002X，已核实。"}})
    assert "\\u8eab" in result  # 身, escaped
    out = resp.responses.create(
        model="tools",
        input=[
            {"role": "user", "content": "Look up the customer."},
            {"type": "function_call", "call_id": "c1", "name": "crm", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c1", "output": result},
        ],
    )
    [rec] = audit_rows(gw, request_id="req_" + out.id[5:])
    assert rec["findings_tools"] == {"CN_RESIDENT_ID": 1}
