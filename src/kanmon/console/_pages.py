"""The console's page table: each page is declared beside its handler with ``@page`` (method,
path, the name its audit records carry, and the roles that may see it), like the API's
``@endpoint``. A page's action is audited under the same name as its API twin (a review
approved here is a ``review.approve`` record, as through ``/admin/reviews``)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from kanmon.console._http import Request, Response
from kanmon.console._session import Session, Sessions

if TYPE_CHECKING:
    from kanmon.config import ConsoleSettings
    from kanmon.wiring import Services
from kanmon.core.principal import Principal, Role
from kanmon.request import Exchange

#: Who may read what, as the API's endpoints say (admin includes every role unless ``own``).
REVIEWERS: tuple[Role, ...] = ("reviewer", "admin")
AUDITORS: tuple[Role, ...] = ("auditor",)  # own: admin does not include it
GOV_SIGNOFF: tuple[Role, ...] = ("legal", "privacy", "security", "procurement")
GOV_READERS: tuple[Role, ...] = ("assessor", "approver", "auditor", *GOV_SIGNOFF)
POLICY_READERS: tuple[Role, ...] = ("admin", "auditor", "reviewer")
KEY_READERS: tuple[Role, ...] = ("admin", "auditor")
OVERVIEW: tuple[Role, ...] = ("admin", "auditor")
CONSOLE_ROLES: tuple[Role, ...] = (
    "admin",
    "auditor",
    "reviewer",
    "assessor",
    "approver",
    *GOV_SIGNOFF,
)


@dataclass(slots=True)
class View:
    """One page request as its handler sees it: signed in (unless the page is public), role
    checked, CSRF checked on a POST. ``ex`` becomes the page's audit record."""

    req: Request
    params: dict[str, str]
    session: Session | None
    ex: Exchange
    #: The handler wrote the audit record itself (e.g. a refused sign-in shown on its form).
    recorded: bool = False

    @property
    def principal(self) -> Principal:
        assert self.session is not None
        return self.session.principal


Handler = Callable[[View], Awaitable[Response]]


class Host(Protocol):
    """What page handlers get from the console: the services and the page renderer."""

    services: Services
    settings: ConsoleSettings
    sessions: Sessions

    def page(self, v: View, template: str, http_status: int = 200, **ctx: Any) -> Response: ...

    def fragment(self, template: str, **ctx: Any) -> Response: ...


@dataclass(frozen=True, slots=True)
class Page:
    method: str
    path: str
    name: str
    roles: tuple[Role, ...] = ()
    own: bool = False
    #: No session needed (sign-in, static files).
    public: bool = False
    #: Static files and the like leave no audit record.
    audit: bool = True
    handler: Any = field(default=None, compare=False)

    def allows(self, p: Principal) -> bool:
        if self.own:
            return self.roles[0] in p.roles
        return any(p.has(r) for r in self.roles)


_MARK = "__kanmon_page__"


def page(
    method: str,
    path: str,
    name: str,
    *,
    roles: Sequence[Role] = (),
    own: bool = False,
    public: bool = False,
    audit: bool = True,
) -> Callable[[Any], Any]:
    def mark(fn: Any) -> Any:
        setattr(fn, _MARK, Page(method, path, name, tuple(roles), own, public, audit))
        return fn

    return mark


def pages_of(*handlers: object) -> list[Page]:
    out = []
    for h in handlers:
        for attr in dir(type(h)):
            p = getattr(getattr(type(h), attr), _MARK, None)
            if isinstance(p, Page):
                out.append(replace(p, handler=getattr(h, attr)))
    return out


class PageTable:
    def __init__(self, pages: Sequence[Page]) -> None:
        self.pages = list(pages)
        self._exact: dict[tuple[str, str], Page] = {}
        self._templated: list[tuple[str, tuple[str, ...], Page]] = []
        for p in self.pages:
            if "{" in p.path:
                self._templated.append((p.method, tuple(p.path.strip("/").split("/")), p))
            else:
                self._exact[(p.method, p.path.rstrip("/") or "/")] = p

    def find(self, method: str, path: str) -> tuple[Page, dict[str, str]] | None | bool:
        """The page and its path parameters; False when the path exists under another method;
        None when it does not exist."""
        key = path.rstrip("/") or "/"
        hit = self._exact.get((method, key))
        if hit is not None:
            return hit, {}
        other = any(k == key for _, k in self._exact)
        given = path.strip("/").split("/")
        for m, parts, p in self._templated:
            if len(parts) != len(given):
                continue
            params: dict[str, str] = {}
            for want, got in zip(parts, given, strict=True):
                if want.startswith("{"):
                    if not got:
                        break
                    params[want[1:-1]] = got
                elif want != got:
                    break
            else:
                if m == method:
                    return p, params
                other = True
        return False if other else None
