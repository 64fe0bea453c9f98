"""Policy: the policy in force (version, data classes, scanners, rules) and a playground that
explains its decision for a pasted message without sending anything (``kanmon policy test``
in the browser: scan, classify and decide run on a copy; no upstream is called)."""

from __future__ import annotations

import asyncio
from typing import Any

from kanmon.console._http import Response
from kanmon.console._pages import POLICY_READERS, Host, View, page
from kanmon.core.principal import Principal
from kanmon.errors import BadRequestError, NotFoundError
from kanmon.policy import Policy, explain

MAX_TEXT = 20_000


def _marked(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    pos = 0
    for a, b, what in sorted(spans):
        if a < pos:
            continue
        if a > pos:
            out.append((text[pos:a], None))
        out.append((text[a:b], what))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None))
    return out


class PolicyPages:
    def __init__(self, console: Host) -> None:
        self.c = console

    def _policy(self) -> Policy:
        if self.c.services.policy is None:
            raise NotFoundError("This gateway runs without a policy.", code="no_policy")
        return self.c.services.policy.policy

    def _ctx(self, v: View, **extra: Any) -> dict[str, Any]:
        p = self._policy()
        v.ex.policy_version = p.version
        return {
            "policy": p,
            "routes": sorted(self.c.services.router.routes),
            "form": {},
            "result": None,
            **extra,
        }

    @page("GET", "/console/policy", "policy.show", roles=POLICY_READERS)
    async def show(self, v: View) -> Response:
        return self.c.page(v, "policy.html.j2", **self._ctx(v))

    @page("POST", "/console/policy/test", "policy.test", roles=POLICY_READERS)
    async def test(self, v: View) -> Response:
        pol = self._policy()
        f = {k: (await v.req.field(k)).strip() for k in ("model", "message", "tool", "data_class")}
        f.update({k: (await v.req.field(k)).strip()[:200] for k in ("team", "use_case", "floor")})
        routes = self.c.services.router.routes
        if f["model"] not in routes:
            raise BadRequestError(f"Unknown route {f['model']!r}.", param="model")
        if not f["message"] and not f["tool"]:
            raise BadRequestError("Paste a message (or a tool result) to test.", param="message")
        if len(f["message"]) + len(f["tool"]) > MAX_TEXT:
            raise BadRequestError(f"Up to {MAX_TEXT:,} characters.", param="message")
        for name in ("data_class", "floor"):
            if f[name] and f[name] not in pol.doc.data_classes:
                raise BadRequestError(f"Unknown data class {f[name]!r}.", param=name)
        msgs: list[dict[str, Any]] = []
        if f["message"]:
            msgs.append({"role": "user", "content": f["message"]})
        if f["tool"]:
            msgs.append({"role": "tool", "tool_call_id": "t0", "content": f["tool"]})
        me = v.principal
        caller = Principal(
            key_id="policy-test",
            name=f"policy test by {me.name}",
            team=f["team"] or me.team,
            roles=frozenset({"app"}),
            use_case=f["use_case"] or None,
            data_class=f["floor"] or None,
        )
        out = await asyncio.to_thread(
            explain,
            pol,
            {"model": f["model"], "messages": msgs},
            principal=caller,
            candidates=list(routes[f["model"]]),
            declared_class=f["data_class"] or None,
        )
        shown = []
        for i, m in enumerate(msgs):
            loc = f"messages[{i}].content"
            spans = [
                (x["span"][0], x["span"][1], x["entity"])
                for x in out["findings"]
                if x["location"] == loc
            ]
            spans += [
                (e["span"][0], e["span"][1], f"injection: {e['signal']}")
                for e in out["injection"]["evidence"]
                if e["location"] == loc
            ]
            shown.append((m["role"], _marked(m["content"], spans)))
        v.ex.reasons.append(f"explained a decision: {out['decision']} ({out['outcome'][:120]})")
        v.ex.rule_ids = list(out["rule_ids"])
        return self.c.page(v, "policy.html.j2", **self._ctx(v, form=f, result=out, shown=shown))
