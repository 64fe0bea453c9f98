"""A checklist item: its question, how it is answered, who answers it and the controls it
serves (NIST AI RMF 1.0, ISO/IEC 42001:2023 Annex A, the EU AI Act, OWASP LLM Top 10 2025)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kanmon.core.principal import Role

Kind = Literal["text", "bool", "evidence", "data_classes", "review"]
Section = Literal[
    "governance", "data", "deployment", "security", "resilience", "signoff", "regulation"
]

SECTIONS: dict[Section, str] = {
    "governance": "Governance and ownership",
    "data": "Data protection",
    "deployment": "Deployment and access control",
    "security": "Security testing",
    "resilience": "Operational resilience",
    "signoff": "Legal, privacy, security and procurement reviews",
    "regulation": "EU AI Act",
}


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    section: Section
    question: str
    kind: Kind
    nist: tuple[str, ...]
    iso: tuple[str, ...]
    #: Filled from the catalog when an assessment is created (see ``_facts.prefill``).
    prefill: str | None = None
    required: bool = True
    #: Who answers it: a review role; None: the assessor.
    role: Role | None = None
    #: EU AI Act articles and annexes, OWASP LLM Top 10 2025 ids (``_mapping``).
    eu_ai_act: tuple[str, ...] = ()
    owasp: tuple[str, ...] = ()


def item(
    id: str,
    section: Section,
    question: str,
    kind: Kind,
    nist: tuple[str, ...],
    iso: tuple[str, ...],
    prefill: str | None = None,
    required: bool = True,
    role: Role | None = None,
) -> Item:
    return Item(id, section, question, kind, nist, iso, prefill, required, role)
