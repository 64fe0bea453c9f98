"""Responses ⇄ chat completions, as pure functions: requests translated (or refused with the
field named), responses and every stream event valid against OpenAI's OpenAPI document."""

from __future__ import annotations

from typing import Any

import pytest

from kanmon.errors import BadRequestError
from kanmon.wire import ResponseShell, ResponsesStream, response_from_chat, responses_to_chat
from tests.wire._conformance import check_response, check_response_event, sse_events


def test_string_input_and_instructions() -> None:
    chat = responses_to_chat(
        {"model": "m", "input": "hi", "instructions": "be brief", "max_output_tokens": 50}
    )
    assert chat["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "hi"},
    ]
    assert chat["max_completion_tokens"] == 50
    assert "stream" not in chat


def test_items_tools_and_outputs() -> None:
    body = {
        "model": "m",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "weather in Oslo?"}]},
            {"type": "reasoning", "id": "rs_1", "summary": []},
            {"type": "function_call", "call_id": "c1", "name": "weather", "arguments": '{"c":1}'},
            {"type": "function_call_output", "call_id": "c1", "output": "4 degrees"},
        ],
        "tools": [{"type": "function", "name": "weather", "parameters": {"type": "object"}}],
        "tool_choice": {"type": "function", "name": "weather"},
        "reasoning": {"effort": "low"},
        "text": {"format": {"type": "json_schema", "name": "w", "schema": {"type": "object"}}},
        "stream": True,
        "store": False,
    }
    chat = responses_to_chat(body)
    assert chat["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "weather in Oslo?"}]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "weather", "arguments": '{"c":1}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "4 degrees"},
    ]
    assert chat["tools"] == [
        {"type": "function", "function": {"name": "weather", "parameters": {"type": "object"}}}
    ]
    assert chat["tool_choice"] == {"type": "function", "function": {"name": "weather"}}
    assert chat["reasoning_effort"] == "low"
    assert chat["response_format"]["type"] == "json_schema"
    assert chat["stream"] is True and chat["stream_options"] == {"include_usage": True}
    assert "store" not in chat


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"input": "x", "tools": [{"type": "web_search"}]}, "tools[0].type"),
        ({"input": [{"type": "item_reference", "id": "x"}]}, "input[0].type"),
        ({"input": "x", "background": True}, "background"),
        ({"input": [{"role": "user", "content": [{"type": "input_file"}]}]}, "input[0].content[0]"),
        ({"input": []}, "input"),
        ({"input": [{"type": "function_call_output", "output": "x"}]}, "input[0].call_id"),
    ],
)
def test_what_has_no_chat_meaning_is_refused(body: dict[str, Any], param: str) -> None:
    with pytest.raises(BadRequestError) as e:
        responses_to_chat({"model": "m", **body})
    assert e.value.param == param


def _chat(message: dict[str, Any], finish: str = "stop") -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": 10,
            "completion_tokens": 5,
            "total_tokens": 15,
            "completion_tokens_details": {"reasoning_tokens": 2},
        },
    }


def test_response_with_reasoning_text_and_a_call_is_valid() -> None:
    shell = ResponseShell("resp_abc", {"model": "m", "tools": [], "instructions": "x"})
    msg = {
        "role": "assistant",
        "content": "Checking.",
        "reasoning_content": "think",
        "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
        ],
    }
    resp = response_from_chat(shell, _chat(msg, "tool_calls"))
    check_response(resp)
    assert [o["type"] for o in resp["output"]] == ["reasoning", "message", "function_call"]
    assert resp["output"][2]["call_id"] == "call_1"
    assert resp["usage"]["output_tokens_details"]["reasoning_tokens"] == 2
    assert resp["status"] == "completed" and resp["store"] is False


def test_truncated_answer_is_incomplete() -> None:
    resp = response_from_chat(
        ResponseShell("resp_x", {"model": "m"}), _chat({"content": "a"}, "length")
    )
    check_response(resp)
    assert resp["status"] == "incomplete"
    assert resp["incomplete_details"] == {"reason": "max_output_tokens"}


def _chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {
        "id": "c",
        "object": "chat.completion.chunk",
        "model": "m",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _events(data: bytes) -> list[dict[str, Any]]:
    """The written stream's events, each valid and named by its type."""
    events = []
    for name, ev in sse_events(data):
        assert ev["type"] == name
        check_response_event(ev)
        events.append(ev)
    return events


def _run(chunks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    w = ResponsesStream(ResponseShell("resp_s", {"model": "m"}))
    events = _events(w.start() + b"".join(w.feed(c) for c in chunks) + w.end())
    assert [e["sequence_number"] for e in events] == list(range(len(events)))
    return events


def test_stream_event_sequence_for_reasoning_text_and_tools() -> None:
    events = _run(
        [
            _chunk({"role": "assistant", "content": ""}),
            _chunk({"reasoning_content": "hmm"}),
            _chunk({"content": "Hel"}),
            _chunk({"content": "lo"}),
            _chunk(
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_9",
                            "type": "function",
                            "function": {"name": "f", "arguments": ""},
                        }
                    ]
                }
            ),
            _chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"a":'}}]}),
            _chunk({"tool_calls": [{"index": 0, "function": {"arguments": "1}"}}]}),
            _chunk({}, "tool_calls"),
            {"id": "c", "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 4}},
        ]
    )
    types = [e["type"] for e in events]
    assert types == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.reasoning_text.delta",
        "response.reasoning_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.output_item.added",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.delta",
        "response.function_call_arguments.done",
        "response.output_item.done",
        "response.completed",
    ]
    final = events[-1]["response"]
    check_response(final)
    assert final["output"][1]["content"][0]["text"] == "Hello"
    assert final["output"][2]["arguments"] == '{"a":1}'
    assert final["usage"]["input_tokens"] == 3 and final["usage"]["output_tokens"] == 4


def test_a_broken_stream_ends_with_error_and_failed() -> None:
    w = ResponsesStream(ResponseShell("resp_s", {"model": "m"}))
    data = w.start() + w.feed(_chunk({"content": "par"}))
    events = _events(data + w.fail("output_blocked", "The response carried AWS_KEY."))
    assert [e["type"] for e in events[-2:]] == ["error", "response.failed"]
    assert events[-1]["response"]["status"] == "failed"
