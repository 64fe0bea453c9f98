"""Gemini, Yandex and CLOVA Studio adapters against the simulator's fakes of their
OpenAI-compatible endpoints (each built from the vendor's documented wire examples)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from test_prov_base import chunk, collect, fake_upstream, joined, make_deployment

from kanmon.errors import BadRequestError, ConfigError
from kanmon.providers import HttpClient, UpstreamHTTPError
from kanmon.providers.clova import ClovaProvider
from kanmon.providers.gemini import GeminiProvider
from kanmon.providers.yandex import YandexProvider
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


def _gemini(sim: Simulator, http: HttpClient, **options: Any) -> GeminiProvider:
    dep = make_deployment(
        sim.root_url + "/vendors/gemini/v1beta/openai",
        api="gemini",
        alias="gemini-2.5-flash",
        options=options,
    )
    return GeminiProvider(dep, http, "gemini-key")


async def test_gemini_fake_refuses_what_gemini_refuses(sim: Simulator) -> None:
    url = sim.root_url + "/vendors/gemini/v1beta/openai/chat/completions"
    auth = {"Authorization": "Bearer k"}
    both = _ask(
        reasoning_effort="low",
        extra_body={"google": {"thinking_config": {"thinking_budget": 800}}},
    )
    async with httpx.AsyncClient() as client:
        r = await client.post(url, headers=auth, json=both)
        assert r.status_code == 400 and "overlap" in r.json()[0]["error"]["message"]
        r = await client.post(url, headers=auth, json=_ask(thinking={"type": "enabled"}))
        assert r.status_code == 400 and 'Unknown name "thinking"' in r.json()[0]["error"]["message"]
        assert (await client.post(url, json=_ask())).status_code == 401


async def test_gemini_thinking_quirks(sim: Simulator, http: HttpClient) -> None:
    p = _gemini(sim, http)
    both = _ask(
        reasoning_effort="low",
        extra_body={"google": {"thinking_config": {"thinking_budget": 800}}},
    )
    with pytest.raises(BadRequestError, match="not both"):
        await p.chat(both)
    # other vendors' thinking switch is translated, never sent as is
    off = await p.chat(_ask(thinking={"type": "disabled"}))
    assert off["choices"][0]["message"]["content"]
    assert p.prepare_chat(_ask(thinking={"type": "disabled"}), stream=False)[
        "reasoning_effort"
    ] == ("none")
    # a deployment's default budget gives way to the caller's reasoning_effort
    budgeted = _gemini(sim, http, thinking_budget=1024)
    sent = budgeted.prepare_chat(_ask(), stream=False)
    assert sent["extra_body"]["google"]["thinking_config"]["thinking_budget"] == 1024
    assert (await budgeted.chat(_ask(reasoning_effort="high")))["choices"]
    assert "extra_body" not in budgeted.prepare_chat(_ask(reasoning_effort="high"), stream=False)


async def test_gemini_thought_summaries_become_reasoning(sim: Simulator, http: HttpClient) -> None:
    p = _gemini(sim, http, include_thoughts=True)
    data = await p.chat(_ask("why is the sky blue"))
    message = data["choices"][0]["message"]
    assert message["reasoning_content"].startswith("Considering: why is the sky blue")
    assert "<thought>" not in message["content"] and message["content"]


async def test_gemini_thought_tags_split_in_streams() -> None:
    async with fake_upstream() as up:
        up.reply_sse(
            [
                chunk({"role": "assistant", "content": "<thou"}),
                chunk({"content": "ght>planning</thought>"}),
                chunk({"content": "Answer."}, "stop"),
            ]
        )
        p = up.provider(GeminiProvider, options={"include_thoughts": True})
        chunks = await collect(await p.open_stream(_ask()))
    assert joined(chunks, "reasoning_content") == "planning"
    assert joined(chunks, "content") == "Answer."


def _yandex(sim: Simulator, http: HttpClient, alias: str, **options: Any) -> YandexProvider:
    dep = make_deployment(
        sim.root_url + "/vendors/yandex/v1", api="yandex", alias=alias, options=options
    )
    return YandexProvider(dep, http, "AQVN-key")


async def test_yandex_model_uri_folder_and_api_key(sim: Simulator, http: HttpClient) -> None:
    p = _yandex(sim, http, "yandexgpt/latest", folder_id="b1gfolder")
    data = await p.chat({**_ask(), "model": "yandexgpt/latest"})
    assert data["choices"][0]["message"]["content"]
    assert p._headers["Authorization"] == "Api-Key AQVN-key"
    assert p._headers["x-folder-id"] == "b1gfolder"
    full = _yandex(sim, http, "gpt://b1gfolder/yandexgpt/rc")
    assert full.prepare_chat({**_ask(), "model": "gpt://b1gfolder/yandexgpt/rc"}, stream=False)[
        "model"
    ] == ("gpt://b1gfolder/yandexgpt/rc")
    iam = _yandex(sim, http, "yandexgpt/latest", folder_id="b1gfolder", auth="iam")
    assert iam._headers["Authorization"] == "Bearer AQVN-key"
    assert (await iam.chat({**_ask(), "model": "yandexgpt/latest"}))["choices"]
    # without a folder the short name reaches Yandex as is, and Yandex refuses it
    bare = _yandex(sim, http, "yandexgpt/latest")
    with pytest.raises(UpstreamHTTPError) as refused:
        await bare.chat({**_ask(), "model": "yandexgpt/latest"})
    assert refused.value.status == 400 and b"gpt://" in refused.value.body
    other = _yandex(sim, http, "gpt://b1gother/yandexgpt/latest", folder_id="b1gfolder")
    with pytest.raises(UpstreamHTTPError) as mismatch:
        await other.chat({**_ask(), "model": "gpt://b1gother/yandexgpt/latest"})
    assert mismatch.value.status == 403


async def test_clova_needs_the_compatible_path(sim: Simulator, http: HttpClient) -> None:
    ok = make_deployment(sim.root_url + "/vendors/clova/v1/openai", api="clova", alias="HCX-005")
    data = await ClovaProvider(ok, http, "nv-key").chat(_ask())
    assert data["choices"][0]["message"]["content"]
    native = make_deployment("https://clovastudio.stream.ntruss.com/v3", api="clova")
    with pytest.raises(ConfigError, match="/v1/openai"):
        ClovaProvider(native, http, "nv-key")
    with pytest.raises(UpstreamHTTPError) as no_key:
        await ClovaProvider(ok, http, None).chat(_ask())
    assert no_key.value.status == 401


async def test_gemini_safety_block_is_a_content_filter_finish(
    sim: Simulator, http: HttpClient
) -> None:
    p = _gemini(sim, http)
    data = await p.chat(_ask("tell me [blocked] things"))
    choice = data["choices"][0]
    assert choice["finish_reason"] == "content_filter"
    assert choice["message"]["content"] == ""
    chunks = await collect(await p.open_stream(_ask("tell me [blocked] things")))
    [last] = [c for ch in chunks for c in ch.get("choices") or () if c["finish_reason"]]
    assert last["finish_reason"] == "content_filter" and last["delta"].get("content") is None
    assert "content" not in last["delta"]
    # an answer that was not blocked keeps its own finish reason
    assert (await p.chat(_ask("hello")))["choices"][0]["finish_reason"] == "stop"
    # a caller's own Google settings go through beside the deployment's thinking config
    settings = [{"category": "HARM_CATEGORY_HARASSMENT", "threshold": "BLOCK_ONLY_HIGH"}]
    mine = {"google": {"safety_settings": settings}}
    sent = _gemini(sim, http, thinking_budget=512).prepare_chat(_ask(extra_body=mine), stream=False)
    assert sent["extra_body"]["google"] == {
        "safety_settings": settings,
        "thinking_config": {"thinking_budget": 512},
    }


async def test_gemini_native_block_reasons_are_mapped() -> None:
    async with fake_upstream() as up:
        up.reply_json(
            {
                "id": "x",
                "object": "chat.completion",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": None},
                        "finish_reason": "SAFETY",
                    }
                ],
            }
        )
        up.reply_sse([chunk({"content": "partial"}), chunk({}, "RECITATION")])
        p = up.provider(GeminiProvider)
        data = await p.chat(_ask())
        chunks = await collect(await p.open_stream(_ask()))
    assert data["choices"][0]["finish_reason"] == "content_filter"
    assert data["choices"][0]["message"]["content"] == ""
    assert chunks[-1]["choices"][0]["finish_reason"] == "content_filter"
