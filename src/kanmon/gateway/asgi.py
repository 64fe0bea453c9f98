"""ASGI factory for ``uvicorn --factory kanmon.gateway.asgi:create_app`` (one per worker)."""

from __future__ import annotations

from kanmon.config import find_config, load_config
from kanmon.gateway._app import Gateway
from kanmon.telemetry import configure_logging
from kanmon.wiring import build_services


def create_app() -> Gateway:
    """Read ``$KANMON_CONFIG`` at worker start (not import time). Migrations already ran in the
    parent ``kanmon serve`` process, so workers do not race on the schema."""
    path = find_config()
    config = load_config(path)
    configure_logging(config)  # a worker process logs in the configured format too
    return Gateway(build_services(config, path, run_migrations=False))
