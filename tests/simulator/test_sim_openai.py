"""The OpenAI routes, driven through the official ``openai`` SDK as a real client would."""

from __future__ import annotations

import json
import math
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import aiohttp
import openai
import pytest
from openai import OpenAI
from openai.types.chat import ChatCompletionMessageParam

from kanmon.simulator import (
    FINGERPRINT,
    ModelBehaviour,
    ReplyRule,
    SimulatorConfig,
    SimulatorThread,
    approx_tokens,
    run_simulator,
)

FAST = ModelBehaviour()
SLOW_STREAM = ModelBehaviour(chunk_delay_ms=50, chunk_chars=10, default_reply="abcdefghij" * 5)
RULES = ModelBehaviour(
    replies=(
        ReplyRule(match=r"(?i)capital of france", reply="Paris."),
        ReplyRule(match=r"\bping\b", reply="pong"),
    ),
    script=("first scripted", "second scripted"),
)
LEAKY = ModelBehaviour(default_reply="one two three four five six", emit="AKIAIOSFODNN7EXAMPLE")


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    cfg = SimulatorConfig(
        models={"sim-model": FAST, "slow": SLOW_STREAM, "rules": RULES, "leaky": LEAKY},
        allow_any_model=True,
    )
    with SimulatorThread(cfg) as running:
        yield running


@pytest.fixture
def client(sim: SimulatorThread) -> Iterator[OpenAI]:
    sim.reset()
    with OpenAI(base_url=sim.base_url, api_key="unused", max_retries=0) as c:
        yield c


def user(text: str) -> list[ChatCompletionMessageParam]:
    return [{"role": "user", "content": text}]


def fetch(url: str, data: bytes | None = None) -> tuple[int, dict[str, str], Any]:
    """Raw stdlib HTTP: status, headers and parsed JSON body, errors included."""
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers), json.loads(resp.read())
    except urllib.error.HTTPError as e:
        with e:
            return e.code, dict(e.headers), json.loads(e.read())


def test_base_url_points_at_v1(sim: SimulatorThread) -> None:
    assert sim.base_url == f"http://127.0.0.1:{sim.port}/v1"
    assert sim.root_url == f"http://127.0.0.1:{sim.port}"


def test_chat_json_is_deterministic_and_labelled(client: OpenAI) -> None:
    prompt = "Summarise the plot of Hamlet in one line"
    first = client.chat.completions.create(model="sim-model", messages=user(prompt))
    assert first.object == "chat.completion"
    assert first.system_fingerprint == FINGERPRINT
    assert first.model == "sim-model"
    choice = first.choices[0]
    assert choice.finish_reason == "stop"
    assert choice.message.role == "assistant"
    content = choice.message.content or ""
    assert prompt in content and "simulat" in content
    # Documented token rule: ceil(chars / 4) per text, plus 4 per prompt message.
    assert first.usage is not None
    assert first.usage.prompt_tokens == math.ceil(len(prompt) / 4) + 4
    assert first.usage.completion_tokens == approx_tokens(content)
    assert first.usage.total_tokens == first.usage.prompt_tokens + first.usage.completion_tokens
    again = client.chat.completions.create(model="sim-model", messages=user(prompt))
    assert again.choices[0].message.content == content


