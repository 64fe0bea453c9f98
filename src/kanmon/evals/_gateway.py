"""Start (or reach) the Kanmon gateway the evals run through, with an evaluation key.

``EvalGateway(config, path, models)`` builds the gateway's own services — catalog, routes,
providers, the declared step list (scan, policy, …) and the audit writer — adds a
one-deployment route for each model name that is a deployment id rather than a configured
route, mints an ``app`` key
whose use case is ``evaluation`` and serves on a loopback port. Each eval call is then an
ordinary, audited gateway request — except that governance approvals are not enforced in this
private gateway: evaluating a deployment is how the evidence for its approval is made.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import orjson

from kanmon.catalog import Catalog
from kanmon.config import KanmonConfig, RouteSettings
from kanmon.core.catalog import Deployment
from kanmon.errors import EvalError
from kanmon.evals._runner import ModelInfo

if TYPE_CHECKING:  # the gateway and its wiring load only when an eval starts one
    from kanmon.gateway import GatewayThread
    from kanmon.wiring import Services

EVAL_USE_CASE = "evaluation"


def model_info(name: str, chain: Sequence[Deployment]) -> ModelInfo:
    return ModelInfo(
        name=name,
        deployments=tuple(d.id for d in chain),
        fingerprints=tuple(d.entry_hash() for d in chain),
        prices={d.id: d.price for d in chain if d.price is not None},
    )


class EvalGateway:
    def __init__(
        self,
        config: KanmonConfig,
        config_path: Path | None = None,
        models: Sequence[str] = (),
    ) -> None:
        routes = dict(config.routes)
        for name in models:
            if name not in routes:
                routes[name] = RouteSettings(deployments=[name])
        # evidence comes before approval: this loopback gateway, reached only with its own
        # evaluation key, does not require one (policy, scanning and audit still apply)
        governance = config.governance.model_copy(update={"enforce": False})
        self.config = config.model_copy(update={"routes": routes, "governance": governance})
        self.config_path = config_path
        self.services: Services | None = None
        self.thread: GatewayThread | None = None
        self.api_key = ""
        self._key_id: str | None = None

    @property
    def base_url(self) -> str:
        assert self.thread is not None
        return self.thread.base_url

    def start(self) -> EvalGateway:
        from kanmon.gateway import GatewayThread
        from kanmon.wiring import build_services

        self.services = build_services(self.config, self.config_path)
        self.api_key, info = self.services.keys.create(
            name="kanmon-eval", team="evaluation", roles=["app"], use_case=EVAL_USE_CASE
        )
        self._key_id = info.id
        self.thread = GatewayThread(self.services).start()
        return self

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self.thread = None
        if self.services is not None:
            if self._key_id is not None:
                self.services.keys.revoke(self._key_id)
            self.services.close_sync()
            self.services = None

    def models(self, names: Sequence[str]) -> list[ModelInfo]:
        """Resolve model names (routes or deployment ids) to what the gateway will call."""
        assert self.services is not None
        router = self.services.router
        out = []
        for name in names:
            chain = router.routes.get(name) or (
                [router.direct[name]] if name in router.direct else None
            )
            if chain is None:
                known = ", ".join(router.model_names()[:12])
                raise EvalError(f"unknown model {name!r}: not a route or deployment id ({known} …)")
            out.append(model_info(name, chain))
        return out

    def __enter__(self) -> EvalGateway:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def connect_models(
    base_url: str, api_key: str, names: Sequence[str], catalog: Catalog | None = None
) -> list[ModelInfo]:
    """For a gateway that already runs elsewhere: learn each model's deployments from its
    ``GET /v1/models`` and take fingerprints and prices from the local catalog where known."""
    req = urllib.request.Request(
        base_url.rstrip("/") + "/models", headers={"Authorization": f"Bearer {api_key}"}
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            listed = {m["id"]: m for m in orjson.loads(resp.read()).get("data", [])}
    except (OSError, ValueError) as e:
        raise EvalError(f"cannot list models at {base_url}: {e}") from None
    out = []
    for name in names:
        entry = listed.get(name)
        if entry is None:
            raise EvalError(f"the gateway at {base_url} does not serve {name!r} to this key")
        ids = [d["id"] for d in (entry.get("kanmon") or {}).get("deployments", [])]
        known = [catalog.deployments[i] for i in ids if catalog and i in catalog.deployments]
        if catalog is not None and len(known) == len(ids):
            out.append(model_info(name, known))
        else:
            out.append(ModelInfo(name=name, deployments=tuple(ids)))
    return out
