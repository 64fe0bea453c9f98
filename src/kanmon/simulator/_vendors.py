"""Fakes of vendors' OpenAI-compatible endpoints, each built from the wire examples of the
vendor's documentation, under ``/vendors/<name>/…`` so the simulator serves them beside its own
API (GigaChat, whose API is not OpenAI's, lives in ``_vendor_gigachat``). Each checks what the
vendor's documents say it checks and answers in its shape; the text comes from the simulated
model as everywhere else.

- Gemini, ``base_url: …/vendors/gemini/v1beta/openai``: a Bearer key; no field Gemini does
  not know (400, Google's error list); ``reasoning_effort`` values; not both
  ``reasoning_effort`` and ``thinking_budget``; ``include_thoughts`` puts
  ``<thought>…</thought>`` before a JSON answer.
- Yandex, ``…/vendors/yandex/v1``: ``Api-Key`` or ``Bearer`` authorization; ``model`` a
  ``gpt://<folder>/<model>[/<branch>]`` URI whose folder matches ``x-folder-id``.
  A prompt containing ``[blocked]`` is blocked by the safety filter: ``finish_reason:
  content_filter`` and no content, streamed or not.
- CLOVA Studio, ``…/vendors/clova/v1/openai``: a Bearer key; the compatible API lives under
  ``/v1/openai`` only.
- Qianfan, ``…/vendors/qianfan/v2``: a Bearer key; only the body fields Baidu documents (400
  otherwise, Baidu's ``code``/``message``/``type``); ``reasoning_effort`` low/medium/high;
  ``thinking_budget`` at least 100; ``enable_thinking`` adds ``reasoning_content``;
  ``web_search.enable_trace`` adds ``search_results``; a prompt containing ``[blocked]`` comes
  back with safety ``flag: 3`` and its content still in it, as the worst case.
- Upstage, ``…/vendors/upstage/v1``: a Bearer key; ``reasoning_effort`` one of Upstage's seven
  values; ``low`` and above put a trace in ``message.reasoning``.

Sources: https://ai.google.dev/gemini-api/docs/openai ,
https://ai.google.dev/gemini-api/docs/safety-settings ,
https://cloud.baidu.com/doc/qianfan-api/s/wmwbl48n4 ,
https://console.upstage.ai/ko/docs/capabilities/generate/reasoning ,
https://yandex.cloud/en/docs/foundation-models/concepts/openai-compatibility ,
https://yandex.cloud/en-ru/docs/yandexgpt/api-ref/authentication ,
https://api.ncloud-docs.com/docs/en/clovastudio-openaicompatibility .
"""

from __future__ import annotations

import re
import time
from typing import Any

import orjson
from aiohttp import web

from kanmon.simulator import _vendor_gigachat
from kanmon.simulator._openai import answer_chat
from kanmon.simulator._text import last_user_text
from kanmon.simulator._wire import SimRequestError, json_response, read_object

_OPENAI_FIELDS = frozenset(
    {
        "model",
        "messages",
        "temperature",
        "top_p",
        "n",
        "stream",
        "stream_options",
        "stop",
        "max_tokens",
        "max_completion_tokens",
        "presence_penalty",
        "frequency_penalty",
        "seed",
        "response_format",
        "tools",
        "tool_choice",
        "user",
    }
)
_GEMINI_FIELDS = _OPENAI_FIELDS | {"reasoning_effort", "extra_body"}
_EFFORTS = frozenset({"none", "minimal", "low", "medium", "high"})
_BLOCK_MARK = "[blocked]"
# Body fields of Qianfan's v2 chat API ("文本生成", request parameters)
_QIANFAN_FIELDS = frozenset(
    {
        "model",
        "messages",
        "stream",
        "stream_options",
        "temperature",
        "top_p",
        "penalty_score",
        "max_tokens",
        "seed",
        "stop",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "web_search",
        "response_format",
        "metadata",
        "enable_thinking",
        "thinking_budget",
        "thinking_strategy",
        "reasoning_effort",
        "user",
    }
)
_UPSTAGE_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh", "max")
_MODEL_URI = re.compile(r"^gpt://(?P<folder>[^/]+)/(?P<model>[^/]+)(/[^/]+)?$")


