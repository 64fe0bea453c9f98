"""Sber's GigaChat API (gigachat.devices.sberbank.ru/api/v1), OpenAI-like but not OpenAI.

What this adapter relies on:

- Requests carry an OAuth 2.0 access token, exchanged for the *authorization key* (Base64 of
  client id and secret; the deployment's API key) at ``POST https://ngw.devices.sberbank.ru:
  9443/api/v2/oauth`` with ``Authorization: Basic <key>``, a fresh uuid4 in ``RqUID``, and the
  form field ``scope`` (``GIGACHAT_API_PERS``, ``_B2B`` or ``_CORP``). The answer is
  ``{"access_token": …, "expires_at": <ms since the epoch>}``; a token lives 30 minutes and at
  most 10 token requests a second are served, so one token is shared by every request of the
  deployment and renewed ``token_refresh_margin_s`` before it expires, or at once after a 401.
  https://developers.sber.ru/docs/ru/gigachat/api/authorization ,
  https://developers.sber.ru/docs/ru/gigachat/api/reference/rest/post-token
- The servers present certificates of the Russian Trusted Root CA, which default trust stores
  lack: ``ca_bundle`` names a PEM file to trust for both hosts (never turn checks off).
  https://developers.sber.ru/docs/ru/gigachat/certificates
- The message format is "partially compatible" with OpenAI: functions instead of tools. A
  request's ``tools`` become ``functions`` and ``tool_choice`` becomes ``function_call``; an
  assistant tool call is sent as ``function_call`` with the arguments as a JSON *object*, and a
  tool result as a ``function`` message naming the function. Answers come back the same way
  (``finish_reason: function_call``) and are turned into OpenAI ``tool_calls``; one call per
  message is all GigaChat takes. ``finish_reason: blacklist`` (the answer was withheld) becomes
  ``content_filter``; ``usage.precached_prompt_tokens`` becomes the cached-token count.
  https://developers.sber.ru/docs/ru/gigachat/api/compatible-openai ,
  https://developers.sber.ru/docs/ru/gigachat/guides/functions
- Only the fields of GigaChat's chat request are sent (OpenAI-only fields such as
  ``stream_options`` or ``response_format`` are left out rather than risk a 422); GigaChat
  reports stream usage in its last chunk by itself.
  https://developers.sber.ru/docs/ru/gigachat/api/reference/rest/post-chat

Deployment options: ``scope`` (default ``GIGACHAT_API_PERS``), ``auth_url`` (default the URL
above), ``ca_bundle`` (path of a PEM file), ``token_refresh_margin_s`` (default 60).
"""

from __future__ import annotations

import asyncio
import ssl
import time
import uuid
from typing import Any, ClassVar

import orjson

from kanmon.core.catalog import Deployment
from kanmon.errors import BadRequestError, ConfigError
from kanmon.plugins import register
from kanmon.providers._http import HttpClient, UpstreamHTTPError, UpstreamProtocolError
from kanmon.providers._params import cached_tokens_to_details
from kanmon.providers._registry import PROVIDERS
from kanmon.providers.base import JSON, ChunkStream, Provider, StreamNormaliser

AUTH_URL = "https://ngw.devices.sberbank.ru:9443/api/v2/oauth"
#: The fields of GigaChat's chat request; anything else is not sent.
_FIELDS = frozenset(
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
    }
)
_FINISH = {"function_call": "tool_calls", "blacklist": "content_filter"}


