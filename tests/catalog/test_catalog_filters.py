"""Filters (vendor jurisdiction vs processing region) and the content hash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kanmon.catalog import Catalog, load_catalog

EXTRA = {
    "id": "gpt-oss-120b@our-vllm-va",
    "model": "gpt-oss-120b",
    "provider": "Our Platform Team",
    "provider_entity": "Example Inc.",
    "provider_jurisdiction": "US",
    "processing_region": "US-VA",
    "base_url": "http://127.0.0.1:8000/v1",
    "model_alias": "gpt-oss-120b",
    "self_hosted": True,
}
EXTRA_DE = {**EXTRA, "id": "gpt-oss-120b@our-vllm-de", "processing_region": "DE"}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog((), [EXTRA, EXTRA_DE])


def ids(pairs: list[tuple[Any, Any]]) -> set[str]:
    return {d.id for _, d in pairs}


def test_no_criteria_returns_everything_sorted(catalog: Catalog) -> None:
    pairs = catalog.filter()
    assert len(pairs) == len(catalog.deployments)
    assert [d.id for _, d in pairs] == sorted(catalog.deployments)
    assert all(m.id == d.model for m, d in pairs)


def test_jurisdiction_is_the_model_vendors_hq_case_insensitive(catalog: Catalog) -> None:
    cn = catalog.filter(jurisdiction="cn")
    assert cn and all(m.vendor_jurisdiction == "CN" for m, _ in cn)
    # A CN model served from Russia is still a CN-jurisdiction model.
    assert "qwen3-235b-a22b@yandex-cloud" in ids(cn)
    both = catalog.filter(jurisdiction=["KR", "ru"])
    assert {m.vendor_jurisdiction for m, _ in both} == {"KR", "RU"}
    assert ids(catalog.filter(jurisdiction="kr,RU")) == ids(both)


def test_eu_jurisdiction_matches_member_states(catalog: Catalog) -> None:
    eu = catalog.filter(jurisdiction="EU")
    assert eu and {m.vendor_jurisdiction for m, _ in eu} == {"FR"}


def test_region_is_where_inference_runs(catalog: Catalog) -> None:
    cn = ids(catalog.filter(region="CN"))
    assert "qwen3-max@dashscope-cn" in cn
    assert "qwen3-max@dashscope-sg" not in cn
    us = ids(catalog.filter(region="us"))
    assert {"gpt-5@openai-us", "qwen3-max@dashscope-us", "gpt-oss-120b@our-vllm-va"} <= us
    eu = ids(catalog.filter(region="EU"))
    assert {"gpt-5@openai-eu", "mistral-large-3@mistral-eu", "gpt-oss-120b@our-vllm-de"} <= eu
    assert ids(catalog.filter(region="US-VA")) == {"gpt-oss-120b@our-vllm-va"}
    assert "sim-primary" in ids(catalog.filter(region="local"))


def test_jurisdiction_and_region_combine(catalog: Catalog) -> None:
    # Chinese weights that never run in China: the "same weights, safer host" question.
    pairs = catalog.filter(jurisdiction="CN", region=["US", "EU", "SELF-HOSTED"])
    assert pairs and all(m.vendor_jurisdiction == "CN" for m, _ in pairs)
    assert all(d.processing_region in {"US", "SELF-HOSTED"} for _, d in pairs)


def test_open_weights_and_licence(catalog: Catalog) -> None:
    closed = catalog.filter(open_weights=False)
    assert closed and not any(m.open_weights for m, _ in closed)
    mit = catalog.filter(licence="mit")
    assert mit and {m.licence.id for m, _ in mit} == {"MIT"}
    assert catalog.filter(licence=["Apache-2.0", "MIT"]) != mit


def test_provider_matches_name_or_entity(catalog: Catalog) -> None:
    assert ids(catalog.filter(provider="example inc")) == {
        "gpt-oss-120b@our-vllm-va",
        "gpt-oss-120b@our-vllm-de",
    }
    assert ids(catalog.filter(provider="OpenRouter")) >= {"deepseek-v4-flash@openrouter"}


def test_filter_models(catalog: Catalog) -> None:
    kr = catalog.filter_models(jurisdiction="kr", open_weights=True)
    assert kr and all(m.vendor_jurisdiction == "KR" and m.open_weights for m in kr)
    # Models without deployments are still listed (e.g. weights you may self-host later).
    assert "exaone-3.5-32b" in {m.id for m in kr}


def test_deployments_of(catalog: Catalog) -> None:
    assert [d.id for d in catalog.deployments_of("kimi-k2.6")] == [
        "kimi-k2.6@moonshot-cn",
        "kimi-k2.6@moonshot-intl",
    ]


def test_content_hash_is_stable_and_content_addressed(tmp_path: Path) -> None:
    first = load_catalog().content_hash()
    assert len(first) == 64 and int(first, 16) >= 0
    assert load_catalog().content_hash() == first
    # Re-stating a shipped entry verbatim (keys in another order) changes nothing.
    entry = load_catalog().deployments["sim-primary"].model_dump(mode="json")
    same = tmp_path / "same.yaml"
    same.write_text(yaml.safe_dump({"deployments": [dict(reversed(list(entry.items())))]}))
    assert load_catalog([same]).content_hash() == first
    changed = tmp_path / "changed.yaml"
    entry["price"]["input_per_mtok"] = 1.0
    changed.write_text(yaml.safe_dump({"deployments": [entry]}))
    assert load_catalog([changed]).content_hash() != first
