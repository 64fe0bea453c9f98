"""Retention and erasure: remove stored content, keep the record and its leaf hash.

The record carries only the digest of its content envelope, so erasing the envelope leaves the
leaf, the tree and every signed head intact: the log still verifies, and shows when content was
erased. The erasure itself is an audited admin action (gateway) or an operator command (CLI).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, update

from kanmon.errors import BadRequestError
from kanmon.store import Database, audit_records


def erase_content(
    db: Database,
    *,
    request_ids: list[str] | None = None,
    key_id: str | None = None,
    before: dt.datetime | None = None,
) -> int:
    """Erase content of the matching records; returns how many were erased. At least one
    selector is required (erasing everything is ``before=now``, said explicitly)."""
    r = audit_records.c
    conds: list[ColumnElement[bool]] = [r.content.is_not(None)]
    if request_ids:
        conds.append(r.request_id.in_(request_ids))
    if key_id:
        conds.append(r.key_id == key_id)
    if before is not None:
        if before.tzinfo is None:
            raise BadRequestError("the retention cutoff needs a timezone")
        conds.append(r.ts < before.astimezone(dt.UTC).isoformat())
    if len(conds) == 1:
        raise BadRequestError("say which records to erase: request ids, a key id or a cutoff")
    now = dt.datetime.now(dt.UTC).isoformat()
    with db.engine.begin() as conn:
        res = conn.execute(update(audit_records).where(*conds).values(content=None, erased_at=now))
    return int(res.rowcount)


#: The longest retention a cutoff may name (a hundred years): the admin API's bound too.
MAX_RETENTION_DAYS = 36_500


def apply_retention(db: Database, days: float) -> int:
    """Erase the content of records older than ``days``."""
    if not 0 < days <= MAX_RETENTION_DAYS:  # NaN fails both comparisons
        raise BadRequestError(
            f"retention days must be more than 0 and at most {MAX_RETENTION_DAYS:,}"
        )
    return erase_content(db, before=dt.datetime.now(dt.UTC) - dt.timedelta(days=days))
