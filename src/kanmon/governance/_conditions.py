"""Approval conditions Kanmon acts on at runtime.

``human_review`` (or ``human_review: <note for the reviewer>``): a chat request that may be
served under the approval waits in the review queue until a reviewer approves it; the caller
polls ``GET /v1/reviews/{id}`` and gets the completion then. Any other condition is recorded,
shown and cited, and left to people. Text that reads like human review but is not written
this way is refused when approving, so that no one believes an unenforced condition is
enforced.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kanmon.core.decision import Decision, Reason
from kanmon.errors import BadRequestError, PermissionDeniedError, ReviewPendingError

if TYPE_CHECKING:
    from kanmon.gateway._exchange import Exchange
    from kanmon.review import ReviewStore

HUMAN_REVIEW = "human_review"
#: ``ex.state`` key: ids of the approvals of the kept candidates that require human review.
REVIEW_KEY = "governance.review"
_LOOKS_LIKE_REVIEW = re.compile(r"^\s*human[\s_-]*review", re.IGNORECASE)
_REVIEWED_ENDPOINTS = frozenset({"chat.completions"})


def needs_review(conditions: Iterable[str]) -> bool:
    return any(c == HUMAN_REVIEW or c.startswith(HUMAN_REVIEW + ":") for c in conditions)


def check_conditions(conditions: Iterable[str]) -> tuple[str, ...]:
    """The conditions of a new approval, stripped; a malformed ``human_review`` is refused."""
    out = []
    for raw in conditions:
        c = raw.strip()
        if not c:
            continue
        if _LOOKS_LIKE_REVIEW.match(c) and not needs_review([c]):
            raise BadRequestError(
                f"condition {c!r}: Kanmon enforces human review when the condition is written "
                f"'{HUMAN_REVIEW}' or '{HUMAN_REVIEW}: <note for the reviewer>'",
                param="conditions",
                code="invalid_condition",
            )
        out.append(c)
    return tuple(out)


class ReviewHold:
    """Input step after the enforcer: hold a request whose candidates include a deployment
    approved only under human review. An already reviewed request (``ex.review_id`` set, as
    when the review queue executes it) passes."""

    def __init__(self, reviews: ReviewStore) -> None:
        self.reviews = reviews

    async def __call__(self, ex: Exchange) -> None:
        approvals: tuple[str, ...] = ex.state.get(REVIEW_KEY, ())
        if not approvals or ex.review_id is not None:
            return
        why = f"approval {', '.join(approvals)} requires human review"
        ex.rule_ids.append("governance.human_review")
        ex.reasons.append(f"governance: {why}")
        ex.decision = "hold"
        if ex.endpoint not in _REVIEWED_ENDPOINTS or ex.body is None:
            raise PermissionDeniedError(
                f"The {why}; the review queue takes chat completions only.",
                code="human_review_required",
            )
        decision = Decision(
            action="hold",
            data_class=ex.data_class,
            reasons=[Reason("governance.human_review", why)],
            deployments=[d.id for d in ex.candidates],
            policy_version=ex.policy_version,
        )
        rid = await asyncio.to_thread(self.reviews.create, ex, ex.body, decision)
        ex.review_id = rid
        ex.headers.append((b"x-kanmon-review-id", rid.encode()))
        ex.headers.append((b"x-should-retry", b"false"))
        raise ReviewPendingError(
            f"Held for human review (the {why}). Poll GET /v1/reviews/{rid} with the same key; "
            "once approved it returns the completion.",
            review_id=rid,
        )
