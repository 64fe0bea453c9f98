"""Mounts: ASGI apps served under a path prefix beside the route table, found through the
``kanmon.mounts`` entry-point group (the operator console is one). The gateway imports none of
them: a mount sits on a floor above the web layer (it may use evals, governance reports, ...),
and a path the route table knows never reaches one, so ``/v1/*`` pays nothing for them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from kanmon.gateway._http import Receive, Scope, Send
from kanmon.plugins import MOUNTS_GROUP, Kind

if TYPE_CHECKING:
    from kanmon.wiring import Services


@runtime_checkable
class Mount(Protocol):
    #: e.g. ``/console``: the mount gets that path and every path below it.
    prefix: str

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None: ...


class MountFactory(Protocol):
    """Builds a mount for a gateway's services, or None when its configuration turns it off."""

    def __call__(self, services: Services) -> Mount | None: ...


MOUNTS: Kind[MountFactory] = Kind(MOUNTS_GROUP, "mount", callable)


def build_mounts(services: Services) -> list[Mount]:
    out = []
    for factory in MOUNTS.load_all().values():
        m = factory(services)
        if m is not None:
            out.append(m)
    return out


def mount_for(mounts: list[Mount], path: str) -> Mount | None:
    for m in mounts:
        if path == m.prefix or path.startswith(m.prefix + "/"):
            return m
    return None
