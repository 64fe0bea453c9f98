"""Chat completion → an OpenAI Responses ``response`` object, and the parts of it that the event
stream (``_responses_events``) writes too.

The shapes are those of the OpenAI OpenAPI document (``Response``, ``OutputMessage``,
``FunctionToolCall``, ``ReasoningItem``, ``ResponseUsage`` and every ``Response*Event``); the
test suite validates what is written here against that document.

Stream order (https://platform.openai.com/docs/api-reference/responses-streaming):
``response.created``, ``response.in_progress``; per output item ``response.output_item.added``,
for text and reasoning ``response.content_part.added``, the deltas
(``response.output_text.delta``, ``response.reasoning_text.delta``,
``response.function_call_arguments.delta``), their ``.done`` events,
``response.content_part.done`` and ``response.output_item.done``; then ``response.completed``
(or ``response.incomplete``) with the whole response and its usage. A stream that breaks ends
with ``error`` and ``response.failed``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import orjson

from kanmon.wire._common import JSON, obj, suffix

_FINISH_INCOMPLETE = {"length": "max_output_tokens", "content_filter": "content_filter"}


def response_id(request_id: str) -> str:
    return "resp_" + suffix(request_id)


@dataclass(slots=True)
class ResponseShell:
    """What a response echoes of its request, and its identity."""

    id: str
    request: JSON
    created_at: int = field(default_factory=lambda: int(time.time()))

    def envelope(self, model: str | None, status: str) -> JSON:
        """The ``response`` object before its output: its keys in the order OpenAI writes them
        (the stream writer splices the same three parts)."""
        return {
            **self.identity(),
            "status": status,
            "completed_at": None,
            "error": None,
            "incomplete_details": None,
            **self.echo_before_model(),
            "model": model or self.request.get("model") or "",
            "output": [],
            **self.echo_after_output(),
        }

    def identity(self) -> JSON:
        return {"id": self.id, "object": "response", "created_at": self.created_at}

    def echo_before_model(self) -> JSON:
        r = self.request
        return {
            "instructions": r.get("instructions"),
            "max_output_tokens": r.get("max_output_tokens"),
        }

    def echo_after_output(self) -> JSON:
        r = self.request
        text = r.get("text") if isinstance(r.get("text"), dict) else {"format": {"type": "text"}}
        reasoning = obj(r.get("reasoning"))
        out: JSON = {
            "parallel_tool_calls": r.get("parallel_tool_calls", True),
            "previous_response_id": r.get("previous_response_id"),
            "reasoning": {
                "effort": reasoning.get("effort"),
                "summary": reasoning.get("summary"),
            },
            "store": bool(r.get("store", False)),
            "temperature": r.get("temperature", 1.0),
            "text": text,
            "tool_choice": r.get("tool_choice", "auto"),
            "tools": [_tool(t) for t in r.get("tools") or () if isinstance(t, dict)],
            "top_p": r.get("top_p", 1.0),
            "truncation": r.get("truncation") or "disabled",
            "metadata": r.get("metadata") or {},
        }
        if isinstance(r.get("user"), str):
            out["user"] = r["user"]
        return out


def _tool(tool: JSON) -> JSON:
    """A function tool as the response echoes it: ``strict`` and ``parameters`` always there
    (null when the request left them out)."""
    if tool.get("type") != "function":
        return tool
    return {"strict": None, "parameters": None, **tool}


def usage_of(usage: Any) -> JSON:
    u = obj(usage)
    prompt = int(u.get("prompt_tokens") or 0)
    completion = int(u.get("completion_tokens") or 0)
    cached = int((u.get("prompt_tokens_details") or {}).get("cached_tokens") or 0)
    reasoning = int((u.get("completion_tokens_details") or {}).get("reasoning_tokens") or 0)
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": reasoning},
        "total_tokens": int(u.get("total_tokens") or prompt + completion),
    }


def outcome(finish_reason: str | None) -> tuple[str, int | None, JSON | None]:
    """``status``, ``completed_at`` and ``incomplete_details`` of a response that ended with
    this chat finish reason."""
    reason = _FINISH_INCOMPLETE.get(finish_reason or "")
    if reason is not None:
        return "incomplete", None, {"reason": reason}
    return "completed", int(time.time()), None


#: A text, or its JSON already serialised (the stream writer serialises an item's text once
#: and splices it wherever the text repeats).
Text = str | orjson.Fragment


def text_part(text: Text) -> JSON:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def reasoning_item(item_id: str, text: Text, status: str) -> JSON:
    content = [{"type": "reasoning_text", "text": text}] if text else []
    return {"type": "reasoning", "id": item_id, "summary": [], "content": content, "status": status}


def message_item(item_id: str, parts: list[JSON], status: str) -> JSON:
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": parts,
    }


def call_item(item_id: str, call_id: str, name: str, arguments: str, status: str) -> JSON:
    return {
        "type": "function_call",
        "id": item_id,
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def response_from_chat(shell: ResponseShell, chat: JSON) -> JSON:
    """The Responses object of a chat completion (its first choice)."""
    resp = shell.envelope(chat.get("model"), "completed")
    base = shell.id.removeprefix("resp_")
    choices = chat.get("choices") or [{}]
    choice = obj(choices[0])
    msg = obj(choice.get("message"))
    output: list[JSON] = []
    reasoning = msg.get("reasoning_content")
    if isinstance(reasoning, str) and reasoning:
        output.append(reasoning_item(f"rs_{base}", reasoning, "completed"))
    parts: list[JSON] = []
    if isinstance(msg.get("content"), str) and msg["content"]:
        parts.append(text_part(msg["content"]))
    if isinstance(msg.get("refusal"), str) and msg["refusal"]:
        parts.append({"type": "refusal", "refusal": msg["refusal"]})
    if parts:
        output.append(message_item(f"msg_{base}", parts, "completed"))
    for i, tc in enumerate(msg.get("tool_calls") or ()):
        fn = tc.get("function") if isinstance(tc, dict) else None
        if not isinstance(fn, dict):
            continue
        call_id = str(tc.get("id") or f"call_{base}_{i}")
        args = fn["arguments"] if isinstance(fn.get("arguments"), str) else "{}"
        output.append(call_item(f"fc_{base}_{i}", call_id, str(fn.get("name") or ""), args,
                                 "completed"))  # fmt: skip
    resp["output"] = output
    resp["usage"] = usage_of(chat.get("usage"))
    resp["status"], resp["completed_at"], resp["incomplete_details"] = outcome(
        choice.get("finish_reason")
    )
    return resp
