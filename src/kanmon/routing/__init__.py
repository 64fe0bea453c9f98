"""Routing: a model name → its candidate deployments (route step), then the call step that tries
them in order with retries, a circuit breaker and fallback."""

from kanmon.routing._resolve import resolve_routes
from kanmon.routing._router import Breaker, Router

__all__ = ["Breaker", "Router", "resolve_routes"]
