"""What a scanner reports: a typed span with a confidence. Never the value itself."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from operator import le


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


#: What a scanner holds before its findings exist: start, end, confidence, entity and, where
#: several scanners' spans meet, the scanner.
RawSpan = tuple[int, int, float, str] | tuple[int, int, float, str, str]

_new = object.__new__
_set = {n: Finding.__dict__[n].__set__ for n in Finding.__slots__}
_drain: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend


def findings_of(spans: Sequence[RawSpan], scanner: str, location: str = "") -> list[Finding]:
    """``[Finding(e, s, t, c, k, location) for s, t, c, e, k in spans]`` (``k`` defaults to
    ``scanner``), the fields written column by column. A scanner returns thousands of findings
    a second on text dense with identifiers, and the dataclass's ``__init__`` (a frozen
    attribute write per field, then ``__post_init__``) costs twice this: here each column is
    checked once and written by its slot's setter in one C loop."""
    n = len(spans)
    if n == 0:
        return []
    cols = tuple(zip(*spans, strict=True))
    starts, ends, confidences, entities = cols[:4]
    scanners = cols[4] if len(cols) > 4 else (scanner,) * n
    if not (
        all(map(le, repeat(0, n), starts))
        and all(map(le, starts, ends))
        and all(map(le, repeat(0.0, n), confidences))
        and all(map(le, confidences, repeat(1.0, n)))
    ):  # the constructor raises on the first bad span, as it would have
        return [
            Finding(e, s, t, c, k, location)
            for s, t, c, e, k in zip(*cols[:4], scanners, strict=True)
        ]
    out = list(map(_new, repeat(Finding, n)))
    _drain(map(_set["entity"], out, entities))
    _drain(map(_set["start"], out, starts))
    _drain(map(_set["end"], out, ends))
    _drain(map(_set["confidence"], out, confidences))
    _drain(map(_set["scanner"], out, scanners))
    _drain(map(_set["location"], out, repeat(location, n)))
    return out


def count_by_entity(findings: list[Finding]) -> dict[str, int]:
    """Entity type → count: the only form findings take in an audit record."""
    out: dict[str, int] = {}
    for f in findings:
        out[f.entity] = out.get(f.entity, 0) + 1
    return out
