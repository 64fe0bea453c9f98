"""``check`` validates a forwarded body without making its model (``gateway/_schemas.py``):
for every body below it accepts what ``validate`` accepts and refuses the rest with the same
message and parameter, except that a nested object's type error no longer offers "or instance
of ChatMessage", which no HTTP caller can send."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel

from kanmon.errors import BadRequestError
from kanmon.gateway._schemas import ChatCompletionRequest, EmbeddingsRequest, check, validate
from kanmon.gateway._wire_schemas import MessagesRequest, ResponsesRequest

_VALID: dict[type[BaseModel], dict[str, Any]] = {
    ChatCompletionRequest: {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
    EmbeddingsRequest: {"model": "m", "input": "hi"},
    ResponsesRequest: {"model": "m", "input": "hi"},
    MessagesRequest: {
        "model": "m",
        "max_tokens": 5,
        "messages": [{"role": "user", "content": "x"}],
    },
}
#: Values of every JSON type, in and out of each field's range.
_VALUES: list[Any] = [
    None,
    True,
    0,
    -3,
    1,
    17,
    0.5,
    2.5,
    "",
    "x",
    "0.5",
    [],
    ["a"],
    [1],
    [[1]],
    {},
    {"a": 1},
    {"a": "b"},
    [{"role": "user"}],
    [{"role": "bot", "content": "x"}],
    [{"type": "text"}],
    {"include_usage": True},
    {"include_usage": 1},
    "a" * 300,
]


def _outcome(fn: Any, model: type[BaseModel], body: dict[str, Any]) -> tuple[str, str | None]:
    try:
        fn(model, body)
    except BadRequestError as e:
        return re.sub(r" or instance of \w+", "", e.message), e.param
    return "ok", None


def _bodies(model: type[BaseModel]) -> list[dict[str, Any]]:
    valid = _VALID[model]
    out = [valid, {**valid, "vendor_extra": {"enable_thinking": True}}]
    for name in model.model_fields:
        out += [{**valid, name: v} for v in _VALUES]
        out.append({k: v for k, v in valid.items() if k != name})
    # nested models: each message field wrong in turn
    if "messages" in valid:
        for v in _VALUES:
            out.append({**valid, "messages": [{"role": "user", "content": v}]})
            out.append({**valid, "messages": [{"role": v, "content": "x"}]})
    return out


@pytest.mark.parametrize("model", list(_VALID), ids=lambda m: m.__name__)
def test_check_agrees_with_the_model(model: type[BaseModel]) -> None:
    bodies = _bodies(model)
    outcomes = [(_outcome(validate, model, b), _outcome(check, model, b)) for b in bodies]
    assert [b for b, (want, got) in zip(bodies, outcomes, strict=True) if want != got] == []
    # the bodies reach both sides of the line
    assert sum(want[0] == "ok" for want, _ in outcomes) > 10
    assert sum(want[0] != "ok" for want, _ in outcomes) > 50
