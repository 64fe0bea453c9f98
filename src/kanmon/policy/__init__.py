"""Policy: findings + caller + data class + deployment provenance → a Decision with reasons.

The policy file is YAML, validated strictly and versioned by the hash of its content.
``PolicySteps`` are the scan → classify → decide steps and the output scan of the request path.
Custom conditions plug in through the ``kanmon.policy_rules`` entry-point group.
"""

from kanmon.policy._checks import POLICY_RULES, Facts, PolicyCheck, load_check
from kanmon.policy._engine import Policy, expand, load_configured, load_policy
from kanmon.policy._explain import explain
from kanmon.policy._schema import DeploymentMatch, OperatorSpec, OutputSpec, PolicyDoc, Rule, When
from kanmon.policy._steps import PolicySteps, redact_body, scan_body

__all__ = [
    "POLICY_RULES",
    "DeploymentMatch",
    "Facts",
    "OperatorSpec",
    "OutputSpec",
    "Policy",
    "PolicyCheck",
    "PolicyDoc",
    "PolicySteps",
    "Rule",
    "When",
    "expand",
    "explain",
    "load_check",
    "load_configured",
    "load_policy",
    "redact_body",
    "scan_body",
]
