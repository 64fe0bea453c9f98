"""The audit step: every exchange ends as a record on the Merkle log, durable before the caller
sees the end of the response (unless ``audit.durable_before_response`` is off); the budget the
request held is settled while the commit is under way."""

from __future__ import annotations

import logging

from kanmon.audit._content import ContentSealer
from kanmon.audit._writer import AuditUnavailable, AuditWriter
from kanmon.core.decision import ContentMode
from kanmon.errors import KanmonError, ServiceUnavailableError
from kanmon.limits import Limits
from kanmon.request import Exchange

log = logging.getLogger("kanmon.audit")


class AuditStep:
    def __init__(
        self,
        writer: AuditWriter,
        sealer: ContentSealer,
        limits: Limits,
        *,
        durable: bool,
        content: ContentMode,
    ) -> None:
        self.writer = writer
        self.sealer = sealer
        self.limits = limits
        self.durable = durable
        self.content: ContentMode = content

    def keeps_content(self, ex: Exchange) -> bool:
        return (ex.content_mode or self.content) != "none"

    async def finish(self, ex: Exchange) -> None:
        rec = ex.record()
        envelope = None
        mode = ex.content_mode or self.content
        if mode != "none":  # the content hand-over: nothing is serialised for mode none
            try:
                sealed = self.sealer.seal(mode, ex.request_id, ex.body, ex.response)
            except (ValueError, KanmonError) as e:  # e.g. a policy named an unknown mode
                log.error("audit content of %s not kept: %s", ex.request_id, e)
                sealed, rec.content = None, {"mode": str(mode), "error": "not kept"}
            if sealed is not None:
                envelope, rec.content = sealed
        fut = self.writer.submit(rec, wait=self.durable, content=envelope)
        if ex.reservation is not None:  # its round trip overlaps the group commit
            r, ex.reservation = ex.reservation, None
            try:
                # an unknown cost only reaches a key without a USD budget (the reserve step
                # refuses it otherwise), whose USD count it cannot exceed
                usd = rec.cost_usd if rec.cost_usd is not None else 0.0
                await self.limits.settle(r, rec.prompt_tokens + rec.completion_tokens, usd)
            except ServiceUnavailableError as e:
                log.warning("budget of %s not settled: %s", r.key_id, e.message)
        if fut is not None:
            try:
                await fut
            except AuditUnavailable as e:
                raise e.request_error() from None

    def abandon(self, ex: Exchange) -> None:
        """Nobody can wait for the commit any more, but the record still goes to the writer,
        which flushes its queue before it stops."""
        self.writer.submit(ex.record(), wait=False)
