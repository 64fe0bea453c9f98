"""The optional guard-model layer: a second opinion from a model trained for the job.

Two kinds, both off unless the policy names one:

* ``EndpointGuard`` — a deployment of the catalog (a self-hosted Llama Prompt Guard 2,
  Qwen3Guard, Llama Guard, or any OpenAI-compatible classifier endpoint) called through the same
  provider adapters as every other model. The text goes in a user message; the reply is read as
  a verdict: a number in 0..1, JSON with a ``score``, or a label (``unsafe``, ``injection``,
  ``jailbreak``, ``Safety: Unsafe`` → 1; ``safe``, ``benign`` → 0).
* ``OnnxGuard`` — a sequence classifier exported to ONNX, loaded from a local path with
  onnxruntime (``pip install 'kanmon[onnx]'``). Token ids come from a Hugging Face
  ``tokenizer.json`` beside it (with the ``tokenizers`` package), or are the text's UTF-8 bytes
  for byte-level models. The softmax mass on the positive label indices is the score.

Both are asynchronous (the ONNX session runs in a worker thread) and are bounded by the
policy's latency budget; what a timeout or error means — ignore the layer (fail open) or treat
the text as an injection (fail closed) — is the policy's choice per data class.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kanmon.errors import ConfigError

GuardChat = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]

_UNSAFE = re.compile(
    r"\b(?:unsafe|injection|jailbreak|malicious|attack|harmful|controversial|yes)\b", re.I
)
_SAFE = re.compile(r"\b(?:safe|benign|clean|no)\b", re.I)
_NUMBER = re.compile(r"^\s*(0(?:\.\d+)?|1(?:\.0+)?)\s*$")


class GuardError(Exception):
    """The guard model gave no usable verdict (unreachable, too slow, unreadable answer)."""


class Guard(Protocol):
    """Scores one text: the probability that it is a prompt injection or jailbreak."""

    name: str

    async def score(self, text: str) -> float: ...


def parse_verdict(reply: str) -> float:
    """A guard model's reply as a score in 0..1 (see the module docstring)."""
    text = reply.strip()
    if not text:
        raise GuardError("empty reply")
    if _NUMBER.match(text):
        return float(text)
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            data = None
        if isinstance(data, dict) and isinstance(data.get("score"), int | float):
            return min(1.0, max(0.0, float(data["score"])))
    first = text.splitlines()[0]
    # "Safety: Unsafe" (Qwen3Guard), "unsafe\nS1" (Llama Guard), "INJECTION" (Prompt Guard)
    if _UNSAFE.search(first):
        return 1.0
    if _SAFE.search(first):
        return 0.0
    raise GuardError(f"unreadable verdict {first[:40]!r}")


@dataclass
class EndpointGuard:
    """A guard model served as a chat-completions deployment."""

    chat: GuardChat
    model: str
    name: str = "endpoint"
    max_chars: int = 8000

    async def score(self, text: str) -> float:
        body = {
            "model": self.model,
            "messages": [{"role": "user", "content": text[: self.max_chars]}],
            "max_tokens": 16,
            "temperature": 0,
            "stream": False,
        }
        try:
            resp = await self.chat(body)
            reply = resp["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as e:
            raise GuardError(f"malformed response ({e})") from None
        if not isinstance(reply, str):
            raise GuardError("response without text")
        return parse_verdict(reply)


class OnnxGuard:
    """A sequence classifier in ONNX, run with onnxruntime on the CPU."""

    def __init__(
        self,
        path: Path,
        *,
        tokenizer: Path | None = None,
        positive: Sequence[int] = (1,),
        max_tokens: int = 512,
        name: str = "onnx",
    ) -> None:
        try:
            import onnxruntime as ort
        except ImportError:
            raise ConfigError(
                "the ONNX guard model needs onnxruntime: pip install 'kanmon[onnx]'"
            ) from None
        if not path.is_file():
            raise ConfigError(f"ONNX guard model {path}: no such file")
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1  # one request, one core: the gateway runs many at once
        try:
            self._session = ort.InferenceSession(
                str(path), sess_options=opts, providers=["CPUExecutionProvider"]
            )
        except Exception as e:  # onnxruntime raises its own untyped errors for bad files
            raise ConfigError(f"ONNX guard model {path}: {e}") from None
        self._inputs = [i.name for i in self._session.get_inputs()]
        if "input_ids" not in self._inputs:
            raise ConfigError(f"ONNX guard model {path}: no `input_ids` input ({self._inputs})")
        self._tokenizer = _load_tokenizer(tokenizer) if tokenizer is not None else None
        self.positive = tuple(positive)
        self.max_tokens = max_tokens
        self.name = name

    def _ids(self, text: str) -> list[int]:
        if self._tokenizer is not None:
            ids: list[int] = self._tokenizer.encode(text).ids
        else:  # byte-level model: ids 0..255 are the UTF-8 bytes
            ids = list(text.encode("utf-8", "surrogatepass"))
        return ids[: self.max_tokens] or [0]

    def score_sync(self, text: str) -> float:
        import numpy as np

        ids = np.array([self._ids(text)], dtype=np.int64)
        feed = {"input_ids": ids}
        if "attention_mask" in self._inputs:
            feed["attention_mask"] = np.ones_like(ids)
        try:
            (logits, *_) = self._session.run(None, feed)
        except Exception as e:
            raise GuardError(f"ONNX run failed: {e}") from None
        row = [float(x) for x in np.asarray(logits).reshape(-1)]
        if not row or max(self.positive) >= len(row):
            raise GuardError(f"ONNX model gave {len(row)} logits; positive labels {self.positive}")
        top = max(row)
        exp = [math.exp(x - top) for x in row]
        return sum(exp[i] for i in self.positive) / sum(exp)

    async def score(self, text: str) -> float:
        return await asyncio.to_thread(self.score_sync, text)


def _load_tokenizer(path: Path) -> Any:
    try:
        from tokenizers import Tokenizer
    except ImportError:
        raise ConfigError(
            "a tokenizer.json for the ONNX guard model needs the `tokenizers` package"
        ) from None
    try:
        return Tokenizer.from_file(str(path))
    except Exception as e:  # tokenizers raises untyped errors for bad files
        raise ConfigError(f"tokenizer {path}: {e}") from None


@dataclass(frozen=True, slots=True)
class GuardVerdict:
    """What the guard said about one text, or why it said nothing."""

    source: str
    location: str
    score: float | None
    error: str | None = None


async def run_guard(
    guard: Guard, texts: Sequence[tuple[str, str, str]], budget_s: float
) -> list[GuardVerdict]:
    """Score ``(text, source, location)`` items concurrently within ``budget_s`` seconds in
    all; an item not done in time, or whose call failed, gets an error instead of a score."""

    async def one(text: str) -> float:
        return await guard.score(text)

    tasks = [asyncio.ensure_future(one(t)) for t, _, _ in texts]
    if not tasks:
        return []
    done, pending = await asyncio.wait(tasks, timeout=budget_s)
    for t in pending:
        t.cancel()
    out: list[GuardVerdict] = []
    for task, (_, source, location) in zip(tasks, texts, strict=True):
        if task in pending:
            out.append(GuardVerdict(source, location, None, f"over budget ({budget_s:g} s)"))
            continue
        exc = task.exception()
        if exc is None:
            out.append(GuardVerdict(source, location, task.result()))
        else:
            out.append(GuardVerdict(source, location, None, _describe(exc)))
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
    return out


def _describe(exc: BaseException) -> str:
    if isinstance(exc, GuardError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"[:200]
