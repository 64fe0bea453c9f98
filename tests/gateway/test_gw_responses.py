"""``POST /v1/responses`` with the official openai SDK: plain, streamed and with a function tool,
chat on the same route, every body and event valid against OpenAI's OpenAPI document, and the
same steps as chat (policy on tool content, redaction in flight, the audit record)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from kanmon.gateway import GatewayThread
from kanmon.simulator import SimulatorThread
from tests.conftest import GatewayFactory
from tests.gateway._clientapis import INJECTION, LEAK, WEATHER_TOOL, start
from tests.gateway._util import audit_rows, new_key, stored_content
from tests.policy._policies import BASE
from tests.wire._conformance import check_response, check_response_event

FUNCTION_TOOL = {"type": "function", **WEATHER_TOOL}


@pytest.fixture
def gw(gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path) -> GatewayThread:
    return start(gateway, sim, tmp_path)


def _client(gw: GatewayThread, **key: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw, **key), max_retries=0)


def _raw_events(gw: GatewayThread, key: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """The stream as sent, each event checked: its SSE name is its type."""
    events = []
    with httpx.stream(
        "POST",
        gw.base_url + "/responses",
        json={**body, "stream": True},
        headers={"Authorization": f"Bearer {key}"},
        timeout=10,
    ) as r:
        assert r.status_code == 200
        name = None
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                ev = json.loads(line[6:])
                assert ev["type"] == name
                check_response_event(ev)
                events.append(ev)
    return events


def test_plain_response_and_chat_on_the_same_route(gw: GatewayThread) -> None:
    client = _client(gw)
    raw = client.responses.with_raw_response.create(
        model="tools", input="Say hello.", instructions="Be brief."
    )
    resp = raw.parse()
    assert resp.status == "completed"
    assert resp.output_text == "It is 4 degrees in Oslo."
    assert resp.model == "tools"
    assert resp.usage is not None and resp.usage.output_tokens > 0
    check_response(raw.http_response.json())
    [rec] = audit_rows(gw, request_id=raw.headers["x-request-id"])
    assert rec["endpoint"] == "responses"
    assert rec["status"] == 200 and rec["deployment"] == "d-tools"
    assert resp.id == "resp_" + rec["request_id"][4:]
    assert rec["prompt_tokens"] == resp.usage.input_tokens
    chat = client.chat.completions.create(
        model="tools", messages=[{"role": "user", "content": "Say hello."}]
    )
    assert chat.choices[0].message.content == resp.output_text


def test_reasoning_items_come_back(gw: GatewayThread) -> None:
    resp = _client(gw).responses.create(model="tools", input="Say hello.")
    kinds = [o.type for o in resp.output]
    assert kinds == ["reasoning", "message"]
    reasoning = resp.output[0]
    assert reasoning.type == "reasoning" and reasoning.content
    assert reasoning.content[0].text == "The user asks about weather; the tool knows."


def test_function_tool_round_trip(gw: GatewayThread) -> None:
    client = _client(gw)
    first = client.responses.create(
        model="tools", input="What is the weather in Oslo?", tools=[FUNCTION_TOOL]
    )
    calls = [o for o in first.output if o.type == "function_call"]
    assert len(calls) == 1
    call = calls[0]
    assert call.name == "get_weather" and json.loads(call.arguments) == {"city": "Oslo"}
    second = client.responses.create(
        model="tools",
        tools=[FUNCTION_TOOL],
        input=[
            {"role": "user", "content": "What is the weather in Oslo?"},
            *[o.model_dump(exclude_none=True) for o in first.output],
            {"type": "function_call_output", "call_id": call.call_id, "output": "4 degrees"},
        ],
    )
    assert second.output_text == "It is 4 degrees in Oslo."
    [rec] = audit_rows(gw, request_id="req_" + second.id[5:])
    assert rec["tools_offered"] == ["get_weather"]
    assert rec["tool_calls_in"] == {"get_weather": 1} and rec["tool_results_in"] == 1
    [rec1] = audit_rows(gw, request_id="req_" + first.id[5:])
    assert rec1["tool_calls_out"] == {"get_weather": 1}


def test_streamed_with_the_sdk(gw: GatewayThread) -> None:
    client = _client(gw)
    types, text = [], ""
    with client.responses.stream(model="tools", input="Say hello.") as stream:
        for ev in stream:
            types.append(ev.type)
            if ev.type == "response.output_text.delta":
                text += ev.delta
        final = stream.get_final_response()
    assert text == final.output_text == "It is 4 degrees in Oslo."
    assert types[:2] == ["response.created", "response.in_progress"]
    assert types[-1] == "response.completed"
    assert "response.reasoning_text.delta" in types
    assert final.usage is not None and final.usage.input_tokens > 0
    [rec] = audit_rows(gw, request_id="req_" + final.id[5:])
    assert rec["endpoint"] == "responses" and rec["stream"] is True
    assert rec["completion_tokens"] == final.usage.output_tokens


def test_streamed_function_call_events(gw: GatewayThread) -> None:
    events = _raw_events(
        gw,
        new_key(gw),
        {"model": "tools", "input": "weather in Oslo?", "tools": [FUNCTION_TOOL]},
    )
    types = [e["type"] for e in events]
    assert "response.function_call_arguments.delta" in types
    done = next(e for e in events if e["type"] == "response.function_call_arguments.done")
    assert done["name"] == "get_weather" and json.loads(done["arguments"]) == {"city": "Oslo"}
    final = events[-1]["response"]
    assert events[-1]["type"] == "response.completed"
    assert [o["type"] for o in final["output"]] == ["reasoning", "function_call"]
    assert final["usage"]["total_tokens"] > 0


def test_a_secret_in_streamed_output_is_redacted_in_flight(gw: GatewayThread) -> None:
    events = _raw_events(gw, new_key(gw), {"model": "leaky", "input": "the key please"})
    text = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert LEAK not in text and "<AWS_ACCESS_KEY>" in text
    final = events[-1]["response"]
    assert LEAK not in json.dumps(final)
    [rec] = audit_rows(gw, request_id="req_" + final["id"][5:])
    assert rec["findings_out"] == {"AWS_ACCESS_KEY": 1}


def test_a_secret_in_tool_arguments_is_a_tool_finding(gw: GatewayThread) -> None:
    tool = {"type": "function", "name": "deploy", "parameters": {"type": "object"}}
    resp = _client(gw).responses.create(model="leaky-tool", input="ship it", tools=[tool])
    [call] = [o for o in resp.output if o.type == "function_call"]
    assert LEAK not in call.arguments
    [rec] = audit_rows(gw, request_id="req_" + resp.id[5:])
    assert rec["findings_tools"] == {"AWS_ACCESS_KEY": 1}
    assert rec["tool_calls_out"] == {"deploy": 1}


def test_injection_in_a_function_call_output_is_tool_content(gw: GatewayThread) -> None:
    with pytest.raises(openai.PermissionDeniedError) as info:
        _client(gw).responses.create(
            model="tools",
            input=[
                {"role": "user", "content": "Summarise the page."},
                {"type": "function_call", "call_id": "c1", "name": "fetch", "arguments": "{}"},
                {"type": "function_call_output", "call_id": "c1", "output": INJECTION},
            ],
        )
    rid = info.value.response.headers["x-request-id"]
    [rec] = audit_rows(gw, request_id=rid)
    assert rec["endpoint"] == "responses" and rec["decision"] == "block"
    assert rec["rule_ids"] == ["injection-in-tool"]


def test_store_and_previous_response_id_need_kept_content(gw: GatewayThread) -> None:
    client = _client(gw)
    with pytest.raises(openai.BadRequestError) as info:
        client.responses.create(model="tools", input="hi", store=True)
    assert info.value.code == "content_not_kept"
    with pytest.raises(openai.BadRequestError) as info:
        client.responses.create(model="tools", input="hi", previous_response_id="resp_nope")
    assert info.value.code == "previous_response_not_found"


def test_previous_response_id_continues_a_kept_conversation(
    gateway: GatewayFactory, sim: SimulatorThread, tmp_path: Path
) -> None:
    policy = {**BASE, "audit_content": {"internal": "full"}}
    gw = start(gateway, sim, tmp_path, policy=policy)
    key = new_key(gw)
    client = openai.OpenAI(base_url=gw.base_url, api_key=key, max_retries=0)
    first = client.responses.create(model="tools", input="My name is Ada.", store=True)
    second = client.responses.create(
        model="tools", input="And the weather?", previous_response_id=first.id
    )
    assert second.previous_response_id == first.id
    envelope = json.loads(stored_content(gw)["req_" + second.id[5:]] or "{}")
    sent = [m["content"] for m in envelope["request"]["messages"]]
    assert sent == ["My name is Ada.", first.output_text, "And the weather?"]
    other = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    with pytest.raises(openai.BadRequestError):  # another key cannot read it back
        other.responses.create(model="tools", input="x", previous_response_id=first.id)


def test_native_responses_upstream(gw: GatewayThread) -> None:
    """A deployment that speaks Responses gets Responses (built from the checked request)."""
    client = _client(gw)
    resp = client.responses.create(
        model="native-responses", input="weather in Oslo?", tools=[FUNCTION_TOOL]
    )
    [call] = [o for o in resp.output if o.type == "function_call"]
    assert call.name == "get_weather"
    with client.responses.stream(model="native-responses", input="Say hello.") as stream:
        final = stream.get_final_response()
    assert final.output_text == "It is 4 degrees in Oslo."
    chat = client.chat.completions.create(
        model="native-responses", messages=[{"role": "user", "content": "Say hello."}]
    )
    assert chat.choices[0].message.content == "It is 4 degrees in Oslo."


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"model": "tools", "input": "x", "tools": [{"type": "web_search"}]}, "tools[0].type"),
        ({"model": "tools", "input": "x", "temperature": "hot"}, "temperature"),
        ({"model": "tools"}, "input"),
    ],
)
def test_bad_bodies_are_400_and_recorded(
    gw: GatewayThread, body: dict[str, Any], param: str
) -> None:
    r = httpx.post(
        gw.base_url + "/responses", json=body, headers={"Authorization": f"Bearer {new_key(gw)}"}
    )
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"] == param
    [rec] = audit_rows(gw, request_id=r.headers["x-request-id"])
    assert rec["endpoint"] == "responses" and rec["decision"] == "deny"
