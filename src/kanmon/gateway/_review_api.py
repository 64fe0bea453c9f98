"""The review queue: reviewers list, read and decide held requests; callers poll theirs."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from pydantic import BaseModel, ConfigDict, Field

from kanmon.core.principal import Principal
from kanmon.errors import NotFoundError, PermissionDeniedError
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.review import STATUSES, ReviewItem, ReviewStore, decide

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

    async def _decide(self, call: Call, *, approve: bool) -> Reply:
        rid = call.params["review_id"]
        req: Decide = call.body
        done = await asyncio.to_thread(
            decide,
            self._store(),
            self.owner_of,
            rid,
            call.principal,
            approve=approve,
            note=req.note,
            override=req.override_four_eyes,
        )
        ex = call.ex
        ex.review_id = rid
        ex.rule_ids = done.rule_ids
        ex.policy_version = done.item.policy_version
        ex.reasons.extend(done.reasons)
        return Reply(done.item.to_json())

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
