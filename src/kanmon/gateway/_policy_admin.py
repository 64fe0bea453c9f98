"""Policy endpoints: which policy is in force, and reloading it without a restart.

GET  /admin/policy           admin, auditor, reviewer: version, file, data classes, rules
POST /admin/policy/reload    admin: re-read policy.file; the new version applies to
                             requests that start afterwards (in-flight ones keep theirs)
"""

from __future__ import annotations

import asyncio
from typing import Any

from kanmon.errors import BadRequestError, ConfigError, NotFoundError
from kanmon.gateway._asgi import Receive, Scope, Send, send_json
from kanmon.gateway._auth import require
from kanmon.gateway._exchange import Exchange
from kanmon.gateway._proxy import Proxy
from kanmon.gateway._services import check_policy_content, load_policy_for


class PolicyAdmin:
    def __init__(self, proxy: Proxy) -> None:
        self.proxy = proxy
        self.s = proxy.s

    def _describe(self) -> dict[str, Any]:
        rt = self.s.policy
        if rt is None:
            raise NotFoundError("This gateway runs without a policy.", code="no_policy")
        p = rt.policy
        return {
            "object": "kanmon.policy",
            "version": p.version,
            "file": p.source,
            "data_classes": list(p.doc.data_classes),
            "scanners": list(p.doc.scanners),
            "rules": [
                {"id": r.id, "action": r.action, "audit_content": r.audit_content}
                for r in p.doc.rules
            ],
            "audit_content": dict(p.doc.audit_content),
        }

    async def _done(self, ex: Exchange, send: Send, data: Any) -> None:
        ex.status = 200
        await self.proxy._audit(ex)
        await send_json(send, 200, data, [(b"x-request-id", ex.request_id.encode())])

    async def show(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="policy.show")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "admin", "auditor", "reviewer")
            data = self._describe()
            ex.policy_version = data["version"]
            await self._done(ex, send, data)
        except Exception as e:
            await self.proxy._fail(ex, e, send)

    async def reload(self, scope: Scope, receive: Receive, send: Send) -> None:
        ex = Exchange(endpoint="policy.reload")
        try:
            ex.principal = p = await self.s.auth.authenticate(scope["headers"])
            require(p, "admin")
            rt = self.s.policy
            if rt is None:
                raise NotFoundError("This gateway runs without a policy.", code="no_policy")
            try:
                new = await asyncio.to_thread(load_policy_for, self.s.config, self.s.catalog)
                if new is not None:
                    check_policy_content(new, self.s.sealer)
            except ConfigError as e:
                raise BadRequestError(
                    f"Policy not reloaded, the running one stays: {e.message}",
                    code="invalid_policy",
                ) from None
            assert new is not None
            missing = [d for d in new.reroute_targets if d not in self.s.router.providers]
            if missing:
                raise BadRequestError(
                    f"The new policy reroutes to {', '.join(missing)}, which this gateway has "
                    "no connection to; restart it to load the policy.",
                    code="policy_needs_restart",
                )
            gov = self.s.governance.service.settings if self.s.governance else None
            if gov is not None and (
                new.doc.data_classes != gov.data_classes
                or new.doc.default_data_class != gov.default_data_class
            ):
                raise BadRequestError(
                    "The new policy changes the data classes, which governance uses too; "
                    "restart the gateway to load it.",
                    code="policy_needs_restart",
                )
            old, version = rt.swap(new)
            ex.policy_version = version
            ex.reasons.append(f"policy reloaded: {old} -> {version}")
            await self._done(ex, send, {**self._describe(), "previous_version": old})
        except Exception as e:
            await self.proxy._fail(ex, e, send)
