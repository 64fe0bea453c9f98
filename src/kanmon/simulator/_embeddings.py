"""OpenAI embeddings (deterministic vectors) and the model list."""

from __future__ import annotations

import base64
import hashlib
import struct
from typing import Any

import orjson
from aiohttp import web

from kanmon.simulator._text import approx_tokens
from kanmon.simulator._wire import (
    STATE_KEY,
    SimRequestError,
    begin,
    json_response,
    optional_int,
    read_object,
    require_model,
    send_body,
)

#: Fixed so ``/v1/models`` is byte-for-byte reproducible.
_MODEL_CREATED = 1_700_000_000


def _embedding(model: str, text: str, dims: int) -> list[float]:
    """A unit vector derived only from (model, text): same input, same vector, any process."""
    seed = hashlib.sha256(f"{model}\0{text}".encode()).digest()
    raw = hashlib.shake_256(seed).digest(4 * dims)
    ints = struct.unpack(f"<{dims}I", raw)
    vec = [i / 2**31 - 1.0 for i in ints]
    norm = sum(v * v for v in vec) ** 0.5 or 1.0
    # Round through float32 so "float" and "base64" encodings carry the same numbers.
    return list(struct.unpack(f"<{dims}f", struct.pack(f"<{dims}f", *(v / norm for v in vec))))


def _embedding_inputs(value: Any) -> list[tuple[str, int]]:
    """(text to hash, token count) per input: a string, strings, token ids or lists of ids."""
    if isinstance(value, str):
        return [(value, approx_tokens(value))]
    if isinstance(value, list) and value:
        if all(isinstance(v, str) for v in value):
            return [(v, approx_tokens(v)) for v in value]
        if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return [(repr(value), len(value))]
        if all(isinstance(v, list) and all(isinstance(t, int) for t in v) for v in value):
            return [(repr(v), len(v)) for v in value]
    raise SimRequestError(
        400,
        "'input' must be a string, an array of strings or an array of token arrays.",
        param="input",
    )


async def embeddings(request: web.Request) -> web.StreamResponse:
    state = request.app[STATE_KEY]
    body = await read_object(request)
    model = require_model(body)
    inputs = _embedding_inputs(body.get("input"))
    dims = optional_int(body, "dimensions")
    fmt = body.get("encoding_format") or "float"
    if fmt not in ("float", "base64"):
        raise SimRequestError(
            400, "'encoding_format' must be 'float' or 'base64'.", param="encoding_format"
        )
    behaviour, admission, early = await begin(request, state, model, stream=False)
    if early is not None:
        return early
    dims = dims or behaviour.embedding_dimensions
    data = []
    for i, (text, _) in enumerate(inputs):
        vec = _embedding(model, text, dims)
        encoded: list[float] | str = vec
        if fmt == "base64":
            encoded = base64.b64encode(struct.pack(f"<{dims}f", *vec)).decode()
        data.append({"object": "embedding", "index": i, "embedding": encoded})
    tokens = sum(n for _, n in inputs)
    payload = {
        "object": "list",
        "data": data,
        "model": model,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }
    return await send_body(request, orjson.dumps(payload), admission.fault)


def _model_card(name: str) -> dict[str, Any]:
    return {
        "id": name,
        "object": "model",
        "created": _MODEL_CREATED,
        "owned_by": "kanmon-simulator",
    }


async def list_models(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    return json_response({"object": "list", "data": [_model_card(n) for n in state.behaviours]})


async def get_model(request: web.Request) -> web.Response:
    state = request.app[STATE_KEY]
    name = request.match_info["model"]
    if state.behaviour_for(name) is None:
        raise SimRequestError(
            404,
            f"The model `{name}` does not exist or you do not have access to it.",
            code="model_not_found",
        )
    return json_response(_model_card(name))


def add_routes(app: web.Application) -> None:
    app.router.add_post("/v1/embeddings", embeddings)
    app.router.add_get("/v1/models", list_models)
    app.router.add_get("/v1/models/{model:.+}", get_model)
