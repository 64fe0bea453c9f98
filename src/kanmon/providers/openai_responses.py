"""An upstream that speaks OpenAI's Responses API (``POST {base}/responses``), spoken as chat
completions towards Kanmon like every adapter.

A ``/v1/responses`` call routed here reaches the upstream as a Responses request again: built
from the request as the policy let it through (redactions applied), so what the caller sent is
never forwarded unchecked. ``store`` is always false upstream: Kanmon's audit log is where a
conversation is kept, if the content mode keeps it. Request and answer translation live in
``kanmon.wire``; the event stream is translated here (reasoning text and summaries become
``reasoning_content``, function calls ``tool_calls``), and ``error`` / ``response.failed``
events raise ``UpstreamProtocolError``. Event types unknown here are skipped.
"""

from __future__ import annotations

import time
from typing import ClassVar

from kanmon.errors import BadRequestError
from kanmon.plugins import register
from kanmon.providers._http import UpstreamProtocolError
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, Provider, StreamNormaliser
from kanmon.wire import chat_from_response, chat_to_responses, finish_reason, usage_from_responses


@register(PROVIDERS)
class OpenAIResponsesProvider(Provider):
    api: ClassVar[str] = "openai_responses"
    chat_path: ClassVar[str] = "/responses"

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        return chat_to_responses(body)

    def normalise_response(self, data: JSON) -> JSON:
        if data.get("object") != "response":
            raise UpstreamProtocolError("upstream answer is not a Responses object")
        return chat_from_response(data)

    def stream_normaliser(self) -> StreamNormaliser:
        return ResponsesStreamNormaliser(include_usage=self.request_stream_usage)

    async def embeddings(self, body: JSON) -> JSON:
        if self.deployment.options.get("embeddings") is True:
            return await super().embeddings(body)
        raise BadRequestError(
            f"Deployment {self.deployment.id!r} speaks the Responses API only; route embeddings "
            "to another deployment (or set its option embeddings: true).",
            code="unsupported_endpoint",
        )


class ResponsesStreamNormaliser(StreamNormaliser):
    def __init__(self, *, include_usage: bool) -> None:
        self._include_usage = include_usage
        self._id = ""
        self._model = ""
        self._created = int(time.time())
        self._calls: dict[str, int] = {}  # output item id -> chat tool_calls index
        self._done = False

    def feed(self, chunk: JSON) -> list[JSON]:
        kind = chunk.get("type")
        if kind == "response.created":
            resp = chunk.get("response") or {}
            self._id = str(resp.get("id") or "")
            self._model = str(resp.get("model") or "")
            return [self._chunk({"role": "assistant", "content": ""})]
        if kind == "response.output_text.delta":
            return [self._chunk({"content": str(chunk.get("delta") or "")})]
        if kind in ("response.reasoning_text.delta", "response.reasoning_summary_text.delta"):
            return [self._chunk({"reasoning_content": str(chunk.get("delta") or "")})]
        if kind == "response.output_item.added":
            item = chunk.get("item") or {}
            if item.get("type") != "function_call":
                return []
            index = self._calls[str(item.get("id"))] = len(self._calls)
            call = {
                "index": index,
                "id": item.get("call_id"),
                "type": "function",
                "function": {"name": item.get("name"), "arguments": ""},
            }
            return [self._chunk({"tool_calls": [call]})]
        if kind == "response.function_call_arguments.delta":
            at = self._calls.get(str(chunk.get("item_id")))
            if at is None:
                return []
            call = {"index": at, "function": {"arguments": str(chunk.get("delta") or "")}}
            return [self._chunk({"tool_calls": [call]})]
        if kind in ("response.completed", "response.incomplete"):
            self._done = True
            resp = chunk.get("response") or {}
            out = [self._chunk({}, finish_reason(resp, bool(self._calls)))]
            if self._include_usage:
                usage = self._chunk({})
                usage["choices"] = []
                usage["usage"] = usage_from_responses(resp.get("usage"))
                out.append(usage)
            return out
        if kind in ("error", "response.failed"):
            err = chunk.get("error") or (chunk.get("response") or {}).get("error") or chunk
            raise UpstreamProtocolError(f"Responses stream error: {err.get('message')}")
        return []

    def finish(self) -> list[JSON]:
        if not self._done:
            raise UpstreamProtocolError("Responses stream ended before response.completed")
        return []

    def _chunk(self, delta: JSON, finish: str | None = None) -> JSON:
        return {
            "id": self._id,
            "object": "chat.completion.chunk",
            "created": self._created,
            "model": self._model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        }
