"""Chat completion (or its chunks) → an Anthropic ``message`` (or its stream events).

Sources (https://docs.anthropic.com/en/...): api/messages (the message object, stop_reason,
usage), docs/build-with-claude/streaming (``message_start``, ``content_block_start`` /
``content_block_delta`` / ``content_block_stop`` per block, ``message_delta`` with the stop
reason and usage, ``message_stop``; ``error`` events mid-stream).

Reasoning becomes a ``thinking`` block (with the upstream's signature when an Anthropic
upstream sent one, else an empty one: only Anthropic can check it); tool calls become
``tool_use`` blocks whose ``input`` is the parsed arguments. Usage arrives from chat at the end
of the stream, so ``message_start`` reports zero tokens and ``message_delta`` the real counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kanmon.wire._common import JSON, obj, parse_arguments

STOP_REASONS = {
    "stop": "end_turn",
    "length": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "content_filter": "refusal",
}


def message_id(request_id: str) -> str:
    return "msg_" + (request_id[4:] if request_id.startswith("req_") else request_id)


def usage_of(usage: Any) -> JSON:
    u = obj(usage)
    cached = int((u.get("prompt_tokens_details") or {}).get("cached_tokens") or 0)
    return {
        "input_tokens": max(int(u.get("prompt_tokens") or 0) - cached, 0),
        "output_tokens": int(u.get("completion_tokens") or 0),
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": cached,
    }


def _thinking_blocks(msg: JSON) -> list[JSON]:
    signed = msg.get("thinking_blocks")
    if isinstance(signed, list) and signed:
        return [b for b in signed if isinstance(b, dict)]
    text = msg.get("reasoning_content")
    if isinstance(text, str) and text:
        return [{"type": "thinking", "thinking": text, "signature": ""}]
    return []


def message_from_chat(mid: str, model: str | None, chat: JSON) -> JSON:
    choices = chat.get("choices") or [{}]
    choice = obj(choices[0])
    msg = obj(choice.get("message"))
    content: list[JSON] = _thinking_blocks(msg)
    if isinstance(msg.get("content"), str) and msg["content"]:
        content.append({"type": "text", "text": msg["content"]})
    for i, tc in enumerate(msg.get("tool_calls") or ()):
        fn = tc.get("function") if isinstance(tc, dict) else None
        if isinstance(fn, dict):
            content.append(
                {
                    "type": "tool_use",
                    "id": str(tc.get("id") or f"toolu_{i}"),
                    "name": str(fn.get("name") or ""),
                    "input": parse_arguments(fn.get("arguments")),
                }
            )
    return {
        "id": mid,
        "type": "message",
        "role": "assistant",
        "model": model or chat.get("model") or "",
        "content": content,
        "stop_reason": STOP_REASONS.get(choice.get("finish_reason") or "", "end_turn"),
        "stop_sequence": None,
        "usage": usage_of(chat.get("usage")),
    }


@dataclass(slots=True)
class _Block:
    kind: str  # "thinking" | "text" | "tool_use"
    index: int
    signature: str = ""


class MessagesStream:
    """Chat chunks in, Anthropic events out: ``(event name, data)`` pairs. One block is open
    at a time, as Anthropic streams them."""

    def __init__(self, mid: str, model: str | None) -> None:
        self.mid = mid
        self.model = model or ""
        self.blocks = 0
        self.open: _Block | None = None
        self.tool: dict[int, int] = {}  # chat tool-call index -> block index
        self.finish_reason: str | None = None
        self.usage: Any = None
        self.has_tool_use = False

    def start(self) -> list[tuple[str, JSON]]:
        message: JSON = {
            "id": self.mid,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return [("message_start", {"type": "message_start", "message": message})]

    def _close(self) -> list[tuple[str, JSON]]:
        block, self.open = self.open, None
        if block is None:
            return []
        out: list[tuple[str, JSON]] = []
        if block.kind == "thinking":
            delta = {"type": "signature_delta", "signature": block.signature}
            out.append(_delta(block.index, delta))
        out.append(("content_block_stop", {"type": "content_block_stop", "index": block.index}))
        return out

    def _begin(self, kind: str, start: JSON) -> list[tuple[str, JSON]]:
        out = self._close()
        self.open = _Block(kind, self.blocks)
        self.blocks += 1
        data = {"type": "content_block_start", "index": self.open.index, "content_block": start}
        out.append(("content_block_start", data))
        return out

    def feed(self, chunk: JSON) -> list[tuple[str, JSON]]:
        out: list[tuple[str, JSON]] = []
        if chunk.get("usage"):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict) or int(choice.get("index") or 0) != 0:
                continue
            delta = obj(choice.get("delta"))
            text = delta.get("reasoning_content")
            if isinstance(text, str) and text:
                if self.open is None or self.open.kind != "thinking":
                    out += self._begin(
                        "thinking", {"type": "thinking", "thinking": "", "signature": ""}
                    )
                out.append(_delta(self.blocks - 1, {"type": "thinking_delta", "thinking": text}))
            for block in delta.get("thinking_blocks") or ():
                if isinstance(block, dict) and isinstance(block.get("signature"), str):
                    if self.open is not None and self.open.kind == "thinking":
                        self.open.signature = block["signature"]
            text = delta.get("content")
            if isinstance(text, str) and text:
                if self.open is None or self.open.kind != "text":
                    out += self._begin("text", {"type": "text", "text": ""})
                out.append(_delta(self.blocks - 1, {"type": "text_delta", "text": text}))
            for tc in delta.get("tool_calls") or ():
                if isinstance(tc, dict):
                    out += self._tool_delta(tc)
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
        return out

    def _tool_delta(self, tc: JSON) -> list[tuple[str, JSON]]:
        out: list[tuple[str, JSON]] = []
        idx = int(tc.get("index") or 0)
        fn = obj(tc.get("function"))
        block = self.tool.get(idx)
        if block is None:  # a late delta of an earlier call still carries its block index
            start = {
                "type": "tool_use",
                "id": str(tc.get("id") or f"toolu_{self.mid[4:]}_{idx}"),
                "name": str(fn.get("name") or ""),
                "input": {},
            }
            out += self._begin("tool_use", start)
            self.tool[idx] = self.blocks - 1
            self.has_tool_use = True
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            out.append(_delta(self.tool[idx], {"type": "input_json_delta", "partial_json": args}))
        return out

    def end(self) -> list[tuple[str, JSON]]:
        out = self._close()
        reason = STOP_REASONS.get(self.finish_reason or "", "end_turn")
        if self.has_tool_use and reason == "end_turn":
            reason = "tool_use"
        usage = usage_of(self.usage)
        out.append(
            (
                "message_delta",
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": reason, "stop_sequence": None},
                    "usage": usage,
                },
            )
        )
        out.append(("message_stop", {"type": "message_stop"}))
        return out

    @staticmethod
    def fail(kind: str, message: str) -> list[tuple[str, JSON]]:
        return [("error", {"type": "error", "error": {"type": kind, "message": message}})]


def _delta(index: int, delta: JSON) -> tuple[str, JSON]:
    return ("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta})
