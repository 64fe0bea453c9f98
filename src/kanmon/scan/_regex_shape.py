"""What a regex's own syntax tree says about its matches, read once when a scanner is built.

Two facts let the scanner skip C calls that cannot succeed: the fewest characters a match takes
(a window shorter than that holds none) and the characters a match can start with (a trigger
whose first character is not the one at a prefilter hit does not match there). Both come from
``re``'s parser; where it is unsure (a case-insensitive part, an optional start, a look-around,
a category such as ``\\w``), the answer is "unknown" and the regex is always asked.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# ``re``'s parser has no stubs (``sre_parse``, its public alias, warns when imported).
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

#: Character classes wider than this are not listed (a name trigger's Unicode ranges).
_MAX_CHARS = 4096


def min_width(pattern: re.Pattern[str]) -> int:
    """The fewest characters a match of ``pattern`` takes."""
    return int(_parser.parse(pattern.pattern, pattern.flags).getwidth()[0])


def first_chars(source: str) -> frozenset[str] | None:
    """The characters every match of ``source`` (compiled without flags) can start with; None
    when not known for sure."""
    tree = _parser.parse(source, 0)
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _first(tree.data)
    return None if found is None else frozenset(found)


def _first(items: list[tuple[Any, Any]]) -> set[str] | None:
    if not items:
        return None  # an empty branch: the match may start anywhere
    op, av = items[0]
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CHARS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # a negated class, a category, a wide range
                return None
        return chars
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _first(branch.data)
            if part is None:
                return None
            out |= part
        return out
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _first(sub.data)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _first(sub.data) if low >= 1 else None
    return None
