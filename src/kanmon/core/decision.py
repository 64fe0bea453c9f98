"""What policy decides about one request, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: What an audit record keeps of the request and response content, least exposing first; the
#: policy decides it per data class and rule.
ContentMode = Literal["none", "hash", "encrypted", "full"]
CONTENT_MODES: tuple[ContentMode, ...] = ("none", "hash", "encrypted", "full")

#: What was done with a request. ``deny`` is a refusal before policy ran (no or a wrong key,
#: a role the endpoint does not accept); policy rules take the others (``RuleAction``).
Action = Literal["allow", "redact", "reroute", "block", "hold", "deny"]
RuleAction = Literal["allow", "redact", "reroute", "block", "hold"]
#: Severity order: the most severe action of all matching rules wins.
ACTIONS: tuple[Action, ...] = ("allow", "redact", "reroute", "hold", "block", "deny")


def severity(action: Action) -> int:
    return ACTIONS.index(action)


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired: its id and a sentence a caller or auditor can read."""

    rule_id: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule_id}: {self.message}"


@dataclass(slots=True)
class Decision:
    """The outcome of policy for one request.

    ``action`` is the most severe action of the rules that fired; ``redact`` lists the entity
    types to replace before the call (it may accompany ``reroute``); ``deployments`` is the
    ordered list of deployment ids that may serve the request after rerouting.
    """

    action: Action = "allow"
    data_class: str | None = None
    reasons: list[Reason] = field(default_factory=list)
    redact: set[str] = field(default_factory=set)
    deployments: list[str] = field(default_factory=list)
    policy_version: str | None = None
    #: What the audit record keeps of the content (None: the configured ``audit.content``).
    audit_content: ContentMode | None = None

    @property
    def rule_ids(self) -> list[str]:
        return [r.rule_id for r in self.reasons]

    def escalate(self, action: Action, reason: Reason) -> None:
        if severity(action) > severity(self.action):
            self.action = action
        self.reasons.append(reason)
