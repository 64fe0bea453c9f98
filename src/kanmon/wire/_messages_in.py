"""Anthropic Messages request → chat-completions request: the mirror of the outbound
translation in ``kanmon.providers`` (``_anthropic_translate``), for the one request path.

Sources (https://docs.anthropic.com/en/...): api/messages (fields, content blocks),
docs/agents-and-tools/tool-use/implement-tool-use (tool_use, tool_result, tool_choice,
disable_parallel_tool_use), docs/build-with-claude/extended-thinking (thinking blocks go back
unmodified with tool use), docs/build-with-claude/vision (image sources).

- ``system`` (a string or text blocks) becomes the first (system) message.
- ``tool_result`` blocks become ``tool`` messages placed before the rest of their user turn,
  as chat wants them right after the assistant's ``tool_calls``; the scanners then see their
  text as tool content. ``is_error`` results say so in their text.
- ``tool_use`` blocks become ``tool_calls``; ``thinking`` and ``redacted_thinking`` blocks
  travel in the assistant message's ``thinking_blocks`` (LiteLLM's convention, which the
  Anthropic adapter sends back unmodified); the rest of the chat path ignores them.
- ``thinking`` and ``top_k`` have no chat-completions meaning: they travel under
  ``ANTHROPIC_EXTRAS``, which the Anthropic adapter uses and every other adapter drops (with
  the history's ``thinking_blocks``), so an OpenAI-compatible upstream never sees parameters
  it would refuse. ``stop_sequences`` → ``stop``; ``metadata.user_id`` → ``user``; streams
  always ask for usage.
"""

from __future__ import annotations

from typing import Any

from kanmon.wire._common import JSON, dump, invalid, obj, unsupported

#: The chat body's key for what only an Anthropic upstream understands.
ANTHROPIC_EXTRAS = "anthropic_extras"


def messages_to_chat(body: JSON) -> JSON:
    out: JSON = {"model": body.get("model")}
    messages: list[JSON] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _system_text(system)})
    raw = body.get("messages")
    if not isinstance(raw, list) or not raw:
        raise invalid("messages: at least one message is required.", "messages")
    for i, msg in enumerate(raw):
        where = f"messages[{i}]"
        if not isinstance(msg, dict) or msg.get("role") not in ("user", "assistant"):
            raise invalid(f"{where}.role must be 'user' or 'assistant'.", where)
        if msg["role"] == "user":
            messages += _user(msg.get("content"), where)
        else:
            messages.append(_assistant(msg.get("content"), where))
    out["messages"] = messages
    out["max_tokens"] = body.get("max_tokens")
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            out[key] = body[key]
    extras = {k: body[k] for k in ("top_k", "thinking") if body.get(k) is not None}
    if extras or any("thinking_blocks" in m for m in messages):
        out[ANTHROPIC_EXTRAS] = extras
    stop = body.get("stop_sequences")
    if isinstance(stop, list) and stop:
        out["stop"] = stop
    meta = body.get("metadata")
    if isinstance(meta, dict) and isinstance(meta.get("user_id"), str):
        out["user"] = meta["user_id"]
    tools = _tools(body.get("tools"))
    if tools:
        out["tools"] = tools
    _tool_choice(body.get("tool_choice"), out)
    if body.get("stream"):
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
    return out


def _system_text(system: Any) -> str:
    if isinstance(system, str):
        return system
    if isinstance(system, list):
        texts = [b.get("text") for b in system if isinstance(b, dict) and b.get("type") == "text"]
        return "\n\n".join(t for t in texts if isinstance(t, str))
    raise invalid("system must be a string or a list of text blocks.", "system")


def _blocks(content: Any, where: str) -> list[JSON]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if not isinstance(content, list):
        raise invalid(f"{where}.content must be a string or a list of blocks.", where)
    for j, block in enumerate(content):
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise invalid(f"{where}.content[{j}] must be a typed block.", f"{where}.content")
    return content


def _image(block: JSON, where: str) -> JSON:
    source = obj(block.get("source"))
    if source.get("type") == "base64":
        url = f"data:{source.get('media_type')};base64,{source.get('data')}"
    elif source.get("type") == "url" and isinstance(source.get("url"), str):
        url = source["url"]
    else:
        raise unsupported(f"{where}: images are supported as base64 or url sources.", where)
    return {"type": "image_url", "image_url": {"url": url}}


