"""Baidu AI Cloud Qianfan (ERNIE and the models Qianfan hosts) through its OpenAI-compatible
v2 API (qianfan.baidubce.com/v2).

What this adapter relies on (https://cloud.baidu.com/doc/qianfan-api/s/wmwbl48n4 , "文本生成",
updated 2025-12-23, read in a stored copy; common headers from
https://cloud.baidu.com/doc/qianfan-api/s/3m9b5lqft , "通用说明", updated 2025-04-18):

- The key is an API key (``bce-v3/ALTAK-…``) sent as ``Authorization: Bearer <key>``; the
  optional ``appid`` header names the v2 application the call is billed to (option
  ``app_id``; without it Baidu uses the default application).
- Only ``max_tokens`` is documented, so OpenAI's ``max_completion_tokens`` is sent under that
  name.
- Thinking is switched with the top-level booleans ``enable_thinking`` (default off) and
  ``thinking_budget`` (tokens, at least 100), not with a chat template: the ``thinking``
  switch other vendors take (``{"type": "enabled" | "disabled"}``) becomes ``enable_thinking``
  and is not sent. ``reasoning_effort`` takes ``low``, ``medium`` or ``high`` only: ``none``
  turns thinking off, any other value is refused before the call, naming the three. The trace
  comes back in ``reasoning_content``, Kanmon's shape already.
- ``web_search`` (``{"enable": true, …}``) turns on Baidu's search augmentation; the sources
  come back in a top-level ``search_results`` list, kept as is. With ``enable_status`` a stream
  carries signal chunks marked ``delta_tag: search_status``; they are not answer text and are
  dropped.
- Each choice carries a safety ``flag``: 0 safe, 1 low risk, 2 the conversation must not go on,
  3 the answer must not be shown, 4 it must be withdrawn. From 3 on the adapter withholds the
  content, tool calls and trace (and, in a stream, every later piece of them) and reports
  ``finish_reason: content_filter``, as for other vendors' moderation; ``flag`` and
  ``ban_round`` stay in the choice for clients that read them.
- Errors carry ``code``, ``message`` and ``type`` with the HTTP status; the router acts on the
  status like any other upstream's.

Deployment options: ``app_id``, ``thinking`` (``enabled``/``disabled``, the default when the
caller does not say; ``enable_thinking: true|false`` says the same), ``thinking_budget``
(int), ``web_search`` (bool: search with its sources returned, ``{"enable": true,
"enable_trace": true}``, unless the caller sends its own).
"""

from __future__ import annotations

from typing import Any, ClassVar

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, StreamNormaliser
from kanmon.providers.openai_compatible import OpenAICompatibleProvider

_EFFORTS = ("low", "medium", "high")
_MIN_BUDGET = 100
#: From this safety flag on the answer must not be shown (3) or must be withdrawn (4).
_WITHHOLD = 3


@register(PROVIDERS)
class QianfanProvider(OpenAICompatibleProvider):
    api: ClassVar[str] = "qianfan"
    # The trace already comes in reasoning_content; and no text may be held back, since a
    # withheld answer must not leak a held piece at the end of the stream.
    split_think: ClassVar[bool] = False

    def build_headers(self, api_key: str | None) -> dict[str, str]:
        headers = super().build_headers(api_key)
        app_id = self.deployment.options.get("app_id")
        if app_id:
            headers["appid"] = str(app_id)
        return headers

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out = dict(body)
        opts = self.deployment.options
        if "max_completion_tokens" in out:
            out.setdefault("max_tokens", out.pop("max_completion_tokens"))
        thinking = out.pop("thinking", None)
        kind = thinking.get("type") if isinstance(thinking, dict) else opts.get("thinking")
        effort = out.get("reasoning_effort")
        if effort == "none":
            del out["reasoning_effort"]
            kind = "disabled"
        elif effort is not None and effort not in _EFFORTS:
            raise BadRequestError(
                f"Qianfan takes reasoning_effort {', '.join(_EFFORTS)} (or none), not {effort!r}",
                param="reasoning_effort",
                code="unsupported_value",
            )
        if kind in ("enabled", "disabled") and "enable_thinking" not in out:
            out["enable_thinking"] = kind == "enabled"
        switch = opts.get("enable_thinking")  # the option's name elsewhere (chat templates)
        if isinstance(switch, bool):
            out.setdefault("enable_thinking", switch)
        budget = opts.get("thinking_budget")
        if isinstance(budget, int) and out.get("enable_thinking") is not False:
            out.setdefault("thinking_budget", budget)
        sent = out.get("thinking_budget")
        if isinstance(sent, int) and not isinstance(sent, bool) and sent < _MIN_BUDGET:
            raise BadRequestError(
                f"Qianfan's thinking_budget is at least {_MIN_BUDGET} tokens, not {sent}",
                param="thinking_budget",
                code="unsupported_value",
            )
        if opts.get("web_search") is True:
            out.setdefault("web_search", {"enable": True, "enable_trace": True})
        return out

    def normalise_response(self, data: JSON) -> JSON:
        data = super().normalise_response(data)
        for choice in data.get("choices") or ():
            if isinstance(choice, dict) and _flag(choice) >= _WITHHOLD:
                message = choice.get("message")
                if isinstance(message, dict):
                    message["content"] = ""
                    message.pop("tool_calls", None)
                    message.pop("reasoning_content", None)
                choice["finish_reason"] = "content_filter"
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        return _QianfanStream(super().stream_normaliser())


class _QianfanStream(StreamNormaliser):
    def __init__(self, inner: StreamNormaliser) -> None:
        self._inner = inner
        #: Choices whose answer Baidu withheld: nothing more of them reaches the client.
        self._withheld: set[int] = set()

    def feed(self, chunk: JSON) -> list[JSON]:
        choices = chunk.get("choices")
        if isinstance(choices, list) and choices:
            kept = []
            for choice in choices:
                if not isinstance(choice, dict):
                    continue
                delta = choice.get("delta")
                if isinstance(delta, dict) and delta.get("delta_tag") == "search_status":
                    continue
                index = choice.get("index", 0)
                if index in self._withheld:
                    continue  # its content_filter finish was already sent
                if _flag(choice) >= _WITHHOLD:
                    self._withheld.add(index)
                    choice["delta"] = {}
                    choice["finish_reason"] = "content_filter"
                kept.append(choice)
            if not kept and not chunk.get("usage"):
                return []
            chunk["choices"] = kept
        return self._inner.feed(chunk)

    def finish(self) -> list[JSON]:
        return self._inner.finish()


def _flag(choice: dict[str, Any]) -> int:
    flag = choice.get("flag")
    return flag if isinstance(flag, int) and not isinstance(flag, bool) else 0
