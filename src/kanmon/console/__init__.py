"""The operator console: server-rendered pages for the people at the checkpoint (overview,
review queue, audit log, governance, catalog, evals, policy, keys), served by the gateway
itself under ``/console`` with the same keys and roles as the API.

The gateway finds it through the ``kanmon.mounts`` entry point (it sits above the web layer:
it reads eval reports and governance reports). Pages are Jinja2 templates; charts are SVG
drawn on the server; the one script is a vendored, pinned htmx; nothing loads from elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kanmon.console._app import Console
from kanmon.gateway import MOUNTS
from kanmon.plugins import register

if TYPE_CHECKING:
    from kanmon.wiring import Services


@register(MOUNTS)
def mount(services: Services) -> Console | None:
    """The console for a gateway's services, unless ``console.enabled`` is off."""
    return Console(services) if services.config.console.enabled else None


__all__ = ["Console", "mount"]
