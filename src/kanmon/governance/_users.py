"""Distinct end users per deployment and calendar month (UTC), for licence user-count
thresholds.

An end user is the request's ``safety_identifier`` or ``user`` (OpenAI's fields for the
application's own user id), kept only as a 128-bit BLAKE2b digest: the audit record carries the
digest (``end_user``), never the id. Each worker counts what it serves at once and reads what
the other workers and replicas served from the audit log on every governance refresh, so the
count is shared through the log and survives a restart without a table of its own. Memory is
one digest per user and deployment (about 100 bytes) for the current month only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from typing import Any

from kanmon.audit import iter_records
from kanmon.store import Database

_PERSON = b"kanmon-end-user"


def end_user_id(body: dict[str, Any] | None) -> str | None:
    """The digest of the request's end-user id, or None when it names none."""
    if not body:
        return None
    raw = body.get("safety_identifier") or body.get("user")
    if not isinstance(raw, str) or not raw:
        return None
    return hashlib.blake2b(raw.encode(), digest_size=16, person=_PERSON).hexdigest()


def month_of(ts: str) -> str:
    """``YYYY-MM`` of an ISO timestamp in UTC (as the audit log writes them)."""
    return ts[:7]


def month_start(month: str) -> dt.datetime:
    year, mon = month.split("-")
    return dt.datetime(int(year), int(mon), 1, tzinfo=dt.UTC)


class MonthlyUsers:
    """``count(deployment, month)``; ``add`` from the request path, ``sync`` from the log.

    Only the current month is kept: a request of a new month starts a fresh count (the
    thresholds count per calendar month)."""

    def __init__(self) -> None:
        self.month = ""
        self._users: dict[str, set[str]] = {}
        self._cursor: int | None = None
        self._lock = threading.Lock()

    def _roll(self, month: str) -> dict[str, set[str]] | None:
        """The sets of ``month``: a later month replaces the held one, an earlier one is not
        counted any more (None)."""
        if month == self.month:
            return self._users
        if month < self.month:
            return None
        with self._lock:
            if month > self.month:
                self.month, self._users = month, {}
            return self._users if month == self.month else None

    def add(self, deployment: str, month: str, user: str) -> None:
        users = self._roll(month)
        if users is not None:
            users.setdefault(deployment, set()).add(user)

    def count(self, deployment: str, month: str) -> int:
        if month != self.month:
            return 0
        return len(self._users.get(deployment, ()))

    def seen(self, deployment: str, month: str, user: str) -> bool:
        return month == self.month and user in self._users.get(deployment, ())

    def sync(self, db: Database, now: dt.datetime | None = None) -> int:
        """Add what the log holds of the current month since the last sync; the number of
        records read."""
        now = now or dt.datetime.now(dt.UTC)
        month = month_of(now.astimezone(dt.UTC).isoformat())
        read = 0
        for rec in iter_records(db, since=month_start(month), after_seq=self._cursor):
            read += 1
            self._cursor = rec["seq"]
            user, dep = rec.get("end_user"), rec.get("deployment")
            if user and dep and 200 <= int(rec.get("status") or 0) < 400:
                self.add(dep, month_of(rec["ts"]), user)
        self._roll(month)
        return read
