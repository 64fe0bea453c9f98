"""Per-key rate limits and spend budgets: in process, shared through the gateway's store, or
shared through Redis."""

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
from kanmon.limits._store import Counters, StoreLimits

__all__ = [
    "NANO",
    "Counters",
    "Limits",
    "LocalLimits",
    "Rebuild",
    "RedisLimits",
    "Reservation",
    "StoreLimits",
    "completion_cap",
    "has_budget",
    "prompt_bound",
]
