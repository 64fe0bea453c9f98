"""What a scanner reports: a typed span with a confidence. Never the value itself."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One entity found in one piece of text.

    ``start``/``end`` index the text the scanner was given (``location`` says which piece, e.g.
    ``messages[2].content``). The matched value is deliberately not kept: whoever needs it (an
    operator replacing it) slices the text it already holds, so findings can be logged,
    counted and audited without carrying personal data along.
    """

    entity: str
    start: int
    end: int
    confidence: float
    scanner: str
    location: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} outside 0..1")

    @property
    def length(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


def count_by_entity(findings: list[Finding]) -> dict[str, int]:
    """Entity type → count: the only form findings take in an audit record."""
    out: dict[str, int] = {}
    for f in findings:
        out[f.entity] = out.get(f.entity, 0) + 1
    return out
