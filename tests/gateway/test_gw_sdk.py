"""The official openai SDK, sync and async, streaming and not, works against the gateway."""

from __future__ import annotations

import time

import openai
import pytest

from kanmon.gateway import GatewayThread
from tests.gateway._util import audit_rows, new_key


@pytest.fixture
def gw(gateway):  # type: ignore[no-untyped-def]
    return gateway()


def test_sync_chat_and_audit(gw: GatewayThread) -> None:
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="chat", messages=[{"role": "user", "content": "ping"}]
    )
    resp = raw.parse()
    assert resp.object == "chat.completion"
    assert resp.model == "chat"
    assert resp.choices[0].message.role == "assistant"
    assert resp.choices[0].message.content
    assert resp.usage is not None and resp.usage.prompt_tokens > 0
    assert raw.headers["x-kanmon-deployment"] == "d-main"
    rid = raw.headers["x-request-id"]
    [rec] = audit_rows(gw, request_id=rid)
    assert rec["status"] == 200
    assert rec["deployment"] == "d-main"
    assert rec["prompt_tokens"] == resp.usage.prompt_tokens
    assert rec["completion_tokens"] == resp.usage.completion_tokens
    # price is 1 USD / 2 USD per 1M tokens in the fixture
    expected = (resp.usage.prompt_tokens * 1 + resp.usage.completion_tokens * 2) / 1e6
    assert rec["cost_usd"] == pytest.approx(expected)
    # who called and what the deployment was at the time, not just its id
    assert rec["key_name"] == "test" and rec["roles"] == ["app"]
    prov = rec["provenance"]
    assert prov["deployment"] == "d-main" and prov["processing_region"] == "LOCAL"
    assert prov["provider_jurisdiction"] == "ZZ" and prov["simulated"] is True
    assert len(prov["entry_hash"]) == 64


def test_sync_stream_is_incremental(gw: GatewayThread) -> None:
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    arrivals: list[float] = []
    text = ""
    t0 = time.monotonic()
    stream = client.chat.completions.create(
        model="slow",
        messages=[{"role": "user", "content": "tell me a longer story please"}],
        stream=True,
    )
    for chunk in stream:
        arrivals.append(time.monotonic() - t0)
        assert chunk.model == "slow"
        if chunk.choices and chunk.choices[0].delta.content:
            text += chunk.choices[0].delta.content
    assert text
    assert len(arrivals) >= 4
    # The simulator waits 40 ms between events: a buffering proxy would deliver them together.
    assert arrivals[-1] - arrivals[0] > 0.1
    assert arrivals[1] < arrivals[-1] - 0.08


def test_stream_usage_only_when_asked(gw: GatewayThread) -> None:
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    plain = list(
        client.chat.completions.create(
            model="chat", messages=[{"role": "user", "content": "a"}], stream=True
        )
    )
    assert all(c.usage is None for c in plain)
    with_usage = list(
        client.chat.completions.create(
            model="chat",
            messages=[{"role": "user", "content": "a"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert with_usage[-1].usage is not None and with_usage[-1].usage.completion_tokens > 0
    # Usage is recorded for the audit log either way.
    rows = audit_rows(gw)
    streams = [r for r in rows if r["stream"]]
    assert len(streams) == 2
    assert all(r["completion_tokens"] > 0 for r in streams)


async def test_async_chat_stream_and_parallel(gw: GatewayThread) -> None:
    import asyncio

    key = new_key(gw)
    async with openai.AsyncOpenAI(base_url=gw.base_url, api_key=key, max_retries=0) as client:
        results = await asyncio.gather(
            *[
                client.chat.completions.create(
                    model="chat", messages=[{"role": "user", "content": f"n{i}"}]
                )
                for i in range(20)
            ]
        )
        assert all(r.choices[0].message.content for r in results)
        stream = await client.chat.completions.create(
            model="chat", messages=[{"role": "user", "content": "stream"}], stream=True
        )
        parts = [c.choices[0].delta.content async for c in stream if c.choices]
        assert "".join(p or "" for p in parts)
    assert len([r for r in audit_rows(gw) if r["endpoint"] == "chat.completions"]) == 21


def test_models_and_embeddings(gw: GatewayThread) -> None:
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    models = client.models.list()
    assert {m.id for m in models.data} == {"chat", "fallback", "slow", "think"}
    emb = client.embeddings.create(model="chat", input=["hello", "world"])
    assert len(emb.data) == 2
    assert len(emb.data[0].embedding) > 8
    assert emb.model == "chat"


def test_key_restricted_to_models(gw: GatewayThread) -> None:
    client = openai.OpenAI(
        base_url=gw.base_url, api_key=new_key(gw, models=["chat"]), max_retries=0
    )
    assert [m.id for m in client.models.list().data] == ["chat"]
    with pytest.raises(openai.PermissionDeniedError) as e:
        client.chat.completions.create(model="slow", messages=[{"role": "user", "content": "x"}])
    assert e.value.code == "model_not_allowed"


def test_think_tags_become_reasoning_content(gw: GatewayThread) -> None:
    client = openai.OpenAI(base_url=gw.base_url, api_key=new_key(gw), max_retries=0)
    r = client.chat.completions.create(model="think", messages=[{"role": "user", "content": "q"}])
    msg = r.choices[0].message
    assert msg.content == "The answer is 42."
    assert (msg.model_extra or {}).get("reasoning_content")
    for _ in range(2):  # the simulator splits tags across chunks on alternate requests
        content, reasoning = "", ""
        for c in client.chat.completions.create(
            model="think", messages=[{"role": "user", "content": "q"}], stream=True
        ):
            if not c.choices:
                continue
            content += c.choices[0].delta.content or ""
            reasoning += (c.choices[0].delta.model_extra or {}).get("reasoning_content") or ""
        assert content == "The answer is 42."
        assert "<think>" not in content and "</think>" not in reasoning
        assert reasoning
