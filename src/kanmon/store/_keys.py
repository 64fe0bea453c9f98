"""Virtual API keys. Only a SHA-256 of each key is stored: keys are 256-bit random, so a fast
hash is safe (no dictionary to attack) and keeps authentication off the CPU budget."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from kanmon.core.principal import ROLES, Principal, Role
from kanmon.core.territory import parse_codes
from kanmon.errors import BadRequestError, NotFoundError, StoreUnavailableError
from kanmon.store._db import Database
from kanmon.store._tables import api_keys
from kanmon.store._unavailable import guarded

KEY_PREFIX = "km-"


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """A key as listed to admins: never the secret, never the hash."""

    id: str
    name: str
    team: str
    roles: tuple[str, ...]
    use_case: str | None
    models: tuple[str, ...]
    rpm_limit: int | None
    data_class: str | None
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    budget_usd: float | None = None
    budget_tokens: int | None = None
    budget_period_s: int | None = None
    #: Who the key belongs to (a person or service); None: the key stands for itself.
    owner: str | None = None
    #: Where the key's callers are (ISO 3166-1 codes, ``EU``); empty: not stated.
    territory: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "team": self.team,
            "roles": list(self.roles),
            "use_case": self.use_case,
            "models": list(self.models),
            "rpm_limit": self.rpm_limit,
            "data_class": self.data_class,
            "budget_usd": self.budget_usd,
            "budget_tokens": self.budget_tokens,
            "budget_period_s": self.budget_period_s,
            "owner": self.owner,
            "territory": list(self.territory),
            "created_at": self.created_at.isoformat(),
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "active": self.active,
        }


def _check_roles(roles: Iterable[str]) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        if r not in ROLES:
            raise BadRequestError(
                f"unknown role {r!r}; expected one of {', '.join(ROLES)}", param="roles"
            )
        out.append(r)
    if not out:
        raise BadRequestError("a key needs at least one role", param="roles")
    return out


#: The most each limit may be: what its column holds on every backend (PostgreSQL's
#: ``integer`` for the rate and the period, ``bigint`` for tokens); a USD budget is a
#: finite amount below a quadrillion.
MAX_RPM = MAX_BUDGET_PERIOD_S = 2**31 - 1
MAX_BUDGET_TOKENS = 2**63 - 1
MAX_BUDGET_USD = 1e15


def _check_limits(
    rpm: int | None, usd: float | None, tokens: int | None, period: int | None
) -> None:
    if rpm is not None and not 1 <= rpm <= MAX_RPM:
        raise BadRequestError(f"rpm_limit must be from 1 to {MAX_RPM:,}", param="rpm_limit")
    if usd is not None and not 0 < usd <= MAX_BUDGET_USD:  # NaN fails both comparisons
        raise BadRequestError(
            f"budget_usd must be more than 0 and at most {MAX_BUDGET_USD:,.0f}", param="budget_usd"
        )
    if tokens is not None and not 1 <= tokens <= MAX_BUDGET_TOKENS:
        raise BadRequestError(
            f"budget_tokens must be from 1 to {MAX_BUDGET_TOKENS:,}", param="budget_tokens"
        )
    if period is not None and not 1 <= period <= MAX_BUDGET_PERIOD_S:
        raise BadRequestError(
            f"budget_period_s must be from 1 to {MAX_BUDGET_PERIOD_S:,} seconds",
            param="budget_period_s",
        )
    if (usd is not None or tokens is not None) and period is None:
        raise BadRequestError(
            "a budget needs budget_period_s (seconds, e.g. 86400 for a day)",
            param="budget_period_s",
        )


class KeyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(
        self,
        *,
        name: str,
        team: str,
        roles: Iterable[str] = ("app",),
        use_case: str | None = None,
        models: Iterable[str] = (),
        rpm_limit: int | None = None,
        data_class: str | None = None,
        created_by: str | None = None,
        budget_usd: float | None = None,
        budget_tokens: int | None = None,
        budget_period_s: int | None = None,
        owner: str | None = None,
        territory: Iterable[str] = (),
    ) -> tuple[str, KeyInfo]:
        """Create a key; the secret is returned once and never stored."""
        checked = _check_roles(roles)
        if not name.strip() or not team.strip():
            raise BadRequestError("a key needs a non-empty name and team", param="name")
        _check_limits(rpm_limit, budget_usd, budget_tokens, budget_period_s)
        try:
            where = parse_codes(territory)
        except ValueError as e:
            raise BadRequestError(str(e), param="territory") from None
        key_id = secrets.token_hex(6)
        secret = f"{KEY_PREFIX}{key_id}-{secrets.token_urlsafe(32)}"
        now = dt.datetime.now(dt.UTC)
        row = {
            "id": key_id,
            "key_hash": hash_key(secret),
            "name": name,
            "team": team,
            "roles": sorted(set(checked)),
            "use_case": use_case,
            "models": sorted(set(models)),
            "rpm_limit": rpm_limit,
            "data_class": data_class,
            "created_at": now,
            "created_by": created_by,
            "revoked_at": None,
            "budget_usd": budget_usd,
            "budget_tokens": budget_tokens,
            "budget_period_s": budget_period_s,
            "owner": (owner or "").strip() or None,
            "territory": list(where) or None,
        }
        with self.db.engine.begin() as conn:
            conn.execute(api_keys.insert().values(**row))
        return secret, _info(row)

    def list(self, *, include_revoked: bool = False) -> list[KeyInfo]:
        q = select(api_keys).order_by(api_keys.c.created_at)
        if not include_revoked:
            q = q.where(api_keys.c.revoked_at.is_(None))
        with self.db.engine.connect() as conn:
            return [_info(dict(r._mapping)) for r in conn.execute(q)]

    def revoke(self, key_id: str) -> KeyInfo:
        now = dt.datetime.now(dt.UTC)
        with self.db.engine.begin() as conn:
            res = conn.execute(
                update(api_keys)
                .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
                .values(revoked_at=now)
            )
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
        if row is None:
            raise NotFoundError(f"no key with id {key_id!r}", code="key_not_found")
        if res.rowcount == 0 and row.revoked_at is None:  # pragma: no cover - race only
            raise NotFoundError(f"key {key_id!r} could not be revoked", code="key_not_found")
        return _info(dict(row._mapping))

    def lookup(self, secret: str) -> Principal | None:
        """The principal for a presented key, or None if unknown or revoked. Raises
        ``StoreUnavailableError`` when the database cannot answer now."""
        return self._principal(api_keys.c.key_hash == hash_key(secret))

    def principal(self, key_id: str) -> Principal | None:
        """The principal of an active key by its public id (a console session re-reads its
        key on every page, so a revocation or a change of roles applies at once)."""
        return self._principal(api_keys.c.id == key_id)

    def _principal(self, where: Any) -> Principal | None:
        if self.db.silent():
            raise StoreUnavailableError("The database did not answer just now; retry shortly.")
        with guarded(self.db), self.db.engine.connect() as conn:
            row = conn.execute(
                select(api_keys).where(where, api_keys.c.revoked_at.is_(None))
            ).first()
        if row is None:
            return None
        return Principal(
            key_id=row.id,
            name=row.name,
            team=row.team,
            roles=frozenset(row.roles),
            use_case=row.use_case,
            models=frozenset(row.models),
            rpm_limit=row.rpm_limit,
            data_class=row.data_class,
            budget_usd=row.budget_usd,
            budget_tokens=row.budget_tokens,
            budget_period_s=row.budget_period_s,
            owner=row.owner,
            territory=frozenset(row.territory or ()),
        )

    def owner_of(self, key_id: str) -> str:
        """Whom a key belongs to: its owner, or the key itself when it names none."""
        with self.db.engine.connect() as conn:
            row = conn.execute(select(api_keys.c.owner).where(api_keys.c.id == key_id)).first()
        return row.owner if row is not None and row.owner else f"key:{key_id}"


def _info(row: Mapping[str, Any]) -> KeyInfo:
    created: dt.datetime = row["created_at"]
    revoked: dt.datetime | None = row["revoked_at"]
    # SQLite drops the timezone of DateTime(timezone=True); every timestamp we write is UTC.
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    if revoked is not None and revoked.tzinfo is None:
        revoked = revoked.replace(tzinfo=dt.UTC)
    return KeyInfo(
        id=str(row["id"]),
        name=str(row["name"]),
        team=str(row["team"]),
        roles=tuple(row["roles"]),
        use_case=row["use_case"],
        models=tuple(row["models"]),
        rpm_limit=row["rpm_limit"],
        data_class=row["data_class"],
        created_at=created,
        revoked_at=revoked,
        budget_usd=row.get("budget_usd"),
        budget_tokens=row.get("budget_tokens"),
        budget_period_s=row.get("budget_period_s"),
        owner=row.get("owner"),
        territory=tuple(row.get("territory") or ()),
    )
