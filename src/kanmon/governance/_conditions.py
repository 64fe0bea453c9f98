"""Approval conditions Kanmon acts on at runtime.

``human_review`` (or ``human_review: <note for the reviewer>``): a chat request that may be
served under the approval waits in the review queue until a reviewer approves it (the approval
step lists such approvals in ``Exchange.review_approvals``; the hold step in ``kanmon.review``
queues the request); the caller polls ``GET /v1/reviews/{id}`` and gets the completion then.
Any other condition is recorded, shown and cited, and left to people. Text that reads like
human review but is not written this way is refused when approving, so that no one believes
an unenforced condition is enforced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kanmon.errors import BadRequestError

HUMAN_REVIEW = "human_review"
_LOOKS_LIKE_REVIEW = re.compile(r"^\s*human[\s_-]*review", re.IGNORECASE)


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
