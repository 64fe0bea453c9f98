"""A fake of Sber's GigaChat API, built from the wire examples of its documentation, under
``/vendors/gigachat``: the OAuth token exchange (``/api/v2/oauth``) and chat completions with
functions (``/api/v1/chat/completions``). Point a ``gigachat`` deployment at
``http://127.0.0.1:<port>/vendors/gigachat/api/v1`` with the option
``auth_url: http://127.0.0.1:<port>/vendors/gigachat/api/v2/oauth``.

What it checks, as the documents describe the real service
(https://developers.sber.ru/docs/ru/gigachat/api/authorization ,
https://developers.sber.ru/docs/ru/gigachat/api/reference/rest/post-chat):

- the token request: ``Authorization: Basic <key>``, ``RqUID`` a uuid4, form ``scope`` one of
  ``GIGACHAT_API_PERS``/``_B2B``/``_CORP``; the answer ``{"access_token", "expires_at"}`` in
  milliseconds (``x-sim-token-ttl: <seconds>`` shortens the life of a test token);
- chat requests: a live Bearer token (401 otherwise), no field GigaChat does not know (422),
  roles ``system``/``user``/``assistant``/``function``, a ``function`` message with its
  ``name``, function-call arguments as a JSON object; a request with ``functions`` (and not
  ``function_call: "none"``) is answered with a call of the first (or the named) function.
``POST /vendors/gigachat/_revoke`` (simulator only) forgets every token, as an expiry would.
"""

from __future__ import annotations

import base64
import secrets
import time
import uuid
from typing import Any

import orjson
from aiohttp import web

from kanmon.simulator._openai import answer_chat
from kanmon.simulator._text import approx_tokens, last_user_text, prompt_tokens
from kanmon.simulator._wire import STATE_KEY, json_response, read_object, send_stream, sse

TOKENS = web.AppKey("kanmon_sim_gigachat_tokens", dict)
SCOPES = frozenset({"GIGACHAT_API_PERS", "GIGACHAT_API_B2B", "GIGACHAT_API_CORP"})
FIELDS = frozenset(
    {
        "model",
        "messages",
        "temperature",
        "top_p",
        "n",
        "stream",
        "max_tokens",
        "repetition_penalty",
        "update_interval",
        "functions",
        "function_call",
        "profanity_check",
        "attachments",
    }
)
_ROLES = frozenset({"system", "user", "assistant", "function"})


def _error(status: int, message: str) -> web.Response:
    return json_response({"status": status, "message": message}, status=status)


async def oauth(request: web.Request) -> web.Response:
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Basic ") or not auth[6:].strip():
        return _error(401, "Authorization header with Basic credentials is required")
    key = auth[6:].strip()
    try:
        base64.b64decode(key, validate=True)
    except ValueError:
        return _error(401, "the authorization key is not Base64")
    configured = request.app[STATE_KEY].config.api_key
    if configured is not None and key != configured:
        return _error(401, "credentials doesn't match db data")
    try:
        uuid.UUID(request.headers.get("RqUID", ""), version=4)
    except ValueError:
        return _error(400, "RqUID must be a uuid4")
    form = await request.post()
    scope = form.get("scope")
    if scope not in SCOPES:
        return _error(400, f"scope must be one of {', '.join(sorted(SCOPES))}")
    ttl = float(request.headers.get("x-sim-token-ttl", "1800"))
    token = secrets.token_urlsafe(24)
    expires = time.time() + ttl
    request.app[TOKENS][token] = expires
    return json_response({"access_token": token, "expires_at": int(expires * 1000)})


async def revoke(request: web.Request) -> web.Response:
    request.app[TOKENS].clear()
    return json_response({"revoked": True})


def _check(body: dict[str, Any]) -> web.Response | None:
    unknown = sorted(set(body) - FIELDS)
    if unknown:
        return _error(422, f"Invalid params: unknown field(s) {', '.join(unknown)}")
    for i, m in enumerate(body.get("messages") or ()):
        if not isinstance(m, dict) or m.get("role") not in _ROLES:
            return _error(422, f"messages[{i}].role must be one of {sorted(_ROLES)}")
        if m["role"] == "function" and not m.get("name"):
            return _error(422, f"messages[{i}]: a function message needs the function's name")
        call = m.get("function_call")
        if call is not None and not isinstance((call or {}).get("arguments"), dict):
            return _error(422, f"messages[{i}].function_call.arguments must be an object")
    return None


async def chat(request: web.Request) -> web.StreamResponse:
    auth = request.headers.get("Authorization", "")
    token = auth[7:] if auth.startswith("Bearer ") else ""
    if request.app[TOKENS].get(token, 0) <= time.time():
        return _error(401, "Unauthorized")
    body = await read_object(request)
    bad = _check(body)
    if bad is not None:
        return bad
    functions = body.get("functions")
    if functions and body.get("function_call") != "none":
        return await _function_call(request, body)
    openai_body = {k: v for k, v in body.items() if k not in ("functions", "function_call")}
    if body.get("stream"):
        openai_body["stream_options"] = {"include_usage": True}  # GigaChat always reports it
    return await answer_chat(request, openai_body, shape=_shape)


def _shape(data: dict[str, Any]) -> dict[str, Any]:
    """An OpenAI completion as GigaChat writes it: no id, no fingerprint, cached tokens."""
    data.pop("id", None)
    data.pop("system_fingerprint", None)
    for choice in data["choices"]:
        choice["message"].pop("refusal", None)
        choice.pop("logprobs", None)
    data["usage"]["precached_prompt_tokens"] = 0
    return data


async def _function_call(request: web.Request, body: dict[str, Any]) -> web.StreamResponse:
    functions = body["functions"]
    named = body.get("function_call")
    fn = functions[0]
    if isinstance(named, dict):
        fn = next((f for f in functions if f.get("name") == named.get("name")), fn)
    prompt = last_user_text(body.get("messages") or [])
    props = ((fn.get("parameters") or {}).get("properties") or {}).keys()
    required = (fn.get("parameters") or {}).get("required") or list(props)[:1]
    call = {"name": fn.get("name"), "arguments": {p: prompt for p in required}}
    usage = {
        "prompt_tokens": prompt_tokens(body.get("messages") or []),
        "completion_tokens": approx_tokens(orjson.dumps(call).decode()),
        "precached_prompt_tokens": 0,
    }
    usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    state_id = str(uuid.uuid4())
    message = {"role": "assistant", "content": "", "function_call": call}
    base = {"created": int(time.time()), "model": body.get("model")}
    if body.get("stream"):
        events = [
            sse(
                {
                    **base,
                    "object": "chat.completion",
                    "choices": [{"index": 0, "delta": {**message, "functions_state_id": state_id}}],
                }
            ),
            sse(
                {
                    **base,
                    "object": "chat.completion",
                    "choices": [{"index": 0, "delta": {}, "finish_reason": "function_call"}],
                    "usage": usage,
                }
            ),
        ]
        return await send_stream(
            request, events, delay_ms=0, fault=None, bad_event=b"", done=b"data: [DONE]\n\n"
        )
    data = {
        **base,
        "object": "chat.completion",
        "choices": [
            {
                "index": 0,
                "message": {**message, "functions_state_id": state_id},
                "finish_reason": "function_call",
            }
        ],
        "usage": usage,
    }
    return json_response(data)


def add_routes(app: web.Application) -> None:
    app[TOKENS] = {}
    app.router.add_post("/vendors/gigachat/api/v2/oauth", oauth)
    app.router.add_post("/vendors/gigachat/api/v1/chat/completions", chat)
    app.router.add_post("/vendors/gigachat/_revoke", revoke)
