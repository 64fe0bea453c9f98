"""The one plugin mechanism: entry-point groups, one loader, a registering decorator.

Every extension point is a ``Kind``: an entry-point group and a test that what a plugin names
is that kind of thing. Built-ins are registered the same way, in Kanmon's own
``pyproject.toml``, so a third-party plugin is found, checked and reported exactly like them.

    kind                      group                 a plugin names
    providers.PROVIDERS       kanmon.providers      a ``Provider`` subclass (one per wire format)
    scan.SCANNERS             kanmon.scanners       a factory returning a ``Scanner``
    policy.POLICY_RULES       kanmon.policy_rules   a check ``(Facts) -> bool``
    evals.SCORERS             kanmon.scorers        a ``Scorer``/``GroupScorer`` class
    evals.DATASETS            kanmon.datasets       a function returning suite files
    governance.EVIDENCE       kanmon.evidence       a factory ``(Database) -> EvidenceLookup``
    gateway.MOUNTS            kanmon.mounts         a factory ``(Services) -> Mount | None``

A plugin module marks each object with ``@register(KIND)`` (or ``register(KIND)(obj)``); the
loader refuses an entry point whose object is not marked for the group it is listed under, so
a scorer listed as a scanner fails at load with a message naming both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import Generic, TypeVar, cast

from kanmon.errors import ConfigError, KanmonError

T = TypeVar("T")
_MARK = "__kanmon_plugin__"

#: The groups, named once: a package that only needs to know which plugins are installed (the
#: catalog checking adapter names) asks here without importing the package that loads them.
PROVIDERS_GROUP = "kanmon.providers"
SCANNERS_GROUP = "kanmon.scanners"
POLICY_RULES_GROUP = "kanmon.policy_rules"
SCORERS_GROUP = "kanmon.scorers"
DATASETS_GROUP = "kanmon.datasets"
EVIDENCE_GROUP = "kanmon.evidence"
MOUNTS_GROUP = "kanmon.mounts"


def installed(group: str) -> list[str]:
    """Names registered under ``group``, without importing any of them."""
    return sorted(_group(group))


@dataclass(frozen=True, eq=False)
class Kind(Generic[T]):
    """One extension point. ``accepts`` says whether an object is this kind of plugin;
    ``error`` is the error class a bad or unknown plugin raises (ConfigError by default)."""

    group: str
    what: str
    accepts: Callable[[object], bool]
    error: type[KanmonError] = ConfigError
    _loaded: dict[str, T] = field(default_factory=dict, repr=False)

    def names(self) -> list[str]:
        return installed(self.group)

    def load(self, name: str) -> T:
        """The plugin registered as ``name``, imported once and checked."""
        found = self._loaded.get(name)
        if found is not None:
            return found
        ep = _group(self.group).get(name)
        if ep is None:
            known = ", ".join(self.names()) or "none installed"
            raise self.error(f"unknown {self.what} {name!r}; installed: {known}")
        try:
            obj = ep.load()
        except ImportError as e:
            raise self.error(f"{self.what} {name!r} ({ep.value}) failed to import: {e}") from None
        marked = getattr(obj, _MARK, None)
        if marked != self.group:
            where = f"registered for {marked}" if marked else "not registered with @register"
            raise self.error(f"{self.what} {name!r} ({ep.value}) is {where}, not {self.group}")
        if not self.accepts(obj):
            raise self.error(f"{self.what} {name!r} ({ep.value}) is not a {self.what}")
        self._loaded[name] = obj
        return cast(T, obj)

    def load_all(self) -> dict[str, T]:
        return {name: self.load(name) for name in self.names()}


def register(kind: Kind[T]) -> Callable[[T], T]:
    """Mark ``obj`` as a plugin of ``kind``; the entry point that names it does the rest."""

    def mark(obj: T) -> T:
        setattr(obj, _MARK, kind.group)
        return obj

    return mark


@cache
def _group(group: str) -> dict[str, EntryPoint]:
    return {ep.name: ep for ep in entry_points(group=group)}
