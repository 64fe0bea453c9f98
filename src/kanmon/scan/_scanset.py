"""Scanners as a plugin point, and the set of them a gateway runs.

Scanners register under the ``kanmon.scanners`` entry-point group; the built-ins (``pii``,
``secrets``, ``injection``) are registered the same way in Kanmon's own ``pyproject.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from kanmon.core.finding import Finding
from kanmon.errors import ConfigError
from kanmon.scan._pattern import resolve_overlaps

GROUP = "kanmon.scanners"


@runtime_checkable
class Scanner(Protocol):
    """Finds entities in one piece of text. Implementations compile everything at build time."""

    id: str

    @property
    def entities(self) -> frozenset[str]: ...

    def scan(self, text: str, location: str = "") -> list[Finding]: ...


def available_scanners() -> list[str]:
    return sorted(ep.name for ep in entry_points(group=GROUP))


def load_scanner(name: str) -> Scanner:
    for ep in entry_points(group=GROUP):
        if ep.name == name:
            factory = ep.load()
            scanner = factory()
            if not isinstance(scanner, Scanner):
                raise ConfigError(f"scanner {name!r} ({ep.value}) does not implement Scanner")
            return scanner
    raise ConfigError(
        f"unknown scanner {name!r}; installed: {', '.join(available_scanners()) or 'none'}"
    )


class ScanSet:
    """Runs several content scanners over a text and merges their findings."""

    def __init__(self, scanners: Sequence[Scanner]) -> None:
        self.scanners = tuple(scanners)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> ScanSet:
        return cls([load_scanner(n) for n in names])

    @property
    def entities(self) -> frozenset[str]:
        out: frozenset[str] = frozenset()
        for s in self.scanners:
            out |= s.entities
        return out

    def scan(self, text: str, location: str = "") -> list[Finding]:
        found: list[Finding] = []
        for s in self.scanners:
            found.extend(s.scan(text, location))
        return resolve_overlaps(found) if len(self.scanners) > 1 else found
