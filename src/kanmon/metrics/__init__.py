"""Prometheus metrics: an observer counting every model call by bounded labels (its latency
buckets naming a request as exemplars, in OpenMetrics), gauges of the
review queue, approvals and the audit log read from the store at scrape time, and the
multiprocess directory that lets a scrape of one worker speak for all of them
(docs/operations.md, "Metrics"). Above the request path and the steps it reads, below the
wiring that builds it."""

from kanmon.metrics._families import RequestMetrics
from kanmon.metrics._observer import MetricsObserver
from kanmon.metrics._runtime import (
    CONTENT_TYPE,
    OPENMETRICS_TYPE,
    Metrics,
    multiprocess_dir,
    wants_openmetrics,
    worker_exited,
)
from kanmon.metrics._state import StateCollector

__all__ = [
    "CONTENT_TYPE",
    "OPENMETRICS_TYPE",
    "Metrics",
    "MetricsObserver",
    "RequestMetrics",
    "StateCollector",
    "multiprocess_dir",
    "wants_openmetrics",
    "worker_exited",
]
