"""The shipped dataset: loads, is internally consistent, and carries provenance for every fact."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

import kanmon.catalog
from kanmon.catalog import Catalog, load_catalog
from kanmon.core.catalog import Deployment, Model

ADAPTERS = (
    "openai_compatible",
    "deepseek",
    "qwen",
    "moonshot",
    "zai",
    "minimax",
    "anthropic",
    "gigachat",
    "gemini",
    "yandex",
    "clova",
    "qianfan",
    "upstage",
)
RESEARCH_DATE = dt.date(2026, 12, 2)  # the third reading of vendor pages
REQUIRED_FAMILIES = {
    "deepseek",
    "qwen",
    "kimi",
    "glm",
    "minimax",
    "ernie",
    "hunyuan",
    "hyperclova-x",
    "exaone",
    "solar",
    "gigachat",
    "yandexgpt",
    "mistral",
    "llama",
    "gpt-oss",
    "gpt",
    "claude",
    "gemini",
    "gemma",
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(known_apis=ADAPTERS)


def test_public_api() -> None:
    assert sorted(kanmon.catalog.__all__) == [
        "BUNDLE_FORMAT",
        "Bundle",
        "Catalog",
        "Change",
        "EU_MEMBERS",
        "FACTS",
        "Origin",
        "PRESETS",
        "Preset",
        "SHIPPED_FILES",
        "UNPRICED_NOTE",
        "catalog_diff",
        "fact_gaps",
        "fact_value",
        "installed_bundle",
        "load_catalog",
        "load_configured",
        "load_public_keys",
        "preset_deployment",
        "read_bundle",
        "sign_bundle",
    ]


def test_shipped_catalog_loads_with_breadth(catalog: Catalog) -> None:
    assert len(catalog.models) >= 25
    assert len(catalog.deployments) >= 35
    assert REQUIRED_FAMILIES <= {m.family for m in catalog.models.values()}
    assert {"CN", "KR", "RU", "FR", "US"} <= {
        m.vendor_jurisdiction for m in catalog.models.values()
    }


def test_every_deployment_references_an_existing_model(catalog: Catalog) -> None:
    for dep in catalog.deployments.values():
        assert dep.model in catalog.models, dep.id
        assert catalog.model_of(dep).id == dep.model


def test_every_required_family_is_reachable_through_a_deployment(catalog: Catalog) -> None:
    served = {catalog.model_of(d).family for d in catalog.deployments.values()}
    # EXAONE has no public API, so self-hosting is its only deployment; Llama is via clouds.
    assert REQUIRED_FAMILIES <= served


def test_ids_are_stable_kebab_case(catalog: Catalog) -> None:
    model_id = re.compile(r"[a-z0-9][a-z0-9.-]*")
    dep_id = re.compile(r"[a-z0-9][a-z0-9.-]*(@[a-z0-9-]+)?")
    assert all(model_id.fullmatch(i) for i in catalog.models), list(catalog.models)
    assert all(dep_id.fullmatch(i) for i in catalog.deployments), list(catalog.deployments)
    for dep in catalog.deployments.values():
        if "@" in dep.id:
            assert dep.id.split("@")[0] == dep.model, dep.id


def test_every_price_has_a_date_and_sane_values(catalog: Catalog) -> None:
    priced = [d for d in catalog.deployments.values() if d.price is not None]
    assert len(priced) >= 20
    for dep in priced:
        assert dep.price is not None
        assert isinstance(dep.price.as_of, dt.date), dep.id
        assert dep.price.as_of <= RESEARCH_DATE, dep.id
        assert dep.price.currency in {"USD", "CNY", "RUB"}, dep.id  # RUB: Yandex's own tariff
        if not dep.simulated:
            assert 0 < dep.price.input_per_mtok <= dep.price.output_per_mtok, dep.id


def test_raw_shipped_prices_spell_out_as_of() -> None:
    # pydantic would reject a missing as_of anyway; this guards the data file itself.
    raw = yaml.safe_load(_data("deployments.yaml").read_text(encoding="utf-8"))
    for entry in raw["deployments"]:
        if entry.get("price") is not None:
            assert "as_of" in entry["price"], entry["id"]


def test_every_real_entry_carries_sources(catalog: Catalog) -> None:
    entries: list[Model | Deployment] = [
        *(m for m in catalog.models.values() if m.id != "kanmon-sim"),
        *(d for d in catalog.deployments.values() if not d.simulated),
    ]
    for entry in entries:
        assert entry.sources, entry.id
        for src in entry.sources:
            assert src.url.startswith("https://"), (entry.id, src.url)
            assert src.retrieved <= RESEARCH_DATE, entry.id
            assert src.confidence in {"O", "T", "W"}


def test_hosted_deployments_name_a_key_variable(catalog: Catalog) -> None:
    for dep in catalog.deployments.values():
        if dep.simulated or dep.self_hosted:
            assert dep.api_key_env is None, dep.id
        else:
            assert dep.api_key_env and re.fullmatch(r"[A-Z][A-Z0-9_]*", dep.api_key_env), dep.id
        assert dep.api in ADAPTERS


def test_vendor_regions_are_present(catalog: Catalog) -> None:
    ids = set(catalog.deployments)
    assert {"qwen3-max@dashscope-sg", "qwen3-max@dashscope-us", "qwen3-max@dashscope-cn"} <= ids
    assert {"kimi-k2.6@moonshot-intl", "kimi-k2.6@moonshot-cn"} <= ids
    assert {"glm-4.6@zai-global", "glm-4.6@zhipu-cn"} <= ids
    assert {"gpt-5@openai", "gpt-5@openai-eu", "gpt-5@openai-us"} <= ids
    assert "deepseek-v4-flash@deepseek-cn" in ids
    regions = {d.id: d.processing_region for d in catalog.deployments.values()}
    assert regions["qwen3-max@dashscope-cn"] == "CN"
    assert regions["qwen3-max@dashscope-sg"] == "GLOBAL-EX-CN"
    assert regions["gpt-5@openai-eu"] == "EU"


def test_adapters_and_base_urls_per_vendor(catalog: Catalog) -> None:
    d = catalog.deployment
    assert d("deepseek-v4-flash@deepseek-cn").api == "deepseek"
    assert d("qwen3-max@dashscope-sg").api == "qwen"
    assert d("kimi-k2.6@moonshot-intl").url == "https://api.moonshot.ai/v1"
    assert d("kimi-k2.6@moonshot-cn").url == "https://api.moonshot.cn/v1"
    assert d("glm-4.6@zai-global").api == "zai"
    assert d("minimax-m3@minimax-intl").api == "minimax"
    assert d("claude-opus-5.5@anthropic").url == "https://api.anthropic.com/v1"
    assert d("claude-opus-5.5@anthropic").api == "anthropic"
    assert d("mistral-large-3@mistral-eu").api == "openai_compatible"


def test_licence_obligations_are_machine_readable(catalog: Catalog) -> None:
    m = catalog.model
    hunyuan = m("hunyuan-a13b").licence.obligations
    assert set(hunyuan.territory_exclusions) == {"EU", "GB", "KR"}
    assert hunyuan.acceptable_use_policy
    assert m("exaone-4.0-32b").licence.obligations.non_commercial
    assert m("qwen2.5-3b-instruct").licence.obligations.non_commercial
    llama = m("llama-4-maverick").licence.obligations
    assert llama.mau_threshold == 700_000_000
    assert llama.attribution == "Built with Llama"
    assert "EU" in llama.territory_exclusions
    kimi = m("kimi-k2.6").licence.obligations
    assert (kimi.mau_threshold, kimi.revenue_threshold_usd) == (100_000_000, 20_000_000)
    assert kimi.attribution == "Kimi K2"
    assert m("qwen2.5-72b-instruct").licence.obligations.attribution == "Built with Qwen"
    assert m("deepseek-r1").licence.id == "MIT"


def test_trade_and_licence_flags(catalog: Catalog) -> None:
    for model in catalog.models.values():
        if model.family == "glm":
            assert "us_entity_list" in model.flags, model.id
        if model.family == "gigachat":
            assert "us_sdn_list" in model.flags, model.id
        if model.licence.id == "unverified":
            assert "licence_unverified" in model.flags, model.id
            assert not model.open_weights, model.id


def test_simulated_deployments(catalog: Catalog) -> None:
    sim = catalog.model("kanmon-sim")
    assert (sim.vendor, sim.open_weights, sim.licence.id) == ("Kanmon simulator", False, "none")
    for dep_id in ("sim-primary", "sim-backup"):
        dep = catalog.deployment(dep_id)
        assert dep.simulated
        assert dep.model == "kanmon-sim"
        assert dep.url == "http://127.0.0.1:18080/v1"
        assert dep.model_alias == "sim-model"
        assert (dep.processing_region, dep.provider_jurisdiction) == ("LOCAL", "ZZ")
        assert dep.provider == "Kanmon simulator (local, not a real model)"
        assert dep.price is not None
        assert dep.price.cost(1000, 1000) == 0
    assert not any(d.simulated for d in catalog.deployments.values() if d.model != "kanmon-sim")


def test_shipped_origins_are_recorded(catalog: Catalog) -> None:
    origin = catalog.origin(catalog.deployment("sim-primary"))
    assert origin is not None
    assert origin.shipped and not origin.overridden
    assert origin.source.endswith("deployments.yaml")
    assert origin.location.startswith("deployments[")


def test_example_config_deployments_resolve() -> None:
    # The example kanmon.yaml shipped with the config module must work with this catalog.
    example = Path(__file__).parents[2] / "src" / "kanmon" / "config" / "example.yaml"
    doc = yaml.safe_load(example.read_text(encoding="utf-8"))
    catalog = load_catalog((), doc.get("deployments") or [], known_apis=ADAPTERS)
    for route in (doc.get("routes") or {}).values():
        for dep_id in route["deployments"]:
            catalog.deployment(dep_id)


def _data(name: str) -> Path:
    return Path(kanmon.catalog.__file__).parent / "data" / name


def test_hashes_keep_the_first_schema_and_ignore_what_was_added_unset() -> None:
    """A release that adds an optional catalog field, or cites a fact's source, changes no
    entry hash and no approval fingerprint: approvals survive the upgrade."""
    from kanmon.core.approval import deployment_fingerprint
    from kanmon.core.catalog import Deployment

    cat = load_catalog([], [], source_name="t")
    dep = next(d for d in cat.deployments.values() if not d.facts and not d.first_party)
    model = cat.models.get(dep.model)
    cited = dep.model_copy(update={"first_party": True})
    assert cited.entry_hash() == dep.entry_hash()
    assert deployment_fingerprint(cited, model) == deployment_fingerprint(dep, model)
    # an entry of the first schema hashes as it did when approvals were first pinned (the
    # hashes below were computed by the release before fields were added)
    golden = Deployment.model_validate(
        {
            "id": "golden@host",
            "model": "golden",
            "provider": "Host Inc",
            "provider_entity": "Host Inc",
            "provider_jurisdiction": "DE",
            "processing_region": "EU-DE",
            "api": "openai_compatible",
            "base_url": "https://api.example/v1",
            "model_alias": "golden-1",
            "price": {"input_per_mtok": 1.0, "output_per_mtok": 2.0, "as_of": "2026-11-01"},
            "sources": [{"url": "https://example/terms", "retrieved": "2026-11-01"}],
        }
    )
    golden_model = Model.model_validate(
        {
            "id": "golden",
            "name": "Golden",
            "vendor": "Vendor",
            "vendor_jurisdiction": "FR",
            "licence": {"id": "apache-2.0", "name": "Apache 2.0"},
            "open_weights": True,
            "family": "golden",
            "released": "2026-01-01",
            "sources": [{"url": "https://example/model", "retrieved": "2026-11-01"}],
        }
    )
    assert golden.entry_hash() == (
        "6bad77a6444599f9c5fc81604bee7a39d6ce79d197f9870bbb7822dc61a480e1"
    )
    assert deployment_fingerprint(golden, golden_model) == (
        "sha256:9600de67ac0f6c890334324e068f351ad9634c42f71c6b97982dec0a0b4b74be"
    )
    # a changed fact is a change to approve
    moved = dep.model_copy(update={"processing_region": "EU-FR"})
    assert moved.entry_hash() != dep.entry_hash()
