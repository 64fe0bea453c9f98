"""Anthropic's native Messages API, spoken as OpenAI Chat Completions towards Kanmon.

``POST {base}/messages`` (base usually ``https://api.anthropic.com/v1``) with ``x-api-key`` and
``anthropic-version: 2023-06-01``. https://docs.anthropic.com/en/api/messages ,
https://docs.anthropic.com/en/api/versioning. Request and answer translation, with sources,
live in ``_anthropic_translate``; the event stream is translated here.

- ``max_tokens`` is required by Anthropic: the caller's ``max_completion_tokens``/``max_tokens``,
  else deployment option ``max_tokens``, else 4096.
- Streams are typed SSE events (``event:`` + ``data:``); every ``data`` carries its ``type``,
  so the shared reader's data-only view is enough to dispatch on. ``error`` events and a stream
  that ends without ``message_stop`` raise ``UpstreamProtocolError``; event types unknown here
  are skipped, as Anthropic's versioning policy asks.
  https://docs.anthropic.com/en/docs/build-with-claude/streaming
- OpenAI-only fields (``stream_options``, penalties, ``seed``, ``logprobs``...) are never sent:
  the request is rebuilt from the fields that have an Anthropic meaning. Anthropic always
  reports usage (input in ``message_start``, output in ``message_delta``), so the final usage
  chunk the base class asks for is produced locally.
- Anthropic has no embeddings endpoint: ``embeddings`` raises ``BadRequestError``
  (``unsupported_endpoint``). https://docs.anthropic.com/en/docs/build-with-claude/embeddings

Deployment options: ``max_tokens`` (default output cap), ``thinking_budget`` (turns extended
thinking on by default), ``anthropic_version``, ``anthropic_beta`` (sent as ``anthropic-beta``).
"""

from __future__ import annotations

import time
from typing import ClassVar

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._anthropic_translate import (
    FINISH_REASONS,
    from_anthropic,
    to_anthropic,
    usage_to_openai,
)
from kanmon.providers._http import UpstreamProtocolError
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, Provider, StreamNormaliser
from kanmon.wire import ANTHROPIC_EXTRAS

API_VERSION = "2023-06-01"
DEFAULT_MAX_TOKENS = 4096


@register(PROVIDERS)
class AnthropicProvider(Provider):
    api: ClassVar[str] = "anthropic"
    chat_path: ClassVar[str] = "/messages"

    def build_headers(self, api_key: str | None) -> dict[str, str]:
        options = self.deployment.options
        version = options.get("anthropic_version")
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "anthropic-version": version if isinstance(version, str) else API_VERSION,
        }
        beta = options.get("anthropic_beta")
        if isinstance(beta, str) and beta:
            headers["anthropic-beta"] = beta
        if api_key:
            headers["x-api-key"] = api_key
        return headers

    def wire_extras(self, body: JSON) -> JSON:
        """An Anthropic upstream takes a Messages request's ``thinking`` and ``top_k`` (and
        the signed ``thinking_blocks``, which ``to_anthropic`` sends back first)."""
        extras = body.get(ANTHROPIC_EXTRAS)
        if extras is None:
            return body
        out = {k: v for k, v in body.items() if k != ANTHROPIC_EXTRAS}
        return {**out, **extras} if isinstance(extras, dict) else out

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        options = self.deployment.options
        return to_anthropic(
            body,
            model=str(body.get("model") or self.deployment.model_alias),
            default_max_tokens=_positive_int(options.get("max_tokens")) or DEFAULT_MAX_TOKENS,
            thinking_budget=_positive_int(options.get("thinking_budget")),
            stream=stream,
        )

    def normalise_response(self, data: JSON) -> JSON:
        return from_anthropic(data)

    def stream_normaliser(self) -> StreamNormaliser:
        return AnthropicStreamNormaliser(include_usage=self.request_stream_usage)

    async def embeddings(self, body: JSON) -> JSON:
        raise BadRequestError(
            f"Deployment {self.deployment.id!r} speaks Anthropic's API, which has no embeddings "
            "endpoint; route embeddings to another model.",
            code="unsupported_endpoint",
        )


