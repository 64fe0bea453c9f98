"""Scripted tool calls in the simulator's three wire formats (chat, Responses, Messages), JSON
and streamed, read back with the official SDKs; its Responses endpoint checked against OpenAI's
OpenAPI document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import openai
import pytest
from tests.wire._conformance import check_response, check_response_event

from kanmon.simulator import ModelBehaviour, SimulatorConfig, SimulatorThread, ToolCallRule

RULES = (
    ToolCallRule(name="get_weather", arguments={"city": "Oslo"}, match="(?i)weather"),
    ToolCallRule(name="get_time", arguments={"tz": "CET"}, match="(?i)time"),
)
SCHEMA = {"type": "object", "properties": {"city": {"type": "string"}}}


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    config = SimulatorConfig(
        models={"m": ModelBehaviour(tool_calls=RULES, chunk_chars=4, reasoning="field")}
    )
    with SimulatorThread(config) as s:
        yield s


def _chat_tools(*names: str) -> list[Any]:
    return [{"type": "function", "function": {"name": n, "parameters": SCHEMA}} for n in names]


def test_chat_json_and_stream(sim: SimulatorThread) -> None:
    client = openai.OpenAI(base_url=sim.base_url, api_key="x", max_retries=0)
    ask: Any = [{"role": "user", "content": "weather and time please"}]
    r = client.chat.completions.create(
        model="m", messages=ask, tools=_chat_tools("get_weather", "get_time")
    )
    msg = r.choices[0].message
    assert r.choices[0].finish_reason == "tool_calls" and msg.content is None
    assert [(c.function.name, json.loads(c.function.arguments)) for c in msg.tool_calls or []] == [
        ("get_weather", {"city": "Oslo"}),
        ("get_time", {"tz": "CET"}),
    ]
    # only offered tools are called; after a tool result the model answers in text
    only = client.chat.completions.create(model="m", messages=ask, tools=_chat_tools("get_time"))
    assert [c.function.name for c in only.choices[0].message.tool_calls or []] == ["get_time"]
    after = client.chat.completions.create(
        model="m",
        messages=[
            *ask,
            msg.model_dump(exclude_none=True),
            {"role": "tool", "tool_call_id": msg.tool_calls[0].id, "content": "4 C"},  # type: ignore[index]
        ],
        tools=_chat_tools("get_weather"),
    )
    assert after.choices[0].message.tool_calls is None and after.choices[0].message.content
    args = ""
    with client.chat.completions.stream(
        model="m", messages=ask, tools=_chat_tools("get_weather")
    ) as stream:
        for ev in stream:
            if ev.type == "tool_calls.function.arguments.delta":
                args += ev.arguments_delta
        final = stream.get_final_completion()
    assert json.loads(args) == {"city": "Oslo"}
    assert final.choices[0].message.tool_calls[0].function.name == "get_weather"  # type: ignore[index]


def test_messages_json_and_stream(sim: SimulatorThread) -> None:
    client = anthropic.Anthropic(base_url=sim.root_url, api_key="x", max_retries=0)
    tools: Any = [{"name": "get_weather", "input_schema": SCHEMA}]
    ask: Any = [{"role": "user", "content": "weather?"}]
    msg = client.messages.create(model="m", max_tokens=500, messages=ask, tools=tools)
    assert msg.stop_reason == "tool_use"
    assert [b.type for b in msg.content] == ["thinking", "tool_use"]
    assert msg.content[1].input == {"city": "Oslo"}  # type: ignore[union-attr]
    with client.messages.stream(model="m", max_tokens=500, messages=ask, tools=tools) as s:
        final = s.get_final_message()
    assert final.content[1].input == {"city": "Oslo"}  # type: ignore[union-attr]
    result: Any = [{"type": "tool_result", "tool_use_id": msg.content[1].id, "content": "4 C"}]  # type: ignore[union-attr]
    after = client.messages.create(
        model="m",
        max_tokens=500,
        tools=tools,
        messages=[
            *ask,
            {"role": "assistant", "content": msg.content},
            {"role": "user", "content": result},
        ],
    )
    assert after.stop_reason == "end_turn" and after.content[-1].type == "text"


def test_responses_json_and_stream(sim: SimulatorThread) -> None:
    tools: Any = [{"type": "function", "name": "get_weather", "parameters": SCHEMA}]
    body = {"model": "m", "input": "weather?", "tools": tools}
    raw = httpx.post(sim.base_url + "/responses", json=body)
    assert raw.status_code == 200
    check_response(raw.json())
    client = openai.OpenAI(base_url=sim.base_url, api_key="x", max_retries=0)
    resp = client.responses.create(model="m", input="weather?", tools=tools)
    assert [o.type for o in resp.output] == ["reasoning", "function_call"]
    call = resp.output[1]
    assert call.type == "function_call" and json.loads(call.arguments) == {"city": "Oslo"}
    with httpx.stream("POST", sim.base_url + "/responses", json={**body, "stream": True}) as r:
        events = [json.loads(line[6:]) for line in r.iter_lines() if line.startswith("data: ")]
    for ev in events:
        check_response_event(ev)
    assert events[-1]["type"] == "response.completed"
    after = client.responses.create(
        model="m",
        tools=tools,
        input=[
            {"role": "user", "content": "weather?"},
            {
                "type": "function_call",
                "call_id": call.call_id,
                "name": call.name,
                "arguments": "{}",
            },
            {"type": "function_call_output", "call_id": call.call_id, "output": "4 C"},
        ],
    )
    assert after.output_text
