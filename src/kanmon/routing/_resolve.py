"""From ``routes:`` in kanmon.yaml to ordered chains of catalog deployments."""

from __future__ import annotations

import difflib

from kanmon.catalog import Catalog
from kanmon.config import KanmonConfig
from kanmon.core.catalog import Deployment
from kanmon.errors import ConfigError


def resolve_routes(
    config: KanmonConfig, catalog: Catalog, source: str
) -> dict[str, list[Deployment]]:
    routes: dict[str, list[Deployment]] = {}
    for name, route in config.routes.items():
        chain = []
        for i, dep_id in enumerate(route.deployments):
            dep = catalog.deployments.get(dep_id)
            if dep is None:
                close = difflib.get_close_matches(dep_id, list(catalog.deployments), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise ConfigError(
                    f"{source}: routes.{name}.deployments[{i}]: unknown deployment {dep_id!r}"
                    f" (expected an id from `kanmon catalog list` or your deployments){hint}"
                )
            chain.append(dep)
        routes[name] = chain
    return routes
