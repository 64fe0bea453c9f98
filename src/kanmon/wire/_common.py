"""What the wire formats share: the error they raise for a body that cannot be translated, and
the tool-call helpers every direction uses."""

from __future__ import annotations

from typing import Any

import orjson

from kanmon.errors import BadRequestError

JSON = dict[str, Any]


def unsupported(message: str, param: str) -> BadRequestError:
    """A field that has no chat-completions meaning: refused, never dropped silently."""
    return BadRequestError(message, code="unsupported_parameter", param=param)


def invalid(message: str, param: str) -> BadRequestError:
    return BadRequestError(message, code="invalid_request", param=param)


def parse_arguments(arguments: Any) -> JSON:
    """A tool call's arguments as an object: JSON text from chat, kept as ``{}`` when the model
    emitted something that is not a JSON object (the caller still sees the call)."""
    if isinstance(arguments, dict):
        return arguments
    if not isinstance(arguments, str) or not arguments.strip():
        return {}
    try:
        value = orjson.loads(arguments)
    except orjson.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}


def dump(value: Any) -> str:
    return orjson.dumps(value).decode()


def suffix(request_id: str) -> str:
    """The request id without its ``req_`` prefix: item ids derive from it, so a response's
    id names its audit record."""
    return request_id[4:] if request_id.startswith("req_") else request_id


def obj(value: Any) -> JSON:
    """``value`` when it is a JSON object, else an empty one (a field a sender left out)."""
    return value if isinstance(value, dict) else {}
