"""Demo, part 1: the gateway itself — routing, a fallback, streaming, reasoning, async, errors."""

from __future__ import annotations

import asyncio
import time

import openai

from kanmon.cli._demo_common import Demo


def tour(d: Demo, client: openai.OpenAI) -> None:
    con = d.con
    d.step("1. models this key may use (GET /v1/models)")
    for m in client.models.list().data:
        deps = [x["id"] for x in (m.model_extra or {})["kanmon"]["deployments"]]
        con.print(f"  {m.id:12} → {' → '.join(deps)}")

    d.step("2. a chat completion, routed")
    raw = client.chat.completions.with_raw_response.create(
        model="team-chat",
        messages=[{"role": "user", "content": "What is the capital of Korea?"}],
    )
    con.print(f"  answer: {raw.parse().choices[0].message.content}")
    con.print(f"  served by deployment: {raw.headers['x-kanmon-deployment']}")

    d.step("3. fallback: sim-primary answers 503, the gateway retries then falls back")
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": "Hello"}]
    )
    con.print(
        f"  served by {raw.headers['x-kanmon-deployment']} after "
        f"{raw.headers.get('x-kanmon-fallbacks', '0')} fallback(s): "
        f"{raw.parse().choices[0].message.content}"
    )

    d.step("4. streaming (SSE, relayed incrementally)")
    t0 = time.perf_counter()
    stream = client.chat.completions.create(
        model="team-chat",
        messages=[{"role": "user", "content": "What is the capital of Korea?"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    first = None
    usage = None
    con.print("  ", end="")
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            first = first or time.perf_counter() - t0
            con.print(chunk.choices[0].delta.content, end="")
        if chunk.usage:
            usage = chunk.usage
    total = time.perf_counter() - t0
    tokens = f"{usage.prompt_tokens}+{usage.completion_tokens}" if usage else "?"
    con.print(
        f"\n  first token after {first or 0:.3f} s, stream done after {total:.3f} s; "
        f"usage {tokens} tokens"
    )

    d.step("5. reasoning normalised: <think> tags become reasoning_content")
    r = client.chat.completions.create(
        model="reasoner", messages=[{"role": "user", "content": "What is 6 x 7?"}]
    )
    extra = r.choices[0].message.model_extra or {}
    con.print(f"  reasoning_content: {str(extra.get('reasoning_content'))[:70]!r}")
    con.print(f"  content:           {r.choices[0].message.content!r}")

    d.step("6. async SDK: 5 concurrent requests")

    async def burst() -> list[str]:
        aclient = openai.AsyncOpenAI(base_url=d.base_url, api_key=d.keys["app"])
        async with aclient:
            rs = await asyncio.gather(
                *[
                    aclient.chat.completions.create(
                        model="team-chat",
                        messages=[{"role": "user", "content": f"request {i}"}],
                    )
                    for i in range(5)
                ]
            )
        return [x.choices[0].message.content or "" for x in rs]

    for answer in asyncio.run(burst()):
        con.print(f"  {answer[:60]}")

    d.step("7. a clean OpenAI-style error")
    try:
        client.chat.completions.create(
            model="no-such-model", messages=[{"role": "user", "content": "hi"}]
        )
    except openai.NotFoundError as e:
        con.print(f"  404 {e.body}")
