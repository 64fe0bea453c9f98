"""OpenAI Responses API (``POST /v1/responses``), JSON and SSE, for tests of a deployment that
speaks Responses natively.

Output items in the order OpenAI's reasoning models give them: a ``reasoning`` item (models with
``reasoning`` other than ``none``), a ``message`` with one ``output_text`` part, or
``function_call`` items when the model calls tools. The stream is ``response.created``,
``response.in_progress``, per item ``response.output_item.added`` (+ ``content_part.added``),
the deltas, the ``.done`` events, then ``response.completed`` with usage.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

import orjson
from aiohttp import web

from kanmon.simulator._text import (
    Reply,
    approx_tokens,
    chunk_text,
    compose_reply,
    content_text,
    truncate,
)
from kanmon.simulator._tools import ToolCall, plan_calls
from kanmon.simulator._wire import (
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

_BAD_EVENT = b'event: response.output_text.delta\ndata: {"type": "response.output_text.delta",\n\n'


def _inputs(body: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    raw = body.get("input")
    if isinstance(raw, str):
        items: list[dict[str, Any]] = [{"role": "user", "content": raw}]
    elif isinstance(raw, list) and all(isinstance(i, dict) for i in raw):
        items = raw
    else:
        raise SimRequestError(400, "Invalid 'input': expected a string or an array.", param="input")
    users = [i for i in items if i.get("role") == "user"]
    prompt = content_text(_plain(users[-1].get("content"))) if users else ""
    return items, prompt


def _plain(content: Any) -> Any:
    """``input_text`` parts as text parts (what ``content_text`` reads)."""
    if isinstance(content, list):
        return [{"text": p.get("text")} for p in content if isinstance(p, dict)]
    return content


def _prompt_tokens(body: dict[str, Any], items: list[dict[str, Any]]) -> int:
    total = approx_tokens(str(body.get("instructions") or ""))
    for i in items:
        text = content_text(_plain(i.get("content"))) or str(i.get("output") or "")
        total += approx_tokens(text) + 4
    return total


async def responses(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE_KEY]
    body = await read_object(request)
    model = require_model(body)
    items, prompt = _inputs(body)
    stream = body.get("stream") is True
    behaviour, admission, early = await begin(request, state, model, stream=stream)
    if early is not None:
        return early
    calls = plan_calls(behaviour, body, "responses", admission.turn)
    as_field = behaviour
    if behaviour.reasoning != "none":
        as_field = behaviour.model_copy(update={"reasoning": "field"})
    max_tokens = optional_int(body, "max_output_tokens")
    reply = truncate(compose_reply(as_field, prompt, admission.turn), max_tokens)
    if calls:
        reply = Reply(content="", reasoning=reply.reasoning)
    digest = hashlib.blake2b(
        f"{model}\0{admission.turn}\0{prompt}".encode(), digest_size=12
    ).hexdigest()
    out_tokens = approx_tokens(reply.content) + approx_tokens(reply.reasoning)
    out_tokens += sum(approx_tokens(c.name + c.arguments_json) for c in calls)
    in_tokens = _prompt_tokens(body, items)
    usage = {
        "input_tokens": in_tokens,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": out_tokens,
        "output_tokens_details": {"reasoning_tokens": approx_tokens(reply.reasoning)},
        "total_tokens": in_tokens + out_tokens,
    }
    resp: dict[str, Any] = {
        "id": f"resp_sim{digest}",
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "error": None,
        "incomplete_details": (
            {"reason": "max_output_tokens"} if reply.truncated and not calls else None
        ),
        "instructions": body.get("instructions"),
        "model": model,
        "output": _items(digest, reply, calls),
        "parallel_tool_calls": True,
        "tool_choice": body.get("tool_choice", "auto"),
        "tools": [
            {"strict": None, "parameters": None, **t} if t.get("type") == "function" else t
            for t in body.get("tools") or ()
            if isinstance(t, dict)
        ],
        "temperature": 1.0,
        "top_p": 1.0,
        "metadata": {},
        "usage": usage,
    }
    if resp["incomplete_details"]:
        resp["status"] = "incomplete"
    if stream:
        return await send_stream(
            request,
            _events(resp, behaviour.chunk_chars),
            delay_ms=behaviour.chunk_delay_ms,
            fault=admission.fault,
            bad_event=_BAD_EVENT,
        )
    return await send_body(request, orjson.dumps(resp), admission.fault)


def _items(digest: str, reply: Reply, calls: list[ToolCall]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if reply.reasoning:
        out.append(
            {
                "type": "reasoning",
                "id": f"rs_sim{digest}",
                "summary": [],
                "content": [{"type": "reasoning_text", "text": reply.reasoning}],
                "status": "completed",
            }
        )
    if reply.content or not calls:
        part = {"type": "output_text", "text": reply.content, "annotations": [], "logprobs": []}
        out.append(
            {
                "type": "message",
                "id": f"msg_sim{digest}",
                "status": "completed",
                "role": "assistant",
                "content": [part],
            }
        )
    for i, c in enumerate(calls):
        out.append(
            {
                "type": "function_call",
                "id": f"fc_sim{digest}_{i}",
                "call_id": c.id,
                "name": c.name,
                "arguments": c.arguments_json,
                "status": "completed",
            }
        )
    return out


def _events(resp: dict[str, Any], size: int) -> list[bytes]:
    seq = 0

    def ev(kind: str, **fields: Any) -> bytes:
        nonlocal seq
        data = {"type": kind, "sequence_number": seq, **fields}
        seq += 1
        return sse(data, kind)

    start = {k: v for k, v in resp.items() if k != "usage"}
    start.update(status="in_progress", output=[])
    events = [ev("response.created", response=start), ev("response.in_progress", response=start)]
    for n, item in enumerate(resp["output"]):
        kind = item["type"]
        common = {"item_id": item["id"], "output_index": n}
        if kind == "function_call":
            added = {**item, "arguments": "", "status": "in_progress"}
            events.append(ev("response.output_item.added", output_index=n, item=added))
            for piece in chunk_text(item["arguments"], size):
                events.append(ev("response.function_call_arguments.delta", delta=piece, **common))
            events.append(
                ev(
                    "response.function_call_arguments.done",
                    name=item["name"],
                    arguments=item["arguments"],
                    **common,
                )
            )
        else:
            part = item["content"][0]
            text = part["text"]
            empty = {**part, "text": ""}
            added = {**item, "content": [], "status": "in_progress"}
            events.append(ev("response.output_item.added", output_index=n, item=added))
            events.append(ev("response.content_part.added", content_index=0, part=empty, **common))
            delta = "response.reasoning_text" if kind == "reasoning" else "response.output_text"
            extra: dict[str, Any] = {} if kind == "reasoning" else {"logprobs": []}
            for piece in chunk_text(text, size):
                events.append(ev(f"{delta}.delta", content_index=0, delta=piece, **common, **extra))
            events.append(ev(f"{delta}.done", content_index=0, text=text, **common, **extra))
            events.append(ev("response.content_part.done", content_index=0, part=part, **common))
        events.append(ev("response.output_item.done", output_index=n, item=item))
    final = "response.completed" if resp["status"] == "completed" else "response.incomplete"
    events.append(ev(final, response=resp))
    return events


def add_routes(app: web.Application) -> None:
    app.router.add_post("/v1/responses", responses)
