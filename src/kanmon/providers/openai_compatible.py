"""Generic OpenAI-compatible adapter: vLLM, Ollama, SGLang, Mistral, Yandex, CLOVA and any vendor
whose quirks need no more than the shared reasoning normalisation."""

from __future__ import annotations

from typing import ClassVar

from kanmon.plugins import register
from kanmon.providers._reasoning import ThinkTagStreamNormaliser, split_think_tags
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, Provider, StreamNormaliser


@register(PROVIDERS)
class OpenAICompatibleProvider(Provider):
    api: ClassVar[str] = "openai_compatible"
    #: Many open-weight serving stacks put the reasoning trace inline as ``<think>…</think>``;
    #: clients get it in ``reasoning_content`` like DeepSeek's API, never mixed into the answer.
    split_think: ClassVar[bool] = True

    def normalise_response(self, data: JSON) -> JSON:
        if self.split_think and not self.deployment.options.get("keep_think_tags", False):
            for choice in data.get("choices") or ():
                message = choice.get("message")
                if isinstance(message, dict):
                    split_think_tags(message)
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        if self.split_think and not self.deployment.options.get("keep_think_tags", False):
            return ThinkTagStreamNormaliser()
        return StreamNormaliser()
