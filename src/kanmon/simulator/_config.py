"""What the simulator does, as pydantic models shared by YAML, the control API and Python.

One schema serves all three entry points, so a behaviour that validates in a test also
validates in ``kanmon simulate --config`` and in ``PUT /_sim/models/{name}``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kanmon._yaml import load_yaml, validation_message
from kanmon.errors import ConfigError

#: The default model name; every default configuration serves it.
DEFAULT_MODEL = "sim-model"

Reasoning = Literal["none", "field", "think_tags"]
"""How a reasoning trace is delivered: not at all, as ``reasoning_content`` (DeepSeek style)
or inline as ``<think>…</think>`` at the start of ``content`` (raw open-weight serving)."""

ThinkTagSplit = Literal["alternate", "always", "never"]
"""Whether streamed ``<think>``/``</think>`` tags are cut across chunk boundaries."""


class Fault(StrEnum):
    """A way for the simulated upstream to misbehave."""

    HTTP_500 = "http_500"  #: 500 with an OpenAI-style ``server_error`` body
    HTTP_502 = "http_502"  #: 502 with an HTML body, as a load balancer in front would send
    HTTP_503 = "http_503"  #: 503 "overloaded" JSON body
    HTTP_429 = "http_429"  #: 429 ``rate_limit_exceeded`` with ``Retry-After: 0``
    TIMEOUT = "timeout"  #: accept the request and never answer until the client gives up
    RESET = "reset"  #: close the connection abruptly before any response byte
    MALFORMED_SSE = "malformed_sse"  #: 200 stream whose third event is not JSON
    MIDSTREAM_RESET = "midstream_reset"  #: close the connection after a few events / bytes
    BAD_JSON = "bad_json"  #: 200 with ``Content-Type: application/json`` and a broken body
    SLOW_FIRST_BYTE = "slow_first_byte"  #: wait ``slow_first_byte_ms`` then answer normally


class _Strict(BaseModel):
    # Unknown keys are almost always typos in a hand-written YAML file: reject them.
    model_config = ConfigDict(extra="forbid", frozen=True)


class ReplyRule(_Strict):
    """Answer ``reply`` when ``match`` (a regex, searched) matches the last user message."""

    match: str
    reply: str

    @field_validator("match")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"invalid regular expression: {e}") from None
        return v


class ToolCallRule(_Strict):
    """Call the tool ``name`` with ``arguments`` when the request offers a tool of that name
    and ``match`` (a regex, searched; empty matches always) matches the conversation's text
    (user turns, with any documents in them, and the system prompt). A model whose last input
    is a tool result answers in text instead, so a tool loop ends."""

    name: str = Field(min_length=1, max_length=64)
    arguments: dict[str, Any] = Field(default_factory=dict)
    match: str = ""

    @field_validator("match")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"invalid regular expression: {e}") from None
        return v


class ModelBehaviour(_Strict):
    """How one simulated model answers. Every field has a fast, deterministic default."""

    # an hour at most: a delay the event loop can schedule, longer than any client waits
    latency_ms: int = Field(
        default=0, ge=0, le=3_600_000, description="Delay before the first byte"
    )
    chunk_delay_ms: int = Field(
        default=0, ge=0, le=3_600_000, description="Delay between SSE events"
    )
    chunk_chars: int = Field(default=16, ge=1, description="Characters of text per SSE chunk")
    reasoning: Reasoning = "none"
    reasoning_text: str | None = Field(
        default=None, description="Reasoning trace; None derives one from the prompt"
    )
    split_think_tags: ThinkTagSplit = Field(
        default="alternate",
        description="think_tags streams: cut tags across chunks on every other request, "
        "on every request, or never",
    )
    replies: tuple[ReplyRule, ...] = Field(
        default=(), description="First rule whose regex matches the last user message wins"
    )
    script: tuple[str, ...] = Field(
        default=(), description="Replies used in turn (cycling) when no rule matches"
    )
    default_reply: str | None = Field(
        default=None, description="Reply when nothing else applies; None echoes the prompt"
    )
    emit: str | None = Field(
        default=None, description="Text injected in the middle of every reply (e.g. a fake key)"
    )
    tool_calls: tuple[ToolCallRule, ...] = Field(
        default=(),
        description="Tool calls the model makes (every rule whose tool is offered and whose "
        "regex matches); in chat, Responses and Messages wire formats alike",
    )
    fault: Fault | None = None
    fault_rate: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="Probability of injecting `fault` (seeded RNG). None: 1.0 unless "
        "fail_first is set, then 0.0",
    )
    fail_first: int = Field(default=0, ge=0, description="The first N requests fail")
    slow_first_byte_ms: int = Field(default=3000, ge=0, description="Delay of slow_first_byte")
    embedding_dimensions: int = Field(default=256, ge=1, le=16384)

    @model_validator(mode="after")
    def _fault_defaults(self) -> ModelBehaviour:
        # A schedule without a mode would silently do nothing; the most common intent when
        # writing `fail_first: 2` is "answer 500 twice", so make that the meaning.
        if self.fault is None and (self.fail_first > 0 or self.fault_rate):
            object.__setattr__(self, "fault", Fault.HTTP_500)
        return self

    @property
    def effective_fault_rate(self) -> float:
        if self.fault_rate is not None:
            return self.fault_rate
        return 0.0 if self.fail_first > 0 else 1.0


class SimulatorConfig(_Strict):
    """The whole simulator: served models, unknown-name policy, auth and RNG seed.

    ``SimulatorConfig()`` serves ``sim-model`` and answers any other model name with the
    ``default`` behaviour. Once ``models`` is given, ``allow_any_model`` defaults to false, so
    unknown names get a 404 unless the file opts in.
    """

    models: dict[str, ModelBehaviour] = Field(
        default_factory=lambda: {DEFAULT_MODEL: ModelBehaviour()}
    )
    allow_any_model: bool = True
    default: ModelBehaviour = Field(
        default_factory=ModelBehaviour, description="Behaviour for names not in `models`"
    )
    api_key: str | None = Field(
        default=None, description="If set, require it as a bearer token (or x-api-key)"
    )
    seed: int = Field(default=0, description="Seed of the fault_rate RNGs")
    hang_max_s: float = Field(
        default=300.0, gt=0, description="Upper bound on how long a `timeout` fault holds on"
    )

    @model_validator(mode="before")
    @classmethod
    def _any_model_default(cls, data: Any) -> Any:
        if isinstance(data, dict) and "allow_any_model" not in data and "models" in data:
            return {**data, "allow_any_model": False}
        return data

    def behaviour_for(self, model: str) -> ModelBehaviour | None:
        """The behaviour serving ``model``, or None when the name is unknown (→ 404)."""
        found = self.models.get(model)
        if found is not None:
            return found
        return self.default if self.allow_any_model else None


def load_simulator_config(path: str | Path) -> SimulatorConfig:
    """Read a YAML file; errors name the file and the key path of every problem."""
    path = Path(path)
    data = load_yaml(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level, got {type(data).__name__}")
    try:
        return SimulatorConfig.model_validate(data)
    except ValidationError as e:
        raise ConfigError(validation_message(path, e)) from None
