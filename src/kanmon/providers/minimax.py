"""MiniMax (api.minimax.io / api.minimaxi.com), OpenAI-compatible chat for the M2.x models.

What this adapter relies on:

- By default M2.x puts its reasoning inline as ``<think>…</think>`` at the start of ``content``;
  with ``reasoning_split: true`` it comes separately as
  ``reasoning_details: [{"type": "reasoning.text", "text": ...}]``. The adapter asks for the
  split (deployment option ``reasoning_split``, default true) and normalises both shapes to
  ``reasoning_content``. https://platform.minimax.io/docs/api-reference/text-openai-api
- In streams the docs' example treats ``reasoning_details[].text`` as cumulative while the API
  has been observed sending increments; both are accepted (a text that extends everything seen
  so far is treated as cumulative). https://github.com/MiniMax-AI/MiniMax-M2/issues/95
- In multi-turn tool use the full reasoning must go back to the model. Kanmon's clients send it
  as ``reasoning_content``, so it is turned back into ``reasoning_details`` (split mode) or a
  leading ``<think>`` block (inline mode). https://platform.minimax.io/docs/api-reference/text-openai-api
- ``temperature`` and ``top_p`` must be in (0, 1] and values outside are an error: both are
  clamped, 0 becoming 0.01 (near-greedy) and anything above 1 becoming 1. ``n`` only supports 1.
  https://platform.minimax.io/docs/api-reference/text-chat ,
  https://docs.camel-ai.org/reference/camel.configs.minimax_config
- MiniMax can report failures with HTTP 200 and a non-zero ``base_resp.status_code``; those are
  raised as ``UpstreamHTTPError`` with the equivalent HTTP status so retries and fallback work.
  Streams are peeked at their first chunk so such a failure still counts as "before the first
  byte". https://platform.minimax.io/docs/api-reference/errorcode
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

import orjson

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._http import UpstreamHTTPError
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, ChunkStream, StreamNormaliser
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

#: MiniMax ``base_resp.status_code`` -> the HTTP status that means the same to the router.
_STATUS = {
    1000: 500,  # unknown error, "retry later"
    1001: 504,  # request timeout
    1002: 429,  # rate limit
    1004: 401,  # not authorised
    1008: 402,  # insufficient balance
    1024: 500,  # internal error
    1026: 400,  # input flagged by moderation
    1027: 400,  # output flagged by moderation
    1033: 500,  # system error
    1039: 429,  # token rate limit
    2013: 400,  # invalid parameters
    2049: 401,  # invalid API key
}
_MIN_SAMPLING = 0.01


@register(PROVIDERS)
class MiniMaxProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "minimax"
    legacy_max_tokens: ClassVar[bool] = True

    @property
    def _reasoning_split(self) -> bool:
        return self.deployment.options.get("reasoning_split", True) is not False

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = super().prepare_chat(body, stream=stream)
        if self._reasoning_split:
            out.setdefault("reasoning_split", True)
        n = out.get("n")
        if isinstance(n, int) and n > 1:
            raise BadRequestError(
                "MiniMax returns a single choice; use n=1.", code="unsupported_parameter", param="n"
            )
        out.pop("n", None)
        for key in ("temperature", "top_p"):
            value = out.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool):
                out[key] = min(max(float(value), _MIN_SAMPLING), 1.0)
        messages = out.get("messages")
        if isinstance(messages, list):
            split = out.get("reasoning_split") is True
            out["messages"] = [_reasoning_for_upstream(m, split) for m in messages]
        return out

    def normalise_response(self, data: JSON) -> JSON:
        _raise_base_resp(data)
        for choice in data.get("choices") or ():
            message = choice.get("message") if isinstance(choice, dict) else None
            if isinstance(message, dict):
                details = message.pop("reasoning_details", None)
                text = "".join(_detail_texts(details))
                if text:
                    message["reasoning_content"] = (message.get("reasoning_content") or "") + text
        return super().normalise_response(data)

    def stream_normaliser(self) -> StreamNormaliser:
        return _MiniMaxStream(super().stream_normaliser())

    async def open_stream(self, body: JSON) -> ChunkStream:
        stream = await super().open_stream(body)
        try:
            first = await anext(stream)
        except StopAsyncIteration:
            return _chain([], stream)
        except BaseException:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()
            raise
        return _chain([first], stream)


class _MiniMaxStream(StreamNormaliser):
    def __init__(self, inner: StreamNormaliser) -> None:
        self._inner = inner
        self._seen: dict[int, str] = {}  # reasoning text so far, per choice
        # Per choice, decided on the second piece and then kept: a short incremental piece can
        # look like a cumulative one by chance, and re-deciding each time would drop text.
        self._cumulative: dict[int, bool] = {}

    def feed(self, chunk: JSON) -> list[JSON]:
        _raise_base_resp(chunk)
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") if isinstance(choice, dict) else None
            if not isinstance(delta, dict) or "reasoning_details" not in delta:
                continue
            index = choice.get("index", 0)
            piece = ""
            for text in _detail_texts(delta.pop("reasoning_details")):
                seen = self._seen.get(index, "")
                if seen and index not in self._cumulative:
                    self._cumulative[index] = text.startswith(seen) and len(text) > len(seen)
                if self._cumulative.get(index):
                    new = text[len(seen) :] if text.startswith(seen) else text
                else:
                    new = text
                self._seen[index] = seen + new
                piece += new
            if piece:
                delta["reasoning_content"] = (delta.get("reasoning_content") or "") + piece
        return self._inner.feed(chunk)

    def finish(self) -> list[JSON]:
        return self._inner.finish()


def _reasoning_for_upstream(message: Any, split: bool) -> Any:
    if not isinstance(message, dict) or message.get("role") != "assistant":
        return message
    trace = message.get("reasoning_content")
    if not isinstance(trace, str) or not trace:
        return message
    out = {k: v for k, v in message.items() if k != "reasoning_content"}
    if split:
        out["reasoning_details"] = [{"type": "reasoning.text", "text": trace}]
    else:
        block = f"<think>\n{trace}\n</think>\n\n"
        content = out.get("content")
        if isinstance(content, list):
            out["content"] = [{"type": "text", "text": block}, *content]
        else:
            out["content"] = block + (content if isinstance(content, str) else "")
    return out


def _detail_texts(details: Any) -> list[str]:
    if not isinstance(details, list):
        return []
    return [d["text"] for d in details if isinstance(d, dict) and isinstance(d.get("text"), str)]


def _raise_base_resp(data: JSON) -> None:
    base = data.get("base_resp")
    if not isinstance(base, dict):
        return
    code = base.get("status_code")
    if not isinstance(code, int) or code == 0:
        return
    status = _STATUS.get(code, 400 if code >= 2000 else 502)
    # OpenAI's error shape, so whoever reports the failure finds MiniMax's message in it.
    error = {"message": str(base.get("status_msg") or ""), "type": "minimax_error", "code": code}
    raise UpstreamHTTPError(status, orjson.dumps({"error": error}))


async def _chain(head: list[JSON], rest: ChunkStream) -> AsyncIterator[JSON]:
    try:
        for chunk in head:
            yield chunk
        async for chunk in rest:
            yield chunk
    finally:
        aclose = getattr(rest, "aclose", None)
        if aclose is not None:
            await aclose()
