"""Deciding a held request, as every entry point (admin API, console, CLI) must: four eyes (who
sent a request may not decide it), an admin override that is explicit and recorded, and the
audit fields of the decision."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kanmon.core.principal import Principal
from kanmon.errors import PermissionDeniedError
from kanmon.review._store import ReviewItem, ReviewStore

OVERRIDE_RULE = "review.four_eyes_override"


def four_eyes(
    item: ReviewItem, p: Principal, owner_of: Callable[[str], str], override: bool
) -> bool:
    """Whoever sent a request (that key, or any key of its owner) may not decide it. An admin
    may, with ``override``; True when that override is used."""
    if item.key_id is None:
        return False
    own = item.key_id == p.key_id
    if not own:
        own = owner_of(item.key_id) == (p.owner or f"key:{p.key_id}")
    if not own:
        return False
    if not override:
        raise PermissionDeniedError(
            f"Review {item.id} holds a request sent by your own key or another key of its "
            "owner; another reviewer must decide it (four eyes).",
            code="four_eyes",
        )
    if "admin" not in p.roles:
        raise PermissionDeniedError("Only an admin key may override four eyes.", code="four_eyes")
    return True


@dataclass(frozen=True, slots=True)
class Decided:
    item: ReviewItem
    #: What the decision's audit record adds: rule ids and reasons.
    rule_ids: list[str]
    reasons: list[str]


def decide(
    store: ReviewStore,
    owner_of: Callable[[str], str],
    rid: str,
    p: Principal,
    *,
    approve: bool,
    note: str | None,
    override: bool = False,
) -> Decided:
    """Approve or reject a pending held request as ``p`` (blocking: run it in a thread)."""
    used = four_eyes(store.get(rid), p, owner_of, override)
    stored_note = f"[four-eyes override] {note or ''}".strip() if used else note
    item = store.decide(rid, approve=approve, actor=p.key_id, note=stored_note)
    rule_ids = list(item.rule_ids)
    reasons = [f"review {rid} {item.status} by {p.name}"]
    if used:
        rule_ids.append(OVERRIDE_RULE)
        reasons.append(f"four-eyes override: {p.name} decided a request of their own")
    if note:
        reasons.append(f"note: {note}")
    return Decided(item, rule_ids, reasons)
