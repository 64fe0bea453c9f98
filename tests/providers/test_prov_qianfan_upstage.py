"""Baidu Qianfan and Upstage adapters against the simulator's fakes of their OpenAI-compatible
endpoints (each built from the vendor's documented wire examples), and their stream quirks
against a canned upstream."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from test_prov_base import chunk, collect, fake_upstream, joined, make_deployment

from kanmon.errors import BadRequestError
from kanmon.providers import HttpClient, UpstreamHTTPError
from kanmon.providers.qianfan import QianfanProvider
from kanmon.providers.upstage import UpstageProvider
from kanmon.simulator import Simulator, run_simulator


@pytest.fixture
async def sim() -> AsyncIterator[Simulator]:
    async with run_simulator() as s:
        yield s


@pytest.fixture
async def http() -> AsyncIterator[HttpClient]:
    client = HttpClient()
    yield client
    await client.close()


def _ask(text: str = "hello", **extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": text}], **extra}


def _qianfan(sim: Simulator, http: HttpClient, **options: Any) -> QianfanProvider:
    dep = make_deployment(
        sim.root_url + "/vendors/qianfan/v2", api="qianfan", alias="ernie-5.1", options=options
    )
    return QianfanProvider(dep, http, "bce-v3/ALTAK-key/secret")


async def test_qianfan_fake_refuses_what_baidu_refuses(sim: Simulator) -> None:
    url = sim.root_url + "/vendors/qianfan/v2/chat/completions"
    auth = {"Authorization": "Bearer bce-v3/ALTAK-x/y"}
    async with httpx.AsyncClient() as client:
        r = await client.post(url, headers=auth, json=_ask(max_completion_tokens=10))
        assert r.status_code == 400
        assert set(r.json()["error"]) == {"code", "message", "type"}
        r = await client.post(url, headers=auth, json=_ask(reasoning_effort="minimal"))
        assert r.status_code == 400
        assert (await client.post(url, json=_ask())).status_code == 401


async def test_qianfan_thinking_tokens_and_app_id(sim: Simulator, http: HttpClient) -> None:
    p = _qianfan(sim, http, app_id="app-123", thinking="enabled", thinking_budget=2048)
    assert p._headers["appid"] == "app-123"
    assert p._headers["Authorization"] == "Bearer bce-v3/ALTAK-key/secret"
    sent = p.prepare_chat(_ask(max_completion_tokens=50), stream=False)
    assert sent["max_tokens"] == 50 and "max_completion_tokens" not in sent
    assert sent["enable_thinking"] is True and sent["thinking_budget"] == 2048
    data = await p.chat(_ask("why is the sky blue", max_completion_tokens=200))
    message = data["choices"][0]["message"]
    assert message["reasoning_content"].startswith("Considering: why is the sky blue")
    assert message["content"]
    # the caller's switch wins over the deployment's, and is never sent as is
    off = p.prepare_chat(_ask(thinking={"type": "disabled"}), stream=False)
    assert off["enable_thinking"] is False and "thinking" not in off
    assert "thinking_budget" not in off
    none = p.prepare_chat(_ask(reasoning_effort="none"), stream=False)
    assert none["enable_thinking"] is False and "reasoning_effort" not in none
    assert (await p.chat(_ask(reasoning_effort="high")))["choices"]
    with pytest.raises(BadRequestError, match="low, medium, high"):
        p.prepare_chat(_ask(reasoning_effort="minimal"), stream=False)
    with pytest.raises(BadRequestError, match="at least 100"):
        p.prepare_chat(_ask(thinking_budget=50), stream=False)
    with pytest.raises(UpstreamHTTPError) as no_key:
        await QianfanProvider(p.deployment, http, None).chat(_ask())
    assert no_key.value.status == 401


async def test_qianfan_web_search_results_kept(sim: Simulator, http: HttpClient) -> None:
    p = _qianfan(sim, http, web_search=True)
    data = await p.chat(_ask("news today"))
    assert data["search_results"][0]["url"].startswith("https://")
    assert p.prepare_chat(_ask(web_search={"enable": False}), stream=False)["web_search"] == {
        "enable": False
    }


async def test_qianfan_withholds_an_answer_it_must_not_show(
    sim: Simulator, http: HttpClient
) -> None:
    p = _qianfan(sim, http)
    data = await p.chat(_ask("say [blocked] words"))
    choice = data["choices"][0]
    assert choice["flag"] == 3
    assert choice["finish_reason"] == "content_filter"
    assert choice["message"]["content"] == ""
    thinking = _qianfan(sim, http, enable_thinking=True)
    assert thinking.prepare_chat(_ask(), stream=False)["enable_thinking"] is True
    withheld = (await thinking.chat(_ask("say [blocked] words")))["choices"][0]["message"]
    assert withheld == {"role": "assistant", "content": "", "refusal": None}
    ok = (await p.chat(_ask("hello")))["choices"][0]
    assert ok["flag"] == 0 and ok["finish_reason"] == "stop" and ok["message"]["content"]


async def test_qianfan_stream_drops_signals_and_withheld_text() -> None:
    async with fake_upstream() as up:
        up.reply_sse(
            [
                chunk({"role": "assistant", "content": ""}),
                {
                    "id": "as-1",
                    "object": "chat.completion.chunk",
                    "choices": [{"index": 0, "delta": {"delta_tag": "search_status"}}],
                },
                chunk({"content": "Safe start. "}),
                {
                    "id": "as-1",
                    "object": "chat.completion.chunk",
                    "choices": [
                        {"index": 0, "delta": {"content": "unsafe"}, "flag": 3, "ban_round": -1}
                    ],
                },
                chunk({"content": " more unsafe"}),
                chunk({}, "stop"),
                {
                    "id": "as-1",
                    "object": "chat.completion.chunk",
                    "choices": [],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
                },
            ]
        )
        p = up.provider(QianfanProvider, path="/v2")
        chunks = await collect(await p.open_stream(_ask()))
    assert joined(chunks, "content") == "Safe start. "
    finishes = [c["finish_reason"] for ch in chunks for c in ch["choices"] if c["finish_reason"]]
    assert finishes == ["content_filter"]
    assert chunks[-1]["usage"]["total_tokens"] == 7
    assert not any(c["delta"].get("delta_tag") for ch in chunks for c in ch["choices"])


def _upstage(sim: Simulator, http: HttpClient, **options: Any) -> UpstageProvider:
    dep = make_deployment(
        sim.root_url + "/vendors/upstage/v1", api="upstage", alias="solar-pro4", options=options
    )
    return UpstageProvider(dep, http, "up-key")


async def test_upstage_reasoning_effort_and_trace(sim: Simulator, http: HttpClient) -> None:
    p = _upstage(sim, http)
    plain = await p.chat(_ask())
    assert "reasoning_content" not in plain["choices"][0]["message"]
    data = await p.chat(_ask("what is 15% of 80", reasoning_effort="medium"))
    message = data["choices"][0]["message"]
    assert message["reasoning_content"].startswith("Working through: what is 15% of 80")
    assert "reasoning" not in message and message["content"]
    with pytest.raises(BadRequestError, match="none, minimal, low"):
        p.prepare_chat(_ask(reasoning_effort="extreme"), stream=False)
    # the thinking switch becomes reasoning_effort; a deployment default applies otherwise
    off = p.prepare_chat(_ask(thinking={"type": "disabled"}), stream=False)
    assert off["reasoning_effort"] == "none" and "thinking" not in off
    on = p.prepare_chat(_ask(thinking={"type": "enabled"}), stream=False)
    assert on["reasoning_effort"] == "medium"
    high = _upstage(sim, http, reasoning_effort="high")
    assert high.prepare_chat(_ask(), stream=False)["reasoning_effort"] == "high"
    assert high.prepare_chat(_ask(reasoning_effort="low"), stream=False)["reasoning_effort"] == (
        "low"
    )
    assert (await high.chat(_ask()))["choices"][0]["message"]["reasoning_content"]


async def test_upstage_fake_refuses_unknown_effort_and_missing_key(sim: Simulator) -> None:
    url = sim.root_url + "/vendors/upstage/v1/chat/completions"
    async with httpx.AsyncClient() as client:
        r = await client.post(
            url, headers={"Authorization": "Bearer k"}, json=_ask(reasoning_effort="extreme")
        )
        assert r.status_code == 400
        assert (await client.post(url, json=_ask())).status_code == 401


async def test_upstage_streamed_reasoning_becomes_reasoning_content() -> None:
    async with fake_upstream() as up:
        up.reply_sse(
            [
                chunk({"role": "assistant", "reasoning": "15% = 0.15."}),
                chunk({"content": "15% of 80 is 12."}, "stop"),
            ]
        )
        p = up.provider(UpstageProvider)
        chunks = await collect(await p.open_stream(_ask(reasoning_effort="high")))
    assert joined(chunks, "reasoning_content") == "15% = 0.15."
    assert joined(chunks, "content") == "15% of 80 is 12."