def _bearer(request: web.Request) -> str:
    auth = request.headers.get("Authorization", "")
    return auth[7:].strip() if auth.startswith("Bearer ") else ""


def _google_error(message: str, status: int = 400) -> web.Response:
    # Gemini's compatible endpoint sends its errors as a one-element list
    kind = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED"}.get(status, "UNKNOWN")
    return json_response(
        [{"error": {"code": status, "message": message, "status": kind}}], status=status
    )


async def gemini_chat(request: web.Request) -> web.StreamResponse:
    if not _bearer(request):
        return _google_error("API key not valid. Please pass a valid API key.", 401)
    body = await read_object(request)
    unknown = sorted(set(body) - _GEMINI_FIELDS)
    if unknown:
        return _google_error(
            f'Invalid JSON payload received. Unknown name "{unknown[0]}": Cannot find field.'
        )
    effort = body.pop("reasoning_effort", None)
    if effort is not None and effort not in _EFFORTS:
        return _google_error(f"reasoning_effort must be one of {', '.join(sorted(_EFFORTS))}")
    extra = body.pop("extra_body", None) or {}
    config = (extra.get("google") or {}).get("thinking_config") or {}
    if effort is not None and "thinking_budget" in config:
        return _google_error(
            "reasoning_effort and thinking_budget overlap; they cannot be used together"
        )
    if _BLOCK_MARK in last_user_text(body.get("messages") or []):
        return await _gemini_blocked(request, body)
    if not config.get("include_thoughts") or body.get("stream"):
        return await answer_chat(request, body)
    prompt = last_user_text(body.get("messages") or [])

    def with_thoughts(data: dict[str, Any]) -> dict[str, Any]:
        for choice in data["choices"]:
            thought = f"<thought>Considering: {prompt[:60]}</thought>"
            choice["message"]["content"] = thought + (choice["message"]["content"] or "")
        return data

    return await answer_chat(request, body, shape=with_thoughts)


