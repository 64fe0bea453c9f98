"""Reload the catalog without a restart (after ``kanmon catalog update`` installed a signed
bundle, or a catalog file was edited): admin only. The other workers, and replicas on the
same store, reload within ``gateway.sync_interval_s`` (``kanmon.wiring.WorkerSync``); each also
notices a changed bundle or catalog file by itself within ``governance.refresh_s``."""

from __future__ import annotations

import asyncio

from kanmon.errors import BadRequestError, CatalogError
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.wiring import Services


class CatalogApi:
    def __init__(self, services: Services) -> None:
        self.services = services

    @endpoint("POST", "/admin/catalog/reload", "admin.catalog.reload", roles=("admin",))
    async def reload(self, call: Call) -> Reply:
        """Load the catalog again and swap it in; approvals the change breaks are suspended."""
        try:
            out = await asyncio.to_thread(self.services.reload_catalog, call.principal.key_id)
        except CatalogError as e:
            raise BadRequestError(
                f"Catalog not reloaded, the running one stays: {e.message}", code="invalid_catalog"
            ) from None
        call.ex.reasons.append(
            f"catalog reloaded to {out['content_hash'][:16]}"
            if out["changed"]
            else "catalog unchanged"
        )
        sync = self.services.sync
        if sync is not None:
            report = await sync.announce("catalog", call.principal.key_id)
            for w in report["workers"]:
                if w["applied"] and w["catalog_hash"] != out["content_hash"]:
                    w["applied"] = False
                    report["not_applied"].append(w["worker"])
            out["workers"] = report
        return Reply(out)
