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
- CLOVA Studio, ``…/vendors/clova/v1/openai``: a Bearer key; the compatible API lives under
  ``/v1/openai`` only.

Sources: https://ai.google.dev/gemini-api/docs/openai ,
https://yandex.cloud/en/docs/foundation-models/concepts/openai-compatibility ,
https://yandex.cloud/en-ru/docs/yandexgpt/api-ref/authentication ,
https://api.ncloud-docs.com/docs/en/clovastudio-openaicompatibility .
"""

from __future__ import annotations

import re
from typing import Any

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
    if not config.get("include_thoughts") or body.get("stream"):
        return await answer_chat(request, body)
    prompt = last_user_text(body.get("messages") or [])

    def with_thoughts(data: dict[str, Any]) -> dict[str, Any]:
        for choice in data["choices"]:
            thought = f"<thought>Considering: {prompt[:60]}</thought>"
            choice["message"]["content"] = thought + (choice["message"]["content"] or "")
        return data

    return await answer_chat(request, body, shape=with_thoughts)


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
