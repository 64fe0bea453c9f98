"""Who is calling: the result of authenticating a virtual key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal[
    "app",
    "admin",
    "auditor",
    "reviewer",
    "assessor",
    "approver",
    "legal",
    "privacy",
    "security",
    "procurement",
]
#: ``assessor`` creates, answers and submits assessments; ``approver`` approves or rejects them
#: (never their own). ``admin`` may do both, with the same separation of duties. ``legal``,
#: ``privacy``, ``security`` and ``procurement`` answer their own review of an assessment.
ROLES: tuple[Role, ...] = (
    "app",
    "admin",
    "auditor",
    "reviewer",
    "assessor",
    "approver",
    "legal",
    "privacy",
    "security",
    "procurement",
)


@dataclass(frozen=True, slots=True)
class Principal:
    """An authenticated caller. ``key_id`` is the public id, never the secret."""

    key_id: str
    name: str
    team: str
    roles: frozenset[Role]
    use_case: str | None = None
    models: frozenset[str] = field(default_factory=frozenset)
    rpm_limit: int | None = None
    #: The lowest data class this caller's requests carry, whatever scanners find.
    data_class: str | None = None
    #: Spend limits per ``budget_period_s`` window (``kanmon.limits``); None: no budget.
    budget_usd: float | None = None
    budget_tokens: int | None = None
    budget_period_s: int | None = None
    #: Who the key belongs to (a person or service); None: the key stands for itself.
    owner: str | None = None
    #: Where this key's callers are (ISO 3166-1 codes, ``EU``), checked against licence
    #: territory exclusions at runtime in addition to the use case's territories.
    territory: frozenset[str] = field(default_factory=frozenset)

    def has(self, role: Role) -> bool:
        return role in self.roles or "admin" in self.roles

    def may_use(self, model: str) -> bool:
        return not self.models or model in self.models
