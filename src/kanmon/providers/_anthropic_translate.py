"""OpenAI Chat Completions <-> Anthropic Messages: requests one way, answers the other.

Sources (all https://docs.anthropic.com/en/...):
  api/messages (request/response fields, stop_reason, usage),
  docs/agents-and-tools/tool-use/implement-tool-use (tool_use/tool_result, tool_choice,
  disable_parallel_tool_use), docs/build-with-claude/vision (base64 and url image sources),
  docs/build-with-claude/extended-thinking (thinking blocks; no temperature/top_k with thinking,
  top_p only in [0.95, 1]; signed blocks must be passed back unmodified during tool use),
  docs/build-with-claude/prompt-caching (cache token fields).

Thinking text is exposed as ``reasoning_content`` like every other adapter; the signed blocks
themselves travel in a ``thinking_blocks`` message field (LiteLLM's convention,
https://docs.litellm.ai/docs/reasoning_content) so a client can send them back.
"""

from __future__ import annotations

import time
from typing import Any

import orjson

from kanmon.errors import BadRequestError
from kanmon.providers._http import UpstreamProtocolError
from kanmon.providers.base import JSON

FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}
#: OpenAI ``reasoning_effort`` -> thinking budget; 1024 is Anthropic's minimum budget.
EFFORT_BUDGET = {"minimal": 1024, "low": 1024, "medium": 4096, "high": 16384, "xhigh": 32768}


def _bad(message: str, param: str, code: str = "unsupported_parameter") -> BadRequestError:
    return BadRequestError(message, code=code, param=param)


# -- request ---------------------------------------------------------------------------------


def to_anthropic(
    body: JSON, *, model: str, default_max_tokens: int, thinking_budget: int | None, stream: bool
) -> JSON:
    """Build an Anthropic Messages request from an OpenAI one, keeping only what maps."""
    n = body.get("n")
    if isinstance(n, int) and n > 1:
        raise _bad("Anthropic returns a single choice; use n=1.", "n")
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") not in (None, "text"):
        raise _bad("JSON response formats are not supported for Anthropic.", "response_format")

    system, messages = _messages(body.get("messages"))
    max_tokens = body.get("max_completion_tokens") or body.get("max_tokens") or default_max_tokens
    out: JSON = {"model": model, "max_tokens": max_tokens, "messages": messages}
    if system:
        out["system"] = system
    if stream:
        out["stream"] = True

    stop = body.get("stop")
    if isinstance(stop, str):
        stop = [stop]
    if isinstance(stop, list) and stop:
        out["stop_sequences"] = stop
    temperature = body.get("temperature")
    if isinstance(temperature, int | float) and not isinstance(temperature, bool):
        out["temperature"] = min(max(float(temperature), 0.0), 1.0)  # Anthropic's range is [0, 1]
    for key in ("top_p", "top_k"):
        if body.get(key) is not None:
            out[key] = body[key]
    if isinstance(body.get("user"), str):
        out["metadata"] = {"user_id": body["user"]}
    _tools(body, out)
    _thinking(body, out, thinking_budget)
    return out


def _thinking(body: JSON, out: JSON, default_budget: int | None) -> None:
    thinking = body.get("thinking")
    if not isinstance(thinking, dict):
        effort = body.get("reasoning_effort")
        budget = EFFORT_BUDGET.get(effort) if isinstance(effort, str) else default_budget
        if budget is None:
            return
        thinking = {"type": "enabled", "budget_tokens": budget}
    out["thinking"] = thinking
    if thinking.get("type") != "enabled":
        return
    budget = thinking.get("budget_tokens")
    if isinstance(budget, int) and budget >= out["max_tokens"]:
        raise _bad(
            f"max_tokens ({out['max_tokens']}) must exceed the thinking budget ({budget}).",
            "max_tokens",
        )
    # Extended thinking rejects temperature/top_k changes and top_p below 0.95.
    out.pop("temperature", None)
    out.pop("top_k", None)
    if isinstance(out.get("top_p"), int | float):
        out["top_p"] = max(float(out["top_p"]), 0.95)


def _tools(body: JSON, out: JSON) -> None:
    tools = body.get("tools")
    if isinstance(tools, list) and tools:
        converted = []
        for tool in tools:
            function = tool.get("function") if isinstance(tool, dict) else None
            if not isinstance(function, dict) or tool.get("type") != "function":
                raise _bad("Only function tools can be translated for Anthropic.", "tools")
            entry: JSON = {
                "name": function.get("name"),
                "input_schema": function.get("parameters") or {"type": "object", "properties": {}},
            }
            if function.get("description"):
                entry["description"] = function["description"]
            converted.append(entry)
        out["tools"] = converted

    choice = body.get("tool_choice")
    mapped: JSON | None = None
    if choice == "auto":
        mapped = {"type": "auto"}
    elif choice == "none":
        mapped = {"type": "none"}
    elif choice == "required":
        mapped = {"type": "any"}
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        mapped = {"type": "tool", "name": choice["function"].get("name")}
    elif choice is not None:
        raise _bad("Unrecognised tool_choice.", "tool_choice")
    if body.get("parallel_tool_calls") is False and "tools" in out:
        mapped = mapped or {"type": "auto"}
        if mapped["type"] != "none":
            mapped["disable_parallel_tool_use"] = True
    # Anthropic refuses a tool_choice that comes without tools.
    if mapped is not None and "tools" in out:
        out["tool_choice"] = mapped