@register(PROVIDERS)
class GigaChatProvider(Provider):
    api: ClassVar[str] = "gigachat"
    dynamic_auth: ClassVar[bool] = True
    request_stream_usage: ClassVar[bool] = False

    def __init__(self, deployment: Deployment, http: HttpClient, api_key: str | None) -> None:
        super().__init__(deployment, http, api_key)
        opts = deployment.options
        self._auth_key = api_key
        self._scope = str(opts.get("scope", "GIGACHAT_API_PERS"))
        self._auth_url = str(opts.get("auth_url", AUTH_URL))
        self._margin = float(opts.get("token_refresh_margin_s", 60))
        self._token: str | None = None
        self._expires = 0.0
        self._lock: asyncio.Lock | None = None
        bundle = opts.get("ca_bundle")
        if bundle:
            try:
                self.ssl = ssl.create_default_context(cafile=str(bundle))
            except (OSError, ssl.SSLError) as e:
                raise ConfigError(
                    f"deployment {deployment.id}: ca_bundle {bundle!r} is not a readable PEM "
                    f"file: {e}"
                ) from None

    def build_headers(self, api_key: str | None) -> dict[str, str]:
        # the key is exchanged for a token; it never goes to the chat endpoint itself
        return {"Content-Type": "application/json", "Accept": "application/json"}

    # -- the token --------------------------------------------------------------------------

    async def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self._access_token()}"}

    async def _access_token(self) -> str:
        if self._token is not None and time.time() < self._expires - self._margin:
            return self._token
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:  # one exchange however many requests wait for it
            if self._token is not None and time.time() < self._expires - self._margin:
                return self._token
            self._token, self._expires = await self._exchange()
            return self._token

    async def _exchange(self) -> tuple[str, float]:
        if not self._auth_key:
            raise UpstreamHTTPError(401, b"no GigaChat authorization key configured")
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
            "RqUID": str(uuid.uuid4()),
            "Authorization": f"Basic {self._auth_key}",
        }
        async with self.http.session.post(
            self._auth_url,
            data={"scope": self._scope},
            headers=headers,
            timeout=self._timeout,
            **self._extra(),
        ) as resp:
            await self._check(resp)
            try:
                data = orjson.loads(await resp.read())
                token, expires_ms = data["access_token"], data["expires_at"]
            except (orjson.JSONDecodeError, KeyError, TypeError) as e:
                raise UpstreamProtocolError("GigaChat answered the token request oddly") from e
        if not isinstance(token, str) or not isinstance(expires_ms, int | float):
            raise UpstreamProtocolError("GigaChat sent a token without its expiry")
        return token, expires_ms / 1000

    def _forget_token(self) -> None:
        self._token, self._expires = None, 0.0

    async def chat(self, body: JSON) -> JSON:
        try:
            return await super().chat(body)
        except UpstreamHTTPError as e:
            if e.status != 401:
                raise
            self._forget_token()  # revoked or expired early: one new token, one more try
            return await super().chat(body)

    async def open_stream(self, body: JSON) -> ChunkStream:
        try:
            return await super().open_stream(body)
        except UpstreamHTTPError as e:
            if e.status != 401:
                raise
            self._forget_token()
            return await super().open_stream(body)

    async def embeddings(self, body: JSON) -> JSON:
        return await super().embeddings({k: body[k] for k in ("model", "input") if k in body})

    # -- the request ------------------------------------------------------------------------

    def prepare_chat(self, body: JSON, *, stream: bool) -> JSON:
        out: JSON = {k: v for k, v in body.items() if k in _FIELDS}
        if "max_completion_tokens" in body and "max_tokens" not in out:
            out["max_tokens"] = body["max_completion_tokens"]
        tools = body.get("tools")
        if isinstance(tools, list) and tools:
            out["functions"] = [
                t["function"] for t in tools if isinstance(t, dict) and t.get("type") == "function"
            ]
            choice = body.get("tool_choice")
            if isinstance(choice, dict):
                out["function_call"] = {"name": (choice.get("function") or {}).get("name")}
            elif choice in ("none", "auto"):
                out["function_call"] = choice
            elif choice == "required":
                out["function_call"] = "auto"  # GigaChat has no "must call" mode
        out["messages"] = _messages(body.get("messages") or [])
        return out

    # -- the answer -------------------------------------------------------------------------

    def normalise_response(self, data: JSON) -> JSON:
        for choice in data.get("choices") or ():
            msg = choice.get("message")
            if isinstance(msg, dict):
                _tool_call(msg, delta=False)
            reason = choice.get("finish_reason")
            choice["finish_reason"] = _FINISH.get(reason, reason)
        cached_tokens_to_details(data.get("usage"), "precached_prompt_tokens")
        return data

    def stream_normaliser(self) -> StreamNormaliser:
        return _GigaChatStream()


def _text(content: Any) -> str:
    if isinstance(content, list):  # OpenAI content parts: GigaChat takes text
        return "".join(
            str(p.get("text", "")) for p in content if isinstance(p, dict) and "text" in p
        )
    return "" if content is None else str(content)


def _messages(messages: list[Any]) -> list[JSON]:
    out: list[JSON] = []
    names: dict[str, str] = {}  # tool call id → function name, for the results
    for m in messages:
        if not isinstance(m, dict):
            continue
        role = m.get("role")
        if role == "developer":
            role = "system"
        if role == "tool":
            name = names.get(str(m.get("tool_call_id")), m.get("name") or "function")
            out.append({"role": "function", "name": name, "content": _text(m.get("content"))})
            continue
        msg: JSON = {"role": role, "content": _text(m.get("content"))}
        calls = m.get("tool_calls")
        if role == "assistant" and isinstance(calls, list) and calls:
            if len(calls) > 1:
                raise BadRequestError(
                    "GigaChat takes one function call per assistant message",
                    param="messages",
                    code="unsupported_parameter",
                )
            fn = calls[0].get("function") or {}
            names[str(calls[0].get("id"))] = str(fn.get("name"))
            try:
                args = orjson.loads(fn.get("arguments") or "{}")
            except orjson.JSONDecodeError:
                raise BadRequestError(
                    "tool call arguments must be JSON", param="messages", code="invalid_value"
                ) from None
            msg["function_call"] = {"name": fn.get("name"), "arguments": args}
        out.append(msg)
    return out


def _tool_call(msg: JSON, *, delta: bool) -> None:
    """GigaChat's ``function_call`` (arguments an object) as an OpenAI ``tool_calls`` entry."""
    call = msg.pop("function_call", None)
    state = msg.pop("functions_state_id", None)
    if not isinstance(call, dict):
        return
    args = call.get("arguments")
    entry: JSON = {
        "id": f"call_{state}" if state else "call_0",
        "type": "function",
        "function": {
            "name": call.get("name"),
            "arguments": args if isinstance(args, str) else orjson.dumps(args or {}).decode(),
        },
    }
    if delta:
        entry["index"] = 0
    msg["tool_calls"] = [entry]


class _GigaChatStream(StreamNormaliser):
    def feed(self, chunk: JSON) -> list[JSON]:
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta")
            if isinstance(delta, dict):
                _tool_call(delta, delta=True)
            reason = choice.get("finish_reason")
            if reason is not None:
                choice["finish_reason"] = _FINISH.get(reason, reason)
        cached_tokens_to_details(chunk.get("usage"), "precached_prompt_tokens")
        return [chunk]
