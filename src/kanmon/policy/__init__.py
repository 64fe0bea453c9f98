"""Policy: findings + caller + data class + deployment provenance → a Decision with reasons.

The policy file is YAML, validated strictly and versioned by the hash of its content.
``PolicySteps`` plugs the scan → classify → decide steps and the output scan into the gateway.
Custom conditions plug in through the ``kanmon.policy_rules`` entry-point group.
"""

from kanmon.policy._checks import PolicyCheck, load_check
from kanmon.policy._engine import Facts, Policy, expand, load_policy
from kanmon.policy._runtime import PolicyRuntime
from kanmon.policy._schema import DeploymentMatch, OperatorSpec, OutputSpec, PolicyDoc, Rule, When
from kanmon.policy._steps import PolicySteps, ScanState, scan_body

__all__ = [
    "DeploymentMatch",
    "Facts",
    "OperatorSpec",
    "OutputSpec",
    "Policy",
    "PolicyCheck",
    "PolicyDoc",
    "PolicyRuntime",
    "PolicySteps",
    "Rule",
    "ScanState",
    "When",
    "expand",
    "load_check",
    "load_policy",
    "scan_body",
]
