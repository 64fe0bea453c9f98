"""The hold step: a request that policy or an approval's ``human_review`` condition holds waits
in the review queue; the caller polls ``GET /v1/reviews/{id}`` for the completion."""

from __future__ import annotations

import asyncio

from kanmon.core.decision import Decision, Reason
from kanmon.errors import PermissionDeniedError, PolicyBlockedError, ReviewPendingError
from kanmon.request import Exchange
from kanmon.review._store import ReviewStore


class HoldStep:
    def __init__(self, reviews: ReviewStore | None) -> None:
        self.reviews = reviews

    async def __call__(self, ex: Exchange) -> None:
        if ex.reviewed:  # a reviewer approved it; the review queue runs it now
            return
        d = ex.policy_decision
        reasons = list(d.reasons) if d is not None and d.action == "hold" else []
        if ex.review_approvals:
            why = f"approval {', '.join(ex.review_approvals)} requires human review"
            ex.rule_ids.append("governance.human_review")
            ex.reasons.append(f"governance: {why}")
            reasons.append(Reason("governance.human_review", why))
        if not reasons:
            return
        ex.decision = "hold"
        why = "; ".join(map(str, reasons))
        if self.reviews is None or ex.body is None:
            raise PolicyBlockedError(f"Held for review, and no review queue is set up: {why}.")
        if ex.operation != "chat":
            raise PermissionDeniedError(
                f"Held for review ({why}); the review queue takes chat completions only.",
                code="human_review_required",
            )
        held = Decision(
            action="hold",
            data_class=ex.data_class,
            reasons=reasons,
            redact=set(d.redact) if d is not None else set(),
            deployments=[dep.id for dep in ex.candidates],
            policy_version=ex.policy_version,
        )
        rid = await asyncio.to_thread(self.reviews.create, ex, ex.body, held)
        ex.review_id = rid
        ex.headers.append((b"x-kanmon-review-id", rid.encode()))
        ex.headers.append((b"x-should-retry", b"false"))
        raise ReviewPendingError(
            f"Held for human review ({why}). Poll GET /v1/reviews/{rid} with the same key; "
            "once approved it returns the completion.",
            review_id=rid,
        )
