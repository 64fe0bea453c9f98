"""Upstage Solar through its OpenAI-compatible API (api.upstage.ai/v1).

What this adapter relies on:

- Chat completions under ``https://api.upstage.ai/v1`` with the Upstage API key as a Bearer
  token; the answer is in ``choices[0].message.content``, the reasoning trace in
  ``choices[0].message.reasoning``, reasoning tokens in
  ``usage.completion_tokens_details.reasoning_tokens``.
  https://console.upstage.ai/docs/capabilities/generate/chat
- ``reasoning_effort`` switches reasoning: on Solar Pro 4 and Solar Mini 4 it is off when
  omitted (or null), ``none`` and ``minimal`` keep it off, ``low``, ``medium``, ``high``,
  ``xhigh`` and ``max`` turn it on; the trace comes in ``message.reasoning`` and, streamed, in
  ``delta.reasoning``. Clients get it in ``reasoning_content`` (the shared normalisation), never
  in the answer. Other values are refused before the call, naming the seven.
  https://console.upstage.ai/ko/docs/capabilities/generate/reasoning
- The ``thinking`` switch other vendors take (``{"type": "enabled" | "disabled"}``) is not
  Upstage's: ``disabled`` becomes ``reasoning_effort: none``, ``enabled`` the deployment's
  ``reasoning_effort`` (or ``medium``), and the field is not sent.
- Solar Pro 2 (``solar-pro2`` and its versions) is withdrawn on 2026-10-30 (KST); after that
  Upstage answers a request naming it with an error, which the router treats as any other.
  https://console.upstage.ai/docs/models/solar-pro-2.md

Deployment options: ``reasoning_effort`` (the default when the caller does not say),
``keep_think_tags``.
"""

from __future__ import annotations

from typing import ClassVar

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh", "max")


@register(PROVIDERS)
class UpstageProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "upstage"

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = dict(super().prepare_chat(body, stream=stream))
        default = self.deployment.options.get("reasoning_effort")
        thinking = out.pop("thinking", None)
        if "reasoning_effort" not in out or out["reasoning_effort"] is None:
            kind = thinking.get("type") if isinstance(thinking, dict) else None
            if kind == "disabled":
                out["reasoning_effort"] = "none"
            elif kind == "enabled":
                on = default if default in EFFORTS[2:] else "medium"
                out["reasoning_effort"] = on
            elif isinstance(default, str):
                out["reasoning_effort"] = default
        effort = out.get("reasoning_effort")
        if effort is not None and effort not in EFFORTS:
            raise BadRequestError(
                f"Upstage takes reasoning_effort {', '.join(EFFORTS)}, not {effort!r}",
                param="reasoning_effort",
                code="unsupported_value",
            )
        return out
