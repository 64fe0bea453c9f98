"""The web layer: the ASGI app (OpenAI-compatible endpoints, admin API) over the request path,
and the server that runs it (one process, several workers, or a thread for tests and demos)."""

from kanmon.gateway._app import Gateway
from kanmon.gateway._routes import Route
from kanmon.gateway._thread import GatewayThread
from kanmon.gateway._workers import check_port_free, run_workers, serve_in_process

__all__ = [
    "Gateway",
    "GatewayThread",
    "Route",
    "check_port_free",
    "run_workers",
    "serve_in_process",
]
