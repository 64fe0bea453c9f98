"""Every error Kanmon raises on purpose, in one hierarchy.

Each class carries the HTTP status and the OpenAI error ``type``/``code`` it maps to, so the
gateway maps errors to OpenAI error JSON in exactly one place (``gateway/_errors.py``) and the
CLI prints ``str(error)`` as a one-line message.

    KanmonError
    ├── ConfigError              config file invalid (names file, key path, expectation)
    ├── CatalogError             catalog data invalid or entry unknown
    ├── StoreError               database unreachable or inconsistent
    ├── EvalError                eval dataset, suite, scorer or run invalid
    └── RequestError             anything that ends one API request
        ├── BadRequestError          400 invalid JSON / schema
        ├── AuthenticationError      401 no or bad key
        ├── PermissionDeniedError    403 role or policy forbids
        │   ├── PolicyBlockedError       403 policy blocked the request or cut the output
        │   └── ReviewPendingError       403 policy holds the request for human review
        │   └── ApprovalRequiredError    403 no live governance approval for this request
        │   └── CostUnknownError         403 a USD budget, and no candidate's cost converts to USD
        ├── ConflictError            409 action not allowed in the object's current state
        ├── NotFoundError            404 unknown model / route
        ├── RequestTimeoutError      408 the client sent its request too slowly
        ├── PayloadTooLargeError     413 body over the limit
        ├── RateLimitError           429 caller over its limit
        ├── ServiceUnavailableError  503 Kanmon cannot record or serve (fails closed)
        │   └── StoreUnavailableError    503 the database cannot be reached or used now
        └── UpstreamError            502 every deployment failed
            ├── UpstreamTimeoutError 504 every deployment timed out
            └── UpstreamRateLimitError 429 every deployment said 429 (Retry-After passed on)
"""

from __future__ import annotations

from typing import Any


class KanmonError(Exception):
    """Base of every deliberate Kanmon error."""

    status: int = 500
    error_type: str = "server_error"
    code: str | None = None

    def __init__(self, message: str, *, code: str | None = None, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.param = param

    def to_openai(self) -> dict[str, Any]:
        """The OpenAI-style error body."""
        return {
            "error": {
                "message": self.message,
                "type": self.error_type,
                "param": self.param,
                "code": self.code,
            }
        }


class ConfigError(KanmonError):
    """The configuration file is missing or invalid."""

    error_type = "config_error"


class CatalogError(KanmonError):
    """The catalog is invalid or an entry is unknown."""

    error_type = "catalog_error"


class StoreError(KanmonError):
    """The database cannot be used."""

    error_type = "store_error"


class RequestError(KanmonError):
    """An error that ends one API request."""


class BadRequestError(RequestError):
    status = 400
    error_type = "invalid_request_error"


class AuthenticationError(RequestError):
    status = 401
    error_type = "authentication_error"
    code = "invalid_api_key"


class PermissionDeniedError(RequestError):
    status = 403
    error_type = "permission_error"
    code = "forbidden"


class PolicyBlockedError(PermissionDeniedError):
    """Policy refused the request, or cut a response that carried what it must not."""

    code = "policy_blocked"


class ReviewPendingError(PermissionDeniedError):
    """Policy holds the request for a human reviewer; poll ``GET /v1/reviews/{review_id}``.

    A 403 on purpose: an OpenAI SDK raises ``PermissionDeniedError`` (never retried) whose
    ``code`` is ``held_for_review`` and whose body carries ``review_id`` and ``poll_url``.
    """

    code = "held_for_review"

    def __init__(self, message: str, *, review_id: str) -> None:
        super().__init__(message)
        self.review_id = review_id

    def to_openai(self) -> dict[str, Any]:
        body = super().to_openai()
        body["error"]["review_id"] = self.review_id
        body["error"]["poll_url"] = f"/v1/reviews/{self.review_id}"
        return body


class ApprovalRequiredError(PermissionDeniedError):
    """Governance: no candidate deployment holds a live approval for the caller's use case and
    the request's data class. The message names what is missing for each deployment."""

    code = "approval_required"


class CostUnknownError(PermissionDeniedError):
    """The caller's key has a USD budget and every candidate deployment is priced in a currency
    with no rate in ``pricing.rates``: its cost cannot be counted, so it is not spent. The
    message names each deployment and its currency."""

    code = "cost_unknown"


class ConflictError(RequestError):
    status = 409
    error_type = "invalid_request_error"
    code = "invalid_state"


class NotFoundError(RequestError):
    status = 404
    error_type = "invalid_request_error"
    code = "model_not_found"


class MethodNotAllowedError(RequestError):
    status = 405
    error_type = "invalid_request_error"
    code = "method_not_allowed"


class RequestTimeoutError(RequestError):
    """The client did not send its request line, headers or body in time (slowloris)."""

    status = 408
    error_type = "invalid_request_error"
    code = "request_timeout"


class PayloadTooLargeError(RequestError):
    status = 413
    error_type = "invalid_request_error"
    code = "request_too_large"


class RateLimitError(RequestError):
    status = 429
    error_type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after_s: int = 1, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after_s = retry_after_s


class ServiceUnavailableError(RequestError):
    """Kanmon itself cannot serve now (e.g. the audit store is down): fail closed. The response
    carries ``Retry-After: retry_after_s``; the condition is expected to pass."""

    status = 503
    error_type = "server_error"
    code = "service_unavailable"

    def __init__(self, message: str, *, retry_after_s: int = 1, code: str | None = None) -> None:
        super().__init__(message, code=code)
        self.retry_after_s = retry_after_s


class StoreUnavailableError(ServiceUnavailableError):
    """The database is down, frozen, starting up, full or refusing connections. Raised instead
    of the driver's error, so no caller sees a traceback and the edge answers 503."""

    code = "store_unavailable"

    def __init__(self, message: str, *, retry_after_s: int = 2) -> None:
        super().__init__(message, retry_after_s=retry_after_s)


class UpstreamError(RequestError):
    """Every candidate deployment failed; ``attempts`` says how each one failed."""

    status = 502
    error_type = "upstream_error"
    code = "upstream_failed"

    def __init__(
        self, message: str, *, attempts: list[str] | None = None, code: str | None = None
    ) -> None:
        super().__init__(message, code=code)
        self.attempts = attempts or []


class UpstreamTimeoutError(UpstreamError):
    status = 504
    code = "upstream_timeout"


class UpstreamRateLimitError(UpstreamError):
    """Every candidate deployment was rate-limited past its retries: the caller hears 429 with
    the upstreams' ``Retry-After`` (the shortest wait), not a 502."""

    status = 429
    error_type = "rate_limit_error"
    code = "upstream_rate_limited"

    def __init__(self, message: str, *, attempts: list[str], retry_after_s: int) -> None:
        super().__init__(message, attempts=attempts)
        self.retry_after_s = retry_after_s


class EvalError(KanmonError):
    """An evaluation dataset, suite, scorer or run is invalid or cannot proceed."""

    error_type = "eval_error"
