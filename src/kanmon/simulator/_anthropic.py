"""Anthropic Messages API (``POST /v1/messages``), JSON and SSE, for native-adapter tests.

The stream follows Anthropic's event sequence: ``message_start``, then per content block
``content_block_start`` / ``content_block_delta``… / ``content_block_stop`` (a ``ping`` after
the first block starts), ``message_delta`` with ``stop_reason`` and the final
``usage.output_tokens``, and ``message_stop``. A model with ``reasoning`` other than ``none``
answers with a ``thinking`` block (``thinking_delta`` then ``signature_delta``) before the text,
as Claude does with extended thinking; Anthropic never inlines ``<think>`` tags.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import orjson
from aiohttp import web

from kanmon.simulator._text import (
    Reply,
    approx_tokens,
    chunk_text,
    compose_reply,
    content_text,
    last_user_text,
    prompt_tokens,
    truncate,
)
from kanmon.simulator._tools import ToolCall, plan_calls
from kanmon.simulator._wire import (
    STATE_KEY,
    SimRequestError,
    begin,
    read_object,
    send_body,
    send_stream,
    sse,
)

_BAD_EVENT = b'event: content_block_delta\ndata: {"type": "content_block_delta", "index": 0,\n\n'


def _validate(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]], str, int, bool]:
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise SimRequestError(400, "model: Field required")
    max_tokens = body.get("max_tokens")
    if isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1:
        raise SimRequestError(400, "max_tokens: Field required (an integer >= 1)")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise SimRequestError(400, "messages: at least one message is required")
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            raise SimRequestError(400, f"messages.{i}.role: Input should be 'user' or 'assistant'")
        if not isinstance(m.get("content"), str | list):
            raise SimRequestError(400, f"messages.{i}.content: Field required")
    system = body.get("system")
    if system is not None and not isinstance(system, str | list):
        raise SimRequestError(400, "system: Input should be a string or a list of text blocks")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise SimRequestError(400, "stream: Input should be a valid boolean")
    return model, messages, content_text(system), max_tokens, stream


def _signature(thinking: str) -> str:
    """Opaque and deterministic, like the signature Claude attaches to a thinking block."""
    return base64.b64encode(hashlib.sha256(thinking.encode()).digest()).decode()


async def messages(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE_KEY]
    body = await read_object(request)
    model, msgs, system, max_tokens, stream = _validate(body)
    behaviour, admission, early = await begin(request, state, model, stream=stream)
    if early is not None:
        return early
    # Anthropic delivers reasoning as a block whatever the model's OpenAI-side convention is.
    as_blocks = behaviour
    if behaviour.reasoning != "none":
        as_blocks = behaviour.model_copy(update={"reasoning": "field"})
    prompt = last_user_text(msgs)
    calls = plan_calls(behaviour, body, "messages", admission.turn)
    reply = truncate(compose_reply(as_blocks, prompt, admission.turn), max_tokens)
    if calls:  # a model that calls tools says nothing else in that turn
        reply = Reply(content="", reasoning=reply.reasoning)
    input_tokens = prompt_tokens(msgs, system)
    output_tokens = approx_tokens(reply.content) + approx_tokens(reply.reasoning)
    output_tokens += sum(approx_tokens(c.name + c.arguments_json) for c in calls)
    stop_reason = "tool_use" if calls else "max_tokens" if reply.truncated else "end_turn"
    digest = hashlib.blake2b(
        f"{model}\0{admission.turn}\0{prompt}".encode(), digest_size=12
    ).hexdigest()
    msg_id = f"msg_sim{digest}"
    if stream:
        events = _events(
            msg_id,
            model,
            reply,
            behaviour.chunk_chars,
            stop_reason,
            input_tokens,
            output_tokens,
            calls,
        )
        return await send_stream(
            request,
            events,
            delay_ms=behaviour.chunk_delay_ms,
            fault=admission.fault,
            bad_event=_BAD_EVENT,
        )
    content: list[dict[str, Any]] = []
    if reply.reasoning:
        content.append(
            {
                "type": "thinking",
                "thinking": reply.reasoning,
                "signature": _signature(reply.reasoning),
            }
        )
    if reply.content or not calls:
        content.append({"type": "text", "text": reply.content})
    content += [
        {"type": "tool_use", "id": c.id, "name": c.name, "input": c.arguments} for c in calls
    ]
    data = {
        "id": msg_id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": output_tokens},
    }
    return await send_body(request, orjson.dumps(data), admission.fault)


def _events(
    msg_id: str,
    model: str,
    reply: Reply,
    chunk_chars: int,
    stop_reason: str,
    input_tokens: int,
    output_tokens: int,
    calls: list[ToolCall],
) -> list[bytes]:
    start: dict[str, Any] = {
        "id": msg_id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": input_tokens, "output_tokens": 1},
    }
    events = [sse({"type": "message_start", "message": start}, "message_start")]
    index = 0

    def block(first: dict[str, Any], deltas: list[dict[str, Any]]) -> None:
        nonlocal index
        events.append(
            sse(
                {"type": "content_block_start", "index": index, "content_block": first},
                "content_block_start",
            )
        )
        if index == 0:
            events.append(sse({"type": "ping"}, "ping"))
        for delta in deltas:
            events.append(
                sse(
                    {"type": "content_block_delta", "index": index, "delta": delta},
                    "content_block_delta",
                )
            )
        events.append(sse({"type": "content_block_stop", "index": index}, "content_block_stop"))
        index += 1

    if reply.reasoning:
        thinking = [
            {"type": "thinking_delta", "thinking": p}
            for p in chunk_text(reply.reasoning, chunk_chars)
        ]
        thinking.append({"type": "signature_delta", "signature": _signature(reply.reasoning)})
        block({"type": "thinking", "thinking": "", "signature": ""}, thinking)
    if reply.content or not calls:
        text = [{"type": "text_delta", "text": p} for p in chunk_text(reply.content, chunk_chars)]
        block({"type": "text", "text": ""}, text)
    for c in calls:
        parts = chunk_text(c.arguments_json, chunk_chars)
        block(
            {"type": "tool_use", "id": c.id, "name": c.name, "input": {}},
            [{"type": "input_json_delta", "partial_json": p} for p in parts],
        )
    events.append(
        sse(
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                "usage": {"output_tokens": output_tokens},
            },
            "message_delta",
        )
    )
    events.append(sse({"type": "message_stop"}, "message_stop"))
    return events


def add_routes(app: web.Application) -> None:
    app.router.add_post("/v1/messages", messages)
