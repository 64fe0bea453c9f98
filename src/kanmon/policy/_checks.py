"""Custom rule conditions: the ``kanmon.policy_rules`` entry-point group.

A check is a callable ``(facts) -> bool`` named in a rule as ``when.check: <name>``. The
built-in ``unknown_data_terms`` goes through the same path as third-party checks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kanmon.core.catalog import Deployment
from kanmon.core.principal import Principal
from kanmon.plugins import POLICY_RULES_GROUP, Kind, register
from kanmon.scan import InjectionResult


@dataclass(slots=True)
class Facts:
    """What policy decides on, and what a custom check sees. Built by the decide step or by
    ``kanmon policy test``."""

    data_class: str
    entities: dict[str, int] = field(default_factory=dict)
    injection: InjectionResult = field(default_factory=InjectionResult)
    principal: Principal | None = None
    candidates: list[Deployment] = field(default_factory=list)
    #: The function tools the request offers the model, and those called in its history.
    tools: frozenset[str] = frozenset()


PolicyCheck = Callable[[Facts], bool]
POLICY_RULES: Kind[PolicyCheck] = Kind(POLICY_RULES_GROUP, "policy check", callable)


def load_check(name: str) -> PolicyCheck:
    return POLICY_RULES.load(name)


@register(POLICY_RULES)
def unknown_data_terms(facts: Facts) -> bool:
    """True when the first candidate deployment does not state its retention or training use."""
    if not facts.candidates:
        return False
    terms = facts.candidates[0].data_terms
    return terms.retention_days is None or terms.trains_on_data is None
