"""Upstream adapters, one per file, registered under the ``kanmon.providers`` entry-point group
(built-ins too), so a user adds a provider by installing a package, not by editing Kanmon."""

from kanmon.providers._http import (
    TRACE_HEADERS,
    UPSTREAM_FAILURES,
    HttpClient,
    RetryPolicy,
    UpstreamHTTPError,
    UpstreamProtocolError,
    describe,
    failure_error,
    is_retryable,
)
from kanmon.providers._registry import available_apis, provider_class
from kanmon.providers.base import ChunkStream, Provider, StreamNormaliser

__all__ = [
    "TRACE_HEADERS",
    "UPSTREAM_FAILURES",
    "ChunkStream",
    "HttpClient",
    "Provider",
    "RetryPolicy",
    "StreamNormaliser",
    "UpstreamHTTPError",
    "UpstreamProtocolError",
    "available_apis",
    "describe",
    "failure_error",
    "is_retryable",
    "provider_class",
]
