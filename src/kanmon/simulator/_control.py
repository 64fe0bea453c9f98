"""The control API under ``/_sim/``: counters, reset and live behaviour changes.

It needs no key (tests drive it) but answers loopback clients only, so binding the simulator to
``0.0.0.0`` for a demo does not let the network reconfigure it.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from kanmon._yaml import validation_message
from kanmon.simulator._config import ModelBehaviour
from kanmon.simulator._wire import STATE_KEY, SimRequestError, json_response, read_object


def is_loopback(remote: str | None) -> bool:
    if not remote:
        return False
    try:
        return ipaddress.ip_address(remote.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _behaviour(where: str, data: dict[str, Any]) -> ModelBehaviour:
    try:
        return ModelBehaviour.model_validate(data)
    except ValidationError as e:
        raise SimRequestError(400, validation_message(where, e)) from None


async def stats(request: web.Request) -> web.Response:
    return json_response(request.app[STATE_KEY].stats())


async def reset(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    state.reset()
    return json_response(state.stats())


async def config(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    data = state.config.model_dump(mode="json")
    data["models"] = {n: b.model_dump(mode="json") for n, b in state.behaviours.items()}
    if data.get("api_key"):
        data["api_key"] = "***"  # never echo a secret, even a test one
    return json_response(data)


async def get_model(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    name = request.match_info["name"]
    behaviour = state.behaviours.get(name)
    if behaviour is None:
        raise SimRequestError(404, f"no configured model named {name!r}", code="model_not_found")
    return json_response(behaviour.model_dump(mode="json"))


async def put_model(request: web.Request) -> web.Response:
    """Replace the behaviour (same schema as one entry of the YAML ``models`` mapping)."""
    state = request.app[STATE_KEY]
    name = request.match_info["name"]
    behaviour = _behaviour(f"PUT /_sim/models/{name}", await read_object(request))
    state.set_model(name, behaviour)
    return json_response(behaviour.model_dump(mode="json"))


async def patch_model(request: web.Request) -> web.Response:
    """Change some fields, e.g. ``{"fault": "http_503", "fail_first": 2}``, keeping the rest."""
    state = request.app[STATE_KEY]
    name = request.match_info["name"]
    current = state.behaviours.get(name) or state.config.default
    merged = {**current.model_dump(exclude_unset=True), **await read_object(request)}
    behaviour = _behaviour(f"PATCH /_sim/models/{name}", merged)
    state.set_model(name, behaviour)
    return json_response(behaviour.model_dump(mode="json"))


def add_routes(app: web.Application) -> None:
    app.router.add_get("/_sim/stats", stats)
    app.router.add_post("/_sim/reset", reset)
    app.router.add_get("/_sim/config", config)
    app.router.add_get("/_sim/models/{name:.+}", get_model)
    app.router.add_put("/_sim/models/{name:.+}", put_model)
    app.router.add_patch("/_sim/models/{name:.+}", patch_model)
