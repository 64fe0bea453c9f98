"""API bodies. Validation only: the original dict is forwarded, so unknown OpenAI parameters
(and vendor extras such as ``enable_thinking``) pass through untouched."""

from __future__ import annotations

from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kanmon._yaml import key_path
from kanmon.core.principal import Role
from kanmon.errors import BadRequestError


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class StreamOptions(_Open):
    include_usage: bool = False


class ChatCompletionRequest(_Open):
    model: str = Field(min_length=1, max_length=256)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int | None = Field(default=None, ge=1, le=16)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, ge=0, le=1)


class EmbeddingsRequest(_Open):
    model: str = Field(min_length=1, max_length=256)
    input: str | list[str] | list[int] | list[list[int]]
    encoding_format: Literal["float", "base64"] | None = None


class KeyCreateRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    team: str = Field(min_length=1, max_length=200)
    roles: list[Role] = Field(default_factory=lambda: list[Role](["app"]), min_length=1)
    use_case: str | None = Field(default=None, max_length=200)
    models: list[str] = Field(default_factory=list)
    rpm_limit: int | None = Field(default=None, ge=1)
    data_class: str | None = Field(default=None, min_length=1, max_length=64)
    budget_usd: float | None = Field(default=None, gt=0)
    budget_tokens: int | None = Field(default=None, ge=1)
    budget_period_s: int | None = Field(default=None, ge=1)


def parse_json(raw: bytes) -> dict[str, Any]:
    if not raw:
        raise BadRequestError("The request body is empty; expected a JSON object.")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as e:
        raise BadRequestError(f"The request body is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise BadRequestError("The request body must be a JSON object.")
    return data


def validate(model: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = key_path(tuple(err["loc"]))
        msg = "required" if err["type"] == "missing" else err["msg"]
        more = f" (and {len(e.errors()) - 1} more problems)" if len(e.errors()) > 1 else ""
        raise BadRequestError(f"Invalid request: {where}: {msg}{more}", param=where) from None
