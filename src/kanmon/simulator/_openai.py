"""OpenAI chat completions, JSON and SSE, in the exact wire format of ``api.openai.com``."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

import orjson
from aiohttp import web

from kanmon.simulator._config import ModelBehaviour
from kanmon.simulator._state import Admission
from kanmon.simulator._text import (
    Reply,
    approx_tokens,
    chunk_text,
    compose_reply,
    last_user_text,
    plan_pieces,
    prompt_tokens,
    truncate,
)
from kanmon.simulator._tools import ToolCall, plan_calls
from kanmon.simulator._wire import (
    FINGERPRINT,
    STATE_KEY,
    SimRequestError,
    begin,
    optional_int,
    read_object,
    require_model,
    send_body,
    send_stream,
    sse,
)

_ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
_DONE = b"data: [DONE]\n\n"
_BAD_EVENT = b'data: {"id": "chatcmpl-sim", "choices": [{"delta": {"content": "\n\n'


def _validate_chat(body: dict[str, Any]) -> tuple[str, list[dict[str, Any]], bool, int | None]:
    """Check what the simulator relies on; everything else (tools, …) is accepted unread."""
    model = require_model(body)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise SimRequestError(
            400, "'messages' must be a non-empty array of message objects.", param="messages"
        )
    for i, m in enumerate(messages):
        if not isinstance(m, dict) or m.get("role") not in _ROLES:
            raise SimRequestError(
                400,
                f"Invalid 'messages[{i}]': each message needs a role in {sorted(_ROLES)}.",
                param=f"messages[{i}]",
            )
        if not isinstance(m.get("content"), str | list | None):
            raise SimRequestError(
                400,
                f"Invalid 'messages[{i}].content': expected a string or an array of parts.",
                param=f"messages[{i}].content",
            )
    stream = body.get("stream", False)
    if stream is None:
        stream = False
    if not isinstance(stream, bool):
        raise SimRequestError(400, "Invalid 'stream': expected a boolean.", param="stream")
    if body.get("stream_options") is not None:
        if not stream:
            raise SimRequestError(
                400,
                "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
                param="stream_options",
            )
        if not isinstance(body["stream_options"], dict):
            raise SimRequestError(
                400, "Invalid 'stream_options': expected an object.", param="stream_options"
            )
    temperature = body.get("temperature")
    if temperature is not None and (
        isinstance(temperature, bool)
        or not isinstance(temperature, int | float)
        or not 0 <= temperature <= 2
    ):
        raise SimRequestError(
            400, "Invalid 'temperature': expected a number between 0 and 2.", param="temperature"
        )
    n = optional_int(body, "n")
    if n not in (None, 1):
        raise SimRequestError(400, "The simulator supports only n=1.", param="n")
    max_tokens = optional_int(body, "max_completion_tokens")
    if max_tokens is None:
        max_tokens = optional_int(body, "max_tokens")
    return model, messages, stream, max_tokens


def _completion_id(model: str, turn: int, prompt: str) -> str:
    digest = hashlib.blake2b(f"{model}\0{turn}\0{prompt}".encode(), digest_size=12).hexdigest()
    return f"chatcmpl-sim{digest}"


def _usage(
    prompt_toks: int, reply: Reply, behaviour: ModelBehaviour, calls: list[ToolCall]
) -> dict[str, Any]:
    reasoning = approx_tokens(reply.reasoning)
    completion = approx_tokens(reply.content) + reasoning
    completion += sum(approx_tokens(c.name + c.arguments_json) for c in calls)
    usage: dict[str, Any] = {
        "prompt_tokens": prompt_toks,
        "completion_tokens": completion,
        "total_tokens": prompt_toks + completion,
    }
    if behaviour.reasoning == "field":
        usage["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    return usage


def _think_split(behaviour: ModelBehaviour, turn: int) -> bool | None:
    if behaviour.reasoning != "think_tags":
        return None
    if behaviour.split_think_tags == "alternate":
        return turn % 2 == 1  # the 2nd, 4th, … request to the model gets split tags
    return behaviour.split_think_tags == "always"


async def chat_completions(request: web.Request) -> web.StreamResponse:
    return await answer_chat(request, await read_object(request))


Shape = Callable[[dict[str, Any]], dict[str, Any]]


async def answer_chat(
    request: web.Request, body: dict[str, Any], *, shape: Shape | None = None
) -> web.StreamResponse:
    """Answer an OpenAI-shaped chat request; ``shape`` rewrites a JSON answer into a vendor's
    own wire format (the vendor fakes in ``_vendors`` use it)."""
    state = request.app[STATE_KEY]
    model, messages, stream, max_tokens = _validate_chat(body)
    behaviour, admission, early = await begin(request, state, model, stream=stream)
    if early is not None:
        return early
    prompt = last_user_text(messages)
    calls = plan_calls(behaviour, body, "chat", admission.turn)
    reply = truncate(compose_reply(behaviour, prompt, admission.turn), max_tokens)
    if calls:  # a model that calls tools says nothing else in that turn
        reply = Reply(content="", reasoning=reply.reasoning)
    finish = "tool_calls" if calls else "length" if reply.truncated else "stop"
    usage = _usage(prompt_tokens(messages), reply, behaviour, calls)
    cid = _completion_id(model, admission.turn, prompt)
    created = int(time.time())
    if stream:
        opts = body.get("stream_options") or {}
        events = _chunks(
            cid, created, model, reply, finish, usage, behaviour, admission, opts, calls
        )
        return await send_stream(
            request,
            events,
            delay_ms=behaviour.chunk_delay_ms,
            fault=admission.fault,
            bad_event=_BAD_EVENT,
            done=_DONE,
        )
    message: dict[str, Any] = {"role": "assistant", "content": reply.content, "refusal": None}
    if calls:
        message["content"] = None
        message["tool_calls"] = [
            {
                "id": c.id,
                "type": "function",
                "function": {"name": c.name, "arguments": c.arguments_json},
            }
            for c in calls
        ]
    if behaviour.reasoning == "field":
        message["reasoning_content"] = reply.reasoning
    data = {
        "id": cid,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "system_fingerprint": FINGERPRINT,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": usage,
    }
    if shape is not None:
        data = shape(data)
    return await send_body(request, orjson.dumps(data), admission.fault)


def _chunks(
    cid: str,
    created: int,
    model: str,
    reply: Reply,
    finish: str,
    usage: dict[str, Any],
    behaviour: ModelBehaviour,
    admission: Admission,
    opts: dict[str, Any],
    calls: list[ToolCall],
) -> list[bytes]:
    include_usage = bool(opts.get("include_usage"))
    base: dict[str, Any] = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": FINGERPRINT,
    }
    if include_usage:
        base["usage"] = None  # OpenAI sends an explicit null on every chunk but the last

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return sse({**base, "choices": [choice]})

    events = [chunk({"role": "assistant", "content": ""})]
    split = _think_split(behaviour, admission.turn)
    for kind, piece in plan_pieces(reply, behaviour.chunk_chars, think_split=split):
        if kind == "reasoning":
            # DeepSeek sends content: null alongside each reasoning delta.
            events.append(chunk({"content": None, "reasoning_content": piece}))
        else:
            events.append(chunk({"content": piece}))
    for i, c in enumerate(calls):
        head = {"index": i, "id": c.id, "type": "function"}
        events.append(
            chunk({"tool_calls": [{**head, "function": {"name": c.name, "arguments": ""}}]})
        )
        for piece in chunk_text(c.arguments_json, behaviour.chunk_chars):
            events.append(chunk({"tool_calls": [{"index": i, "function": {"arguments": piece}}]}))
    events.append(chunk({}, finish))
    if include_usage:
        events.append(sse({**base, "choices": [], "usage": usage}))
    return events


def add_routes(app: web.Application) -> None:
    app.router.add_post("/v1/chat/completions", chat_completions)
