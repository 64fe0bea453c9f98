"""A conversation read back from the audit log's content: what ``previous_response_id`` of the
Responses API stands for. Kanmon keeps no conversation state of its own, so a conversation can
be continued only where its content was kept (mode ``full`` or ``encrypted``)."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import select

from kanmon.audit._content import ContentSealer
from kanmon.store import Database, audit_records


def stored_exchange(
    db: Database, sealer: ContentSealer, request_id: str, key_id: str, endpoint: str
) -> tuple[dict[str, Any], Any] | None:
    """The request and response kept for ``request_id``, if that record belongs to ``key_id``,
    came through ``endpoint`` and still has readable content; None otherwise (a record that is
    missing, another key's, erased, or kept only as a keyed hash all look the same)."""
    c = audit_records.c
    q = select(c.content).where(
        c.request_id == request_id, c.key_id == key_id, c.endpoint == endpoint
    )
    with db.engine.connect() as conn:
        envelope = conn.execute(q).scalar_one_or_none()
    if not envelope:
        return None
    env = orjson.loads(envelope)
    if env.get("mode") == "encrypted":
        if not sealer.has_key:
            return None
        env = sealer.open(envelope, request_id)
    elif env.get("mode") != "full":
        return None
    request = env.get("request")
    if not isinstance(request, dict):
        return None
    return request, env.get("response")
