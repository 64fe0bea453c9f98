"""Google's Gemini API through its OpenAI-compatible endpoint
(generativelanguage.googleapis.com/v1beta/openai).

What this adapter relies on (https://ai.google.dev/gemini-api/docs/openai , "OpenAI
compatibility", read 2026-12-01 in a stored copy updated 2026-06-19):

- Thinking is set with ``reasoning_effort`` (``none``, ``minimal``, ``low``, ``medium``,
  ``high``) or with a token budget under ``extra_body.google.thinking_config.thinking_budget``
  in the JSON body; the two overlap, and a request with both is refused with 400. The adapter
  refuses it first, naming both; a deployment default (option ``thinking_budget``) gives way to
  a caller's ``reasoning_effort``. The ``thinking`` field other vendors take (``{"type":
  "enabled" | "disabled"}``) is not Gemini's: ``disabled`` becomes ``reasoning_effort: none``
  and the field is not sent.
- With ``thinking_config.include_thoughts`` (option ``include_thoughts: true``) thought
  summaries come back inside the content as ``<thought>…</thought>``; clients get them in
  ``reasoning_content``, never mixed into the answer.

Safety blocks (https://ai.google.dev/gemini-api/docs/safety-settings , "Safety settings";
https://ai.google.dev/api/generate-content#FinishReason ): Gemini stops a candidate whose
content its filters block, with finish reason ``SAFETY`` (or ``RECITATION``, ``BLOCKLIST``,
``PROHIBITED_CONTENT``, ``SPII``, ``IMAGE_SAFETY``). In OpenAI's shape such an answer
arrives as ``finish_reason: content_filter`` with no content (a user's report of many:
https://github.com/bespokelabsai/curator/issues/258 ). The adapter makes every blocked choice
the same: ``finish_reason: content_filter`` (a native reason that comes through as is is
mapped too) and ``content: ""``, so a client that reads the content as a string does not fail
on it, as for the other vendors' moderation (GigaChat's ``blacklist``, Z.ai's ``sensitive``,
Qianfan's safety flag). The adapter adds no safety settings of its own; what a caller
sends in ``extra_body.google`` goes through untouched beside the thinking config. Google's
OpenAI-compatibility page does not confirm ``safety_settings`` there, and a user reports a 400
for it (docs/catalog.md, Gemini); callers who need them use the native endpoint.

Deployment options: ``thinking_budget`` (int tokens; 0 turns thinking off on Flash models),
``include_thoughts`` (bool), ``thinking`` (``enabled``/``disabled``, the default when the
caller does not say).
"""

from __future__ import annotations

from typing import Any, ClassVar

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._reasoning import ThinkTagStreamNormaliser, split_think_tags
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, StreamNormaliser
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

_TAG = "thought"
#: Gemini's own finish reasons for a blocked candidate, should they come through unmapped.
_BLOCKED = frozenset(
    {"safety", "recitation", "blocklist", "prohibited_content", "spii", "image_safety"}
)


@register(PROVIDERS)
class GeminiProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "gemini"
    split_think: ClassVar[bool] = False

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = dict(body)
        opts = self.deployment.options
        thinking = out.pop("thinking", None)
        kind = thinking.get("type") if isinstance(thinking, dict) else opts.get("thinking")
        if kind == "disabled" and "reasoning_effort" not in out:
            out["reasoning_effort"] = "none"
        extra = _dict(out.get("extra_body"))
        google = _dict(extra.get("google"))
        config = _dict(google.get("thinking_config"))
        if "thinking_budget" in config and "reasoning_effort" in out:
            raise BadRequestError(
                "Gemini takes reasoning_effort or extra_body.google.thinking_config."
                "thinking_budget, not both (they overlap)",
                param="reasoning_effort",
                code="unsupported_parameter",
            )
        budget = opts.get("thinking_budget")
        if isinstance(budget, int) and "reasoning_effort" not in out:
            config.setdefault("thinking_budget", budget)
        if opts.get("include_thoughts") is True:
            config.setdefault("include_thoughts", True)
        if config:
            out["extra_body"] = {**extra, "google": {**google, "thinking_config": config}}
        return out

    def normalise_response(self, data: JSON) -> JSON:
        for choice in data.get("choices") or ():
            message = choice.get("message")
            if isinstance(message, dict):
                split_think_tags(message, _TAG)
            if _blocked(choice) and isinstance(message, dict) and message.get("content") is None:
                message["content"] = ""
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        return _GeminiStream(ThinkTagStreamNormaliser(_TAG))


class _GeminiStream(StreamNormaliser):
    def __init__(self, inner: StreamNormaliser) -> None:
        self._inner = inner

    def feed(self, chunk: JSON) -> list[JSON]:
        for choice in chunk.get("choices") or ():
            if _blocked(choice):
                delta = choice.get("delta")
                if isinstance(delta, dict) and "content" in delta and delta["content"] is None:
                    del delta["content"]
        return self._inner.feed(chunk)

    def finish(self) -> list[JSON]:
        return self._inner.finish()


def _blocked(choice: Any) -> bool:
    """Whether Gemini blocked this choice; its finish reason is made ``content_filter``."""
    if not isinstance(choice, dict):
        return False
    reason = choice.get("finish_reason")
    if isinstance(reason, str) and reason.lower() in _BLOCKED:
        choice["finish_reason"] = "content_filter"
        return True
    return reason == "content_filter"


def _dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}
