"""What Kanmon writes in the Responses and Messages wire formats, checked against the vendors'
own definitions: OpenAI's OpenAPI document (a subset vendored in data/, see its $comment) and
the Anthropic SDK's types."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import anthropic.types as at
from jsonschema import Draft202012Validator
from pydantic import TypeAdapter

_DOC = Path(__file__).parent / "data" / "openai_responses_schemas.json"


@cache
def _root() -> dict[str, Any]:
    root: dict[str, Any] = json.loads(_DOC.read_text())
    return root


@cache
def _validator(name: str) -> Draft202012Validator:
    root = _root()
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", **root})


@cache
def _event_schemas() -> dict[str, str]:
    """Event type → the schema of that event (ResponseStreamEvent is an anyOf of them)."""
    schemas = _root()["components"]["schemas"]
    out = {}
    for ref in schemas["ResponseStreamEvent"]["anyOf"]:
        name = ref["$ref"].rsplit("/", 1)[1]
        kind = schemas[name].get("properties", {}).get("type", {}).get("enum", [None])[0]
        if kind:
            out[kind] = name
    return out


def sse_events(data: bytes) -> list[tuple[str, dict[str, Any]]]:
    """A server-sent event stream as ``(event name, data)`` pairs; every frame must be an
    ``event:`` line and a ``data:`` line."""
    assert data.endswith(b"\n\n") or not data
    out = []
    for frame in data.decode().split("\n\n")[:-1]:
        name, payload = frame.split("\n", 1)
        assert name.startswith("event: ") and payload.startswith("data: "), frame[:200]
        out.append((name[7:], json.loads(payload[6:])))
    return out


def _check(name: str, obj: Any) -> None:
    errors = sorted(_validator(name).iter_errors(obj), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(
        f"{'/'.join(map(str, e.path))}: {e.message[:300]}" for e in errors[:5]
    )


def check_response(obj: dict[str, Any]) -> None:
    _check("Response", obj)


def check_response_event(ev: dict[str, Any]) -> None:
    name = _event_schemas().get(ev["type"])
    assert name is not None, f"{ev['type']} is not a Responses stream event"
    _check(name, ev)


_MESSAGE = TypeAdapter(at.Message)
_EVENT = TypeAdapter(at.RawMessageStreamEvent)


def check_message(obj: dict[str, Any]) -> None:
    _MESSAGE.validate_python(obj, strict=False)


def check_message_event(name: str, ev: dict[str, Any]) -> None:
    assert ev["type"] == name
    if name == "error":
        assert set(ev["error"]) >= {"type", "message"}
        return
    _EVENT.validate_python(ev)
