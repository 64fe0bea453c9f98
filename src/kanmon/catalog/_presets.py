"""Presets for self-hosted serving stacks: a deployment entry for vLLM, SGLang, Ollama or TGI
serving a catalog model. Who runs it and where is the operator's to say (``entity``,
``jurisdiction``, ``region``): a preset never guesses them, so a self-hosted deployment is never
"somewhere" by default.

A preset sets no price either: what a request costs on the operator's hardware is theirs to say.
Until they do, its cost is unknown (``UNPRICED_NOTE``), never silently free.

Each preset's URL is the server's documented default; all four speak OpenAI Chat Completions
under ``/v1`` (the ``openai_compatible`` adapter, which moves a ``reasoning`` field or inline
``<think>`` tags into ``reasoning_content``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from kanmon.core.catalog import Deployment
from kanmon.errors import CatalogError

UNPRICED_NOTE = (
    "No price: its cost is unknown, so keys with a USD budget skip it and kanmon_cost_usd_total "
    "leaves it out. To count it, add price: {input_per_mtok: ..., output_per_mtok: ..., "
    "as_of: YYYY-MM-DD} (0 and 0 if you count it as free)."
)


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    title: str
    base_url: str
    doc: str
    note: str


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "vllm",
            "vLLM",
            "http://localhost:8000/v1",
            "https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html",
            "`vllm serve <model>` listens on port 8000; the served model name is the Hugging "
            "Face id unless --served-model-name says otherwise.",
        ),
        Preset(
            "sglang",
            "SGLang",
            "http://localhost:30000/v1",
            "https://docs.sglang.ai/basic_usage/openai_api_completions.html",
            "`python -m sglang.launch_server --model-path <model>` listens on port 30000.",
        ),
        Preset(
            "ollama",
            "Ollama",
            "http://localhost:11434/v1",
            "https://github.com/ollama/ollama/blob/main/docs/openai.md",
            "Ollama's OpenAI-compatible API ignores the key; the model is the Ollama tag "
            "(e.g. qwen3:32b).",
        ),
        Preset(
            "tgi",
            "Text Generation Inference",
            "http://localhost:8080/v1",
            "https://huggingface.co/docs/text-generation-inference/en/messages_api",
            "TGI serves one model per server through its Messages API; the model name sent "
            "is not used to choose one.",
        ),
    )
}


def preset_deployment(
    name: str,
    *,
    model: str,
    model_alias: str,
    region: str,
    entity: str,
    jurisdiction: str,
    base_url: str | None = None,
    dep_id: str | None = None,
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A validated deployment entry (as catalog YAML takes it) for ``model`` on the preset."""
    preset = PRESETS.get(name)
    if preset is None:
        raise CatalogError(f"unknown preset {name!r}; expected one of {', '.join(PRESETS)}")
    entry: dict[str, Any] = {
        "id": dep_id or f"{model}@{name}-{region.lower()}",
        "model": model,
        "provider": f"{preset.title} (self-hosted)",
        "provider_entity": entity,
        "provider_jurisdiction": jurisdiction,
        "processing_region": region,
        "api": "openai_compatible",
        "base_url": base_url or preset.base_url,
        "model_alias": model_alias,
        "self_hosted": True,
        # the server keeps what its operator configures: retention is theirs to state
        "data_terms": {"trains_on_data": False},
        "options": options or {},
        "sources": [{"url": preset.doc, "retrieved": "2026-12-01", "note": preset.note}],
    }
    try:
        Deployment.model_validate(entry)
    except ValidationError as e:
        raise CatalogError(f"preset {name}: {e.errors()[0]['msg']}") from None
    return entry
