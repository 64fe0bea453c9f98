"""The one place where exceptions become OpenAI-style error responses."""

from __future__ import annotations

import logging
from typing import Any

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


#: HTTP status → Anthropic's error type (https://docs.anthropic.com/en/api/errors).
_ANTHROPIC_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    504: "timeout_error",
    529: "overloaded_error",
}


def anthropic_error_type(status: int) -> str:
    if status in _ANTHROPIC_TYPES:
        return _ANTHROPIC_TYPES[status]
    return "invalid_request_error" if status < 500 else "api_error"


def anthropic_error_body(exc: BaseException, request_id: str | None) -> tuple[int, bytes]:
    """The same error in Anthropic's shape (``{"type": "error", "error": {type, message}}``),
    keeping Kanmon's code and request id beside them for the audit trail."""
    status, body, code = error_body(exc, request_id)
    inner = orjson.loads(body)["error"]
    err: dict[str, Any] = {
        "type": anthropic_error_type(status),
        "message": inner["message"],
        "code": code,
    }
    for key in ("request_id", "review_id", "poll_url", "param"):
        if inner.get(key) is not None:
            err[key] = inner[key]
    return status, orjson.dumps({"type": "error", "error": err, "request_id": request_id})
