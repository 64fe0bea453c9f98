"""Catalog: models versus deployments with their provenance (vendor and its jurisdiction, the
host entity, processing region, retention, training on data, licence obligations, sources and
dates), filtered as ``kanmon catalog list`` filters, and what a deployment's fingerprint
covers."""

from __future__ import annotations

from kanmon.console._http import Response
from kanmon.console._pages import CONSOLE_ROLES, Host, View, page
from kanmon.core import deployment_fingerprint, fingerprint_parts
from kanmon.errors import NotFoundError

FILTERS = ("jurisdiction", "region", "provider", "licence", "open_weights")


class CatalogPages:
    def __init__(self, console: Host) -> None:
        self.c = console

    @page("GET", "/console/catalog", "console.catalog", roles=CONSOLE_ROLES)
    async def catalog(self, v: View) -> Response:
        cat = self.c.services.catalog
        q = {k: v.req.query.get(k, "").strip()[:100] for k in FILTERS}
        ow = {"yes": True, "no": False}.get(q["open_weights"])
        pairs = cat.filter(
            jurisdiction=q["jurisdiction"] or None,
            region=q["region"] or None,
            provider=q["provider"] or None,
            licence=q["licence"] or None,
            open_weights=ow,
        )
        routed = {d.id for chain in self.c.services.router.routes.values() for d in chain}
        return self.c.page(v, "catalog.html.j2", pairs=pairs, q=q, routed=routed)

    @page("GET", "/console/catalog/{dep_id}", "console.catalog", roles=CONSOLE_ROLES)
    async def deployment(self, v: View) -> Response:
        cat = self.c.services.catalog
        dep = cat.deployments.get(v.params["dep_id"])
        if dep is None:
            raise NotFoundError(f"No deployment {v.params['dep_id']!r} in the catalog.")
        model = cat.models.get(dep.model)
        return self.c.page(
            v,
            "catalog_deployment.html.j2",
            d=dep,
            m=model,
            fingerprint=deployment_fingerprint(dep, model),
            parts=fingerprint_parts(dep, model),
        )
