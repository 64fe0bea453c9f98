"""Facts of first-party deployments sourced from the vendors' own documents: what counts as a
gap, what the shipped catalog sources, and ``kanmon catalog check``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from typer.testing import CliRunner

from kanmon.catalog import FACTS, fact_gaps, fact_value, load_catalog
from kanmon.core.catalog import Deployment

CAT = load_catalog()


def _dep(**change: Any) -> Deployment:
    base = CAT.deployments["gpt-5@openai-eu"]
    return base.model_copy(update={"id": "d-test", **change})


def _src(**extra: Any) -> dict[str, Any]:
    return {"url": "https://vendor.example/doc", "retrieved": dt.date(2026, 12, 1), **extra}


def test_what_counts_as_a_gap() -> None:
    from kanmon.core.catalog import DataTerms, FactSource

    full = {name: FactSource(**_src()) for name in FACTS}
    assert fact_gaps([_dep(facts=full)]) == []
    assert fact_gaps([_dep(facts=full, first_party=False, price=None)]) == []  # not first-party
    missing = {k: v for k, v in full.items() if k != "price"}
    assert fact_gaps([_dep(facts=missing)]) == ["d-test: price: no source"]
    third = {**full, "training": FactSource(**_src(confidence="T"))}
    assert "not the vendor's own" in fact_gaps([_dep(facts=third)])[0]
    # unknown retention needs the vendor's document that says nothing about it
    unknown = _dep(facts=full, data_terms=DataTerms(retention_days=None, trains_on_data=False))
    assert fact_gaps([unknown]) == [
        "d-test: retention: unknown, and the source does not show silence"
    ]
    silent = {**full, "retention": FactSource(**_src(vendor_silent=True))}
    assert fact_gaps([unknown.model_copy(update={"facts": silent})]) == []
    # a known fact whose document is said to be silent contradicts itself
    assert "yet the source says" in fact_gaps([_dep(facts=silent)])[0]


def test_fact_values() -> None:
    gpt = CAT.deployments["gpt-5@openai"]
    assert fact_value(gpt, "region") == "GLOBAL"  # the vendor says: no processing constraint
    assert fact_value(gpt, "retention") == "30 days" and fact_value(gpt, "training") == "no"
    assert fact_value(CAT.deployments["glm-5@zai-global"], "region") is None
    assert fact_value(CAT.deployments["deepseek-v4-flash@openrouter"], "price") is None


def test_shipped_first_party_facts() -> None:
    first = {d.id: d for d in CAT.deployments.values() if d.first_party}
    assert len(first) >= 38
    gaps = fact_gaps(first.values())
    for dep_id, dep in first.items():
        vendor = dep_id.split("@")[1]
        if vendor in ("anthropic",):
            assert not [g for g in gaps if g.startswith(dep_id + ":")], dep_id
        if vendor in ("openai", "openai-eu", "openai-us", "google-ai-studio"):
            # region, retention and training from the vendor's pages; price still third-party
            mine = [g for g in gaps if g.startswith(dep_id + ":")]
            assert mine == [f"{dep_id}: price: no source"]
        for src in dep.facts.values():
            assert src.url.startswith("https://") and src.confidence == "O", dep_id
    gemini = first["gemini-2.5-pro@google-ai-studio"]
    assert gemini.processing_region == "UNKNOWN" and gemini.facts["region"].vendor_silent
    assert gemini.data_terms.retention_days == 55
    assert first["gpt-4o@openai"].vendor_review is not None
    # only vendors serve first-party deployments: routers and self-hosting are not
    assert not any(d.first_party for d in CAT.deployments.values() if d.self_hosted)
    assert not CAT.deployments["deepseek-v4-flash@openrouter"].first_party


def _open_facts(dep_id: str) -> set[str]:
    """The facts of one shipped deployment that `catalog check` still lists as gaps."""
    prefix = dep_id + ": "
    gaps = fact_gaps(CAT.deployments.values())
    return {g[len(prefix) :].split(":")[0] for g in gaps if g.startswith(prefix)}


def test_facts_read_from_vendor_pages() -> None:
    # Alibaba's Model Studio privacy notice: direct API calls are not saved, never trained on
    for dep_id in ("qwen3-max@dashscope-sg", "qwen3-max@dashscope-us", "qwen3-max@dashscope-cn"):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "retention") == "0 days" and fact_value(dep, "training") == "no"
        assert _open_facts(dep_id) == {"price"}, dep_id
    # Moonshot's API data-security FAQ: not used for training, no retention period named
    for dep_id in ("kimi-k2.6@moonshot-intl", "kimi-k3@moonshot-intl", "kimi-k2.6@moonshot-cn"):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "training") == "no" and fact_value(dep, "retention") is None
        assert dep.facts["retention"].vendor_silent and not dep.facts["training"].vendor_silent
        assert "retention" not in _open_facts(dep_id) and "training" not in _open_facts(dep_id)
    # the FAQ names no location, the Open Platform privacy policies do: servers in Singapore for
    # the international platform, storage in the PRC for the Chinese one
    for dep_id in ("kimi-k2.6@moonshot-intl", "kimi-k3@moonshot-intl"):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "region") == "SG" and not dep.facts["region"].vendor_silent
        assert dep.facts["region"].url == "https://platform.kimi.ai/docs/agreement/userprivacy"
        assert _open_facts(dep_id) == {"price"}, dep_id
    cn = CAT.deployments["kimi-k2.6@moonshot-cn"]
    assert fact_value(cn, "region") == "CN" and "platform.kimi.com" in cn.facts["region"].url
    # the Chinese platform's K2.6 pricing page: CNY per 1M tokens, cache miss / output
    assert fact_value(cn, "price") == "6.5/27 CNY" and cn.price.cached_input_per_mtok == 1.1
    assert cn.facts["price"].url == "https://platform.kimi.com/docs/pricing/chat-k26"
    assert _open_facts("kimi-k2.6@moonshot-cn") == set()
    # DeepSeek's privacy policy and Open Platform terms: data in the PRC; no retention period
    # and nothing on training for API traffic, so both stay unknown with the page as proof
    for dep_id in ("deepseek-v4-flash@deepseek-cn", "deepseek-v4-pro@deepseek-cn"):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "region") == "CN" and "privacy-policy" in dep.facts["region"].url
        assert fact_value(dep, "retention") is None and dep.facts["retention"].vendor_silent
        assert fact_value(dep, "training") is None and dep.facts["training"].vendor_silent
        assert _open_facts(dep_id) == set(), dep_id
    # Z.ai's pricing page, read again: the catalog's prices stand
    for dep_id in ("glm-4.5@zai-global", "glm-4.5-air@zai-global", "glm-4.6@zai-global"):
        assert "price" not in _open_facts(dep_id), dep_id
    # Z.ai's Terms of Use (July 2025, read in the docs.z.ai source): API prompts and outputs may
    # be used to improve its models; no location and no retention period named
    for dep_id in (
        "glm-4.5@zai-global",
        "glm-4.5-air@zai-global",
        "glm-4.6@zai-global",
        "glm-5@zai-global",
    ):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "training") == "yes" and not dep.facts["training"].vendor_silent
        assert fact_value(dep, "region") is None and dep.facts["region"].vendor_silent
        assert fact_value(dep, "retention") is None and dep.facts["retention"].vendor_silent
        assert dep.facts["training"].url == "https://docs.z.ai/legal-agreement/terms-of-use"
        assert _open_facts(dep_id) == set(), dep_id
    # BigModel (Zhipu's CN platform): its privacy policy stores in China and names no period;
    # its user agreement reserves optimising services with usage data and training on
    # anonymised content
    for dep_id in ("glm-4.6@zhipu-cn", "glm-5@zhipu-cn"):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "region") == "CN" and fact_value(dep, "training") == "yes"
        assert fact_value(dep, "retention") is None and dep.facts["retention"].vendor_silent
        assert dep.facts["region"].url == "https://docs.bigmodel.cn/cn/terms/privacy-policy"
        assert _open_facts(dep_id) == {"price"}, dep_id
    # Baidu AI Cloud's privacy policy: personal information stays in the PRC, no period named
    ernie = CAT.deployments["ernie-5.1@qianfan"]
    assert fact_value(ernie, "region") == "CN" and ernie.facts["retention"].vendor_silent
    assert _open_facts("ernie-5.1@qianfan") == {"training", "price"}
    # Yandex logs requests by default and names no period: unknown, with the page as proof
    yandex = CAT.deployments["yandexgpt@yandex-cloud"]
    assert fact_value(yandex, "retention") is None and yandex.facts["retention"].vendor_silent
    # Yandex Cloud's regions page: services and data stay in their region (here Russia)
    assert fact_value(yandex, "region") == "RU" and yandex.facts["region"].url.endswith("/region")
    # its logging page and FAQ say what happens to request data and nothing of training
    assert fact_value(yandex, "training") is None and yandex.facts["training"].vendor_silent
    assert _open_facts("yandexgpt@yandex-cloud") == set()
    # AI Studio's Russia-region tariff: YandexGPT Pro 5 at 1,20 RUB per 1,000 tokens, incl. VAT
    yandex_price = yandex.price
    assert yandex_price is not None and yandex_price.currency == "RUB"
    assert (yandex_price.input_per_mtok, yandex_price.output_per_mtok) == (1200, 1200)
    # Mistral's help centre: pay-per-use (Scale) API data is not trained on
    for dep_id in (
        "mistral-large-3@mistral-eu",
        "mistral-small-4@mistral-eu",
        "codestral@mistral-eu",
    ):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "training") == "no"
        # Mistral's docs repository: EU only on the regional endpoint, at 1.1x list price
        assert dep.processing_region == "EU" and dep.base_url == "https://api.eu.mistral.ai/v1"
        # Mistral's privacy policy: API input and output kept 30 rolling days for abuse monitoring
        assert fact_value(dep, "retention") == "30 days"
        assert _open_facts(dep_id) == set(), dep_id
    large = CAT.deployments["mistral-large-3@mistral-eu"].price
    assert large is not None and (large.input_per_mtok, large.output_per_mtok) == (0.55, 1.65)
    # NAVER Cloud's CLOVA Studio prerequisites: the service runs in the Korea region
    for dep_id in ("hcx-007@clova-studio", "hcx-005@clova-studio"):
        assert fact_value(CAT.deployments[dep_id], "region") == "KR"
        assert _open_facts(dep_id) == {"retention", "training", "price"}, dep_id
    # Upstage's Terms of Use: API input is neither stored nor trained on
    for dep_id in ("solar-pro3@upstage", "solar-pro4@upstage"):
        dep = CAT.deployments[dep_id]
        assert fact_value(dep, "retention") == "0 days" and fact_value(dep, "training") == "no"
        # its regional endpoints guide: Korea only for other models, the global one unplaced
        assert fact_value(dep, "region") is None and dep.facts["region"].vendor_silent
        assert dep.facts["region"].url == "https://console.upstage.ai/docs/guides/region-usage"
        assert _open_facts(dep_id) == {"price"}, dep_id


def test_cli_check() -> None:
    from kanmon.cli.main import _register, app

    _register()
    runner = CliRunner()
    r = runner.invoke(app, ["catalog", "check"])
    assert r.exit_code == 0, r.output
    gaps = fact_gaps(CAT.deployments.values())
    assert f"{len(gaps)} missing" in r.output.splitlines()[-1]
    assert "glm-5@zhipu-cn: price: no source" in r.output
    strict = runner.invoke(app, ["catalog", "check", "--strict"])
    assert strict.exit_code == 1
    shown = runner.invoke(app, ["catalog", "show", "claude-opus-5.5@anthropic"])
    assert "Fact sources" in shown.output and "Vendor review" in shown.output
