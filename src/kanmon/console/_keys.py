"""Keys: list (admins and auditors), create with roles, data-class floor, territory and
budgets (the secret is shown once, on the page that created it), revoke at once. The API's key
store, checks and audit names (``admin.keys.*``)."""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import ValidationError

from kanmon.console._http import Response, redirect
from kanmon.console._pages import KEY_READERS, Host, View, page
from kanmon.core.principal import ROLES
from kanmon.errors import BadRequestError
from kanmon.gateway import KeyCreateRequest
from kanmon.governance import known_classes


def _num(text: str, name: str, kind: type[int] | type[float]) -> Any:
    if not text.strip():
        return None
    try:
        return kind(text)
    except ValueError:
        raise BadRequestError(f"{name}: expected a number", param=name) from None


class KeyPages:
    def __init__(self, console: Host) -> None:
        self.c = console

    def _classes(self) -> list[str]:
        gov = self.c.services.governance
        return list(gov.service.settings.data_classes) if gov else []

    async def _list(self, v: View, **extra: Any) -> Response:
        show = v.req.query.get("revoked") == "1"
        infos = await asyncio.to_thread(self.c.services.keys.list, include_revoked=show)
        return self.c.page(
            v,
            "keys.html.j2",
            keys=infos,
            roles=[r for r in ROLES],
            classes=self._classes(),
            show_revoked=show,
            **{"created": None, **extra},
        )

    @page("GET", "/console/keys", "admin.keys.list", roles=KEY_READERS)
    async def keys(self, v: View) -> Response:
        return await self._list(v)

    @page("POST", "/console/keys", "admin.keys.create", roles=("admin",))
    async def create(self, v: View) -> Response:
        form = await v.req.form()

        def one(name: str) -> str:
            return (form.get(name) or [""])[0].strip()

        data: dict[str, Any] = {
            "name": one("name"),
            "team": one("team"),
            "roles": form.get("roles") or [],
            "use_case": one("use_case") or None,
            "models": [m.strip() for m in one("models").split(",") if m.strip()],
            "rpm_limit": _num(one("rpm_limit"), "rpm_limit", int),
            "data_class": one("data_class") or None,
            "budget_usd": _num(one("budget_usd"), "budget_usd", float),
            "budget_tokens": _num(one("budget_tokens"), "budget_tokens", int),
            "budget_period_s": _num(one("budget_period_s"), "budget_period_s", int),
            "owner": one("owner") or None,
            "territory": [t.strip() for t in one("territory").split(",") if t.strip()],
        }
        try:
            req = KeyCreateRequest.model_validate(data)
        except ValidationError as e:
            err = e.errors(include_url=False)[0]
            where = ".".join(str(x) for x in err["loc"])
            raise BadRequestError(f"{where}: {err['msg']}", param=where) from None
        if req.data_class is not None and self._classes():
            known_classes([req.data_class], self._classes(), where="data_class")
        keys = self.c.services.keys
        secret, info = await asyncio.to_thread(
            lambda: keys.create(**req.model_dump(), created_by=v.principal.key_id)
        )
        v.ex.reasons.append(f"created key {info.id} roles={','.join(info.roles)}")
        # the secret goes in this response only, never into a URL or the store
        return await self._list(v, created=(info, secret))

    @page("POST", "/console/keys/{key_id}/revoke", "admin.keys.revoke", roles=("admin",))
    async def revoke(self, v: View) -> Response:
        key_id = v.params["key_id"]
        await asyncio.to_thread(self.c.services.keys.revoke, key_id)
        self.c.services.auth.forget(key_id)
        v.ex.reasons.append(f"revoked key {key_id}")
        sync = self.c.services.sync
        if sync is not None:  # the other workers drop it too, within gateway.sync_interval_s
            await sync.notify("keys", v.principal.key_id)
        return redirect("/console/keys")
