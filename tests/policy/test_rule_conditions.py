"""Each condition a rule may state on the request, alone and together: a rule fires when every
condition it states holds, and a condition it does not state is never consulted."""

from __future__ import annotations

from typing import Any

import pytest

from kanmon.catalog import load_catalog
from kanmon.core import Principal
from kanmon.policy import Facts, Policy, PolicyDoc
from kanmon.scan import InjectionResult
from tests.policy._policies import BASE

CAT = load_catalog()
DEP = CAT.deployments["gpt-5@openai"]
OPS = Principal("k1", "n", "ops", frozenset({"app"}), use_case="support")
AUDITOR = Principal("k2", "n", "audit", frozenset({"auditor"}), use_case="review")


def _fires(when: dict[str, Any], **facts: Any) -> bool:
    p = Policy(
        PolicyDoc.model_validate({**BASE, "rules": [{"id": "r", "when": when, "action": "hold"}]}),
        catalog=CAT,
    )
    facts.setdefault("data_class", "internal")
    return p.decide(Facts(candidates=[DEP], **facts)).rule_ids == ["r"]


def _injection(score: float, **by_source: float) -> InjectionResult:
    res = InjectionResult()
    res.score, res.by_source = score, by_source
    return res


def _layered(score: float, source: str, *layers: str) -> InjectionResult:
    res = _injection(score, **{source: score})
    res.by_source_layer = {source: dict.fromkeys(layers, score)}
    return res


# (when, facts under which the rule fires, facts under which it does not)
CASES: list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]] = [
    ({"data_class_at_least": "confidential"}, {"data_class": "restricted"}, {}),
    ({"entities_any": ["@pii"]}, {"entities": {"PHONE": 2}}, {"entities": {"PHONE": 0}}),
    ({"injection_at_least": 0.5}, {"injection": _injection(0.7)}, {"injection": _injection(0.4)}),
    (
        {"injection_at_least": 0.5, "injection_sources": ["tool"]},
        {"injection": _injection(0.7, tool=0.7)},
        {"injection": _injection(0.9, user=0.9)},
    ),
    (
        {"injection_at_least": "calibrated"},
        {"injection": _injection(0.999)},
        {"injection": _injection(0.5)},
    ),
    (
        {"injection_at_least": 0.5, "injection_layers_any": ["lexical", "guard"]},
        {"injection": _layered(0.9, "user", "classifier", "lexical")},
        {"injection": _layered(0.99, "user", "classifier")},
    ),
    (
        {
            "injection_at_least": 0.5,
            "injection_sources": ["tool"],
            "injection_layers_any": ["decode"],
        },
        {"injection": _layered(0.6, "tool", "decode")},
        {"injection": _layered(0.9, "user", "decode")},
    ),
    ({"roles_any": ["auditor"]}, {"principal": AUDITOR}, {"principal": OPS}),
    ({"roles_none": ["auditor"]}, {"principal": OPS}, {"principal": AUDITOR}),
    ({"teams_any": ["ops"]}, {"principal": OPS}, {"principal": AUDITOR}),
    ({"teams_none": ["ops"]}, {"principal": AUDITOR}, {"principal": OPS}),
    ({"use_cases_any": ["support"]}, {"principal": OPS}, {"principal": AUDITOR}),
    ({"tools_any": ["shell_*"]}, {"tools": frozenset({"shell_run"})}, {"tools": frozenset()}),
    ({"tools_none": ["*"]}, {"tools": frozenset()}, {"tools": frozenset({"search"})}),
    ({"check": "unknown_data_terms"}, {}, {}),  # gpt-5@openai states its terms: never fires
]


@pytest.mark.parametrize(("when", "yes", "no"), CASES, ids=[str(c[0]) for c in CASES])
def test_each_condition_alone(
    when: dict[str, Any], yes: dict[str, Any], no: dict[str, Any]
) -> None:
    if "check" in when:
        assert not _fires(when)
        return
    assert _fires(when, **yes)
    assert not _fires(when, **no)


def test_a_rule_fires_only_when_every_condition_it_states_holds() -> None:
    when = {
        "data_class_at_least": "internal",
        "entities_any": ["EMAIL"],
        "roles_none": ["auditor"],
        "teams_any": ["ops"],
        "use_cases_any": ["support"],
        "tools_none": ["shell_*"],
    }
    yes = {"entities": {"EMAIL": 1}, "principal": OPS, "tools": frozenset({"search"})}
    assert _fires(when, **yes)
    for broken in (
        {"data_class": "public"},
        {"entities": {"PHONE": 1}},
        {"principal": AUDITOR},
        {"tools": frozenset({"shell_run"})},
    ):
        assert not _fires(when, **{**yes, **broken}), broken


def test_no_principal_is_no_role_no_team_no_use_case() -> None:
    assert _fires({"roles_none": ["admin"]})
    assert not _fires({"roles_any": ["app"]})
    assert _fires({"teams_none": ["ops"]})
    assert not _fires({"teams_any": ["ops"]})
    assert not _fires({"use_cases_any": ["support"]})
