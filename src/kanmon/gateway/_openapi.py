"""The OpenAPI 3.1 document of the whole HTTP API, generated from the route table: the same
pydantic schemas the server validates bodies and queries with, and each route's roles."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from kanmon.gateway._routes import Route, path_params

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["message", "type"],
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "param": {"type": ["string", "null"]},
                "code": {"type": ["string", "null"]},
                "request_id": {"type": "string"},
                "review_id": {"type": "string"},
                "poll_url": {"type": "string"},
            },
        }
    },
}
_JSON_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
_ANY_JSON = {"application/json": {"schema": {"type": ["object", "array"]}}}
#: Success bodies that are not one JSON document.
_SUCCESS: dict[str, dict[str, Any]] = {
    "chat.completions": {
        "application/json": {"schema": {"type": "object", "required": ["choices", "model"]}},
        "text/event-stream": {"schema": {"type": "string"}},
    },
    "responses": {
        "application/json": {"schema": {"type": "object", "required": ["id", "output"]}},
        "text/event-stream": {"schema": {"type": "string"}},
    },
    "messages": {
        "application/json": {"schema": {"type": "object", "required": ["id", "content"]}},
        "text/event-stream": {"schema": {"type": "string"}},
    },
    "admin.audit.export": {"application/x-ndjson": {"schema": {"type": "string"}}},
    "metrics": {
        "text/plain": {"schema": {"type": "string"}},
        "application/openmetrics-text": {"schema": {"type": "string"}},
    },
    "admin.transfers": {
        **_ANY_JSON,
        "text/csv": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
    },
}
_HEALTH = {
    "type": "object",
    "required": ["status"],
    "properties": {"status": {"type": "string"}},
}


def openapi(routes: list[Route], version: str) -> dict[str, Any]:
    models = sorted(
        {m for r in routes for m in (r.body, r.query) if m is not None}, key=lambda m: m.__name__
    )
    refs, defs = models_json_schema(
        [(m, "validation") for m in models], ref_template="#/components/schemas/{model}"
    )
    schemas: dict[str, Any] = {"Error": _ERROR, **defs.get("$defs", {})}
    paths: dict[str, dict[str, Any]] = {}
    for r in sorted(routes, key=lambda r: (r.path, r.method)):
        paths.setdefault(r.path, {})[r.method.lower()] = _operation(r, refs, schemas)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Kanmon",
            "version": version,
            "description": "The OpenAI-compatible gateway and its admin API. Each operation "
            "names the key roles it accepts in x-kanmon-roles.",
        },
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer"},
                "apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
            },
        },
    }


def _operation(r: Route, refs: dict[Any, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": f"{r.method.lower()}_{r.name.replace('.', '_').replace('/', '_')}",
        "summary": r.summary or r.name,
        "x-kanmon-roles": list(r.roles),
        "responses": {
            str(r.status): {
                "description": "success",
                "content": _SUCCESS.get(r.name, _ANY_JSON),
            },
            "4XX": {"description": "refused (OpenAI-style error)", "content": _JSON_ERROR},
            "5XX": {"description": "cannot serve now (OpenAI-style error)", "content": _JSON_ERROR},
        },
    }
    if r.roles:
        op["security"] = [{"bearer": []}, {"apiKey": []}]
        own = " (the key's own role; admin does not include it)" if r.own else ""
        op["description"] = f"Roles: {', '.join(r.roles)}{own}."
    else:
        op["responses"]["503"] = {
            "description": "not ready",
            "content": {"application/json": {"schema": _HEALTH}},
        }
        op["responses"][str(r.status)]["content"] = _SUCCESS.get(
            r.name, {"application/json": {"schema": _HEALTH}}
        )
        del op["responses"]["5XX"]
    params = [
        {"name": p, "in": "path", "required": True, "schema": {"type": "string", "minLength": 1}}
        for p in path_params(r)
    ]
    if r.query is not None:
        params += _query_params(r.query, refs, schemas)
    if params:
        op["parameters"] = params
    if r.body is not None:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": refs[(r.body, "validation")]}},
        }
    return op


def _query_params(
    model: type[BaseModel], refs: dict[Any, Any], schemas: dict[str, Any]
) -> list[dict[str, Any]]:
    ref = refs[(model, "validation")]["$ref"].rsplit("/", 1)[1]
    schema = schemas[ref]
    required = set(schema.get("required", ()))
    return [
        {"name": name, "in": "query", "required": name in required, "schema": prop}
        for name, prop in schema.get("properties", {}).items()
    ]
