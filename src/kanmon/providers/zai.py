"""Z.ai / Zhipu GLM (api.z.ai, open.bigmodel.cn), OpenAI-style chat under ``/api/paas/v4``.

What this adapter relies on (https://docs.z.ai/api-reference/llm/chat-completion unless noted):

- Chat lives at ``{host}/api/paas/v4/chat/completions``; a deployment whose base URL is only the
  host gets that base path appended (a URL with a path, e.g. the coding plan's, is kept).
- ``temperature`` must be in [0.0, 1.0] (OpenAI allows up to 2): values above are clamped. A
  temperature of 0 is sent as ``do_sample: false`` (greedy) instead, because older GLM models
  take temperature in the open interval (0, 1) and with ``do_sample: false`` temperature and
  ``top_p`` are ignored anyway. ``top_p`` must be in [0.01, 1.0]: clamped.
  https://docs.z.ai/guides/overview/concept-param
- ``thinking: {"type": "enabled"|"disabled"}`` (GLM-4.5 and later, enabled by default); the trace
  comes in ``reasoning_content``. GLM-Z1 and GLM-4.5V put it inline in ``<think>`` tags instead,
  so the shared tag splitter stays on. https://docs.bigmodel.cn/api-reference (chat response)
- Only one stop word is supported ("目前仅支持单个stop词") and ``tool_choice`` only supports
  ``auto`` ("目前仅支持auto"): more stop words or a forced tool call are refused with a clear
  error rather than silently ignored; ``"none"`` is honoured by not offering the tools at all.
  https://open.bigmodel.cn/dev/api/normal-model/glm-4 (request parameter table)
- Responses carry no ``object`` field (OpenAI SDKs in some languages require it) and may give
  tool-call ``arguments`` as a JSON object where OpenAI has a string; both are fixed.
  https://www.drupal.org/project/ai_provider_zhipuai
- ``finish_reason`` may be ``sensitive`` (blocked by moderation: mapped to OpenAI's
  ``content_filter``) or ``network_error`` (inference failed: surfaced as an upstream failure).
  https://docs.bigmodel.cn/api-reference (``finish_reason`` values)

Deployment options: ``thinking`` (``"enabled"``/``"disabled"``, the default when the caller does
not say), ``keep_think_tags``.
"""

from __future__ import annotations

from typing import Any, ClassVar
from urllib.parse import urlsplit

import orjson

from kanmon.core.catalog import Deployment
from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._http import HttpClient, UpstreamProtocolError
from kanmon.providers._params import number
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, StreamNormaliser
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

BASE_PATH = "/api/paas/v4"


@register(PROVIDERS)
class ZaiProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "zai"
    legacy_max_tokens: ClassVar[bool] = True
    thinking_option: ClassVar[bool] = True

    def __init__(self, deployment: Deployment, http: HttpClient, api_key: str | None) -> None:
        super().__init__(deployment, http, api_key)
        if urlsplit(deployment.url).path in ("", "/"):
            base = deployment.url + BASE_PATH
            self._chat_url = base + self.chat_path
            self._embeddings_url = base + self.embeddings_path

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = super().prepare_chat(body, stream=stream)

        temperature = number(out.get("temperature"))
        if temperature is not None:
            if temperature <= 0:
                del out["temperature"]
                out.pop("top_p", None)
                out.setdefault("do_sample", False)
            else:
                out["temperature"] = min(temperature, 1.0)
        top_p = number(out.get("top_p"))
        if top_p is not None:
            out["top_p"] = min(max(top_p, 0.01), 1.0)

        stop = out.get("stop")
        if isinstance(stop, str):
            out["stop"] = [stop]
        elif isinstance(stop, list) and len(stop) > 1:
            raise BadRequestError(
                "Z.ai GLM supports a single stop sequence.",
                code="unsupported_parameter",
                param="stop",
            )

        tool_choice = out.get("tool_choice")
        if tool_choice == "none":
            out.pop("tools", None)
            out.pop("tool_choice")
        elif tool_choice is not None and tool_choice != "auto":
            raise BadRequestError(
                "Z.ai GLM only supports tool_choice 'auto' (or 'none').",
                code="unsupported_parameter",
                param="tool_choice",
            )
        return out

    def normalise_response(self, data: JSON) -> JSON:
        data = super().normalise_response(data)
        data.setdefault("object", "chat.completion")
        for choice in data.get("choices") or ():
            _fix_choice(choice, "message")
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        return _ZaiStream(super().stream_normaliser())


class _ZaiStream(StreamNormaliser):
    def __init__(self, inner: StreamNormaliser) -> None:
        self._inner = inner

    def feed(self, chunk: JSON) -> list[JSON]:
        chunk.setdefault("object", "chat.completion.chunk")
        for choice in chunk.get("choices") or ():
            _fix_choice(choice, "delta")
        return self._inner.feed(chunk)

    def finish(self) -> list[JSON]:
        return self._inner.finish()


def _fix_choice(choice: Any, key: str) -> None:
    if not isinstance(choice, dict):
        return
    reason = choice.get("finish_reason")
    if reason == "sensitive":
        choice["finish_reason"] = "content_filter"
    elif reason == "network_error":
        raise UpstreamProtocolError("Z.ai reported an inference failure (network_error)")
    message = choice.get(key)
    if not isinstance(message, dict):
        return
    for call in message.get("tool_calls") or ():
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict) and isinstance(function.get("arguments"), dict | list):
            function["arguments"] = orjson.dumps(function["arguments"]).decode()
