"""The review queue: reviewers list, read and decide held requests; callers poll theirs."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from pydantic import BaseModel, ConfigDict, Field

from kanmon.core.principal import Principal
from kanmon.errors import NotFoundError, PermissionDeniedError
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.review import STATUSES, ReviewItem, ReviewStore

#: Runs an approved request through the request path: (the item after it ran, its request id).
RunReviewed = Callable[[ReviewItem, Principal], Awaitable[tuple[ReviewItem, str]]]


class ReviewList(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: str = Field(default="pending", pattern="^(" + "|".join((*STATUSES, "all")) + ")$")
    limit: int = Field(default=50, ge=1, le=1000)


class Decide(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str | None = Field(default=None, max_length=2000)
    #: Admins only: decide a request sent by one of your own keys. Recorded as an override.
    override_four_eyes: bool = False


class ReviewApi:
    def __init__(
        self,
        reviews: ReviewStore | None,
        run_reviewed: RunReviewed,
        owner_of: Callable[[str], str],
    ) -> None:
        self.reviews = reviews
        self.run_reviewed = run_reviewed
        #: Key id → whom it belongs to (its owner, or the key itself).
        self.owner_of = owner_of

    def _store(self) -> ReviewStore:
        if self.reviews is None:
            raise NotFoundError(
                "No review queue: this gateway runs without a policy or governance.enforce.",
                code="review_not_found",
            )
        return self.reviews

    @endpoint("GET", "/admin/reviews", "review.list", roles=("reviewer", "admin"), query=ReviewList)
    async def list(self, call: Call) -> Reply:
        """Held requests by status (pending by default), without their bodies."""
        q: ReviewList = call.query
        status = None if q.status == "all" else q.status
        items = await asyncio.to_thread(self._store().list, status=status, limit=q.limit)
        data = [{k: v for k, v in i.to_json().items() if k != "body"} for i in items]
        return Reply({"object": "list", "data": data})

    @endpoint("GET", "/admin/reviews/{review_id}", "review.show", roles=("reviewer", "admin"))
    async def show(self, call: Call) -> Reply:
        """A held request in full, with every event on it."""
        rid = call.params["review_id"]
        store = self._store()
        item = await asyncio.to_thread(store.get, rid)
        await asyncio.to_thread(store.note_viewed, rid, call.principal.key_id)
        events = await asyncio.to_thread(store.events, rid)
        call.ex.review_id = rid
        call.ex.reasons.append(f"review {rid} viewed")
        return Reply({**item.to_json(), "events": events})

    @endpoint(
        "POST",
        "/admin/reviews/{review_id}/approve",
        "review.approve",
        roles=("reviewer", "admin"),
        body=Decide,
    )
    async def approve(self, call: Call) -> Reply:
        """Approve a held request; the caller's next poll runs it once."""
        return await self._decide(call, approve=True)

    @endpoint(
        "POST",
        "/admin/reviews/{review_id}/reject",
        "review.reject",
        roles=("reviewer", "admin"),
        body=Decide,
    )
    async def reject(self, call: Call) -> Reply:
        """Reject a held request; it never runs."""
        return await self._decide(call, approve=False)

    async def _four_eyes(self, call: Call, item: ReviewItem, override: bool) -> bool:
        """Whoever sent a request (that key, or any key of its owner) may not decide it. An
        admin may, with ``override_four_eyes``; True when that override is used."""
        p = call.principal
        if item.key_id is None:
            return False
        own = item.key_id == p.key_id
        if not own:
            theirs = await asyncio.to_thread(self.owner_of, item.key_id)
            own = theirs == (p.owner or f"key:{p.key_id}")
        if not own:
            return False
        if not override:
            raise PermissionDeniedError(
                f"Review {item.id} holds a request sent by your own key or another key of its "
                "owner; another reviewer must decide it (four eyes).",
                code="four_eyes",
            )
        if "admin" not in p.roles:
            raise PermissionDeniedError(
                "Only an admin key may override four eyes.", code="four_eyes"
            )
        return True

    async def _decide(self, call: Call, *, approve: bool) -> Reply:
        rid = call.params["review_id"]
        req: Decide = call.body
        p = call.principal
        store = self._store()
        override = await self._four_eyes(
            call, await asyncio.to_thread(store.get, rid), req.override_four_eyes
        )
        note = f"[four-eyes override] {req.note or ''}".strip() if override else req.note
        item = await asyncio.to_thread(
            store.decide, rid, approve=approve, actor=p.key_id, note=note
        )
        ex = call.ex
        ex.review_id = rid
        ex.rule_ids = list(item.rule_ids)
        ex.policy_version = item.policy_version
        ex.reasons.append(f"review {rid} {item.status} by {p.name}")
        if override:
            ex.rule_ids.append("review.four_eyes_override")
            ex.reasons.append(f"four-eyes override: {p.name} decided a request of their own")
        if req.note:
            ex.reasons.append(f"note: {req.note}")
        return Reply(item.to_json())

    # -- the caller's side -------------------------------------------------------------------

    @endpoint("GET", "/v1/reviews/{review_id}", "review.poll", roles=("app", "reviewer"))
    async def poll(self, call: Call) -> Reply:
        """The state of your held request; once approved, this call runs it and returns the
        completion."""
        rid = call.params["review_id"]
        p = call.principal
        store = self._store()
        item = await asyncio.to_thread(store.get, rid)
        if item.key_id != p.key_id and not p.has("reviewer"):
            raise PermissionDeniedError(
                f"Review {rid} belongs to another key.", code="insufficient_role"
            )
        call.ex.review_id = rid
        if item.status == "approved" and item.key_id == p.key_id:
            if await asyncio.to_thread(store.claim, rid, p.key_id):
                if item.kind == "output":  # the held response itself is released
                    await asyncio.to_thread(store.finish, rid, p.key_id, None, None)
                    call.ex.reasons.append(f"released held output of review {rid}")
                    item = await asyncio.to_thread(store.get, rid)
                else:
                    item, ran_as = await self.run_reviewed(item, p)
                    call.ex.reasons.append(f"executed approved review {rid} as {ran_as}")
        return Reply(item.summary())
