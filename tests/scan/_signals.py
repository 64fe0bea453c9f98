"""The injection scanner the signal tests share, and the lexical signals it fires on a text."""

from __future__ import annotations

from kanmon.scan import InjectionScanner
from kanmon.scan._injection import _patterns
from kanmon.scan._injection_regions import is_discussion

INJ = InjectionScanner()
THR = INJ.threshold
#: The lexical and decoding layers without the classifier: what the signals alone say.
SIGNALS_ONLY = InjectionScanner(INJ.model, layers=frozenset({"lexical", "decode"}))


def about_attacks(text: str) -> bool:
    """Whether ``text`` reads as talk about attacks (the discussion input)."""
    return is_discussion(_patterns(), text.encode("utf-8"))


def fired(text: str, source: str = "user") -> set[str]:
    """The ids of the lexical signals found in ``text`` (plain or decoded) from ``source``."""
    return {s.split("lexical:", 1)[1] for s, *_ in INJ.score(text, "", source).evidence
            if "lexical:" in s}  # fmt: skip
