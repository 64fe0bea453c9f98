"""Regulatory mapping of the checklist: EU AI Act articles and OWASP LLM Top 10 (2025) ids per
item, with our own short titles (OWASP text is CC BY-SA: ids and category names only), and
the coverage tables the assessment report shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

OWASP_TOP10: dict[str, str] = {
    "LLM01": "Prompt injection",
    "LLM02": "Sensitive information disclosure",
    "LLM03": "Supply chain",
    "LLM04": "Data and model poisoning",
    "LLM05": "Improper output handling",
    "LLM06": "Excessive agency",
    "LLM07": "System prompt leakage",
    "LLM08": "Vector and embedding weaknesses",
    "LLM09": "Misinformation",
    "LLM10": "Unbounded consumption",
}

EU_AI_ACT_TITLES: dict[str, str] = {
    "Art. 3(4)": "Who is a deployer",
    "Art. 4": "AI literacy of the staff who use AI",
    "Art. 5": "Prohibited practices",
    "Art. 6": "When a system is high-risk",
    "Annex III": "High-risk areas (employment, credit, education, …)",
    "Art. 12": "Record-keeping: automatic logs",
    "Art. 14": "Human oversight",
    "Art. 15": "Accuracy, robustness and cybersecurity",
    "Art. 25": "Responsibilities along the AI value chain",
    "Art. 26(1)": "Deployer: use as the instructions say",
    "Art. 26(2)": "Deployer: oversight by competent, trained people",
    "Art. 26(5)": "Deployer: monitor, and report serious incidents",
    "Art. 26(6)": "Deployer: keep the logs at least six months",
    "Art. 26(9)": "Deployer: data protection impact assessment",
    "Art. 50": "Transparency: people know they deal with AI; content is marked",
    "Art. 53": "General-purpose model providers: documentation, copyright policy",
    "Art. 55": "General-purpose models with systemic risk: evaluation, incidents",
    "Art. 73": "Reporting serious incidents",
}

EU_AI_ACT: dict[str, tuple[str, ...]] = {
    "gov.technical_owner": ("Art. 4",),
    "gov.business_owner": ("Art. 26(2)",),
    "gov.purpose": ("Art. 26(1)",),
    "gov.prohibited_uses": ("Art. 5",),
    "data.regulated_fields": ("Art. 26(9)",),
    "data.logging": ("Art. 12", "Art. 26(6)"),
    "dep.monitoring": ("Art. 26(5)",),
    "sec.hallucination": ("Art. 15",),
    "sec.injection_leakage": ("Art. 15",),
    "ops.human_review": ("Art. 14", "Art. 26(2)"),
    "ops.incident_response": ("Art. 26(5)", "Art. 73"),
    "ops.audit_retention": ("Art. 26(6)",),
    "review.legal": ("Art. 25",),
    "euaia.role": ("Art. 3(4)", "Art. 25"),
    "euaia.high_risk": ("Art. 5", "Art. 6", "Annex III"),
    "euaia.transparency": ("Art. 50",),
    "euaia.gpai": ("Art. 53", "Art. 55"),
}

OWASP: dict[str, tuple[str, ...]] = {
    "data.classification": ("LLM02",),
    "data.regulated_fields": ("LLM02",),
    "data.retrieval": ("LLM08", "LLM04"),
    "dep.provider": ("LLM03",),
    "dep.licence": ("LLM03", "LLM04"),
    "dep.monitoring": ("LLM10",),
    "sec.injection_leakage": ("LLM01", "LLM02", "LLM07"),
    "sec.tool_use": ("LLM06",),
    "sec.hallucination": ("LLM09",),
    "sec.language_domain": ("LLM09",),
    "sec.known_failures": ("LLM04", "LLM09"),
    "ops.human_review": ("LLM05", "LLM06"),
    "ops.consumption": ("LLM10",),
    "vendor.terms": ("LLM03",),
    "review.security": ("LLM03",),
    "review.procurement": ("LLM03",),
}


def coverage(
    items: Iterable[Any], answers: Mapping[str, Any], key: str, titles: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Per id in ``titles``: the checklist items mapped to it (their ``key`` attribute) and
    which of them are answered."""
    rows = []
    for ref, title in titles.items():
        mapped = [i.id for i in items if ref in getattr(i, key)]
        answered = [i for i in mapped if answers.get(i) not in (None, "", [])]
        rows.append({"id": ref, "title": title, "items": mapped, "answered": answered})
    return rows
