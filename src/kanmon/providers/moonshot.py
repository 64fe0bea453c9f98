"""Moonshot AI's Kimi API (api.moonshot.ai / api.moonshot.cn), OpenAI Chat Completions.

What this adapter relies on:

- Kimi's ``temperature`` range is [0, 1] where OpenAI's is [0, 2]. Values are *clamped*, not
  rescaled: temperature divides the same logits on both APIs, so 0.7 means the same thing on
  each, and only the out-of-range part (1, 2] has no Kimi equivalent.
  https://platform.kimi.ai/docs/guide/migrating-from-openai-to-kimi
- With ``temperature`` at or near 0 Kimi can only return one choice and answers
  ``invalid_request_error`` for ``n > 1``; the adapter fails fast with a clear message instead.
  https://platform.kimi.ai/docs/guide/migrating-from-openai-to-kimi ,
  https://platform.kimi.ai/docs/api/models-overview
- kimi-k2.5/k2.6 and later fix ``temperature``, ``top_p``, ``n`` and both penalties ("cannot be
  modified"; other values get a 400), so those are dropped for them (``n > 1`` is refused).
  https://platform.kimi.ai/docs/api/models-overview
- ``thinking: {"type": "enabled"|"disabled"}`` toggles thinking on kimi-k2.5+; the trace comes
  in ``reasoning_content`` (message and delta), which is Kanmon's shape already. Unlike
  DeepSeek, Kimi *requires* ``reasoning_content`` back on assistant tool-call messages while
  thinking, so input messages are left as they are.
  https://platform.kimi.ai/docs/guide/use-kimi-k2-thinking-model ,
  https://github.com/openai/openai-agents-python/issues/2669
- In streams Kimi puts the final usage inside the last choice (``choices[0].usage``), and reports
  cache hits as a top-level ``usage.cached_tokens``; both are moved to OpenAI's places.
  https://platform.kimi.ai/docs/guide/migrating-from-openai-to-kimi ("Usage Value in Stream
  Mode"), fixture ``moonshotai-stream-choice-usage.chunks.txt`` in github.com/vercel/ai.

Deployment options: ``thinking`` (``"enabled"``/``"disabled"``, the default when the caller does
not say), ``fixed_sampling`` (bool; overrides the model-name detection above).
"""

from __future__ import annotations

import re
from typing import ClassVar

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._params import cached_tokens_to_details, number
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, StreamNormaliser
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

_FIXED_SAMPLING_MODELS = re.compile(r"^kimi-k(2\.[5-9]|[3-9])")
_FIXED = ("temperature", "top_p", "n", "presence_penalty", "frequency_penalty")
#: Kimi's docs say "0 or close to 0 (e.g. 0.001)" without a bound; this errs on the safe side.
_NEAR_ZERO = 0.01


@register(PROVIDERS)
class MoonshotProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "moonshot"
    legacy_max_tokens: ClassVar[bool] = True
    thinking_option: ClassVar[bool] = True
    # Kimi returns reasoning_content itself.
    split_think: ClassVar[bool] = False

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = super().prepare_chat(body, stream=stream)

        n = out.get("n")
        many = isinstance(n, int) and n > 1
        if self._fixed_sampling(str(out.get("model") or self.deployment.model_alias)):
            if many:
                raise BadRequestError(
                    f"{self.deployment.model_alias} always returns a single choice; use n=1.",
                    code="unsupported_parameter",
                    param="n",
                )
            for key in _FIXED:
                out.pop(key, None)
            return out

        temperature = number(out.get("temperature"))
        if temperature is not None:
            out["temperature"] = temperature = min(max(temperature, 0.0), 1.0)
            if many and temperature < _NEAR_ZERO:
                raise BadRequestError(
                    "Kimi returns a single choice when temperature is 0 or near it; "
                    "use n=1 or a higher temperature.",
                    code="unsupported_parameter",
                    param="n",
                )
        return out

    def normalise_response(self, data: JSON) -> JSON:
        data = super().normalise_response(data)
        cached_tokens_to_details(data.get("usage"), "cached_tokens")
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        return _MoonshotStream(super().stream_normaliser())

    def _fixed_sampling(self, model: str) -> bool:
        option = self.deployment.options.get("fixed_sampling")
        if isinstance(option, bool):
            return option
        return _FIXED_SAMPLING_MODELS.match(model) is not None


class _MoonshotStream(StreamNormaliser):
    def __init__(self, inner: StreamNormaliser) -> None:
        self._inner = inner

    def feed(self, chunk: JSON) -> list[JSON]:
        for choice in chunk.get("choices") or ():
            if isinstance(choice, dict) and isinstance(choice.get("usage"), dict):
                usage = choice.pop("usage")
                chunk.setdefault("usage", usage)
        cached_tokens_to_details(chunk.get("usage"), "cached_tokens")
        return self._inner.feed(chunk)

    def finish(self) -> list[JSON]:
        return self._inner.finish()