def test_every_response_carries_the_simulator_header(client: OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(model="sim-model", messages=user("x"))
    assert raw.headers["x-kanmon-simulator"] == "1"
    raw_models = client.models.with_raw_response.list()
    assert raw_models.headers["x-kanmon-simulator"] == "1"


def test_any_model_name_is_answered_when_allowed(client: OpenAI) -> None:
    reply = client.chat.completions.create(model="vendor/any-name-1", messages=user("hi"))
    assert reply.model == "vendor/any-name-1"


def test_streaming_arrives_incrementally(client: OpenAI) -> None:
    start = time.monotonic()
    arrivals: list[float] = []
    pieces: list[str] = []
    roles: list[str | None] = []
    finishes: list[str | None] = []
    stream = client.chat.completions.create(model="slow", messages=user("go"), stream=True)
    for chunk in stream:
        assert chunk.object == "chat.completion.chunk"
        assert chunk.system_fingerprint == FINGERPRINT
        delta = chunk.choices[0].delta
        roles.append(delta.role)
        finishes.append(chunk.choices[0].finish_reason)
        if delta.content:
            arrivals.append(time.monotonic())
            pieces.append(delta.content)
    end = time.monotonic()
    assert pieces == ["abcdefghij"] * 5
    assert roles[0] == "assistant" and set(roles[1:]) == {None}
    assert finishes[-1] == "stop" and set(finishes[:-1]) == {None}
    # 5 content chunks 50 ms apart: the first is in hand long before the stream ends.
    assert arrivals == sorted(arrivals)
    assert arrivals[-1] - arrivals[0] >= 0.15
    assert arrivals[0] - start < end - arrivals[0]


def test_stream_include_usage_adds_a_final_usage_chunk(client: OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(
            model="sim-model",
            messages=user("count my tokens"),
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    *body, last = chunks
    assert last.choices == [] and last.usage is not None
    assert all(c.usage is None for c in body)
    text = "".join(c.choices[0].delta.content or "" for c in body)
    assert last.usage.completion_tokens == approx_tokens(text)
    assert last.usage.prompt_tokens == approx_tokens("count my tokens") + 4


def test_stream_without_include_usage_has_no_usage_chunk(client: OpenAI) -> None:
    chunks = list(
        client.chat.completions.create(model="sim-model", messages=user("x"), stream=True)
    )
    assert all(c.choices for c in chunks)
    assert all(c.usage is None for c in chunks)


def test_stream_and_json_carry_the_same_text(client: OpenAI) -> None:
    full = client.chat.completions.create(model="sim-model", messages=user("same text please"))
    streamed = client.chat.completions.create(
        model="sim-model", messages=user("same text please"), stream=True
    )
    assert "".join(c.choices[0].delta.content or "" for c in streamed) == (
        full.choices[0].message.content
    )


def test_reply_rules_then_script(client: OpenAI) -> None:
    def ask(text: str) -> str | None:
        reply = client.chat.completions.create(model="rules", messages=user(text))
        return reply.choices[0].message.content

    assert ask("What is the CAPITAL of France?") == "Paris."
    assert ask("ping") == "pong"
    # The script is indexed by the model's request number, cycling.
    assert ask("anything") == "first scripted"
    assert ask("anything") == "second scripted"
    assert ask("anything") == "first scripted"


def test_rules_match_the_last_user_message_only(client: OpenAI) -> None:
    messages = [
        {"role": "user", "content": "ping"},
        {"role": "assistant", "content": "pong"},
        {"role": "user", "content": [{"type": "text", "text": "capital of france?"}]},
    ]
    reply = client.chat.completions.create(model="rules", messages=messages)  # type: ignore[arg-type]
    assert reply.choices[0].message.content == "Paris."


def test_emit_injects_text_mid_stream(client: OpenAI) -> None:
    pieces = [
        c.choices[0].delta.content or ""
        for c in client.chat.completions.create(model="leaky", messages=user("x"), stream=True)
    ]
    text = "".join(pieces)
    assert text == "one two three AKIAIOSFODNN7EXAMPLE four five six"
    # With 16-character chunks the fake key straddles a chunk boundary, as a real leak would.
    assert not any("AKIAIOSFODNN7EXAMPLE" in p for p in pieces)


def test_max_tokens_truncates_with_finish_reason_length(client: OpenAI) -> None:
    reply = client.chat.completions.create(model="sim-model", messages=user("x"), max_tokens=3)
    assert reply.choices[0].finish_reason == "length"
    assert len(reply.choices[0].message.content or "") == 12
    assert reply.usage is not None and reply.usage.completion_tokens == 3


def test_bad_requests_get_openai_error_json(client: OpenAI) -> None:
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(model="sim-model", messages=[])
    assert exc.value.status_code == 400
    body = exc.value.body
    assert isinstance(body, dict)
    assert body["type"] == "invalid_request_error" and body["param"] == "messages"
    with pytest.raises(openai.BadRequestError) as exc:
        client.chat.completions.create(
            model="sim-model", messages=user("x"), stream_options={"include_usage": True}
        )
    assert isinstance(exc.value.body, dict) and exc.value.body["param"] == "stream_options"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(
            model="sim-model",
            messages=[{"role": "wizard", "content": "x"}],  # type: ignore[list-item,misc]
        )


def test_invalid_json_body_is_a_400(sim: SimulatorThread) -> None:
    status, headers, body = fetch(f"{sim.base_url}/chat/completions", b"{not json")
    assert status == 400
    assert headers["x-kanmon-simulator"] == "1"
    assert set(body["error"]) == {"message", "type", "param", "code"}


def test_unknown_route_is_json_404(sim: SimulatorThread) -> None:
    status, headers, body = fetch(f"{sim.base_url}/nope")
    assert status == 404
    assert headers["x-kanmon-simulator"] == "1"
    assert body["error"]["type"] == "invalid_request_error"


def test_embeddings_are_deterministic_unit_vectors(client: OpenAI) -> None:
    first = client.embeddings.create(model="sim-model", input=["alpha", "beta"])
    assert [d.index for d in first.data] == [0, 1]
    a, b = (d.embedding for d in first.data)
    assert len(a) == FAST.embedding_dimensions
    assert a != b
    assert math.isclose(sum(v * v for v in a), 1.0, rel_tol=1e-4)
    # The SDK asks for base64 by default; an explicit float request must give equal numbers.
    floats = client.embeddings.create(model="sim-model", input="alpha", encoding_format="float")
    assert floats.data[0].embedding == a
    assert first.usage.prompt_tokens == approx_tokens("alpha") + approx_tokens("beta")
    assert first.usage.total_tokens == first.usage.prompt_tokens


def test_embedding_dimensions_from_request_and_token_input(client: OpenAI) -> None:
    short = client.embeddings.create(model="sim-model", input="alpha", dimensions=8)
    assert len(short.data[0].embedding) == 8
    tokens = client.embeddings.create(model="sim-model", input=[[1, 2, 3], [4, 5]])
    assert len(tokens.data) == 2 and tokens.usage.prompt_tokens == 5
    with pytest.raises(openai.BadRequestError):
        client.embeddings.create(model="sim-model", input=[])


def test_models_list_and_retrieve(client: OpenAI) -> None:
    ids = [m.id for m in client.models.list()]
    assert ids == ["sim-model", "slow", "rules", "leaky"]
    card = client.models.retrieve("rules")
    assert card.owned_by == "kanmon-simulator"
    assert client.models.retrieve("org/anything").id == "org/anything"


def test_unknown_model_is_404_when_not_allowed() -> None:
    cfg = SimulatorConfig(models={"only": ModelBehaviour()})
    assert cfg.allow_any_model is False
    with (
        SimulatorThread(cfg) as sim,
        OpenAI(base_url=sim.base_url, api_key="k", max_retries=0) as client,
    ):
        with pytest.raises(openai.NotFoundError) as exc:
            client.chat.completions.create(model="other", messages=user("x"))
        assert isinstance(exc.value.body, dict) and exc.value.body["code"] == "model_not_found"
        with pytest.raises(openai.NotFoundError):
            client.models.retrieve("other")
        assert sim.stats()["totals"]["requests"] == 0


def test_api_key_is_required_when_configured() -> None:
    cfg = SimulatorConfig(api_key="sk-sim-secret")
    with SimulatorThread(cfg) as sim:
        with OpenAI(base_url=sim.base_url, api_key="wrong", max_retries=0) as bad:
            with pytest.raises(openai.AuthenticationError) as exc:
                bad.chat.completions.create(model="sim-model", messages=user("x"))
            assert isinstance(exc.value.body, dict)
            assert exc.value.body["code"] == "invalid_api_key"
            with pytest.raises(openai.AuthenticationError):
                bad.models.list()
        with OpenAI(base_url=sim.base_url, api_key="sk-sim-secret", max_retries=0) as good:
            reply = good.chat.completions.create(model="sim-model", messages=user("x"))
            assert reply.choices[0].message.content
        # Health and control need no key.
        assert fetch(f"{sim.root_url}/healthz")[2] == {"status": "ok", "simulator": True}
        assert fetch(f"{sim.root_url}/_sim/stats")[0] == 200


async def test_a_few_hundred_concurrent_requests() -> None:
    import asyncio

    cfg = SimulatorConfig(models={"sim-model": ModelBehaviour(latency_ms=200, chunk_delay_ms=5)})
    body = {"model": "sim-model", "messages": user("parallel")}
    async with run_simulator(cfg) as sim, aiohttp.ClientSession() as http:

        async def one(i: int) -> int:
            payload = {**body, "stream": i % 2 == 0}
            async with http.post(f"{sim.base_url}/chat/completions", json=payload) as resp:
                await resp.read()
                return resp.status

        start = time.monotonic()
        statuses = await asyncio.gather(*(one(i) for i in range(300)))
        elapsed = time.monotonic() - start
        assert statuses == [200] * 300
        # 300 requests of 200 ms each would take a minute one at a time.
        assert elapsed < 15
        assert sim.stats()["models"]["sim-model"] == {
            "requests": 300,
            "streams": 150,
            "faults": 0,
            "fault_modes": {},
        }
