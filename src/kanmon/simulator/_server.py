"""App factory, error/auth middleware, and ``Simulator``/``run_simulator`` on the current loop.

``SimulatorThread`` (in ``_thread``) wraps the same ``Simulator`` in a background thread.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

from kanmon.simulator import _anthropic, _control, _embeddings, _openai, _responses, _vendors
from kanmon.simulator._config import Fault, ModelBehaviour, SimulatorConfig
from kanmon.simulator._state import SimState
from kanmon.simulator._wire import (
    SIMULATOR_HEADER,
    STATE_KEY,
    SimRequestError,
    check_auth,
    dialect_of,
    json_response,
)

BANNER = "SIMULATED UPSTREAM — not a real model"
log = logging.getLogger("kanmon.simulator")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

#: Prompts in gateway tests can be large; aiohttp's 1 MiB default would turn them into 413s.
MAX_BODY_BYTES = 32 * 1024 * 1024


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Auth for ``/v1``, loopback-only for ``/_sim``, and every error as API-style JSON."""
    dialect = dialect_of(request)
    try:
        if request.path.startswith("/_sim/") and not _control.is_loopback(request.remote):
            raise SimRequestError(403, "the simulator control API answers loopback clients only")
        if request.path.startswith("/v1/"):
            if (parent := request.headers.get("traceparent")) is not None:
                request.app[STATE_KEY].traced.append(
                    {
                        "path": request.path,
                        "traceparent": parent,
                        "tracestate": request.headers.get("tracestate"),
                    }
                )
            check_auth(
                request,
                request.app[STATE_KEY].config.api_key,
                accept_x_api_key=dialect == "anthropic",
            )
        return await handler(request)
    except SimRequestError as e:
        return e.render(dialect)
    except web.HTTPException as e:
        if e.status < 400:
            raise
        # aiohttp's own 404/405/413 are plain text; API clients expect the JSON envelope.
        err = SimRequestError(e.status, e.reason, code=e.reason.lower().replace(" ", "_"))
        resp = err.render(dialect)
        if "Allow" in e.headers:
            resp.headers["Allow"] = e.headers["Allow"]
        return resp


async def _label(request: web.Request, response: web.StreamResponse) -> None:
    response.headers[SIMULATOR_HEADER] = "1"


async def _healthz(request: web.Request) -> web.Response:
    return json_response({"status": "ok", "simulator": True})


def create_app(config: SimulatorConfig | None = None) -> web.Application:
    """A fresh aiohttp application serving ``config`` (default: ``SimulatorConfig()``)."""
    app = web.Application(middlewares=[_guard], client_max_size=MAX_BODY_BYTES)
    app[STATE_KEY] = SimState(config or SimulatorConfig())
    app.on_response_prepare.append(_label)
    app.router.add_get("/healthz", _healthz)
    _openai.add_routes(app)
    _embeddings.add_routes(app)
    _anthropic.add_routes(app)
    _responses.add_routes(app)
    _control.add_routes(app)
    _vendors.add_routes(app)
    return app


def _url_host(host: str) -> str:
    if host in ("", "0.0.0.0"):
        return "127.0.0.1"
    if host == "::":
        return "[::1]"
    return f"[{host}]" if ":" in host else host


class Simulator:
    """A simulator on the current event loop. Use ``run_simulator`` unless you need control."""

    def __init__(
        self,
        config: SimulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.app = create_app(config)
        self.host = host
        self._requested_port = port
        #: Serve HTTPS with this context (e.g. a vendor fake behind a private CA).
        self.ssl_context = ssl_context
        self._port: int | None = None
        self._runner: web.AppRunner | None = None

    @property
    def state(self) -> SimState:
        return self.app[STATE_KEY]

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def port(self) -> int:
        """The bound port (the real one when constructed with ``port=0``)."""
        if self._port is None:
            raise RuntimeError("the simulator is not started")
        return self._port

    @property
    def root_url(self) -> str:
        """``http://host:port`` (for ``/healthz`` and ``/_sim/``)."""
        scheme = "https" if self.ssl_context is not None else "http"
        return f"{scheme}://{_url_host(self.host)}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://host:port/v1``, the value for an OpenAI client's ``base_url``."""
        return f"{self.root_url}/v1"

    async def start(self) -> None:
        # handler_cancellation: a client that hangs up cancels its handler, so `timeout`
        # faults and long streams do not outlive their clients.
        runner = web.AppRunner(
            self.app, access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        try:
            site = web.TCPSite(
                runner,
                self.host,
                self._requested_port,
                backlog=1024,
                ssl_context=self.ssl_context,
            )
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        log.info("%s listening on %s", BANNER, self.base_url)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        self.state.closing.set()  # release `timeout` faults before waiting for handlers
        await runner.cleanup()

    def stats(self) -> dict[str, Any]:
        return self.state.stats()

    def reset(self) -> None:
        self.state.reset()

    def traced(self) -> list[dict[str, str | None]]:
        """The trace context of each API request that carried one, oldest first."""
        return list(self.state.traced)

    def set_model(self, name: str, behaviour: ModelBehaviour) -> None:
        self.state.set_model(name, behaviour)

    def set_fault(
        self,
        name: str,
        fault: Fault | str | None,
        *,
        fault_rate: float | None = None,
        fail_first: int = 0,
    ) -> None:
        """Change only the fault settings of ``name`` (None clears them)."""
        current = self.state.behaviour_for(name) or self.state.config.default
        update = {
            **current.model_dump(exclude_unset=True),
            "fault": fault,
            "fault_rate": fault_rate,
            "fail_first": fail_first,
        }
        self.state.set_model(name, ModelBehaviour.model_validate(update))


@asynccontextmanager
async def run_simulator(
    config: SimulatorConfig | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    ssl_context: ssl.SSLContext | None = None,
) -> AsyncIterator[Simulator]:
    """``async with run_simulator(cfg) as sim:`` – serves on the running loop until exit."""
    sim = Simulator(config, host=host, port=port, ssl_context=ssl_context)
    await sim.start()
    try:
        yield sim
    finally:
        await sim.stop()
