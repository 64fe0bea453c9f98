"""Start (or reach) the Kanmon gateway the evals run through, with an evaluation key.

``EvalGateway(config, path, models)`` builds the gateway's own services — catalog, routes,
providers, pipeline steps (scan, policy) and the audit writer — adds a one-deployment route for
each model name that is a deployment id rather than a configured route, mints an ``app`` key
whose use case is ``evaluation`` and serves on a loopback port. Each eval call is then an
ordinary, audited gateway request.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from kanmon.config import KanmonConfig, RouteSettings
from kanmon.core.catalog import Deployment
from kanmon.errors import EvalError
from kanmon.evals._runner import ModelInfo
from kanmon.gateway import GatewayThread, Services, build_services

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
        self, config: KanmonConfig, config_path: Path | None = None, models: Sequence[str] = ()
    ) -> None:
        routes = dict(config.routes)
        for name in models:
            if name not in routes:
                routes[name] = RouteSettings(deployments=[name])
        self.config = config.model_copy(update={"routes": routes})
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
