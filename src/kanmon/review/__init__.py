"""The human review queue: requests held by policy wait here for a reviewer's decision."""

from kanmon.review._store import (
    STATUSES,
    ReviewItem,
    ReviewStore,
    Status,
    action_record,
    new_review_id,
)

__all__ = ["STATUSES", "ReviewItem", "ReviewStore", "Status", "action_record", "new_review_id"]
