"""Entry-point registry for provider adapters."""

from __future__ import annotations

from functools import cache
from importlib.metadata import EntryPoint, entry_points

from kanmon.errors import ConfigError
from kanmon.providers.base import Provider

GROUP = "kanmon.providers"


@cache
def _entry_points() -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def available_apis() -> list[str]:
    return sorted(_entry_points())


@cache
def provider_class(api: str) -> type[Provider]:
    ep = _entry_points().get(api)
    if ep is None:
        known = ", ".join(available_apis()) or "(none installed)"
        raise ConfigError(f"no provider adapter named {api!r}; installed: {known}")
    try:
        cls = ep.load()
    except ImportError as e:
        raise ConfigError(f"provider adapter {api!r} failed to import: {e}") from None
    if not (isinstance(cls, type) and issubclass(cls, Provider)):
        raise ConfigError(f"entry point {api!r} ({ep.value}) is not a kanmon Provider subclass")
    return cls
