"""Self-hosted presets (vLLM, SGLang, Ollama, TGI): the entry they write, that it loads and
serves through the simulator, and the operator's facts it never guesses."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from kanmon.catalog import PRESETS, load_catalog, preset_deployment
from kanmon.core.catalog import Deployment
from kanmon.errors import CatalogError
from kanmon.providers import HttpClient
from kanmon.providers.openai_compatible import OpenAICompatibleProvider
from kanmon.simulator import run_simulator


def test_every_preset_writes_a_loadable_self_hosted_entry() -> None:
    assert set(PRESETS) == {"vllm", "sglang", "ollama", "tgi"}
    for name, preset in PRESETS.items():
        entry = preset_deployment(
            name,
            model="qwen3-32b",
            model_alias="Qwen/Qwen3-32B",
            region="EU-DE",
            entity="Example GmbH",
            jurisdiction="DE",
        )
        assert entry["base_url"] == preset.base_url and entry["self_hosted"] is True
        cat = load_catalog(extra_deployments=[entry])
        dep = cat.deployments[entry["id"]]
        assert (dep.processing_region, dep.provider_entity) == ("EU-DE", "Example GmbH")
        assert dep.data_terms.retention_days is None  # the operator's to state
        assert dep.sources[0].url.startswith("https://")


def test_bad_presets_and_facts() -> None:
    with pytest.raises(CatalogError, match="unknown preset"):
        preset_deployment(
            "llamafile", model="m", model_alias="m", region="EU", entity="E", jurisdiction="DE"
        )


async def test_a_preset_serves_through_the_simulator() -> None:
    async with run_simulator() as sim:
        entry = preset_deployment(
            "vllm",
            model="qwen3-32b",
            model_alias="sim-model",
            region="EU-DE",
            entity="Example GmbH",
            jurisdiction="DE",
            base_url=sim.base_url,
            options={"enable_thinking": False},
        )
        http = HttpClient()
        try:
            p = OpenAICompatibleProvider(Deployment.model_validate(entry), http, None)
            hi = [{"role": "user", "content": "hi"}]
            body: dict[str, Any] = {"model": "sim-model", "messages": hi}
            sent = p.prepare_chat(body, stream=False)
            assert sent["chat_template_kwargs"] == {"enable_thinking": False}
            asked = {**body, "chat_template_kwargs": {"enable_thinking": True}}
            mine = p.prepare_chat(asked, stream=False)
            assert mine["chat_template_kwargs"] == {"enable_thinking": True}  # the caller's wins
            data = await p.chat(body)
            assert data["choices"][0]["message"]["content"]
        finally:
            await http.close()


def test_cli_preset() -> None:
    from kanmon.cli.main import _register, app

    _register()
    r = CliRunner().invoke(
        app,
        ["catalog", "preset", "ollama", "--model", "qwen3-32b", "--alias", "qwen3:32b",
         "--region", "SELF-HOSTED", "--entity", "Us", "--jurisdiction", "DE"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    doc = yaml.safe_load("\n".join(x for x in r.output.splitlines() if not x.startswith("#")))
    [dep] = doc["deployments"]
    assert dep["base_url"] == "http://localhost:11434/v1" and dep["model_alias"] == "qwen3:32b"
    missing = CliRunner().invoke(app, ["catalog", "preset", "vllm", "--model", "qwen3-32b"])
    assert missing.exit_code != 0  # region, entity and jurisdiction are required
    unknown = CliRunner().invoke(
        app,
        ["catalog", "preset", "vllm", "--model", "nope", "--alias", "x", "--region", "EU",
         "--entity", "E", "--jurisdiction", "DE"],
    )  # fmt: skip
    assert unknown.exit_code != 0
