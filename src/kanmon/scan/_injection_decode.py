"""Obvious encodings undone before a rescan: base64, hex, URL escapes, zero-width characters,
rot13, leetspeak and character splitting (``i g n o r e``).

One RE2 pass over the UTF-8 bytes finds the candidates; each decoder returns the plain text
and the span of the original it came from, or nothing when the result is not readable text
(most base64 and hex runs in ordinary traffic are keys, hashes and images, not sentences).
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import urllib.parse
from dataclasses import dataclass

import re2

_OPTS = re2.Options()
_OPTS.case_sensitive = False
_OPTS.max_mem = 16 << 20

#: Groups: 1 base64, 2 hex, 3 url escapes, 4 zero-width, 5 rot13 words, 6 split, 7 leet.
_CANDIDATES = re2.compile(
    rb"([a-z0-9+/]{20,}={0,2})"
    rb"|((?:[0-9a-f]{2}[ ]?){12,})"
    rb"|(%[0-9a-f]{2})"
    rb"|([\x{200b}-\x{200d}\x{2060}\x{feff}])"
    rb"|\b(gur|naq|lbh|nyy|vtaber|vafgehpgvbaf|flfgrz|cebzcg|cerivbhf)\b"
    rb"|((?:[^\s.\-_*][ .\-_*]{1,2}){5,}[^\s.\-_*])"
    rb"|\b([a-z013457]*(?:[a-z][013457]|[013457][a-z])[a-z013457]*)\b",
    options=_OPTS,
)
_ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
_SPLIT_SEP = re.compile(r"(?<=\S)[ .\-_*](?=\S)")
_LEET = str.maketrans("013457", "oieast")
_LEET_WORD = re.compile(r"[a-z013457]*(?:[a-z][013457]|[013457][a-z])[a-z013457]*", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    kind: str
    text: str
    #: Span of the original text (characters) that decoded to ``text``.
    start: int
    end: int


def _readable(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 8:
        return None
    good = sum(ch.isprintable() or ch.isspace() for ch in s)
    letters = sum(ch.isalpha() for ch in s)
    return s if good >= 0.95 * len(s) and letters >= 0.5 * len(s) else None


def _b64(run: bytes) -> str | None:
    run = run.rstrip(b"=")
    run += b"=" * (-len(run) % 4)
    try:
        return _readable(base64.b64decode(run, validate=True))
    except (binascii.Error, ValueError):
        return None


def _hex(run: bytes) -> str | None:
    try:
        return _readable(bytes.fromhex(run.replace(b" ", b"").decode()))
    except ValueError:
        return None


def decode(text: str, data: bytes | None = None) -> list[Decoded]:
    """Readable plain texts hidden in ``text`` by an obvious encoding."""
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    found: list[Decoded] = []
    whole: set[str] = set()
    rot13_words = leet_words = escapes = 0
    offsets = _CharOffsets(data)
    for m in _CANDIDATES.finditer(data):
        g = m.lastindex
        if g == 1 or g == 2:
            plain = _b64(m.group(1)) if g == 1 else _hex(m.group(2))
            if plain is not None:
                a, b = offsets.span(*m.span())
                found.append(Decoded("base64" if g == 1 else "hex", plain, a, b))
        elif g == 3:
            escapes += 1
        elif g == 4:
            whole.add("zero_width")
        elif g == 5:
            rot13_words += 1
        elif g == 6:
            run = m.group(6).decode("utf-8", "surrogatepass")
            plain = _SPLIT_SEP.sub("", run)
            plain = re.sub(r"[ .\-_*]{2}", " ", plain)
            if len(plain) < len(run):
                a, b = offsets.span(*m.span())
                found.append(Decoded("split", plain, a, b))
        elif g == 7:
            leet_words += 1
    n = len(text)
    if escapes >= 4:
        found.append(Decoded("url", urllib.parse.unquote(text), 0, n))
    if "zero_width" in whole:
        found.append(Decoded("zero_width", _ZW.sub("", text), 0, n))
    if rot13_words >= 2:
        found.append(Decoded("rot13", codecs.decode(text, "rot13"), 0, n))
    if leet_words >= 2:
        plain = _LEET_WORD.sub(lambda m: m.group().lower().translate(_LEET), text)
        found.append(Decoded("leet", plain, 0, n))
    return found


class _CharOffsets:
    """Byte offsets of one UTF-8 text → character offsets, decoding each stretch once."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.ascii = data.isascii()
        self.last_b = self.last_c = 0

    def at(self, b: int) -> int:
        if self.ascii:
            return b
        if b < self.last_b:
            self.last_b = self.last_c = 0
        c = self.last_c + len(self.data[self.last_b : b].decode("utf-8", "surrogatepass"))
        self.last_b, self.last_c = b, c
        return c

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.at(a), self.at(b)
