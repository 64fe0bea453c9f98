"""The ``names`` scanner the name tests share, and the person names it finds in a text."""

from __future__ import annotations

from kanmon.scan import ScanSet

NAMES = ScanSet.from_names(["names"])


def names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in NAMES.scan(text) if f.entity == "PERSON"]
