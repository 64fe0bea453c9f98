"""The telemetry observers a configuration asks for."""

from __future__ import annotations

import logging

from kanmon.config import KanmonConfig
from kanmon.errors import ConfigError
from kanmon.request import Observer
from kanmon.telemetry._logs import RequestLog, wants_request_lines

log = logging.getLogger("kanmon.telemetry")


def build_observers(config: KanmonConfig) -> tuple[Observer, ...]:
    """The request log when the level lets request lines through (info or lower); the tracer
    when ``tracing.enabled`` (a ConfigError if the ``otel`` extra is not installed)."""
    out: list[Observer] = []
    if wants_request_lines(config):
        out.append(RequestLog())
    if config.tracing.enabled:
        try:
            from kanmon.telemetry._otel import Tracer
        except ImportError as e:
            raise ConfigError(
                "tracing.enabled needs the OpenTelemetry SDK, which is not installed "
                f"({e.name or e}): pip install 'kanmon[otel]'"
            ) from None
        out.append(Tracer(config.tracing, config.audit.content))
        log.info(
            "tracing: OTLP/HTTP to %s, sample_ratio %s, max_traces_per_s %s",
            config.tracing.endpoint,
            config.tracing.sample_ratio,
            config.tracing.max_traces_per_s or "0 (no cap)",
        )
    return tuple(out)


def close_observers(observers: tuple[Observer, ...]) -> None:
    """Flush and stop what exports in the background (the tracer's batch of spans)."""
    for o in observers:
        close = getattr(o, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                log.exception("closing %s failed", type(o).__name__)
