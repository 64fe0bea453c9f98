"""The one place where exceptions become OpenAI-style error responses."""

from __future__ import annotations

import logging

import orjson

from kanmon.errors import KanmonError, StoreUnavailableError
from kanmon.store import is_unavailable, unavailable

log = logging.getLogger("kanmon.gateway")


def error_body(exc: BaseException, request_id: str | None = None) -> tuple[int, bytes, str | None]:
    """(status, JSON body, error code). Unknown exceptions become a 500 without internals: the
    traceback goes to the server log under the request id, never to the client. A database
    that cannot be used now is a 503 ``store_unavailable``, logged once per interval."""
    exc = unavailable(exc) or exc
    if isinstance(exc, KanmonError):
        body = exc.to_openai()
        status, code = exc.status, exc.code
    else:
        log.error("unhandled error in request %s", request_id, exc_info=exc)
        status, code = 500, "internal_error"
        body = {
            "error": {
                "message": f"Internal error in the gateway (request {request_id}).",
                "type": "server_error",
                "param": None,
                "code": code,
            }
        }
    if request_id:
        body["error"]["request_id"] = request_id
    return status, orjson.dumps(body), code


def sse_error(exc: BaseException, request_id: str) -> bytes:
    """The same error body as a server-sent event, for a stream that already began."""
    return b"data: " + error_body(exc, request_id)[1] + b"\n\n"


def error_headers(exc: BaseException) -> list[tuple[bytes, bytes]]:
    """``Retry-After`` for every error that says when to come back (rate limits, an upstream
    that rate-limited, a store that is down)."""
    if not isinstance(exc, KanmonError) and is_unavailable(exc):
        exc = StoreUnavailableError("")
    after = getattr(exc, "retry_after_s", None)
    if isinstance(exc, KanmonError) and isinstance(after, int):
        return [(b"retry-after", str(after).encode())]
    return []
