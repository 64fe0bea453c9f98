"""Checklist items beyond the core ones: the legal, privacy, security and procurement reviews
(each answered by its own role, with evidence), the vendor terms they rely on, the EU AI Act
questions, and the retrieval and consumption questions of OWASP LLM08 and LLM10.

The reviews an organisation needs before an assessment may be submitted are named in
``governance.required_reviews``; the others may still be given, and are shown and enforced
(a rejection refuses the approval) the same way.

A review's answer is ``{"outcome": "approved" | "approved_with_conditions" | "rejected",
"evidence": [<https URL> | sha256:<64 hex> | <eval run ref>, …], "note": "…"}``; the server
adds who answered and when. An approval is refused while a review is ``rejected``, and a
review ``approved_with_conditions`` adds its note as a condition of the approval.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from kanmon.errors import BadRequestError
from kanmon.governance._items import Item, item

OUTCOMES = ("approved", "approved_with_conditions", "rejected")
_EVIDENCE = re.compile(
    r"^(https://\S+|sha256:[0-9a-f]{64}|[A-Za-z0-9][\w.:-]{0,99}@sha256:[0-9a-f]{64})$"
)

EXTRA: tuple[Item, ...] = (
    item(
        "review.legal",
        "signoff",
        "Legal review: contract and terms, licence obligations, export control and sanctions",
        "review",
        ("GOVERN 6.1", "GOVERN 1.1"),
        ("A.10.3", "A.2.3"),
        required=False,
        role="legal",
    ),
    item(
        "review.privacy",
        "signoff",
        "Privacy review: data processing agreement, lawful basis, cross-border transfers "
        "(transfer report), impact assessment",
        "review",
        ("GOVERN 6.1", "MEASURE 2.10"),
        ("A.7.4", "A.10.3"),
        required=False,
        role="privacy",
    ),
    item(
        "review.security",
        "signoff",
        "Security review: the vendor's security posture, certifications, incident "
        "notification, test evidence",
        "review",
        ("MEASURE 2.7", "GOVERN 6.1"),
        ("A.10.3", "A.6.2.4"),
        required=False,
        role="security",
    ),
    item(
        "review.procurement",
        "signoff",
        "Procurement review: vendor due diligence, sub-processors, exit and deletion terms, "
        "support",
        "review",
        ("GOVERN 6.1", "MANAGE 3.1"),
        ("A.10.3", "A.10.2"),
        required=False,
        role="procurement",
    ),
    item(
        "vendor.terms",
        "signoff",
        "Vendor terms the reviews rely on (contract, DPA, sub-processors, certifications, "
        "incident window, deletion, exit, support)",
        "text",
        ("GOVERN 6.1", "MANAGE 3.1"),
        ("A.10.3",),
        prefill="vendor_review",
    ),
    item(
        "euaia.role",
        "regulation",
        "Our role under the EU AI Act for this use (deployer, provider, or out of scope), and why",
        "text",
        ("GOVERN 1.1", "MAP 1.1"),
        ("A.2.2",),
    ),
    item(
        "euaia.high_risk",
        "regulation",
        "High-risk use (an Annex III area) or a prohibited practice (Art. 5)? Name it, or "
        "'none' and why",
        "text",
        ("MAP 1.1", "MAP 1.5"),
        ("A.5.2", "A.5.4"),
    ),
    item(
        "euaia.transparency",
        "regulation",
        "People are told they deal with an AI system, and generated content is marked",
        "bool",
        ("GOVERN 4.2", "MEASURE 2.8"),
        ("A.8.2",),
    ),
    item(
        "euaia.gpai",
        "regulation",
        "General-purpose model obligations of the model's provider (Art. 53/55, Code of Practice)",
        "text",
        ("GOVERN 6.1", "MAP 4.1"),
        ("A.10.3",),
        prefill="gpai",
    ),
    item(
        "data.retrieval",
        "data",
        "Retrieval and embedding stores: who may read which documents, poisoning checks (if "
        "retrieval is used)",
        "text",
        ("MEASURE 2.7", "MAP 4.1"),
        ("A.7.5", "A.6.2.4"),
        required=False,
    ),
    item(
        "ops.consumption",
        "resilience",
        "Limits on consumption: rate limits, budgets, maximum tokens per request",
        "text",
        ("MANAGE 4.1", "MEASURE 3.1"),
        ("A.6.2.6",),
    ),
)


def check_review(item_id: str, value: Any, actor: str, now: dt.datetime) -> dict[str, Any]:
    """A review answer as stored: its outcome, evidence and note, who answered and when."""
    if not isinstance(value, dict):
        raise BadRequestError(
            f"{item_id}: expected {{outcome, evidence, note}}", param=item_id, code="invalid_review"
        )
    outcome = value.get("outcome")
    if outcome not in OUTCOMES:
        raise BadRequestError(
            f"{item_id}.outcome: expected one of {', '.join(OUTCOMES)}",
            param=item_id,
            code="invalid_review",
        )
    evidence = value.get("evidence")
    if (
        not isinstance(evidence, list)
        or not evidence
        or not all(isinstance(e, str) and _EVIDENCE.match(e) for e in evidence)
    ):
        raise BadRequestError(
            f"{item_id}.evidence: expected a non-empty list of https:// links, sha256:<hex> "
            "digests of documents or eval run references",
            param=item_id,
            code="invalid_review",
        )
    note = value.get("note")
    if note is not None and not isinstance(note, str):
        raise BadRequestError(f"{item_id}.note: expected text", param=item_id)
    if outcome != "approved" and not (note or "").strip():
        raise BadRequestError(
            f"{item_id}.note: a review that is not plainly approved says why",
            param=item_id,
            code="invalid_review",
        )
    extra = sorted(set(value) - {"outcome", "evidence", "note"})
    if extra:
        raise BadRequestError(f"{item_id}: unknown field {extra[0]!r}", param=item_id)
    return {
        "outcome": outcome,
        "evidence": list(evidence),
        "note": (note or "").strip() or None,
        "reviewer": actor,
        "at": now.isoformat(),
    }
