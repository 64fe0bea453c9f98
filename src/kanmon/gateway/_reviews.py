"""Review-queue endpoints: reviewers list, read and decide held requests; callers poll theirs.

    GET  /admin/reviews?status=pending     reviewer, admin
    GET  /admin/reviews/{id}               reviewer, admin (the held request, its events)
    POST /admin/reviews/{id}/approve       reviewer, admin   body: {"note": "..."} (optional)
    POST /admin/reviews/{id}/reject        reviewer, admin
    GET  /v1/reviews/{id}                  the key that sent the request (or a reviewer)

Every call is audited; decisions are also events in the review store.
"""

from __future__ import annotations

import asyncio
from typing import Any

from kanmon.errors import BadRequestError, NotFoundError, PermissionDeniedError
from kanmon.gateway._asgi import Receive, Scope, Send, query_params, read_body, send_json
from kanmon.gateway._auth import require
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._proxy import Proxy
from kanmon.gateway._schemas import parse_json
from kanmon.review import ReviewItem, ReviewStore


class Reviews:
    def __init__(self, proxy: Proxy) -> None:
        self.proxy = proxy
        self.s = proxy.s

    def _store(self) -> ReviewStore:
        if self.s.reviews is None:
            raise NotFoundError(
                "No review queue: this gateway runs without a policy or governance.enforce.",
                code="review_not_found",
            )
        return self.s.reviews

    async def _done(self, ex: Exchange, send: Send, status: int, data: Any) -> None:
        ex.status = status
        await self.proxy._audit(ex)
        await send_json(send, status, data, [(b"x-request-id", ex.request_id.encode())])

    async def list(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="review.list")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "reviewer", "admin")
            q = query_params(scope)
            status = q.get("status", "pending")
            try:
                limit = int(q.get("limit", "50"))
            except ValueError:
                raise BadRequestError("limit must be an integer") from None
            items = await asyncio.to_thread(
                self._store().list, status=None if status == "all" else status, limit=limit
            )
            data = [{k: v for k, v in i.to_json().items() if k != "body"} for i in items]
            await self._done(ex, send, 200, {"object": "list", "data": data})
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def dispatch(self, scope: Scope, receive: Receive, send: Send, rest: str) -> None:
        """``rest`` is the path after ``/admin/reviews/``."""
        rid, _, verb = rest.partition("/")
        method = scope["method"]
        if method == "GET" and not verb:
            await self.show(scope, send, rid)
        elif method == "POST" and verb in ("approve", "reject"):
            await self.decide(scope, receive, send, rid, approve=verb == "approve")
        else:
            ex = Exchange(endpoint="review")
            await self.proxy._fail(
                ex, NotFoundError(f"No endpoint {scope['path']}.", code="not_found"), send
            )

    async def show(self, scope: Scope, send: Send, rid: str) -> None:
        ex = Exchange(endpoint="review.show")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "reviewer", "admin")
            store = self._store()
            item = await asyncio.to_thread(store.get, rid)
            await asyncio.to_thread(store.note_viewed, rid, p.key_id)
            events = await asyncio.to_thread(store.events, rid)
            ex.review_id = rid
            ex.reasons.append(f"review {rid} viewed")
            await self._done(ex, send, 200, {**item.to_json(), "events": events})
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def decide(
        self, scope: Scope, receive: Receive, send: Send, rid: str, *, approve: bool
    ) -> None:
        action = "approve" if approve else "reject"
        ex = Exchange(endpoint=f"review.{action}")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "reviewer", "admin")
            raw = await read_body(scope, receive, 64 * 1024)
            note = None
            if raw.strip():
                body = parse_json(raw)
                note = body.get("note") if isinstance(body, dict) else None
                if note is not None and not isinstance(note, str):
                    raise BadRequestError("note must be a string", param="note")
            item = await asyncio.to_thread(
                self._store().decide, rid, approve=approve, actor=p.key_id, note=note
            )
            ex.review_id = rid
            ex.decision = item.status
            ex.rule_ids = list(item.rule_ids)
            ex.policy_version = item.policy_version
            ex.reasons.append(f"review {rid} {item.status} by {p.name}")
            if note:
                ex.reasons.append(f"note: {note}")
            await self._done(ex, send, 200, item.to_json())
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    # -- the caller's side -------------------------------------------------------------------

    async def poll(self, scope: Scope, receive: Receive, send: Send, rid: str) -> None:
        ex = Exchange(endpoint="review.poll")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            store = self._store()
            item = await asyncio.to_thread(store.get, rid)
            if item.key_id != p.key_id and not p.has("reviewer"):
                raise PermissionDeniedError(
                    f"Review {rid} belongs to another key.", code="insufficient_role"
                )
            ex.review_id = rid
            if item.status == "approved" and item.key_id == p.key_id:
                if await asyncio.to_thread(store.claim, rid, p.key_id):
                    if item.kind == "output":  # the held response itself is released
                        await asyncio.to_thread(store.finish, rid, p.key_id, None, None)
                        ex.reasons.append(f"released held output of review {rid}")
                        item = await asyncio.to_thread(store.get, rid)
                    else:
                        item = await self._execute(item, ex)
            await self._done(ex, send, 200, item.summary())
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def _execute(self, item: ReviewItem, poll: Exchange) -> ReviewItem:
        """Run an approved request once, as policy decided it apart from the hold."""
        store = self._store()
        ex = Exchange(endpoint="chat.completions", principal=poll.principal, model=item.model)
        ex.review_id = item.id
        ex.data_class = item.data_class
        ex.policy_version = item.policy_version
        ex.rule_ids = list(item.rule_ids)
        ex.findings_in = dict(item.findings)
        ex.reasons = [*item.reasons, f"approved in review {item.id} by {item.decided_by}"]
        if self.s.policy is not None:
            ex.content_mode = self.s.policy.policy.audit_content_for(item.data_class, item.rule_ids)
        body = {k: v for k, v in item.body.items() if k not in ("stream", "stream_options")}
        ex.body = body
        deps = self.s.catalog.deployments
        ex.candidates = [
            deps[d] for d in item.deployments if d in deps and d in self.s.router.providers
        ]
        error: str | None = None
        result: dict[str, Any] | None = None
        try:
            gov = self.s.governance
            if gov is not None and gov.enforcer is not None:
                # the approval may have been revoked, suspended or expired while it waited
                await gov.enforcer(ex)
            if item.redact and self.s.policy is not None:
                from kanmon.policy._steps import redact_body, scan_body
                from kanmon.scan import Vault

                policy = self.s.policy.policy
                state = scan_body(policy, body)
                vault = Vault(reserved="\x00".join(s.text for s in state.slots))
                redact_body(policy, state, set(item.redact), vault)
                ex.state["vault"] = vault
            result = await self.s.router.chat(ex, body)
            self.s.pipeline.served(ex)  # e.g. cite the approval of the deployment that served
            result["model"] = ex.model
            result = self.s.pipeline.after_response(ex, result)
            ex.status = 200
        except Exception as e:
            error = str(e) or type(e).__name__
            ex.status = getattr(e, "status", 500)
            ex.error_code = getattr(e, "code", "internal_error")
        await self.proxy._audit(ex)
        await asyncio.to_thread(
            store.finish, item.id, poll.principal.key_id if poll.principal else "?", result, error
        )
        poll.reasons.append(f"executed approved review {item.id} as {ex.request_id}")
        return await asyncio.to_thread(store.get, item.id)