def _messages(raw: Any) -> tuple[str, list[JSON]]:
    """Hoist system/developer text into ``system`` and merge same-role neighbours, because
    Anthropic has no system role and wants user and assistant turns to alternate."""
    if not isinstance(raw, list) or not raw:
        raise _bad("messages must be a non-empty list.", "messages", "invalid_request")
    system: list[str] = []
    out: list[JSON] = []
    for message in raw:
        if not isinstance(message, dict):
            raise _bad("Each message must be an object.", "messages", "invalid_request")
        role = message.get("role")
        if role in ("system", "developer"):
            system.extend(b["text"] for b in _parts(message.get("content")) if b["type"] == "text")
            continue
        if role == "user":
            blocks, anthropic_role = _parts(message.get("content")), "user"
        elif role == "assistant":
            blocks, anthropic_role = _assistant_blocks(message), "assistant"
        elif role == "tool":
            blocks, anthropic_role = [_tool_result(message)], "user"
        else:
            raise _bad(f"Message role {role!r} cannot be translated for Anthropic.", "messages")
        if not blocks:
            continue  # Anthropic rejects empty turns
        if out and out[-1]["role"] == anthropic_role:
            out[-1]["content"].extend(blocks)
        else:
            out.append({"role": anthropic_role, "content": blocks})
    return "\n\n".join(system), out


def _parts(content: Any) -> list[JSON]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    if not isinstance(content, list):
        raise _bad("Message content must be a string or a list of parts.", "messages")
    blocks = []
    for part in content:
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in ("text", "refusal"):
            text = part.get(kind)
            if not text:
                continue
            block: JSON = {"type": "text", "text": text}
        elif kind == "image_url":
            block = _image(part.get("image_url"))
        else:
            raise _bad(f"Content part {kind!r} is not supported for Anthropic.", "messages")
        if "cache_control" in part:
            block["cache_control"] = part["cache_control"]
        blocks.append(block)
    return blocks


def _image(image_url: Any) -> JSON:
    url = image_url.get("url") if isinstance(image_url, dict) else image_url
    if not isinstance(url, str):
        raise _bad("image_url needs a url.", "messages")
    if url.startswith("data:"):
        header, sep, data = url[5:].partition(",")
        media_type, _, encoding = header.partition(";")
        if not sep or encoding != "base64":
            raise _bad("Inline images must be base64 data URLs.", "messages")
        return {
            "type": "image",
            "source": {"type": "base64", "media_type": media_type, "data": data},
        }
    return {"type": "image", "source": {"type": "url", "url": url}}


def _assistant_blocks(message: JSON) -> list[JSON]:
    # Signed thinking blocks must go back unmodified, first, for tool use with thinking on.
    thinking = message.get("thinking_blocks")
    blocks = [
        b
        for b in (thinking if isinstance(thinking, list) else ())
        if isinstance(b, dict) and b.get("type") in ("thinking", "redacted_thinking")
    ]
    blocks += [b for b in _parts(message.get("content")) if b["type"] == "text"]
    for call in message.get("tool_calls") or ():
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            raise _bad("Each tool call needs a function.", "messages")
        arguments = function.get("arguments") or "{}"
        try:
            parsed = orjson.loads(arguments) if isinstance(arguments, str) else arguments
        except orjson.JSONDecodeError:
            raise _bad("Tool call arguments must be JSON.", "messages") from None
        if not isinstance(parsed, dict):
            raise _bad("Tool call arguments must be a JSON object.", "messages")
        blocks.append(
            {
                "type": "tool_use",
                "id": call.get("id"),
                "name": function.get("name"),
                "input": parsed,
            }
        )
    return blocks


def _tool_result(message: JSON) -> JSON:
    block: JSON = {"type": "tool_result", "tool_use_id": message.get("tool_call_id")}
    content = _parts(message.get("content"))
    if content:
        block["content"] = content
    return block


# -- response --------------------------------------------------------------------------------


def usage_to_openai(usage: Any) -> JSON:
    """Anthropic counts cache reads/writes apart from ``input_tokens``; OpenAI's
    ``prompt_tokens`` includes cached tokens and reports them under ``prompt_tokens_details``."""
    usage = usage if isinstance(usage, dict) else {}
    read = int(usage.get("cache_read_input_tokens") or 0)
    prompt = (
        int(usage.get("input_tokens") or 0)
        + int(usage.get("cache_creation_input_tokens") or 0)
        + read
    )
    completion = int(usage.get("output_tokens") or 0)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": read},
    }


def from_anthropic(data: JSON) -> JSON:
    blocks = data.get("content")
    if data.get("type") != "message" or not isinstance(blocks, list):
        raise UpstreamProtocolError("upstream answer is not an Anthropic message")
    texts: list[str] = []
    reasoning: list[str] = []
    signed: list[JSON] = []
    calls: list[JSON] = []
    for block in blocks:
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            texts.append(block.get("text") or "")
        elif kind == "thinking":
            reasoning.append(block.get("thinking") or "")
            signed.append(block)
        elif kind == "redacted_thinking":
            signed.append(block)
        elif kind == "tool_use":
            arguments = orjson.dumps(block.get("input") or {}).decode()
            calls.append(
                {
                    "id": block.get("id"),
                    "type": "function",
                    "function": {"name": block.get("name"), "arguments": arguments},
                }
            )
        # Server-tool blocks have no OpenAI counterpart.
    message: JSON = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if reasoning:
        message["reasoning_content"] = "".join(reasoning)
    if signed:
        message["thinking_blocks"] = signed
    if calls:
        message["tool_calls"] = calls
    return {
        "id": data.get("id"),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": data.get("model"),
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": FINISH_REASONS.get(data.get("stop_reason") or "", "stop"),
                "logprobs": None,
            }
        ],
        "usage": usage_to_openai(data.get("usage")),
    }
