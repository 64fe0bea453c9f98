"""NAVER Cloud CLOVA Studio (HyperCLOVA X) through its OpenAI-compatible API
(clovastudio.stream.ntruss.com/v1/openai).

What this adapter relies on (https://api.ncloud-docs.com/docs/en/clovastudio-openaicompatibility):

- The compatible API lives under ``/v1/openai`` (``/chat/completions``, ``/embeddings``,
  ``/models``) and takes a CLOVA Studio API key as a Bearer token; the government cloud uses
  ``clovastudio.stream.gov-ntruss.com`` instead. A ``base_url`` without the ``/openai`` part
  reaches CLOVA's native API, whose body is not OpenAI's: the adapter refuses such a
  deployment at start, naming the URL to use.
"""

from __future__ import annotations

from typing import ClassVar

from kanmon.core.catalog import Deployment
from kanmon.errors import ConfigError
from kanmon.plugins import register
from kanmon.providers._http import HttpClient
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.openai_compatible import OpenAICompatibleProvider


@register(PROVIDERS)
class ClovaProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "clova"

    def __init__(self, deployment: Deployment, http: HttpClient, api_key: str | None) -> None:
        if not deployment.url.endswith("/openai"):
            raise ConfigError(
                f"deployment {deployment.id}: CLOVA Studio's OpenAI-compatible API is under "
                f"/v1/openai (e.g. https://clovastudio.stream.ntruss.com/v1/openai); "
                f"{deployment.url} is not"
            )
        super().__init__(deployment, http, api_key)
