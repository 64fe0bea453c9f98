"""Yandex AI Studio (Foundation Models) through its OpenAI-compatible API
(llm.api.cloud.yandex.net/v1).

What this adapter relies on:

- A model is named by its URI in a folder, ``gpt://<folder_id>/<model>/<branch>`` (e.g.
  ``gpt://b1g…/yandexgpt/latest``); a deployment may give the short ``yandexgpt/latest`` as its
  ``model_alias`` and the folder as the option ``folder_id``, and the adapter writes the URI.
  https://yandex.cloud/en/docs/foundation-models/concepts/openai-compatibility (updated
  2025-10-24)
- An API key is sent as ``Authorization: Api-Key <key>``, an IAM token as ``Authorization:
  Bearer <token>`` (option ``auth: iam``); the folder goes in ``x-folder-id``.
  https://yandex.cloud/en-ru/docs/yandexgpt/api-ref/authentication (updated 2025-03-28)

Deployment options: ``folder_id``, ``auth`` (``api_key``, the default, or ``iam``).
"""

from __future__ import annotations

from typing import ClassVar

from kanmon.plugins import register
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

_SCHEMES = ("gpt://", "emb://", "ds://")


@register(PROVIDERS)
class YandexProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "yandex"

    def build_headers(self, api_key: str | None) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        opts = self.deployment.options
        if api_key:
            scheme = "Bearer" if opts.get("auth") == "iam" else "Api-Key"
            headers["Authorization"] = f"{scheme} {api_key}"
        folder = opts.get("folder_id")
        if folder:
            headers["x-folder-id"] = str(folder)
        return headers

    def model_uri(self, model: str) -> str:
        folder = self.deployment.options.get("folder_id")
        if model.startswith(_SCHEMES) or not folder:
            return model
        return f"gpt://{folder}/{model}"

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = super().prepare_chat(body, stream=stream)
        model = str(out.get("model") or self.deployment.model_alias)
        uri = self.model_uri(model)
        return out if uri == model else {**out, "model": uri}
