"""OpenAI Responses request → chat-completions request, for the one request path.

Sources: the OpenAI OpenAPI document (``CreateResponse``, ``InputItem``, ``FunctionTool``,
``ToolChoiceParam``, ``ResponseTextParam``) and https://platform.openai.com/docs/api-reference/
responses/create. What has a chat meaning is translated; what has none (built-in tools, stored
items, background runs) is refused with a 400 naming the field, never dropped silently.

- ``instructions`` becomes the first (system) message; ``input`` a string or a list of items.
- ``message`` items (``input_text``, ``input_image``, ``output_text``, ``refusal`` parts) keep
  their role; ``function_call`` items join the assistant message before them as ``tool_calls``;
  ``function_call_output`` items become ``tool`` messages, so the scanners see them as tool
  content; ``reasoning`` items are the model's own earlier trace and are not sent again.
- ``max_output_tokens`` → ``max_completion_tokens``, ``reasoning.effort`` →
  ``reasoning_effort``, ``text.format`` → ``response_format``; streams always ask for usage,
  which ``response.completed`` reports.
"""

from __future__ import annotations

from typing import Any

from kanmon.wire._common import JSON, dump, invalid, unsupported

#: Parameters copied as they are (same name and meaning in chat completions).
_SAME = ("model", "temperature", "top_p", "parallel_tool_calls", "user", "top_logprobs")
#: Parameters that only shape the Responses envelope or the upstream's own storage.
_ENVELOPE = frozenset(
    {
        "input",
        "instructions",
        "tools",
        "tool_choice",
        "max_output_tokens",
        "reasoning",
        "text",
        "stream",
        "stream_options",
        "store",
        "previous_response_id",
        "include",
        "metadata",
        "truncation",
        "safety_identifier",
        "prompt_cache_key",
        "service_tier",
        "background",
        "conversation",
        "prompt",
        "max_tool_calls",
        "prompt_cache_retention",
        *_SAME,
    }
)


def responses_to_chat(body: JSON, history: list[JSON] | None = None) -> JSON:
    """The chat-completions request of a Responses request. ``history`` is the conversation a
    ``previous_response_id`` stands for (its messages in chat shape), put before ``input``."""
    for key in ("background", "conversation", "prompt"):
        if body.get(key):
            raise unsupported(f"'{key}' is not supported by this gateway.", key)
    out: JSON = {k: body[k] for k in _SAME if body.get(k) is not None}
    messages: list[JSON] = []
    instructions = body.get("instructions")
    if isinstance(instructions, str) and instructions:
        messages.append({"role": "system", "content": instructions})
    elif instructions is not None and not isinstance(instructions, str):
        raise unsupported("'instructions' must be a string here.", "instructions")
    messages += history or []
    messages += input_messages(body.get("input"))
    if not messages:
        raise invalid("'input' is empty: there is nothing to answer.", "input")
    out["messages"] = messages
    if body.get("max_output_tokens") is not None:
        out["max_completion_tokens"] = body["max_output_tokens"]
    tools = _tools(body.get("tools"))
    if tools:
        out["tools"] = tools
    if body.get("tool_choice") is not None:
        out["tool_choice"] = _tool_choice(body["tool_choice"])
    reasoning = body.get("reasoning")
    if isinstance(reasoning, dict) and isinstance(reasoning.get("effort"), str):
        out["reasoning_effort"] = reasoning["effort"]
    fmt = _response_format(body.get("text"))
    if fmt is not None:
        out["response_format"] = fmt
    if body.get("stream"):
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
    # Vendor extras a caller adds (e.g. enable_thinking) pass on as they do on chat.
    for key, value in body.items():
        if key not in _ENVELOPE and key not in out:
            out[key] = value
    return out


