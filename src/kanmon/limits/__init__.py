"""Per-key rate limits and spend budgets: in process by default, shared through Redis."""

from kanmon.limits._base import (
    NANO,
    Limits,
    Reservation,
    completion_cap,
    has_budget,
    prompt_bound,
)
from kanmon.limits._local import LocalLimits
from kanmon.limits._redis import Rebuild, RedisLimits

__all__ = [
    "NANO",
    "Limits",
    "LocalLimits",
    "Rebuild",
    "RedisLimits",
    "Reservation",
    "completion_cap",
    "has_budget",
    "prompt_bound",
]
