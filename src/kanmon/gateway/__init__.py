"""The OpenAI-compatible gateway: ASGI app, request pipeline, routing with fallbacks."""

from kanmon.gateway._app import Gateway
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._pipeline import ChunkFilter, InputStep, OutputFilter, Pipeline, ServedStep
from kanmon.gateway._services import Services, build_services
from kanmon.gateway._thread import GatewayThread

__all__ = [
    "ChunkFilter",
    "Exchange",
    "Gateway",
    "GatewayThread",
    "InputStep",
    "OutputFilter",
    "Pipeline",
    "ServedStep",
    "Services",
    "build_services",
]
