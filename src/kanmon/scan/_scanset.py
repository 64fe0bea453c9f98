"""Scanners as a plugin point, and the set of them a gateway runs.

Scanners register under the ``kanmon.scanners`` entry-point group; the built-ins (``pii``,
``secrets``, ``injection``) are registered the same way in Kanmon's own ``pyproject.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, runtime_checkable

from kanmon.core.finding import Finding
from kanmon.errors import ConfigError
from kanmon.plugins import SCANNERS_GROUP, Kind
from kanmon.scan._pattern import PatternScanner, resolve_overlaps, utf8


@runtime_checkable
class Scanner(Protocol):
    """Finds entities in one piece of text. Implementations compile everything at build time."""

    id: str

    @property
    def entities(self) -> frozenset[str]: ...

    def scan(self, text: str, location: str = "") -> list[Finding]: ...


#: A scanner plugin names a factory that builds (and compiles) one ``Scanner``.
SCANNERS: Kind[Callable[[], Scanner]] = Kind(SCANNERS_GROUP, "scanner", callable)


def available_scanners() -> list[str]:
    return SCANNERS.names()


def load_scanner(name: str) -> Scanner:
    scanner = SCANNERS.load(name)()
    if not isinstance(scanner, Scanner):
        raise ConfigError(f"scanner {name!r} does not build a Scanner")
    return scanner


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
        data: bytes | None = None  # the pattern scanners share one UTF-8 encoding of the text
        for s in self.scanners:
            # A subclass that overrides ``scan`` is asked through it.
            if isinstance(s, PatternScanner) and type(s).scan is PatternScanner.scan:
                if data is None and text:
                    data = utf8(text)
                found.extend(s.scan_utf8(text, data, location))
            else:
                found.extend(s.scan(text, location))
        return resolve_overlaps(found) if len(self.scanners) > 1 else found
