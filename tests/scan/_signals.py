"""The injection scanner the signal tests share, and the lexical signals it fires on a text."""

from __future__ import annotations

from kanmon.scan import InjectionScanner

INJ = InjectionScanner()
THR = INJ.threshold


def fired(text: str, source: str = "user") -> set[str]:
    """The ids of the lexical signals found in ``text`` (plain or decoded) from ``source``."""
    return {s.split("lexical:", 1)[1] for s, *_ in INJ.score(text, "", source).evidence
            if "lexical:" in s}  # fmt: skip
