"""``kanmon serve``: run the gateway."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from kanmon.cli._common import ConfigOption, config_from
from kanmon.config import MAX_WORKERS


def serve(
    config: Path | None = ConfigOption,
    host: str | None = typer.Option(None, help="Override gateway.host."),
    port: int | None = typer.Option(None, min=0, max=65535, help="Override gateway.port."),
    workers: int | None = typer.Option(
        None, min=1, max=MAX_WORKERS, help="Override gateway.workers (processes)."
    ),
) -> None:
    """Run the OpenAI-compatible gateway (uvicorn + uvloop + httptools)."""
    from kanmon.errors import ConfigError
    from kanmon.gateway import Gateway, check_port_free, run_workers, serve_in_process
    from kanmon.store import Database, migrate
    from kanmon.telemetry import FIELDS, configure_logging
    from kanmon.wiring import build_services

    cfg, path = config_from(config)
    if workers is not None:  # before anything is built: limits and the workers' sync depend on it
        cfg = cfg.with_workers(workers)
    configure_logging(cfg)
    # Validate everything (catalog, routes, adapters, secrets) before binding the port, so a
    # broken config fails here with its message instead of in each worker.
    services = build_services(cfg, path, run_migrations=False)
    db = Database(cfg.store_url())
    migrate(db)
    db.close()
    h = host or cfg.gateway.host
    p = port if port is not None else cfg.gateway.port
    n = cfg.gateway.workers
    if n > 1 and p == 0:
        raise ConfigError("gateway: several workers need a fixed port (gateway.port is 0)")
    check_port_free(h, p)
    routes = ", ".join(sorted(services.router.routes)) or "(none: add routes to kanmon.yaml)"
    if cfg.logging.format == "text":  # JSON logs: stderr holds JSON lines only
        typer.echo(f"kanmon gateway on http://{h}:{p}/v1  workers={n}  routes: {routes}", err=True)
    event = {"event": "startup", "url": f"http://{h}:{p}/v1", "workers": n, "routes": routes}
    logging.getLogger("kanmon.gateway").info("starting", extra={FIELDS: event})
    if n == 1:
        if not serve_in_process(Gateway(services), cfg, h, p, backlog=4096):
            typer.echo("kanmon: error: the gateway failed to start (see the log above)", err=True)
            raise typer.Exit(1)
        return
    services.close_sync()
    code = run_workers(n, path, h, p, backlog=4096, config=cfg)
    if code:
        typer.echo("kanmon: error: a gateway worker failed to start (see the log above)", err=True)
        raise typer.Exit(code)
