"""Which policy is in force, and reloading it without a restart (in-flight requests keep
theirs) on every worker and every replica sharing the store (``kanmon.wiring.WorkerSync``)."""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from kanmon.errors import NotFoundError
from kanmon.gateway._routes import Call, Reply, endpoint
from kanmon.policy import Policy, PolicySteps
from kanmon.wiring import WorkerSync


class PolicyHost(Protocol):
    """Where the running policy lives (the services): read it, load a new one, swap it in."""

    policy: PolicySteps | None
    sync: WorkerSync | None

    def load_policy(self) -> Policy: ...

    def swap_policy(self, new: Policy) -> tuple[str, str]: ...


def describe(p: Policy) -> dict[str, Any]:
    return {
        "object": "kanmon.policy",
        "version": p.version,
        "file": p.source,
        "data_classes": list(p.doc.data_classes),
        "scanners": list(p.doc.scanners),
        "rules": [
            {"id": r.id, "action": r.action, "audit_content": r.audit_content} for r in p.doc.rules
        ],
        "audit_content": dict(p.doc.audit_content),
    }


class PolicyApi:
    def __init__(self, host: PolicyHost) -> None:
        self.host = host

    def _current(self) -> Policy:
        if self.host.policy is None:
            raise NotFoundError("This gateway runs without a policy.", code="no_policy")
        return self.host.policy.policy

    @endpoint("GET", "/admin/policy", "policy.show", roles=("admin", "auditor", "reviewer"))
    async def show(self, call: Call) -> Reply:
        """The policy in force: version, file, data classes, rules."""
        data = describe(self._current())
        call.ex.policy_version = data["version"]
        return Reply(data)

    @endpoint("POST", "/admin/policy/reload", "policy.reload", roles=("admin",))
    async def reload(self, call: Call) -> Reply:
        """Re-read ``policy.file``; requests that start afterwards run the new version, here at
        once and on every other worker within ``gateway.sync_interval_s``. The answer lists
        each live worker with the version it runs, and those that did not report it."""
        self._current()
        new = await asyncio.to_thread(self.host.load_policy)
        old, version = self.host.swap_policy(new)
        call.ex.policy_version = version
        call.ex.reasons.append(f"policy reloaded: {old} -> {version}")
        out = {**describe(new), "previous_version": old}
        sync = self.host.sync
        if sync is not None:
            report = await sync.announce("policy", call.principal.key_id)
            for w in report["workers"]:  # loaded, but a different file than this worker read
                if w["applied"] and w["policy_version"] != version:
                    w["applied"] = False
                    report["not_applied"].append(w["worker"])
            out["workers"] = report
            if report["not_applied"]:
                call.ex.reasons.append(f"not reported by {', '.join(report['not_applied'])}")
        return Reply(out)
