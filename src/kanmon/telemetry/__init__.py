"""What a platform team sees of the gateway besides its answers: OpenTelemetry traces of each
request (GenAI conventions, OTLP/HTTP, the ``otel`` extra) and the log (text or JSON lines, one
per request and per event). Both are observers of finished exchanges (``kanmon.request``):
built from config by ``build_observers``; nothing of them runs when they are not configured."""

from kanmon.telemetry._build import build_observers, close_observers
from kanmon.telemetry._logs import (
    FIELDS,
    REQUEST_LOGGER,
    JsonFormatter,
    RequestLog,
    TextFormatter,
    configure_logging,
)

__all__ = [
    "FIELDS",
    "REQUEST_LOGGER",
    "JsonFormatter",
    "RequestLog",
    "TextFormatter",
    "build_observers",
    "close_observers",
    "configure_logging",
]
