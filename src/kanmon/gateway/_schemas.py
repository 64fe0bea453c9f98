"""API bodies. Validation only: the original dict is forwarded, so unknown OpenAI parameters
(and vendor extras such as ``enable_thinking``) pass through untouched."""

from __future__ import annotations

from typing import Any, Literal

import orjson
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    ValidationError,
)
from pydantic_core import SchemaValidator, core_schema

from kanmon._yaml import key_path
from kanmon.core.principal import Role
from kanmon.errors import BadRequestError
from kanmon.store import MAX_BUDGET_PERIOD_S, MAX_BUDGET_TOKENS, MAX_BUDGET_USD, MAX_RPM

#: JSON nested deeper than this is refused at parse time: nothing in the OpenAI API nests a
#: tenth as deep, and the JSON encoder that forwards a body stops at 254 levels.
MAX_DEPTH = 64

#: A JSON number (an integer too), never a string such as "0.5"; the body is forwarded as sent.
Number = StrictFloat


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class StreamOptions(_Open):
    include_usage: StrictBool = False


class ChatCompletionRequest(_Open):
    """The parameters the gateway reads or the OpenAI API types strictly; any other parameter
    (and vendor extras such as ``enable_thinking``) passes through untouched."""

    model: str = Field(min_length=1, max_length=256)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: StrictBool = False
    stream_options: StreamOptions | None = None
    n: StrictInt | None = Field(default=None, ge=1, le=16)
    max_tokens: StrictInt | None = Field(default=None, ge=1)
    max_completion_tokens: StrictInt | None = Field(default=None, ge=1)
    temperature: Number | None = Field(default=None, ge=0, le=2)
    top_p: Number | None = Field(default=None, ge=0, le=1)
    presence_penalty: Number | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: Number | None = Field(default=None, ge=-2, le=2)
    seed: StrictInt | None = None
    logprobs: StrictBool | None = None
    top_logprobs: StrictInt | None = Field(default=None, ge=0, le=20)
    logit_bias: dict[str, Number] | None = None
    stop: str | list[str] | None = None
    user: str | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: StrictBool | None = None
    response_format: dict[str, Any] | None = None
    store: StrictBool | None = None
    metadata: dict[str, str] | None = None


class EmbeddingsRequest(_Open):
    model: str = Field(min_length=1, max_length=256)
    input: str | list[str] | list[StrictInt] | list[list[StrictInt]]
    encoding_format: Literal["float", "base64"] | None = None
    dimensions: StrictInt | None = Field(default=None, ge=1)
    user: str | None = None


class KeyCreateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    team: str = Field(min_length=1, max_length=200)
    roles: list[Role] = Field(default_factory=lambda: list[Role](["app"]), min_length=1)
    use_case: str | None = Field(default=None, max_length=200)
    models: list[str] = Field(default_factory=list)
    rpm_limit: int | None = Field(default=None, ge=1, le=MAX_RPM)
    data_class: str | None = Field(default=None, min_length=1, max_length=64)
    budget_usd: float | None = Field(default=None, gt=0, le=MAX_BUDGET_USD)
    budget_tokens: int | None = Field(default=None, ge=1, le=MAX_BUDGET_TOKENS)
    budget_period_s: int | None = Field(default=None, ge=1, le=MAX_BUDGET_PERIOD_S)
    owner: str | None = Field(default=None, min_length=1, max_length=200)
    #: Where the key's callers are (ISO 3166-1 codes, EU); the store checks each code.
    territory: list[str] = Field(default_factory=list, max_length=64)


def parse_json(raw: bytes) -> dict[str, Any]:
    if not raw:
        raise BadRequestError("The request body is empty; expected a JSON object.")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise BadRequestError(f"The request body is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise BadRequestError("The request body must be a JSON object.")
    # Depth needs as many brackets as levels: a body with few (every ordinary request) is not
    # walked at all.
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _too_deep(data):
        raise BadRequestError(
            f"The request body nests JSON more than {MAX_DEPTH} levels deep.",
            code="json_too_deep",
        )
    return data


def _too_deep(data: Any) -> bool:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, dict | list))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, dict | list))
    return False


def validate(model: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise _bad_request(e) from None


def check(model: type[BaseModel], data: dict[str, Any]) -> None:
    """Validate ``data`` as ``model`` without making the model: for bodies that are forwarded
    as sent, whose model only says what a valid one is. The same fields, types, constraints
    and errors as ``validate``; a chat body is checked in 0.8 µs instead of 3.2–4.6 µs (the
    model's instance, its defaults and its nested messages' instances are never made)."""
    checker = _CHECKERS.get(model)
    if checker is None:
        checker = _CHECKERS[model] = SchemaValidator(
            _as_typed_dicts(model.__pydantic_core_schema__)
        )
    try:
        checker.validate_python(data)
    except ValidationError as e:
        raise _bad_request(e) from None


_CHECKERS: dict[type[BaseModel], SchemaValidator] = {}


def _as_typed_dicts(schema: Any) -> Any:
    """The model's core schema with every model (the body's and those nested in it) checked as
    a typed dict of the same fields: a field with a default is optional, none is filled in."""
    if isinstance(schema, list):
        return [_as_typed_dicts(v) for v in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") == "model":
        inner = schema["schema"]
        assert inner.get("type") == "model-fields", "a model with validators is made, not checked"
        fields = {}
        for name, field in inner["fields"].items():
            value, required = field["schema"], True
            if value.get("type") == "default":
                value, required = value["schema"], False
            fields[name] = core_schema.typed_dict_field(_as_typed_dicts(value), required=required)
        return core_schema.typed_dict_schema(
            fields,
            extra_behavior=inner.get("extra_behavior"),
            config=schema.get("config"),
            ref=schema.get("ref"),
        )
    return {k: _as_typed_dicts(v) for k, v in schema.items()}


def _bad_request(e: ValidationError) -> BadRequestError:
    err = e.errors(include_url=False)[0]
    where = key_path(tuple(err["loc"]))
    msg = "required" if err["type"] == "missing" else err["msg"]
    more = f" (and {len(e.errors()) - 1} more problems)" if len(e.errors()) > 1 else ""
    return BadRequestError(f"Invalid request: {where}: {msg}{more}", param=where)
