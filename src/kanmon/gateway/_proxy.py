"""The OpenAI-compatible endpoints: chat completions (JSON and SSE), embeddings, models."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import aiohttp
import orjson

from kanmon.audit._writer import AuditUnavailable
from kanmon.errors import KanmonError, PermissionDeniedError, RequestError, ServiceUnavailableError
from kanmon.gateway._asgi import (
    JSON_HEADERS,
    SSE_HEADERS,
    ClientDisconnected,
    Receive,
    Scope,
    Send,
    read_body,
    send_bytes,
)
from kanmon.gateway._errors import error_body, error_headers
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._schemas import (
    ChatCompletionRequest,
    EmbeddingsRequest,
    parse_json,
    validate,
)
from kanmon.gateway._services import Services
from kanmon.limits import completion_cap, prompt_bound
from kanmon.limits._base import has_budget
from kanmon.providers._http import UpstreamHTTPError, UpstreamProtocolError, describe

log = logging.getLogger("kanmon.gateway")
_MIDSTREAM_FAILURES = (UpstreamProtocolError, UpstreamHTTPError, aiohttp.ClientError, TimeoutError)
_DONE = b"data: [DONE]\n\n"


class Proxy:
    def __init__(self, services: Services) -> None:
        self.s = services
        self._limit = services.config.gateway.max_body_bytes
        self._durable = services.config.audit.durable_before_response
        self._content = services.config.audit.content
        self._reserve_default = services.config.limits.default_reserve_tokens

    # -- shared ------------------------------------------------------------------------------

    def keeps_content(self, ex: Exchange) -> bool:
        return (ex.content_mode or self._content) != "none"

    async def _audit(self, ex: Exchange) -> None:
        rec = ex.record()
        envelope = None
        mode = ex.content_mode or self._content
        if mode != "none":  # the content hand-over: nothing is serialised for mode none
            try:
                sealed = self.s.sealer.seal(mode, ex.request_id, ex.body, ex.response)
            except (ValueError, KanmonError) as e:  # e.g. a policy named an unknown mode
                log.error("audit content of %s not kept: %s", ex.request_id, e)
                sealed, rec.content = None, {"mode": str(mode), "error": "not kept"}
            if sealed is not None:
                envelope, rec.content = sealed
        fut = self.s.audit.submit(rec, wait=self._durable, content=envelope)
        if ex.reservation is not None:  # its round trip overlaps the group commit
            r, ex.reservation = ex.reservation, None
            try:
                await self.s.limits.settle(
                    r, rec.prompt_tokens + rec.completion_tokens, rec.cost_usd
                )
            except ServiceUnavailableError as e:
                log.warning("budget of %s not settled: %s", r.key_id, e.message)
        if fut is not None:
            try:
                await fut
            except AuditUnavailable:
                raise ServiceUnavailableError(
                    "The audit log is unavailable, so the request was not completed."
                ) from None

    def _headers(self, ex: Exchange) -> list[tuple[bytes, bytes]]:
        h = [(b"x-request-id", ex.request_id.encode())]
        if ex.deployment is not None:
            h.append((b"x-kanmon-deployment", ex.deployment.id.encode()))
        if len(ex.attempts) > 1:
            h.append((b"x-kanmon-fallbacks", str(len(ex.attempts) - 1).encode()))
        h.extend(ex.headers)
        return h

    async def _fail(self, ex: Exchange, exc: BaseException, send: Send) -> None:
        status, body, code = error_body(exc, ex.request_id)
        ex.status, ex.error_code = status, code
        try:
            await self._audit(ex)
        except ServiceUnavailableError as e:
            status, body, code = error_body(e, ex.request_id)
        await send_bytes(
            send, status, body, [*JSON_HEADERS, *self._headers(ex), *error_headers(exc)]
        )

    async def _begin(
        self, ex: Exchange, scope: Scope, receive: Receive, schema: type[Any]
    ) -> dict[str, Any]:
        ex.principal = await self.s.auth.authenticate(scope["headers"])
        body = parse_json(await read_body(scope, receive, self._limit))
        validate(schema, body)
        ex.model = body["model"]
        ex.candidates = self.s.router.candidates(body["model"], ex.principal)
        ex.body = body
        ex.state["headers"] = scope["headers"]
        await self.s.pipeline.before_route(ex)
        if not ex.candidates:
            raise PermissionDeniedError(
                f"No deployment of {ex.model!r} may serve this request ({'; '.join(ex.reasons)}).",
                code="no_permitted_deployment",
            )
        body = ex.body if ex.body is not None else body
        if has_budget(ex.principal):
            await self._reserve(ex, body, schema is ChatCompletionRequest)
        return body

    async def _reserve(self, ex: Exchange, body: dict[str, Any], chat: bool) -> None:
        """Hold the worst case of this request against the caller's budget (see limits)."""
        assert ex.principal is not None
        prompt = prompt_bound(body)
        completion = completion_cap(body, self._reserve_default) if chat else 0
        usd = max(
            (d.price.cost(prompt, completion) for d in ex.candidates if d.price is not None),
            default=0.0,
        )
        ex.reservation = await self.s.limits.reserve(ex.principal, prompt + completion, usd)

    # -- POST /v1/chat/completions -------------------------------------------------------------

    async def chat(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="chat.completions")
        try:
            body = await self._begin(ex, scope, receive, ChatCompletionRequest)
            ex.body = body
            if body.get("stream"):
                ex.stream = True
                await self._stream(ex, body, receive, send)
                return
            result = await self.s.router.chat(ex, body)
            self.s.pipeline.served(ex)
            _take_usage(ex, result.get("usage"))
            result["model"] = ex.model
            result = self.s.pipeline.after_response(ex, result)
            if self.keeps_content(ex):
                ex.response = result
            ex.status = 200
            await self._audit(ex)
        except ClientDisconnected:
            ex.status, ex.error_code = 499, "client_disconnected"
            await self._audit_quietly(ex)
            return
        except asyncio.CancelledError:
            if not ex.status:
                self._record_cancelled(ex)
            raise
        except Exception as e:
            await self._fail(ex, e, send)
            return
        await send_bytes(send, 200, orjson.dumps(result), [*JSON_HEADERS, *self._headers(ex)])

    def _record_cancelled(self, ex: Exchange) -> None:
        """Server shutdown cancelled the request: nobody can wait for the commit any more, but
        the record still goes to the writer, which flushes its queue before it stops."""
        ex.status, ex.error_code = 499, "cancelled"
        self.s.audit.submit(ex.record(), wait=False)

    async def _audit_quietly(self, ex: Exchange) -> None:
        with contextlib.suppress(ServiceUnavailableError):
            await self._audit(ex)

    async def _stream(
        self, ex: Exchange, body: dict[str, Any], receive: Receive, send: Send
    ) -> None:
        opts = body.get("stream_options") or {}
        wants_usage = bool(opts.get("include_usage"))
        chunks = await self.s.router.open_stream(ex, body)
        self.s.pipeline.served(ex)
        filters = self.s.pipeline.stream_filters(ex)
        kept: list[dict[str, Any]] | None = [] if self.keeps_content(ex) else None
        ex.response = kept
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [*SSE_HEADERS, *self._headers(ex)],
            }
        )
        # A pending receive() completes when the client disconnects; checking it between events
        # costs nothing and lets us stop paying the upstream for tokens nobody reads.
        gone = asyncio.ensure_future(receive())
        error: bytes | None = None
        ex.status = 200
        try:
            async for chunk in chunks:
                if gone.done():
                    ex.status, ex.error_code = 499, "client_disconnected"
                    break
                usage = chunk.get("usage")
                if usage:
                    _take_usage(ex, usage)
                    if not chunk.get("choices") and not wants_usage:
                        continue
                chunk["model"] = ex.model
                out = [chunk]
                for f in filters:
                    out = [o for c in out for o in f.feed(c)]
                if kept is not None:
                    kept.extend(out)
                for c in out:
                    await send(
                        {
                            "type": "http.response.body",
                            "body": b"data: " + orjson.dumps(c) + b"\n\n",
                            "more_body": True,
                        }
                    )
            else:
                for f in filters:
                    for c in f.finish():
                        if kept is not None:
                            kept.append(c)
                        await send(
                            {
                                "type": "http.response.body",
                                "body": b"data: " + orjson.dumps(c) + b"\n\n",
                                "more_body": True,
                            }
                        )
        except _MIDSTREAM_FAILURES as e:
            ex.status, ex.error_code = 502, "upstream_stream_failed"
            ex.reasons.append(f"stream broke after first byte: {describe(e)}")
            error = _sse_error(
                f"The upstream stream failed mid-response ({describe(e)}).",
                "upstream_stream_failed",
                ex.request_id,
            )
        except RequestError as e:  # an output filter cut the stream
            ex.status, ex.error_code = e.status, e.code
            error = _sse_error(e.message, e.code, ex.request_id)
        except asyncio.CancelledError:
            self._record_cancelled(ex)
            raise
        except Exception as e:  # a bug must not leave the caller with a silently short answer
            log.error("stream %s failed", ex.request_id, exc_info=e)
            ex.status, ex.error_code = 500, "internal_error"
            error = _sse_error("Internal error in the gateway.", "internal_error", ex.request_id)
        finally:
            with contextlib.suppress(Exception):
                await chunks.aclose()  # type: ignore[attr-defined]
            gone.cancel()
        # The final event is only sent once the record is durable, so a caller that saw
        # [DONE] knows the exchange is on the audit log.
        try:
            await self._audit(ex)
        except ServiceUnavailableError as e:
            error = _sse_error(e.message, e.code, ex.request_id)
        if ex.status == 499:
            return
        tail = (error or b"") + _DONE
        await send({"type": "http.response.body", "body": tail, "more_body": False})

    # -- POST /v1/embeddings -----------------------------------------------------------------

    async def embeddings(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="embeddings")
        try:
            body = await self._begin(ex, scope, receive, EmbeddingsRequest)
            ex.body = body
            result = await self.s.router.embeddings(ex, body)
            self.s.pipeline.served(ex)
            _take_usage(ex, result.get("usage"))
            result["model"] = ex.model
            ex.status = 200
            await self._audit(ex)
        except ClientDisconnected:
            ex.status, ex.error_code = 499, "client_disconnected"
            await self._audit_quietly(ex)
            return
        except asyncio.CancelledError:
            if not ex.status:
                self._record_cancelled(ex)
            raise
        except Exception as e:
            await self._fail(ex, e, send)
            return
        await send_bytes(send, 200, orjson.dumps(result), [*JSON_HEADERS, *self._headers(ex)])

    # -- GET /v1/models ------------------------------------------------------------------------

    async def models(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="models")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            data = []
            for name in self.s.router.model_names():
                if not p.may_use(name):
                    continue
                chain = self.s.router.routes.get(name) or [self.s.router.direct[name]]
                data.append(
                    {
                        "id": name,
                        "object": "model",
                        "created": 0,
                        "owned_by": "kanmon",
                        "kanmon": {
                            "deployments": [
                                {
                                    "id": d.id,
                                    "provider": d.provider,
                                    "processing_region": d.processing_region,
                                    "provider_jurisdiction": d.provider_jurisdiction,
                                    "simulated": d.simulated,
                                }
                                for d in chain
                            ]
                        },
                    }
                )
            payload = orjson.dumps({"object": "list", "data": data})
            ex.status = 200
            await self._audit(ex)
        except Exception as e:
            await self._fail(ex, e, send)
            return
        await send_bytes(send, 200, payload, [*JSON_HEADERS, *self._headers(ex)])


def _take_usage(ex: Exchange, usage: Any) -> None:
    if isinstance(usage, dict):
        pt, ct = usage.get("prompt_tokens"), usage.get("completion_tokens")
        if isinstance(pt, int):
            ex.prompt_tokens = pt
        if isinstance(ct, int):
            ex.completion_tokens = ct


def _sse_error(message: str, code: str | None, request_id: str) -> bytes:
    body = {
        "error": {
            "message": message,
            "type": "upstream_error",
            "param": None,
            "code": code,
            "request_id": request_id,
        }
    }
    return b"data: " + orjson.dumps(body) + b"\n\n"
