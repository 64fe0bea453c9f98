"""Deterministic text: what the simulated model says, how it is chunked and how it is counted.

Token counts are approximations, documented so tests can predict them exactly:
``approx_tokens(text) = ceil(len(text) / 4)`` (OpenAI's rule of thumb of four characters per
token); a prompt costs that for each message's text plus 4 tokens of per-message overhead.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from kanmon.simulator._config import ModelBehaviour

OPEN_TAG = "<think>"
CLOSE_TAG = "</think>"
MESSAGE_OVERHEAD_TOKENS = 4
_SNIPPET_CHARS = 80
_WS = re.compile(r"\s+")


def approx_tokens(text: str) -> int:
    """``ceil(len(text) / 4)``: deterministic and close enough for costing tests."""
    return math.ceil(len(text) / 4)


def content_text(content: Any) -> str:
    """Text of an OpenAI or Anthropic message ``content``: a string or a list of parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [p.get("text") for p in content if isinstance(p, dict)]
        return "\n".join(p for p in parts if isinstance(p, str))
    return ""


def prompt_tokens(messages: Iterable[Any], extra: str = "") -> int:
    total = approx_tokens(extra)
    for m in messages:
        if isinstance(m, dict):
            total += approx_tokens(content_text(m.get("content"))) + MESSAGE_OVERHEAD_TOKENS
    return total


def last_user_text(messages: Sequence[Any]) -> str:
    for m in reversed(messages):
        if isinstance(m, dict) and m.get("role") == "user":
            return content_text(m.get("content"))
    return ""


@dataclass(frozen=True, slots=True)
class Reply:
    """One answer before transport: ``reasoning`` is empty unless the model reasons."""

    content: str
    reasoning: str
    truncated: bool = False


def compose_reply(behaviour: ModelBehaviour, prompt: str, turn: int) -> Reply:
    """Pick the reply text (rules, then script, then default) and add the reasoning trace.

    ``turn`` is the 0-based request number for this model, used by ``script``.
    """
    text: str | None = None
    for rule in behaviour.replies:
        if re.search(rule.match, prompt):
            text = rule.reply
            break
    if text is None and behaviour.script:
        text = behaviour.script[turn % len(behaviour.script)]
    if text is None:
        text = behaviour.default_reply if behaviour.default_reply is not None else echo(prompt)
    if behaviour.emit:
        text = inject_middle(text, behaviour.emit)
    reasoning = ""
    if behaviour.reasoning != "none":
        reasoning = behaviour.reasoning_text or default_reasoning(prompt)
    if behaviour.reasoning == "think_tags":
        # Raw open-weight serving puts the trace inline; the blank line mimics Qwen/DeepSeek R1.
        return Reply(content=f"{OPEN_TAG}\n{reasoning}\n{CLOSE_TAG}\n\n{text}", reasoning="")
    return Reply(content=text, reasoning=reasoning)


def _snippet(prompt: str) -> str:
    flat = _WS.sub(" ", prompt).strip()
    if len(flat) > _SNIPPET_CHARS:
        return flat[: _SNIPPET_CHARS - 1] + "…"
    return flat


def echo(prompt: str) -> str:
    """The default reply: a short, deterministic summary of the prompt, clearly simulated."""
    if not prompt.strip():
        return "[simulated] The prompt was empty. This reply comes from the Kanmon simulator."
    words = len(prompt.split())
    return (
        f'[simulated] You said: "{_snippet(prompt)}" ({words} words). '
        "This reply comes from the Kanmon simulator, not a real model."
    )


def default_reasoning(prompt: str) -> str:
    words = len(prompt.split())
    return (
        f"The user wrote {words} words. A simulator does not think; this trace exists so "
        "clients can test how reasoning output is handled."
    )


def inject_middle(text: str, emit: str) -> str:
    """Insert ``emit`` at the first word boundary after the middle, so it lands mid-stream."""
    cut = text.find(" ", len(text) // 2)
    if cut < 0:
        return f"{text} {emit}"
    return f"{text[:cut]} {emit}{text[cut:]}"


def truncate(reply: Reply, max_tokens: int | None) -> Reply:
    """Spend ``max_tokens * 4`` characters on reasoning first, then content (as models do)."""
    if max_tokens is None:
        return reply
    budget = max_tokens * 4
    if len(reply.reasoning) + len(reply.content) <= budget:
        return reply
    reasoning = reply.reasoning[:budget]
    content = reply.content[: max(0, budget - len(reasoning))]
    return Reply(content=content, reasoning=reasoning, truncated=True)


Piece = tuple[Literal["reasoning", "content"], str]


def _cuts(length: int, size: int) -> set[int]:
    return set(range(size, length, size))


def chunk_text(text: str, size: int, *, think_split: bool | None = None) -> list[str]:
    """Cut ``text`` every ``size`` characters.

    For inline reasoning, ``think_split=True`` adds cuts inside ``<think>`` and ``</think>``
    (as ``<th|ink>`` and ``</thi|nk>``) so normalisers meet split tags; ``False`` removes any
    cut falling inside a tag; ``None`` leaves the plain cuts.
    """
    cuts = _cuts(len(text), size)
    if think_split is not None:
        spans = []
        for tag, at in ((OPEN_TAG, 3), (CLOSE_TAG, 5)):
            start = text.find(tag)
            if start >= 0:
                spans.append((start, start + len(tag), start + at))
        for start, end, forced in spans:
            cuts = {c for c in cuts if not start < c < end}
            if think_split:
                cuts.add(forced)
    bounds = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def plan_pieces(reply: Reply, size: int, *, think_split: bool | None) -> list[Piece]:
    """The streamed deltas in order: reasoning pieces first, then content pieces."""
    pieces: list[Piece] = [("reasoning", p) for p in chunk_text(reply.reasoning, size)]
    pieces += [("content", p) for p in chunk_text(reply.content, size, think_split=think_split)]
    return pieces
