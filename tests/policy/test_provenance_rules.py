"""Policy rules on every provenance fact: the model vendor's jurisdiction wherever the model is
hosted, the provider entity, the model and its family, open weights, self-hosted, region,
retention, training on data and licence obligations (territory included)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from kanmon.catalog import load_catalog
from kanmon.core import ProvenanceMatch
from kanmon.core.catalog import Deployment
from kanmon.policy import Facts, Policy, PolicyDoc
from tests.policy._policies import BASE

CAT = load_catalog()
DEPS = CAT.deployments


def _match(**fields: Any) -> list[str]:
    """The shipped deployments ``fields`` match."""
    m = ProvenanceMatch.model_validate(fields)
    return sorted(d.id for d in DEPS.values() if m.matches(d, CAT.models.get(d.model)))


def _dep(dep_id: str, **change: Any) -> Deployment:
    return DEPS[dep_id].model_copy(update=change)


def test_vendor_jurisdiction_wherever_the_model_is_hosted() -> None:
    cn = _match(vendor_jurisdiction_in=["cn"])
    # DeepSeek's weights stay "made in CN" when OpenRouter, Vercel or you serve them
    assert {
        "deepseek-v4-flash@deepseek-cn",
        "deepseek-v4-flash@openrouter",
        "deepseek-v4-flash@self-hosted",
        "qwen3-235b-a22b@yandex-cloud",
    } <= set(cn)
    assert "gpt-oss-120b@openrouter" not in cn
    # the provider's jurisdiction is another fact: OpenRouter is a US entity
    assert "deepseek-v4-flash@openrouter" not in _match(jurisdiction_in=["CN"])
    assert "deepseek-v4-flash@openrouter" in _match(jurisdiction_in=["US"])
    # EU covers member states on both sides
    assert "mistral-large-3@mistral-eu" in _match(vendor_jurisdiction_in=["EU"])
    assert "mistral-large-3@mistral-eu" in _match(jurisdiction_in=["EU"])
    assert "mistral-large-3@mistral-eu" not in _match(vendor_jurisdiction_not_in=["EU"])


def test_entity_model_family_licence_and_weights() -> None:
    assert _match(provider_entity_in=["openrouter, inc."]) == [
        "deepseek-v4-flash@openrouter",
        "gpt-oss-120b@openrouter",
    ]
    assert "deepseek-v4-flash@openrouter" not in _match(provider_entity_not_in=["OpenRouter, Inc."])
    assert _match(model_in=["gpt-5"]) == ["gpt-5@openai", "gpt-5@openai-eu", "gpt-5@openai-us"]
    assert all(d.startswith("glm-") for d in _match(family_in=["GLM"]))
    assert not any(d.startswith("glm-") for d in _match(family_not_in=["glm"]))
    assert "gemma-4-31b@self-hosted" in _match(licence_in=["apache-2.0"], self_hosted=True)
    closed = _match(open_weights=False)
    assert "gpt-5@openai" in closed and "deepseek-v4-flash@deepseek-cn" not in closed
    assert "qwen3-max@vercel" in _match(vendor_in=["Alibaba Cloud (Qwen team)"])


def test_region_retention_training_and_hosting() -> None:
    assert _match(region_in=["EU"], model_in=["gpt-5"]) == ["gpt-5@openai-eu"]
    # unknown retention counts as over; known 30 days is not over 30
    over = _match(retention_days_over=30)
    assert "gpt-5@openai" not in over and "glm-5@zai-global" in over
    assert "gpt-5@openai" not in _match(trains_on_data=True)
    assert "glm-5@zai-global" in _match(trains_on_data=True)  # Z.ai's terms: may train
    assert all(d.endswith("@self-hosted") for d in _match(self_hosted=True))


def test_licence_obligations_and_territory() -> None:
    assert "llama-3.1-405b@self-hosted" in _match(obligations_any=["mau_threshold"])
    assert "kimi-k2.6@moonshot-intl" in _match(obligations_any=["revenue_threshold"])
    assert "kimi-k2.6@moonshot-intl" in _match(obligations_any=["attribution"])
    assert "gpt-5@openai" not in _match(obligations_any=["attribution", "territory"])
    m = ProvenanceMatch(licence_territory_excluded=True)
    hunyuan = CAT.models["hunyuan-a13b"]  # licence excludes EU, GB, KR
    assert m.matches(_dep("hunyuan-a13b@self-hosted", processing_region="EU-DE"), hunyuan)
    assert m.matches(_dep("hunyuan-a13b@self-hosted", processing_region="UK"), hunyuan)
    assert m.matches(_dep("hunyuan-a13b@self-hosted", processing_region="SELF-HOSTED"), hunyuan)
    assert not m.matches(_dep("hunyuan-a13b@self-hosted", processing_region="SG"), hunyuan)
    gpt = CAT.models["gpt-5"]
    assert not m.matches(DEPS["gpt-5@openai-eu"], gpt)  # no exclusions at all


def test_a_fact_of_a_model_missing_from_the_catalog_never_matches() -> None:
    m = ProvenanceMatch(vendor_jurisdiction_not_in=["CN"])
    assert not m.matches(DEPS["gpt-5@openai"], None)
    assert ProvenanceMatch(region_in=["US"]).matches(DEPS["gpt-5@openai-us"], None)


def test_unknown_fact_keys_are_refused() -> None:
    with pytest.raises(ValidationError, match="vendor_country_in"):
        ProvenanceMatch.model_validate({"vendor_country_in": ["CN"]})
    with pytest.raises(ValidationError, match="obligations_any"):
        ProvenanceMatch.model_validate({"obligations_any": ["be_nice"]})


def _policy(rules: list[dict[str, Any]]) -> Policy:
    return Policy(PolicyDoc.model_validate({**BASE, "rules": rules}), catalog=CAT)


def test_no_restricted_data_to_a_model_made_under_a_jurisdiction_wherever_hosted() -> None:
    p = _policy(
        [
            {
                "id": "no-cn-weights-for-restricted",
                "when": {
                    "data_class_at_least": "restricted",
                    "deployment": {"vendor_jurisdiction_in": ["CN"]},
                },
                "action": "reroute",
                "message": "restricted data never goes to models made under CN jurisdiction",
            }
        ]
    )
    hosts = ["deepseek-v4-flash@self-hosted", "deepseek-v4-flash@openrouter", "gpt-5@openai-eu"]
    facts = Facts(data_class="restricted", candidates=[DEPS[d] for d in hosts])
    d = p.decide(facts)
    assert d.action == "reroute" and d.deployments == ["gpt-5@openai-eu"]
    assert "no-cn-weights-for-restricted" in d.rule_ids
    # below restricted the rule does not fire and every host stays
    lower = p.decide(Facts(data_class="internal", candidates=[DEPS[d] for d in hosts]))
    assert lower.deployments == hosts and lower.action == "allow"


def test_policy_blocks_by_provider_entity_and_territory() -> None:
    p = _policy(
        [
            {
                "id": "no-routers",
                "when": {"deployment": {"provider_entity_in": ["OpenRouter, Inc.", "Vercel"]}},
                "action": "block",
            },
            {
                "id": "licence-territory",
                "when": {"deployment": {"licence_territory_excluded": True}},
                "action": "block",
            },
        ]
    )
    d = p.decide(Facts(data_class="internal", candidates=[DEPS["gpt-oss-20b@vercel"]]))
    assert d.action == "block" and d.rule_ids == ["no-routers"]
    eu = _dep("hunyuan-a13b@self-hosted", processing_region="EU-DE")
    d = p.decide(Facts(data_class="internal", candidates=[eu]))
    assert d.action == "block" and d.rule_ids == ["licence-territory"]