async def _gemini_blocked(request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
    """A candidate the safety filter blocked, in the compatible endpoint's OpenAI shape."""
    base = {"id": "gemini-blocked", "created": int(time.time()), "model": body.get("model")}
    usage = {"prompt_tokens": 8, "completion_tokens": 0, "total_tokens": 8}
    if not body.get("stream"):
        choice = {
            "index": 0,
            "message": {"role": "assistant", "content": None},
            "finish_reason": "content_filter",
        }
        return json_response(
            {**base, "object": "chat.completion", "choices": [choice], "usage": usage}
        )
    resp = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await resp.prepare(request)
    events = [
        {"index": 0, "delta": {"role": "assistant", "content": None}, "finish_reason": None},
        {"index": 0, "delta": {"content": None}, "finish_reason": "content_filter"},
    ]
    for choice in events:
        chunk = {**base, "object": "chat.completion.chunk", "choices": [choice]}
        await resp.write(b"data: " + orjson.dumps(chunk) + b"\n\n")
    last: dict[str, Any] = {
        **base,
        "object": "chat.completion.chunk",
        "choices": [],
        "usage": usage,
    }
    await resp.write(b"data: " + orjson.dumps(last) + b"\n\n" + b"data: [DONE]\n\n")
    await resp.write_eof()
    return resp


def _baidu_error(status: int, code: str, message: str) -> web.Response:
    # "如果请求错误，服务器返回的JSON文本包含以下参数": code, message, type
    kind = "invalid_request_error" if status < 500 else "server_error"
    return json_response({"error": {"code": code, "message": message, "type": kind}}, status=status)


async def qianfan_chat(request: web.Request) -> web.StreamResponse:
    if not _bearer(request):
        return _baidu_error(401, "invalid_iam_token", "IAM Certification failed")
    body = await read_object(request)
    unknown = sorted(set(body) - _QIANFAN_FIELDS)
    if unknown:
        return _baidu_error(400, "invalid_argument", f"unknown parameter: {unknown[0]}")
    effort = body.pop("reasoning_effort", None)
    if effort is not None and effort not in ("low", "medium", "high"):
        return _baidu_error(400, "invalid_argument", "reasoning_effort must be low|medium|high")
    budget = body.pop("thinking_budget", None)
    if budget is not None and (not isinstance(budget, int) or budget < 100):
        return _baidu_error(400, "invalid_argument", "thinking_budget must be >= 100")
    thinking = body.pop("enable_thinking", False) is True
    search = body.pop("web_search", None) or {}
    for key in ("penalty_score", "repetition_penalty", "metadata", "thinking_strategy"):
        body.pop(key, None)
    prompt = last_user_text(body.get("messages") or [])
    blocked = _BLOCK_MARK in prompt

    def shaped(data: dict[str, Any]) -> dict[str, Any]:
        for choice in data["choices"]:
            choice["flag"] = 3 if blocked else 0
            if blocked:
                choice["ban_round"] = -1
            if thinking:
                choice["message"]["reasoning_content"] = f"Considering: {prompt[:60]}"
        if search.get("enable") and search.get("enable_trace"):
            data["search_results"] = [
                {"index": 1, "url": "https://example.com/result", "title": "A search result"}
            ]
        return data

    return await answer_chat(request, body, shape=shaped)


async def upstage_chat(request: web.Request) -> web.StreamResponse:
    if not _bearer(request):
        raise SimRequestError(401, "Invalid API key", code="invalid_api_key")
    body = await read_object(request)
    effort = body.pop("reasoning_effort", None)
    if effort is not None and effort not in _UPSTAGE_EFFORTS:
        raise SimRequestError(
            400,
            f"reasoning_effort must be one of {', '.join(_UPSTAGE_EFFORTS)}",
            param="reasoning_effort",
        )
    if effort not in _UPSTAGE_EFFORTS[2:] or body.get("stream"):
        return await answer_chat(request, body)
    prompt = last_user_text(body.get("messages") or [])

    def with_reasoning(data: dict[str, Any]) -> dict[str, Any]:
        for choice in data["choices"]:
            choice["message"]["reasoning"] = f"Working through: {prompt[:60]}"
        return data

    return await answer_chat(request, body, shape=with_reasoning)


async def yandex_chat(request: web.Request) -> web.StreamResponse:
    auth = request.headers.get("Authorization", "")
    scheme, _, secret = auth.partition(" ")
    if scheme not in ("Api-Key", "Bearer") or not secret.strip():
        raise SimRequestError(401, "Unauthenticated: use Api-Key <key> or Bearer <IAM token>")
    body = await read_object(request)
    model = str(body.get("model") or "")
    m = _MODEL_URI.match(model)
    if m is None:
        raise SimRequestError(
            400,
            f"model {model!r}: expected a model URI gpt://<folder_id>/<model>/<branch>",
            param="model",
        )
    folder = request.headers.get("x-folder-id")
    if folder is not None and folder != m.group("folder"):
        raise SimRequestError(
            403, f"folder {m.group('folder')} of the model URI is not x-folder-id {folder}"
        )
    return await answer_chat(request, {**body, "model": m.group("model")})


async def clova_chat(request: web.Request) -> web.StreamResponse:
    if not _bearer(request):
        raise SimRequestError(401, "Unauthorized: a CLOVA Studio API key is required")
    return await answer_chat(request, await read_object(request))


def add_routes(app: web.Application) -> None:
    _vendor_gigachat.add_routes(app)
    app.router.add_post("/vendors/gemini/v1beta/openai/chat/completions", gemini_chat)
    app.router.add_post("/vendors/yandex/v1/chat/completions", yandex_chat)
    app.router.add_post("/vendors/clova/v1/openai/chat/completions", clova_chat)
    app.router.add_post("/vendors/qianfan/v2/chat/completions", qianfan_chat)
    app.router.add_post("/vendors/upstage/v1/chat/completions", upstage_chat)
