"""Chat completions → OpenAI Responses, towards an upstream that speaks Responses (the adapter
``openai_responses``): the request one way, the answer the other. The mirror of
``_responses_in`` / ``_responses_out``, with the same sources."""

from __future__ import annotations

import time
from typing import Any

from kanmon.wire._common import JSON, obj

_SAME = ("model", "temperature", "top_p", "parallel_tool_calls", "user", "top_logprobs")


def chat_to_responses(chat: JSON) -> JSON:
    out: JSON = {k: chat[k] for k in _SAME if chat.get(k) is not None}
    instructions: list[str] = []
    items: list[JSON] = []
    for msg in chat.get("messages") or ():
        if not isinstance(msg, dict):
            continue
        role = msg.get("role")
        if role in ("system", "developer") and not items:
            instructions.append(_text(msg.get("content")))
        elif role in ("system", "developer", "user"):
            items.append({"role": role, "content": _parts(msg.get("content"))})
        elif role == "assistant":
            text = _text(msg.get("content"))
            if text:
                part = {"type": "output_text", "text": text}
                items.append({"type": "message", "role": "assistant", "content": [part]})
            for tc in msg.get("tool_calls") or ():
                fn = obj(obj(tc).get("function"))
                items.append(
                    {
                        "type": "function_call",
                        "call_id": obj(tc).get("id"),
                        "name": fn.get("name"),
                        "arguments": fn.get("arguments") or "{}",
                    }
                )
        elif role in ("tool", "function"):
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": msg.get("tool_call_id"),
                    "output": _text(msg.get("content")),
                }
            )
    if instructions:
        out["instructions"] = "\n\n".join(instructions)
    out["input"] = items
    tools = []
    for tool in chat.get("tools") or ():
        fn = obj(obj(tool).get("function"))
        if fn.get("name"):
            tools.append({"type": "function", **fn})
    if tools:
        out["tools"] = tools
    choice = chat.get("tool_choice")
    if isinstance(choice, dict):
        out["tool_choice"] = {"type": "function", "name": obj(choice.get("function")).get("name")}
    elif choice is not None:
        out["tool_choice"] = choice
    limit = chat.get("max_completion_tokens") or chat.get("max_tokens")
    if limit is not None:
        out["max_output_tokens"] = limit
    if isinstance(chat.get("reasoning_effort"), str):
        out["reasoning"] = {"effort": chat["reasoning_effort"]}
    fmt = obj(chat.get("response_format"))
    if fmt.get("type") == "json_object":
        out["text"] = {"format": {"type": "json_object"}}
    elif fmt.get("type") == "json_schema":
        out["text"] = {"format": {"type": "json_schema", **obj(fmt.get("json_schema"))}}
    if chat.get("stream"):
        out["stream"] = True
    out["store"] = False  # Kanmon keeps what it keeps (the audit log); the upstream keeps nothing
    return out


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text") or "") for p in content if isinstance(p, dict))
    return ""


def _parts(content: Any) -> Any:
    if not isinstance(content, list):
        return content if isinstance(content, str) else ""
    parts = []
    for p in content:
        if not isinstance(p, dict):
            continue
        if p.get("type") == "image_url":
            url = obj(p.get("image_url")).get("url")
            parts.append({"type": "input_image", "image_url": url, "detail": "auto"})
        else:
            parts.append({"type": "input_text", "text": str(p.get("text") or "")})
    return parts


def usage_from_responses(usage: Any) -> JSON:
    u = obj(usage)
    prompt = int(u.get("input_tokens") or 0)
    completion = int(u.get("output_tokens") or 0)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {
            "cached_tokens": int(obj(u.get("input_tokens_details")).get("cached_tokens") or 0)
        },
        "completion_tokens_details": {
            "reasoning_tokens": int(
                obj(u.get("output_tokens_details")).get("reasoning_tokens") or 0
            )
        },
    }


def finish_reason(resp: JSON, called: bool) -> str:
    reason = obj(resp.get("incomplete_details")).get("reason")
    if reason == "max_output_tokens":
        return "length"
    if reason == "content_filter":
        return "content_filter"
    return "tool_calls" if called else "stop"


def chat_from_response(resp: JSON) -> JSON:
    texts: list[str] = []
    reasoning: list[str] = []
    calls: list[JSON] = []
    for item in resp.get("output") or ():
        item = obj(item)
        kind = item.get("type")
        if kind == "message":
            for part in item.get("content") or ():
                part = obj(part)
                if part.get("type") == "output_text":
                    texts.append(str(part.get("text") or ""))
        elif kind == "reasoning":
            for part in [*(item.get("content") or ()), *(item.get("summary") or ())]:
                reasoning.append(str(obj(part).get("text") or ""))
        elif kind == "function_call":
            calls.append(
                {
                    "id": item.get("call_id"),
                    "type": "function",
                    "function": {
                        "name": item.get("name"),
                        "arguments": item.get("arguments") or "{}",
                    },
                }
            )
    message: JSON = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if reasoning:
        message["reasoning_content"] = "".join(reasoning)
    if calls:
        message["tool_calls"] = calls
    return {
        "id": resp.get("id"),
        "object": "chat.completion",
        "created": int(resp.get("created_at") or time.time()),
        "model": resp.get("model"),
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": finish_reason(resp, bool(calls)),
                "logprobs": None,
            }
        ],
        "usage": usage_from_responses(resp.get("usage")),
    }
