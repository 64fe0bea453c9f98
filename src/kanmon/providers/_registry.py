"""The provider plug point: one adapter per wire format, registered under ``kanmon.providers``."""

from __future__ import annotations

from kanmon.plugins import PROVIDERS_GROUP, Kind
from kanmon.providers.base import Provider

PROVIDERS: Kind[type[Provider]] = Kind(
    PROVIDERS_GROUP,
    "provider adapter",
    lambda obj: isinstance(obj, type) and issubclass(obj, Provider),
)


def available_apis() -> list[str]:
    return PROVIDERS.names()


def provider_class(api: str) -> type[Provider]:
    return PROVIDERS.load(api)
