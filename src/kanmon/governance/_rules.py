"""What an approval may say, checked without the store: the data classes it covers, the
evidence it rests on and how long it lasts. The workflow in ``_service.py`` applies them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from kanmon.errors import BadRequestError
from kanmon.governance._checklist import CHECKLIST
from kanmon.governance._ladder import known_classes


def approved_classes(
    answers: Mapping[str, Any], requested: Iterable[str] | None, ladder: Iterable[str]
) -> list[str]:
    """The classes an approval covers: a non-empty subset of those assessed, all on the ladder
    (which may have changed since the answer)."""
    answered = list(answers.get("data.classes") or [])
    classes = list(requested) if requested is not None else answered
    classes = known_classes(classes, list(ladder), where="data_classes")
    if not classes or any(c not in answered for c in classes):
        raise BadRequestError(
            f"approved data classes must be a non-empty subset of the assessed ones "
            f"({', '.join(answered) or 'none'})",
            param="data_classes",
        )
    return classes


def cited_evidence(assessment_id: str, answers: Mapping[str, Any]) -> list[str]:
    """Every eval run the assessment cites; an approval without one is refused."""
    evidence = sorted(
        {ref for i in CHECKLIST if i.kind == "evidence" for ref in answers.get(i.id) or []}
    )
    if not evidence:
        raise BadRequestError(
            f"assessment {assessment_id} cites no eval runs; approval needs evidence",
            code="evidence_required",
        )
    return evidence


def expiry(
    now: dt.datetime, expires_at: dt.datetime | None, valid_days: float | None, max_days: int
) -> dt.datetime:
    """The approval's end: given, or ``valid_days`` (default the maximum) from now; always in
    the future and within ``governance.max_validity_days``."""
    if expires_at is None:
        expires_at = now + dt.timedelta(days=valid_days or max_days)
    if expires_at.tzinfo is None:
        raise BadRequestError("expires_at needs a timezone", param="expires_at")
    if expires_at <= now or expires_at > now + dt.timedelta(days=max_days):
        raise BadRequestError(
            f"expiry must be in the future and within governance.max_validity_days ({max_days})",
            param="expires_at",
        )
    return expires_at
