"""Generic OpenAI-compatible adapter: vLLM, Ollama, SGLang, TGI, Mistral and any vendor whose
quirks need no more than the shared reasoning normalisation.

Deployment option ``enable_thinking`` (bool): Qwen3-style chat templates on vLLM and SGLang
switch thinking with ``chat_template_kwargs: {"enable_thinking": false}`` in the request body
(https://huggingface.co/Qwen/Qwen3-32B , "Switching Between Thinking and Non-Thinking Mode";
https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html , "Extra parameters");
the option is the default a caller's own ``chat_template_kwargs`` overrides."""

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
    #: The upstream knows ``max_tokens`` only: ``max_completion_tokens`` is sent under that name.
    legacy_max_tokens: ClassVar[bool] = False
    #: The deployment option ``thinking: enabled|disabled`` is the default ``thinking`` field.
    thinking_option: ClassVar[bool] = False

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        """The prologue vendor adapters share; they add their own quirks after it."""
        thinking_switch = self.deployment.options.get("enable_thinking")
        if not (self.legacy_max_tokens or self.thinking_option or thinking_switch is not None):
            return body
        out = dict(body)
        if isinstance(thinking_switch, bool):
            kwargs = dict(out.get("chat_template_kwargs") or {})
            kwargs.setdefault("enable_thinking", thinking_switch)
            out["chat_template_kwargs"] = kwargs
        if self.legacy_max_tokens and "max_completion_tokens" in out:
            out.setdefault("max_tokens", out.pop("max_completion_tokens"))
        if self.thinking_option:
            default = self.deployment.options.get("thinking")
            if "thinking" not in out and default in ("enabled", "disabled"):
                out["thinking"] = {"type": default}
        return out

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
