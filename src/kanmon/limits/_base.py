"""Rate limits and spend budgets per key: the contract and the worst-case estimate.

A budgeted request *reserves* its worst case before the upstream call and *settles* to the
actual usage afterwards. The check ``spent + held + request <= budget`` and the hold happen in
one atomic step (one Lua script in Redis, one event-loop step in process), so parallel requests
can never together spend more than the budget, as long as the worst case bounds the actual
usage; the gateway makes sure it does by capping ``max_tokens`` at the reserved amount.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Protocol

import orjson

from kanmon.core.principal import Principal
from kanmon.errors import RateLimitError, ServiceUnavailableError
from kanmon.ratelog import Throttle

NANO = 1_000_000_000  # budgets in USD are counted in integer nano-dollars


@dataclass(frozen=True, slots=True)
class Reservation:
    """What one request holds against one budget window until it settles. ``hold_id`` names
    the hold where the backend keeps it by name (Redis), so a settle can be retried safely."""

    key_id: str
    window: int
    period_s: int
    tokens: int
    nano_usd: int
    hold_id: str = ""


class Limits(Protocol):
    async def admit(self, p: Principal) -> None:
        """Count one request against the key's requests/minute; raise ``RateLimitError``."""

    async def reserve(self, p: Principal, tokens: int, usd: float) -> Reservation | None:
        """Hold a worst case against the key's budget; None if the key has no budget."""

    async def settle(self, r: Reservation, tokens: int, usd: float) -> None:
        """Release the hold and charge the actual usage. A backend that cannot reach its store
        keeps retrying in the background rather than raise: the request was served."""

    async def usage(self, p: Principal) -> dict[str, float]:
        """Spent and held amounts in the current budget window."""

    async def close(self) -> None: ...


def has_budget(p: Principal) -> bool:
    return p.budget_period_s is not None and (
        p.budget_tokens is not None or p.budget_usd is not None
    )


def window_of(p: Principal, now: float | None = None) -> tuple[int, int]:
    period = p.budget_period_s or 1
    t = time.time() if now is None else now
    return int(t // period), period


def budget_error(p: Principal, what: str, period: int, window: int) -> RateLimitError:
    reset = max(1, int((window + 1) * period - time.time()))
    limit = f"{p.budget_tokens} tokens" if what == "tokens" else f"{p.budget_usd} USD"
    return RateLimitError(
        f"Budget of {limit} per {period} s reached for key {p.key_id!r} (spent and held by "
        f"requests in flight); it resets in about {reset} s.",
        retry_after_s=reset,
        code="budget_exceeded",
    )


def rpm_error(p: Principal, now: float) -> RateLimitError:
    retry = max(1, int(60 - now % 60))
    return RateLimitError(
        f"Rate limit of {p.rpm_limit} requests per minute reached for key {p.key_id!r}; "
        f"retry in about {retry} s.",
        retry_after_s=retry,
    )


def prompt_bound(body: dict[str, Any]) -> int:
    """An upper bound on prompt tokens: byte-level BPE tokenizers never emit more tokens than
    the UTF-8 bytes they read, and the serialised messages include roles and separators."""
    msgs = body.get("messages")
    if msgs is None:
        inp = body.get("input")
        return len(orjson.dumps(inp)) + 8 if inp is not None else 8
    return len(orjson.dumps(msgs)) + 8 * (len(msgs) if isinstance(msgs, list) else 1) + 16


def completion_cap(body: dict[str, Any], default: int) -> int:
    """The completion tokens a request may use; sets ``max_tokens`` when the caller did not,
    so the actual usage cannot outgrow the reservation."""
    n = body.get("n") or 1
    cap = body.get("max_completion_tokens") or body.get("max_tokens")
    if not isinstance(cap, int) or cap < 1:
        cap = default
        body["max_tokens"] = cap
    return int(cap) * (n if isinstance(n, int) and n > 0 else 1)


def counter_unavailable(throttle: Throttle, where: str, e: Exception) -> ServiceUnavailableError:
    """Limits fail closed: without the counters nobody can be counted. Logged once per kind of
    failure and interval; the error the request is refused with."""
    throttle.warning(
        f"{where}:{type(e).__name__}",
        "limits: %s unavailable: %s: %s",
        where,
        type(e).__name__,
        e,
    )
    return ServiceUnavailableError(
        f"The rate-limit store is unavailable ({type(e).__name__}), so the request was not "
        "admitted."
    )
