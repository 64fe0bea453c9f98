"""Reasoning delivery: DeepSeek-style ``reasoning_content`` and inline ``<think>`` tags."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openai import OpenAI

from kanmon.simulator import ModelBehaviour, SimulatorConfig, SimulatorThread
from kanmon.simulator._text import chunk_text

TRACE = "Weigh the options. Then decide."
ANSWER = "The answer is forty-two."


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    def behaviour(**kw: Any) -> ModelBehaviour:
        common = {"reasoning_text": TRACE, "default_reply": ANSWER, "chunk_chars": 6}
        return ModelBehaviour.model_validate({**common, **kw})

    cfg = SimulatorConfig(
        models={
            "field": behaviour(reasoning="field"),
            "tags": behaviour(reasoning="think_tags"),
            "tags-always": behaviour(reasoning="think_tags", split_think_tags="always"),
            "tags-never": behaviour(reasoning="think_tags", split_think_tags="never"),
            "derived": ModelBehaviour(reasoning="field"),
        }
    )
    with SimulatorThread(cfg) as running:
        yield running


@pytest.fixture
def client(sim: SimulatorThread) -> Iterator[OpenAI]:
    sim.reset()  # the alternate-split schedule counts requests per model
    with OpenAI(base_url=sim.base_url, api_key="x", max_retries=0) as c:
        yield c


def ask(client: OpenAI, model: str) -> list[str]:
    stream = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": "why?"}], stream=True
    )
    return [c.choices[0].delta.content or "" for c in stream]


def test_field_mode_json(client: OpenAI) -> None:
    reply = client.chat.completions.create(
        model="field", messages=[{"role": "user", "content": "why?"}]
    )
    message = reply.choices[0].message
    assert message.content == ANSWER
    assert message.model_extra is not None and message.model_extra["reasoning_content"] == TRACE
    assert reply.usage is not None and reply.usage.completion_tokens_details is not None
    assert reply.usage.completion_tokens_details.reasoning_tokens == 8  # ceil(31 / 4)


def test_field_mode_stream_sends_reasoning_before_content(client: OpenAI) -> None:
    kinds: list[str] = []
    reasoning = content = ""
    for chunk in client.chat.completions.create(
        model="field", messages=[{"role": "user", "content": "why?"}], stream=True
    ):
        extra = chunk.choices[0].delta.model_extra or {}
        if extra.get("reasoning_content"):
            kinds.append("r")
            reasoning += extra["reasoning_content"]
            assert chunk.choices[0].delta.content is None
        elif chunk.choices[0].delta.content:
            kinds.append("c")
            content += chunk.choices[0].delta.content
    assert reasoning == TRACE and content == ANSWER
    assert "".join(kinds) == "r" * 6 + "c" * 4  # 31 and 24 characters in 6-character chunks


def test_derived_reasoning_mentions_the_prompt_size(client: OpenAI) -> None:
    reply = client.chat.completions.create(
        model="derived", messages=[{"role": "user", "content": "one two three"}]
    )
    assert "3 words" in (reply.choices[0].message.model_extra or {})["reasoning_content"]


def test_think_tags_json_inlines_the_trace(client: OpenAI) -> None:
    reply = client.chat.completions.create(
        model="tags", messages=[{"role": "user", "content": "why?"}]
    )
    assert reply.choices[0].message.content == f"<think>\n{TRACE}\n</think>\n\n{ANSWER}"


def test_think_tags_split_on_alternate_requests(client: OpenAI) -> None:
    whole = f"<think>\n{TRACE}\n</think>\n\n{ANSWER}"
    first, second, third = ask(client, "tags"), ask(client, "tags"), ask(client, "tags")
    for pieces in (first, second, third):
        assert "".join(pieces) == whole
    # Request 1 keeps tags whole, request 2 cuts both, request 3 keeps them whole again.
    assert "<think>" in "|".join(first) and "</think>" in "|".join(first)
    assert "<th|ink>" in "|".join(second) and "</thi|nk>" in "|".join(second)
    assert first == third


def test_think_tags_always_and_never(client: OpenAI) -> None:
    for _ in range(2):
        joined = "|".join(ask(client, "tags-always"))
        assert "<th|ink>" in joined and "</thi|nk>" in joined
        joined = "|".join(ask(client, "tags-never"))
        assert "<think>" in joined and "</think>" in joined


def test_chunking_never_loses_text() -> None:
    text = f"<think>\n{TRACE}\n</think>\n\n{ANSWER}"
    for size in range(1, 20):
        for split in (None, True, False):
            assert "".join(chunk_text(text, size, think_split=split)) == text
