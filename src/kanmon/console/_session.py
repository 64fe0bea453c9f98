"""Console sessions: a virtual key (or an OIDC sign-in) exchanged for a random session id in
an HttpOnly, SameSite=Strict cookie (Secure over TLS). The store keeps only the id's SHA-256.

A key session re-reads its key on every page, so a revoked key or changed roles apply at once;
a session unused for ``idle_timeout_s`` or older than ``max_age_s`` is gone. Each session has
its own CSRF token, which every form sends back."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from kanmon.config import ConsoleSettings
from kanmon.core.principal import ROLES, Principal, Role
from kanmon.store import Database, KeyStore, console_sessions

COOKIE = "kanmon_console"
#: Before sign-in: the login form's CSRF token (double submit), or a pending OIDC sign-in.
LOGIN_COOKIE = "kanmon_login"
#: ``seen_at`` is written at most this often per session: a page view is otherwise read-only.
TOUCH_S = 30.0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(t: dt.datetime) -> dt.datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=dt.UTC)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


@dataclass(frozen=True, slots=True)
class Session:
    id: str  # the digest, never the cookie's value
    kind: str
    principal: Principal
    csrf: str
    created_at: dt.datetime


def principal_data(p: Principal) -> dict[str, Any]:
    return {
        "key_id": p.key_id,
        "name": p.name,
        "team": p.team,
        "roles": sorted(p.roles),
        "use_case": p.use_case,
        "owner": p.owner,
    }


def _principal(d: dict[str, Any]) -> Principal:
    roles: frozenset[Role] = frozenset(r for r in d.get("roles", ()) if r in ROLES)
    return Principal(
        key_id=str(d["key_id"]),
        name=str(d["name"]),
        team=str(d["team"]),
        roles=roles,
        use_case=d.get("use_case"),
        owner=d.get("owner"),
    )


class Sessions:
    def __init__(self, db: Database, keys: KeyStore, settings: ConsoleSettings) -> None:
        self.db = db
        self.keys = keys
        self.idle = dt.timedelta(seconds=settings.idle_timeout_s)
        self.max_age = dt.timedelta(seconds=settings.max_age_s)

    def create(self, kind: str, p: Principal, *, key_id: str | None = None) -> tuple[str, str]:
        """A new session for ``p``: (cookie value, CSRF token). Expired sessions are swept."""
        token, csrf, now = secrets.token_urlsafe(32), secrets.token_urlsafe(32), _now()
        with self.db.engine.begin() as conn:
            conn.execute(
                delete(console_sessions).where(console_sessions.c.seen_at < now - self.idle)
            )
            conn.execute(
                insert(console_sessions).values(
                    id=digest(token),
                    kind=kind,
                    key_id=key_id,
                    data=principal_data(p),
                    csrf=csrf,
                    created_at=now,
                    seen_at=now,
                )
            )
        return token, csrf

    def load(self, token: str) -> tuple[Session | None, str | None]:
        """The live session behind a cookie, or (None, why it is not)."""
        if not token:
            return None, None
        sid = digest(token)
        c = console_sessions.c
        with self.db.engine.connect() as conn:
            row = conn.execute(select(console_sessions).where(c.id == sid)).first()
        if row is None or row.kind == "pending":
            return None, "Your session ended; sign in again."
        now = _now()
        seen, created = _aware(row.seen_at), _aware(row.created_at)
        if now - seen > self.idle or now - created > self.max_age:
            self.end(token)
            return None, "You were signed out after a time without activity; sign in again."
        if row.kind == "key" and row.key_id is not None:
            p = self.keys.principal(row.key_id)
            if p is None:
                self.end(token)
                return None, "The key of this session was revoked; sign in again."
        else:
            p = _principal(row.data)
        if (now - seen).total_seconds() > TOUCH_S:
            with self.db.engine.begin() as conn:
                conn.execute(update(console_sessions).where(c.id == sid).values(seen_at=now))
        return Session(sid, row.kind, p, row.csrf, created), None

    def end(self, token: str) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(delete(console_sessions).where(console_sessions.c.id == digest(token)))

    # -- an OIDC sign-in under way ------------------------------------------------------------

    def pending(self, data: dict[str, Any]) -> str:
        token, now = secrets.token_urlsafe(32), _now()
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(console_sessions).values(
                    id=digest(token),
                    kind="pending",
                    data=data,
                    csrf="-",
                    created_at=now,
                    seen_at=now,
                )
            )
        return token

    def take_pending(self, token: str) -> dict[str, Any] | None:
        """The pending sign-in's data, once (it is deleted), if it is fresh."""
        if not token:
            return None
        c = console_sessions.c
        sid = digest(token)
        with self.db.engine.begin() as conn:
            row = conn.execute(select(console_sessions).where(c.id == sid)).first()
            conn.execute(delete(console_sessions).where(c.id == sid))
        if row is None or row.kind != "pending":
            return None
        if _now() - _aware(row.created_at) > dt.timedelta(minutes=10):
            return None
        return dict(row.data)
