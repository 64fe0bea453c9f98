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

import orjson

from kanmon.wire._common import JSON, obj, parse_arguments
from kanmon.wire._sse import END, event, members, opening

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


_MESSAGE_START = opening("message_start")
_BLOCK_START = opening("content_block_start")
_BLOCK_DELTA = opening("content_block_delta")
_BLOCK_STOP = opening("content_block_stop")
_MESSAGE_DELTA = opening("message_delta")
_MESSAGE_STOP = opening("message_stop") + END
_DELTA_END = b"}" + END  # the delta object's brace, then the event's


@dataclass(slots=True)
class _Block:
    kind: str  # "thinking" | "text" | "tool_use"
    index: int
    signature: str = ""


class MessagesStream:
    """Chat chunks in, Anthropic events out (SSE bytes). One block is open at a time, as
    Anthropic streams them. A delta is spliced into its block's pre-serialised opening
    (``_sse`` says why); the golden files in ``tests/gateway/data/wire_golden`` hold the
    bytes."""

    def __init__(self, mid: str, model: str | None) -> None:
        self.mid = mid
        self.model = model or ""
        self.blocks = 0
        self.open: _Block | None = None
        #: The open thinking or text block's delta event up to its text.
        self.text_delta = b""
        #: chat tool-call index -> its block's delta event up to the arguments (a late delta
        #: of an earlier call still goes to that call's block)
        self.tool: dict[int, bytes] = {}
        self.finish_reason: str | None = None
        self.usage: Any = None
        self.has_tool_use = False

    def start(self) -> bytes:
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
        return _MESSAGE_START + b',"message":' + orjson.dumps(message) + END

    def _close(self) -> bytes:
        block, self.open = self.open, None
        if block is None:
            return b""
        out = b""
        if block.kind == "thinking":
            delta = {"type": "signature_delta", "signature": block.signature}
            out = _delta_head(block.index) + orjson.dumps(delta) + END
        return out + b'%b,"index":%d%b' % (_BLOCK_STOP, block.index, END)

    def _begin(self, kind: str, start: JSON) -> bytes:
        out = self._close()
        index = self.blocks
        self.open = _Block(kind, index)
        self.blocks += 1
        return out + b'%b,"index":%d,"content_block":%b%b' % (
            _BLOCK_START,
            index,
            orjson.dumps(start),
            END,
        )

    def feed(self, chunk: JSON) -> bytes:
        # Once per chunk of every stream: each value is read once, into a local.
        usage = chunk.get("usage")
        if usage:
            self.usage = usage
        out = b""
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict):
                continue
            index = choice.get("index")
            if index and int(index) != 0:
                continue
            delta = choice.get("delta")
            if delta and isinstance(delta, dict):
                out += self._deltas(delta)
            finish = choice.get("finish_reason")
            if finish:
                self.finish_reason = finish
        return out

    def _deltas(self, delta: JSON) -> bytes:
        out = b""
        text = delta.get("reasoning_content")
        if text and isinstance(text, str):
            if self.open is None or self.open.kind != "thinking":
                out += self._begin(
                    "thinking", {"type": "thinking", "thinking": "", "signature": ""}
                )
                head = _delta_head(self.blocks - 1)
                self.text_delta = head + b'{"type":"thinking_delta","thinking":'
            out += self.text_delta + orjson.dumps(text) + _DELTA_END
        for block in delta.get("thinking_blocks") or ():
            if isinstance(block, dict) and isinstance(block.get("signature"), str):
                if self.open is not None and self.open.kind == "thinking":
                    self.open.signature = block["signature"]
        text = delta.get("content")
        if text and isinstance(text, str):
            if self.open is None or self.open.kind != "text":
                out += self._begin("text", {"type": "text", "text": ""})
                self.text_delta = _delta_head(self.blocks - 1) + b'{"type":"text_delta","text":'
            out += self.text_delta + orjson.dumps(text) + _DELTA_END
        calls = delta.get("tool_calls")
        if calls:
            for tc in calls:
                if isinstance(tc, dict):
                    out += self._tool_delta(tc)
        return out

    def _tool_delta(self, tc: JSON) -> bytes:
        out = b""
        idx = int(tc.get("index") or 0)
        fn = tc.get("function")
        if not isinstance(fn, dict):
            fn = {}
        head = self.tool.get(idx)
        if head is None:
            start = {
                "type": "tool_use",
                "id": str(tc.get("id") or f"toolu_{self.mid[4:]}_{idx}"),
                "name": str(fn.get("name") or ""),
                "input": {},
            }
            out = self._begin("tool_use", start)
            head = _delta_head(self.blocks - 1) + b'{"type":"input_json_delta","partial_json":'
            self.tool[idx] = head
            self.has_tool_use = True
        args = fn.get("arguments")
        if isinstance(args, str) and args:
            out += head + orjson.dumps(args) + _DELTA_END
        return out

    def end(self) -> bytes:
        out = self._close()
        reason = STOP_REASONS.get(self.finish_reason or "", "end_turn")
        if self.has_tool_use and reason == "end_turn":
            reason = "tool_use"
        data = {
            "delta": {"stop_reason": reason, "stop_sequence": None},
            "usage": usage_of(self.usage),
        }
        return out + _MESSAGE_DELTA + b"," + members(data) + END + _MESSAGE_STOP

    @staticmethod
    def fail(kind: str, message: str) -> bytes:
        return event("error", {"type": "error", "error": {"type": kind, "message": message}})


def _delta_head(index: int) -> bytes:
    """A ``content_block_delta`` event of block ``index`` up to its delta object."""
    return b'%b,"index":%d,"delta":' % (_BLOCK_DELTA, index)
