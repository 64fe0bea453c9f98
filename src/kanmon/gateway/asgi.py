"""ASGI factory for ``uvicorn --factory kanmon.gateway.asgi:create_app`` (one per worker)."""

from __future__ import annotations

import os

from kanmon.config import find_config, load_config
from kanmon.gateway._app import Gateway
from kanmon.gateway._workers import WORKERS_ENV
from kanmon.telemetry import configure_logging
from kanmon.wiring import build_services


def create_app() -> Gateway:
    """Read ``$KANMON_CONFIG`` (and the supervisor's worker count) at worker start, not at
    import time. Migrations already ran in the parent ``kanmon serve`` process, so workers do
    not race on the schema."""
    path = find_config()
    config = load_config(path)
    workers = os.environ.get(WORKERS_ENV)
    if workers:
        config = config.with_workers(int(workers))
    configure_logging(config)  # a worker process logs in the configured format too
    return Gateway(build_services(config, path, run_migrations=False))
