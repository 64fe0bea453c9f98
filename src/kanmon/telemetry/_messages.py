"""Prompt and completion in the GenAI conventions' message shape (``gen_ai.input.messages``,
``gen_ai.output.messages``: a role and its parts). Only built when the request's content mode
lets its content leave the gateway in the clear."""

from __future__ import annotations

from typing import Any

import orjson


def _text_parts(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "content": content}] if content else []
    parts: list[dict[str, Any]] = []
    if isinstance(content, list):
        for p in content:
            if isinstance(p, dict) and isinstance(p.get("text"), str):
                parts.append({"type": "text", "content": p["text"]})
    return parts


def _call_parts(calls: Any) -> list[dict[str, Any]]:
    parts: list[dict[str, Any]] = []
    for c in calls if isinstance(calls, list) else ():
        fn = c.get("function") if isinstance(c, dict) else None
        if isinstance(fn, dict):
            parts.append(
                {
                    "type": "tool_call",
                    "id": c.get("id"),
                    "name": fn.get("name"),
                    "arguments": fn.get("arguments"),
                }
            )
    return parts


def input_messages(body: dict[str, Any] | None) -> str | None:
    """The request's messages as the upstream got them (after any redaction)."""
    messages = (body or {}).get("messages")
    if not isinstance(messages, list):
        return None
    out = []
    for m in messages:
        if not isinstance(m, dict):
            continue
        role = m.get("role")
        if role == "tool":
            result = m.get("content")
            parts: list[dict[str, Any]] = [
                {"type": "tool_call_response", "id": m.get("tool_call_id"), "result": result}
            ]
        else:
            parts = _text_parts(m.get("content")) + _call_parts(m.get("tool_calls"))
        out.append({"role": role, "parts": parts})
    return orjson.dumps(out).decode()


def output_messages(response: Any) -> str | None:
    """The answer as the caller got it: a completion's choices, or a stream's chunks joined
    per choice."""
    out: list[dict[str, Any]] = []
    if isinstance(response, dict):
        for choice in response.get("choices") or ():
            msg = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(msg, dict):
                out.append(
                    {
                        "role": msg.get("role") or "assistant",
                        "parts": _text_parts(msg.get("content"))
                        + _call_parts(msg.get("tool_calls")),
                        "finish_reason": choice.get("finish_reason"),
                    }
                )
    elif isinstance(response, list):
        text: dict[int, list[str]] = {}
        finish: dict[int, Any] = {}
        for chunk in response:
            for choice in chunk.get("choices") or () if isinstance(chunk, dict) else ():
                if not isinstance(choice, dict):
                    continue
                i = choice.get("index") or 0
                delta = choice.get("delta")
                if isinstance(delta, dict) and isinstance(delta.get("content"), str):
                    text.setdefault(i, []).append(delta["content"])
                if choice.get("finish_reason"):
                    finish[i] = choice["finish_reason"]
        for i in sorted(text.keys() | finish.keys()):
            out.append(
                {
                    "role": "assistant",
                    "parts": _text_parts("".join(text.get(i, ()))),
                    "finish_reason": finish.get(i),
                }
            )
    else:
        return None
    return orjson.dumps(out).decode()
