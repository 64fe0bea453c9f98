"""The human review queue: requests held by policy wait here for a reviewer's decision."""

from kanmon.review._decide import OVERRIDE_RULE, Decided, decide, four_eyes
from kanmon.review._hold import HoldStep
from kanmon.review._store import (
    STATUSES,
    Kind,
    ReviewItem,
    ReviewStore,
    Status,
    action_record,
    new_review_id,
)

__all__ = [
    "OVERRIDE_RULE",
    "STATUSES",
    "Decided",
    "HoldStep",
    "Kind",
    "ReviewItem",
    "ReviewStore",
    "Status",
    "action_record",
    "decide",
    "four_eyes",
    "new_review_id",
]