def _user(content: Any, where: str) -> list[JSON]:
    """Tool results first (each its own ``tool`` message), then the user's own parts."""
    results: list[JSON] = []
    parts: list[JSON] = []
    for j, block in enumerate(_blocks(content, where)):
        at = f"{where}.content[{j}]"
        kind = block["type"]
        if kind == "text":
            parts.append({"type": "text", "text": str(block.get("text") or "")})
        elif kind == "image":
            parts.append(_image(block, at))
        elif kind == "tool_result":
            results.append(_tool_result(block, at))
        elif kind == "document" and _plain_document(block):
            parts.append({"type": "text", "text": block["source"]["data"]})
        else:
            raise unsupported(f"Content blocks of type {kind!r} are not supported here.", at)
    out = results
    if parts:
        only_text = all(p["type"] == "text" for p in parts)
        content_out: Any = "\n".join(p["text"] for p in parts) if only_text else parts
        out.append({"role": "user", "content": content_out})
    return out


def _plain_document(block: JSON) -> bool:
    source = block.get("source")
    return (
        isinstance(source, dict)
        and source.get("type") == "text"
        and isinstance(source.get("data"), str)
    )


def _tool_result(block: JSON, where: str) -> JSON:
    call_id = block.get("tool_use_id")
    if not isinstance(call_id, str) or not call_id:
        raise invalid(f"{where}.tool_use_id is required.", where)
    content = block.get("content")
    if isinstance(content, list):
        texts = []
        for part in content:
            if isinstance(part, dict) and part.get("type") == "text":
                texts.append(str(part.get("text") or ""))
            else:
                kind = part.get("type") if isinstance(part, dict) else None
                raise unsupported(f"tool_result content of type {kind!r} is not supported.", where)
        text = "\n".join(texts)
    elif isinstance(content, str):
        text = content
    elif content is None:
        text = ""
    else:
        raise invalid(f"{where}.content must be a string or text blocks.", where)
    if block.get("is_error"):
        text = f"[tool error] {text}"
    return {"role": "tool", "tool_call_id": call_id, "content": text}


def _assistant(content: Any, where: str) -> JSON:
    texts: list[str] = []
    calls: list[JSON] = []
    thinking: list[JSON] = []
    for j, block in enumerate(_blocks(content, where)):
        kind = block["type"]
        if kind == "text":
            texts.append(str(block.get("text") or ""))
        elif kind == "tool_use":
            calls.append(
                {
                    "id": str(block.get("id") or f"toolu_{j}"),
                    "type": "function",
                    "function": {
                        "name": str(block.get("name") or ""),
                        "arguments": dump(block.get("input") or {}),
                    },
                }
            )
        elif kind in ("thinking", "redacted_thinking"):
            thinking.append(block)
        else:
            raise unsupported(
                f"Content blocks of type {kind!r} are not supported here.", f"{where}.content[{j}]"
            )
    msg: JSON = {"role": "assistant", "content": "".join(texts) if texts or not calls else None}
    if calls:
        msg["tool_calls"] = calls
    if thinking:
        msg["thinking_blocks"] = thinking
    return msg


def _tools(raw: Any) -> list[JSON]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise invalid("tools must be a list.", "tools")
    out: list[JSON] = []
    for i, tool in enumerate(raw):
        if not isinstance(tool, dict) or tool.get("type") not in (None, "custom"):
            kind = tool.get("type") if isinstance(tool, dict) else None
            raise unsupported(
                f"Server tools ({kind!r}) are not supported by this gateway; client tools with "
                "an input_schema are.",
                f"tools[{i}]",
            )
        name = tool.get("name")
        if not isinstance(name, str) or not name:
            raise invalid(f"tools[{i}].name is required.", f"tools[{i}].name")
        fn: JSON = {
            "name": name,
            "parameters": tool.get("input_schema") or {"type": "object", "properties": {}},
        }
        if isinstance(tool.get("description"), str):
            fn["description"] = tool["description"]
        out.append({"type": "function", "function": fn})
    return out


def _tool_choice(choice: Any, out: JSON) -> None:
    if choice is None:
        return
    if not isinstance(choice, dict):
        raise invalid("tool_choice must be an object.", "tool_choice")
    kind = choice.get("type")
    if kind == "auto":
        out["tool_choice"] = "auto"
    elif kind == "any":
        out["tool_choice"] = "required"
    elif kind == "none":
        out["tool_choice"] = "none"
    elif kind == "tool" and isinstance(choice.get("name"), str):
        out["tool_choice"] = {"type": "function", "function": {"name": choice["name"]}}
    else:
        raise invalid("tool_choice.type must be auto, any, tool or none.", "tool_choice")
    if choice.get("disable_parallel_tool_use") and "tools" in out:
        out["parallel_tool_calls"] = False
