"""``kanmon simulate``: run the simulated upstream in the foreground until Ctrl-C."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Coroutine
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from kanmon._yaml import validation_message
from kanmon.errors import ConfigError
from kanmon.simulator import (
    BANNER,
    Fault,
    ModelBehaviour,
    Simulator,
    SimulatorConfig,
    load_simulator_config,
)


def with_overrides(config: SimulatorConfig, **overrides: Any) -> SimulatorConfig:
    """Apply command-line settings (those not None) to every model and the default."""
    update = {k: v for k, v in overrides.items() if v is not None}
    if not update:
        return config

    def patch(b: ModelBehaviour) -> ModelBehaviour:
        # Re-validate rather than model_copy so a bad value fails here, with a clear message.
        try:
            return ModelBehaviour.model_validate({**b.model_dump(exclude_unset=True), **update})
        except ValidationError as e:
            raise ConfigError(validation_message("command line", e)) from None

    return config.model_copy(
        update={
            "models": {name: patch(b) for name, b in config.models.items()},
            "default": patch(config.default),
        }
    )


def _run_forever(main: Coroutine[Any, Any, None]) -> None:
    """Run on uvloop when available (it is optional and absent on Windows)."""
    if sys.platform != "win32":
        try:
            import uvloop
        except ImportError:
            pass
        else:
            uvloop.run(main)
            return
    asyncio.run(main)


def simulate(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="TCP port (0 picks a free one).")
    ] = 18080,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="YAML file with models, replies and faults."),
    ] = None,
    latency_ms: Annotated[
        int | None, typer.Option(help="Delay before the first byte, for every model.")
    ] = None,
    chunk_delay_ms: Annotated[
        int | None, typer.Option(help="Delay between streamed events, for every model.")
    ] = None,
    fault: Annotated[
        Fault | None, typer.Option(help="Fault to inject for every model.", case_sensitive=False)
    ] = None,
    fault_rate: Annotated[
        float | None,
        typer.Option(help="Share of requests that fail, 0..1 (default 1 when --fault is set)."),
    ] = None,
) -> None:
    """Serve a simulated OpenAI-compatible (and Anthropic Messages) upstream. Not a real model."""
    cfg = load_simulator_config(config) if config is not None else SimulatorConfig()
    cfg = with_overrides(
        cfg,
        latency_ms=latency_ms,
        chunk_delay_ms=chunk_delay_ms,
        fault=fault,
        fault_rate=fault_rate,
    )
    sim = Simulator(cfg, host=host, port=port)
    typer.secho(f"*** {BANNER} ***", fg=typer.colors.YELLOW, bold=True)

    async def serve() -> None:
        await sim.start()
        typer.echo(f"OpenAI base URL:    {sim.base_url}")
        typer.echo(f"Anthropic base URL: {sim.root_url}  (POST /v1/messages)")
        typer.echo(f"Models:             {', '.join(cfg.models)}")
        if cfg.allow_any_model:
            typer.echo("                    (any other model name is answered too)")
        typer.echo(f"Control API:        {sim.root_url}/_sim/stats  (loopback only)")
        if host not in ("127.0.0.1", "localhost", "::1"):
            typer.secho(f"warning: listening on {host}, not loopback only", fg="red", err=True)
        typer.echo("Press Ctrl-C to stop.")
        stop = asyncio.Event()
        if sys.platform != "win32":
            # SIGTERM (docker stop, CI teardown) gets the same clean shutdown as Ctrl-C.
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        try:
            await stop.wait()
        finally:
            await sim.stop()

    try:
        _run_forever(serve())
    except KeyboardInterrupt:
        pass
    except OSError as e:
        typer.echo(f"kanmon: error: cannot listen on {host}:{port}: {e.strerror}", err=True)
        raise typer.Exit(2) from None
    typer.echo("\nsimulator stopped")
