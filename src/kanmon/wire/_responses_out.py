"""Chat completion (or its chunks) → an OpenAI Responses ``response`` object (or its events).

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
        r = self.request
        text = r.get("text") if isinstance(r.get("text"), dict) else {"format": {"type": "text"}}
        reasoning = obj(r.get("reasoning"))
        out: JSON = {
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "status": status,
            "completed_at": None,
            "error": None,
            "incomplete_details": None,
            "instructions": r.get("instructions"),
            "max_output_tokens": r.get("max_output_tokens"),
            "model": model or r.get("model") or "",
            "output": [],
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


def _finish(resp: JSON, finish_reason: str | None) -> None:
    reason = _FINISH_INCOMPLETE.get(finish_reason or "")
    if reason is not None:
        resp["status"] = "incomplete"
        resp["incomplete_details"] = {"reason": reason}
    else:
        resp["status"] = "completed"
        resp["completed_at"] = int(time.time())


def _text_part(text: str) -> JSON:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def _reasoning_item(item_id: str, text: str, status: str) -> JSON:
    content = [{"type": "reasoning_text", "text": text}] if text else []
    return {"type": "reasoning", "id": item_id, "summary": [], "content": content, "status": status}


def _message_item(item_id: str, parts: list[JSON], status: str) -> JSON:
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": parts,
    }


def _call_item(item_id: str, call_id: str, name: str, arguments: str, status: str) -> JSON:
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
        output.append(_reasoning_item(f"rs_{base}", reasoning, "completed"))
    parts: list[JSON] = []
    if isinstance(msg.get("content"), str) and msg["content"]:
        parts.append(_text_part(msg["content"]))
    if isinstance(msg.get("refusal"), str) and msg["refusal"]:
        parts.append({"type": "refusal", "refusal": msg["refusal"]})
    if parts:
        output.append(_message_item(f"msg_{base}", parts, "completed"))
    for i, tc in enumerate(msg.get("tool_calls") or ()):
        fn = tc.get("function") if isinstance(tc, dict) else None
        if not isinstance(fn, dict):
            continue
        call_id = str(tc.get("id") or f"call_{base}_{i}")
        args = fn["arguments"] if isinstance(fn.get("arguments"), str) else "{}"
        output.append(_call_item(f"fc_{base}_{i}", call_id, str(fn.get("name") or ""), args,
                                 "completed"))  # fmt: skip
    resp["output"] = output
    resp["usage"] = usage_of(chat.get("usage"))
    _finish(resp, choice.get("finish_reason"))
    return resp


@dataclass(slots=True)
class _Item:
    kind: str  # "reasoning" | "message" | "function_call"
    index: int
    id: str
    text: str = ""
    call_id: str = ""
    name: str = ""


class ResponsesStream:
    """Chat chunks in, Responses events out (each a dict with ``type`` and
    ``sequence_number``). One text or reasoning item is open at a time; tool calls stay open
    until the stream ends, since chat streams may interleave their argument deltas."""

    def __init__(self, shell: ResponseShell) -> None:
        self.shell = shell
        self.base = shell.id.removeprefix("resp_")
        self.seq = 0
        self.model: str | None = shell.request.get("model")
        self.items: list[_Item] = []
        self.open: _Item | None = None  # the reasoning or message item receiving deltas
        self.calls: dict[int, _Item] = {}  # chat tool-call index -> open function_call item
        self.done_items: dict[int, JSON] = {}
        self.finish_reason: str | None = None
        self.usage: Any = None

    def _ev(self, kind: str, **fields: Any) -> JSON:
        ev = {"type": kind, "sequence_number": self.seq, **fields}
        self.seq += 1
        return ev

    def start(self) -> list[JSON]:
        resp = self.shell.envelope(self.model, "in_progress")
        return [
            self._ev("response.created", response=resp),
            self._ev("response.in_progress", response=resp),
        ]

    # -- items -----------------------------------------------------------------------------

    def _new(self, kind: str, prefix: str) -> _Item:
        item = _Item(kind, len(self.items), f"{prefix}_{self.base}_{len(self.items)}")
        self.items.append(item)
        return item

    def _open_text(self, kind: str) -> list[JSON]:
        if self.open is not None and self.open.kind == kind:
            return []
        out = self._close_open()
        if kind == "reasoning":
            item = self._new("reasoning", "rs")
            added = _reasoning_item(item.id, "", "in_progress")
            part: JSON = {"type": "reasoning_text", "text": ""}
        else:
            item = self._new("message", "msg")
            added = _message_item(item.id, [], "in_progress")
            part = _text_part("")
        self.open = item
        out.append(self._ev("response.output_item.added", output_index=item.index, item=added))
        out.append(
            self._ev(
                "response.content_part.added",
                item_id=item.id,
                output_index=item.index,
                content_index=0,
                part=part,
            )
        )
        return out

    def _close_open(self) -> list[JSON]:
        item, self.open = self.open, None
        if item is None:
            return []
        common = {"item_id": item.id, "output_index": item.index, "content_index": 0}
        if item.kind == "reasoning":
            done = _reasoning_item(item.id, item.text, "completed")
            part: JSON = {"type": "reasoning_text", "text": item.text}
            out = [self._ev("response.reasoning_text.done", text=item.text, **common)]
        else:
            part = _text_part(item.text)
            done = _message_item(item.id, [part], "completed")
            out = [self._ev("response.output_text.done", text=item.text, logprobs=[], **common)]
        out.append(self._ev("response.content_part.done", part=part, **common))
        out.append(self._ev("response.output_item.done", output_index=item.index, item=done))
        self.done_items[item.index] = done
        return out

    def _close_call(self, item: _Item) -> list[JSON]:
        done = _call_item(item.id, item.call_id, item.name, item.text, "completed")
        self.done_items[item.index] = done
        return [
            self._ev(
                "response.function_call_arguments.done",
                item_id=item.id,
                output_index=item.index,
                name=item.name,
                arguments=item.text,
            ),
            self._ev("response.output_item.done", output_index=item.index, item=done),
        ]

    # -- chunks ----------------------------------------------------------------------------

    def feed(self, chunk: JSON) -> list[JSON]:
        out: list[JSON] = []
        if chunk.get("model"):
            self.model = chunk["model"]
        if chunk.get("usage"):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict) or int(choice.get("index") or 0) != 0:
                continue
            delta = obj(choice.get("delta"))
            text = delta.get("reasoning_content")
            if isinstance(text, str) and text:
                out += self._open_text("reasoning")
                assert self.open is not None
                self.open.text += text
                out.append(self._delta("response.reasoning_text.delta", self.open, text))
            text = delta.get("content")
            if isinstance(text, str) and text:
                out += self._open_text("message")
                assert self.open is not None
                self.open.text += text
                out.append(self._delta("response.output_text.delta", self.open, text, True))
            for tc in delta.get("tool_calls") or ():
                if isinstance(tc, dict):
                    out += self._call_delta(tc)
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return out

    def _delta(self, kind: str, item: _Item, text: str, logprobs: bool = False) -> JSON:
        extra: JSON = {"logprobs": []} if logprobs else {}
        return self._ev(
            kind, item_id=item.id, output_index=item.index, content_index=0, delta=text, **extra
        )

    def _call_delta(self, tc: JSON) -> list[JSON]:
        out: list[JSON] = []
        idx = int(tc.get("index") or 0)
        fn = obj(tc.get("function"))
        item = self.calls.get(idx)
        if item is None:
            out += self._close_open()
            item = self._new("function_call", "fc")
            item.call_id = str(tc.get("id") or f"call_{self.base}_{idx}")
            item.name = str(fn.get("name") or "")
            self.calls[idx] = item
            added = _call_item(item.id, item.call_id, item.name, "", "in_progress")
            out.append(self._ev("response.output_item.added", output_index=item.index, item=added))
        elif fn.get("name") and not item.name:
            item.name = str(fn["name"])
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            item.text += args
            out.append(
                self._ev(
                    "response.function_call_arguments.delta",
                    item_id=item.id,
                    output_index=item.index,
                    delta=args,
                )
            )
        return out

    def end(self) -> list[JSON]:
        """The events after the last chunk: every open item closed, then the response."""
        out = self._close_open()
        for item in sorted(self.calls.values(), key=lambda i: i.index):
            out += self._close_call(item)
        self.calls.clear()
        resp = self.shell.envelope(self.model, "completed")
        resp["output"] = [self.done_items[i] for i in sorted(self.done_items)]
        resp["usage"] = usage_of(self.usage)
        _finish(resp, self.finish_reason)
        kind = "response.completed" if resp["status"] == "completed" else "response.incomplete"
        out.append(self._ev(kind, response=resp))
        return out

    def fail(self, code: str | None, message: str) -> list[JSON]:
        """The stream broke (upstream, or the output policy cut it): an ``error`` event, then
        ``response.failed`` with what was delivered."""
        out = [self._ev("error", code=code, message=message, param=None)]
        resp = self.shell.envelope(self.model, "failed")
        resp["output"] = [self.done_items[i] for i in sorted(self.done_items)]
        resp["error"] = {"code": "server_error", "message": message}
        out.append(self._ev("response.failed", response=resp))
        return out
