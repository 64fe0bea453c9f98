"""The operations sections of ``kanmon.yaml``: traces, the gateway's log and Prometheus
metrics (docs/operations.md). Kept apart from the request-path settings in ``_schema``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field

from kanmon.config._strict import Strict as _Strict


class TracingSettings(_Strict):
    """OpenTelemetry traces over OTLP/HTTP (needs ``pip install 'kanmon[otel]'``)."""

    enabled: bool = Field(default=False, description="Export a trace of every sampled request")
    endpoint: str = Field(
        default="http://127.0.0.1:4318/v1/traces",
        pattern=r"^https?://",
        description="The collector's OTLP/HTTP traces URL (protobuf)",
    )
    sample_ratio: float = Field(
        # A sampled request costs ~45 µs of CPU in process, nearly all on the event loop, and
        # one not sampled ~1 µs (docs/operations.md, "Cost"): at a twentieth, tracing is a few
        # percent of a request's CPU.
        default=0.05,
        ge=0.0,
        le=1.0,
        description="Share of requests traced when the caller sent no sampled traceparent",
    )
    max_traces_per_s: float = Field(
        # Under load the ratio alone makes tracing's cost grow with the traffic: at 4,000
        # requests a second a twentieth is 200 traces a second per worker. A cap bounds the
        # CPU (and the collector's intake) as Datadog's tracers do by default (100 a second).
        default=100.0,
        ge=0.0,
        description="New traces a worker process starts per second at most, whatever the "
        "ratio says (0: no limit); a caller's sampled traceparent is followed regardless",
    )
    parent_based: bool = Field(
        default=True,
        description="Follow the sampled flag of the caller's traceparent when it sends one",
    )
    service_name: str = Field(default="kanmon", min_length=1, max_length=200)
    steps: bool = Field(
        default=True,
        description="A span per step (auth … audit); false: only the request, the call and "
        "each upstream attempt, for less export work at high volume",
    )
    headers: dict[str, str] = Field(
        default_factory=dict, description="Extra headers for the collector (not secrets)"
    )
    headers_env: dict[str, str] = Field(
        default_factory=dict,
        description="Collector headers whose values come from environment variables "
        "(header name → variable name), e.g. an API key",
    )
    timeout_s: float = Field(default=10.0, gt=0, le=300)
    max_queue_size: int = Field(
        default=2048, ge=1, description="Spans waiting for export; beyond it spans are dropped"
    )
    schedule_delay_ms: int = Field(default=2000, ge=1, description="Export at least this often")


class LoggingSettings(_Strict):
    """The gateway's log: one line per request (at ``info``) and per event."""

    format: Literal["text", "json"] = Field(
        default="text", description="json: one JSON object per line"
    )
    level: Literal["debug", "info", "warning", "error"] | None = Field(
        default=None, description="None: log_level. Request lines are logged at info"
    )


class MetricsSettings(_Strict):
    """Prometheus metrics on the gateway's own port (docs/operations.md, "Metrics")."""

    enabled: bool = Field(
        default=False, description="Serve /metrics and count every model call (an observer)"
    )
    auth: Literal["role", "none"] = Field(
        default="role",
        description="role: /metrics needs an auditor (or admin) key and each scrape is audited; "
        "none: open, for a port only the scraper can reach",
    )
    multiprocess_dir: Path | None = Field(
        default=None,
        description="With gateway.workers > 1: where the workers share their counts (emptied at "
        "start); none: a fresh temporary directory, removed at exit",
    )
    state_ttl_s: float = Field(
        default=5.0,
        ge=0,
        le=300,
        description="Gauges read from the store (review queue, approvals, unsigned records) are "
        "queried at most once per this interval, however often /metrics is scraped",
    )
