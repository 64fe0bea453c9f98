"""Runs of base64, base32 and hex read as bytes, and those bytes as text when they are text:
UTF-8, or UTF-16 as Windows tools write it, or either compressed by gzip or zlib (``H4sI…``,
``eJ…``: a payload squeezed to pass as a blob). A base64 payload wrapped over several lines (or
broken by a space in transit) is joined before it is read (``b64_joined``)."""

from __future__ import annotations

import base64
import binascii
import re
import zlib

from kanmon.scan._injection_bytes import readable, utf8_or_none

#: The most a compressed run is inflated to: text to rescan, not a bomb to unpack.
_INFLATED = 64 << 10


def inflated(raw: bytes) -> bytes | None:
    """``raw`` decompressed when it starts as gzip or zlib data does, at most ``_INFLATED``
    bytes of it; None when it is not such data."""
    if raw[:2] == b"\x1f\x8b":
        wbits = 16 + zlib.MAX_WBITS
    elif len(raw) > 1 and raw[0] & 0x0F == 8 and (raw[0] << 8 | raw[1]) % 31 == 0:
        wbits = zlib.MAX_WBITS
    else:
        return None
    try:
        return zlib.decompressobj(wbits).decompress(raw, _INFLATED)
    except zlib.error:
        return None


def _readable(raw: bytes, inflate: bool = True) -> str | None:
    if inflate and (unpacked := inflated(raw)) is not None:
        return _readable(unpacked, inflate=False)
    plain = readable(utf8_or_none(raw))
    if plain is None and len(raw) % 2 == 0 and raw.count(0) * 3 >= len(raw):
        # UTF-16, as Windows tools and PowerShell's -EncodedCommand write it: every other
        # byte of Latin text is a zero
        codec = "utf-16-le" if raw[1::2].count(0) > raw[::2].count(0) else "utf-16-be"
        plain = readable(raw.decode(codec, "replace"))
    return plain


def b64(run: bytes) -> str | None:
    run = run.rstrip(b"=")
    run += b"=" * (-len(run) % 4)
    try:
        return _readable(base64.b64decode(run, validate=True))
    except (binascii.Error, ValueError):
        return None


def b32(run: bytes) -> str | None:
    """Base32's alphabet is base64's upper-case letters and 2-7: a run of only those that is
    not base64 text may be base32."""
    if _B32_RUN.fullmatch(run) is None:
        return None
    run = run.rstrip(b"=")
    try:
        return _readable(base64.b32decode(run + b"=" * (-len(run) % 8)))
    except (binascii.Error, ValueError):
        return None


_B32_RUN = re.compile(rb"[A-Z2-7]+=*")
BITS = re.compile(rb"[01]{8}(?:[ ,]?[01]{8}){5}")


def hex_text(run: bytes) -> str | None:
    try:
        return _readable(bytes.fromhex(run.replace(b" ", b"").decode()))
    except ValueError:
        return None


B64 = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
HEX = frozenset(b"0123456789abcdefABCDEF ")


def b64_joined(data: bytes, a: int, b: int) -> tuple[int, int, str | None]:
    """A base64 run joined with the base64 tokens a single space or line break away (a payload
    wrapped at a line length, or broken in transit: ``SW dub3Jl…``), and the readable text the
    whole decodes to (None: there is nothing to join, or it does not). After the run, a token
    joins when it is a wrapped line (16 characters or more, not a word: a digit, an upper-case
    letter after the first, ``+`` or ``/``), and one shorter token after those if the whole
    still decodes (the last line); before it, a fragment of up to three characters that is not
    a lower-case word. Prose, whose words are base64's letters too, is not read as one run.
    The first line of a wrapped payload is the first run found, so nothing before a
    run but a fragment needs looking at."""
    lo = a
    if a >= 2 and data[a - 1] in _GAP:
        m = _FRAGMENT.search(data, max(0, a - 5), a - 1)
        if m is not None and not m.group().islower():
            lo = m.start()
    hi, last = b, None
    # a run that ends in padding is whole; after it comes other text
    while hi + 1 < len(data) and data[hi - 1] != _PAD and data[hi] in _GAP and data[hi + 1] in B64:
        m = _TOKEN.match(data, hi + 1)
        if m is None:
            break
        if not _wrapped_line(m.group()):
            if hi > b:  # a wrapped payload's short last line, if it decodes with the rest
                last = m.end()
            break
        hi = m.end()
    for end in (last, hi) if last is not None else (hi,):
        if (lo, end) != (a, b):
            plain = b64(bytes(ch for ch in data[lo:end] if ch not in _GAP))
            if plain is not None:
                return lo, end, plain
    return a, b, None


#: A base64 token, and a fragment of one to three characters ending where the search ends
#: (after a space or the start of the text).
_TOKEN = re.compile(rb"[A-Za-z0-9+/=]+")
_FRAGMENT = re.compile(rb"(?:(?<=[ \n\r])|^)[A-Za-z0-9+/]{1,3}$")


def _wrapped_line(token: bytes) -> bool:
    return len(token) >= 16 and (
        _NOT_WORD.search(token) is not None or token[1:] != token[1:].lower()
    )


_NOT_WORD = re.compile(rb"[0-9+/=]")
_GAP = frozenset(b" \n\r")
_PAD = ord("=")