class AnthropicStreamNormaliser(StreamNormaliser):
    """Turns Anthropic's typed events into OpenAI chunks, dispatching on the JSON ``type``."""

    def __init__(self, *, include_usage: bool) -> None:
        self._include_usage = include_usage
        self._id = ""
        self._model = ""
        self._created = int(time.time())
        self._usage: JSON = {}
        self._tool_index: dict[int, int] = {}  # content block index -> OpenAI tool_calls index
        self._thinking: dict[int, JSON] = {}  # content block index -> signed block being built
        self._stopped = False

    def feed(self, chunk: JSON) -> list[JSON]:
        kind = chunk.get("type")
        index = chunk.get("index", 0)
        if kind == "message_start":
            message = chunk.get("message") or {}
            self._id = message.get("id") or ""
            self._model = message.get("model") or ""
            self._usage.update(message.get("usage") or {})
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "content_block_start":
            return self._block_start(index, chunk.get("content_block") or {})
        if kind == "content_block_delta":
            return self._block_delta(index, chunk.get("delta") or {})
        if kind == "content_block_stop":
            block = self._thinking.pop(index, None)
            return [self._chunk({"thinking_blocks": [block]})] if block else []
        if kind == "message_delta":
            # Usage here is cumulative and may repeat input counts: later values win.
            self._usage.update(chunk.get("usage") or {})
            reason = (chunk.get("delta") or {}).get("stop_reason")
            if reason is None:
                return []
            return [self._chunk({}, FINISH_REASONS.get(reason, "stop"))]
        if kind == "message_stop":
            self._stopped = True
            if not self._include_usage:
                return []
            usage_chunk = self._chunk({})
            usage_chunk["choices"] = []
            usage_chunk["usage"] = usage_to_openai(self._usage)
            return [usage_chunk]
        if kind == "error":
            error = chunk.get("error") or {}
            raise UpstreamProtocolError(
                f"Anthropic stream error: {error.get('type')}: {error.get('message')}"
            )
        return []  # ping, and event types added after this was written

    def finish(self) -> list[JSON]:
        if not self._stopped:
            raise UpstreamProtocolError("Anthropic stream ended before message_stop")
        return []

    def _block_start(self, index: int, block: JSON) -> list[JSON]:
        kind = block.get("type")
        if kind == "tool_use":
            position = self._tool_index[index] = len(self._tool_index)
            call = {
                "index": position,
                "id": block.get("id"),
                "type": "function",
                "function": {"name": block.get("name"), "arguments": ""},
            }
            return [self._chunk({"tool_calls": [call]})]
        if kind == "text" and block.get("text"):
            return [self._chunk({"content": block["text"]})]
        if kind == "thinking":
            text = block.get("thinking") or ""
            self._thinking[index] = {"type": "thinking", "thinking": text, "signature": ""}
            return [self._chunk({"reasoning_content": text})] if text else []
        if kind == "redacted_thinking":
            return [self._chunk({"thinking_blocks": [block]})]
        return []

    def _block_delta(self, index: int, delta: JSON) -> list[JSON]:
        kind = delta.get("type")
        if kind == "text_delta":
            return [self._chunk({"content": delta.get("text") or ""})]
        if kind == "thinking_delta":
            text = delta.get("thinking") or ""
            if index in self._thinking:
                self._thinking[index]["thinking"] += text
            return [self._chunk({"reasoning_content": text})]
        if kind == "signature_delta" and index in self._thinking:
            self._thinking[index]["signature"] += delta.get("signature") or ""
            return []
        if kind == "input_json_delta" and index in self._tool_index:
            call = {
                "index": self._tool_index[index],
                "function": {"arguments": delta.get("partial_json") or ""},
            }
            return [self._chunk({"tool_calls": [call]})]
        return []  # citations_delta and future delta types

    def _chunk(self, delta: JSON, finish_reason: str | None = None) -> JSON:
        return {
            "id": self._id,
            "object": "chat.completion.chunk",
            "created": self._created,
            "model": self._model,
            "choices": [
                {"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}
            ],
        }


def _positive_int(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None
