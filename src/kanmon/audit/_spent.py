"""What a key spent since a moment, as the audit log has it: the source a lost budget window is
rebuilt from (limits). Summed in SQL over the (key_id, ts) index; tokens live in the record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from kanmon.store import Database, guarded

_SQLITE = """
SELECT COALESCE(SUM(COALESCE(json_extract(record, '$.prompt_tokens'), 0)
                  + COALESCE(json_extract(record, '$.completion_tokens'), 0)), 0),
       COALESCE(SUM(CAST(cost_usd * :unit AS INTEGER)), 0)
FROM audit_records WHERE key_id = :key AND ts >= :since
"""
_PG = """
SELECT COALESCE(SUM(COALESCE((record::jsonb ->> 'prompt_tokens')::bigint, 0)
                  + COALESCE((record::jsonb ->> 'completion_tokens')::bigint, 0)), 0),
       COALESCE(SUM(trunc(cost_usd * CAST(:unit AS double precision))::bigint), 0)
FROM audit_records WHERE key_id = :key AND ts >= :since
"""


def spent_since(db: Database, key_id: str, since: float, *, unit: int) -> tuple[int, int]:
    """Tokens and cost (in ``1/unit`` USD, each record truncated as a settle charges it) of
    every record of ``key_id`` stamped at or after ``since`` (epoch seconds).

    A record of unknown cost (``cost_usd`` NULL) adds tokens but no USD, which is what its
    settle charged: the reserve step never admits such a request for a key with a USD budget,
    so it only reaches keys whose USD count nothing checks."""
    start = dt.datetime.fromtimestamp(since, dt.UTC).isoformat()
    sql = _SQLITE if db.is_sqlite else _PG
    with guarded(), db.engine.connect() as conn:
        row = conn.execute(text(sql), {"key": key_id, "since": start, "unit": unit}).one()
    return int(row[0]), int(row[1])
