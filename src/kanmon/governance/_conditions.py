"""Approval conditions Kanmon acts on at runtime, and the ones it records for people.

Enforced:

- ``human_review`` (or ``human_review: <note for the reviewer>``): a chat request that may be
  served under the approval waits in the review queue until a reviewer approves it (the
  approval step lists such approvals in ``Exchange.review_approvals``; the hold step in
  ``kanmon.review`` queues the request); the caller polls ``GET /v1/reviews/{id}``.
- ``max_monthly_users: N``: once N distinct end users (the requests' ``user`` or
  ``safety_identifier``) were served by the deployment this calendar month, a new end user is
  refused under this approval; a warning header from ``governance.threshold_warn_share`` of N.
  Added from the licence's ``mau_threshold`` when crossing it needs a separate licence.
- ``track_monthly_users: N``: counted and warned as above, never refused (a licence whose
  threshold only changes the attribution duty).

Recorded: ``acknowledged <obligation>: <what>`` (the approver acknowledged a licence duty, e.g.
``acknowledged attribution: Built with Llama``) and any other text. Text that reads like an
enforced condition but is not written as one is refused when approving, so that no one
believes an unenforced condition is enforced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kanmon.errors import BadRequestError

HUMAN_REVIEW = "human_review"
MAX_USERS = "max_monthly_users"
TRACK_USERS = "track_monthly_users"
ACKNOWLEDGED = "acknowledged"
_LOOKS_LIKE_REVIEW = re.compile(r"^\s*human[\s_-]*review", re.IGNORECASE)
_LOOKS_LIKE_USERS = re.compile(r"^\s*(max|track)[\s_-]*monthly[\s_-]*users", re.IGNORECASE)
_USERS = re.compile(rf"^({MAX_USERS}|{TRACK_USERS}):\s*([0-9][0-9_,]*)\s*$")


def needs_review(conditions: Iterable[str]) -> bool:
    return any(c == HUMAN_REVIEW or c.startswith(HUMAN_REVIEW + ":") for c in conditions)


@dataclass(frozen=True, slots=True)
class UserLimit:
    """The monthly end-user count an approval watches: ``refuse`` past it, or only warn."""

    users: int
    refuse: bool


def user_limit(conditions: Iterable[str]) -> UserLimit | None:
    """The tightest user-count condition among ``conditions`` (a refusing one first)."""
    found = [p for c in conditions if (p := _parse_users(c)) is not None]
    if not found:
        return None
    return min(found, key=lambda u: (not u.refuse, u.users))


def _parse_users(condition: str) -> UserLimit | None:
    m = _USERS.match(condition)
    if m is None:
        return None
    return UserLimit(int(m.group(2).replace(",", "").replace("_", "")), m.group(1) == MAX_USERS)


def satisfies(conditions: Iterable[str], required: str) -> bool:
    """Whether ``conditions`` include ``required`` (``human_review`` is met by
    ``human_review: note`` too)."""
    return any(c == required or c.startswith(required + ":") for c in conditions)


def check_conditions(conditions: Iterable[str]) -> tuple[str, ...]:
    """The conditions of a new approval, stripped; a malformed enforced one is refused."""
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
        if _LOOKS_LIKE_USERS.match(c):
            limit = _parse_users(c)
            if limit is None or limit.users < 1:
                raise BadRequestError(
                    f"condition {c!r}: write '{MAX_USERS}: <N>' (refuse new end users past N "
                    f"a month) or '{TRACK_USERS}: <N>' (warn only), N a positive integer",
                    param="conditions",
                    code="invalid_condition",
                )
        out.append(c)
    return tuple(out)