def input_messages(raw: Any) -> list[JSON]:
    """``input`` (a string or a list of items) as chat messages."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [{"role": "user", "content": raw}]
    if not isinstance(raw, list):
        raise invalid("'input' must be a string or a list of items.", "input")
    messages: list[JSON] = []
    for i, item in enumerate(raw):
        where = f"input[{i}]"
        if not isinstance(item, dict):
            raise invalid(f"'{where}' must be an object.", where)
        kind = item.get("type", "message")
        if kind == "message":
            messages.append(_message(item, where))
        elif kind == "function_call":
            _function_call(messages, item, where)
        elif kind == "function_call_output":
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": _required_str(item, "call_id", where),
                    "content": _output_text(item.get("output"), where),
                }
            )
        elif kind == "reasoning":
            continue  # the model's own earlier trace: chat upstreams take none back
        else:
            raise unsupported(
                f"Input items of type {kind!r} are not supported by this gateway "
                "(message, function_call, function_call_output and reasoning are).",
                f"{where}.type",
            )
    return messages


def _required_str(item: JSON, key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise invalid(f"'{where}.{key}' is required.", f"{where}.{key}")
    return value


def _message(item: JSON, where: str) -> JSON:
    role = item.get("role")
    if role not in ("user", "assistant", "system", "developer"):
        raise invalid(f"'{where}.role' must be user, assistant, system or developer.", where)
    content = item.get("content")
    if isinstance(content, str):
        return {"role": role, "content": content}
    if not isinstance(content, list):
        raise invalid(f"'{where}.content' must be a string or a list of parts.", where)
    parts: list[JSON] = []
    for j, part in enumerate(content):
        at = f"{where}.content[{j}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in ("input_text", "output_text"):
            text = part.get("text")
            if not isinstance(text, str):
                raise invalid(f"'{at}.text' must be a string.", at)
            parts.append({"type": "text", "text": text})
        elif kind == "refusal":
            parts.append({"type": "text", "text": str(part.get("refusal") or "")})
        elif kind == "input_image":
            url = part.get("image_url")
            if not isinstance(url, str):
                raise unsupported(f"'{at}': images are supported by URL or data URL only.", at)
            image: JSON = {"url": url}
            if part.get("detail") in ("low", "high", "auto"):
                image["detail"] = part["detail"]
            parts.append({"type": "image_url", "image_url": image})
        else:
            raise unsupported(f"Content parts of type {kind!r} are not supported here.", at)
    if role == "assistant":  # chat takes assistant history as text
        return {"role": role, "content": "".join(p.get("text", "") for p in parts)}
    return {"role": role, "content": parts}


def _function_call(messages: list[JSON], item: JSON, where: str) -> None:
    call = {
        "id": _required_str(item, "call_id", where),
        "type": "function",
        "function": {
            "name": _required_str(item, "name", where),
            "arguments": item.get("arguments") if isinstance(item.get("arguments"), str) else "{}",
        },
    }
    last = messages[-1] if messages else None
    if last is not None and last.get("role") == "assistant":
        last.setdefault("tool_calls", []).append(call)
        if last.get("content") == "":
            last["content"] = None
    else:
        messages.append({"role": "assistant", "content": None, "tool_calls": [call]})


def _output_text(output: Any, where: str) -> str:
    if isinstance(output, str):
        return output
    if isinstance(output, list):
        texts = [p.get("text") for p in output if isinstance(p, dict)]
        return "".join(t for t in texts if isinstance(t, str))
    if output is None:
        return ""
    return dump(output)


def _tools(raw: Any) -> list[JSON]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise invalid("'tools' must be a list.", "tools")
    tools: list[JSON] = []
    for i, tool in enumerate(raw):
        kind = tool.get("type") if isinstance(tool, dict) else None
        if kind != "function":
            raise unsupported(
                f"Tools of type {kind!r} are not supported by this gateway; function tools are.",
                f"tools[{i}].type",
            )
        assert isinstance(tool, dict)
        fn: JSON = {"name": _required_str(tool, "name", f"tools[{i}]")}
        for key in ("description", "parameters", "strict"):
            if tool.get(key) is not None:
                fn[key] = tool[key]
        tools.append({"type": "function", "function": fn})
    return tools


def _tool_choice(choice: Any) -> Any:
    if choice in ("auto", "none", "required"):
        return choice
    if isinstance(choice, dict) and choice.get("type") == "function":
        return {"type": "function", "function": {"name": _required_str(choice, "name", "tool")}}
    raise unsupported("tool_choice must be auto, none, required or a function.", "tool_choice")


def _response_format(text: Any) -> JSON | None:
    fmt = text.get("format") if isinstance(text, dict) else None
    if not isinstance(fmt, dict) or fmt.get("type") in (None, "text"):
        return None
    if fmt["type"] == "json_object":
        return {"type": "json_object"}
    if fmt["type"] == "json_schema":
        spec = {k: fmt[k] for k in ("name", "schema", "strict", "description") if k in fmt}
        return {"type": "json_schema", "json_schema": spec}
    raise unsupported(f"text.format {fmt['type']!r} is not supported.", "text.format")
