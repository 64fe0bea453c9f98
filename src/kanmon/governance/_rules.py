"""What an approval may say, checked without the store: the data classes it covers, the
evidence it rests on and how long it lasts. The workflow in ``_service.py`` applies them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from kanmon.errors import BadRequestError, PermissionDeniedError
from kanmon.governance._checklist import CHECKLIST
from kanmon.governance._items import Item
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
        if valid_days is not None and not 0 < valid_days <= max_days:  # NaN fails both
            raise BadRequestError(
                f"valid_days must be more than 0 and within governance.max_validity_days "
                f"({max_days})",
                param="valid_days",
            )
        expires_at = now + dt.timedelta(days=valid_days or max_days)
    if expires_at.tzinfo is None:
        raise BadRequestError("expires_at needs a timezone", param="expires_at")
    if expires_at <= now or expires_at > now + dt.timedelta(days=max_days):
        raise BadRequestError(
            f"expiry must be in the future and within governance.max_validity_days ({max_days})",
            param="expires_at",
        )
    return expires_at


def check_role(item: Item | None, item_id: str, roles: Collection[str] | None) -> None:
    """Review items are answered by their own role, the others by an assessor (admin: any)."""
    if roles is None or item is None or "admin" in roles:
        return
    needed = item.role or "assessor"
    if needed not in roles:
        raise PermissionDeniedError(
            f"{item_id} is answered by the {needed} role",
            code="review_role_required" if item.role else "assessor_role_required",
        )


def review_conditions(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """A rejected review refuses the approval; a review approved with conditions adds them."""
    out = []
    for i in CHECKLIST:
        if i.kind != "review":
            continue
        ans = answers.get(i.id)
        if not isinstance(ans, dict):
            continue
        if ans.get("outcome") == "rejected":
            raise PermissionDeniedError(
                f"cannot approve: the {i.role} review rejected it ({ans.get('note')})",
                code="review_rejected",
            )
        if ans.get("outcome") == "approved_with_conditions":
            out.append(f"{i.role} review: {ans.get('note')}")
    return tuple(out)
