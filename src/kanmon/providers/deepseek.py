"""DeepSeek's own API (api.deepseek.com), OpenAI Chat Completions with DeepSeek's quirks.

What this adapter relies on:

- Thinking mode (``deepseek-reasoner``, or ``thinking: {"type": "enabled"}``, the default on
  newer models) returns the trace in ``reasoning_content`` next to ``content``; it is passed
  through unchanged, since it already is Kanmon's reasoning shape.
  https://api-docs.deepseek.com/guides/thinking_mode
- In thinking mode ``temperature``, ``top_p``, ``presence_penalty`` and ``frequency_penalty``
  are accepted but have no effect, and ``logprobs``/``top_logprobs`` are rejected with a 400:
  all six are dropped so the request neither fails nor pretends to be tuned.
  https://api-docs.deepseek.com/guides/thinking_mode ,
  https://api-docs.deepseek.com/guides/reasoning_model
- ``reasoning_content`` in input messages: the R1-era API answered 400; the current API ignores
  it between two user turns *without* tool calls, but *requires* it back on every assistant
  message of a turn that made tool calls. So it is stripped per turn unless that turn called a
  tool. https://api-docs.deepseek.com/guides/thinking_mode (multi-turn section),
  https://api-docs.deepseek.com/guides/reasoning_model
- ``finish_reason: "insufficient_system_resource"`` means DeepSeek cut the generation short for
  lack of capacity; it is surfaced as an upstream failure instead of a truncated success.
  https://api-docs.deepseek.com/api/create-chat-completion
- Usage reports cache hits as ``prompt_cache_hit_tokens``; they are mirrored into OpenAI's
  ``prompt_tokens_details.cached_tokens``. https://api-docs.deepseek.com/guides/kv_cache
- Only ``max_tokens`` is documented, so OpenAI's ``max_completion_tokens`` is mapped onto it.
  https://api-docs.deepseek.com/api/create-chat-completion

Deployment options: ``thinking`` (``"enabled"``/``"disabled"``) is sent when the caller did not
say; ``keep_think_tags`` as for every OpenAI-compatible adapter.
"""

from __future__ import annotations

from typing import Any, ClassVar

from kanmon.plugins import register
from kanmon.providers._http import UpstreamProtocolError
from kanmon.providers._params import cached_tokens_to_details
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, StreamNormaliser
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

_THINKING_IGNORED = ("temperature", "top_p", "presence_penalty", "frequency_penalty")
_THINKING_REJECTED = ("logprobs", "top_logprobs")
_RESOURCE_CUT = "insufficient_system_resource"


@register(PROVIDERS)
class DeepSeekProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "deepseek"
    legacy_max_tokens: ClassVar[bool] = True
    thinking_option: ClassVar[bool] = True
    # DeepSeek already separates the trace into reasoning_content; nothing to split.
    split_think: ClassVar[bool] = False

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = super().prepare_chat(body, stream=stream)
        if self._thinking(out):
            for key in _THINKING_IGNORED + _THINKING_REJECTED:
                out.pop(key, None)
        messages = out.get("messages")
        if isinstance(messages, list):
            out["messages"] = _reasoning_for_upstream(messages)
        return out

    def normalise_response(self, data: JSON) -> JSON:
        data = super().normalise_response(data)
        for choice in data.get("choices") or ():
            _check_finish(choice)
        cached_tokens_to_details(data.get("usage"), "prompt_cache_hit_tokens")
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        return _DeepSeekStream(super().stream_normaliser())

    def _thinking(self, body: JSON) -> bool:
        thinking = body.get("thinking")
        if isinstance(thinking, dict) and thinking.get("type") in ("enabled", "disabled"):
            return bool(thinking["type"] == "enabled")
        model = str(body.get("model") or self.deployment.model_alias)
        if "reasoner" in model:
            return True
        # deepseek-chat is the non-thinking alias; newer models think unless told otherwise.
        return model != "deepseek-chat"


class _DeepSeekStream(StreamNormaliser):
    def __init__(self, inner: StreamNormaliser) -> None:
        self._inner = inner

    def feed(self, chunk: JSON) -> list[JSON]:
        for choice in chunk.get("choices") or ():
            _check_finish(choice)
        cached_tokens_to_details(chunk.get("usage"), "prompt_cache_hit_tokens")
        return self._inner.feed(chunk)

    def finish(self) -> list[JSON]:
        return self._inner.finish()


def _reasoning_for_upstream(messages: list[Any]) -> list[Any]:
    """Keep ``reasoning_content`` only on assistant messages of turns that called tools."""
    out = list(messages)
    turn_start = 0
    for i, message in enumerate(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            _trim_turn(messages, out, turn_start, i)
            turn_start = i + 1
    _trim_turn(messages, out, turn_start, len(messages))
    return out


def _trim_turn(messages: list[Any], out: list[Any], lo: int, hi: int) -> None:
    assistants = [
        i
        for i in range(lo, hi)
        if isinstance(messages[i], dict) and messages[i].get("role") == "assistant"
    ]
    keep = any(messages[i].get("tool_calls") for i in assistants)
    for i in assistants:
        message = messages[i]
        if "reasoning" not in message and ("reasoning_content" not in message or keep):
            continue
        copy = {k: v for k, v in message.items() if k not in ("reasoning", "reasoning_content")}
        if keep:
            # Clients that speak vLLM's dialect send the trace back as "reasoning".
            trace = message.get("reasoning_content", message.get("reasoning"))
            if trace is not None:
                copy["reasoning_content"] = trace
        out[i] = copy


def _check_finish(choice: Any) -> None:
    if isinstance(choice, dict) and choice.get("finish_reason") == _RESOURCE_CUT:
        raise UpstreamProtocolError(
            "DeepSeek interrupted the generation (insufficient_system_resource)"
        )
