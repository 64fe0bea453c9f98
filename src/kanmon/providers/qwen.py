"""Alibaba Cloud Model Studio / DashScope, OpenAI-compatible mode (``.../compatible-mode/v1``).

What this adapter relies on:

- ``enable_thinking`` switches Qwen3 hybrid models between thinking and answering directly. It
  defaults to *false* on the commercial Qwen3 models and to *true* on the open-weight ones, and
  DashScope rejects a non-streaming call with thinking on ("parameter.enable_thinking must be
  set to false for non-streaming calls"). So non-streaming calls send ``enable_thinking: false``
  unless the caller asked for thinking; when the caller did ask, the adapter streams upstream
  and assembles the chunks into one ``chat.completion``, so the caller gets what it asked for.
  https://www.alibabacloud.com/help/en/model-studio/deep-thinking ,
  https://github.com/cloudwego/eino-ext/issues/375 (the 400 message and the default values)
- Thinking-only models (QwQ, ``*-thinking-2507``) cannot turn thinking off and mostly stream
  only; deployment option ``thinking_only: true`` makes every non-streaming call go over a
  stream and never sends ``enable_thinking: false``.
  https://www.alibabacloud.com/help/en/model-studio/deep-thinking
- ``thinking_budget`` caps the trace length; the trace arrives in ``reasoning_content`` (message
  and delta), already Kanmon's shape. https://www.alibabacloud.com/help/en/model-studio/deep-thinking
- Callers coming from vLLM send ``chat_template_kwargs: {"enable_thinking": ...}``; DashScope
  wants the top-level flag, so it is lifted.
- ``max_tokens`` is the documented limit, so ``max_completion_tokens`` is mapped onto it.

Deployment options: ``enable_thinking`` (bool, the default when the caller does not say),
``thinking_budget`` (int, sent when thinking is on and the caller set none), ``thinking_only``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from kanmon.plugins import register
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON
from kanmon.providers.openai_compatible import OpenAICompatibleProvider


@register(PROVIDERS)
class QwenProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "qwen"
    legacy_max_tokens: ClassVar[bool] = True
    # DashScope returns reasoning_content itself.
    split_think: ClassVar[bool] = False

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = super().prepare_chat(body, stream=stream)
        kwargs = out.get("chat_template_kwargs")
        if isinstance(kwargs, dict) and "enable_thinking" in kwargs:
            rest = {k: v for k, v in kwargs.items() if k != "enable_thinking"}
            if rest:
                out["chat_template_kwargs"] = rest
            else:
                del out["chat_template_kwargs"]

        wanted = self._requested_thinking(body)
        if self._thinking_only:
            out.pop("enable_thinking", None)
        elif not stream and wanted is not True:
            out["enable_thinking"] = False
        elif wanted is not None:
            out["enable_thinking"] = wanted

        if out.get("enable_thinking") is False:
            out.pop("thinking_budget", None)
        elif self._thinking_only or wanted is True:
            budget = self.deployment.options.get("thinking_budget")
            if isinstance(budget, int) and not isinstance(budget, bool):
                out.setdefault("thinking_budget", budget)
        return out

    async def chat(self, body: JSON) -> JSON:
        if self._thinking_only or self._requested_thinking(body) is True:
            return await self._chat_over_stream(body)
        return await super().chat(body)

    async def _chat_over_stream(self, body: JSON) -> JSON:
        # Streams are normalised already; assembling them gives the same shape chat() returns.
        stream = await self.open_stream(body)
        try:
            chunks = [chunk async for chunk in stream]
        finally:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()
        return assemble_completion(chunks)

    @property
    def _thinking_only(self) -> bool:
        return self.deployment.options.get("thinking_only") is True

    def _requested_thinking(self, body: JSON) -> bool | None:
        value = body.get("enable_thinking")
        if isinstance(value, bool):
            return value
        kwargs = body.get("chat_template_kwargs")
        if isinstance(kwargs, dict) and isinstance(kwargs.get("enable_thinking"), bool):
            return bool(kwargs["enable_thinking"])
        default = self.deployment.options.get("enable_thinking")
        return default if isinstance(default, bool) else None


def assemble_completion(chunks: list[JSON]) -> JSON:
    """Fold OpenAI ``chat.completion.chunk`` dicts into one ``chat.completion``."""
    head: JSON = {}
    usage: Any = None
    choices: dict[int, JSON] = {}
    for chunk in chunks:
        if not head and chunk.get("id"):
            head = {k: chunk.get(k) for k in ("id", "created", "model")}
        if chunk.get("usage"):
            usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            index = choice.get("index", 0)
            acc = choices.get(index)
            if acc is None:
                message: JSON = {"role": "assistant", "content": None}
                acc = choices[index] = {"index": index, "message": message, "finish_reason": None}
            _fold_delta(acc["message"], choice.get("delta") or {})
            if choice.get("finish_reason"):
                acc["finish_reason"] = choice["finish_reason"]
    for acc in choices.values():
        message = acc["message"]
        if message["content"] is None and not message.get("tool_calls"):
            message["content"] = ""
    result: JSON = {
        "id": head.get("id"),
        "object": "chat.completion",
        "created": head.get("created"),
        "model": head.get("model"),
        "choices": [choices[i] for i in sorted(choices)],
    }
    if usage is not None:
        result["usage"] = usage
    return result


def _fold_delta(message: JSON, delta: JSON) -> None:
    for key in ("content", "reasoning_content"):
        piece = delta.get(key)
        if isinstance(piece, str) and piece:
            message[key] = (message.get(key) or "") + piece
    for call in delta.get("tool_calls") or ():
        calls: list[JSON] = message.setdefault("tool_calls", [])
        index = call.get("index", len(calls))
        while len(calls) <= index:
            calls.append({"id": "", "type": "function", "function": {"name": "", "arguments": ""}})
        slot = calls[index]
        if call.get("id"):
            slot["id"] = call["id"]
        function = call.get("function") or {}
        for key in ("name", "arguments"):
            if isinstance(function.get(key), str):
                slot["function"][key] += function[key]
