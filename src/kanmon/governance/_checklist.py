"""The assessment checklist: what an approver needs to know about one deployment serving one use
case, each item mapped to NIST AI RMF 1.0 subcategories and ISO/IEC 42001:2023 Annex A controls,
the EU AI Act and the OWASP LLM Top 10 (``_mapping``); the review and EU AI Act items are in
``_reviews``.

Control titles are paraphrased (ISO text is copyrighted; only ids are cited). NIST ids are
``GOVERN``/``MAP``/``MEASURE``/``MANAGE`` subcategories of NIST AI 100-1 (2023-01-26).
"""

from __future__ import annotations

from dataclasses import replace

from kanmon.governance._items import Item
from kanmon.governance._items import item as _i
from kanmon.governance._mapping import EU_AI_ACT, OWASP
from kanmon.governance._reviews import EXTRA

_CORE: tuple[Item, ...] = (
    # -- governance and ownership --------------------------------------------------------------
    _i(
        "gov.business_owner",
        "governance",
        "Business owner (accountable for the use case)",
        "text",
        ("GOVERN 2.1", "GOVERN 2.3"),
        ("A.3.2",),
    ),
    _i(
        "gov.technical_owner",
        "governance",
        "Technical owner (runs the integration)",
        "text",
        ("GOVERN 2.1",),
        ("A.3.2", "A.10.2"),
    ),
    _i(
        "gov.risk_owner",
        "governance",
        "Risk owner (accepts the residual risk)",
        "text",
        ("GOVERN 2.1", "GOVERN 1.3"),
        ("A.3.2",),
    ),
    _i(
        "gov.purpose",
        "governance",
        "Approved purpose of the use case",
        "text",
        ("MAP 1.1", "MAP 2.1"),
        ("A.9.4", "A.6.2.2"),
    ),
    _i(
        "gov.prohibited_uses",
        "governance",
        "Prohibited uses",
        "text",
        ("MAP 1.1", "GOVERN 1.1"),
        ("A.9.2", "A.2.2"),
    ),
    _i(
        "gov.residual_risk",
        "governance",
        "Residual risk after controls (low / medium / high, why)",
        "text",
        ("MANAGE 1.4", "MAP 1.5"),
        ("A.5.2", "A.5.3"),
    ),
    _i(
        "gov.approval_authority",
        "governance",
        "Who may approve this risk level",
        "text",
        ("GOVERN 1.3", "GOVERN 2.3"),
        ("A.2.2", "A.3.2"),
    ),
    # -- data protection -----------------------------------------------------------------------
    _i(
        "data.classes",
        "data",
        "Data classes the use case sends (e.g. public, internal)",
        "data_classes",
        ("MAP 1.1", "MEASURE 2.10"),
        ("A.7.4", "A.5.4"),
    ),
    _i(
        "data.classification",
        "data",
        "How requests are classified before they leave",
        "text",
        ("MEASURE 2.10",),
        ("A.7.2", "A.7.5"),
    ),
    _i(
        "data.regulated_fields",
        "data",
        "Protection of regulated fields (PII, secrets, health)",
        "text",
        ("MEASURE 2.10", "GOVERN 1.1"),
        ("A.7.4", "A.5.4"),
    ),
    _i(
        "data.logging",
        "data",
        "What is logged about each request (content or metadata only)",
        "text",
        ("MEASURE 2.8",),
        ("A.6.2.8",),
    ),
    _i(
        "data.retention",
        "data",
        "Provider retention and training on data",
        "text",
        ("GOVERN 6.1", "MEASURE 2.10"),
        ("A.10.3", "A.7.5"),
        prefill="retention",
    ),
    # -- deployment and access control ---------------------------------------------------------
    _i(
        "dep.provider",
        "deployment",
        "Provider entity and its jurisdiction",
        "text",
        ("GOVERN 6.1", "MAP 4.1"),
        ("A.10.3",),
        prefill="provider",
    ),
    _i(
        "dep.licence",
        "deployment",
        "Model licence and its obligations",
        "text",
        ("GOVERN 6.1", "MAP 4.1"),
        ("A.10.3", "A.2.3"),
        prefill="licence",
    ),
    _i(
        "dep.hosting",
        "deployment",
        "Processing region (hosting location)",
        "text",
        ("MAP 4.1", "GOVERN 1.1"),
        ("A.6.2.5", "A.10.3"),
        prefill="hosting",
    ),
    _i(
        "dep.price",
        "deployment",
        "Price sheet the approval relies on",
        "text",
        ("MAP 3.2",),
        ("A.4.5",),
        prefill="price",
    ),
    _i(
        "dep.identity",
        "deployment",
        "How callers are identified (keys per app, use case set)",
        "text",
        ("GOVERN 2.1", "MAP 4.2"),
        ("A.6.2.5", "A.9.2"),
    ),
    _i(
        "dep.privileged_separation",
        "deployment",
        "Separation of requester, approver and admin",
        "text",
        ("GOVERN 2.1",),
        ("A.3.2",),
    ),
    _i(
        "dep.secrets",
        "deployment",
        "Where the provider credentials live and who can read them",
        "text",
        ("MEASURE 2.7",),
        ("A.6.2.5", "A.4.4"),
    ),
    _i(
        "dep.monitoring",
        "deployment",
        "Monitoring of use, cost and errors",
        "text",
        ("MANAGE 4.1", "MEASURE 3.1"),
        ("A.6.2.6",),
    ),
    # -- security testing (answered by citing eval runs) ---------------------------------------
    _i(
        "sec.hallucination",
        "security",
        "Hallucination / confabulation on the use case's tasks",
        "evidence",
        ("MEASURE 2.5", "MEASURE 2.3"),
        ("A.6.2.4",),
    ),
    _i(
        "sec.injection_leakage",
        "security",
        "Prompt injection and data leakage",
        "evidence",
        ("MEASURE 2.7", "MEASURE 2.10"),
        ("A.6.2.4",),
    ),
    _i(
        "sec.language_domain",
        "security",
        "Quality in the use case's languages and domain",
        "evidence",
        ("MEASURE 2.3", "MEASURE 2.11"),
        ("A.6.2.4", "A.5.4"),
    ),
    _i(
        "sec.tool_use",
        "security",
        "Tool use / agent hijacking (if tools are used)",
        "evidence",
        ("MEASURE 2.7", "MEASURE 2.6"),
        ("A.6.2.4",),
        required=False,
    ),
    _i(
        "sec.known_failures",
        "security",
        "Known failure modes of this model (e.g. censorship)",
        "evidence",
        ("MEASURE 2.6", "MAP 4.1"),
        ("A.6.2.4", "A.5.5"),
    ),
    # -- operational resilience ----------------------------------------------------------------
    _i(
        "ops.replacement",
        "resilience",
        "Replacement model if this one must be withdrawn",
        "text",
        ("GOVERN 6.2", "MANAGE 2.4"),
        ("A.10.3",),
    ),
    _i(
        "ops.fallback",
        "resilience",
        "Approved fallback deployment in the route chain",
        "text",
        ("GOVERN 6.2", "MANAGE 2.3"),
        ("A.6.2.6",),
    ),
    _i(
        "ops.human_review",
        "resilience",
        "Human review of high-risk outputs",
        "text",
        ("MAP 3.5", "GOVERN 3.2"),
        ("A.9.2",),
    ),
    _i(
        "ops.incident_response",
        "resilience",
        "Incident response and who is told",
        "text",
        ("MANAGE 4.3", "GOVERN 4.3"),
        ("A.8.4", "A.3.3"),
    ),
    _i(
        "ops.audit_retention",
        "resilience",
        "Audit log retention period",
        "text",
        ("GOVERN 1.5", "MANAGE 4.1"),
        ("A.6.2.8",),
    ),
)

CHECKLIST: tuple[Item, ...] = tuple(
    replace(i, eu_ai_act=EU_AI_ACT.get(i.id, ()), owasp=OWASP.get(i.id, ()))
    for i in (*_CORE, *EXTRA)
)

ITEMS: dict[str, Item] = {i.id: i for i in CHECKLIST}
