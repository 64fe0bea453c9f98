"""Texts written in signs rather than letters, decoded: Morse code, six-dot Braille, the NATO
spelling alphabet, bits, ``\\u``/``\\x`` escapes, Ascii85 (``<~ … ~>`` or bare), base85 and
uuencode (framed by ``begin``/``end`` or bare lines). Each
decoder takes a run ``_injection_encodings`` found and gives its plain text, or None when the
run does not read as a sentence (any row of dots and dashes is Morse for something)."""

from __future__ import annotations

import binascii
import re
from base64 import a85decode, b85decode
from collections.abc import Callable

from kanmon.scan._injection_bytes import readable, utf8_or_none

NATO_WORDS = (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike "
    "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray "
    "yankee zulu"
).split()
NATO = "(?:" + "|".join(w.replace("-", "\\-") for w in NATO_WORDS) + ")"
#: A uuencoded block: its header, its lines (group 1), its end.
UUENCODE_RUN = re.compile(r"begin [0-7]{3} [^\n]*\n((?:[!-`][ -`]*\n)+?)(?:`?\n)?end", re.I)
#: uuencoded lines without the frame, as ``binascii.b2a_uu`` writes them: full lines ("M" and
#: sixty characters), then the last, shorter one.
UU_LINES_RUN = re.compile(r"(?:M[ -`]{60}\n)+(?:[!-L][ -`]{0,60}(?:\n|$))?")
#: A run of Ascii85's characters, or of base85's (Git's and Python's ``b85encode``), without
#: the ``<~ ~>`` frame.
BARE85_CHARS = frozenset(chr(c) for c in range(0x21, 0x76)) | frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
)
BARE85_RUN = re.compile(r"[!-u]{20,}|[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}")
_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", "-----": "0",
    ".----": "1", "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6",
    "--...": "7", "---..": "8", "----.": "9", ".-.-.-": ".", "--..--": ",", "..--..": "?",
    "-.-.--": "!", ".----.": "'", "-..-.": "/", "---...": ":", ".-..-.": '"',
}  # fmt: skip
#: Six-dot Braille (Unicode's dots 1-6 are bits 0-5): letters, and the marks around them.
_BRAILLE = dict(
    zip(
        (0x01, 0x03, 0x09, 0x19, 0x11, 0x0B, 0x1B, 0x13, 0x0A, 0x1A, 0x05, 0x07, 0x0D,
         0x1D, 0x15, 0x0F, 0x1F, 0x17, 0x0E, 0x1E, 0x25, 0x27, 0x3A, 0x2D, 0x3D, 0x35),
        "abcdefghijklmnopqrstuvwxyz",
        strict=True,
    )
)  # fmt: skip
_BRAILLE_MARKS = {0x00: " ", 0x02: ",", 0x32: ".", 0x26: "?", 0x16: "!", 0x04: "'", 0x12: ":"}
_BRAILLE_DIGITS = dict(zip("abcdefghij", "1234567890", strict=True))


def _sentence(s: str | None) -> str | None:
    """``s`` when it is words, not one long string of letters: any run of dots and dashes is
    Morse for something, and what it spells is mostly not a sentence."""
    if s is None:
        return None
    words = s.split()
    if len(words) < 3 or not 2 <= sum(map(len, words)) / len(words) <= 12:
        return None
    return s


#: The bullets and dashes Morse generators draw, as the dots and dashes they are.
_MORSE_SIGNS = str.maketrans("\u2022\u00b7\u2219\u22c5\u2013\u2014\u2212", "....---")


def _morse(run: str) -> str | None:
    words = re.split(r" ?/ ?| {2,}", run.translate(_MORSE_SIGNS))
    out = []
    for word in words:
        letters = [_MORSE.get(code) for code in word.split()]
        if None in letters:
            return None
        out.append("".join(c for c in letters if c is not None))
    return _sentence(" ".join(out))


def _braille(run: str) -> str | None:
    out, digits, upper = [], False, False
    for ch in run:
        dots = 0 if ch in " \n" else ord(ch) - 0x2800
        if dots == 0x3C:  # number sign: a-j are digits up to the next space
            digits = True
        elif dots == 0x20:  # capital sign
            upper = True
        elif dots in _BRAILLE:
            c = _BRAILLE[dots]
            c = _BRAILLE_DIGITS.get(c, c) if digits else c
            out.append(c.upper() if upper else c)
            upper = False
        elif dots in _BRAILLE_MARKS:
            out.append(_BRAILLE_MARKS[dots])
            digits = digits and dots != 0
        else:
            return None
    return _sentence("".join(out))


def _nato(run: str) -> str | None:
    words = re.split(r"\s*/\s*|\s{2,}|\s*,\s*", run.strip())
    return _sentence(" ".join("".join(w[0] for w in word.split()) for word in words).lower())


def _binary(run: str) -> str | None:
    bits = re.sub(r"[ ,]", "", run)
    return utf8_or_none(bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits), 8)))


def _escapes(run: str) -> str | None:
    def one(m: re.Match[str]) -> str:
        point = int(m.group(1) or m.group(2) or m.group(3), 16)
        return chr(point) if point <= 0x10FFFF else "\ufffd"

    return re.sub(r"\\U([0-9a-fA-F]{8})|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})", one, run)


def _ascii85(run: str) -> str | None:
    try:
        return utf8_or_none(a85decode(run.encode("ascii"), adobe=True))
    except ValueError:
        return None


def _uuencode(run: str) -> str | None:
    m = UUENCODE_RUN.match(run)
    if m is None:
        return None
    try:
        raw = b"".join(binascii.a2b_uu(line) for line in m.group(1).splitlines())
    except binascii.Error:
        return None
    return utf8_or_none(raw)


def _uu_lines(run: str) -> str | None:
    try:
        raw = b"".join(binascii.a2b_uu(line) for line in run.splitlines() if line)
    except binascii.Error:
        return None
    return utf8_or_none(raw)


def _bare85(run: str) -> str | None:
    """Ascii85 first, then base85: a run of either alphabet's characters that reads as text
    in one of them."""
    raw = run.encode("ascii")
    for decoder in (a85decode, b85decode):
        try:
            # its first hundred characters first: both decoders are Python, a step per five
            # characters, and most runs of these characters are keys and tokens, not text
            if len(raw) > _HEAD and readable(_text_start(decoder(raw[:_HEAD]))) is None:
                continue
            plain = readable(utf8_or_none(decoder(raw)))
        except ValueError:
            continue
        if plain is not None:
            return plain
    return None


#: Characters of a bare Ascii85 or base85 run decoded first (five make four bytes).
_HEAD = 100


def _text_start(raw: bytes) -> str | None:
    """``raw`` as UTF-8, a character cut at its end dropped."""
    return raw.decode("utf-8", "ignore") if utf8_or_none(raw[:-3]) is not None else None


#: Each kind's decoder, by the kind's name in ``_injection_encodings``.
SIGNS: dict[str, Callable[[str], str | None]] = {
    "morse": _morse,
    "braille": _braille,
    "nato": _nato,
    "binary": _binary,
    "escapes": _escapes,
    "ascii85": _ascii85,
    "uuencode": _uuencode,
    "uulines": _uu_lines,
    "bare85": _bare85,
}
