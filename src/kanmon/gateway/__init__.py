"""The web layer: the ASGI app (OpenAI-compatible endpoints, admin API) over the request path,
and the server that runs it (one process, several workers, or a thread for tests and demos)."""

from kanmon.gateway._app import Gateway
from kanmon.gateway._http import Receive, Scope, Send, client, read_body, send_bytes
from kanmon.gateway._mounts import MOUNTS, Mount, MountFactory
from kanmon.gateway._routes import Route
from kanmon.gateway._schemas import KeyCreateRequest
from kanmon.gateway._thread import GatewayThread
from kanmon.gateway._workers import check_port_free, run_workers, serve_in_process

__all__ = [
    "MOUNTS",
    "Gateway",
    "GatewayThread",
    "KeyCreateRequest",
    "Mount",
    "MountFactory",
    "Receive",
    "Route",
    "Scope",
    "Send",
    "check_port_free",
    "client",
    "read_body",
    "run_workers",
    "serve_in_process",
    "send_bytes",
]
