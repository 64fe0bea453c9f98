"""Byte runs read as text: the test every decoder's output passes (``readable``), bytes written
as numbers or code points (``0x49 0x67``, ``49:67:6e``, ``73, 103``, octal, ``U+0049``,
quoted-printable ``=49=67``), and bytes hidden in variation selectors after an emoji ("emoji
smuggling")."""

from __future__ import annotations

import re
from collections.abc import Callable


def readable(s: str | None) -> str | None:
    """``s`` when it reads as text: long enough, printable, half of it letters."""
    if s is None or len(s) < 8:
        return None
    s_all, s = s, s[:_SAMPLE]
    good = sum(ch.isprintable() or ch.isspace() for ch in s)
    letters = sum(ch.isalpha() for ch in s)
    return s_all if good >= 0.95 * len(s) and letters >= 0.5 * len(s) else None


#: Characters of a decoded run that ``readable`` looks at: a long run is judged by its start.
_SAMPLE = 2048


def utf8_or_none(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


#: Variation selectors VS1-VS256: invisible after a character, each one a byte (VS1-VS16 are
#: 0-15, VS17-VS256 16-255) in the "emoji smuggling" encoding. One after an emoji is ordinary
#: (VS16 asks for its colour form); eight in a row are not.
_SELECTORS = "\ufe00-\ufe0f\U000e0100-\U000e01ef"
SELECTORS_START = f"[{_SELECTORS}]{{8}}"
SELECTORS_MORE = f"[{_SELECTORS}]*"
SELECTORS_RUN = re.compile(f"[{_SELECTORS}]+")


def selectors(run: str) -> str | None:
    return utf8_or_none(bytes(ord(c) - (0xFE00 if c <= "\ufe0f" else 0xE0100 - 16) for c in run))


#: Where a run of numbers starts (RE2's syntax) and the whole run (Python's): eight or more
#: two- or three-digit numbers with separators, ``0x`` bytes, hex pairs joined by ``:`` ``;``
#: ``-``, six ``U+`` code points, eight quoted-printable ``=XX``.
CODES_START = (
    r"(?:[0-9]{2,3}[ ,;]{1,2}){8}|(?:0x[0-9a-f]{2}[ ,;]{0,2}){8}|(?:[0-9a-f]{2}[:;\-]){8}"
    r"|(?:u\+[0-9a-f]{4,5}[ ,;]{0,2}){6}|(?:=[0-9a-f]{2}){8}"
)
CODES_RUN = re.compile(
    r"0x[0-9a-fA-F]{2}(?:[ ,;]{0,2}0x[0-9a-fA-F]{2})+"
    r"|[uU]\+[0-9a-fA-F]{4,5}(?:[ ,;]{0,2}[uU]\+[0-9a-fA-F]{4,5})+"
    r"|(?:=[0-9a-fA-F]{2})+"
    r"|[0-9a-fA-F]{2}(?:[:;\-][0-9a-fA-F]{2})+"
    r"|[0-9]{2,3}(?:[ ,;]{1,2}[0-9]{2,3})+"
)


def codes(run: str) -> str | None:
    """The text of a run of numbers, read as each of the forms it can be until one reads."""
    low = run.lower()
    if low.startswith("u+"):
        return "".join(chr(int(x, 16)) for x in re.findall(r"[0-9a-f]{4,5}", low))
    if low.startswith(("0x", "=")):
        return utf8_or_none(bytes.fromhex("".join(re.findall(r"(?<!0)x?([0-9a-f]{2})", low))))
    nums = re.findall(r"[0-9a-f]+", low)
    tries: list[Callable[[], str | None]] = []
    if all(x.isdigit() for x in nums):
        # octal, three digits each (od -b) or as few as the byte needs
        if all("8" not in x and "9" not in x and int(x, 8) < 256 for x in nums):
            tries.append(lambda: utf8_or_none(bytes(int(x, 8) for x in nums)))
        points = [int(x) for x in nums]
        tries.append(
            lambda: utf8_or_none(bytes(points)) if max(points) < 256 else "".join(map(chr, points))
        )
    if all(len(x) == 2 for x in nums):
        tries.append(lambda: utf8_or_none(bytes.fromhex("".join(nums))))
    for attempt in tries:
        if (plain := readable(attempt())) is not None:
            return plain
    return None
